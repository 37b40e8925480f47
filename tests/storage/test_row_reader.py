"""Records are read from a case file by compiled readers (``record_kind.row_reader``):
each must read exactly what the field-by-field ``from_row`` reads, for every kind."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from casedesk.domain import record_kinds as k
from casedesk.domain.record_kind import from_row, row_reader, to_row
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import DEMO_PASSPHRASE, create_demo
from casedesk.storage import loading


def test_every_kind_reads_the_same_compiled_as_field_by_field(tmp_path: Path) -> None:
    path = tmp_path / "demo.casedesk"
    create_demo(path, seed=4, cases=2, as_of=date(2026, 6, 1), kdf=FLOOR)
    read_kinds = 0
    case_file = CaseFile.open(path, DEMO_PASSPHRASE)
    with case_file, case_file._store.connect() as connection:
        for kind in (k.CASE, *k.CASE_RECORD_KINDS):
            result = connection.execute(select(loading.table_of(kind)))
            read = row_reader(kind, tuple(result.keys()))
            rows = list(result)
            assert [read(row) for row in rows] == [from_row(kind, row._mapping) for row in rows]
            read_kinds += bool(rows)
    # The demo records most kinds; a test that compared empty tables would prove nothing.
    assert read_kinds >= 12


def test_a_value_a_column_should_not_hold_is_refused_as_field_by_field(tmp_path: Path) -> None:
    # A damaged or hand-edited file: the compiled reader fails where from_row fails
    # (opening reports the file as damaged), rather than handing back a made-up value.
    path = tmp_path / "demo.casedesk"
    create_demo(path, seed=4, cases=1, as_of=date(2026, 6, 1), kdf=FLOOR)
    case_file = CaseFile.open(path, DEMO_PASSPHRASE)
    with case_file, case_file._store.connect() as connection:
        result = connection.execute(select(loading.table_of(k.ENTRIES)))
        columns = tuple(result.keys())
        row = list(next(iter(result)))
    read = row_reader(k.ENTRIES, columns)
    for column, bad in (("child_seen", "seen twice"), ("occurred_on", "2026-13-45")):
        damaged = list(row)
        damaged[columns.index(column)] = bad
        with pytest.raises(ValueError):
            from_row(k.ENTRIES, dict(zip(columns, damaged, strict=True)))
        with pytest.raises(ValueError):
            read(damaged)


def test_every_record_written_as_a_row_reads_back_the_same(tmp_path: Path) -> None:
    path = tmp_path / "demo.casedesk"
    create_demo(path, seed=5, cases=2, as_of=date(2026, 6, 1), kdf=FLOOR)
    with CaseFile.open(path, DEMO_PASSPHRASE) as case_file:
        for reference in case_file.case_references():
            record = case_file.case_record(reference)
            for kind in k.CASE_RECORD_KINDS:
                for item in getattr(record, kind.record_field):
                    row = to_row(kind, item)
                    if kind.generated_key:
                        row.setdefault("id", None)
                    read = row_reader(kind, tuple(row))
                    assert read(tuple(row.values())) == item, kind.name
