"""Signed-record figures: ``casedesk check`` on a 100,000-entry file, every record against
its signed audit entry and every signature verified (target 5 s); and adding one entry,
signed against the same addition unsigned (target: under 2 ms more).

The check's file is the demo's 200 cases and 100,000 entries (one unit of work) with 2,000
entries then added one unit of work each, so there are 2,000 signatures to verify as well.
Its baseline, measured in the same run, is the check as it was before records were signed:
pages, structure and the hash chain. The addition's baseline is the same addition by the
same code with no signing key (content hashes still computed), interleaved run by run.
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import replace
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path

from casedesk.domain import record_kinds as k
from casedesk.domain.chronology import Category, ChronologyEntry
from casedesk.domain.evidence import Evidence, SourceType
from casedesk.domain.ids import EntryId, new_id
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.record_editor import RecordEditor
from casedesk.services.synthetic import generate
from casedesk.storage.audit import verify_chain
from runner import Figure

PASSPHRASE = "benchmark passphrase signing"
UNITS = 2000


def _entry(case_id: str, n: int) -> ChronologyEntry:
    return ChronologyEntry(
        EntryId(new_id("e")),
        case_id,  # type: ignore[arg-type]
        date(2026, 10, 1 + n % 28),
        Category.HOME_VISIT,
        f"Visit {n}: the family at home; the child's room tidy.",
        Evidence("Social care", SourceType.PROFESSIONAL_OBSERVATION),
        "Bench",
    )


@cache
def _big() -> Path:
    path = Path(tempfile.mkdtemp(prefix="casedesk-sign-")) / "big.casedesk"
    case_file, _ = CaseFile.create(path, PASSPHRASE, "Bench", kdf=FLOOR, check_strength=False)
    with case_file:
        data = generate(seed=12, cases=200, entries=100_000, as_of=date(2026, 11, 1))
        write_data(case_file, data)
        case_id = data.cases[0].id
        for n in range(UNITS):
            with case_file.transaction("Add chronology entry") as work:
                work.add(k.ENTRIES, [_entry(case_id, n)])
    return path


@cache
def _opened() -> CaseFile:
    return CaseFile.open(_big(), PASSPHRASE, read_only=True)


def check() -> float:
    """Everything ``casedesk check`` verifies, the file already open."""
    case_file = _opened()
    started = time.perf_counter()
    report = case_file.check()
    elapsed = time.perf_counter() - started
    assert report.ok, report.problems[:3]
    return elapsed


def check_before_signing() -> float:
    """Baseline: pages, structure and the hash chain (the check before records were signed)."""
    store = _opened()._store
    started = time.perf_counter()
    with store.connect() as connection:  # type: ignore[attr-defined]
        connection.exec_driver_sql("PRAGMA cipher_integrity_check").all()
        connection.exec_driver_sql("PRAGMA quick_check").all()
        verify_chain(connection)
    return time.perf_counter() - started


@cache
def _small() -> tuple[CaseFile, RecordEditor]:
    path = Path(tempfile.mkdtemp(prefix="casedesk-sign-")) / "small.casedesk"
    case_file, _ = CaseFile.create(path, PASSPHRASE, "Bench", kdf=FLOOR, check_strength=False)
    write_data(case_file, generate(seed=13, cases=3, entries=600, as_of=date(2026, 11, 1)))
    case_file.set_clock(lambda: datetime(2026, 11, 30, 12, tzinfo=UTC))
    return case_file, RecordEditor(case_file)


_counter = [0]


def _add(signed: bool) -> float:
    case_file, editor = _small()
    store = case_file._store
    key = store.signing_key  # type: ignore[attr-defined]
    record = case_file.case_record("DEMO-0001")
    _counter[0] += 1
    entry = replace(_entry(record.case.id, _counter[0]), id=EntryId(""))
    if not signed:
        store.signing_key = None  # type: ignore[attr-defined]
    try:
        started = time.perf_counter()
        editor.add_entry(record, entry)
        return time.perf_counter() - started
    finally:
        store.signing_key = key  # type: ignore[attr-defined]


FIGURES = [
    Figure(
        "check: 100k entries, 2,000 signed units",
        check,
        target=5.0,
        baseline=check_before_signing,
        baseline_name="pages, structure and chain only",
    ),
    Figure(
        "add an entry, signed",
        lambda: _add(True),
        baseline=lambda: _add(False),
        baseline_name="the same addition unsigned",
    ),
]
