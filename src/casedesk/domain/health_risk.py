"""Theme 2 of the health check: seeing risk whole."""

from __future__ import annotations

from casedesk.domain.ages import years_between
from casedesk.domain.chronology import ChildSeen, ChronologyEntry
from casedesk.domain.health_core import (
    CheckResult,
    HealthInputs,
    Theme,
    back_from,
    day_text,
    listed,
    not_applicable,
    result,
    short,
)
from casedesk.domain.intervals import Interval, shift
from casedesk.domain.patterns import avoidance as avoidance_runs
from casedesk.domain.patterns import contact_gaps
from casedesk.domain.wording import shown_value, translate

# -- Theme 2: seeing risk whole -----------------------------------------------------------


def self_report_corroborated(h: HealthInputs) -> CheckResult:
    """Significant facts resting only on self-report, past the pack's time uncorroborated."""
    today = h.today
    question = translate("health_risk", "Are significant facts borne out by more than self-report?")
    since = back_from(today, h.pack.health.corroborate_within, h.calendar)
    resting = [e for e in h.significant if e.rests_on_self_report]
    if not resting:
        return result(
            "self-report-corroborated",
            Theme.RISK,
            question,
            False,
            translate("health_risk", "No significant fact rests on self-report alone."),
            place="chronology",
        )
    old = [e for e in resting if e.occurred_on < since and not e.analysis.strip()]
    if not old:
        return result(
            "self-report-corroborated",
            Theme.RISK,
            question,
            False,
            translate(
                "health_risk",
                "%n significant fact(s) rest on self-report, each recent or with its analysis.",
                None,
                len(resting),
            ),
            records=[e.id for e in resting],
            place="chronology",
        )
    described = [
        translate("health_risk", "{day} ({category})").format(
            day=day_text(e.occurred_on), category=shown_value(e.category)
        )
        for e in old[:4]
    ]
    return result(
        "self-report-corroborated",
        Theme.RISK,
        question,
        True,
        translate(
            "health_risk",
            "%n significant fact(s) rest only on what someone said, uncorroborated since: {facts}.",
            None,
            len(old),
        ).format(facts=listed(described, total=len(old))),
        translate(
            "health_risk",
            "Seek what would bear each out or contradict it (another agency's record, a "
            "document, what you see), or say in its analysis why it cannot be.",
        ),
        [e.id for e in old],
        "chronology",
    )


def contradictions_analysed(h: HealthInputs) -> CheckResult:
    """Contradicted facts, each with an analysis of what to believe."""
    question = translate("health_risk", "Is every contradicted fact analysed?")
    contradicted = h.contradicted
    if not contradicted:
        return not_applicable(
            "contradictions",
            Theme.RISK,
            question,
            translate("health_risk", "No fact is recorded as contradicted."),
        )
    open_ = [e for e in contradicted if not e.analysis.strip()]
    if not open_:
        return result(
            "contradictions",
            Theme.RISK,
            question,
            False,
            translate(
                "health_risk",
                "%n contradicted fact(s), each with its analysis.",
                None,
                len(contradicted),
            ),
            records=[e.id for e in contradicted],
            place="chronology",
        )
    described = [
        translate("health_risk", "{day}: \u201c{description}\u201d").format(
            day=day_text(e.occurred_on), description=short(e.description)
        )
        for e in open_[:2]
    ]
    return result(
        "contradictions",
        Theme.RISK,
        question,
        True,
        translate(
            "health_risk",
            "%n fact(s) contradicted by another source with no analysis: {facts}.",
            None,
            len(open_),
        ).format(facts=listed(described, 2, len(open_))),
        translate(
            "health_risk",
            "Weigh each account against the other and record, in the entry's analysis, what "
            "you conclude and why (a parent's account contradicted by what others saw is "
            "itself a finding).",
        ),
        [e.id for e in open_],
        "chronology",
    )


def _visit_interval(h: HealthInputs) -> tuple[Interval, str]:
    status = h.record.case.legal_status.value
    for rule in h.pack.rules:
        if rule.met_by == "home visit" and rule.child_seen and rule.while_status == status:
            amount = rule.then_every or rule.amount
            unit = rule.then_unit or rule.unit
            return Interval(amount, unit), rule.name.lower()
    return h.pack.health.child_seen_within, translate(
        "health_risk", "the agency's time for seeing a child"
    )


def child_seen(h: HealthInputs) -> CheckResult:
    """The child last seen, and last seen alone, against the visit timescale."""
    record, today = h.record, h.today
    question = translate("health_risk", "Has the child been seen, and seen alone, recently enough?")
    child = record.subject_child
    if child.is_unborn or record.case.closed_on is not None:
        why = (
            translate("health_risk", "The child is not born yet.")
            if child.is_unborn
            else translate("health_risk", "The case is closed.")
        )
        return not_applicable("child-seen", Theme.RISK, question, why)
    every, what = _visit_interval(h)
    seen = h.seen
    alone = [e for e in seen if e.child_seen is ChildSeen.SEEN_ALONE]
    last = max(seen, key=lambda e: e.occurred_on, default=None)
    last_alone = max(alone, key=lambda e: e.occurred_on, default=None)
    # A child born since the case opened (a pre-birth case) is due a visit from birth.
    born = child.birth.value if child.birth else None
    opened = max(record.case.opened_on, born) if born else record.case.opened_on
    start = last.occurred_on if last else opened
    due = shift(start, every.amount, every.unit, h.calendar)
    alone_every = h.pack.health.seen_alone_within
    old_enough = born is None or years_between(born, today) >= h.pack.health.seen_alone_from_age
    alone_start = last_alone.occurred_on if last_alone else opened
    alone_due = shift(alone_start, alone_every.amount, alone_every.unit, h.calendar)
    found = _seen_sentence(child.display_name, last, last_alone)
    late = []
    if today > due:
        late.append(
            translate("health_risk", "a visit was due by {day} (every {every}: {what})").format(
                day=day_text(due), every=every.every, what=what
            )
        )
    if old_enough and today > alone_due:
        late.append(
            translate("health_risk", "seeing the child alone was due by {day}").format(
                day=day_text(alone_due)
            )
        )
    records = [e.id for e in (last, last_alone) if e is not None]
    if not late:
        return result(
            "child-seen",
            Theme.RISK,
            question,
            False,
            found
            + " "
            + translate("health_risk", "Next visit due {day}.").format(day=day_text(due)),
            records=records,
            place="chronology",
        )
    return result(
        "child-seen",
        Theme.RISK,
        question,
        True,
        found + " " + translate("health_risk", "Overdue: {late}.").format(late="; ".join(late)),
        translate(
            "health_risk",
            "Visit and see {child}, alone, and record what they say in their own words.",
        ).format(child=child.display_name),
        records,
        "chronology",
    )


def _seen_sentence(child: str, last: ChronologyEntry | None, alone: ChronologyEntry | None) -> str:
    """When the child was last seen, and last seen alone: one whole sentence each way."""
    if last and alone:
        return translate("health_risk", "{child} last seen {day}; last seen alone {alone}.").format(
            child=child, day=day_text(last.occurred_on), alone=day_text(alone.occurred_on)
        )
    if last:
        return translate(
            "health_risk", "{child} last seen {day}; never recorded as seen alone."
        ).format(child=child, day=day_text(last.occurred_on))
    if alone:
        return translate(
            "health_risk",
            "{child} not recorded as seen since the case opened; last seen alone {alone}.",
        ).format(child=child, alone=day_text(alone.occurred_on))
    return translate(
        "health_risk",
        "{child} not recorded as seen since the case opened; never recorded as seen alone.",
    ).format(child=child)


def actions_done(h: HealthInputs) -> CheckResult:
    """Actions the family agreed and did not do (how disguised compliance shows)."""
    record, today = h.record, h.today
    question = translate("health_risk", "Has the family done what it agreed?")
    family = {p.id for p in record.people}
    agreed = [a for a in record.actions if a.owner in family]
    if not agreed:
        return not_applicable(
            "actions-done",
            Theme.RISK,
            question,
            translate("health_risk", "No action agreed by the family is recorded."),
        )
    undone = [a for a in record.overdue_actions(today) if a.owner in family]
    if not undone:
        return result(
            "actions-done",
            Theme.RISK,
            question,
            False,
            translate(
                "health_risk", "%n action(s) agreed by the family; none overdue.", None, len(agreed)
            ),
            records=[a.id for a in agreed],
            place="actions",
        )
    described = [
        translate("health_risk", "{what} ({owner}, due {day})").format(
            what=a.what, owner=record.owner_name(a.owner), day=day_text(a.due_on)
        )
        for a in undone
    ]
    return result(
        "actions-done",
        Theme.RISK,
        question,
        True,
        translate("health_risk", "{count} agreed and not done: {actions}.").format(
            count=len(undone), actions=listed(described, 2)
        ),
        translate(
            "health_risk",
            "Ask the family why, record what they say and what you see, and weigh it in the "
            "plan: agreement without change is a pattern to name (disguised compliance).",
        ),
        [a.id for a in undone],
        "actions",
    )


def avoidance(h: HealthInputs) -> CheckResult:
    """No-access visits, missed appointments, cancellations and gaps in contact."""
    record, today = h.record, h.today
    question = translate("health_risk", "Does the chronology show avoidance?")
    # Only avoidance entries can make a run: the rest need not be walked again.
    kinds = {c for c in {e.category for e in record.entries} if c.is_avoidance}
    avoiding = [e for e in record.entries if e.category in kinds]
    found = [
        *avoidance_runs(avoiding, h.thresholds),
        *contact_gaps(record.entries, today, h.thresholds, record.case.opened_on),
    ]
    if not found:
        return result(
            "avoidance",
            Theme.RISK,
            question,
            False,
            translate(
                "health_risk",
                "No run of no-access visits, missed appointments or cancellations, and no gap "
                "in contact past the thresholds.",
            ),
            place="chronology",
        )
    return result(
        "avoidance",
        Theme.RISK,
        question,
        True,
        " ".join(p.summary for p in found),
        translate(
            "health_risk",
            "Treat the pattern as information about risk: discuss it in supervision, tell the "
            "team around the family, and plan how the child will be seen.",
        ),
        [e for p in found for e in p.entries],
        "chronology",
    )
