"""``casedesk practice``: the health check on the command line, as text and as JSON."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from casedesk.cli import main
from casedesk.domain.wording import shown_day
from casedesk.services.case_file import FLOOR
from casedesk.services.demo import DEMO_PASSPHRASE, create_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("practice") / "demo.casedesk"
    create_demo(path, seed=1, cases=2, kdf=FLOOR)
    return path


def test_json_lists_every_check_of_every_open_case(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CASEDESK_PASSPHRASE", DEMO_PASSPHRASE)
    assert main(["practice", str(demo), "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert {i["case"] for i in items} == {"DEMO-0001", "DEMO-0002"}
    for item in items:
        assert {"case", "check", "theme", "status", "explanation", "records"} <= set(item)
        assert item["status"] in ("pass", "fail", "not_applicable")
        assert 1 <= item["theme"] <= 5
        assert isinstance(item["records"], list)
    checks = {i["check"] for i in items if i["case"] == "DEMO-0001"}
    assert {"father-recorded", "child-seen", "sharing-decisions", "supervision-interval"} <= checks


def test_text_names_each_failed_check_with_what_to_do(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CASEDESK_PASSPHRASE", DEMO_PASSPHRASE)
    assert main(["practice", str(demo), "--case", "DEMO-0002"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("DEMO-0002 (")
    assert "checks fail" in out and "FAIL [" in out and "Next: " in out


def test_as_at_a_day_before_the_file_existed_says_so(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CASEDESK_PASSPHRASE", DEMO_PASSPHRASE)
    assert main(["practice", str(demo), "--case", "DEMO-0001", "--as-at", "2020-01-01"]) == 1
    err = capsys.readouterr().err
    # The day as every sentence writes one (the locale's way, once the desktop sets it).
    assert f"not yet recorded on {shown_day(date(2020, 1, 1))}" in err
    assert err.count("\n") == 1
    assert main(["practice", str(demo), "--as-at", "soon"]) == 2
