"""``casedesk due``: deadlines from each case's events and actions, in working days."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.cli.conftest import Ran

ROWS = (
    "date,category,description,source,source_type\n"
    "2026-11-02,referral,School refers: Ellie hungry and tired (Qzx),School,agency record\n"
)


def test_a_referral_recorded_on_the_command_line_starts_the_assessment_clock(
    cli: Callable[..., Ran], case_path: Path, tmp_path: Path
) -> None:
    rows = tmp_path / "referral.csv"
    rows.write_text(ROWS)
    assert cli("chronology", "import", case_path, rows, "--case", "DEMO-0001").code == 0
    ran = cli("due", case_path, "--case", "DEMO-0001", "--within", "60", "--json")
    assert ran.code == 0, ran.err
    items = json.loads(ran.out)
    assert all({"case", "name", "started_on", "due_on", "status", "owner"} <= set(i) for i in items)
    assessment = [
        i
        for i in items
        if i["name"] == "Child and family assessment" and i["started_on"] == "2026-11-02"
    ]
    # 45 working days from Mon 2 Nov 2026, skipping 25 Dec, 28 Dec (Boxing Day falls on a
    # Saturday) and 1 Jan: Thu 7 Jan 2027.
    assert [a["due_on"] for a in assessment] == ["2027-01-07"]
    assert {i["status"] for i in items} <= {"open", "overdue", "met", "extended", "cancelled"}
    text = cli("due", case_path, "--case", "DEMO-0001", "--within", "60")
    assert text.code == 0 and "Child and family assessment" in text.out
    bad = cli("due", case_path, "--within", "-1")
    assert bad.code == 2 and "--within" in bad.err


def test_across_the_file_and_with_all_every_status_is_said(
    cli: Callable[..., Ran], case_path: Path, tmp_path: Path
) -> None:
    rows = tmp_path / "referral.csv"
    rows.write_text(ROWS)
    assert cli("chronology", "import", case_path, rows, "--case", "DEMO-0001").code == 0
    tray = json.loads(cli("due", case_path, "--within", "60", "--json").out)
    assert {i["case"] for i in tray} <= {"DEMO-0001", "DEMO-0002"}
    assert all(i["status"] in {"open", "overdue", "extended"} for i in tray)
    everything = json.loads(cli("due", case_path, "--case", "DEMO-0001", "--all", "--json").out)
    assert "met" in {i["status"] for i in everything}, "the demo's met deadlines are listed"
    assert len(everything) >= len([i for i in tray if i["case"] == "DEMO-0001"])


def test_settings_show_and_change_the_region_and_closure_days(
    cli: Callable[..., Ran], case_path: Path
) -> None:
    shown = cli("settings", case_path)
    assert shown.code == 0 and "Region: England" in shown.out and "Closure days: none" in shown.out
    changed = cli(
        "settings",
        case_path,
        "--region",
        "Wales",
        "--closure-day",
        "2026-12-24",
        "--reason",
        "Welsh office",
    )
    assert changed.code == 0, changed.err
    assert "Region: Wales" in changed.out and "Thu 24 Dec 2026" in changed.out
    assert "Rule pack: Wales" in changed.out
    bad = cli("settings", case_path, "--closure-day", "24/12/2026")
    assert bad.code == 2 and "YYYY-MM-DD" in bad.err
    assert "Region: Wales" in cli("settings", case_path).out


def test_out_of_range_and_empty_options_get_one_plain_sentence(
    cli: Callable[..., Ran], case_path: Path
) -> None:
    for args, words in (
        (("--within", "99999999"), "--within"),
        (("--case", " "), "--case"),
    ):
        ran = cli("due", case_path, *args)
        assert ran.code == 2 and words in ran.err, ran
    for day in ("20261201", "2026-W49-2", "0001-01-01"):
        ran = cli("settings", case_path, "--closure-day", day)
        assert ran.code == 2 and ran.err.strip(), day
    old = cli("due", case_path, "--region", "Wales", "--json")
    assert old.code == 0 and "case file's own setting" in old.err
    json.loads(old.out)
