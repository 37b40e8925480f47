"""Theme 3 of the health check: assessment."""

from __future__ import annotations

from casedesk.domain.assessments import ConcernAnswered
from casedesk.domain.health_core import (
    CheckResult,
    HealthInputs,
    Status,
    Theme,
    day_text,
    listed,
    not_applicable,
    result,
)
from casedesk.domain.team import Professional

# -- Theme 3: assessment ------------------------------------------------------------------


def _assessment_check(
    check: str, question: str, part: str | None, h: HealthInputs, next_step: str
) -> CheckResult:
    latest = h.latest_assessment
    if latest is None:
        return not_applicable(check, Theme.ASSESSMENT, question, "No assessment is recorded.")
    found = [g for g in h.assessment_gaps if g.part == part]
    if not found:
        return result(
            check,
            Theme.ASSESSMENT,
            question,
            False,
            f"{latest.title}: nothing missing here.",
            records=[latest.id],
            place="oversight",
        )
    return result(
        check,
        Theme.ASSESSMENT,
        question,
        True,
        f"{latest.title}: " + " ".join(g.sentence for g in found),
        next_step,
        [latest.id],
        "oversight",
    )


def assessment_timescale(h: HealthInputs) -> CheckResult:
    """The latest assessment within its timescale (or, completed late, with the reason)."""
    question = "Is the assessment within its timescale?"
    latest = h.latest_assessment
    if latest is None:
        return not_applicable(
            "assessment-timescale", Theme.ASSESSMENT, question, "No assessment is recorded."
        )
    done = latest.completed_on
    if done is not None:
        late = done > latest.due_on
        if late and not latest.late_reason.strip():
            return result(
                "assessment-timescale",
                Theme.ASSESSMENT,
                question,
                True,
                f"{latest.title}: completed {day_text(done)}, after it was due "
                f"({day_text(latest.due_on)}), with no reason recorded.",
                "Record why it was late.",
                [latest.id],
                "oversight",
            )
        said = "late, with the reason recorded" if late else "within its timescale"
        return result(
            "assessment-timescale",
            Theme.ASSESSMENT,
            question,
            False,
            f"{latest.title}: completed {day_text(done)}, {said}.",
            records=[latest.id],
            place="oversight",
        )
    if h.today > latest.due_on:
        return result(
            "assessment-timescale",
            Theme.ASSESSMENT,
            question,
            True,
            f"{latest.title}: due {day_text(latest.due_on)} and not completed.",
            "Complete it, or agree a new date with your manager and record why.",
            [latest.id],
            "oversight",
        )
    return result(
        "assessment-timescale",
        Theme.ASSESSMENT,
        question,
        False,
        f"{latest.title}: in progress, due {day_text(latest.due_on)}.",
        records=[latest.id],
        place="oversight",
    )


def assessment_history(h: HealthInputs) -> CheckResult:
    """History considered: entries before the referral exist and are linked."""
    return _assessment_check(
        "assessment-history",
        "Does the assessment consider the family's history?",
        "history",
        h,
        "Link the chronology entries the assessment relies on, including what happened "
        "before the referral (earlier referrals, other children, other agencies' records).",
    )


def assessment_agencies(h: HealthInputs) -> CheckResult:
    """Every agency in the team asked, and its answer recorded (an assessment may be
    submitted while an answer is awaited; the check still counts it)."""
    next_step = (
        "Ask each agency still to answer, chase the ones that have not, and record what each said."
    )
    question = "Was every agency in the team asked, and did it answer?"
    checked = _assessment_check("assessment-agencies", question, "sources", h, next_step)
    latest = h.latest_assessment
    if checked.status is not Status.PASS or latest is None:
        return checked
    team: dict[str, Professional] = {p.id: p for p in h.record.professionals}
    waiting = [
        s
        for s in h.record.sources_consulted
        if s.assessment == latest.id and s.asked_on and s.answered_on is None
    ]
    if not waiting:
        return checked
    names = [
        f"{team[s.professional].name} ({team[s.professional].agency})"
        if s.professional in team
        else s.source or "a source"
        for s in waiting
    ]
    return result(
        "assessment-agencies",
        Theme.ASSESSMENT,
        question,
        True,
        f"{latest.title}: asked, no answer recorded: {listed(names)}.",
        next_step,
        [latest.id, *(s.id for s in waiting)],
        "oversight",
    )


def assessment_adults(h: HealthInputs) -> CheckResult:
    """Every adult of the household considered."""
    return _assessment_check(
        "assessment-adults",
        "Does the assessment consider every adult in the child's household?",
        "adults",
        h,
        "Record for each adult how they were identified, when seen (or why not) and the "
        "checks made.",
    )


def concern_answered(h: HealthInputs) -> CheckResult:
    """The original concern answered by the latest assessment."""
    question = "Does the latest assessment answer the original concern?"
    latest = h.latest_assessment
    if latest is None:
        return not_applicable(
            "concern-answered", Theme.ASSESSMENT, question, "No assessment is recorded."
        )
    answer = latest.concern_answered
    if answer is ConcernAnswered.ANSWERED:
        return result(
            "concern-answered",
            Theme.ASSESSMENT,
            question,
            False,
            f"{latest.title}: answered. {latest.concern_answer}".strip(),
            records=[latest.id],
            place="oversight",
        )
    return result(
        "concern-answered",
        Theme.ASSESSMENT,
        question,
        True,
        f"{latest.title}: the original concern is {answer.value}."
        + (f" {latest.concern_answer}" if latest.concern_answer else ""),
        f"Say how the assessment answers the concern that opened the case: "
        f"\u201c{h.record.case.original_concern[:120]}\u201d.",
        [latest.id],
        "oversight",
    )
