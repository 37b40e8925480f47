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
from casedesk.domain.wording import shown_value, translate

# -- Theme 3: assessment ------------------------------------------------------------------


def _assessment_check(
    check: str, question: str, part: str | None, h: HealthInputs, next_step: str
) -> CheckResult:
    latest = h.latest_assessment
    if latest is None:
        return not_applicable(
            check,
            Theme.ASSESSMENT,
            question,
            translate("health_assessment", "No assessment is recorded."),
        )
    found = [g for g in h.assessment_gaps if g.part == part]
    if not found:
        return result(
            check,
            Theme.ASSESSMENT,
            question,
            False,
            translate("health_assessment", "{title}: nothing missing here.").format(
                title=latest.title
            ),
            records=[latest.id],
            place="oversight",
        )
    return result(
        check,
        Theme.ASSESSMENT,
        question,
        True,
        translate("health_assessment", "{title}: {gaps}").format(
            title=latest.title, gaps=" ".join(g.sentence for g in found)
        ),
        next_step,
        [latest.id],
        "oversight",
    )


def assessment_timescale(h: HealthInputs) -> CheckResult:
    """The latest assessment within its timescale (or, completed late, with the reason)."""
    question = translate("health_assessment", "Is the assessment within its timescale?")
    latest = h.latest_assessment
    if latest is None:
        return not_applicable(
            "assessment-timescale",
            Theme.ASSESSMENT,
            question,
            translate("health_assessment", "No assessment is recorded."),
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
                translate(
                    "health_assessment",
                    "{title}: completed {day}, after it was due ({due}), with no reason recorded.",
                ).format(title=latest.title, day=day_text(done), due=day_text(latest.due_on)),
                translate("health_assessment", "Record why it was late."),
                [latest.id],
                "oversight",
            )
        said = (
            translate(
                "health_assessment", "{title}: completed {day}, late, with the reason recorded."
            ).format(title=latest.title, day=day_text(done))
            if late
            else translate(
                "health_assessment", "{title}: completed {day}, within its timescale."
            ).format(title=latest.title, day=day_text(done))
        )
        return result(
            "assessment-timescale",
            Theme.ASSESSMENT,
            question,
            False,
            said,
            records=[latest.id],
            place="oversight",
        )
    if h.today > latest.due_on:
        return result(
            "assessment-timescale",
            Theme.ASSESSMENT,
            question,
            True,
            translate("health_assessment", "{title}: due {day} and not completed.").format(
                title=latest.title, day=day_text(latest.due_on)
            ),
            translate(
                "health_assessment",
                "Complete it, or agree a new date with your manager and record why.",
            ),
            [latest.id],
            "oversight",
        )
    return result(
        "assessment-timescale",
        Theme.ASSESSMENT,
        question,
        False,
        translate("health_assessment", "{title}: in progress, due {day}.").format(
            title=latest.title, day=day_text(latest.due_on)
        ),
        records=[latest.id],
        place="oversight",
    )


def assessment_history(h: HealthInputs) -> CheckResult:
    """History considered: entries before the referral exist and are linked."""
    return _assessment_check(
        "assessment-history",
        translate("health_assessment", "Does the assessment consider the family's history?"),
        "history",
        h,
        translate(
            "health_assessment",
            "Link the chronology entries the assessment relies on, including what happened "
            "before the referral (earlier referrals, other children, other agencies' records).",
        ),
    )


def assessment_agencies(h: HealthInputs) -> CheckResult:
    """Every agency in the team asked, and its answer recorded (an assessment may be
    submitted while an answer is awaited; the check still counts it)."""
    next_step = translate(
        "health_assessment",
        "Ask each agency still to answer, chase the ones that have not, and record what each said.",
    )
    question = translate(
        "health_assessment", "Was every agency in the team asked, and did it answer?"
    )
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
        translate("health_assessment", "{name} ({agency})").format(
            name=team[s.professional].name, agency=team[s.professional].agency
        )
        if s.professional in team
        else s.source or translate("health_assessment", "a source")
        for s in waiting
    ]
    return result(
        "assessment-agencies",
        Theme.ASSESSMENT,
        question,
        True,
        translate("health_assessment", "{title}: asked, no answer recorded: {names}.").format(
            title=latest.title, names=listed(names)
        ),
        next_step,
        [latest.id, *(s.id for s in waiting)],
        "oversight",
    )


def assessment_adults(h: HealthInputs) -> CheckResult:
    """Every adult of the household considered."""
    return _assessment_check(
        "assessment-adults",
        translate(
            "health_assessment",
            "Does the assessment consider every adult in the child's household?",
        ),
        "adults",
        h,
        translate(
            "health_assessment",
            "Record for each adult how they were identified, when seen (or why not) and the "
            "checks made.",
        ),
    )


def concern_answered(h: HealthInputs) -> CheckResult:
    """The original concern answered by the latest assessment."""
    question = translate(
        "health_assessment", "Does the latest assessment answer the original concern?"
    )
    latest = h.latest_assessment
    if latest is None:
        return not_applicable(
            "concern-answered",
            Theme.ASSESSMENT,
            question,
            translate("health_assessment", "No assessment is recorded."),
        )
    answer = latest.concern_answered
    if answer is ConcernAnswered.ANSWERED:
        return result(
            "concern-answered",
            Theme.ASSESSMENT,
            question,
            False,
            translate("health_assessment", "{title}: answered. {answer}")
            .format(title=latest.title, answer=latest.concern_answer)
            .strip(),
            records=[latest.id],
            place="oversight",
        )
    return result(
        "concern-answered",
        Theme.ASSESSMENT,
        question,
        True,
        translate("health_assessment", "{title}: the original concern is {answer}.").format(
            title=latest.title, answer=shown_value(answer)
        )
        + (f" {latest.concern_answer}" if latest.concern_answer else ""),
        translate(
            "health_assessment",
            "Say how the assessment answers the concern that opened the case: "
            "\u201c{concern}\u201d.",
        ).format(concern=h.record.case.original_concern[:120]),
        [latest.id],
        "oversight",
    )
