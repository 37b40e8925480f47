"""Reading one case reads that case's rows, found through an index, never a pass over a
whole table: opening a case costs what the case holds, not what the file holds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import event

from casedesk.domain import record_kinds as k
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import DEMO_PASSPHRASE, create_demo
from casedesk.storage import loading


def test_no_kind_of_a_case_is_read_by_going_through_its_whole_table(tmp_path: Path) -> None:
    path = tmp_path / "demo.casedesk"
    create_demo(path, seed=4, cases=3, as_of=date(2026, 6, 1), kdf=FLOOR)
    case_file = CaseFile.open(path, DEMO_PASSPHRASE)
    with case_file, case_file._store.connect() as connection:
        case = case_file.case_record(case_file.case_references()[1]).case
        scans: dict[str, list[str]] = {}
        for kind in k.CASE_RECORD_KINDS:
            compiled = loading.case_query(kind, case.id).compile(dialect=connection.dialect)
            values = tuple(compiled.params[name] for name in compiled.positiontup or ())
            plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", values)
            steps = [str(row[-1]) for row in plan]
            assert any(step.startswith("SEARCH") for step in steps), kind.name
            scans[kind.name] = [step for step in steps if step.startswith("SCAN")]
        assert scans == {kind.name: [] for kind in k.CASE_RECORD_KINDS}


def test_the_case_list_reads_no_entry_of_the_file_only_indexes(tmp_path: Path) -> None:
    """The case list (after every unlock, and on every return to it) counts each case's
    entries and finds when its child was last seen from indexes: before schema 18, "last
    seen" went through every entry of the file (154 ms of the 186 ms a list of twenty
    5,000-entry cases took)."""
    path = tmp_path / "demo.casedesk"
    create_demo(path, seed=4, cases=3, as_of=date(2026, 6, 1), kdf=FLOOR)
    case_file = CaseFile.open(path, DEMO_PASSPHRASE)
    statements: list[tuple[str, object]] = []

    def seen(_conn: object, _cursor: object, statement: str, values: object, *_: object) -> None:
        statements.append((statement, values))

    with case_file:
        engine = case_file._store.engine
        event.listen(engine, "before_cursor_execute", seen)
        rows = case_file.case_summaries()
        event.remove(engine, "before_cursor_execute", seen)
        assert rows and any(row.child_last_seen for row in rows)
        with case_file._store.connect() as connection:
            steps = [
                str(step[-1])
                for statement, values in statements
                if "chronology_entries" in statement
                for step in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", values)
            ]
    entry_steps = [step for step in steps if "chronology_entries" in step]
    assert any("ix_chronology_child_seen" in step for step in entry_steps)
    assert [
        step
        for step in entry_steps
        if "COVERING INDEX" not in step and "ix_chronology_child_seen" not in step
    ] == []
