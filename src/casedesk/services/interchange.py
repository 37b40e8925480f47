"""The CaseDesk JSON interchange document (docs/interchange.md): export and validation.

``to_document`` turns case records into a plain JSON-ready dict; reading one back is
``interchange_reading.from_document``. Nothing here touches a case file: importing is done
by ``CaseFile.import_document``, which writes only when the reader found no problem.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.evidence import Evidence
from casedesk.domain.people import Person

FORMAT = "casedesk-interchange"
VERSION = 1


# -- writing ----------------------------------------------------------------------------


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _evidence(evidence: Evidence) -> dict[str, str]:
    return {
        "source": evidence.source,
        "source_type": evidence.source_type.value,
        "corroboration": evidence.corroboration.value,
        "corroborated_by": evidence.corroborated_by,
    }


def _person(p: Person) -> dict[str, Any]:
    birth = None
    if p.birth:
        birth = {
            "date": _day(p.birth.value),
            "precision": p.birth.precision.value,
            "evidence": _evidence(p.birth_evidence) if p.birth_evidence else None,
        }
    return {
        "id": p.id,
        "given_names": p.given_names,
        "family_name": p.family_name,
        "known_as": p.known_as,
        "aliases": list(p.aliases),
        "previous_names": list(p.previous_names),
        "sex": p.sex.value,
        "birth": birth,
        "expected_on": _day(p.expected_on),
        "died_on": _day(p.died_on),
        "identification": p.identification.value,
        "languages": list(p.languages),
        "notes": p.notes,
        "name_evidence": _evidence(p.name_evidence) if p.name_evidence else None,
    }


def case_to_json(record: CaseRecord) -> dict[str, Any]:
    """One case record as interchange JSON."""
    c = record.case
    return {
        "id": c.id,
        "reference": c.reference,
        "subject_child": c.subject_child,
        "legal_status": c.legal_status.value,
        "original_concern": c.original_concern,
        "opened_on": _day(c.opened_on),
        "closed_on": _day(c.closed_on),
        "allocated_worker": c.allocated_worker,
        "concerns": [
            {
                "id": x.id,
                "raised_on": _day(x.raised_on),
                "text": x.text,
                "source": x.source,
                "recorded_by": x.recorded_by,
            }
            for x in record.concerns
        ],
        "people": [_person(p) for p in record.people],
        "relationships": [
            {
                "id": r.id,
                "kind": r.kind.value,
                "from": r.from_person,
                "to": r.to_person,
                "started_on": _day(r.started_on),
                "ended_on": _day(r.ended_on),
                "role": r.role,
                "evidence": _evidence(Evidence(r.source, r.source_type, r.corroboration)),
            }
            for r in record.relationships
        ],
        "households": [
            {
                "person": h.person,
                "household": h.household,
                "from": _day(h.from_date),
                "to": _day(h.to_date),
                "evidence": _evidence(h.evidence),
            }
            for h in record.households
        ],
        "addresses": [
            {
                "person": a.person,
                "address": a.address,
                "from": _day(a.from_date),
                "to": _day(a.to_date),
                "evidence": _evidence(a.evidence),
            }
            for a in record.addresses
        ],
        "identifiers": [
            {"person": i.person, "kind": i.kind, "value": i.value} for i in record.identifiers
        ],
        "emotional_links": [
            {
                "from": e.from_person,
                "to": e.to_person,
                "quality": e.quality.value,
                "from_date": _day(e.from_date),
                "to_date": _day(e.to_date),
                "evidence": _evidence(e.evidence),
            }
            for e in record.emotional_links
        ],
        "parental_responsibility": [
            {
                "person": p.person,
                "child": p.child,
                "basis": p.basis,
                "from": _day(p.from_date),
                "to": _day(p.to_date),
            }
            for p in record.parental_responsibility
        ],
        "identification_attempts": [
            {
                "id": a.id,
                "person": a.person,
                "attempted_on": _day(a.attempted_on),
                "method": a.method,
                "asked_by": a.asked_by,
                "asked_whom": a.asked_whom,
                "answer": a.answer,
                "reluctance": a.reluctance,
                "outcome": a.outcome,
                "next_step": a.next_step,
            }
            for a in record.identification_attempts
        ],
        "team": [
            {
                "id": t.id,
                "name": t.name,
                "agency": t.agency,
                "role": t.role,
                "contact": t.contact,
                "involved_from": _day(t.involved_from),
                "involved_to": _day(t.involved_to),
                "consent_to_share": t.consent_to_share,
                "lead": t.lead,
            }
            for t in record.professionals
        ],
        "chronology": [
            {
                "id": e.id,
                "occurred_on": _day(e.occurred_on),
                "precision": e.precision.value,
                "category": e.category.value,
                "description": e.description,
                "source": e.source,
                "source_type": e.source_type.value,
                "significance": int(e.significance),
                "corroboration": e.corroboration.value,
                "impact_on_child": e.impact_on_child,
                "action_taken": e.action_taken,
                "people": list(e.people),
                "recorded_by": e.recorded_by,
                "recorded_at": e.recorded_at,
                "time": e.time,
                "until": _day(e.until),
                "analysis": e.analysis,
                "action_owner": e.action_owner,
                "corroborating_entry": e.corroborating_entry,
            }
            for e in record.entries
        ],
        "information_sharing": [
            {
                "id": d.id,
                "decided_on": _day(d.decided_on),
                "shared_with": d.shared_with,
                "shared": d.shared,
                "what": d.what,
                "reason": d.reason,
                "recorded_by": d.recorded_by,
                "entry": d.entry,
            }
            for d in record.sharing
        ],
        "ecomap": [
            {
                "name": s.name,
                "kind": s.kind,
                "strength": s.strength.value,
                "from": _day(s.from_date),
                "to": _day(s.to_date),
                "person": s.person,
                "professional": s.professional,
                "note": s.note,
                "evidence": _evidence(s.evidence),
            }
            for s in record.supports
        ],
        "attention": record.attention(),
    }


def to_document(records: Sequence[CaseRecord]) -> dict[str, Any]:
    """A whole interchange document."""
    return {"format": FORMAT, "version": VERSION, "cases": [case_to_json(r) for r in records]}
