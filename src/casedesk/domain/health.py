"""The case health check: what serious case reviews keep finding, asked of every case.

Each check is one question of the record, answered ``pass``, ``fail`` or
``not_applicable``, with a sentence saying what was found, the records behind it (their
ids, one click away on screen) and, when it fails, what to do next. The themes are the
review's (../shared/000_946fc6808cce59ab.txt): 1 information sharing, 2 seeing risk whole,
3 assessment, 4 oversight, 5 fathers and significant adults. Thresholds are the rule
pack's ``[health]`` (``health_rules``); timescales, supervision, sign-off and escalation
are the pack's own.

Plain Python: the record is given (as it is now, or as it was recorded on a past day), and
so are the sign-offs as storage verified them; nothing here reads a file.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from casedesk.domain.ages import years_between
from casedesk.domain.approval import plans, sign_off_due
from casedesk.domain.assessment_gaps import Gap, adults_to_consider, gaps
from casedesk.domain.assessments import Assessment, ConcernAnswered
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.chronology import ChildSeen, ChronologyEntry
from casedesk.domain.escalation import EscalationStatus, taken_further
from casedesk.domain.evidence import Corroboration, Significance
from casedesk.domain.intervals import Interval, shift
from casedesk.domain.patterns import Thresholds, contact_gaps
from casedesk.domain.patterns import avoidance as avoidance_runs
from casedesk.domain.people import Identification
from casedesk.domain.rule_packs import RulePack
from casedesk.domain.sharing import shown_decisions, undecided_entries
from casedesk.domain.sign_offs import ASSESSMENT, PLAN, SignOffCheck, SignOffState
from casedesk.domain.supervision import supervision_gaps
from casedesk.domain.team import Professional
from casedesk.domain.working_days import WorkingCalendar


class Theme(enum.IntEnum):
    """The review's five themes."""

    SHARING = 1
    RISK = 2
    ASSESSMENT = 3
    OVERSIGHT = 4
    ADULTS = 5

    @property
    def title(self) -> str:
        """The theme in words."""
        return _THEMES[self]


_THEMES = {
    Theme.SHARING: "Sharing information",
    Theme.RISK: "Seeing risk whole",
    Theme.ASSESSMENT: "Assessment",
    Theme.OVERSIGHT: "Oversight",
    Theme.ADULTS: "Fathers and significant adults",
}


class Status(enum.Enum):
    """A check's answer."""

    PASS = "pass"  # noqa: S105 - a check passed, not a password
    FAIL = "fail"
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True)
class CheckResult:
    """One check of one case."""

    check: str  # a stable id: "father-recorded"
    theme: Theme
    question: str  # what is asked, as a heading
    status: Status
    explanation: str  # what was found
    next_step: str = ""  # what to do (a failed check)
    records: tuple[str, ...] = ()  # the ids of the records behind it
    place: str = ""  # where on the case's screen those records are (a tab)

    @property
    def failed(self) -> bool:
        """True when the check failed."""
        return self.status is Status.FAIL


@dataclass(frozen=True)
class HealthInputs:
    """What the check needs beyond the record: the day, the pack, the calendar, which
    workers are newly qualified, and the sign-offs as storage verified them."""

    record: CaseRecord
    today: date
    pack: RulePack
    calendar: WorkingCalendar | None = None
    newly_qualified: Mapping[str, date] = field(default_factory=dict)
    sign_offs: Sequence[SignOffCheck] = ()
    oversight_from: date | None = None  # the day the file began to record sign-offs
    thresholds: Thresholds = field(default_factory=Thresholds)

    # What several checks read, worked out once per case: a chronology of thousands of
    # entries is walked once, not once a check (200 cases' checks run in well under 0.2 s).
    @cached_property
    def significant(self) -> list[ChronologyEntry]:
        """The entries marked significant or critical."""
        return [e for e in self.record.entries if e.significance >= Significance.SIGNIFICANT]

    @cached_property
    def seen(self) -> list[ChronologyEntry]:
        """The entries in which the child was seen (alone or not)."""
        kinds = (ChildSeen.SEEN_ALONE, ChildSeen.SEEN_NOT_ALONE)
        return [e for e in self.record.entries if e.child_seen in kinds]

    @cached_property
    def contradicted(self) -> list[ChronologyEntry]:
        """The entries another source contradicts."""
        return [e for e in self.record.entries if e.corroboration is Corroboration.CONTRADICTED]

    @cached_property
    def latest_assessment(self) -> Assessment | None:
        """The assessment begun last."""
        return max(self.record.assessments, key=lambda a: (a.started_on, a.id), default=None)

    @cached_property
    def assessment_gaps(self) -> list[Gap]:
        """What the latest assessment is missing."""
        latest = self.latest_assessment
        if latest is None:
            return []
        sources = [s for s in self.record.sources_consulted if s.assessment == latest.id]
        adults = [a for a in self.record.adults_considered if a.assessment == latest.id]
        return gaps(latest, self.record, sources, adults, self.calendar)


Check = Callable[[HealthInputs], CheckResult]


def _day(value: date | None) -> str:
    return f"{value:%-d %b %Y}" if value else ""


def _short(text: str, limit: int = 60) -> str:
    """The start of a text, cut at a word, for quoting in a sentence."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text.rstrip(".")
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:.") + "…"


def _called(name: str, unnamed: str) -> str:
    """A person's name, or what to call them while it is not known."""
    return unnamed if name == "(name not known)" else name


def _names(items: Sequence[str], limit: int = 4, total: int | None = None) -> str:
    """The first ``limit`` items, and how many more (``total``: when only those shown
    were put in words)."""
    count = len(items) if total is None else total
    shown = ", ".join(items[:limit])
    return shown + (f" and {count - limit} more" if count > limit else "")


def _result(
    check: str,
    theme: Theme,
    question: str,
    failed: bool,
    explanation: str,
    next_step: str = "",
    records: Sequence[str] = (),
    place: str = "",
) -> CheckResult:
    return CheckResult(
        check,
        theme,
        question,
        Status.FAIL if failed else Status.PASS,
        explanation,
        next_step if failed else "",
        tuple(records),
        place,
    )


def _not_applicable(check: str, theme: Theme, question: str, why: str) -> CheckResult:
    return CheckResult(check, theme, question, Status.NOT_APPLICABLE, why)


# -- Theme 5: fathers and significant adults ---------------------------------------------


def father_recorded(h: HealthInputs) -> CheckResult:
    """A father recorded for the child (as not identified if he is not known)."""
    record = h.record
    question = "Is a father recorded for the child?"
    fathers = [p.id for p in record.fathers()]
    child = record.subject_child.display_name
    if fathers:
        names = [_called(record.person(p).display_name, "a father not yet named") for p in fathers]
        return _result(
            "father-recorded",
            Theme.ADULTS,
            question,
            False,
            f"{_names(names)} recorded as {child}'s father.",
            records=fathers,
            place="people",
        )
    return _result(
        "father-recorded",
        Theme.ADULTS,
        question,
        True,
        f"No father is recorded for {child}.",
        "Record the father, as 'not identified' if he is not known, and each attempt to "
        "identify him.",
        place="people",
    )


def adults_identified(h: HealthInputs) -> CheckResult:
    """Each father, significant adult and adult of the household identified, or being
    identified: an attempt within the pack's time, with a dated next step."""
    record, today = h.record, h.today
    question = "Is every father and adult around the child identified, or being identified?"
    adults = adults_to_consider(record, today)
    if not adults:
        return _not_applicable(
            "adults-identified", Theme.ADULTS, question, "No adults are recorded around the child."
        )
    since = _back(today, h.pack.health.attempt_within, h.calendar)
    stalled = []
    for adult in adults:
        person = adult.person
        if person.identification is Identification.IDENTIFIED:
            continue
        recent = [
            a
            for a in record.identification_attempts
            if a.person == person.id and a.attempted_on >= since and _has_date(a.next_step)
        ]
        if not recent:
            stalled.append(adult)
    if not stalled:
        open_count = sum(
            1 for a in adults if a.person.identification is not Identification.IDENTIFIED
        )
        said = (
            f"All {len(adults)} identified."
            if not open_count
            else (
                f"{open_count} not yet identified, each with an attempt since {_day(since)} and a "
                "dated next step."
            )
        )
        return _result(
            "adults-identified",
            Theme.ADULTS,
            question,
            False,
            said,
            records=[a.person.id for a in adults],
            place="people",
        )
    names = [f"{_called(a.person.display_name, 'not named')} ({a.why})" for a in stalled]
    return _result(
        "adults-identified",
        Theme.ADULTS,
        question,
        True,
        f"Not identified, and no attempt since {_day(since)} with a dated next step: "
        f"{_names(names)}.",
        "Try again to identify each (ask the mother, the GP, the police, the housing "
        "provider) and record the attempt with its next step and date.",
        [a.person.id for a in stalled],
        "identification attempts",
    )


def _has_date(text: str) -> bool:
    """A next step that says when (a date or a day of the month in its words)."""
    return any(ch.isdigit() for ch in text)


def _back(today: date, interval: Interval, calendar: WorkingCalendar | None) -> date:
    from casedesk.domain.intervals import back

    return back(today, interval.amount, interval.unit, calendar)


def refusals_challenged(h: HealthInputs) -> CheckResult:
    """Refusals or reluctance to name an adult counted; past the pack's number, a prompt
    to challenge and to consider escalation (passes once an escalation is raised after
    the last refusal)."""
    record = h.record
    question = "Are repeated refusals to name an adult challenged?"
    refusals = record.refusals()
    if not refusals:
        return _not_applicable(
            "refusals-challenged", Theme.ADULTS, question, "No refusal or reluctance is recorded."
        )
    limit = h.pack.health.refusals_to_challenge
    fathers = {p.id for p in record.fathers()}
    over = []
    for person_id, attempts in refusals.items():
        last = max(a.attempted_on for a in attempts)
        # Challenged: an escalation since the last refusal about this person (named, or
        # "the father" for a father), not any escalation about anything.
        person = record.person(person_id)
        words = {w.casefold() for w in person.display_name.split() if len(w) > 1}
        if person_id in fathers:
            words.add("father")
        challenged = any(
            step.raised_on >= last
            and words & {w.strip(".,;:'").casefold() for w in step.concern.split()}
            for step in record.escalations
        )
        if len(attempts) >= limit and not challenged:
            over.append((person_id, len(attempts)))
    counts = [f"{record.person(p).display_name}: {len(a)}" for p, a in refusals.items()]
    if not over:
        return _result(
            "refusals-challenged",
            Theme.ADULTS,
            question,
            False,
            f"Refusals counted ({_names(counts)}); none past {limit} without an escalation "
            "after it.",
            records=list(refusals),
            place="identification attempts",
        )
    names = [f"{_called(record.person(p).display_name, 'not named')} ({n} times)" for p, n in over]
    return _result(
        "refusals-challenged",
        Theme.ADULTS,
        question,
        True,
        f"Refused or reluctant to be named {limit} or more times: {_names(names)}.",
        "Challenge the refusal with the parent, say in the record why it matters for the "
        "child, and consider escalating to your manager.",
        [p for p, _n in over],
        "identification attempts",
    )


def adult_checks(h: HealthInputs) -> CheckResult:
    """Checks (police, probation, adult services) recorded on the significant adults and
    the adults of the household."""
    record, today = h.record, h.today
    question = "Are checks recorded on each significant adult?"
    child = record.case.subject_child
    adults = [
        a
        for a in adults_to_consider(record, today)
        if not a.why.startswith(("biological mother", "adoptive mother")) or a.person.id == child
    ]
    if not adults:
        return _not_applicable(
            "adult-checks", Theme.ADULTS, question, "No significant adults are recorded."
        )
    checked = {c.person for c in record.adults_considered if c.checks.strip()}
    missing = [a for a in adults if a.person.id not in checked]
    if not missing:
        return _result(
            "adult-checks",
            Theme.ADULTS,
            question,
            False,
            f"Checks recorded on all {len(adults)}.",
            records=[a.person.id for a in adults],
            place="oversight",
        )
    names = [f"{a.person.display_name} ({a.why})" for a in missing]
    return _result(
        "adult-checks",
        Theme.ADULTS,
        question,
        True,
        f"No checks recorded on {_names(names)}.",
        "Ask for police, probation and adult services checks on each, and record them in "
        "the assessment's 'every adult' page.",
        [a.person.id for a in missing],
        "oversight",
    )


# -- Theme 2: seeing risk whole -----------------------------------------------------------


def self_report_corroborated(h: HealthInputs) -> CheckResult:
    """Significant facts resting only on self-report, past the pack's time uncorroborated."""
    today = h.today
    question = "Are significant facts borne out by more than self-report?"
    since = _back(today, h.pack.health.corroborate_within, h.calendar)
    resting = [e for e in h.significant if e.rests_on_self_report]
    if not resting:
        return _result(
            "self-report-corroborated",
            Theme.RISK,
            question,
            False,
            "No significant fact rests on self-report alone.",
            place="chronology",
        )
    old = [e for e in resting if e.occurred_on < since and not e.analysis.strip()]
    if not old:
        return _result(
            "self-report-corroborated",
            Theme.RISK,
            question,
            False,
            f"{len(resting)} significant fact(s) rest on self-report, each recent or with "
            "its analysis.",
            records=[e.id for e in resting],
            place="chronology",
        )
    described = [f"{_day(e.occurred_on)} ({e.category.value})" for e in old[:4]]
    return _result(
        "self-report-corroborated",
        Theme.RISK,
        question,
        True,
        f"{len(old)} significant fact(s) rest only on what someone said, uncorroborated "
        f"since: {_names(described, total=len(old))}.",
        "Seek what would bear each out or contradict it (another agency's record, a "
        "document, what you see), or say in its analysis why it cannot be.",
        [e.id for e in old],
        "chronology",
    )


def contradictions_analysed(h: HealthInputs) -> CheckResult:
    """Contradicted facts, each with an analysis of what to believe."""
    question = "Is every contradicted fact analysed?"
    contradicted = h.contradicted
    if not contradicted:
        return _not_applicable(
            "contradictions", Theme.RISK, question, "No fact is recorded as contradicted."
        )
    open_ = [e for e in contradicted if not e.analysis.strip()]
    if not open_:
        return _result(
            "contradictions",
            Theme.RISK,
            question,
            False,
            f"{len(contradicted)} contradicted fact(s), each with its analysis.",
            records=[e.id for e in contradicted],
            place="chronology",
        )
    described = [f"{_day(e.occurred_on)}: \u201c{_short(e.description)}\u201d" for e in open_[:2]]
    return _result(
        "contradictions",
        Theme.RISK,
        question,
        True,
        f"{len(open_)} fact(s) contradicted by another source with no analysis: "
        f"{_names(described, 2, len(open_))}.",
        "Weigh each account against the other and record, in the entry's analysis, what you "
        "conclude and why (a parent's account contradicted by what others saw is itself a "
        "finding).",
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
    return h.pack.health.child_seen_within, "the agency's time for seeing a child"


def child_seen(h: HealthInputs) -> CheckResult:
    """The child last seen, and last seen alone, against the visit timescale."""
    record, today = h.record, h.today
    question = "Has the child been seen, and seen alone, recently enough?"
    child = record.subject_child
    if child.is_unborn or record.case.closed_on is not None:
        why = "The child is not born yet." if child.is_unborn else "The case is closed."
        return _not_applicable("child-seen", Theme.RISK, question, why)
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
    found = (
        f"{child.display_name} last seen {_day(last.occurred_on)}"
        if last
        else f"{child.display_name} not recorded as seen since the case opened"
    ) + (
        f"; last seen alone {_day(last_alone.occurred_on)}."
        if last_alone
        else "; never recorded as seen alone."
    )
    late = []
    if today > due:
        late.append(f"a visit was due by {_day(due)} (every {every.every}: {what})")
    if old_enough and today > alone_due:
        late.append(f"seeing the child alone was due by {_day(alone_due)}")
    records = [e.id for e in (last, last_alone) if e is not None]
    if not late:
        return _result(
            "child-seen",
            Theme.RISK,
            question,
            False,
            found + f" Next visit due {_day(due)}.",
            records=records,
            place="chronology",
        )
    return _result(
        "child-seen",
        Theme.RISK,
        question,
        True,
        f"{found} Overdue: {'; '.join(late)}.",
        f"Visit and see {child.display_name}, alone, and record what they say in their own words.",
        records,
        "chronology",
    )


def actions_done(h: HealthInputs) -> CheckResult:
    """Actions the family agreed and did not do (how disguised compliance shows)."""
    record, today = h.record, h.today
    question = "Has the family done what it agreed?"
    family = {p.id for p in record.people}
    agreed = [a for a in record.actions if a.owner in family]
    if not agreed:
        return _not_applicable(
            "actions-done", Theme.RISK, question, "No action agreed by the family is recorded."
        )
    undone = [a for a in record.overdue_actions(today) if a.owner in family]
    if not undone:
        return _result(
            "actions-done",
            Theme.RISK,
            question,
            False,
            f"{len(agreed)} action(s) agreed by the family; none overdue.",
            records=[a.id for a in agreed],
            place="actions",
        )
    described = [f"{a.what} ({record.owner_name(a.owner)}, due {_day(a.due_on)})" for a in undone]
    return _result(
        "actions-done",
        Theme.RISK,
        question,
        True,
        f"{len(undone)} agreed and not done: {_names(described, 2)}.",
        "Ask the family why, record what they say and what you see, and weigh it in the "
        "plan: agreement without change is a pattern to name (disguised compliance).",
        [a.id for a in undone],
        "actions",
    )


def avoidance(h: HealthInputs) -> CheckResult:
    """No-access visits, missed appointments, cancellations and gaps in contact."""
    record, today = h.record, h.today
    question = "Does the chronology show avoidance?"
    # Only avoidance entries can make a run: the rest need not be walked again.
    kinds = {c for c in {e.category for e in record.entries} if c.is_avoidance}
    avoiding = [e for e in record.entries if e.category in kinds]
    found = [
        *avoidance_runs(avoiding, h.thresholds),
        *contact_gaps(record.entries, today, h.thresholds, record.case.opened_on),
    ]
    if not found:
        return _result(
            "avoidance",
            Theme.RISK,
            question,
            False,
            "No run of no-access visits, missed appointments or cancellations, and no gap "
            "in contact past the thresholds.",
            place="chronology",
        )
    return _result(
        "avoidance",
        Theme.RISK,
        question,
        True,
        " ".join(p.summary for p in found),
        "Treat the pattern as information about risk: discuss it in supervision, tell the "
        "team around the family, and plan how the child will be seen.",
        [e for p in found for e in p.entries],
        "chronology",
    )


# -- Theme 3: assessment ------------------------------------------------------------------


def _assessment_check(
    check: str, question: str, part: str | None, h: HealthInputs, next_step: str
) -> CheckResult:
    latest = h.latest_assessment
    if latest is None:
        return _not_applicable(check, Theme.ASSESSMENT, question, "No assessment is recorded.")
    found = [g for g in h.assessment_gaps if g.part == part]
    if not found:
        return _result(
            check,
            Theme.ASSESSMENT,
            question,
            False,
            f"{latest.title}: nothing missing here.",
            records=[latest.id],
            place="oversight",
        )
    return _result(
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
        return _not_applicable(
            "assessment-timescale", Theme.ASSESSMENT, question, "No assessment is recorded."
        )
    done = latest.completed_on
    if done is not None:
        late = done > latest.due_on
        if late and not latest.late_reason.strip():
            return _result(
                "assessment-timescale",
                Theme.ASSESSMENT,
                question,
                True,
                f"{latest.title}: completed {_day(done)}, after it was due "
                f"({_day(latest.due_on)}), with no reason recorded.",
                "Record why it was late.",
                [latest.id],
                "oversight",
            )
        said = "late, with the reason recorded" if late else "within its timescale"
        return _result(
            "assessment-timescale",
            Theme.ASSESSMENT,
            question,
            False,
            f"{latest.title}: completed {_day(done)}, {said}.",
            records=[latest.id],
            place="oversight",
        )
    if h.today > latest.due_on:
        return _result(
            "assessment-timescale",
            Theme.ASSESSMENT,
            question,
            True,
            f"{latest.title}: due {_day(latest.due_on)} and not completed.",
            "Complete it, or agree a new date with your manager and record why.",
            [latest.id],
            "oversight",
        )
    return _result(
        "assessment-timescale",
        Theme.ASSESSMENT,
        question,
        False,
        f"{latest.title}: in progress, due {_day(latest.due_on)}.",
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
    result = _assessment_check("assessment-agencies", question, "sources", h, next_step)
    latest = h.latest_assessment
    if result.status is not Status.PASS or latest is None:
        return result
    team: dict[str, Professional] = {p.id: p for p in h.record.professionals}
    waiting = [
        s
        for s in h.record.sources_consulted
        if s.assessment == latest.id and s.asked_on and s.answered_on is None
    ]
    if not waiting:
        return result
    names = [
        f"{team[s.professional].name} ({team[s.professional].agency})"
        if s.professional in team
        else s.source or "a source"
        for s in waiting
    ]
    return _result(
        "assessment-agencies",
        Theme.ASSESSMENT,
        question,
        True,
        f"{latest.title}: asked, no answer recorded: {_names(names)}.",
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
        return _not_applicable(
            "concern-answered", Theme.ASSESSMENT, question, "No assessment is recorded."
        )
    answer = latest.concern_answered
    if answer is ConcernAnswered.ANSWERED:
        return _result(
            "concern-answered",
            Theme.ASSESSMENT,
            question,
            False,
            f"{latest.title}: answered. {latest.concern_answer}".strip(),
            records=[latest.id],
            place="oversight",
        )
    return _result(
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


# -- Theme 4: oversight -------------------------------------------------------------------


def supervision_interval(h: HealthInputs) -> CheckResult:
    """Supervision within the agency's interval (now, and over the pack's look-back)."""
    record, today = h.record, h.today
    question = "Is the case supervised within the agency's interval?"
    if record.case.closed_on is not None:
        return _not_applicable(
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
    since = _back(today, h.pack.health.supervision_lookback, h.calendar)
    recent = [g for g in found if g.until is None or g.until >= since]
    last = max((s.held_on for s in record.supervisions), default=None)
    records = [s.id for s in record.supervisions]
    if not recent:
        said = f"Last supervised {_day(last)}." if last else "Not due yet."
        return _result(
            "supervision-interval",
            Theme.OVERSIGHT,
            question,
            False,
            said + f" No gap past the interval since {_day(since)}.",
            records=records,
            place="oversight",
        )
    return _result(
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
        (PLAN, e.id, f"{e.category.value} on {_day(e.occurred_on)}")
        for e in plans(record, rules, h.oversight_from)
    ]
    if not targets:
        return _not_applicable(
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
                problems.append(f"{title}: awaiting sign-off since {_day(due)}")
                behind.append(target_id)
            continue
        if shown.state is SignOffState.EARLIER_VERSION:
            problems.append(f"{title}: approved an earlier version")
            behind.append(target_id)
        elif shown.sign_off.late_by and not shown.sign_off.late_reason.strip():
            problems.append(f"{title}: signed off late with no reason")
            behind.append(target_id)
    if not problems:
        return _result(
            "sign-offs",
            Theme.OVERSIGHT,
            question,
            False,
            f"{len(targets)} signed off in time or not yet due.",
            records=[t[1] for t in targets],
            place="oversight",
        )
    return _result(
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
        return _not_applicable(
            "escalations", Theme.OVERSIGHT, question, "No escalation is recorded."
        )
    further = taken_further(record.escalations)
    overdue = [
        e
        for e in record.escalations
        if e.status(today, e.id in further) is EscalationStatus.RESPONSE_OVERDUE
    ]
    if not overdue:
        return _result(
            "escalations",
            Theme.OVERSIGHT,
            question,
            False,
            f"{len(record.escalations)} escalation step(s); none past its response date.",
            records=[e.id for e in record.escalations],
            place="oversight",
        )
    described = [f"stage {e.stage} with {e.with_whom}, due {_day(e.response_due)}" for e in overdue]
    return _result(
        "escalations",
        Theme.OVERSIGHT,
        question,
        True,
        f"No response by the date: {_names(described, 2)}.",
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
    if current and leads:
        return _result(
            "team-lead",
            Theme.SHARING,
            question,
            False,
            f"{len(current)} professional(s) involved; lead: {leads[0].name} ({leads[0].agency}).",
            records=[p.id for p in current],
            place="team",
        )
    said = "No lead professional is named." if current else "No team around the family is recorded."
    return _result(
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
        return _not_applicable(
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
        return _result(
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
            + _names(
                [f"{_day(e.occurred_on)} ({e.category.value})" for e in undecided[:3]],
                3,
                len(undecided),
            )
        )
    if pending:
        parts.append(f"{len(pending)} decision(s) left for later")
    return _result(
        "sharing-decisions",
        Theme.SHARING,
        question,
        True,
        "; ".join(parts) + ".",
        "Decide who else needs to know (school, health, police), share or record why not.",
        [e.id for e in undecided] + [d.id for d in pending],
        "sharing",
    )


CHECKS: tuple[Check, ...] = (
    team_and_lead,
    sharing_decided,
    self_report_corroborated,
    contradictions_analysed,
    child_seen,
    actions_done,
    avoidance,
    assessment_timescale,
    assessment_history,
    assessment_agencies,
    assessment_adults,
    concern_answered,
    supervision_interval,
    sign_offs_current,
    escalations_answered,
    father_recorded,
    adults_identified,
    refusals_challenged,
    adult_checks,
)


def health_check(inputs: HealthInputs) -> list[CheckResult]:
    """Every check of one case, in theme order."""
    return [check(inputs) for check in CHECKS]


def failed_count(results: Sequence[CheckResult]) -> int:
    """How many checks failed (the count shown beside a case)."""
    return sum(1 for r in results if r.failed)
