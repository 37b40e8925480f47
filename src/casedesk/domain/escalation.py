"""Escalation: resolving a professional difference under the local procedure.

Each step is a record on the child's record: who raised it, with whom, the concern, the
stage, when a response is due (the stage's time in working days from when it was raised),
the response, the outcome, and, when the outcome does not resolve it, the next stage (a new
step that ``follows`` this one). Immediate risk starts at the stage the procedure says, and
never waits for the procedure: an immediate referral is made as well (OVERSIGHT_FACTS.md
section 4).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from casedesk.domain.ids import CaseId
from casedesk.domain.intervals import shift
from casedesk.domain.oversight_rules import EscalationProcedure
from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate
from casedesk.domain.working_days import WorkingCalendar


class EscalationStatus(enum.Enum):
    """Where a step stands on a given day."""

    AWAITING_RESPONSE = QT_TRANSLATE_NOOP("EscalationStatus", "awaiting response")
    RESPONSE_OVERDUE = QT_TRANSLATE_NOOP("EscalationStatus", "response overdue")
    RESPONDED = QT_TRANSLATE_NOOP("EscalationStatus", "responded: outcome to record")
    RESOLVED = QT_TRANSLATE_NOOP("EscalationStatus", "resolved")
    ESCALATED = QT_TRANSLATE_NOOP("EscalationStatus", "taken to the next stage")


@dataclass(frozen=True)
class Escalation:
    """One step of an escalation."""

    id: str
    case: CaseId
    raised_on: date
    raised_by: str
    with_whom: str  # the person (and agency) it was raised with
    concern: str
    stage: int
    response_due: date
    professional: str = ""  # a member of the team around the family, if it was one
    immediate_risk: bool = False
    responded_on: date | None = None
    response: str = ""
    outcome: str = ""  # what was agreed; with ``resolved`` it ends the escalation
    resolved: bool = False
    follows: str = ""  # the step before (at the stage below)
    recorded_by: str = ""

    def status(self, today: date, taken_further: bool = False) -> EscalationStatus:
        """Where it stands on ``today`` (``taken_further``: a later step follows it)."""
        if taken_further:
            return EscalationStatus.ESCALATED
        if self.resolved:
            return EscalationStatus.RESOLVED
        if self.responded_on is not None:
            return EscalationStatus.RESPONDED
        if today > self.response_due:
            return EscalationStatus.RESPONSE_OVERDUE
        return EscalationStatus.AWAITING_RESPONSE

    def days_overdue(self, today: date, calendar: WorkingCalendar) -> int:
        """Working days past the response date with no response (0 when not)."""
        if self.responded_on is not None or self.resolved:
            return 0
        return max(0, calendar.working_days_between(self.response_due, today))


def starting_stage(procedure: EscalationProcedure, immediate_risk: bool) -> int:
    """The stage a new escalation starts at."""
    return procedure.immediate_risk_stage if immediate_risk else procedure.stages[0].number


def response_due(
    procedure: EscalationProcedure, stage: int, raised_on: date, calendar: WorkingCalendar
) -> date:
    """When the response to a step at ``stage`` raised on ``raised_on`` is due."""
    within = procedure.stage(stage).respond_within
    return shift(raised_on, within.amount, within.unit, calendar)


def taken_further(steps: Sequence[Escalation]) -> set[str]:
    """The ids of steps a later step follows."""
    return {s.follows for s in steps if s.follows}


def escalation_problems(
    step: Escalation, today: date, procedure: EscalationProcedure | None = None
) -> list[tuple[str, str]]:
    """(field, sentence) for each thing that stops a step being kept."""
    found = []
    if step.raised_on > today:
        found.append(
            ("raised_on", translate("escalation", "An escalation cannot be raised in the future."))
        )
    if not step.raised_by.strip():
        found.append(("raised_by", translate("escalation", "Say who raised it.")))
    if not step.with_whom.strip():
        found.append(("with_whom", translate("escalation", "Say who it was raised with.")))
    if not step.concern.strip():
        found.append(("concern", translate("escalation", "Say what the concern is.")))
    if step.stage < 1 or (procedure is not None and step.stage > procedure.last):
        top = procedure.last if procedure is not None else 4
        found.append(("stage", translate("escalation", "The stage is 1 to {top}.").format(top=top)))
    if step.response_due < step.raised_on:
        found.append(
            (
                "response_due",
                translate("escalation", "A response cannot be due before it was asked for."),
            )
        )
    if step.responded_on is not None:
        if step.responded_on < step.raised_on:
            found.append(
                (
                    "responded_on",
                    translate("escalation", "A response cannot come before it was asked for."),
                )
            )
        if step.responded_on > today:
            found.append(
                (
                    "responded_on",
                    translate("escalation", "A response cannot be dated in the future."),
                )
            )
        if not step.response.strip():
            found.append(("response", translate("escalation", "Record what the response was.")))
    if step.resolved and not step.outcome.strip():
        found.append(("outcome", translate("escalation", "Record the outcome that resolved it.")))
    return found
