"""A case record as it was recorded at a past moment, rebuilt from the audit trail.

Records are never deleted, and every insert and amendment is in the audit trail with the
values before it. So the record as it stood at a moment is the record now, with every
change made after that moment undone, newest first: a record added since is left out, an
amended one gets back its earlier values, one marked entered in error since is shown
again. The health check run on it says what CaseDesk would have flagged on that day.

The moment is the audit trail's own time of each change (when it was written, UTC): a
record imported or generated today was recorded today, whatever dates it holds.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, Table, func, select

from casedesk.domain import record_kinds as k
from casedesk.domain.case_record import CaseRecord
from casedesk.storage import tables as t
from casedesk.storage.audit import row_key
from casedesk.storage.loading import load_case_record, table_of

Row = dict[str, Any]


def _first_after(connection: Connection, after: str) -> int | None:
    """The first audit entry written after ``after``. Entries are numbered in the order
    they were written, so this is a binary search by number (18 lookups in 200,000
    entries) rather than a scan of every entry's time. A computer clock set back between
    two changes could misplace the boundary by those changes; the chain's order stands."""
    audit = t.audit_log
    top = connection.execute(select(func.max(audit.c.seq))).scalar()
    if top is None:
        return None

    def at(seq: int) -> str:
        found = connection.execute(
            select(audit.c.at).where(audit.c.seq >= seq).order_by(audit.c.seq).limit(1)
        ).scalar()
        return str(found)

    if at(top) <= after:
        return None
    low, high = 1, top
    while low < high:
        middle = (low + high) // 2
        if at(middle) > after:
            high = middle
        else:
            low = middle + 1
    return low


def _later_changes(
    connection: Connection, after: str, records: set[tuple[str, str]]
) -> dict[tuple[str, str], list[tuple[Row | None, Row | None]]]:
    """Every change to ``records`` (table, key) written after ``after`` (an ISO instant),
    by record, newest first. Only these records' entries are read (by the audit trail's
    index of record ids): a case rebuilt in a file of 300,000 changes reads its own few
    thousand, not every change made to every case since."""
    audit = t.audit_log
    first = _first_after(connection, after)
    if first is None or not records:
        return {}
    ids = sorted({record_id for _table, record_id in records})
    found: dict[tuple[str, str], list[tuple[int, Row | None, Row | None]]] = {}
    for start in range(0, len(ids), _IDS_PER_QUERY):
        query = select(audit.c.seq, audit.c.record_type, audit.c.record_id, audit.c.change).where(
            audit.c.record_id.in_(ids[start : start + _IDS_PER_QUERY]), audit.c.seq >= first
        )
        for seq, record_type, record_id, change in connection.execute(query):
            key = (record_type, str(record_id))
            if key in records:
                parsed = json.loads(change) if change else {}
                found.setdefault(key, []).append((seq, parsed.get("before"), parsed.get("after")))
    return {
        key: [(before, after) for _seq, before, after in sorted(history, reverse=True)]
        for key, history in found.items()
    }


_IDS_PER_QUERY = 900  # bound parameters a query (SQLite's limit is higher; this is safe)


def _undone(
    rows: Iterable[Mapping[Any, Any]],
    table: Table,
    changes: dict[tuple[str, str], list[tuple[Row | None, Row | None]]],
) -> list[Row]:
    """``rows`` with every later change undone (rows added later dropped)."""
    kept: list[Row] = []
    for row in rows:
        history = changes.get((table.name, row_key(table, row)), [])
        current: Row | None = dict(row)
        for before, _after in history:  # newest first
            if before is None:  # added after the moment: it was not there
                current = None
                break
            assert current is not None
            current.update(before)
        if current is not None:
            kept.append(current)
    return kept


def _rows(result: Any) -> list[Row]:
    return [dict(row) for row in result.mappings()]


def _shown(row: Row) -> bool:
    return row.get("entered_in_error") is None and row.get("merged_into") is None


def _ordered(rows: list[Row], kind: k.RecordKind) -> list[Row]:
    def order(row: Row) -> tuple[Any, ...]:
        return tuple((row.get(c) is None, row.get(c) or "") for c in kind.order_by)

    return sorted(rows, key=order)


def case_record_as_recorded(connection: Connection, case_id: str, moment: str) -> CaseRecord | None:
    """The case's record as it was at ``moment`` (an ISO instant, UTC), or None when the
    case had not been recorded yet.

    Records are never deleted, so every record the case had then is among those it has
    now (people linked to it since, and records about them, are dropped by undoing): the
    rows now are read first, then only their own later changes are undone."""
    if _first_after(connection, moment) is None:  # nothing changed since
        return load_case_record(connection, case_id)
    case_now = _rows(connection.execute(select(t.cases).where(t.cases.c.id == case_id)))
    links_now = _rows(
        connection.execute(select(t.case_people).where(t.case_people.c.case_id == case_id))
    )
    members_now = {row["person_id"] for row in links_now}
    now: dict[str, list[Row]] = {}
    for kind in k.CASE_RECORD_KINDS:
        table = table_of(kind)
        if kind is k.PEOPLE:
            query = select(table).where(table.c.id.in_(members_now))
        else:
            query = select(table)
            if kind.case_column is not None:
                query = query.where(table.c[kind.case_column] == case_id)
            for column in kind.person_columns:
                query = query.where(table.c[column].in_(members_now))
        now[kind.name] = _rows(connection.execute(query))
    records = {(t.cases.name, row_key(t.cases, row)) for row in case_now}
    records |= {(t.case_people.name, row_key(t.case_people, row)) for row in links_now}
    for kind in k.CASE_RECORD_KINDS:
        table = table_of(kind)
        records |= {(table.name, row_key(table, row)) for row in now[kind.name]}
    changes = _later_changes(connection, moment, records)
    case_rows = _undone(case_now, t.cases, changes)
    if not case_rows:
        return None
    # A person linked to the case since (from a sibling's case) goes.
    members = {row["person_id"] for row in _undone(links_now, t.case_people, changes)}
    people_rows = [
        row for row in _undone(now[k.PEOPLE.name], t.people, changes) if row["id"] in members
    ]
    shown_people = {row["id"] for row in people_rows if _shown(row)}
    values: dict[str, Any] = {"case": k.from_row(k.CASE, case_rows[0])}
    for kind in k.CASE_RECORD_KINDS:
        table = table_of(kind)
        rows = people_rows if kind is k.PEOPLE else _undone(now[kind.name], table, changes)
        rows = [
            row
            for row in rows
            if (not kind.withdrawable or _shown(row))
            and all(row.get(column) in shown_people for column in kind.person_columns)
            and (kind is not k.PEOPLE or row["id"] in shown_people)
        ]
        values[kind.record_field] = tuple(k.from_row(kind, row) for row in _ordered(rows, kind))
    return CaseRecord(**values)
