"""Refreshing from what changed: the record brought up to date by reading only what an
operation touched is the record a full read gives, whatever the operation."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from casedesk.domain.cases import Concern
from casedesk.domain.chronology import Category, ChronologyEntry
from casedesk.domain.evidence import Evidence, Significance, SourceType
from casedesk.domain.ids import CaseId, EntryId, PersonId
from casedesk.domain.people import Person, Sex
from casedesk.domain.sharing import Consent, SharingDecision
from casedesk.services import refresh
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.record_editor import RecordEditor
from casedesk.services.synthetic import generate

TODAY = date(2026, 3, 2)


@pytest.fixture
def editor(tmp_path: Path) -> Iterator[RecordEditor]:
    case_file, _ = CaseFile.create(
        tmp_path / "r.casedesk", "kettle mango violin harbour", "Sam", kdf=FLOOR
    )
    with case_file:
        case_file.set_clock(lambda: datetime(2026, 3, 2, 10, tzinfo=UTC))
        write_data(case_file, generate(seed=11, cases=2, entries=300, as_of=date(2026, 3, 1)))
        yield RecordEditor(case_file)


def entry(record_case: str, number: int, when: date) -> ChronologyEntry:
    return ChronologyEntry(
        EntryId(f"e-new-{number}"),
        CaseId(record_case),
        when,
        Category.HOME_VISIT,
        f"Visit {number}: child seen",
        Evidence("Sam", SourceType.PROFESSIONAL_OBSERVATION),
        "Sam",
        significance=Significance.SIGNIFICANT,
    )


def test_every_kind_of_operation_refreshes_to_what_a_full_read_gives(
    editor: RecordEditor,
) -> None:
    case_file = editor.case_file
    record = case_file.case_record("DEMO-0001")
    steps = []
    first = record.entries[0]
    middle = record.entries[len(record.entries) // 2]
    sharing = SharingDecision(
        "s-new", CaseId(record.case.id), TODAY, "GP", True, "the visit", consent=Consent.GIVEN
    )
    steps.append(lambda r: editor.add_entry(r, entry(r.case.id, 1, middle.occurred_on), [sharing]))
    steps.append(lambda r: editor.add_entry(r, entry(r.case.id, 2, date(2019, 1, 1))))
    steps.append(
        lambda r: editor.amend_entry(
            r, first, replace(first, occurred_on=date(2026, 2, 27)), "date was wrong"
        )
    )
    busy = max(
        record.entries, key=lambda e: sum(x.occurred_on == e.occurred_on for x in record.entries)
    )
    assert sum(x.occurred_on == busy.occurred_on for x in record.entries) >= 2
    late = record.entries[-3]
    steps.append(
        lambda r: editor.amend_entry(r, middle, replace(middle, description="text only"), "typo")
    )
    steps.append(
        lambda r: editor.amend_entry(
            r, late, replace(late, occurred_on=busy.occurred_on), "it was that day"
        )
    )
    steps.append(lambda r: editor.undo())
    steps.append(lambda r: editor.undo())
    steps.append(lambda r: editor.redo())
    steps.append(
        lambda r: (
            editor.add_person(
                r, Person(PersonId("p-new"), "Ola", "Nowak", Sex.FEMALE), not_a_duplicate=True
            ).changes
        )
    )
    steps.append(
        lambda r: editor.add_concern(Concern("", CaseId(r.case.id), TODAY, "Hungry at school"))
    )
    steps.append(lambda r: editor.undo())
    sibling = case_file.case_record("DEMO-0002").subject_child
    steps.append(lambda r: editor.link_person(r, sibling))
    for step in steps:
        changes = step(record)
        assert changes is not None
        record = refresh.updated_record(case_file, record, changes)
        full = case_file.case_record("DEMO-0001")
        assert record == full
        assert [e.id for e in record.entries] == [e.id for e in full.entries]


def test_an_added_entry_reads_one_entry_not_the_chronology(
    editor: RecordEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casedesk.storage import loading

    record = editor.case_file.case_record("DEMO-0001")
    changes = editor.add_entry(record, entry(record.case.id, 3, TODAY))
    read: list[int] = []
    real = loading.records_of

    def counting(connection, kind, case_id, keys=None):  # type: ignore[no-untyped-def]
        found = real(connection, kind, case_id, keys)
        read.append(len(found))
        return found

    monkeypatch.setattr(loading, "records_of", counting)
    updated = refresh.updated_record(editor.case_file, record, changes)
    assert read == [1]
    assert updated.entries[-1].id == "e-new-3"
    assert refresh.touched_kinds(changes) == {"chronology_entries"}
