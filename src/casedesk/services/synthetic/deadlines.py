"""The demo's deadlines: exactly those its events call for under England's pack (as the
case file would record them as the events arrived), with what a worker would have said.

A statutory timescale met late says why; on some cases an open one was extended, with the
reason and who agreed it. The supervision deadline recorded by hand is kept.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.deadline_changes import Timescales
from casedesk.domain.timescales import Deadline

if TYPE_CHECKING:
    from casedesk.services.synthetic.family import Family

# Why a meeting was held late, and why any work (an assessment too) was done late.
_HELD_LATE = (
    "Held late: the police could not attend the first date offered; agreed with the team manager.",
)
DONE_LATE = (
    "Late: checks on the mother's partner were awaited from another authority.",
    "Late: the family cancelled twice; the manager agreed to rearrange rather than proceed "
    "without them.",
    "Late: the allocated worker was off sick; re-allocated and completed on return.",
)
_LATE_REASONS = (*_HELD_LATE, *DONE_LATE)
_ASSESSMENTS = ("assessment", "pre-birth-assessment")
_EXTENSIONS = (
    "Extended with the team manager's agreement: the father's identity is still being "
    "established and the assessment cannot be concluded without him.",
    "Extended: the school's and the GP's information is awaited; requested twice.",
)


def add_deadlines(family: Family, timescales: Timescales) -> None:
    """Record the case's deadlines as the events called for them."""
    data, case_id, today = family.data, family.case_id, family.today
    rng = family.stream("deadlines")
    case = next(c for c in data.cases if c.id == case_id)
    people = {p.id: p for p in data.people}
    record = CaseRecord(
        case,
        tuple(people[p] for p in data.case_people[case_id]),
        entries=tuple(e for e in data.entries if e.case == case_id),
        deadlines=tuple(d for d in data.deadlines if d.case == case_id),
    )
    arising = timescales.with_arising(record, today).deadlines[len(record.deadlines) :]
    for deadline in arising:
        data.deadlines.append(_as_said(deadline, timescales, rng.random()))


def _as_said(deadline: Deadline, timescales: Timescales, chance: float) -> Deadline:
    if deadline.late_without_reason:
        # An assessment is completed, not held: the reasons a meeting is held late do not fit.
        said = DONE_LATE if deadline.rule in _ASSESSMENTS else _LATE_REASONS
        return replace(deadline, reason=said[int(chance * len(said))])
    if (
        deadline.statutory
        and deadline.met_on is None
        and chance < 0.35
        and timescales.calendar.working_days_between(deadline.started_on, deadline.due) > 5
    ):
        extended = timescales.calendar.add_working_days(deadline.due, 10)
        return replace(
            deadline,
            extended_to=extended,
            reason=_EXTENSIONS[int(chance * 10) % len(_EXTENSIONS)],
        )
    return deadline
