"""What an assessment is missing before it can be submitted for sign-off.

Each gap is a sentence a worker can act on, naming the part of the assessment's screen
where it is filled in: a domain with no analysis, no history considered (or none from
before the assessment began), a member of the team around the family not asked or not
answered, an adult of the household or a significant adult not considered (or not
identified, seen and checked), the original concern not answered, no decision.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from casedesk.domain.assessments import (
    DOMAINS,
    AdultConsidered,
    Assessment,
    ConcernAnswered,
    SourceConsulted,
)
from casedesk.domain.case_record import CaseRecord, shown_role
from casedesk.domain.people import Person
from casedesk.domain.team import active_team
from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_day, translate
from casedesk.domain.working_days import WorkingCalendar

ADULT_AGE = 18


@dataclass(frozen=True)
class AdultToConsider:
    """An adult an assessment must consider, and why."""

    person: Person
    why: str  # "father", "mother's partner", "lives in the household"


@dataclass(frozen=True)
class Gap:
    """Something missing before an assessment can be submitted; ``part`` names the part
    of the assessment's screen to fill it in."""

    part: str
    sentence: str


def _is_adult(person: Person, on: date) -> bool:
    if person.is_unborn:
        return False
    if person.birth is None:
        return True  # age not known: considered, rather than missed
    born = person.birth.value
    return (on.year - born.year - ((on.month, on.day) < (born.month, born.day))) >= ADULT_AGE


def adults_to_consider(record: CaseRecord, on: date) -> list[AdultToConsider]:
    """Every parent and significant adult of the child, then every other adult living in
    the child's household on ``on`` (fathers first)."""
    found = {key.person.id: AdultToConsider(key.person, key.role) for key in record.key_adults()}
    child = record.case.subject_child
    homes = {
        h.household
        for h in record.households
        if h.person == child and (h.to_date is None or h.to_date >= on)
    }
    for membership in record.households:
        if membership.household not in homes or membership.person in found:
            continue
        if membership.person == child or (membership.to_date and membership.to_date < on):
            continue
        if membership.from_date and membership.from_date > on:
            continue
        person = record.person(membership.person)
        if _is_adult(person, on):
            found[person.id] = AdultToConsider(
                person, QT_TRANSLATE_NOOP("case_record", "lives in the household")
            )
    return list(found.values())


# What to say of a domain with no analysis, one whole sentence each.
_ANALYSIS_MISSING = {
    "developmental_needs": QT_TRANSLATE_NOOP(
        "assessment_gaps", "Write the analysis of the child's developmental needs."
    ),
    "parenting_capacity": QT_TRANSLATE_NOOP(
        "assessment_gaps", "Write the analysis of parenting capacity."
    ),
    "family_and_environment": QT_TRANSLATE_NOOP(
        "assessment_gaps", "Write the analysis of family and environmental factors."
    ),
}


def gaps(
    assessment: Assessment,
    record: CaseRecord,
    sources: Sequence[SourceConsulted],
    adults: Sequence[AdultConsidered],
    calendar: WorkingCalendar | None = None,
) -> list[Gap]:
    """Everything missing before the assessment can be submitted for sign-off (empty: it
    can be). The team and the adults are those of the case as it stands."""
    found: list[Gap] = []
    for field, _name, _covers in DOMAINS:
        if not getattr(assessment, field).strip():
            found.append(Gap("domains", translate("assessment_gaps", _ANALYSIS_MISSING[field])))
    found += _history_gaps(assessment, record)
    found += _source_gaps(assessment, record, sources)
    found += _adult_gaps(assessment, record, adults)
    if assessment.concern_answered is ConcernAnswered.NOT_YET:
        found.append(
            Gap(
                "concern",
                translate("assessment_gaps", "Say whether the original concern is answered."),
            )
        )
    elif not assessment.concern_answer.strip():
        found.append(
            Gap(
                "concern",
                translate(
                    "assessment_gaps", "Say how the original concern is answered, or why not."
                ),
            )
        )
    if not assessment.decision.strip():
        found.append(Gap("decision", translate("assessment_gaps", "Record the decision.")))
    if assessment.completed_on is None:
        found.append(
            Gap(
                "details",
                translate("assessment_gaps", "Record the date the assessment was completed."),
            )
        )
    elif assessment.completed_on > assessment.due_on and not assessment.late_reason.strip():
        days = (
            None
            if calendar is None
            else calendar.working_days_between(assessment.due_on, assessment.completed_on)
        )
        found.append(Gap("details", _late_sentence(days)))
    return found


def _late_sentence(days: int | None) -> str:
    """An assessment completed late with no reason: by how many working days, if known."""
    if days is None:
        return translate(
            "assessment_gaps", "It was completed after its due date: record why it was late."
        )
    if days == 1:
        return translate(
            "assessment_gaps",
            "It was completed %n working day after its due date: record why it was late.",
            None,
            days,
        )
    return translate(
        "assessment_gaps",
        "It was completed %n working days after its due date: record why it was late.",
        None,
        days,
    )


def _history_gaps(assessment: Assessment, record: CaseRecord) -> list[Gap]:
    linked = set(assessment.history)
    if not linked:
        return [
            Gap(
                "history",
                translate(
                    "assessment_gaps",
                    "Link the chronology entries the assessment relies on (the history "
                    "considered).",
                ),
            )
        ]
    earlier = [e for e in record.entries if e.occurred_on < assessment.started_on]
    if earlier and not any(e.id in linked for e in earlier):
        return [
            Gap(
                "history",
                translate(
                    "assessment_gaps",
                    "None of the %n entries from before the assessment began is linked: "
                    "consider the family's history, not only what happened since.",
                    None,
                    len(earlier),
                ),
            )
        ]
    return []


def _source_gaps(
    assessment: Assessment, record: CaseRecord, sources: Sequence[SourceConsulted]
) -> list[Gap]:
    found: list[Gap] = []
    by_professional = {s.professional: s for s in sources if s.professional}
    until = assessment.completed_on or assessment.started_on
    team = {p.id: p for p in active_team(record.professionals, assessment.started_on)}
    team |= {p.id: p for p in active_team(record.professionals, until)}
    assessor = record.case.allocated_worker.casefold()
    for professional in team.values():
        if professional.name.casefold() == assessor:
            continue  # the worker doing the assessment does not consult themselves
        who = translate("assessment_gaps", "{name} ({agency})").format(
            name=professional.name, agency=professional.agency
        )
        source = by_professional.get(professional.id)
        if source is None or source.asked_on is None:
            found.append(
                Gap("sources", translate("assessment_gaps", "{who} was not asked.").format(who=who))
            )
        elif source.answered_on is None and not source.said.strip():
            found.append(
                Gap(
                    "sources",
                    translate(
                        "assessment_gaps",
                        "{who} was asked on {day}: record their answer, or that they gave none.",
                    ).format(who=who, day=shown_day(source.asked_on)),
                )
            )
    for source in sources:
        if not source.professional and source.asked_on is None:
            who = source.source or translate("assessment_gaps", "the source")
            found.append(
                Gap(
                    "sources",
                    translate("assessment_gaps", "Say when {who} was asked.").format(who=who),
                )
            )
    return found


def _adult_gaps(
    assessment: Assessment, record: CaseRecord, adults: Sequence[AdultConsidered]
) -> list[Gap]:
    found: list[Gap] = []
    considered = {a.person: a for a in adults}
    for adult in adults_to_consider(record, assessment.completed_on or assessment.started_on):
        name = translate("assessment_gaps", "{name} ({why})").format(
            name=adult.person.display_name, why=shown_role(adult.why)
        )
        entry = considered.get(adult.person.id)
        if entry is None:
            found.append(
                Gap(
                    "adults",
                    translate("assessment_gaps", "{name} is not considered.").format(name=name),
                )
            )
            continue
        if not entry.how_identified.strip():
            found.append(
                Gap(
                    "adults",
                    translate("assessment_gaps", "Say how {name} was identified.").format(
                        name=name
                    ),
                )
            )
        if entry.seen_on is None and not entry.not_seen_because.strip():
            found.append(
                Gap(
                    "adults",
                    translate("assessment_gaps", "Say when {name} was seen, or why not.").format(
                        name=name
                    ),
                )
            )
        if not entry.checks.strip():
            found.append(
                Gap(
                    "adults",
                    translate("assessment_gaps", "Record the checks made on {name}.").format(
                        name=name
                    ),
                )
            )
    return found
