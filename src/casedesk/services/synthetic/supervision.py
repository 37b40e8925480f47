"""The demo's supervision of each case while social care has it, about monthly.

The first is the discussion the chronology already records a few working days after the
referral (the one the hand-recorded deadline is met by); each later one is held on a
working day within a month of the one before, so none is past the agency's interval until
the file chooses one case to show a gap (``oversight``). Each reflects, decides (sometimes
not to act, and why) and agrees an action or two, owned by the worker or a member of the
team involved then, done or not as the record allows (the worker's only while social care
has the case). A later case may be discussed in a session an earlier one was: both records
then name both cases and share the session. An early help case's last supervision agrees
the step-down.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from casedesk.domain.actions import Action, worker_owner
from casedesk.domain.cases import LegalStatus
from casedesk.domain.intervals import Unit, shift
from casedesk.domain.people import Identification
from casedesk.domain.supervision import Supervision
from casedesk.domain.team import active_team
from casedesk.services.synthetic import oversight_words as w
from casedesk.services.synthetic.assessments import cap
from casedesk.services.synthetic.phrases import _SOCIAL_CARE, _TALKS, WORKER, in_term

if TYPE_CHECKING:
    from casedesk.services.synthetic.family import Family
    from casedesk.services.synthetic.oversight import Casework

FIRST = "Case discussed in supervision; plan and timescales agreed."  # family.timeline's
_JOIN = 0.3  # how often a case is discussed in a session an earlier case was
_CASES_A_SESSION = 2
_SCHOOL_ROLES = ("Designated safeguarding lead", "Nursery manager", "School nurse")


@dataclass
class _Session:
    """One supervision session, and the cases' records of it (case work, index)."""

    id: str
    day: date
    records: list[tuple[Casework, int]] = field(default_factory=list)


class _Turns:
    """Each set of words in turn, in an order of the case's own: a case's supervisions
    do not say the same thing time after time."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.orders: dict[tuple[str, ...], tuple[list[str], int]] = {}

    def next(self, options: tuple[str, ...]) -> str:
        """The next of ``options`` for this case."""
        order, taken = self.orders.get(options) or (self.rng.sample(options, len(options)), 0)
        self.orders[options] = (order, taken + 1)
        return order[taken % len(order)]


class Sessions:
    """The file's supervision sessions so far, by day (the first held that day)."""

    def __init__(self) -> None:
        self.by_day: dict[date, _Session] = {}

    def joinable(self, low: date, high: date) -> _Session | None:
        """A session from ``low`` to ``high`` with room for another case."""
        day = low
        while day <= high:
            found = self.by_day.get(day)
            if found is not None and len(found.records) < _CASES_A_SESSION:
                return found
            day += timedelta(days=1)
        return None


def add_supervisions(work: Casework, sessions: Sessions) -> None:
    """Supervise the case about monthly while social care has it."""
    family = work.family
    rng = family.stream("supervision")
    ends = min(date.fromordinal(family.episodes[-1][1]), family.today)
    opened, calendar = family.opened, family.calendar
    first_entry = next(
        (e for e in work.entries if e.description == FIRST and e.occurred_on >= opened), None
    )
    if first_entry is not None:
        first = first_entry.occurred_on
    else:
        first = family.workday(family.add_working(opened, rng.randint(5, 15)))
    if first > ends:
        return
    days: list[tuple[date, _Session | None]] = [(first, None)]
    while True:
        last = days[-1][0]
        limit = shift(last, 1, Unit.MONTHS, calendar)  # the latest it can be held
        joint = None
        if rng.random() < _JOIN:
            joint = sessions.joinable(last + timedelta(days=20), limit)
        day = joint.day if joint else family.by(limit - timedelta(days=rng.randint(0, 9)), last)
        if day > ends:
            break
        days.append((day, joint))
    stepped_down = family.status is LegalStatus.EARLY_HELP and ends < family.today
    if stepped_down and days[-1][0] < ends:
        days.append((ends, None))  # the step-down agreed on social care's last day
    turns = _Turns(rng)
    for number, (day, joint) in enumerate(days):
        last_one = number == len(days) - 1
        supervision = _supervision(work, day, number, stepped_down and last_one, rng, turns)
        if joint is None:
            session = _Session(family.ids.next("ss"), day)
            sessions.by_day.setdefault(day, session)
        else:
            session = joint
        references = (
            *(other.case.reference for other, _index in session.records),
            work.case.reference,
        )
        supervision = replace(supervision, session=session.id, cases_discussed=references)
        for other, index in session.records:
            other.supervisions[index] = replace(
                other.supervisions[index], cases_discussed=references
            )
        session.records.append((work, len(work.supervisions)))
        work.supervisions.append(supervision)
        if not (stepped_down and last_one):
            _agree_actions(work, supervision, rng)


def _supervision(
    work: Casework,
    day: date,
    number: int,
    step_down: bool,
    rng: random.Random,
    turns: _Turns,
) -> Supervision:
    """What one supervision reflected on and decided."""
    family, fmt = work.family, work.fmt
    assessment = work.assessment
    completed = assessment.completed_on if assessment else None
    not_to_act = ""
    if number == 0:
        reflection, decisions = w.FIRST_REFLECTION, w.FIRST_DECISION
    else:
        reflection = turns.next(w.REFLECTIONS)
        if completed is not None and day >= completed:
            decisions = turns.next(w.DECISIONS.get(family.status, w.ASSESSING))
        elif assessment is not None and day > assessment.due_on:
            decisions = w.OVERDUE
        else:
            decisions = turns.next(w.ASSESSING)
        if rng.random() < 0.25:
            # (Whether the child was seen says nothing of a baby not yet born.)
            not_to_act = turns.next(w.NOT_TO_ACT[:3] if family.child.is_unborn else w.NOT_TO_ACT)
    if step_down:
        decisions = w.STEP_DOWN
    return Supervision(
        id=family.ids.next("sv"),
        case=family.case_id,
        held_on=day,
        supervisor=w.SUPERVISOR,
        worker=WORKER,
        reflection=cap(reflection.format_map(fmt)),
        decisions=cap(decisions.format_map(fmt)),
        not_to_act=cap(not_to_act.format_map(fmt)),
    )


def _agree_actions(work: Casework, supervision: Supervision, rng: random.Random) -> None:
    """One or two actions: the worker's or a team member's, done or not as the record
    allows (the worker's done while social care still has the case)."""
    family = work.family
    day, today = supervision.held_on, family.today
    ends = min(date.fromordinal(family.episodes[-1][1]), today)
    fmt = work.fmt | {"month": f"{day:%B %Y}"}
    for _ in range(1 + (rng.random() < 0.4)):
        members = [
            m
            for m in active_team(work.team, day)
            if (m.role, m.agency) != _SOCIAL_CARE
            and m.role in w.TEAM_TASKS
            and (m.role not in _SCHOOL_ROLES or in_term(day))
        ]
        member = rng.choice(members) if members and rng.random() < 0.4 else None
        owner: str
        if member is not None:
            what = w.TEAM_TASKS[member.role].format_map(fmt)
            owner, bound = member.id, today
        else:
            fitting = [t for needs, t in w.WORKER_TASKS if _fits(work, needs, day)]
            fresh = [t for t in fitting if t.format_map(fmt) not in work.used]
            if not fresh:
                continue
            what = rng.choice(fresh).format_map(fmt)
            owner, bound = worker_owner(WORKER), ends
        if what in work.used:
            continue
        work.used.add(what)
        due = family.shared.on(day + timedelta(days=rng.randint(10, 25)), day, date.max)
        # Social care's part ended (a step-down): what the worker agreed was done by then.
        must = member is None and family.status is LegalStatus.EARLY_HELP and ends < today
        completed = _done(family, rng, day, due, bound, must)
        outcome = ""
        if completed is not None:
            outcome = "Done." if completed <= due else "Done late, after a reminder."
        work.actions.append(
            Action(
                family.ids.next("av"),
                family.case_id,
                what,
                owner,
                day,
                due,
                completed,
                outcome,
                supervision=supervision.id,
            )
        )


def _fits(work: Casework, needs: str, day: date) -> bool:
    family = work.family
    if needs == "talk":
        born = family.child.birth
        return born is not None and (day - born.value).days >= _TALKS
    if needs == "named":
        return family.father.identification is Identification.NAMED_NOT_CONFIRMED
    if needs == "earlier":
        return bool(work.fmt["earlier"])
    return True


def _done(
    family: Family, rng: random.Random, agreed: date, due: date, bound: date, must: bool
) -> date | None:
    """When an action was done (by ``bound``), or None: most past their date are done,
    some late; a few not yet due are done early; ``must``: done (the worker's, before
    social care's involvement ended)."""
    today = family.today
    # What is long past its date was mostly done; what is recent often not yet.
    chance = 0.95 if due < today - timedelta(days=60) else 0.6 if due < today else 0.3
    if bound < agreed or agreed >= today or not (must or rng.random() < chance):
        return None
    latest = min(due + timedelta(days=5), bound)
    span = max(0, (latest - agreed).days)
    return family.workday(agreed + timedelta(days=rng.randint(min(1, span), span)), agreed, bound)


__all__ = ["FIRST", "Sessions", "add_supervisions"]
