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
from casedesk.domain.working_days import WorkingCalendar

# -- Theme 4: oversight -------------------------------------------------------------------


def supervision_interval(h: HealthInputs) -> CheckResult:
    """Supervision within the agency's interval (now, and over the pack's look-back)."""
    record, today = h.record, h.today
    question = "Is the case supervised within the agency's interval?"
    if record.case.closed_on is not None:
        return not_applicable(
            "supervision-interval", Theme.OVERSIGHT, question, "The case is closed."
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
        said = f"Last supervised {day_text(last)}." if last else "Not due yet."
        return result(
            "supervision-interval",
            Theme.OVERSIGHT,
            question,
            False,
            said + f" No gap past the interval since {day_text(since)}.",
            records=records,
            place="oversight",
        )
    return result(
        "supervision-interval",
        Theme.OVERSIGHT,
        question,
        True,
        " ".join(g.sentence() for g in recent),
        "Bring the case to supervision, and record the decisions and any decision not to act.",
        records,
        "oversight",
    )


def sign_offs_current(h: HealthInputs) -> CheckResult:
    """Sign-offs within their timescale, of the current version."""
    record, today = h.record, h.today
    question = "Are assessments and plans signed off in time, as they now stand?"
    rules = h.pack.oversight.sign_off
    calendar = h.calendar or WorkingCalendar()
    targets = [(ASSESSMENT, a.id, a.title) for a in record.assessments if a.submitted_on]
    targets += [
        (PLAN, e.id, f"{e.category.value} on {day_text(e.occurred_on)}")
        for e in plans(record, rules, h.oversight_from)
    ]
    if not targets:
        return not_applicable(
            "sign-offs", Theme.OVERSIGHT, question, "Nothing is awaiting a supervisor's sign-off."
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
                problems.append(f"{title}: awaiting sign-off since {day_text(due)}")
                behind.append(target_id)
            continue
        if shown.state is SignOffState.EARLIER_VERSION:
            problems.append(f"{title}: approved an earlier version")
            behind.append(target_id)
        elif shown.sign_off.late_by and not shown.sign_off.late_reason.strip():
            problems.append(f"{title}: signed off late with no reason")
            behind.append(target_id)
    if not problems:
        return result(
            "sign-offs",
            Theme.OVERSIGHT,
            question,
            False,
            f"{len(targets)} signed off in time or not yet due.",
            records=[t[1] for t in targets],
            place="oversight",
        )
    return result(
        "sign-offs",
        Theme.OVERSIGHT,
        question,
        True,
        "; ".join(problems) + ".",
        "Ask the supervisor to sign off (or return) each as it now stands.",
        behind,
        "oversight",
    )


def escalations_answered(h: HealthInputs) -> CheckResult:
    """Escalations past their response date."""
    record, today = h.record, h.today
    question = "Are escalations answered by their response date?"
    if not record.escalations:
        return not_applicable(
            "escalations", Theme.OVERSIGHT, question, "No escalation is recorded."
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
            f"{len(record.escalations)} escalation step(s); none past its response date.",
            records=[e.id for e in record.escalations],
            place="oversight",
        )
    described = [
        f"stage {e.stage} with {e.with_whom}, due {day_text(e.response_due)}" for e in overdue
    ]
    return result(
        "escalations",
        Theme.OVERSIGHT,
        question,
        True,
        f"No response by the date: {listed(described, 2)}.",
        "Take it to the next stage of the procedure, or record the response.",
        [e.id for e in overdue],
        "oversight",
    )


# -- Theme 1: sharing ---------------------------------------------------------------------


def team_and_lead(h: HealthInputs) -> CheckResult:
    """The team around the family recorded, with a lead professional named."""
    record, today = h.record, h.today
    question = "Is the team around the family recorded, with a lead professional?"
    current = [p for p in record.professionals if p.involved_to is None or p.involved_to >= today]
    leads = [p for p in current if p.lead]
    # Consent is a state (domain.consent): who has not yet been asked is said, not failed
    # (sharing to protect a child does not wait for consent).
    unasked = [p.name for p in current if not p.consent_to_share.settled]
    consent = (
        f" Consent to share not yet asked for {listed(unasked[:3], 3, len(unasked))}."
        if unasked
        else ""
    )
    if current and leads:
        return result(
            "team-lead",
            Theme.SHARING,
            question,
            False,
            f"{len(current)} professional(s) involved; lead: {leads[0].name} "
            f"({leads[0].agency}).{consent}",
            records=[p.id for p in current],
            place="team",
        )
    said = "No lead professional is named." if current else "No team around the family is recorded."
    return result(
        "team-lead",
        Theme.SHARING,
        question,
        True,
        said,
        "Record everyone working with the family (school, health visitor, GP, police) and "
        "who leads.",
        [p.id for p in current],
        "team",
    )


def sharing_decided(h: HealthInputs) -> CheckResult:
    """A sharing decision (or a recorded reason not to share) after each significant
    event, within the pack's time; none left pending."""
    record, today = h.record, h.today
    question = "Was a decision made on who else needs to know after each significant event?"
    significant = h.significant
    if not significant:
        return not_applicable(
            "sharing-decisions", Theme.SHARING, question, "No significant event is recorded."
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
            f"A decision recorded for each of {len(significant)} significant event(s).",
            records=[e.id for e in significant],
            place="sharing",
        )
    parts = []
    if undecided:
        parts.append(
            f"{len(undecided)} significant event(s) with no decision after {within}: "
            + listed(
                [f"{day_text(e.occurred_on)} ({e.category.value})" for e in undecided[:3]],
                3,
                len(undecided),
            )
        )
    if pending:
        parts.append(f"{len(pending)} decision(s) left for later")
    return result(
        "sharing-decisions",
        Theme.SHARING,
        question,
        True,
        "; ".join(parts) + ".",
        "Decide who else needs to know (school, health, police), share or record why not.",
        [e.id for e in undecided] + [d.id for d in pending],
        "sharing",
    )
