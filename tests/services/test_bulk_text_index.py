"""A bulk write (an import, the demo) indexes its chronology entries for search in one
statement at its end: what it imports is found by search, what the file held before still
is, the index agrees with the entries, and later entries are indexed one by one again."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from casedesk.domain import record_kinds as k
from casedesk.domain.chronology import Category, ChronologyEntry
from casedesk.domain.evidence import Evidence, SourceType
from casedesk.domain.ids import EntryId
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.record_editor import RecordEditor
from casedesk.services.synthetic import generate
from casedesk.storage.migrations import FTS_SETUP

PASSPHRASE = "kettle mango violin harbour"


def _file(folder: Path, name: str, seed: int) -> CaseFile:
    case_file, _ = CaseFile.create(folder / f"{name}.casedesk", PASSPHRASE, "Sam", kdf=FLOOR)
    write_data(case_file, generate(seed=seed, cases=2, entries=80, as_of=date(2026, 11, 1)))
    return case_file


def _index_agrees(case_file: CaseFile) -> None:
    with case_file._store.connect() as connection:
        # FTS5's own check: the index holds exactly what the entries table holds.
        connection.exec_driver_sql(
            "INSERT INTO chronology_fts(chronology_fts, rank) VALUES ('integrity-check', 1)"
        )
        trigger = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'chronology_fts_insert'"
        ).scalar()
    assert trigger == FTS_SETUP[1]


def _a_word_of(entry: ChronologyEntry) -> str:
    return max(entry.description.split(), key=len).strip(".,;:()")


def _entry(case_id: str, text: str) -> ChronologyEntry:
    return ChronologyEntry(
        EntryId(""),
        case_id,  # type: ignore[arg-type]
        date(2026, 11, 20),
        Category.REFERRAL,
        text,
        Evidence("Hill Top Primary", SourceType.AGENCY_RECORD),
        "Sam",
    )


@pytest.fixture
def document(tmp_path: Path) -> dict[str, Any]:
    with _file(tmp_path, "elsewhere", seed=11) as source:
        exported = source.export_document(source.case_references())
    for case in exported["cases"]:  # references of their own, beside ours
        case["reference"] = "X-" + case["reference"]
    return exported


def test_imported_entries_are_found_and_the_earlier_ones_still_are(
    tmp_path: Path, document: dict[str, Any]
) -> None:
    with _file(tmp_path, "ours", seed=3) as case_file:
        ours = case_file.case_record("DEMO-0001")
        earlier = ours.entries[0]
        case_file.import_document(document)
        _index_agrees(case_file)
        imported = case_file.case_record("X-DEMO-0001")
        entry = imported.entries[-1]
        assert entry.id in case_file.search_chronology(imported.case.id, _a_word_of(entry))
        assert earlier.id in case_file.search_chronology(ours.case.id, _a_word_of(earlier))
        # After the bulk write, an entry typed in is indexed as it is added.
        RecordEditor(case_file).add_entry(
            imported, _entry(imported.case.id, "Headteacher rang about a bruise (zyzzogeton)")
        )
        assert len(case_file.search_chronology(imported.case.id, "zyzzogeton")) == 1
        _index_agrees(case_file)


def test_a_bulk_write_that_fails_leaves_the_index_and_its_trigger_as_they_were(
    tmp_path: Path,
) -> None:
    with _file(tmp_path, "ours", seed=3) as case_file:
        record = case_file.case_record("DEMO-0001")
        written = replace(_entry(record.case.id, "never written (quokkafjord)"), id=EntryId("e-x"))
        with (
            pytest.raises(OSError),
            case_file.transaction("Import cases") as work,
            work.text_indexed_at_end(),
        ):
            work.add(k.ENTRIES, [written])
            raise OSError("disk full")
        assert case_file.search_chronology(record.case.id, "quokkafjord") == set()
        _index_agrees(case_file)
        assert case_file.check().ok
        RecordEditor(case_file).add_entry(record, _entry(record.case.id, "now it is (quokkafjord)"))
        assert len(case_file.search_chronology(record.case.id, "quokkafjord")) == 1
