"""Read-only queries that return plain rows for the services layer (no SQL leaks out)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import Connection, func, select, text, true

from casedesk.domain.actions import WORKER_PREFIX
from casedesk.domain.case_record import mother_without_partner
from casedesk.domain.dates import DatePrecision, FuzzyDate
from casedesk.domain.ids import PersonId, RelationshipId
from casedesk.domain.names import fold
from casedesk.domain.people import UNKNOWN_NAME, Identification, Person, Sex
from casedesk.domain.relationships import HouseholdMembership, Relationship, RelationshipKind
from casedesk.domain.wording import translate
from casedesk.storage import tables as t
from casedesk.storage.integrity import SignatureChecker, current_content_hashes
from casedesk.storage.oversight_queries import escalation_rows

_A_BIRTH = FuzzyDate(date(2000, 1, 1), DatePrecision.EXACT)


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
    child_name: str = ""
    not_identified: int = 0
    search_key: str = ""
    father_recorded: bool = True
    partner_recorded: bool = True  # of the mother the child lives with (or why none is)
    next_due: date | None = None  # the soonest open deadline or action
    next_due_what: str = ""
    child_last_seen: date | None = None


@dataclass(frozen=True)
class OpenItem:
    """An open deadline or action of an open case, for the work tray (no case loaded)."""

    case_id: str
    reference: str
    child_name: str
    kind: str  # "deadline", "action" or "escalation" (a response awaited)
    record_id: str
    name: str
    started_on: date
    due_on: date  # the day it is due now (an extended deadline's new day)
    owner: str  # in words
    statutory: bool = False
    extended: bool = False


def case_summaries(connection: Connection, today: date | None = None) -> list[CaseSummaryRow]:
    """Every case with its counts, by reference."""
    people = (
        select(t.case_people.c.case_id, func.count().label("n"))
        .join(t.people, t.people.c.id == t.case_people.c.person_id)
        .where(t.people.c.merged_into.is_(None), t.people.c.entered_in_error.is_(None))
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
    summaries = [CaseSummaryRow(*row) for row in connection.execute(query)]
    names = _names_by_case(connection)
    children = children_of_cases(connection)
    with_father = _cases_with_a_father(connection)
    without_partner = _cases_without_a_partner(connection)
    # What to do next: the most overdue statutory deadline, else the most overdue deadline,
    # else the most overdue action, else the soonest (as ``CaseRecord.next_due``).
    today = today or date.today()

    def rank(item: OpenItem) -> tuple[int, date]:
        overdue = item.due_on < today
        if overdue and item.kind == "deadline":
            return (0 if item.statutory else 1, item.due_on)
        return (2 if overdue else 3, item.due_on)

    soonest: dict[str, OpenItem] = {}
    for item in open_items(connection, children):
        if item.case_id not in soonest or rank(item) < rank(soonest[item.case_id]):
            soonest[item.case_id] = item
    seen = _child_last_seen(connection)
    return [
        replace(
            summary,
            next_due=soonest[summary.id].due_on if summary.id in soonest else None,
            next_due_what=soonest[summary.id].name if summary.id in soonest else "",
            child_last_seen=seen.get(summary.id),
            father_recorded=summary.id in with_father,
            partner_recorded=summary.id not in without_partner,
            child_name=children.get(summary.id, ""),
            not_identified=names.get(summary.id, ([], 0))[1],
            search_key=fold(" ".join([summary.reference, *names.get(summary.id, ([], 0))[0]])),
        )
        for summary in summaries
    ]


def _child_last_seen(connection: Connection) -> dict[str, date]:
    """Each case's latest entry in which the child was seen (alone or not)."""
    e = t.chronology_entries.c
    # The partial index's own condition (schema 18): every entry of the file otherwise (a
    # case list of twenty 5,000-entry cases: 154 ms of its 186).
    query = (
        select(e.case_id, func.max(e.occurred_on))
        .where(text(t.CHILD_SEEN_WHERE))
        .group_by(e.case_id)
    )
    return {case_id: date.fromisoformat(day) for case_id, day in connection.execute(query)}


def children_of_cases(connection: Connection) -> dict[str, str]:
    """Each case's child's name, by case id."""
    return {
        row.id: f"{row.given_names} {row.family_name}".strip()
        for row in connection.execute(
            select(t.cases.c.id, t.people.c.given_names, t.people.c.family_name).join(
                t.people, t.people.c.id == t.cases.c.subject_child
            )
        )
    }


def open_items(
    connection: Connection, children: dict[str, str] | None = None, due_by: date | None = None
) -> list[OpenItem]:
    """Every open deadline and action of every open case (due by ``due_by``, when given):
    read straight from their tables (the tray across 200 cases loads no case record)."""
    children = children_of_cases(connection) if children is None else children
    cases = {
        row.id: row
        for row in connection.execute(
            select(t.cases.c.id, t.cases.c.reference, t.cases.c.allocated_worker).where(
                t.cases.c.closed_on.is_(None)
            )
        )
    }
    found: list[OpenItem] = []
    d = t.deadlines.c
    deadlines = connection.execute(
        select(d.id, d.case_id, d.name, d.started_on, d.due_on, d.extended_to, d.statutory).where(
            d.met_on.is_(None),
            d.cancelled_on.is_(None),
            d.entered_in_error.is_(None),
            # ISO dates compare as text.
            true() if due_by is None else func.coalesce(d.extended_to, d.due_on) <= str(due_by),
        )
    )
    # Unpacked rather than read by attribute: thousands of rows, each read once.
    for key, case_id, name, started_on, due_on, extended_to, statutory in deadlines:
        case = cases.get(case_id)
        if case is None:
            continue
        found.append(
            OpenItem(
                case_id,
                case.reference,
                children.get(case_id, ""),
                "deadline",
                str(key),
                name,
                date.fromisoformat(started_on),
                date.fromisoformat(extended_to or due_on),
                case.allocated_worker,
                bool(statutory),
                extended_to is not None,
            )
        )
    for case_id, key, stage, who, raised, due, by in escalation_rows(connection, cases, due_by):
        found.append(
            OpenItem(
                case_id,
                cases[case_id].reference,
                children.get(case_id, ""),
                "escalation",
                key,
                translate("queries", "Escalation response (stage {stage}) from {who}").format(
                    stage=stage, who=who
                ),
                raised,
                due,
                by,
            )
        )
    a = t.actions.c
    actions = list(
        connection.execute(
            select(a.id, a.case_id, a.what, a.agreed_on, a.due_on, a.owner).where(
                a.completed_on.is_(None),
                a.entered_in_error.is_(None),
                true() if due_by is None else a.due_on <= str(due_by),
            )
        )
    )
    names = _owner_names(connection, {action.owner for action in actions})
    for action in actions:
        case = cases.get(action.case_id)
        if case is None:
            continue
        found.append(
            OpenItem(
                action.case_id,
                case.reference,
                children.get(action.case_id, ""),
                "action",
                action.id,
                action.what,
                date.fromisoformat(action.agreed_on),
                date.fromisoformat(action.due_on),
                names(action.owner),
            )
        )
    return found


def _owner_names(connection: Connection, owners: set[str]) -> Callable[[str], str]:
    """An action's owner in words, as ``CaseRecord.owner_name`` says it."""
    ids = [owner for owner in owners if not owner.startswith(WORKER_PREFIX)]
    words: dict[str, str] = {}
    p, team = t.people.c, t.professionals.c
    for row in connection.execute(select(team.id, team.name, team.agency).where(team.id.in_(ids))):
        words[row.id] = f"{row.name} ({row.agency})"
    for row in connection.execute(select(p.id, p.given_names, p.family_name).where(p.id.in_(ids))):
        # The placeholder Person.display_name gives, in the worker's language.
        unnamed = translate("people", UNKNOWN_NAME)
        words[row.id] = f"{row.given_names} {row.family_name}".strip() or unnamed

    def name(owner: str) -> str:
        if owner.startswith(WORKER_PREFIX):
            return owner[len(WORKER_PREFIX) :]
        return words.get(owner, owner)

    return name


def _cases_with_a_father(connection: Connection) -> set[str]:
    """Cases whose child has a parent who is not recorded as female (the same rule as
    ``CaseRecord.father_recorded``), by a link and a person that are shown."""
    rel, person = t.relationships, t.people
    parental = [kind.value for kind in RelationshipKind if kind.is_parental]
    query = (
        select(t.cases.c.id)
        .join(rel, rel.c.to_person == t.cases.c.subject_child)
        .join(person, person.c.id == rel.c.from_person)
        .where(
            rel.c.kind.in_(parental),
            rel.c.entered_in_error.is_(None),
            person.c.sex != Sex.FEMALE.value,
            person.c.merged_into.is_(None),
            person.c.entered_in_error.is_(None),
        )
    )
    return set(connection.execute(query).scalars())


def _cases_without_a_partner(connection: Connection) -> set[str]:
    """Cases whose child lives with a mother with no partner recorded, by the domain's own
    rule (``mother_without_partner``) over just the columns it needs."""
    shown = (t.people.c.merged_into.is_(None), t.people.c.entered_in_error.is_(None))
    people: dict[PersonId, Person] = {
        PersonId(row.id): Person(
            PersonId(row.id),
            "",
            "",
            Sex(row.sex),
            # Only whether a birth is recorded matters here (an unborn child).
            birth=None if row.birth_date is None else _A_BIRTH,
            expected_on=date.fromisoformat(row.expected_on) if row.expected_on else None,
        )
        for row in connection.execute(
            select(
                t.people.c.id, t.people.c.sex, t.people.c.birth_date, t.people.c.expected_on
            ).where(*shown)
        )
    }
    r = t.relationships.c
    relationships = [
        Relationship(
            RelationshipId(row.id),
            RelationshipKind(row.kind),
            PersonId(row.from_person),
            PersonId(row.to_person),
            ended_on=date.fromisoformat(row.ended_on) if row.ended_on else None,
            role=row.role,
        )
        for row in connection.execute(
            select(r.id, r.kind, r.from_person, r.to_person, r.ended_on, r.role).where(
                r.entered_in_error.is_(None)
            )
        )
        if row.from_person in people and row.to_person in people
    ]
    h = t.households.c
    households = [
        HouseholdMembership(PersonId(row.person_id), row.household, None)
        for row in connection.execute(
            select(h.person_id, h.household).where(
                h.entered_in_error.is_(None), h.to_date.is_(None)
            )
        )
    ]
    # Each case is judged on its own people's links (the whole file's, for every case,
    # made the case list quadratic: 0.4 s of 0.5 s at 200 cases).
    members: dict[str, set[str]] = {}
    for case_id, person_id in connection.execute(
        select(t.case_people.c.case_id, t.case_people.c.person_id)
    ):
        members.setdefault(case_id, set()).add(person_id)
    links_of: dict[str, list[Relationship]] = {}
    for rel in relationships:
        for person in {rel.from_person, rel.to_person}:
            links_of.setdefault(person, []).append(rel)
    homes_of: dict[str, list[HouseholdMembership]] = {}
    for home in households:
        homes_of.setdefault(home.person, []).append(home)
    found = set()
    for case_id, child_id, because in connection.execute(
        select(t.cases.c.id, t.cases.c.subject_child, t.cases.c.no_partner_because)
    ):
        child = people.get(PersonId(child_id))
        if child is None or because.strip():
            continue
        own = members.get(case_id, set()) | {child_id}
        links = {id(r): r for p in own for r in links_of.get(p, ())}
        homes = [h for p in own for h in homes_of.get(p, ())]
        if mother_without_partner(child, people, links.values(), homes) is not None:
            found.add(case_id)
    return found


def _names_by_case(connection: Connection) -> dict[str, tuple[list[str], int]]:
    """Every name and alias of each case's people, and how many are not identified."""
    found: dict[str, tuple[list[str], int]] = {}
    query = (
        select(
            t.case_people.c.case_id,
            t.people.c.given_names,
            t.people.c.family_name,
            t.people.c.known_as,
            t.people.c.identification,
        )
        .join(t.people, t.people.c.id == t.case_people.c.person_id)
        .where(t.people.c.merged_into.is_(None), t.people.c.entered_in_error.is_(None))
    )
    for case_id, given, family, known_as, identification in connection.execute(query):
        names, unidentified = found.get(case_id, ([], 0))
        names.extend(part for part in (given, family, known_as) if part)
        if identification != Identification.IDENTIFIED.value:
            unidentified += 1
        found[case_id] = (names, unidentified)
    return found


@dataclass(frozen=True)
class HistoryRow:
    """One change to a record, from the audit trail, and whether its signature verifies."""

    at: str
    actor: str
    action: str
    before: dict[str, object] | None
    after: dict[str, object] | None
    reason: str
    signature: str = ""  # in words: verified, made before records were signed, ...
    verified: bool | None = None  # None: made before records were signed
    seq: int = 0
    record_type: str = ""
    record_id: str = ""


def record_history(connection: Connection, record_type: str, record_id: str) -> list[HistoryRow]:
    """Every audited change to one record, oldest first, each with its signature checked."""
    return records_history(connection, {(record_type, record_id)})


def records_history(connection: Connection, records: set[tuple[str, str]]) -> list[HistoryRow]:
    """Every audited change to any of ``records`` ((kind, id) pairs), oldest first, each
    with its signature checked."""
    a = t.audit_log.c
    ids = sorted({record_id for _kind, record_id in records})
    checker = SignatureChecker(connection)
    history = []
    for start in range(0, len(ids), 500):  # SQLite's limit on bound values
        chunk = ids[start : start + 500]
        rows = connection.execute(
            select(a.seq, a.at, a.actor, a.action, a.change, a.record_type, a.record_id).where(
                a.record_id.in_(chunk)
            )
        )
        for seq, at, actor, action, change, record_type, record_id in rows:
            if (record_type, record_id) not in records:
                continue
            data = json.loads(change)
            verified, words = checker.of(seq)
            history.append(
                HistoryRow(
                    at,
                    actor,
                    action,
                    data.get("before"),
                    data.get("after"),
                    data.get("reason", ""),
                    words,
                    verified,
                    seq,
                    record_type,
                    record_id,
                )
            )
    history.sort(key=lambda row: row.seq)
    # A record changed outside CaseDesk after its last signed change: its history's last
    # word must say so, however well that change's signature verifies.
    last: dict[tuple[str, str], int] = {}
    for index, row in enumerate(history):
        last[(row.record_type, row.record_id)] = index
    seqs = {history[i].seq: key for key, i in last.items()}
    contents: dict[int, str] = {}
    if seqs and checker.first is not None:
        numbers = sorted(seqs)
        for start in range(0, len(numbers), 500):
            part = numbers[start : start + 500]
            query = select(a.seq, a.content_hash).where(a.seq.in_(part))
            contents.update({seq: digest for seq, digest in connection.execute(query)})
    now = current_content_hashes(connection, set(last)) if contents else {}
    for key, index in last.items():
        row = history[index]
        recorded = contents.get(row.seq)
        if recorded and now.get(key) != recorded:
            history[index] = replace(
                row,
                verified=False,
                signature=translate(
                    "queries",
                    "{signature}; but the record as it stands differs from it: it was changed "
                    "outside CaseDesk since",
                ).format(signature=row.signature),
            )
    return history


def _fts_query(text: str) -> str:
    """A safe FTS5 query: each word quoted (so punctuation is never syntax), prefix match.
    A NUL character (pasted from a damaged document) would end the quoted word early in
    SQLite's reading of it, so it is left out."""
    words = [w.replace('"', '""') for w in text.replace("\x00", "").split() if w.strip()]
    return " AND ".join(f'"{w}"*' for w in words)


def search_entries(connection: Connection, case_id: str, text: str) -> set[str]:
    """Ids of the case's chronology entries whose text matches every word (accents and
    case ignored: the index folds them)."""
    query = _fts_query(text)
    if not query:
        return set()
    # The index matches across the whole file before the case is filtered; bounding the
    # match by the case's first and last row lets it skip the rest of the file (a common
    # word in a 100,000-entry file: 19 ms to 2 ms when a case's entries were written
    # together, as an import or a generated file writes them; no worse when they were not).
    # The bounds are read first and given as values: as subqueries of the match, SQLite
    # worked each out twice (once for the index, once to check its rows), which was half
    # of a keystroke's search ('police' in a 5,000-entry case: 4.1 to 2.1 ms).
    # The driver's own cursor: SQLAlchemy's result adds a call for each of a common
    # word's thousand matches.
    raw = connection.connection.dbapi_connection
    assert raw is not None
    first, last = raw.execute(
        "SELECT min(rowid), max(rowid) FROM chronology_entries WHERE case_id = ?", (case_id,)
    ).fetchone()
    if first is None:
        return set()  # a case without entries
    rows = raw.execute(
        "SELECT e.id FROM chronology_fts f JOIN chronology_entries e ON e.rowid = f.rowid "
        "WHERE chronology_fts MATCH ? AND e.case_id = ? AND f.rowid BETWEEN ? AND ?",
        (query, case_id, first, last),
    )
    return {row[0] for row in rows}
