"""Reading a whole case record from the tables (rows -> domain values)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.cases import Case, Concern, LegalStatus
from casedesk.domain.chronology import Category, ChronologyEntry
from casedesk.domain.dates import DatePrecision, FuzzyDate
from casedesk.domain.evidence import Corroboration, Evidence, Significance, SourceType
from casedesk.domain.identification import IdentificationAttempt
from casedesk.domain.ids import CaseId, EntryId, PersonId, ProfessionalId, RelationshipId
from casedesk.domain.people import Address, Identification, Identifier, Person, Sex
from casedesk.domain.relationships import (
    EmotionalLink,
    EmotionalQuality,
    HouseholdMembership,
    ParentalResponsibility,
    Relationship,
    RelationshipKind,
)
from casedesk.domain.sharing import SharingDecision
from casedesk.domain.team import LinkStrength, Professional, Support
from casedesk.storage import tables as t


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _required_day(text: str) -> date:
    return date.fromisoformat(text)


def _evidence(row: Any, prefix: str = "") -> Evidence:
    source_type = getattr(row, f"{prefix}source_type")
    if source_type is None:
        return Evidence()
    return Evidence(
        getattr(row, f"{prefix}source") or "",
        SourceType(source_type),
        Corroboration(getattr(row, f"{prefix}corroboration")),
        getattr(row, f"{prefix}corroborated_by", "") or "",
    )


def _shown(table: Any) -> Any:
    """Rows not marked as entered in error."""
    return table.c.entered_in_error.is_(None)


def person_from_row(row: Any) -> Person:
    """A person from a ``people`` row."""
    birth = (
        FuzzyDate(_required_day(row.birth_date), DatePrecision(row.birth_precision))
        if row.birth_date
        else None
    )
    return Person(
        PersonId(row.id),
        row.given_names,
        row.family_name,
        Sex(row.sex),
        birth,
        expected_on=_day(row.expected_on),
        died_on=_day(row.died_on),
        known_as=row.known_as,
        identification=Identification(row.identification),
        languages=tuple(json.loads(row.languages)),
        aliases=tuple(json.loads(row.aliases)),
        previous_names=tuple(json.loads(row.previous_names)),
        notes=row.notes,
        birth_evidence=_evidence(row, "birth_") if row.birth_source_type else None,
        name_evidence=_evidence(row, "name_") if row.name_source_type else None,
    )


def find_case_id(connection: Connection, reference: str) -> str | None:
    """The id of the case with this reference, if there is one."""
    return connection.execute(select(t.cases.c.id).where(t.cases.c.reference == reference)).scalar()


def known_person_ids(connection: Connection, ids: list[str]) -> set[str]:
    """Which of ``ids`` are already people in the file."""
    return set(connection.execute(select(t.people.c.id).where(t.people.c.id.in_(ids))).scalars())


def load_case_record(connection: Connection, case_id: str, with_entries: bool = True) -> CaseRecord:
    """The whole record of one case."""
    c = connection.execute(select(t.cases).where(t.cases.c.id == case_id)).one()
    case = Case(
        CaseId(c.id),
        c.reference,
        PersonId(c.subject_child),
        LegalStatus(c.legal_status),
        c.original_concern,
        _required_day(c.opened_on),
        c.allocated_worker,
        _day(c.closed_on),
    )
    hidden = select(t.people.c.id).where(
        t.people.c.merged_into.is_not(None) | t.people.c.entered_in_error.is_not(None)
    )
    member_ids = select(t.case_people.c.person_id).where(
        t.case_people.c.case_id == case_id, t.case_people.c.person_id.not_in(hidden)
    )
    people = tuple(
        person_from_row(r)
        for r in connection.execute(
            select(t.people).where(t.people.c.id.in_(member_ids)).order_by(t.people.c.id)
        )
    )
    in_case = (
        t.relationships.c.from_person.in_(member_ids)
        & t.relationships.c.to_person.in_(member_ids)
        & t.relationships.c.entered_in_error.is_(None)
    )
    relationships = tuple(
        Relationship(
            RelationshipId(r.id),
            RelationshipKind(r.kind),
            PersonId(r.from_person),
            PersonId(r.to_person),
            _day(r.started_on),
            _day(r.ended_on),
            r.role,
            r.source,
            SourceType(r.source_type),
            Corroboration(r.corroboration),
        )
        for r in connection.execute(
            select(t.relationships).where(in_case).order_by(t.relationships.c.id)
        )
    )
    households = tuple(
        HouseholdMembership(
            PersonId(r.person_id),
            r.household,
            _day(r.from_date),
            _day(r.to_date),
            _evidence(r),
            r.id,
        )
        for r in connection.execute(
            select(t.households)
            .where(t.households.c.person_id.in_(member_ids), _shown(t.households))
            .order_by(t.households.c.id)
        )
    )
    addresses = tuple(
        Address(
            PersonId(r.person_id), r.address, _day(r.from_date), _day(r.to_date), _evidence(r), r.id
        )
        for r in connection.execute(
            select(t.addresses)
            .where(t.addresses.c.person_id.in_(member_ids), _shown(t.addresses))
            .order_by(t.addresses.c.id)
        )
    )
    identifiers = tuple(
        Identifier(PersonId(r.person_id), r.kind, r.value)
        for r in connection.execute(
            select(t.identifiers)
            .where(t.identifiers.c.person_id.in_(member_ids), _shown(t.identifiers))
            .order_by(t.identifiers.c.id)
        )
    )
    emotional = tuple(
        EmotionalLink(
            PersonId(r.from_person),
            PersonId(r.to_person),
            EmotionalQuality(r.quality),
            _day(r.from_date),
            _day(r.to_date),
            _evidence(r),
            r.id,
        )
        for r in connection.execute(
            select(t.emotional_links)
            .where(
                t.emotional_links.c.from_person.in_(member_ids),
                t.emotional_links.c.to_person.in_(member_ids),
                _shown(t.emotional_links),
            )
            .order_by(t.emotional_links.c.id)
        )
    )
    responsibility = tuple(
        ParentalResponsibility(
            PersonId(r.person_id),
            PersonId(r.child_id),
            r.basis,
            _day(r.from_date),
            _day(r.to_date),
            r.id,
        )
        for r in connection.execute(
            select(t.parental_responsibility)
            .where(
                t.parental_responsibility.c.child_id.in_(member_ids),
                t.parental_responsibility.c.person_id.in_(member_ids),
                _shown(t.parental_responsibility),
            )
            .order_by(t.parental_responsibility.c.id)
        )
    )
    attempts = tuple(
        IdentificationAttempt(
            r.id,
            CaseId(r.case_id),
            PersonId(r.person_id),
            _required_day(r.attempted_on),
            r.method,
            r.asked_by,
            r.asked_whom,
            r.answer,
            r.reluctance,
            r.outcome,
            r.next_step,
        )
        for r in connection.execute(
            select(t.identification_attempts)
            .where(
                t.identification_attempts.c.case_id == case_id,
                t.identification_attempts.c.person_id.in_(member_ids),
                _shown(t.identification_attempts),
            )
            .order_by(t.identification_attempts.c.attempted_on, t.identification_attempts.c.id)
        )
    )
    concerns = tuple(
        Concern(
            r.id, CaseId(r.case_id), _required_day(r.raised_on), r.text, r.source, r.recorded_by
        )
        for r in connection.execute(
            select(t.concerns)
            .where(t.concerns.c.case_id == case_id, _shown(t.concerns))
            .order_by(t.concerns.c.raised_on, t.concerns.c.id)
        )
    )
    professionals = tuple(
        Professional(
            ProfessionalId(r.id),
            CaseId(r.case_id),
            r.name,
            r.agency,
            r.role,
            _required_day(r.involved_from),
            _day(r.involved_to),
            bool(r.consent_to_share),
            bool(r.lead),
            r.contact,
        )
        for r in connection.execute(
            select(t.professionals)
            .where(t.professionals.c.case_id == case_id, _shown(t.professionals))
            .order_by(t.professionals.c.id)
        )
    )
    entries: tuple[ChronologyEntry, ...] = ()
    if with_entries:
        entries = tuple(
            ChronologyEntry(
                EntryId(r.id),
                CaseId(r.case_id),
                _required_day(r.occurred_on),
                Category(r.category),
                r.description,
                r.source,
                SourceType(r.source_type),
                r.recorded_by,
                DatePrecision(r.precision),
                Significance(r.significance),
                Corroboration(r.corroboration),
                r.impact_on_child,
                r.action_taken,
                tuple(PersonId(p) for p in r.people.split() if p),
                r.recorded_at,
                r.occurred_time,
                _day(r.occurred_until),
                r.analysis,
                r.action_owner,
                r.corroborating_entry,
            )
            for r in connection.execute(
                select(t.chronology_entries)
                .where(
                    t.chronology_entries.c.case_id == case_id,
                    t.chronology_entries.c.entered_in_error.is_(None),
                )
                .order_by(t.chronology_entries.c.occurred_on, t.chronology_entries.c.rowid)
            )
        )
    sharing = tuple(
        SharingDecision(
            r.id,
            CaseId(r.case_id),
            _required_day(r.decided_on),
            r.shared_with,
            bool(r.shared),
            r.what,
            r.reason,
            r.recorded_by,
            r.entry_id,
        )
        for r in connection.execute(
            select(t.information_sharing)
            .where(t.information_sharing.c.case_id == case_id)
            .order_by(t.information_sharing.c.decided_on, t.information_sharing.c.id)
        )
    )
    supports = tuple(
        Support(
            CaseId(r.case_id),
            r.name,
            r.kind,
            LinkStrength(r.strength),
            _day(r.from_date),
            _day(r.to_date),
            PersonId(r.person_id) if r.person_id else None,
            ProfessionalId(r.professional_id) if r.professional_id else None,
            r.note,
            _evidence(r),
            r.id,
        )
        for r in connection.execute(
            select(t.supports)
            .where(t.supports.c.case_id == case_id, _shown(t.supports))
            .order_by(t.supports.c.id)
        )
    )
    return CaseRecord(
        case,
        people,
        relationships,
        households,
        addresses,
        identifiers,
        emotional,
        responsibility,
        attempts,
        concerns,
        professionals,
        entries,
        sharing,
        supports,
    )


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


def existing_values(connection: Connection, table: str, column: str, values: list[str]) -> set[str]:
    """Which of ``values`` already appear in ``table.column`` (for import conflicts)."""
    found: set[str] = set()
    target = t.metadata.tables[table].c[column]
    for start in range(0, len(values), 500):
        chunk = values[start : start + 500]
        found.update(connection.execute(select(target).where(target.in_(chunk))).scalars())
    return found


def case_references(connection: Connection) -> list[str]:
    """Every case reference, sorted."""
    return list(
        connection.execute(select(t.cases.c.reference).order_by(t.cases.c.reference)).scalars()
    )


def load_person(connection: Connection, person_id: str) -> Person:
    """One person as stored now."""
    return person_from_row(
        connection.execute(select(t.people).where(t.people.c.id == person_id)).one()
    )


def all_people(connection: Connection) -> list[Person]:
    """Everyone in the file who is shown (not merged away, not entered in error)."""
    query = select(t.people).where(
        t.people.c.merged_into.is_(None), t.people.c.entered_in_error.is_(None)
    )
    return [person_from_row(row) for row in connection.execute(query)]


def custom_categories(connection: Connection) -> list[str]:
    """Categories this case file added to the defaults, in the order they were added."""
    return list(
        connection.execute(
            select(t.categories.c.name).order_by(t.categories.c.added_at, t.categories.c.name)
        ).scalars()
    )
