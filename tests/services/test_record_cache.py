"""Opening a case again gives the record as it now stands, read again only if the file
changed since (``services.record_cache``)."""

from __future__ import annotations

import gc
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from casedesk.domain.errors import CaseDeskError
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import DEMO_PASSPHRASE, create_demo
from casedesk.services.record_editor import RecordEditor


def test_a_case_opened_again_is_the_same_until_anything_changes(tmp_path: Path) -> None:
    path = tmp_path / "demo.casedesk"
    create_demo(path, seed=3, cases=2, as_of=date(2026, 6, 1), kdf=FLOOR)
    with CaseFile.open(path, DEMO_PASSPHRASE) as case_file:
        first, other = case_file.case_references()[:2]
        record = case_file.case_record(first)
        case_file.case_record(other)
        assert case_file.case_record(first) is record  # kept: nothing changed

        entry = record.entries[0]
        RecordEditor(case_file).amend_entry(
            record, entry, replace(entry, description="Changed since it was first read"), "Typo"
        )
        again = case_file.case_record(first)
        assert again is not record
        assert next(e for e in again.entries if e.id == entry.id).description == (
            "Changed since it was first read"
        )
        # A change to another case also reads afresh (the cache never guesses what a
        # change touched), and what is read is still right.
        assert case_file.case_record(other).case.reference == other
        assert case_file.case_record(first) == again


def test_closing_forgets_every_record(tmp_path: Path) -> None:
    path = tmp_path / "demo.casedesk"
    create_demo(path, seed=3, cases=1, as_of=date(2026, 6, 1), kdf=FLOOR)
    case_file = CaseFile.open(path, DEMO_PASSPHRASE)
    case_file.case_record(case_file.case_references()[0])
    case_file.close()
    assert not case_file._records._kept


def test_the_garbage_collector_runs_again_after_a_case_is_read_or_refused(
    tmp_path: Path,
) -> None:
    """Reading a case holds the cyclic collector off (gc_pause); it must come back on, even
    when the reference is not in the file, or the process would keep every cycle made."""
    path = tmp_path / "demo.casedesk"
    create_demo(path, seed=1, cases=2, as_of=date(2026, 11, 2), kdf=FLOOR)
    with CaseFile.open(path, DEMO_PASSPHRASE) as case_file:
        assert case_file.case_record("DEMO-0001").entries
        assert gc.isenabled()
        with pytest.raises(CaseDeskError):
            case_file.case_record("NO-SUCH-CASE")
        assert gc.isenabled()
