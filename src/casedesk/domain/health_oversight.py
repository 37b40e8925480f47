"""Themes 4 and 1 of the health check: oversight, and sharing information."""

from __future__ import annotations

from casedesk.domain.approval import plans, sign_off_due
from casedesk.domain.escalation import EscalationStatus, taken_further
from casedesk.domain.health_core import (
    CheckResult,
    HealthInputs,
    Theme,
    back_from,
    day_text,
    listed,
    not_applicable,
    result,
)
from casedesk.domain.intervals import shift
from casedesk.domain.sharing import shown_decisions, undecided_entries
from casedesk.domain.sign_offs import ASSESSMENT, PLAN, SignOffState
from casedesk.domain.supervision import supervision_gaps
from casedesk.domain.wording import shown_value, translate
from casedesk.domain.working_days import WorkingCalendar

# -- Theme 4: oversight -------------------------------------------------------------------


def supervision_interval(h: HealthInputs) -> CheckResult:
    """Supervision within the agency's interval (now, and over the pack's look-back)."""
    record, today = h.record, h.today
    question = translate("health_oversight", "Is the case supervised within the agency's interval?")
    if record.case.closed_on is not None:
        return not_applicable(
            "supervision-interval",
            Theme.OVERSIGHT,
            question,
            translate("health_oversight", "The case is closed."),
        )
    found = supervision_gaps(
        record.supervisions,
        record.case.opened_on,
        today,
        h.pack.oversight.supervision,
        h.newly_qualified,
        record.case.allocated_worker,
        h.calendar,
    )
    since = back_from(today, h.pack.health.supervision_lookback, h.calendar)
    recent = [g for g in found if g.until is None or g.until >= since]
    last = max((s.held_on for s in record.supervisions), default=None)
    records = [s.id for s in record.supervisions]
    if not recent:
        said = (
            translate("health_oversight", "Last supervised {day}.").format(day=day_text(last))
            if last
            else translate("health_oversight", "Not due yet.")
        )
        return result(
            "supervision-interval",
            Theme.OVERSIGHT,
            question,
            False,
            said
            + " "
            + translate("health_oversight", "No gap past the interval since {day}.").format(
                day=day_text(since)
            ),
            records=records,
            place="oversight",
        )
    return result(
        "supervision-interval",
        Theme.OVERSIGHT,
        question,
        True,
        " ".join(g.sentence() for g in recent),
        translate(
            "health_oversight",
            "Bring the case to supervision, and record the decisions and any decision not to act.",
        ),
        records,
        "oversight",
    )


def sign_offs_current(h: HealthInputs) -> CheckResult:
    """Sign-offs within their timescale, of the current version."""
    record, today = h.record, h.today
    question = translate(
        "health_oversight", "Are assessments and plans signed off in time, as they now stand?"
    )
    rules = h.pack.oversight.sign_off
    calendar = h.calendar or WorkingCalendar()
    targets = [(ASSESSMENT, a.id, a.title) for a in record.assessments if a.submitted_on]
    targets += [
        (
            PLAN,
            e.id,
            translate("health_oversight", "{category} on {day}").format(
                category=shown_value(e.category), day=day_text(e.occurred_on)
            ),
        )
        for e in plans(record, rules, h.oversight_from)
    ]
    if not targets:
        return not_applicable(
            "sign-offs",
            Theme.OVERSIGHT,
            question,
            translate("health_oversight", "Nothing is awaiting a supervisor's sign-off."),
        )
    checks = {c.sign_off.id: c for c in h.sign_offs}
    problems: list[str] = []
    behind: list[str] = []
    for target_type, target_id, title in targets:
        mine = [
            checks[s.id]
            for s in record.sign_offs
            if s.target_type == target_type and s.target_id == target_id and s.id in checks
        ]
        valid = [c for c in mine if c.state is not SignOffState.NOT_VALID]
        shown = valid[-1] if valid else None
        due = sign_off_due(record, target_type, target_id, rules, calendar)
        if shown is None:
            if due is not None and today > due:
                problems.append(
                    translate("health_oversight", "{title}: awaiting sign-off since {day}").format(
                        title=title, day=day_text(due)
                    )
                )
                behind.append(target_id)
            continue
        if shown.state is SignOffState.EARLIER_VERSION:
            problems.append(
                translate("health_oversight", "{title}: approved an earlier version").format(
                    title=title
                )
            )
            behind.append(target_id)
        elif shown.sign_off.late_by and not shown.sign_off.late_reason.strip():
            problems.append(
                translate("health_oversight", "{title}: signed off late with no reason").format(
                    title=title
                )
            )
            behind.append(target_id)
    if not problems:
        return result(
            "sign-offs",
            Theme.OVERSIGHT,
            question,
            False,
            translate("health_oversight", "{count} signed off in time or not yet due.").format(
                count=len(targets)
            ),
            records=[t[1] for t in targets],
            place="oversight",
        )
    return result(
        "sign-offs",
        Theme.OVERSIGHT,
        question,
        True,
        translate("health_oversight", "{problems}.").format(problems="; ".join(problems)),
        translate(
            "health_oversight", "Ask the supervisor to sign off (or return) each as it now stands."
        ),
        behind,
        "oversight",
    )


def escalations_answered(h: HealthInputs) -> CheckResult:
    """Escalations past their response date."""
    record, today = h.record, h.today
    question = translate("health_oversight", "Are escalations answered by their response date?")
    if not record.escalations:
        return not_applicable(
            "escalations",
            Theme.OVERSIGHT,
            question,
            translate("health_oversight", "No escalation is recorded."),
        )
    further = taken_further(record.escalations)
    overdue = [
        e
        for e in record.escalations
        if e.status(today, e.id in further) is EscalationStatus.RESPONSE_OVERDUE
    ]
    if not overdue:
        return result(
            "escalations",
            Theme.OVERSIGHT,
            question,
            False,
            translate(
                "health_oversight",
                "%n escalation step(s); none past its response date.",
                None,
                len(record.escalations),
            ),
            records=[e.id for e in record.escalations],
            place="oversight",
        )
    described = [
        translate("health_oversight", "stage {stage} with {whom}, due {day}").format(
            stage=e.stage, whom=e.with_whom, day=day_text(e.response_due)
        )
        for e in overdue
    ]
    return result(
        "escalations",
        Theme.OVERSIGHT,
        question,
        True,
        translate("health_oversight", "No response by the date: {steps}.").format(
            steps=listed(described, 2)
        ),
        translate(
            "health_oversight",
            "Take it to the next stage of the procedure, or record the response.",
        ),
        [e.id for e in overdue],
        "oversight",
    )


# -- Theme 1: sharing ---------------------------------------------------------------------


def team_and_lead(h: HealthInputs) -> CheckResult:
    """The team around the family recorded, with a lead professional named."""
    record, today = h.record, h.today
    question = translate(
        "health_oversight", "Is the team around the family recorded, with a lead professional?"
    )
    current = [p for p in record.professionals if p.involved_to is None or p.involved_to >= today]
    leads = [p for p in current if p.lead]
    # Consent is a state (domain.consent): who has not yet been asked is said, not failed
    # (sharing to protect a child does not wait for consent).
    unasked = [p.name for p in current if not p.consent_to_share.settled]
    consent = (
        " "
        + translate("health_oversight", "Consent to share not yet asked for {names}.").format(
            names=listed(unasked[:3], 3, len(unasked))
        )
        if unasked
        else ""
    )
    if current and leads:
        return result(
            "team-lead",
            Theme.SHARING,
            question,
            False,
            translate(
                "health_oversight",
                "%n professional(s) involved; lead: {lead} ({agency}).",
                None,
                len(current),
            ).format(lead=leads[0].name, agency=leads[0].agency)
            + consent,
            records=[p.id for p in current],
            place="team",
        )
    said = (
        translate("health_oversight", "No lead professional is named.")
        if current
        else translate("health_oversight", "No team around the family is recorded.")
    )
    return result(
        "team-lead",
        Theme.SHARING,
        question,
        True,
        said,
        translate(
            "health_oversight",
            "Record everyone working with the family (school, health visitor, GP, police) and "
            "who leads.",
        ),
        [p.id for p in current],
        "team",
    )


def sharing_decided(h: HealthInputs) -> CheckResult:
    """A sharing decision (or a recorded reason not to share) after each significant
    event, within the pack's time; none left pending."""
    record, today = h.record, h.today
    question = translate(
        "health_oversight",
        "Was a decision made on who else needs to know after each significant event?",
    )
    significant = h.significant
    if not significant:
        return not_applicable(
            "sharing-decisions",
            Theme.SHARING,
            question,
            translate("health_oversight", "No significant event is recorded."),
        )
    within = h.pack.health.share_within
    undecided = [
        e
        for e in undecided_entries(significant, record.sharing)
        if shift(e.occurred_on, within.amount, within.unit, h.calendar) < today
    ]
    # "Decide later" stands until a decision on its entry is made, and has the same time.
    pending = [
        d
        for d in shown_decisions(record.sharing)
        if d.pending and shift(d.decided_on, within.amount, within.unit, h.calendar) < today
    ]
    if not undecided and not pending:
        return result(
            "sharing-decisions",
            Theme.SHARING,
            question,
            False,
            translate(
                "health_oversight",
                "A decision recorded for each of %n significant event(s).",
                None,
                len(significant),
            ),
            records=[e.id for e in significant],
            place="sharing",
        )
    parts = []
    if undecided:
        events = [
            translate("health_oversight", "{day} ({category})").format(
                day=day_text(e.occurred_on), category=shown_value(e.category)
            )
            for e in undecided[:3]
        ]
        parts.append(
            translate(
                "health_oversight",
                "%n significant event(s) with no decision after {within}: {events}",
                None,
                len(undecided),
            ).format(within=within, events=listed(events, 3, len(undecided)))
        )
    if pending:
        parts.append(
            translate("health_oversight", "%n decision(s) left for later", None, len(pending))
        )
    return result(
        "sharing-decisions",
        Theme.SHARING,
        question,
        True,
        translate("health_oversight", "{problems}.").format(problems="; ".join(parts)),
        translate(
            "health_oversight",
            "Decide who else needs to know (school, health, police), share or record why not.",
        ),
        [e.id for e in undecided] + [d.id for d in pending],
        "sharing",
    )
