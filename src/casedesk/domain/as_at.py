"""A case record as it stood on a chosen day: who was born, who lived where, who was involved.

Used by the genogram, the ecomap and their text listings, so that a worker (or a review)
can see the family as it was when a decision was made, not only as it is now.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.people import Person
from casedesk.domain.relationships import Relationship, RelationshipKind

PREGNANCY = timedelta(days=280)
# Parent links that stay true once made; other links end (a foster placement, a lodger).
LASTING = {RelationshipKind.BIOLOGICAL_PARENT, RelationshipKind.ADOPTIVE_PARENT}
STILL_TOGETHER = {
    RelationshipKind.MARRIED,
    RelationshipKind.CIVIL_PARTNERSHIP,
    RelationshipKind.COHABITING,
    RelationshipKind.DATING,
}


def within(day: date, start: date | None, end: date | None) -> bool:
    """True if ``day`` falls in [start, end): an open start or end is unbounded."""
    return (start is None or start <= day) and (end is None or day < end)


def person_as_at(person: Person, day: date) -> Person | None:
    """The person as they were on ``day``: a pregnancy before birth, alive before death."""
    born = person.birth.value if person.birth else None
    if born is not None and born > day:
        if born - PREGNANCY > day:
            return None
        return dataclasses.replace(person, birth=None, expected_on=born, died_on=None)
    if born is None and person.expected_on is not None and person.expected_on - PREGNANCY > day:
        return None
    if person.died_on is not None and person.died_on > day:
        return dataclasses.replace(person, died_on=None)
    return person


def relationship_as_at(rel: Relationship, day: date) -> Relationship | None:
    """The link as it was on ``day``; a couple that had parted is drawn as separated."""
    if rel.started_on is not None and rel.started_on > day:
        return None
    ended = rel.ended_on is not None and rel.ended_on <= day
    if rel.kind.is_partnership:
        if ended and rel.kind in STILL_TOGETHER:
            return dataclasses.replace(rel, kind=RelationshipKind.SEPARATED)
        return rel
    if ended and rel.kind not in LASTING:
        return None
    return rel


def record_as_at(record: CaseRecord, day: date) -> CaseRecord:
    """``record`` as it stood at the end of ``day``."""
    people = tuple(p for p in (person_as_at(p, day) for p in record.people) if p is not None)
    present = {p.id for p in people}
    relationships = tuple(
        r
        for r in (relationship_as_at(r, day) for r in record.relationships)
        if r is not None and r.from_person in present and r.to_person in present
    )
    return dataclasses.replace(
        record,
        people=people,
        relationships=relationships,
        households=tuple(
            h
            for h in record.households
            if h.person in present and within(day, h.from_date, h.to_date)
        ),
        addresses=tuple(a for a in record.addresses if within(day, a.from_date, a.to_date)),
        emotional_links=tuple(
            e
            for e in record.emotional_links
            if e.from_person in present
            and e.to_person in present
            and within(day, e.from_date, e.to_date)
        ),
        parental_responsibility=tuple(
            r for r in record.parental_responsibility if within(day, r.from_date, r.to_date)
        ),
        professionals=tuple(
            p for p in record.professionals if within(day, p.involved_from, p.involved_to)
        ),
        entries=tuple(e for e in record.entries if e.occurred_on <= day),
    )
