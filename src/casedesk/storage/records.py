"""Writing domain records into the tables, inside a unit of work (domain -> rows).

Dates are stored as ISO text, enums by value: readable in an export of the database and
portable to PostgreSQL later.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.cases import Case, Concern
from casedesk.domain.chronology import ChronologyEntry
from casedesk.domain.evidence import Evidence
from casedesk.domain.identification import IdentificationAttempt
from casedesk.domain.ids import CaseId, PersonId
from casedesk.domain.people import Address, Identifier, Person
from casedesk.domain.relationships import (
    EmotionalLink,
    HouseholdMembership,
    ParentalResponsibility,
    Relationship,
)
from casedesk.domain.sharing import SharingDecision
from casedesk.domain.team import Professional, Support
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
    """A person as a row (lists as JSON text, so the SQL stays portable)."""
    evidence = person.birth_evidence
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
        "notes": person.notes,
        "aliases": json.dumps(list(person.aliases), ensure_ascii=False),
        "previous_names": json.dumps(list(person.previous_names), ensure_ascii=False),
        "languages": json.dumps(list(person.languages), ensure_ascii=False),
        "birth_source": evidence.source if evidence else "",
        "birth_source_type": evidence.source_type.value if evidence else None,
        "birth_corroboration": evidence.corroboration.value if evidence else None,
        "birth_corroborated_by": evidence.corroborated_by if evidence else "",
        "name_source": person.name_evidence.source if person.name_evidence else "",
        "name_source_type": (
            person.name_evidence.source_type.value if person.name_evidence else None
        ),
        "name_corroboration": (
            person.name_evidence.corroboration.value if person.name_evidence else None
        ),
    }


def evidence_columns(evidence: Evidence) -> dict[str, Any]:
    """The four evidence columns of a row."""
    return {
        "source": evidence.source,
        "source_type": evidence.source_type.value,
        "corroboration": evidence.corroboration.value,
        "corroborated_by": evidence.corroborated_by,
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
        "recorded_at": entry.recorded_at or recorded_at,
        "occurred_time": entry.time,
        "occurred_until": _day(entry.until),
        "analysis": entry.analysis,
        "action_owner": entry.action_owner,
        "corroborating_entry": entry.corroborating_entry,
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
                "source": m.evidence.source,
                "source_type": m.evidence.source_type.value,
                "corroboration": m.evidence.corroboration.value,
            }
            for m in memberships
        ),
    )


def professional_row(p: Professional) -> dict[str, Any]:
    """A team member as a row."""
    return {
        "id": p.id,
        "case_id": p.case,
        "name": p.name,
        "agency": p.agency,
        "role": p.role,
        "involved_from": _day(p.involved_from),
        "involved_to": _day(p.involved_to),
        "consent_to_share": int(p.consent_to_share),
        "lead": int(p.lead),
        "contact": p.contact,
    }


def add_professionals(work: UnitOfWork, professionals: Iterable[Professional]) -> None:
    """Add members of the team around the family."""
    work.insert_many(t.professionals, (professional_row(p) for p in professionals))


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


def add_concerns(work: UnitOfWork, concerns: Iterable[Concern]) -> None:
    """Add concerns raised after the original one."""
    work.insert_many(
        t.concerns,
        (
            {
                "id": c.id,
                "case_id": c.case,
                "raised_on": _day(c.raised_on),
                "text": c.text,
                "source": c.source,
                "recorded_by": c.recorded_by,
            }
            for c in concerns
        ),
    )


def add_addresses(work: UnitOfWork, addresses: Iterable[Address]) -> None:
    """Add addresses to people's address history."""
    work.insert_many(
        t.addresses,
        (
            {
                "person_id": a.person,
                "address": a.address,
                "from_date": _day(a.from_date),
                "to_date": _day(a.to_date),
                **evidence_columns(a.evidence),
            }
            for a in addresses
        ),
    )


def add_identifiers(work: UnitOfWork, identifiers: Iterable[Identifier]) -> None:
    """Add identifiers (NHS numbers and others)."""
    work.insert_many(
        t.identifiers,
        ({"person_id": i.person, "kind": i.kind, "value": i.value} for i in identifiers),
    )


def emotional_link_row(e: EmotionalLink) -> dict[str, Any]:
    """An emotional link as a row."""
    return {
        "from_person": e.from_person,
        "to_person": e.to_person,
        "quality": e.quality.value,
        "from_date": _day(e.from_date),
        "to_date": _day(e.to_date),
        "source": e.evidence.source,
        "source_type": e.evidence.source_type.value,
        "corroboration": e.evidence.corroboration.value,
    }


def responsibility_row(p: ParentalResponsibility) -> dict[str, Any]:
    """A parental responsibility record as a row."""
    return {
        "person_id": p.person,
        "child_id": p.child,
        "basis": p.basis,
        "from_date": _day(p.from_date),
        "to_date": _day(p.to_date),
    }


def add_emotional_links(work: UnitOfWork, links: Iterable[EmotionalLink]) -> None:
    """Add emotional links between people."""
    work.insert_many(t.emotional_links, (emotional_link_row(e) for e in links))


def add_parental_responsibility(
    work: UnitOfWork, holders: Iterable[ParentalResponsibility]
) -> None:
    """Record who holds parental responsibility."""
    work.insert_many(t.parental_responsibility, (responsibility_row(p) for p in holders))


def add_identification_attempts(
    work: UnitOfWork, attempts: Iterable[IdentificationAttempt]
) -> None:
    """Log attempts to identify a father or significant adult."""
    work.insert_many(
        t.identification_attempts,
        (
            {
                "id": a.id,
                "case_id": a.case,
                "person_id": a.person,
                "attempted_on": _day(a.attempted_on),
                "method": a.method,
                "asked_by": a.asked_by,
                "asked_whom": a.asked_whom,
                "answer": a.answer,
                "reluctance": a.reluctance,
                "outcome": a.outcome,
                "next_step": a.next_step,
            }
            for a in attempts
        ),
    )


def add_case_record(work: UnitOfWork, record: CaseRecord, known_people: set[str]) -> None:
    """Write a whole case record; people already in the file (``known_people``) are linked,
    not written again (one person can belong to several cases)."""
    new_people = [p for p in record.people if p.id not in known_people]
    add_cases(work, [record.case], new_people, {record.case.id: [p.id for p in record.people]})
    add_relationships(work, record.relationships)
    add_households(work, record.households)
    add_addresses(work, record.addresses)
    add_identifiers(work, record.identifiers)
    add_emotional_links(work, record.emotional_links)
    add_parental_responsibility(work, record.parental_responsibility)
    add_identification_attempts(work, record.identification_attempts)
    add_concerns(work, record.concerns)
    add_professionals(work, record.professionals)
    add_entries(work, record.entries)
    add_sharing_decisions(work, record.sharing)
    add_supports(work, record.supports)


def amend_row(
    work: UnitOfWork, table: str, record_id: str, values: Mapping[str, Any], reason: str
) -> dict[str, Any]:
    """Amend columns of one record by table name; returns the earlier values."""
    return work.amend(t.metadata.tables[table], record_id, values, reason)


def person_changes(old: Person, new: Person) -> dict[str, Any]:
    """The columns that differ between two versions of a person."""
    before, after = person_row(old), person_row(new)
    return {key: value for key, value in after.items() if before.get(key) != value}


def link_person(work: UnitOfWork, case_id: str, person_id: str) -> None:
    """Add an existing person to another case (a sibling's, say)."""
    work.insert(t.case_people, {"case_id": case_id, "person_id": person_id})


def add_person(work: UnitOfWork, case_id: str, person: Person) -> None:
    """Add a new person and put them in a case."""
    work.insert(t.people, person_row(person))
    link_person(work, case_id, person.id)


# Columns that hold a person's id, by table (``people`` lists in chronology entries aside).
PERSON_COLUMNS = (
    ("relationships", ("from_person", "to_person")),
    ("households", ("person_id",)),
    ("addresses", ("person_id",)),
    ("identifiers", ("person_id",)),
    ("emotional_links", ("from_person", "to_person")),
    ("parental_responsibility", ("person_id", "child_id")),
    ("identification_attempts", ("person_id",)),
    ("cases", ("subject_child",)),
)


def merge_person(work: UnitOfWork, keep: Person, duplicate: Person, reason: str) -> None:
    """Point every record of ``duplicate`` at ``keep``, add ``duplicate`` to ``keep``'s cases,
    and mark ``duplicate`` as merged (its row stays: records are evidence). Each change is
    an audited amendment with ``reason``."""
    connection = work.connection
    for table_name, columns in PERSON_COLUMNS:
        table = t.metadata.tables[table_name]
        for column in columns:
            for (row_id,) in connection.execute(
                select(table.c.id).where(table.c[column] == duplicate.id)
            ):
                work.amend(table, str(row_id), {column: keep.id}, reason)
    entries = t.chronology_entries
    for row_id, people in connection.execute(
        select(entries.c.id, entries.c.people).where(entries.c.people.contains(duplicate.id))
    ):
        if duplicate.id not in people.split():
            continue  # LIKE matched a longer id that merely contains this one
        ids = [keep.id if p == duplicate.id else p for p in people.split()]
        work.amend(entries, row_id, {"people": " ".join(dict.fromkeys(ids))}, reason)
    keep_cases = set(
        connection.execute(
            select(t.case_people.c.case_id).where(t.case_people.c.person_id == keep.id)
        ).scalars()
    )
    for case_id in connection.execute(
        select(t.case_people.c.case_id).where(t.case_people.c.person_id == duplicate.id)
    ).scalars():
        if case_id not in keep_cases:
            link_person(work, case_id, keep.id)
    aliases = list(keep.aliases)
    for name in (duplicate.display_name, *duplicate.aliases):
        if name not in aliases and name != keep.display_name and name != "(name not known)":
            aliases.append(name)
    if aliases != list(keep.aliases):
        work.amend(t.people, keep.id, {"aliases": json.dumps(aliases, ensure_ascii=False)}, reason)
    work.amend(t.people, duplicate.id, {"merged_into": keep.id}, reason)


def add_sharing_decisions(work: UnitOfWork, decisions: Iterable[SharingDecision]) -> None:
    """Record decisions to share information, or not, in the case's sharing log."""
    work.insert_many(
        t.information_sharing,
        (
            {
                "id": d.id,
                "case_id": d.case,
                "entry_id": d.entry,
                "decided_on": _day(d.decided_on),
                "shared_with": d.shared_with,
                "shared": int(d.shared),
                "what": d.what,
                "reason": d.reason,
                "recorded_by": d.recorded_by,
            }
            for d in decisions
        ),
    )


def add_categories(work: UnitOfWork, names: Iterable[str], added_by: str) -> None:
    """Add chronology categories to the case file's list."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    work.insert_many(
        t.categories, ({"name": n, "added_by": added_by, "added_at": now} for n in names)
    )


def support_row(s: Support) -> dict[str, Any]:
    """An ecomap support as a row."""
    return {
        "case_id": s.case,
        "name": s.name,
        "kind": s.kind,
        "strength": s.strength.value,
        "from_date": _day(s.from_date),
        "to_date": _day(s.to_date),
        "person_id": s.person,
        "professional_id": s.professional,
        "note": s.note,
        **evidence_columns(s.evidence),
    }


def add_supports(work: UnitOfWork, supports: Iterable[Support]) -> None:
    """Add links to the ecomap."""
    work.insert_many(t.supports, (support_row(s) for s in supports))


def place_person(
    work: UnitOfWork, case_id: str, diagram: str, person_id: str, at: tuple[float, float] | None
) -> None:
    """Keep where a worker put a person on a diagram (None: back to automatic layout)."""
    key = f"{case_id}:{diagram}:{person_id}"
    x, y = at if at is not None else (None, None)
    found = work.connection.execute(
        select(t.diagram_positions.c.id).where(t.diagram_positions.c.id == key)
    ).first()
    if found is None:
        if at is not None:
            work.insert(
                t.diagram_positions,
                {
                    "id": key,
                    "case_id": case_id,
                    "diagram": diagram,
                    "person_id": person_id,
                    "x": x,
                    "y": y,
                },
            )
    else:
        reason = "moved on the diagram" if at is not None else "laid out automatically again"
        work.amend(t.diagram_positions, key, {"x": x, "y": y}, reason)
