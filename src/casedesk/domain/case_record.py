"""A whole case as one value: the case, its people and every link between them.

Derived views answer the review's questions: who are the fathers and significant adults,
which of them are not yet identified, and which facts rest only on self-report.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from casedesk.domain.actions import WORKER_PREFIX, Action, overdue
from casedesk.domain.assessments import AdultConsidered, Assessment, SourceConsulted
from casedesk.domain.cases import Case, Concern
from casedesk.domain.chronology import ChildSeen, ChronologyEntry, describe_entry
from casedesk.domain.dates import DateWriter, written
from casedesk.domain.disclosures import Disclosure
from casedesk.domain.escalation import Escalation, taken_further
from casedesk.domain.evidence import Corroboration, Evidence
from casedesk.domain.identification import IdentificationAttempt
from casedesk.domain.ids import EntryId, PersonId
from casedesk.domain.people import Address, Identification, Identifier, Person, Sex
from casedesk.domain.relationships import (
    EmotionalLink,
    HouseholdMembership,
    ParentalResponsibility,
    Relationship,
    RelationshipKind,
)
from casedesk.domain.sharing import SharingDecision, undecided_entries
from casedesk.domain.sign_offs import SignOff
from casedesk.domain.supervision import Supervision
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
    assessments: tuple[Assessment, ...] = ()
    sources_consulted: tuple[SourceConsulted, ...] = ()
    adults_considered: tuple[AdultConsidered, ...] = ()
    supervisions: tuple[Supervision, ...] = ()
    escalations: tuple[Escalation, ...] = ()
    sign_offs: tuple[SignOff, ...] = ()
    disclosures: tuple[Disclosure, ...] = ()

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
        return bool(self.fathers())

    def fathers(self) -> list[Person]:
        """The child's fathers: a biological or adoptive parent who is not recorded as
        female (a grandfather, a step-father or a father figure is not the father)."""
        child = self.case.subject_child
        people = {p.id: p for p in self.people}
        return [
            people[rel.from_person]
            for rel in self.relationships
            if rel.to_person == child
            and rel.kind in (RelationshipKind.BIOLOGICAL_PARENT, RelationshipKind.ADOPTIVE_PARENT)
            and rel.from_person in people
            and people[rel.from_person].sex is not Sex.FEMALE
        ]

    def mother_without_partner(self) -> Person | None:
        """The child's mother, when the child lives with her and no partner of hers is
        recorded (see ``mother_without_partner``)."""
        if self.case.no_partner_because.strip():
            return None
        return mother_without_partner(
            self.subject_child, {p.id: p for p in self.people}, self.relationships, self.households
        )

    def refusals(self) -> dict[PersonId, list[IdentificationAttempt]]:
        """For each adult, the attempts to identify them met with refusal or reluctance
        (counted: a repeated refusal is itself a fact to challenge)."""
        found: dict[PersonId, list[IdentificationAttempt]] = {}
        for attempt in self.identification_attempts:
            if attempt.reluctance.strip():
                found.setdefault(attempt.person, []).append(attempt)
        return found

    def undecided_sharing(self) -> list[ChronologyEntry]:
        """Significant entries with no decision yet on who needs to know (theme 1)."""
        return undecided_entries(self.entries, self.sharing)

    def overdue_actions(self, today: date) -> list[Action]:
        """Actions agreed and past their date, not done."""
        return overdue(self.actions, today)

    def overdue_deadlines(self, today: date) -> list[Deadline]:
        """Deadlines past their day (an extended one's new day), neither met nor cancelled
        (none for a closed case: what was open is proposed for cancelling)."""
        if self.case.closed_on is not None:
            return []
        return sorted((d for d in self.deadlines if d.is_overdue(today)), key=lambda d: d.due)

    def next_due(self, today: date) -> tuple[str, date] | None:
        """What to do next: the most overdue statutory deadline, else the most overdue
        deadline, else the most overdue action, else the soonest of any (nothing for a
        closed case)."""
        if self.case.closed_on is not None:
            return None
        deadlines = [(d.due, d.name, d.statutory) for d in self.deadlines if not d.closed]
        actions = [(a.due_on, a.what, False) for a in self.actions if a.completed_on is None]
        for group in (
            [d for d in deadlines if d[2] and d[0] < today],
            [d for d in deadlines if d[0] < today],
            [a for a in actions if a[0] < today],
            deadlines + actions,
        ):
            if group:
                day, what, _statutory = min(group)
                return what, day
        return None

    def child_last_seen(self) -> date | None:
        """The latest entry in which the child was seen (alone or not)."""
        seen = (ChildSeen.SEEN_ALONE, ChildSeen.SEEN_NOT_ALONE)
        days = [e.occurred_on for e in self.entries if e.child_seen in seen]
        return max(days) if days else None

    def owner_name(self, owner: str) -> str:
        """Who owns an action, in words."""
        if owner.startswith(WORKER_PREFIX):
            return owner[len(WORKER_PREFIX) :]
        for professional in self.professionals:
            if professional.id == owner:
                return f"{professional.name} ({professional.agency})"
        for person in self.people:
            if person.id == owner:
                return person.display_name
        return owner

    def is_family(self, owner: str) -> bool:
        """True when an action's owner is a person of the case (a parent, a carer): an
        action the family agreed and did not do is how disguised compliance shows."""
        return any(person.id == owner for person in self.people)

    def attention(self, today: date, write: DateWriter = written) -> list[str]:
        """Sentences for the top of the case and every export (``write``: how they write
        a day)."""
        lines = []
        if not self.father_recorded():
            lines.append(
                f"No father is recorded for {self.subject_child.display_name}: record him, "
                "as not identified if he is not known, and each attempt to identify him."
            )
        mother = self.mother_without_partner()
        if mother is not None:
            lines.append(
                f"No partner of {mother.display_name} is recorded, and "
                f"{self.subject_child.display_name} lives with her: record him or her (as not "
                "identified if not known), or say why none is recorded (Change case…)."
            )
        refusals = self.refusals()
        for key in self.not_identified():
            status = key.person.identification.value
            who = key.person.display_name
            name = "" if who == "(name not known)" else f" ({who})"
            refused = len(refusals.get(key.person.id, ()))
            times = "once" if refused == 1 else f"{refused} times"
            pronoun = {Sex.MALE: "he", Sex.FEMALE: "she"}.get(key.person.sex, "they")
            verb = "are" if pronoun == "they" else "is"
            met = (
                f"; asked who {pronoun} {verb}, met refusal or reluctance {times}"
                if refused
                else ""
            )
            lines.append(f"The {key.role}{name} is {status}{met}.")
        undecided = self.undecided_sharing()
        if undecided:
            count = len(undecided)
            lines.append(
                f"{count} significant entr{'y has' if count == 1 else 'ies have'} no decision "
                "yet on who else needs to know (Information sharing)."
            )
        deadlines = self.overdue_deadlines(today)
        if deadlines:
            named = ", ".join(f"{d.name} (due {write(d.due)})" for d in deadlines[:3])
            more = f" and {len(deadlines) - 3} more" if len(deadlines) > 3 else ""
            lines.append(
                f"{len(deadlines)} deadline{'' if len(deadlines) == 1 else 's'} overdue: "
                f"{named}{more} (Actions & deadlines)."
            )
        unexplained = [d for d in self.deadlines if d.late_without_reason]
        if unexplained:
            lines.append(
                f"{len(unexplained)} statutory timescale{'' if len(unexplained) == 1 else 's'} "
                "met late with no reason recorded (Actions & deadlines: Why late…)."
            )
        late = self.overdue_actions(today)
        if late:
            family = sum(1 for a in late if self.is_family(a.owner))
            by_family = f", {family} of them agreed by the family and not done" if family else ""
            lines.append(
                f"{len(late)} action{'' if len(late) == 1 else 's'} overdue{by_family} "
                "(Actions & deadlines)."
            )
        awaited = self.escalations_overdue(today)
        if awaited:
            step = awaited[0]
            more = f" and {len(awaited) - 1} more" if len(awaited) > 1 else ""
            lines.append(
                f"Escalation at stage {step.stage}: no response from {step.with_whom}, due "
                f"{write(step.response_due)}{more} (Oversight)."
            )
        return lines

    def escalations_overdue(self, today: date) -> list[Escalation]:
        """Escalation steps whose response is overdue, the longest waiting first."""
        further = taken_further(self.escalations)
        return sorted(
            (
                s
                for s in self.escalations
                if s.id not in further
                and not s.resolved
                and s.responded_on is None
                and today > s.response_due
            ),
            key=lambda s: s.response_due,
        )

    def contradicted(self) -> list[DisputableFact]:
        """Facts another source contradicts: shown beside those resting on self-report."""
        by_id = {e.id: e for e in self.entries}

        def borne_out_by(entry: ChronologyEntry) -> str:
            other = by_id.get(EntryId(entry.corroborating_entry))
            return describe_entry(other) if other else entry.corroborating_source

        facts = [
            DisputableFact(
                f"{entry.occurred_on:%d %b %Y} {entry.category.value}: {entry.description[:120]}",
                Evidence(entry.source, entry.source_type, entry.corroboration, borne_out_by(entry)),
            )
            for entry in self.entries
            if entry.corroboration is Corroboration.CONTRADICTED
        ]
        names = {p.id: p.display_name for p in self.people}
        for rel in self.relationships:
            if rel.evidence.corroboration is Corroboration.CONTRADICTED:
                facts.append(
                    DisputableFact(
                        relationship_sentence(rel, names),
                        rel.evidence,
                    )
                )
        for address in self.addresses:
            if address.evidence.corroboration is Corroboration.CONTRADICTED:
                facts.append(
                    DisputableFact(
                        f"{names[address.person]} lives at {address.address}", address.evidence
                    )
                )
        for home in self.households:
            if home.evidence.corroboration is Corroboration.CONTRADICTED:
                facts.append(
                    DisputableFact(f"{names[home.person]} lives in {home.household}", home.evidence)
                )
        for link in self.emotional_links:
            if link.evidence.corroboration is Corroboration.CONTRADICTED:
                facts.append(
                    DisputableFact(
                        f"{names[link.from_person]} and {names[link.to_person]}: "
                        f"{link.quality.value}",
                        link.evidence,
                    )
                )
        for person in self.people:
            for what, evidence in (
                ("date of birth", person.birth_evidence),
                ("name", person.name_evidence),
            ):
                if evidence and evidence.corroboration is Corroboration.CONTRADICTED:
                    facts.append(DisputableFact(f"{person.display_name}'s {what}", evidence))
        return facts

    def self_report_only(self) -> list[DisputableFact]:
        """Facts that rest only on self-report, to be checked with another source."""
        facts: list[DisputableFact] = []
        names = {p.id: p.display_name for p in self.people}
        for rel in self.relationships:
            evidence = rel.evidence
            if evidence.rests_on_self_report:
                facts.append(
                    DisputableFact(
                        relationship_sentence(rel, names),
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


def mother_without_partner(
    child: Person,
    people: Mapping[PersonId, Person],
    relationships: Iterable[Relationship],
    households: Iterable[HouseholdMembership],
) -> Person | None:
    """The child's mother, when the child lives with her (or is not yet born) and no current
    partner of hers is recorded: a mother's new partner is the adult reviews most often find
    was never known (theme 5). A partner is a current couple link, or a significant adult
    whose role names a partner."""
    links = list(relationships)
    homes = [h for h in households if h.to_date is None]
    child_homes = {h.household for h in homes if h.person == child.id}
    for rel in links:
        mother = people.get(rel.from_person)
        if (
            mother is None
            or rel.to_person != child.id
            or not rel.kind.is_parental
            or rel.ended_on is not None
            or mother.sex is not Sex.FEMALE
        ):
            continue
        lives_with = child.is_unborn or any(
            h.person == mother.id and h.household in child_homes for h in homes
        )
        partnered = any(
            link.ended_on is None
            and (
                (
                    link.kind.is_current_partnership
                    and mother.id in (link.from_person, link.to_person)
                )
                or (
                    link.kind is RelationshipKind.SIGNIFICANT_ADULT
                    and link.to_person in (child.id, mother.id)
                    and "partner" in link.role.lower()
                )
            )
            for link in links
        )
        if lives_with and not partnered:
            return mother
    return None


def relationship_sentence(rel: Relationship, names: Mapping[PersonId, str]) -> str:
    """A relationship in words: 'Dean is the biological parent of Ava', 'Leanne and Dean are
    separated', 'Ryan is a significant adult (mother's partner) to Ava'."""
    first, second = names[rel.from_person], names[rel.to_person]
    if rel.kind.is_parental:
        return f"{first} is the {rel.kind.value} of {second}"
    if rel.kind is RelationshipKind.SIGNIFICANT_ADULT:
        role = f" ({rel.role})" if rel.role else ""
        return f"{first} is a significant adult{role} to {second}"
    state = {
        RelationshipKind.CIVIL_PARTNERSHIP: "in a civil partnership",
        RelationshipKind.DATING: "in a relationship (dating)",
    }.get(rel.kind, rel.kind.value)
    return f"{first} and {second} are {state}"
