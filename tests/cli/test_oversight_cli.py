"""``casedesk assessment list``, ``supervision list``, ``escalation list`` and ``signoff``,
run as a script would run them on a real case file with a supervisor and a worker."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from casedesk.domain.escalation import Escalation
from casedesk.domain.ids import CaseId
from casedesk.domain.supervision import Supervision
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.record_editor import RecordEditor
from casedesk.services.synthetic import generate
from tests.cli.conftest import Ran
from tests.services.test_oversight import OWNER_PASSPHRASE as OWNER_PASSPHRASE
from tests.services.test_oversight import (
    SUPERVISOR,
    SUPERVISOR_PASSPHRASE,
    WORKER_PASSPHRASE,
    _start,
    _submitted,
)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """Two cases: DEMO-0001 with an assessment submitted and one in progress, a
    supervision and an escalation; a supervisor and a worker of their own."""
    path = tmp_path / "o.casedesk"
    case_file, _ = CaseFile.create(path, OWNER_PASSPHRASE, "Agency Owner", kdf=FLOOR)
    write_data(case_file, generate(seed=5, cases=2, entries=60, as_of=date(2026, 6, 1)))
    with case_file:
        case_file.add_user(SUPERVISOR, "supervisor", SUPERVISOR_PASSPHRASE, FLOOR, False)
        case_file.add_user("Jo Worker", "worker", WORKER_PASSPHRASE, FLOOR, False)
    with CaseFile.open(path, WORKER_PASSPHRASE) as worker_file:
        worker_file.set_clock(lambda: datetime(2026, 11, 30, 12, tzinfo=UTC))
        editor = RecordEditor(worker_file)
        _submitted(editor)
        _start(editor)
        record = worker_file.case_record("DEMO-0001")
        editor.record_supervision(
            Supervision(
                "", CaseId(""), date(2026, 10, 1), SUPERVISOR, "Jo Worker", "", "Visit weekly."
            ),
            [record],
        )
        editor.raise_escalation(
            record,
            Escalation(
                "",
                record.case.id,
                date(2026, 11, 2),
                "Jo Worker",
                "Northvale School",
                "Attendance not shared.",
                0,
                date(2026, 11, 2),
            ),
        )
    return path


def _secret(tmp_path: Path, text: str) -> Path:
    secret = tmp_path / "secret.txt"
    secret.write_text(text + "\n")
    return secret


def test_assessment_list_says_what_each_is_missing(
    cli: Callable[..., Ran], path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEDESK_PASSPHRASE", WORKER_PASSPHRASE)
    ran = cli("assessment", "list", path, "--case", "DEMO-0001", "--json")
    assert ran.code == 0, ran.err
    items = [i for i in json.loads(ran.out) if i["type"] == "assessment"]
    submitted = next(i for i in items if i["submitted_on"])
    started = next(i for i in items if not i["submitted_on"])
    assert submitted["missing"] == [] and submitted["submitted_on"] == "2026-11-30"
    assert submitted["sign_off"] is None and submitted["sign_off_due"] == "2026-12-07"
    assert "Record the decision." in started["missing"]
    text = cli("assessment", "list", path, "--case", "DEMO-0001")
    assert "Missing before it can be submitted for sign-off:" in text.out
    assert "awaiting sign-off" in text.out
    with pytest.raises(SystemExit):  # --case is required: argparse says so
        cli("assessment", "list", path)


def test_signoff_asks_for_the_supervisors_own_passphrase_and_refuses_a_worker(
    cli: Callable[..., Ran], path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEDESK_PASSPHRASE", WORKER_PASSPHRASE)
    listed = json.loads(cli("assessment", "list", path, "--case", "DEMO-0001", "--json").out)
    target = next(i["id"] for i in listed if i["type"] == "assessment" and i["submitted_on"])
    worker = cli("signoff", path, "--case", "DEMO-0001", "--record", target)
    assert worker.code != 0 and "Jo Worker is a worker" in worker.err
    monkeypatch.delenv("CASEDESK_PASSPHRASE")
    wrong = cli(
        "signoff",
        path,
        "--case",
        "DEMO-0001",
        "--record",
        target,
        "--passphrase-file",
        _secret(tmp_path, "not anyone's passphrase"),
    )
    assert wrong.code != 0 and wrong.code != 70 and "passphrase" in wrong.err.lower()
    signed = cli(
        "signoff",
        path,
        "--case",
        "DEMO-0001",
        "--record",
        target,
        "--comment",
        "Agreed.",
        "--late-reason",
        "Supervisor on leave (if late when run).",
        "--passphrase-file",
        _secret(tmp_path, SUPERVISOR_PASSPHRASE),
    )
    assert signed.code == 0, signed.err
    assert signed.out.startswith(f"Signed off by {SUPERVISOR} (supervisor)")
    assert "the current version, signature verified" in signed.out
    monkeypatch.setenv("CASEDESK_PASSPHRASE", WORKER_PASSPHRASE)
    after = json.loads(cli("assessment", "list", path, "--case", "DEMO-0001", "--json").out)
    (signed_off,) = [i for i in after if i["id"] == target]
    assert signed_off["sign_off"]["state"] == "signed off"
    assert signed_off["sign_off"]["signed_by"] == SUPERVISOR
    assert cli("check", path).code == 0
    missing = cli("signoff", path, "--case", "DEMO-0001", "--record", "as-nothing")
    assert missing.code != 70 and "There is no assessment or plan 'as-nothing'" in missing.err


def test_supervision_and_escalation_lists(
    cli: Callable[..., Ran], path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEDESK_PASSPHRASE", WORKER_PASSPHRASE)
    ran = cli("supervision", "list", path, "--json")
    assert ran.code == 0, ran.err
    cases = {c["case"]: c for c in json.loads(ran.out)}
    first = cases["DEMO-0001"]
    assert [s["held_on"] for s in first["supervisions"]] == ["2026-10-01"]
    assert first["supervisions"][0]["decisions"] == "Visit weekly."
    assert first["gaps"] and first["gaps"][-1]["until"] is None  # none since 1 Oct
    assert cases["DEMO-0002"]["supervisions"] == []
    text = cli("supervision", "list", path, "--case", "DEMO-0001")
    assert "GAP: Supervision overdue" in text.out
    steps = json.loads(cli("escalation", "list", path, "--json").out)
    (step,) = steps
    assert step["stage"] == 1 and step["response_due"] == "2026-11-04"
    assert step["status"] == "response overdue" and step["working_days_overdue"] > 0
    assert "stage 1 (Practitioner to practitioner)" in cli("escalation", "list", path).out


def test_settings_names_a_newly_qualified_worker_and_supervision_tightens(
    cli: Callable[..., Ran], path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEDESK_PASSPHRASE", OWNER_PASSPHRASE)
    ran = cli("settings", path, "--newly-qualified", "Jo Worker=2026-10-01", "--reason", "ASYE")
    assert ran.code == 0, ran.err
    assert "Newly qualified workers: Jo Worker (since 01 Oct 2026)" in ran.out
    assert "Supervision: at least every month" in ran.out
    bad = cli("settings", path, "--newly-qualified", "Jo Worker")
    assert bad.code == 2 and "NAME=YYYY-MM-DD" in bad.err
    gone = cli("settings", path, "--not-newly-qualified", "jo worker")
    assert "Newly qualified workers: none" in gone.out
