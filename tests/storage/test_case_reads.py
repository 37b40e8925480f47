"""Reading one case reads that case's rows, found through an index, never a pass over a
whole table: opening a case costs what the case holds, not what the file holds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

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
