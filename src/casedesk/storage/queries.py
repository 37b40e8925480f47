"""Read-only queries that return plain rows for the services layer (no SQL leaks out)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from casedesk.storage import tables as t


@dataclass(frozen=True)
class CaseSummaryRow:
    """One line of the case list."""

    id: str
    reference: str
    legal_status: str
    opened_on: str
    allocated_worker: str
    people: int
    entries: int


def case_summaries(connection: Connection) -> list[CaseSummaryRow]:
    """Every case with its counts, by reference."""
    people = (
        select(t.case_people.c.case_id, func.count().label("n"))
        .group_by(t.case_people.c.case_id)
        .subquery()
    )
    entries = (
        select(t.chronology_entries.c.case_id, func.count().label("n"))
        .group_by(t.chronology_entries.c.case_id)
        .subquery()
    )
    query = (
        select(
            t.cases.c.id,
            t.cases.c.reference,
            t.cases.c.legal_status,
            t.cases.c.opened_on,
            t.cases.c.allocated_worker,
            func.coalesce(people.c.n, 0),
            func.coalesce(entries.c.n, 0),
        )
        .outerjoin(people, people.c.case_id == t.cases.c.id)
        .outerjoin(entries, entries.c.case_id == t.cases.c.id)
        .order_by(t.cases.c.reference)
    )
    return [CaseSummaryRow(*row) for row in connection.execute(query)]
