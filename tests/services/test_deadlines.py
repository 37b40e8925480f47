"""Deadlines as a case file keeps them, through the use cases a worker's actions call:
recorded with the event that starts them whichever way it arrives, met by the event that
meets them, undone with it, never moved without the worker's confirmation, extended and
cancelled only with a reason, and counted by the case file's own region and closure days."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from casedesk.domain.chronology import Category, ChronologyEntry
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.evidence import Evidence, SourceType
from casedesk.domain.ids import EntryId
from casedesk.domain.timescales import Deadline
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.chronology_csv import import_csv
from casedesk.services.chronology_json import import_json_entries
from casedesk.services.deadlines import TimescaleSettings
from casedesk.services.demo import write_data
from casedesk.services.record_editor import RecordEditor
from casedesk.services.synthetic import generate
from casedesk.services.work_tray import When, summary, work_tray

TODAY = date(2026, 11, 30)
PASSPHRASE = "kettle mango violin harbour"


@pytest.fixture
def editor(tmp_path: Path) -> Iterator[RecordEditor]:
    case_file, _ = CaseFile.create(tmp_path / "d.casedesk", PASSPHRASE, "Sam Worker", kdf=FLOOR)
    write_data(case_file, generate(seed=5, cases=3, entries=60, as_of=date(2026, 6, 1)))
    with case_file:
        case_file.set_clock(lambda: datetime(2026, 11, 30, 12, tzinfo=UTC))
        yield RecordEditor(case_file)


def _referral(editor: RecordEditor, day: date) -> ChronologyEntry:
    record = editor.case_file.case_record("DEMO-0001")
    return ChronologyEntry(
        EntryId(""),
        record.case.id,
        day,
        Category.REFERRAL,
        "School refers again: Qzx hungry, tired, a bruise on the arm.",
        Evidence("Northvale Primary", SourceType.AGENCY_RECORD),
        "Sam Worker",
    )


def _by_start(editor: RecordEditor, entry_id: str) -> dict[str, Deadline]:
    record = editor.case_file.case_record("DEMO-0001")
    return {d.rule: d for d in record.deadlines if d.started_by == entry_id}


def test_a_referral_added_records_its_deadlines_and_undo_takes_them_back(
    editor: RecordEditor,
) -> None:
    record = editor.case_file.case_record("DEMO-0001")
    changes = editor.add_entry(record, _referral(editor, date(2026, 11, 2)))
    [entry_id] = changes.records["chronology_entries"]
    found = _by_start(editor, entry_id)
    # 45 working days from Mon 2 Nov 2026 over 25 and 28 Dec and 1 Jan: Thu 7 Jan 2027.
    assert found["assessment"].due_on == date(2027, 1, 7) and found["assessment"].statutory
    assert found["referral-decision"].due_on == date(2026, 11, 3)
    history = editor.history("deadlines", str(found["assessment"].record_id))
    assert history[0].actor == "Sam Worker" and history[0].action == "Add chronology entry"
    editor.undo()
    assert _by_start(editor, entry_id) == {}, "the entry's deadlines went with it"


def test_an_amended_referral_date_waits_for_the_worker_to_confirm(editor: RecordEditor) -> None:
    record = editor.case_file.case_record("DEMO-0001")
    changes = editor.add_entry(record, _referral(editor, date(2026, 11, 2)))
    [entry_id] = changes.records["chronology_entries"]
    record = editor.case_file.case_record("DEMO-0001")
    entry = next(e for e in record.entries if e.id == entry_id)
    editor.amend_entry(record, entry, replace(entry, occurred_on=date(2026, 11, 9)), "Wrong day")
    assert _by_start(editor, entry_id)["assessment"].due_on == date(2027, 1, 7), "not moved"
    record = editor.case_file.case_record("DEMO-0001")
    timescales = editor.case_file.timescales().timescales
    [change] = [
        c for c in timescales.reconcile(record, TODAY).changes if c.deadline.rule == "assessment"
    ]
    assert change.proposed.due_on == date(2027, 1, 14)
    editor.confirm_deadline_change(change)
    assessment = _by_start(editor, entry_id)["assessment"]
    assert (assessment.started_on, assessment.due_on) == (date(2026, 11, 9), date(2027, 1, 14))
    history = editor.history("deadlines", str(assessment.record_id))
    assert history[-1].before == {"started_on": "2026-11-02", "due_on": "2027-01-07"}
    assert "now recorded on 09 Nov 2026" in history[-1].reason


def test_an_assessment_recorded_meets_its_deadline_and_undo_reopens_it(
    editor: RecordEditor,
) -> None:
    record = editor.case_file.case_record("DEMO-0001")
    changes = editor.add_entry(record, _referral(editor, date(2026, 11, 2)))
    [referral] = changes.records["chronology_entries"]
    record = editor.case_file.case_record("DEMO-0001")
    assessment = replace(
        _referral(editor, date(2026, 11, 27)),
        category=Category.ASSESSMENT,
        description="Assessment concluded: child in need plan.",
    )
    editor.add_entry(record, assessment)
    met = _by_start(editor, referral)["assessment"]
    assert met.met_on == date(2026, 11, 27) and met.met_by
    editor.undo()
    assert _by_start(editor, referral)["assessment"].met_on is None


def test_extending_meeting_late_and_cancelling_each_need_their_reason(
    editor: RecordEditor,
) -> None:
    record = editor.case_file.case_record("DEMO-0001")
    changes = editor.add_entry(record, _referral(editor, date(2026, 9, 1)))
    [entry_id] = changes.records["chronology_entries"]
    assessment = _by_start(editor, entry_id)["assessment"]
    with pytest.raises(CaseDeskError, match="statutory timescale"):
        editor.extend_deadline(assessment, date(2026, 12, 18), "")
    with pytest.raises(CaseDeskError, match="say why the statutory timescale"):
        editor.meet_deadline(assessment, date(2026, 11, 20))
    editor.extend_deadline(assessment, date(2026, 12, 18), "Father's checks awaited")
    extended = _by_start(editor, entry_id)["assessment"]
    assert extended.due == date(2026, 12, 18) and extended.status(TODAY).value == "extended"
    decision = _by_start(editor, entry_id)["referral-decision"]
    with pytest.raises(CaseDeskError, match="cancelled"):
        editor.cancel_deadline(decision, " ")
    editor.cancel_deadline(decision, "Referral was for the sibling; recorded on her case")
    assert _by_start(editor, entry_id)["referral-decision"].status(TODAY).value == "cancelled"
    court = Deadline(
        editor.case_file.case_record("DEMO-0001").case.id,
        "Court statement filed",
        date(2026, 11, 30),
        date(2026, 12, 11),
    )
    editor.add_deadline(editor.case_file.case_record("DEMO-0001"), court)
    names = {d.name for d in editor.case_file.case_record("DEMO-0001").deadlines}
    assert "Court statement filed" in names


def test_csv_and_json_imports_record_the_deadlines_their_events_start(
    editor: RecordEditor, tmp_path: Path
) -> None:
    case_file = editor.case_file
    rows = tmp_path / "rows.csv"
    rows.write_text(
        "date,category,description,source,source_type\n"
        "2026-11-02,strategy discussion,Strategy discussion: s47 enquiries (Qzx),Police,"
        "agency record\n"
    )
    import_csv(case_file, "DEMO-0002", rows, TODAY)
    record = case_file.case_record("DEMO-0002")
    [icpc] = [
        d
        for d in record.deadlines
        if d.rule == "initial-conference" and d.started_on == date(2026, 11, 2)
    ]
    assert icpc.due_on == date(2026, 11, 23)  # 15 working days from Mon 2 Nov
    document = case_file.export_document(["DEMO-0002"])
    sent = document["cases"][0]
    sent["chronology"] = [e for e in sent["chronology"] if e["category"] == "strategy discussion"]
    sent["information_sharing"], sent["actions"] = [], []
    import_json_entries(case_file, "DEMO-0003", json.loads(json.dumps(document)), TODAY)
    record = case_file.case_record("DEMO-0003")
    assert any(
        d.rule == "initial-conference" and d.started_on == date(2026, 11, 2)
        for d in record.deadlines
    )


def test_the_region_and_closures_are_the_case_files_own_and_a_change_is_proposed(
    editor: RecordEditor,
) -> None:
    case_file = editor.case_file
    record = case_file.case_record("DEMO-0001")
    changes = editor.add_entry(record, _referral(editor, date(2026, 11, 27)))
    [entry_id] = changes.records["chronology_entries"]
    assert _by_start(editor, entry_id)["referral-decision"].due_on == date(2026, 11, 30)
    # The office closes on Mon 30 Nov: the decision would be due on Tue 1 Dec.
    case_file.set_timescale_settings(
        TimescaleSettings("England", frozenset({date(2026, 11, 30)})), "Office closed"
    )
    assert not case_file.deadlines_current()
    editor.record_all_arising()
    assert case_file.deadlines_current()
    assert case_file.history("meta", "setting:closure days")[-1].reason == "Office closed"
    assert _by_start(editor, entry_id)["referral-decision"].due_on == date(2026, 11, 30)
    record = case_file.case_record("DEMO-0001")
    proposed = case_file.timescales().timescales.reconcile(record, TODAY).changes
    moved = {c.deadline.rule: c for c in proposed if c.deadline.started_by == entry_id}
    assert moved["referral-decision"].proposed.due_on == date(2026, 12, 1)
    assert "working days in use now" in moved["referral-decision"].why
    # Scotland counts by its own pack: England's rules no longer apply, and are proposed
    # for cancelling; St Andrew's Day (Mon 30 Nov) is not a working day there.
    case_file.set_timescale_settings(TimescaleSettings("Scotland"), "We are in Scotland")
    assert case_file.timescales().timescales.pack.name == "Scotland"
    assert not case_file.timescales().timescales.calendar.is_working_day(date(2026, 11, 30))
    proposed = case_file.timescales().timescales.reconcile(record, TODAY).changes
    england_only = [c for c in proposed if c.deadline.started_by == entry_id]
    assert england_only and all(c.proposed.cancelled_on == TODAY for c in england_only)


def test_the_work_tray_lists_open_items_across_cases_in_working_days(
    editor: RecordEditor,
) -> None:
    case_file = editor.case_file
    record = case_file.case_record("DEMO-0001")
    editor.add_entry(record, _referral(editor, date(2026, 11, 2)))
    items = work_tray(case_file, 10, TODAY)
    overdue = [i for i in items if i.when is When.OVERDUE]
    decision = next(i for i in overdue if i.name == "Referral decision" and i.case == "DEMO-0001")
    # Due Tue 3 Nov; on Mon 30 Nov it is 19 working days late.
    assert decision.working_days_late == 19 and decision.status == "overdue"
    assert decision.owner == record.case.allocated_worker
    assert {i.kind for i in items} <= {
        "deadline",
        "action",
        "supervision",
        "sign-off",
        "escalation",
    }
    assert any(i.kind == "supervision" and i.case == "DEMO-0001" for i in items)
    counts = summary(items, 10)
    assert counts.overdue == len(overdue)
    assert f"{counts.overdue} overdue" in counts.sentence()
    rows = {r.reference: r for r in case_file.case_summaries()}
    assert rows["DEMO-0001"].next_due is not None and rows["DEMO-0001"].next_due <= date(
        2026, 11, 3
    )


def test_a_new_case_counts_from_its_opening_until_its_referral_is_recorded_then_from_that(
    editor: RecordEditor,
) -> None:
    """Opening a case and then recording its referral is the everyday order: one set of
    deadlines, not two."""
    from casedesk.domain.cases import Case, LegalStatus
    from casedesk.domain.dates import FuzzyDate
    from casedesk.domain.ids import CaseId, PersonId
    from casedesk.domain.people import Person, Sex

    child = Person(PersonId("p-ellie"), "Ellie", "Carter", Sex.FEMALE, FuzzyDate(date(2021, 4, 2)))
    case = Case(
        CaseId("c-ellie"),
        "ELLIE-1",
        child.id,
        LegalStatus.CHILD_IN_NEED,
        "Nursery: Ellie says mummy's friend shouts.",
        date(2026, 11, 2),
        "Sam Worker",
    )
    editor.add_case(case, child)
    opened = editor.case_file.case_record("ELLIE-1")
    assert {d.rule for d in opened.deadlines} == {"referral-decision", "assessment"}
    assert editor.record_arising(opened) is None, "nothing more arises on viewing it"
    referral = replace(_referral(editor, date(2026, 11, 4)), case=case.id)
    changes = editor.add_entry(opened, referral)
    [entry_id] = changes.records["chronology_entries"]
    record = editor.case_file.case_record("ELLIE-1")
    assert sorted(d.rule for d in record.deadlines) == ["assessment", "referral-decision"]
    timescales = editor.case_file.timescales().timescales
    [moved, _decision] = sorted(
        timescales.reconcile(record, TODAY).changes, key=lambda c: c.deadline.rule
    )
    assert moved.proposed.started_by == entry_id
    assert "was the day the case opened" in moved.why
    editor.confirm_deadline_change(moved)
    assessment = next(
        d for d in editor.case_file.case_record("ELLIE-1").deadlines if d.rule == "assessment"
    )
    assert (assessment.started_on, assessment.started_by) == (date(2026, 11, 4), entry_id)


def test_an_upgraded_file_gains_no_year_old_deadlines_and_no_second_copy(tmp_path: Path) -> None:
    import shutil

    from tests.storage.test_migrations import FIXTURES

    path = tmp_path / "old.casedesk"
    shutil.copytree(FIXTURES / "schema-v10.casedesk", path)
    with CaseFile.open(path, "fixture passphrase one") as case_file:
        case_file.set_clock(lambda: datetime(2026, 11, 30, 12, tzinfo=UTC))
        assert not case_file.deadlines_current()
        before = {r: case_file.case_record(r).deadlines for r in case_file.case_references()}
        RecordEditor(case_file).record_all_arising()
        assert case_file.deadlines_current()
        for reference, earlier in before.items():
            record = case_file.case_record(reference)
            assert not [d for d in record.deadlines if d.rule and not d.started_by], reference
            names = [(d.name, d.started_on) for d in record.deadlines if not d.cancelled_on]
            assert len(names) == len(set(names)), f"{reference}: a deadline recorded twice"
            kept = {d.record_id for d in earlier}
            assert kept <= {d.record_id for d in record.deadlines}


def test_a_changed_setting_with_a_case_on_screen_records_nothing_twice(
    editor: RecordEditor,
) -> None:
    case_file = editor.case_file
    on_screen = case_file.case_record("DEMO-0002")  # read before the settings change
    case_file.set_timescale_settings(TimescaleSettings("Scotland"), "We are in Scotland")
    editor.record_all_arising()
    visit = replace(
        _referral(editor, date(2026, 11, 27)),
        case=on_screen.case.id,
        category=Category.HOME_VISIT,
        description="Home visit: Qzx seen in her room.",
    )
    editor.add_entry(on_screen, visit)
    record = case_file.case_record("DEMO-0002")
    keys = [(d.rule, d.started_by) for d in record.deadlines if d.rule]
    assert len(keys) == len(set(keys))


def test_an_unrelated_change_takes_no_pending_deadline_into_its_undo_step(
    editor: RecordEditor,
) -> None:
    case_file = editor.case_file
    case_file.set_timescale_settings(TimescaleSettings("Scotland"), "We are in Scotland")
    record = case_file.case_record("DEMO-0002")
    entry = record.entries[0]
    changes = editor.amend_entry(
        record, entry, replace(entry, description=entry.description + " (typo)"), "Typo"
    )
    assert changes is not None and not changes.records.get("deadlines")


def test_saying_why_a_timescale_was_exceeded_keeps_when_and_by_what_it_was_met(
    editor: RecordEditor,
) -> None:
    record = editor.case_file.case_record("DEMO-0001")
    changes = editor.add_entry(record, _referral(editor, date(2026, 9, 1)))
    [referral] = changes.records["chronology_entries"]
    assessment = replace(
        _referral(editor, date(2026, 11, 20)),
        category=Category.ASSESSMENT,
        description="Assessment concluded.",
    )
    editor.add_entry(editor.case_file.case_record("DEMO-0001"), assessment)
    late = _by_start(editor, referral)["assessment"]
    assert late.late_without_reason and late.met_by
    with pytest.raises(CaseDeskError, match="already met"):
        editor.meet_deadline(late, TODAY, "Late")
    editor.explain_lateness(late, "The father's checks took six weeks")
    explained = _by_start(editor, referral)["assessment"]
    assert (explained.met_on, explained.met_by) == (late.met_on, late.met_by)
    assert not explained.late_without_reason
    with pytest.raises(CaseDeskError, match="a day after"):
        editor.extend_deadline(
            _by_start(editor, referral)["referral-decision"], date(2026, 9, 1), "x"
        )
