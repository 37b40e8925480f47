"""A whole case as one value: the case, its people and every link between them.

Derived views answer the review's questions: who are the fathers and significant adults,
which of them are not yet identified, and which facts rest only on self-report.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from casedesk.domain.actions import Action
from casedesk.domain.cases import Case, Concern
from casedesk.domain.chronology import ChronologyEntry
from casedesk.domain.evidence import Evidence
from casedesk.domain.identification import IdentificationAttempt
from casedesk.domain.ids import PersonId
from casedesk.domain.people import Address, Identification, Identifier, Person, Sex
from casedesk.domain.relationships import (
    EmotionalLink,
    HouseholdMembership,
    ParentalResponsibility,
    Relationship,
    RelationshipKind,
)
from casedesk.domain.sharing import SharingDecision
from casedesk.domain.team import Professional, Support
from casedesk.domain.timescales import Deadline


@dataclass(frozen=True)
class KeyAdult:
    """A father, another parent figure, or a significant adult of the subject child."""

    person: Person
    role: str


@dataclass(frozen=True)
class DisputableFact:
    """A fact with its evidence, for the 'rests only on self-report' view."""

    description: str
    evidence: Evidence


@dataclass(frozen=True)
class CaseRecord:
    """Everything recorded about one case (immutable; edits produce a new record)."""

    case: Case
    people: tuple[Person, ...]
    relationships: tuple[Relationship, ...] = ()
    households: tuple[HouseholdMembership, ...] = ()
    addresses: tuple[Address, ...] = ()
    identifiers: tuple[Identifier, ...] = ()
    emotional_links: tuple[EmotionalLink, ...] = ()
    parental_responsibility: tuple[ParentalResponsibility, ...] = ()
    identification_attempts: tuple[IdentificationAttempt, ...] = ()
    concerns: tuple[Concern, ...] = ()
    professionals: tuple[Professional, ...] = ()
    entries: tuple[ChronologyEntry, ...] = field(default=())
    sharing: tuple[SharingDecision, ...] = ()
    supports: tuple[Support, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    actions: tuple[Action, ...] = ()

    def person(self, person_id: PersonId) -> Person:
        """The person with this id (KeyError if not in the case)."""
        for person in self.people:
            if person.id == person_id:
                return person
        raise KeyError(person_id)

    @property
    def subject_child(self) -> Person:
        """The child the case is about (or the unborn child)."""
        return self.person(self.case.subject_child)

    def key_adults(self) -> list[KeyAdult]:
        """Parents and significant adults of the subject child, fathers first."""
        child = self.case.subject_child
        found: dict[PersonId, KeyAdult] = {}
        for rel in self.relationships:
            if rel.to_person != child or rel.from_person in found:
                continue
            adult = self.person(rel.from_person)
            if rel.kind.is_parental:
                father = adult.sex is not Sex.FEMALE
                label = rel.kind.value.replace("parent", "father" if father else "mother")
                found[adult.id] = KeyAdult(adult, label)
            elif rel.kind is RelationshipKind.SIGNIFICANT_ADULT:
                found[adult.id] = KeyAdult(adult, rel.role or "significant adult")
        return sorted(found.values(), key=lambda k: ("father" not in k.role, k.role))

    def not_identified(self) -> list[KeyAdult]:
        """Key adults whose identity is not confirmed: shown at the top of the case."""
        return [
            k for k in self.key_adults() if k.person.identification is not Identification.IDENTIFIED
        ]

    def father_recorded(self) -> bool:
        """True when a father of the child is in the record (identified or not): a
        father not yet known is recorded as a person 'not identified', with the attempts
        to identify him (learning theme 5)."""
        return any("father" in key.role for key in self.key_adults())

    def attention(self) -> list[str]:
        """Sentences for the top of the case and every export."""
        lines = []
        if not self.father_recorded():
            lines.append(
                f"No father is recorded for {self.subject_child.display_name}: record him, "
                "as not identified if he is not known, and each attempt to identify him."
            )
        for key in self.not_identified():
            status = key.person.identification.value
            who = key.person.display_name
            name = "" if who == "(name not known)" else f" ({who})"
            lines.append(f"The {key.role}{name} is {status}.")
        return lines

    def self_report_only(self) -> list[DisputableFact]:
        """Facts that rest only on self-report, to be checked with another source."""
        facts: list[DisputableFact] = []
        names = {p.id: p.display_name for p in self.people}
        for rel in self.relationships:
            evidence = rel.evidence
            if evidence.rests_on_self_report:
                role = f" ({rel.role})" if rel.role else ""
                facts.append(
                    DisputableFact(
                        f"{names[rel.from_person]} is {rel.kind.value}{role} of "
                        f"{names[rel.to_person]}",
                        evidence,
                    )
                )
        for person in self.people:
            if (
                person.birth
                and person.birth_evidence
                and person.birth_evidence.rests_on_self_report
            ):
                facts.append(
                    DisputableFact(f"{person.display_name}'s date of birth", person.birth_evidence)
                )
        for person in self.people:
            if person.name_evidence and person.name_evidence.rests_on_self_report:
                facts.append(DisputableFact(f"{person.display_name}'s name", person.name_evidence))
        for address in self.addresses:
            if address.evidence.rests_on_self_report:
                facts.append(
                    DisputableFact(
                        f"{names[address.person]} lives at {address.address}", address.evidence
                    )
                )
        return facts
