"""Writing domain records into the tables, inside a unit of work (domain -> rows).

Dates are stored as ISO text, enums by value: readable in an export of the database and
portable to PostgreSQL later.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from casedesk.domain.cases import Case
from casedesk.domain.chronology import ChronologyEntry
from casedesk.domain.ids import CaseId, PersonId
from casedesk.domain.people import Person
from casedesk.domain.relationships import HouseholdMembership, Relationship
from casedesk.domain.team import Professional
from casedesk.domain.timescales import Deadline
from casedesk.storage import tables as t
from casedesk.storage.unit_of_work import UnitOfWork


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def case_row(case: Case) -> dict[str, Any]:
    """A case as a row."""
    return {
        "id": case.id,
        "reference": case.reference,
        "subject_child": case.subject_child,
        "legal_status": case.legal_status.value,
        "original_concern": case.original_concern,
        "opened_on": _day(case.opened_on),
        "allocated_worker": case.allocated_worker,
        "closed_on": _day(case.closed_on),
    }


def person_row(person: Person) -> dict[str, Any]:
    """A person as a row."""
    return {
        "id": person.id,
        "given_names": person.given_names,
        "family_name": person.family_name,
        "known_as": person.known_as,
        "sex": person.sex.value,
        "birth_date": _day(person.birth.value) if person.birth else None,
        "birth_precision": person.birth.precision.value if person.birth else None,
        "expected_on": _day(person.expected_on),
        "died_on": _day(person.died_on),
        "identification": person.identification.value,
        "notes": "",
    }


def relationship_row(rel: Relationship) -> dict[str, Any]:
    """A relationship as a row."""
    return {
        "id": rel.id,
        "kind": rel.kind.value,
        "from_person": rel.from_person,
        "to_person": rel.to_person,
        "started_on": _day(rel.started_on),
        "ended_on": _day(rel.ended_on),
        "role": rel.role,
        "source": rel.source,
        "source_type": rel.source_type.value,
        "corroboration": rel.corroboration.value,
    }


def entry_row(entry: ChronologyEntry, recorded_at: str) -> dict[str, Any]:
    """A chronology entry as a row."""
    return {
        "id": entry.id,
        "case_id": entry.case,
        "occurred_on": _day(entry.occurred_on),
        "precision": entry.precision.value,
        "category": entry.category.value,
        "description": entry.description,
        "source": entry.source,
        "source_type": entry.source_type.value,
        "significance": int(entry.significance),
        "corroboration": entry.corroboration.value,
        "impact_on_child": entry.impact_on_child,
        "action_taken": entry.action_taken,
        "people": " ".join(entry.people),
        "recorded_by": entry.recorded_by,
        "recorded_at": recorded_at,
    }


def add_cases(
    work: UnitOfWork,
    cases: Iterable[Case],
    people: Iterable[Person],
    members: Mapping[CaseId, list[PersonId]],
) -> None:
    """Add cases, their people and who belongs to which case."""
    work.insert_many(t.people, (person_row(p) for p in people))
    work.insert_many(t.cases, (case_row(c) for c in cases))
    work.insert_many(
        t.case_people,
        ({"case_id": case, "person_id": person} for case, ids in members.items() for person in ids),
    )


def add_relationships(work: UnitOfWork, relationships: Iterable[Relationship]) -> None:
    """Add relationships between people already in the file."""
    work.insert_many(t.relationships, (relationship_row(r) for r in relationships))


def add_households(work: UnitOfWork, memberships: Iterable[HouseholdMembership]) -> None:
    """Add household memberships over time."""
    work.insert_many(
        t.households,
        (
            {
                "person_id": m.person,
                "household": m.household,
                "from_date": _day(m.from_date),
                "to_date": _day(m.to_date),
            }
            for m in memberships
        ),
    )


def add_professionals(work: UnitOfWork, professionals: Iterable[Professional]) -> None:
    """Add members of the team around the family."""
    work.insert_many(
        t.professionals,
        (
            {
                "id": p.id,
                "case_id": p.case,
                "name": p.name,
                "agency": p.agency,
                "role": p.role,
                "involved_from": _day(p.involved_from),
                "involved_to": _day(p.involved_to),
                "consent_to_share": int(p.consent_to_share),
                "lead": int(p.lead),
            }
            for p in professionals
        ),
    )


def add_entries(work: UnitOfWork, entries: Iterable[ChronologyEntry]) -> int:
    """Add chronology entries; return how many."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    return work.insert_many(t.chronology_entries, (entry_row(e, now) for e in entries))


def add_deadlines(work: UnitOfWork, deadlines: Iterable[Deadline]) -> None:
    """Add deadlines."""
    work.insert_many(
        t.deadlines,
        (
            {
                "case_id": d.case,
                "name": d.name,
                "started_on": _day(d.started_on),
                "due_on": _day(d.due_on),
                "met_on": _day(d.met_on),
            }
            for d in deadlines
        ),
    )
