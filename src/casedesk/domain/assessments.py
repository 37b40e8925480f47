"""Assessments as records: the Assessment Framework's three domains, the history and
sources it rests on, every adult considered, and whether the original concern is answered.

The review found an assessment built on self-report, without history, other agencies or
the father (theme 3). So an assessment names the chronology entries it relies on, records
for each member of the team around the family (and any other source) when they were asked
and what they said, lists every adult in the child's household and every significant adult
with how each was identified, seen and checked, and says whether the concern that opened
the case is answered. ``gaps`` lists what is missing; an assessment with gaps cannot be
submitted for sign-off (``assessment_gaps``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from casedesk.domain.ids import CaseId, PersonId
from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_day, translate


class AssessmentKind(enum.Enum):
    """What kind of assessment."""

    CHILD_AND_FAMILY = QT_TRANSLATE_NOOP("AssessmentKind", "child and family")
    PRE_BIRTH = QT_TRANSLATE_NOOP("AssessmentKind", "pre-birth")
    SECTION_47 = QT_TRANSLATE_NOOP("AssessmentKind", "section 47")
    OTHER = QT_TRANSLATE_NOOP("AssessmentKind", "other")


class ConcernAnswered(enum.Enum):
    """Whether the assessment answers the concern that opened the case."""

    NOT_YET = QT_TRANSLATE_NOOP("ConcernAnswered", "not yet said")
    ANSWERED = QT_TRANSLATE_NOOP("ConcernAnswered", "answered")
    PARTLY = QT_TRANSLATE_NOOP("ConcernAnswered", "partly answered")
    NOT_ANSWERED = QT_TRANSLATE_NOOP("ConcernAnswered", "not answered")


# The Assessment Framework's triangle (OVERSIGHT_FACTS.md section 6): the field holding the
# worker's analysis of each domain, its name, and what it covers (translated where shown).
DOMAINS = (
    (
        "developmental_needs",
        QT_TRANSLATE_NOOP("assessments", "The child's developmental needs"),
        QT_TRANSLATE_NOOP(
            "assessments",
            "health; education; emotional and behavioural development; identity; family and "
            "social relationships; social presentation; self-care skills",
        ),
    ),
    (
        "parenting_capacity",
        QT_TRANSLATE_NOOP("assessments", "Parenting capacity"),
        QT_TRANSLATE_NOOP(
            "assessments",
            "basic care; ensuring safety; emotional warmth; stimulation; guidance and "
            "boundaries; stability",
        ),
    ),
    (
        "family_and_environment",
        QT_TRANSLATE_NOOP("assessments", "Family and environmental factors"),
        QT_TRANSLATE_NOOP(
            "assessments",
            "family history and functioning; wider family; housing; employment; income; the "
            "family's social integration; community resources",
        ),
    ),
)


_TITLES = {
    AssessmentKind.CHILD_AND_FAMILY: QT_TRANSLATE_NOOP(
        "assessments", "Child and family assessment"
    ),
    AssessmentKind.PRE_BIRTH: QT_TRANSLATE_NOOP("assessments", "Pre-birth assessment"),
    AssessmentKind.SECTION_47: QT_TRANSLATE_NOOP("assessments", "Section 47 assessment"),
    AssessmentKind.OTHER: QT_TRANSLATE_NOOP("assessments", "Other assessment"),
}


@dataclass(frozen=True)
class Assessment:
    """One assessment of a case."""

    id: str
    case: CaseId
    kind: AssessmentKind
    started_on: date
    due_on: date
    completed_on: date | None = None
    developmental_needs: str = ""
    parenting_capacity: str = ""
    family_and_environment: str = ""
    history: tuple[str, ...] = ()  # the chronology entries it relies on
    concern_answered: ConcernAnswered = ConcernAnswered.NOT_YET
    concern_answer: str = ""  # how the original concern is (or is not) answered
    decision: str = ""
    late_reason: str = ""  # why it was completed after its due date
    submitted_on: date | None = None  # submitted for sign-off
    recorded_by: str = ""

    @property
    def title(self) -> str:
        """'Child and family assessment, started 3 Mar 2026'."""
        return translate("assessments", "{what}, started {day}").format(
            what=translate("assessments", _TITLES[self.kind]), day=shown_day(self.started_on)
        )


@dataclass(frozen=True)
class SourceConsulted:
    """A member of the team around the family, or another source, asked for what they
    know: when asked, when they answered, and what they said."""

    id: str
    case: CaseId
    assessment: str
    professional: str = ""  # a team member's id; "" for another source
    source: str = ""  # who, for another source (a GP surgery, a police check)
    asked_on: date | None = None
    answered_on: date | None = None
    said: str = ""
    recorded_by: str = ""


@dataclass(frozen=True)
class AdultConsidered:
    """An adult of the household, or a significant adult, as the assessment considered
    them: how they were identified, when seen (or why not), and what checks were made."""

    id: str
    case: CaseId
    assessment: str
    person: PersonId
    how_identified: str = ""
    seen_on: date | None = None
    not_seen_because: str = ""
    checks: str = ""  # which checks (police, probation, adult services) and what they found
    checked_on: date | None = None
    recorded_by: str = ""


def assessment_problems(assessment: Assessment, today: date) -> list[tuple[str, str]]:
    """(field, sentence) for each thing that stops the assessment being kept at all."""
    found = []
    if assessment.started_on > today:
        found.append(
            ("started_on", translate("assessments", "An assessment cannot start in the future."))
        )
    if assessment.due_on < assessment.started_on:
        found.append(
            ("due_on", translate("assessments", "An assessment cannot be due before it starts."))
        )
    if assessment.completed_on is not None:
        if assessment.completed_on < assessment.started_on:
            found.append(
                (
                    "completed_on",
                    translate("assessments", "An assessment cannot end before it starts."),
                )
            )
        if assessment.completed_on > today:
            found.append(
                (
                    "completed_on",
                    translate("assessments", "An assessment cannot be completed in the future."),
                )
            )
    if assessment.submitted_on is not None and assessment.submitted_on > today:
        found.append(
            (
                "submitted_on",
                translate("assessments", "An assessment cannot be submitted in the future."),
            )
        )
    return found


def source_problems(source: SourceConsulted, today: date) -> list[tuple[str, str]]:
    """(field, sentence) for each thing that stops a source being kept."""
    found = []
    if not source.professional and not source.source.strip():
        found.append(("source", translate("assessments", "Say who was asked.")))
    for field in ("asked_on", "answered_on"):
        day = getattr(source, field)
        if day is not None and day > today:
            found.append((field, translate("assessments", "It cannot be dated in the future.")))
    if source.answered_on is not None:
        if source.asked_on is None:
            found.append(("asked_on", translate("assessments", "Say when they were asked.")))
        elif source.answered_on < source.asked_on:
            found.append(
                (
                    "answered_on",
                    translate("assessments", "An answer cannot come before the question."),
                )
            )
    return found


def adult_problems(adult: AdultConsidered, today: date) -> list[tuple[str, str]]:
    """(field, sentence) for each thing that stops an adult's entry being kept."""
    found = []
    for field in ("seen_on", "checked_on"):
        day = getattr(adult, field)
        if day is not None and day > today:
            found.append((field, translate("assessments", "It cannot be dated in the future.")))
    return found
