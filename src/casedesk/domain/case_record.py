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
from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_day, shown_value, translate


@dataclass(frozen=True)
class KeyAdult:
    """A father, another parent figure, or a significant adult of the subject child."""

    person: Person
    role: str  # in English as CaseDesk words it (or as the worker typed it)

    @property
    def label(self) -> str:
        """The role as the worker reads it."""
        return shown_role(self.role)


# The roles CaseDesk words itself (a parent's from the relationship; those a choice in Add
# person writes on a link, in ``child_relation``) stay in English where they are stored
# and compared; ``shown_role`` translates them where they are shown. A role the worker
# typed has no translation and is shown as typed.
_PARENT_ROLES = {
    (RelationshipKind.BIOLOGICAL_PARENT, True): QT_TRANSLATE_NOOP(
        "case_record", "biological father"
    ),
    (RelationshipKind.BIOLOGICAL_PARENT, False): QT_TRANSLATE_NOOP(
        "case_record", "biological mother"
    ),
    (RelationshipKind.STEP_PARENT, True): QT_TRANSLATE_NOOP("case_record", "step-father"),
    (RelationshipKind.STEP_PARENT, False): QT_TRANSLATE_NOOP("case_record", "step-mother"),
    (RelationshipKind.ADOPTIVE_PARENT, True): QT_TRANSLATE_NOOP("case_record", "adoptive father"),
    (RelationshipKind.ADOPTIVE_PARENT, False): QT_TRANSLATE_NOOP("case_record", "adoptive mother"),
    (RelationshipKind.FOSTER_PARENT, True): QT_TRANSLATE_NOOP("case_record", "foster father"),
    (RelationshipKind.FOSTER_PARENT, False): QT_TRANSLATE_NOOP("case_record", "foster mother"),
}
SIGNIFICANT_ADULT = QT_TRANSLATE_NOOP("case_record", "significant adult")


def shown_role(role: str) -> str:
    """A role to the child (``KeyAdult.role``, ``child_relation.roles_to_child``) in the
    worker's language."""
    return translate("case_record", role)


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
                found[adult.id] = KeyAdult(adult, _PARENT_ROLES[rel.kind, father])
            elif rel.kind is RelationshipKind.SIGNIFICANT_ADULT:
                found[adult.id] = KeyAdult(adult, rel.role or SIGNIFICANT_ADULT)
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
                translate(
                    "case_record",
                    "No father is recorded for {child}: record him, as not identified if he "
                    "is not known, and each attempt to identify him.",
                ).format(child=self.subject_child.display_name)
            )
        mother = self.mother_without_partner()
        if mother is not None:
            lines.append(
                translate(
                    "case_record",
                    "No partner of {mother} is recorded, and {child} lives with her: record "
                    "him or her (as not identified if not known), or say why none is recorded "
                    "(Change case…).",
                ).format(mother=mother.display_name, child=self.subject_child.display_name)
            )
        refusals = self.refusals()
        for key in self.not_identified():
            lines.append(_not_identified_line(key, len(refusals.get(key.person.id, ()))))
        undecided = self.undecided_sharing()
        if undecided:
            count = len(undecided)
            lines.append(
                translate(
                    "case_record",
                    "%n significant entry has no decision yet on who else needs to know "
                    "(Information sharing).",
                    None,
                    count,
                )
                if count == 1
                else translate(
                    "case_record",
                    "%n significant entries have no decision yet on who else needs to know "
                    "(Information sharing).",
                    None,
                    count,
                )
            )
        deadlines = self.overdue_deadlines(today)
        if deadlines:
            named = ", ".join(
                translate("case_record", "{name} (due {day})").format(name=d.name, day=write(d.due))
                for d in deadlines[:3]
            )
            if len(deadlines) > 3:
                named = translate("case_record", "{named} and {more} more").format(
                    named=named, more=len(deadlines) - 3
                )
            lines.append(
                translate(
                    "case_record", "%n deadline overdue: {named} (Actions & deadlines).", None, 1
                ).format(named=named)
                if len(deadlines) == 1
                else translate(
                    "case_record",
                    "%n deadlines overdue: {named} (Actions & deadlines).",
                    None,
                    len(deadlines),
                ).format(named=named)
            )
        unexplained = [d for d in self.deadlines if d.late_without_reason]
        if unexplained:
            lines.append(
                translate(
                    "case_record",
                    "%n statutory timescale met late with no reason recorded "
                    "(Actions & deadlines: Why late…).",
                    None,
                    1,
                )
                if len(unexplained) == 1
                else translate(
                    "case_record",
                    "%n statutory timescales met late with no reason recorded "
                    "(Actions & deadlines: Why late…).",
                    None,
                    len(unexplained),
                )
            )
        late = self.overdue_actions(today)
        if late:
            family = sum(1 for a in late if self.is_family(a.owner))
            lines.append(_overdue_actions_line(len(late), family))
        awaited = self.escalations_overdue(today)
        if awaited:
            step = awaited[0]
            stage, whom, day = step.stage, step.with_whom, write(step.response_due)
            lines.append(
                translate(
                    "case_record",
                    "Escalation at stage {stage}: no response from {whom}, due {day} (Oversight).",
                ).format(stage=stage, whom=whom, day=day)
                if len(awaited) == 1
                else translate(
                    "case_record",
                    "Escalation at stage {stage}: no response from {whom}, due {day} and {more} "
                    "more (Oversight).",
                ).format(stage=stage, whom=whom, day=day, more=len(awaited) - 1)
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
                translate("case_record", "{day} {category}: {description}").format(
                    day=shown_day(entry.occurred_on),
                    category=shown_value(entry.category),
                    description=entry.description[:120],
                ),
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
                        _lives_at(names[address.person], address.address), address.evidence
                    )
                )
        for home in self.households:
            if home.evidence.corroboration is Corroboration.CONTRADICTED:
                facts.append(
                    DisputableFact(
                        translate("case_record", "{name} lives in {household}").format(
                            name=names[home.person], household=home.household
                        ),
                        home.evidence,
                    )
                )
        for link in self.emotional_links:
            if link.evidence.corroboration is Corroboration.CONTRADICTED:
                facts.append(
                    DisputableFact(
                        translate("case_record", "{first} and {second}: {quality}").format(
                            first=names[link.from_person],
                            second=names[link.to_person],
                            quality=shown_value(link.quality),
                        ),
                        link.evidence,
                    )
                )
        for person in self.people:
            for what, evidence in (
                (_birth_of(person), person.birth_evidence),
                (_name_of(person), person.name_evidence),
            ):
                if evidence and evidence.corroboration is Corroboration.CONTRADICTED:
                    facts.append(DisputableFact(what, evidence))
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
                facts.append(DisputableFact(_birth_of(person), person.birth_evidence))
        for person in self.people:
            if person.name_evidence and person.name_evidence.rests_on_self_report:
                facts.append(DisputableFact(_name_of(person), person.name_evidence))
        for address in self.addresses:
            if address.evidence.rests_on_self_report:
                facts.append(
                    DisputableFact(
                        _lives_at(names[address.person], address.address), address.evidence
                    )
                )
        return facts


def _not_identified_line(key: KeyAdult, refused: int) -> str:
    """'The biological father (Dean Carter) is not identified; asked who he is, met refusal
    or reluctance twice.': one whole sentence for each pronoun and count."""
    status = shown_value(key.person.identification)
    name = key.person.display_name
    who = (
        key.label
        if not key.person.name_known
        else translate("case_record", "{role} ({name})").format(role=key.label, name=name)
    )
    if not refused:
        return translate("case_record", "The {who} is {status}.").format(who=who, status=status)
    sex, once = key.person.sex, refused == 1
    if sex is Sex.MALE and once:
        return translate(
            "case_record",
            "The {who} is {status}; asked who he is, met refusal or reluctance once.",
        ).format(who=who, status=status)
    if sex is Sex.MALE:
        return translate(
            "case_record",
            "The {who} is {status}; asked who he is, met refusal or reluctance %n times.",
            None,
            refused,
        ).format(who=who, status=status)
    if sex is Sex.FEMALE and once:
        return translate(
            "case_record",
            "The {who} is {status}; asked who she is, met refusal or reluctance once.",
        ).format(who=who, status=status)
    if sex is Sex.FEMALE:
        return translate(
            "case_record",
            "The {who} is {status}; asked who she is, met refusal or reluctance %n times.",
            None,
            refused,
        ).format(who=who, status=status)
    if once:
        return translate(
            "case_record",
            "The {who} is {status}; asked who they are, met refusal or reluctance once.",
        ).format(who=who, status=status)
    return translate(
        "case_record",
        "The {who} is {status}; asked who they are, met refusal or reluctance %n times.",
        None,
        refused,
    ).format(who=who, status=status)


def _overdue_actions_line(late: int, family: int) -> str:
    """How many actions are overdue, and how many of them the family agreed to."""
    if not family:
        return (
            translate("case_record", "%n action overdue (Actions & deadlines).", None, late)
            if late == 1
            else translate("case_record", "%n actions overdue (Actions & deadlines).", None, late)
        )
    if late == 1:
        return translate(
            "case_record",
            "%n action overdue, {family} of them agreed by the family and not done "
            "(Actions & deadlines).",
            None,
            late,
        ).format(family=family)
    return translate(
        "case_record",
        "%n actions overdue, {family} of them agreed by the family and not done "
        "(Actions & deadlines).",
        None,
        late,
    ).format(family=family)


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


def _lives_at(name: str, address: str) -> str:
    return translate("case_record", "{name} lives at {address}").format(name=name, address=address)


def _birth_of(person: Person) -> str:
    return translate("case_record", "{name}'s date of birth").format(name=person.display_name)


def _name_of(person: Person) -> str:
    return translate("case_record", "{name}'s name").format(name=person.display_name)


def relationship_sentence(rel: Relationship, names: Mapping[PersonId, str]) -> str:
    """A relationship in words: 'Dean is the biological parent of Ava', 'Leanne and Dean are
    separated', 'Ryan is a significant adult (mother's partner) to Ava'."""
    first, second = names[rel.from_person], names[rel.to_person]
    if rel.kind.is_parental:
        return translate("case_record", "{first} is the {kind} of {second}").format(
            first=first, kind=shown_value(rel.kind), second=second
        )
    if rel.kind is RelationshipKind.SIGNIFICANT_ADULT and rel.role:
        return translate(
            "case_record", "{first} is a significant adult ({role}) to {second}"
        ).format(first=first, role=shown_role(rel.role), second=second)
    if rel.kind is RelationshipKind.SIGNIFICANT_ADULT:
        return translate("case_record", "{first} is a significant adult to {second}").format(
            first=first, second=second
        )
    if rel.kind is RelationshipKind.CIVIL_PARTNERSHIP:
        return translate("case_record", "{first} and {second} are in a civil partnership").format(
            first=first, second=second
        )
    if rel.kind is RelationshipKind.DATING:
        return translate(
            "case_record", "{first} and {second} are in a relationship (dating)"
        ).format(first=first, second=second)
    return translate("case_record", "{first} and {second} are {state}").format(
        first=first, second=second, state=shown_value(rel.kind)
    )
