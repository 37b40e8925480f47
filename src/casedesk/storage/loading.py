"""Reading a whole case record from the tables, driven by the record kinds.

Each kind (``domain.record_kinds``) says which of its rows belong to a case (by the case's
id, and by every person column naming one of the case's people) and in what order; this
module turns that into one query per kind. Nothing here is written per kind.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import Connection, Table, select, tuple_

from casedesk.domain import record_kinds as k
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.ids import PersonId
from casedesk.domain.people import Person
from casedesk.domain.record_kind import row_reader
from casedesk.storage import tables as t


def table_of(kind: k.RecordKind) -> Table:
    """The table a kind is stored in."""
    return t.metadata.tables[kind.name]


def _shown(table: Table) -> Any:
    """Rows not marked as entered in error (merged people are hidden too)."""
    condition: Any = table.c.entered_in_error.is_(None) if "entered_in_error" in table.c else None
    if "merged_into" in table.c:
        merged = table.c.merged_into.is_(None)
        condition = merged if condition is None else condition & merged
    return condition


def _members(case_id: str) -> Any:
    """The ids of the people shown in a case (a subquery): found through the case's own
    rows of ``case_people``, each person then by their id (never a pass over everyone)."""
    people, members = t.people, t.case_people
    return (
        select(members.c.person_id)
        .join(people, people.c.id == members.c.person_id)
        .where(
            members.c.case_id == case_id,
            people.c.merged_into.is_(None),
            people.c.entered_in_error.is_(None),
        )
    )


def case_query(
    kind: k.RecordKind,
    case_id: str,
    keys: list[str] | None = None,
    limit: int = -1,
    offset: int = 0,
    after: Sequence[Any] | None = None,
) -> Any:
    """The query for a case's records of one kind that are shown (only those with
    ``keys``, if given), in the order they are listed: ``limit`` of them (-1: all) after
    the first ``offset``, or after the row whose values of the kind's order are
    ``after`` (the index finds it: no row before it is read again, as an offset
    would). Each finds the case's rows through an index (version 16:
    ``tables.CASE_INDEXES``), so reading a case costs what the case holds, not what the
    file holds. The limit and offset are bound values even when everything is read, so a
    kind's whole read and its reading by pages (``CaseReading``) are one statement,
    compiled once per unlock (``prepare_case_reads``) rather than a second time, some 100
    ms, in the middle of the background check."""
    table = table_of(kind)
    conditions: list[Any] = []
    if keys is not None:
        conditions.append(table.c.id.in_(keys))
    if kind is k.PEOPLE:
        conditions.append(table.c.id.in_(_members(case_id)))
    if kind.case_column is not None:
        conditions.append(table.c[kind.case_column] == case_id)
    for column in kind.person_columns:
        conditions.append(table.c[column].in_(_members(case_id)))
    shown = _shown(table)
    if shown is not None and kind.withdrawable:
        conditions.append(shown)
    order = [table.c[c] for c in kind.order_by]
    if after is not None:
        conditions.append(tuple_(*order) > tuple_(*after))
    return select(table).where(*conditions).order_by(*order).limit(limit).offset(offset)


def records_of(
    connection: Connection, kind: k.RecordKind, case_id: str, keys: list[str] | None = None
) -> list[Any]:
    """A case's records of one kind that are shown (only those with ``keys``, if given)."""
    result = connection.execute(case_query(kind, case_id, keys))
    read = row_reader(kind, tuple(result.keys()))
    return [read(row) for row in result]


def load_case_record(connection: Connection, case_id: str, with_entries: bool = True) -> CaseRecord:
    """The whole record of one case: every kind, each with its own query."""
    case_row = connection.execute(select(t.cases).where(t.cases.c.id == case_id)).mappings().one()
    values: dict[str, Any] = {"case": k.from_row(k.CASE, case_row)}
    for kind in k.CASE_RECORD_KINDS:
        if kind is k.ENTRIES and not with_entries:
            values[kind.record_field] = ()
            continue
        values[kind.record_field] = tuple(records_of(connection, kind, case_id))
    return CaseRecord(**values)


# Rows a page of a stepwise read holds: reading and decoding 500 entries takes about
# 10 ms here, a fifth of what one turn of the event loop may take. And the queries it
# may make: a small kind's costs 0.5-1 ms; a read of its own for each (some 35 a case)
# made a case's check in steps 16% more work than in one go.
PAGE_ROWS = 500
PAGE_QUERIES = 8


class PagedRecord(NamedTuple):
    """A case's whole record read by pages (``CaseReading``), with the change of the
    file (the audit trail's newest number) every page was read at."""

    change: int
    record: CaseRecord


class FileChangedError(Exception):
    """The file changed between two pages of a ``CaseReading``."""


class CaseReading:
    """One case's whole record, read a page of rows at a time, each page in a brief read
    of its own (``Snapshot.read_case_page``), so the background check of every case
    leaves the window free between pages rather than holding it still for a whole case.

    Every page is read at the same change of the file (the audit trail's newest number,
    ``change``). A change that lands between pages ends the reading
    (``FileChangedError``), so a record given is exactly what ``load_case_record`` gives
    at ``change``: never part of one version and part of another, and no row skipped or
    read twice because rows moved between pages. Whoever reads decides whether to begin
    again (a file that changes between every two pages would otherwise be read for
    ever).

    Each kind's order ends in a unique column, so its pages do not overlap. A page after
    the first begins after the last row read (by its values of the kind's order, which
    the case's index serves): by offset, each page of a 20,000-entry case read every row
    before it again, and the pages grew from 10 to 25 ms. A kind whose order has a
    column that may be empty is paged by offset (a comparison with an empty value is
    never true): it is one of the small ones."""

    def __init__(self, reference: str) -> None:
        self.reference = reference
        self.change: int | None = None
        self._case_id: str | None = None
        self._values: dict[str, Any] = {}
        self._kinds = list(k.CASE_RECORD_KINDS)
        self._rows: list[Any] = []
        self._after: tuple[Any, ...] | None = None  # the last row's values of the order

    def step(
        self,
        connection: Connection,
        change: int,
        case_id_of: Callable[[str], str],
        rest: bool = False,
    ) -> CaseRecord | None:
        """Read the next page: up to ``PAGE_ROWS`` rows, of the kind begun and the
        kinds after it, in up to ``PAGE_QUERIES`` queries (``rest``: every row left, in
        one page). The record once its last kind is read; None before. ``change``: the
        file's newest change, read in this same read; ``case_id_of`` finds the case by
        its reference (or refuses, in a sentence)."""
        if self.change is None:
            self.change = change
        elif change != self.change:
            raise FileChangedError
        if self._case_id is None:
            self._case_id = case_id_of(self.reference)
            case = connection.execute(select(t.cases).where(t.cases.c.id == self._case_id))
            self._values["case"] = k.from_row(k.CASE, case.mappings().one())
        read_now = queries = 0
        while self._kinds and (rest or (read_now < PAGE_ROWS and queries < PAGE_QUERIES)):
            kind = self._kinds[0]
            limit = -1 if rest else PAGE_ROWS - read_now  # -1: no limit
            if self._after is None:
                query = case_query(kind, self._case_id, limit=limit, offset=len(self._rows))
            else:
                query = case_query(kind, self._case_id, limit=limit, after=self._after)
            result = connection.execute(query)
            columns = tuple(result.keys())
            rows = list(result)
            read = row_reader(kind, columns)
            self._rows += [read(row) for row in rows]
            read_now, queries = read_now + len(rows), queries + 1
            if len(rows) == limit:  # maybe more of this kind: the next page says
                if _never_empty(kind):
                    self._after = tuple(rows[-1][columns.index(c)] for c in kind.order_by)
                break
            self._values[kind.record_field] = tuple(self._rows)
            self._rows, self._after = [], None
            self._kinds.pop(0)
        if self._kinds:
            return None
        return CaseRecord(**self._values)


def _never_empty(kind: k.RecordKind) -> bool:
    """Whether no column of the kind's order can be empty (NULL)."""
    table = table_of(kind)
    return not any(table.c[c].nullable for c in kind.order_by)


def prepare_case_reads(connection: Connection) -> None:
    """Read a case that is not there: SQLAlchemy compiles each query a case is read with
    the first time an engine runs it (some 90 ms for all of them), and an engine is new
    at every unlock. Done while the file opens, the first case opened after it need not
    wait; the values compiled with are empty, so nothing of the file stays behind in the
    cache of compiled queries."""
    connection.execute(select(t.cases).where(t.cases.c.id == "")).first()
    for kind in k.CASE_RECORD_KINDS:
        records_of(connection, kind, "")


def entry_ids_on(connection: Connection, case_id: str, day: date) -> list[str]:
    """The ids of a case's entries on one day, in the order the chronology lists them."""
    entries = t.chronology_entries
    query = (
        select(entries.c.id)
        .where(entries.c.case_id == case_id, entries.c.occurred_on == day.isoformat())
        .order_by(entries.c.rowid)
    )
    return list(connection.execute(query).scalars())


def find_case_id(connection: Connection, reference: str) -> str | None:
    """The id of the case with this reference, if there is one."""
    return connection.execute(select(t.cases.c.id).where(t.cases.c.reference == reference)).scalar()


def known_person_ids(connection: Connection, ids: list[str]) -> set[str]:
    """Which of ``ids`` are already people in the file."""
    return existing_values(connection, k.PEOPLE, "id", ids)


def existing_values(
    connection: Connection, kind: k.RecordKind, attr: str, values: list[str]
) -> set[str]:
    """Which of ``values`` a field of a kind already holds in the file (import conflicts)."""
    column = table_of(kind).c[kind.field(attr).column_name]
    found: set[str] = set()
    for start in range(0, len(values), 500):
        chunk = values[start : start + 500]
        found.update(connection.execute(select(column).where(column.in_(chunk))).scalars())
    return found


def diagram_positions(
    connection: Connection, case_id: str, diagram: str
) -> dict[PersonId, tuple[float, float]]:
    """Where a worker put people on one of a case's diagrams (the rest are automatic)."""
    p = t.diagram_positions.c
    rows = connection.execute(
        select(p.person_id, p.x, p.y).where(
            p.case_id == case_id, p.diagram == diagram, p.x.is_not(None), p.y.is_not(None)
        )
    )
    return {PersonId(r.person_id): (float(r.x), float(r.y)) for r in rows}


def case_references(connection: Connection) -> list[str]:
    """Every case reference, sorted."""
    return list(
        connection.execute(select(t.cases.c.reference).order_by(t.cases.c.reference)).scalars()
    )


def load_person(connection: Connection, person_id: str) -> Person:
    """One person as stored now."""
    row = connection.execute(select(t.people).where(t.people.c.id == person_id)).mappings().one()
    person: Person = k.from_row(k.PEOPLE, row)
    return person


def all_people(connection: Connection) -> list[Person]:
    """Everyone in the file who is shown (not merged away, not entered in error)."""
    query = select(t.people).where(_shown(t.people))
    return [k.from_row(k.PEOPLE, row) for row in connection.execute(query).mappings()]


def custom_categories(connection: Connection) -> list[str]:
    """Categories this case file added to the defaults, in the order they were added."""
    return list(
        connection.execute(
            select(t.categories.c.name).order_by(t.categories.c.added_at, t.categories.c.name)
        ).scalars()
    )


# Tables that hold no case-record kind, and where each is read instead (the test that
# every table is loaded checks this list too). Notes for developers, never shown.
NOT_RECORD_KINDS = {
    "meta": "the file's id and schema version (migrations, opening)",  # i18n: dev
    "users": "who may open the file (keys and users)",  # i18n: dev
    "audit_log": "the audit trail (check, history)",  # i18n: dev
    "case_people": "which people belong to which case (the people of a case)",  # i18n: dev
    "categories": "the file's own chronology categories (custom_categories)",  # i18n: dev
    "diagram_positions": "where people were placed by hand (diagram_positions)",  # i18n: dev
    "signing_keys": "each user's public signing key (check, history)",  # i18n: dev
    "certificates": "each user's certificate for signing summaries (certificates)",  # i18n: dev
}
