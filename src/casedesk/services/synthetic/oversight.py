"""The supervisor's side of the demo: assessments, supervision, sign-offs and escalation.

Each case is given, as its family is made, the assessment its chronology and deadlines
tell of (``assessments``) and its supervision while social care has it (``supervision``).
Then, across the file, a few cases are chosen to show what a supervisor must see at once
(each on a case of its own where the file has enough of them):

- an assessment signed off late, with the supervisor's reason (the latest completed one
  that had time to be: submitted a week or so before the sign-off day);
- an assessment completed but not yet submittable, with what is missing: a member of the
  team not asked, another asked and not answered, the mother's partner not seen (the most
  recently completed one);
- a supervision missed, leaving about seven weeks between two (on the case with the longest
  run of them), and the next one saying why;
- an escalation about information not shared, with no response at stage 1 and now overdue
  at stage 2 (raised by the worker with a member of the team who recorded something in the
  case's chronology).

Nothing here is dated after ``as_of`` but what is due. The sign-offs themselves are made by
``services.demo`` once the file exists (``PlannedSignOff``), on the demo's day: only the
supervisor's own key can sign them, and a case file dates none before its last change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, TypeVar

from casedesk.domain.actions import Action
from casedesk.domain.assessments import AdultConsidered, Assessment, SourceConsulted
from casedesk.domain.cases import Case, LegalStatus
from casedesk.domain.chronology import Category, ChronologyEntry
from casedesk.domain.escalation import Escalation, response_due
from casedesk.domain.intervals import Unit, shift
from casedesk.domain.oversight_rules import DEFAULT_ESCALATION
from casedesk.domain.people import Person
from casedesk.domain.relationships import HouseholdMembership, Relationship
from casedesk.domain.supervision import Supervision
from casedesk.domain.team import Professional
from casedesk.domain.timescales import Deadline
from casedesk.services.synthetic import oversight_words as w
from casedesk.services.synthetic.assessments import add_assessment, formats, working_days_back
from casedesk.services.synthetic.data import PlannedSignOff, SyntheticData
from casedesk.services.synthetic.phrases import _SOCIAL_CARE, WORKER, in_term
from casedesk.services.synthetic.supervision import Sessions, add_supervisions

if TYPE_CHECKING:
    from casedesk.services.synthetic.family import Family

# Members of the team an escalation is raised with, the likeliest first.
_ESCALATE_WITH = (
    "Designated safeguarding lead",
    "Health visitor",
    "GP",
    "Police officer",
    "Nursery manager",
    "Housing officer",
    "Mental health nurse",
    "School nurse",
    "Family support worker",
    "Midwife",
    "Probation officer",
)
_IN_TERM = ("Designated safeguarding lead", "Nursery manager")  # closed in the holidays
_GAP = 49  # days between the supervisions either side of the one missed: about 7 weeks
T = TypeVar("T")


def _tail(items: list[T], test: Callable[[T], bool]) -> list[T]:
    """The run of ``items`` at the end of the list that ``test`` accepts, in order (what
    the family just built added: its records are the last ones)."""
    found = []
    for item in reversed(items):
        if not test(item):
            break
        found.append(item)
    found.reverse()
    return found


@dataclass
class Casework:
    """One case as its oversight is made: what the family built, and what is added."""

    family: Family
    case: Case
    entries: list[ChronologyEntry]  # the case's, by date
    deadlines: list[Deadline]
    team: list[Professional]
    people: tuple[Person, ...]
    relationships: tuple[Relationship, ...]
    households: tuple[HouseholdMembership, ...]
    used: set[str]  # what the case's actions say (no action twice)
    fmt: dict[str, str] = field(default_factory=dict)
    assessment: Assessment | None = None
    sources: list[SourceConsulted] = field(default_factory=list)
    adults: list[AdultConsidered] = field(default_factory=list)
    sign_off: PlannedSignOff | None = None
    supervisions: list[Supervision] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    escalations: list[Escalation] = field(default_factory=list)
    shows: set[str] = field(default_factory=set)  # the showcases made on this case

    @classmethod
    def of(cls, family: Family) -> Casework:
        """The case the family just built (its records are the last of each list)."""
        data, case_id = family.data, family.case_id
        members = set(family.members)
        people = data.people[-len(members) :]
        if {p.id for p in people} != members:  # not the last built: look them up
            people = [p for p in data.people if p.id in members]
        work = cls(
            family=family,
            case=data.cases[-1],
            entries=sorted(
                _tail(data.entries, lambda e: e.case == case_id),
                key=lambda e: (e.occurred_on, e.id),
            ),
            deadlines=_tail(data.deadlines, lambda d: d.case == case_id),
            team=list(family.team),
            people=tuple(people),
            relationships=tuple(
                _tail(
                    data.relationships,
                    lambda r: r.from_person in members or r.to_person in members,
                )
            ),
            households=tuple(_tail(data.households, lambda h: h.person in members)),
            used={a.what for a in _tail(data.actions, lambda a: a.case == case_id)},
        )
        work.fmt = formats(work)
        due = family.add_working(family.opened, 45)
        work.fmt["due"] = f"{due:%-d %b %Y}"
        return work


class Oversight:
    """The oversight of a generated file: added case by case, then ``finish``."""

    def __init__(self, data: SyntheticData) -> None:
        self.data = data
        self.works: list[Casework] = []
        self.sessions = Sessions()

    def add(self, family: Family) -> None:
        """The assessment and supervision of the case ``family`` has just built."""
        work = Casework.of(family)
        add_assessment(work)
        add_supervisions(work, self.sessions)
        self.works.append(work)

    def finish(self) -> None:
        """Choose the showcases, then add every case's oversight to the data."""
        _assessment_showcases(self.works)
        _supervision_gap(self.works)
        _escalation(self.works)
        data = self.data
        for work in self.works:
            if work.assessment is not None:
                data.assessments.append(work.assessment)
            data.sources_consulted += work.sources
            data.adults_considered += work.adults
            data.supervisions += work.supervisions
            data.actions += work.actions
            data.escalations += work.escalations
            if work.sign_off is not None:
                data.sign_offs.append(work.sign_off)


def _free(works: list[Casework]) -> list[Casework]:
    """The cases with no showcase yet first, keeping their order."""
    return [work for work in works if not work.shows] + [work for work in works if work.shows]


def _assessment_showcases(works: list[Casework]) -> None:
    """One assessment signed off late (with the reason), one completed with what is
    missing before it can be submitted."""
    completed = [work for work in works if _completed_on(work) is not None]

    def can_be_late(work: Casework) -> bool:
        completed = _completed_on(work)
        if work.sign_off is None or completed is None:
            return False
        return working_days_back(work.family, work.sign_off.signed_on, 6) >= completed

    def recency(work: Casework) -> tuple[date, str]:
        return _completed_on(work) or date.min, work.case.reference

    latest = max(completed, key=recency, default=None)
    late = [work for work in completed if can_be_late(work) and work is not latest]
    if latest is not None and (late or not can_be_late(latest)) and _make_gaps(latest):
        latest.shows.add("gaps")
    late = [work for work in completed if can_be_late(work) and "gaps" not in work.shows]
    if late:
        _sign_late(max(late, key=recency))


def _completed_on(work: Casework) -> date | None:
    return work.assessment.completed_on if work.assessment is not None else None


def _make_gaps(work: Casework) -> bool:
    """Unsubmit the assessment and leave three things missing (False: it cannot have them)."""
    assessment = work.assessment
    assert assessment is not None
    own = {m.id for m in work.team if (m.role, m.agency) == _SOCIAL_CARE}
    others = [s for s in work.sources if s.professional and s.professional not in own]
    partner = next((a for a in work.adults if a.person == work.family.partner.id), None)
    if len(others) < 2 or partner is None:
        return False
    # The GP is the member most often left out; then whoever was asked last.
    others.sort(key=lambda s: (_role(work, s.professional) != "GP", s.asked_on or date.min))
    not_asked, not_answered = others[0], others[-1]
    work.sources = [s for s in work.sources if s is not not_asked]
    work.sources = [
        replace(s, answered_on=None, said="") if s is not_answered else s for s in work.sources
    ]
    work.adults = [
        replace(a, seen_on=None, not_seen_because="") if a is partner else a for a in work.adults
    ]
    work.assessment = replace(assessment, submitted_on=None)
    work.sign_off = None
    return True


def _role(work: Casework, professional: str) -> str:
    return next((m.role for m in work.team if m.id == professional), "")


def _sign_late(work: Casework) -> None:
    """Sign the assessment off past its five working days, saying why: it was submitted
    a week or so before the sign-off day (no sooner than it was completed)."""
    assessment, family, planned = work.assessment, work.family, work.sign_off
    assert assessment is not None and assessment.completed_on is not None
    assert planned is not None
    rng = family.stream("late sign-off")
    for late_by in range(rng.randint(2, 6), 0, -1):
        submitted = working_days_back(family, planned.signed_on, 5 + late_by)
        if submitted >= assessment.completed_on:
            break
    work.assessment = replace(assessment, submitted_on=submitted)
    work.sign_off = replace(
        planned,
        comment="Agreed: a clear analysis; the plan follows from it.",
        late_reason=rng.choice(w.LATE_SIGN_OFF),
    )
    work.shows.add("late sign-off")


def _supervision_gap(works: list[Casework]) -> None:
    """Miss one supervision on one case: the one leaving a gap nearest seven weeks, where
    the chronology notes no supervision either (on a case social care still has, and with
    no other showcase, if any has a long enough run)."""
    best: tuple[tuple[bool, bool, bool, int], Casework, int] | None = None
    for work in works:
        held = work.supervisions
        # A case stepped down to early help shows a gap from then already.
        stepped_down = work.family.episodes[-1][1] < work.family.today.toordinal() - 7
        for index in range(1, len(held) - 1):
            if len(held[index].cases_discussed) > 1:
                continue  # a session of several cases is on every one of them
            before, after = held[index - 1].held_on, held[index + 1].held_on
            if after <= shift(before, 1, Unit.MONTHS, work.family.calendar):
                continue  # missing it would leave no gap past the interval
            noted = any(
                e.category == Category.SUPERVISION and before < e.occurred_on < after
                for e in work.entries
            )
            score = (stepped_down, bool(work.shows), noted, abs((after - before).days - _GAP))
            if best is None or score < best[0]:
                best = (score, work, index)
    if best is None:
        return
    _score, work, index = best
    missed = work.supervisions.pop(index)
    work.actions = [a for a in work.actions if a.supervision != missed.id]
    since = work.supervisions[index - 1].held_on
    next_one = work.supervisions[index]
    work.supervisions[index] = replace(
        next_one,
        reflection=w.AFTER_GAP.format(since=f"{since:%-d %b %Y}") + next_one.reflection,
    )
    work.shows.add("supervision gap")


def _escalation(works: list[Casework]) -> None:
    """An escalation about information not shared, overdue at stage 2 on ``as_of``."""
    for work in _free(works):
        if _escalate(work):
            work.shows.add("escalation")
            return


def _escalate(work: Casework) -> bool:
    """Raise it on this case, if social care has it and a member of the team fits."""
    family = work.family
    today, calendar, opened = family.today, family.calendar, family.opened
    if family.status is LegalStatus.EARLY_HELP or family.episodes[-1][1] < today.toordinal() - 7:
        return False  # social care no longer has the case
    rng = family.stream("escalation")
    procedure = DEFAULT_ESCALATION
    # Stage 1 raised about three weeks ago, no response in its 2 working days, stage 2 the
    # day after, its 5 working days past by today.
    raised = family.workday(today - timedelta(days=rng.randint(18, 24)))
    while True:
        due = response_due(procedure, 1, raised, calendar)
        second = family.add_working(due, 1)
        second_due = response_due(procedure, 2, second, calendar)
        if second_due < today:
            break
        raised = family.workday(raised - timedelta(days=7))
    asked = family.workday(raised - timedelta(days=rng.randint(7, 12)), opened, raised)
    if asked <= opened:
        return False
    members = [
        m
        for m in work.team
        if m.role in _ESCALATE_WITH
        and (m.role, m.agency) != _SOCIAL_CARE
        and m.involved_from <= asked
        and m.involved_to is None
        and (m.role not in _IN_TERM or _term(asked, today))
        # Nothing from their agency in the chronology since they were asked: what they
        # were asked for has truly not come (an entry of theirs would contradict it).
        and not any(e.source == m.agency and e.occurred_on >= asked for e in work.entries)
    ]
    if not members:
        return False
    member = min(members, key=lambda m: _ESCALATE_WITH.index(m.role))
    reported = [e for e in work.entries if opened <= e.occurred_on < asked]
    theirs = (
        [e for e in reported if e.source == member.agency]
        or [e for e in reported if e.significance >= 2]
        or reported
    )
    if not theirs:
        return False
    entry = theirs[-1]
    what = entry.description.rstrip(".")
    what = what if len(what) <= 80 else what[:79].rstrip() + "…"
    concern = w.CONCERN_NOT_SHARED.format(
        reported=f"{entry.occurred_on:%-d %b %Y}",
        what=what,
        name=member.name,
        asked=f"{asked:%-d %b %Y}",
        records=w.RECORDS_ASKED[member.role],
    )
    first = Escalation(
        family.ids.next("es"),
        family.case_id,
        raised,
        WORKER,
        f"{member.name} ({member.role if member.role.isupper() else member.role.lower()}, "
        f"{member.agency})",
        concern,
        1,
        due,
        professional=member.id,
        outcome=w.NO_RESPONSE.format(due=f"{due:%-d %b %Y}"),
    )
    then = Escalation(
        family.ids.next("es"),
        family.case_id,
        second,
        WORKER,
        f"{w.LINE_MANAGER[member.role]}, {member.agency}",
        concern,
        2,
        second_due,
        follows=first.id,
    )
    work.escalations += [first, then]
    for index in range(len(work.supervisions) - 1, -1, -1):
        held = work.supervisions[index]
        if held.held_on >= second:  # the supervision since says so
            work.supervisions[index] = replace(held, decisions=held.decisions + w.ESCALATED)
            break
    return True


def _term(start: date, end: date) -> bool:
    """Whether schools are open every day from ``start`` to ``end``."""
    return all(in_term(start + timedelta(days=n)) for n in range((end - start).days + 1))
