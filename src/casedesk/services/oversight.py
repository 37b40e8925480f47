"""What a supervisor looks at on a case: each assessment with what it is missing and where
its sign-off stands, the supervision history with every gap past the agency's interval,
and each escalation step with where it stands. Plus the one oversight setting that is
the case file's own: which workers are newly qualified, and since when.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from casedesk.domain.approval import plans, sign_off_due, working_days_late
from casedesk.domain.assessment_gaps import Gap, gaps
from casedesk.domain.assessments import (
    AdultConsidered,
    Assessment,
    AssessmentKind,
    SourceConsulted,
)
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.chronology import ChronologyEntry
from casedesk.domain.deadline_changes import Timescales
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.escalation import Escalation, EscalationStatus, taken_further
from casedesk.domain.intervals import Interval, back, shift
from casedesk.domain.sign_offs import (
    ASSESSMENT,
    PLAN,
    SignOffCheck,
    SignOffState,
)
from casedesk.domain.supervision import (
    Supervision,
    SupervisionGap,
    interval_on,
    next_supervision_due,
    qualified_since,
    supervision_gaps,
)
from casedesk.domain.wording import shown_day, translate
from casedesk.services.sign_off import sign_off_checks
from casedesk.storage.unit_of_work import Changes

if TYPE_CHECKING:
    from casedesk.services.case_file import CaseFile

# The setting: {worker's name: the day they qualified}.
NEWLY_QUALIFIED = "newly qualified"  # i18n: settings key


def newly_qualified(case_file: CaseFile) -> dict[str, date]:
    """The workers the case file treats as newly qualified, and since when."""
    with case_file.read() as snapshot:
        text = snapshot.setting(NEWLY_QUALIFIED)
    if not text:
        return {}
    try:
        return {str(name): date.fromisoformat(day) for name, day in json.loads(text).items()}
    except (ValueError, AttributeError, TypeError):
        return {}  # written by hand outside CaseDesk: check names it; nothing is guessed


def set_newly_qualified(case_file: CaseFile, workers: Mapping[str, date], reason: str) -> Changes:
    """Say which workers are newly qualified (their supervision is more frequent at first)."""
    cleaned = {" ".join(name.split()): day for name, day in workers.items() if name.strip()}
    if any(day > case_file.today() for day in cleaned.values()):
        raise CaseDeskError(translate("oversight", "A worker cannot qualify in the future."))
    text = json.dumps({n: d.isoformat() for n, d in sorted(cleaned.items())}, ensure_ascii=False)
    with case_file.transaction(translate("oversight", "Change newly qualified workers")) as work:
        why = reason or translate("oversight", "newly qualified workers changed")
        work.set_setting(NEWLY_QUALIFIED, text, why)
    return work.changes


@dataclass(frozen=True)
class AssessmentView:
    """One assessment as its screen and ``casedesk assessment list`` show it."""

    assessment: Assessment
    sources: tuple[SourceConsulted, ...]
    adults: tuple[AdultConsidered, ...]
    gaps: list[Gap]
    sign_off: SignOffCheck | None
    sign_off_due: date | None
    days_late: int  # working days past its due date (completed late, or still open)
    not_valid: int = 0  # its sign-offs that are not valid (besides the one shown)

    @property
    def status(self) -> str:
        """Where it stands, in words."""
        a = self.assessment
        if self.sign_off is not None:
            return self._with_warning(self.sign_off.sentence())
        if a.submitted_on is not None:
            if self.sign_off_due:
                return translate(
                    "oversight", "Submitted {day}, awaiting sign-off (due by {due})."
                ).format(day=shown_day(a.submitted_on), due=shown_day(self.sign_off_due))
            return translate("oversight", "Submitted {day}, awaiting sign-off.").format(
                day=shown_day(a.submitted_on)
            )
        n = len(self.gaps)
        missing = (
            translate("oversight", "1 thing missing before sign-off")
            if n == 1
            else translate("oversight", "%n things missing before sign-off", None, n)
        )
        if a.completed_on is not None and self.gaps:
            return translate("oversight", "Completed {day}, not submitted: {missing}.").format(
                day=shown_day(a.completed_on), missing=missing
            )
        if self.days_late and a.completed_on is None:
            rest = missing if self.gaps else translate("oversight", "ready to submit")
            if self.days_late == 1:
                return translate(
                    "oversight", "OVERDUE by 1 working day (due {day}): {rest}."
                ).format(day=shown_day(a.due_on), rest=rest)
            return translate(
                "oversight",
                "OVERDUE by %n working days (due {day}): {rest}.",
                None,
                self.days_late,
            ).format(day=shown_day(a.due_on), rest=rest)
        if self.gaps:
            return translate("oversight", "In progress: {missing}.").format(missing=missing)
        return translate("oversight", "Ready to submit for sign-off.")

    def _with_warning(self, sentence: str) -> str:
        """The sign-off's own sentence, and how many of its others are not valid."""
        if not self.not_valid or (
            self.sign_off is not None and self.sign_off.state is SignOffState.NOT_VALID
        ):
            return sentence
        if self.not_valid == 1:
            return translate(
                "oversight", "{status} (1 other sign-off is not valid: run File > Check)"
            ).format(status=sentence)
        return translate(
            "oversight",
            "{status} (%n other sign-offs are not valid: run File > Check)",
            None,
            self.not_valid,
        ).format(status=sentence)


def _checks(
    case_file: CaseFile, record: CaseRecord, checks: list[SignOffCheck] | None
) -> dict[str, SignOffCheck]:
    found = sign_off_checks(case_file, record) if checks is None else checks
    return {c.sign_off.id: c for c in found}


def shown_sign_off(
    record: CaseRecord, target_type: str, target_id: str, checks: dict[str, SignOffCheck]
) -> tuple[SignOffCheck | None, int]:
    """The sign-off a record is shown with (the newest that is valid, else the newest),
    and how many of its sign-offs are not valid (a row added outside CaseDesk must not
    stand in front of a genuine decision)."""
    mine = [
        checks[s.id]
        for s in record.sign_offs
        if s.target_type == target_type and s.target_id == target_id and s.id in checks
    ]
    valid = [c for c in mine if c.state is not SignOffState.NOT_VALID]
    shown = valid[-1] if valid else (mine[-1] if mine else None)
    return shown, len(mine) - len(valid)


def assessment_views(
    case_file: CaseFile, record: CaseRecord, verified: list[SignOffCheck] | None = None
) -> list[AssessmentView]:
    """Every assessment of the case with its gaps and its latest sign-off (``verified``:
    the case's sign-offs already checked)."""
    timescales = case_file.timescales().timescales
    checks = _checks(case_file, record, verified)
    today = case_file.today()
    found = []
    for assessment in record.assessments:
        sources = tuple(s for s in record.sources_consulted if s.assessment == assessment.id)
        adults = tuple(a for a in record.adults_considered if a.assessment == assessment.id)
        shown, not_valid = shown_sign_off(record, ASSESSMENT, assessment.id, checks)
        end = assessment.completed_on or today
        found.append(
            AssessmentView(
                assessment,
                sources,
                adults,
                gaps(assessment, record, sources, adults, timescales.calendar),
                shown,
                sign_off_due(
                    record,
                    ASSESSMENT,
                    assessment.id,
                    timescales.pack.oversight.sign_off,
                    timescales.calendar,
                ),
                working_days_late(assessment.due_on, end, timescales.calendar),
                not_valid,
            )
        )
    return found


@dataclass(frozen=True)
class PlanView:
    """A plan (the entry recording the meeting that made it) and its sign-off."""

    entry: ChronologyEntry
    sign_off: SignOffCheck | None
    due: date | None
    days_late: int  # working days past the due date, signed or not


def plan_views(
    case_file: CaseFile, record: CaseRecord, verified: list[SignOffCheck] | None = None
) -> list[PlanView]:
    """The case's plans a supervisor approves, with their sign-offs."""
    timescales = case_file.timescales().timescales
    rules = timescales.pack.oversight.sign_off
    checks = _checks(case_file, record, verified)
    found = []
    with case_file.read() as snapshot:
        since = snapshot.oversight_from()
    for entry in plans(record, rules, since):
        shown, _not_valid = shown_sign_off(record, PLAN, entry.id, checks)
        due = sign_off_due(record, PLAN, entry.id, rules, timescales.calendar)
        signed = shown.sign_off.signed_on if shown else case_file.today()
        found.append(
            PlanView(
                entry,
                shown,
                due,
                working_days_late(due, signed, timescales.calendar),
            )
        )
    return found


@dataclass(frozen=True)
class SupervisionView:
    """A case's supervision history and every gap past the interval."""

    supervisions: tuple[Supervision, ...]
    gaps: list[SupervisionGap]
    next_due: date
    interval: Interval


def supervision_view(case_file: CaseFile, record: CaseRecord) -> SupervisionView:
    """The case's supervision, held against the agency's interval for its worker."""
    timescales = case_file.timescales().timescales
    rules = timescales.pack.oversight.supervision
    workers = newly_qualified(case_file)
    worker = record.case.allocated_worker
    today = case_file.today()
    held = tuple(record.supervisions)
    calendar = timescales.calendar
    due = next_supervision_due(held, record.case.opened_on, rules, workers, worker, calendar)
    last = max((s.held_on for s in held), default=record.case.opened_on)
    since = qualified_since(workers, worker)
    return SupervisionView(
        held,
        supervision_gaps(
            held,
            record.case.opened_on,
            today,
            rules,
            workers,
            worker,
            calendar,
            record.case.closed_on,
        ),
        due,
        interval_on(last, rules, since),
    )


@dataclass(frozen=True)
class EscalationView:
    """One escalation step and where it stands."""

    step: Escalation
    status: EscalationStatus
    stage_name: str
    days_overdue: int


def escalation_views(case_file: CaseFile, record: CaseRecord) -> list[EscalationView]:
    """Every escalation step of the case, oldest first."""
    timescales = case_file.timescales().timescales
    procedure = timescales.pack.oversight.escalation
    further = taken_further(record.escalations)
    today = case_file.today()
    return [
        EscalationView(
            step,
            step.status(today, step.id in further),
            procedure.stage(step.stage).name,
            0 if step.id in further else step.days_overdue(today, timescales.calendar),
        )
        for step in record.escalations
    ]


@dataclass(frozen=True)
class CaseOversight:
    """Everything the case's Oversight tab shows, worked out at once."""

    assessments: list[AssessmentView]
    plans: list[PlanView]
    supervision: SupervisionView
    escalations: list[EscalationView]


def oversight_of(
    case_file: CaseFile, record: CaseRecord, verified: list[SignOffCheck] | None = None
) -> CaseOversight:
    """A case's assessments, plans, supervision and escalations as its screen shows them
    (``verified``: its sign-offs already checked, against the whole record when this one is
    a redacted copy)."""
    if verified is None:
        verified = sign_off_checks(case_file, record)
    return CaseOversight(
        assessment_views(case_file, record, verified),
        plan_views(case_file, record, verified),
        supervision_view(case_file, record),
        escalation_views(case_file, record),
    )


# Which of the pack's timescales an assessment of each kind is held to (a rule that counts
# from the start); what a pack lacks falls back to 45 working days.
_ASSESSMENT_RULES = {
    AssessmentKind.CHILD_AND_FAMILY: "assessment",
    AssessmentKind.SECTION_47: "initial-conference",
    AssessmentKind.OTHER: "assessment",
}


def default_due(
    timescales: Timescales, record: CaseRecord, kind: AssessmentKind, started_on: date
) -> date:
    """When an assessment of ``kind`` begun on ``started_on`` is due by the case file's
    rule pack: 45 working days for a child and family assessment, the initial conference's
    15 for a section 47 enquiry, and for a pre-birth assessment the pack's date before the
    expected delivery (or 45 working days when none is known). The clock runs from the
    event that started it (a referral, not the assessment's first day): when the case
    holds that deadline (met or not), begun on or before ``started_on`` and not yet due
    then, its due date is the answer."""
    pack, calendar = timescales.pack, timescales.calendar
    # A pre-birth assessment is held to the referral's timescale too: the earlier binds.
    wanted = {_ASSESSMENT_RULES.get(kind, "assessment")}
    if kind is AssessmentKind.PRE_BIRTH:
        wanted |= {"pre-birth-assessment", "assessment"}
    recorded = [
        d
        for d in record.deadlines
        if d.rule in wanted and d.started_on <= started_on <= d.due and d.cancelled_on is None
    ]
    if recorded:
        return min(d.due for d in recorded)
    if kind is AssessmentKind.PRE_BIRTH:
        expected = record.subject_child.expected_on
        rule = next((r for r in pack.rules if r.id == "pre-birth-assessment"), None)
        if expected is not None and rule is not None and rule.before:
            return max(started_on, back(expected, rule.amount, rule.unit, calendar))
    rule = next((r for r in pack.rules if r.id == _ASSESSMENT_RULES.get(kind, "")), None)
    if rule is None or rule.before:
        return calendar.add_working_days(started_on, 45)
    return shift(started_on, rule.amount, rule.unit, calendar)
