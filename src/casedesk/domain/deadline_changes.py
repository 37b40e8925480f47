"""What a case's recorded deadlines lack, against what its events call for now.

The rule pack works deadlines out from events (``deadline_rules``); the case file keeps them
(``timescales.Deadline``). ``reconcile`` compares the two without changing either:

- a deadline an event calls for that is not recorded yet is **new** (recorded with the event
  that started it, whichever way the event arrived);
- a recorded, open deadline that an event has since met is **met** (recorded with that event);
- anything else that differs is a **change for the worker to confirm**: a triggering event's
  date amended, the entry that met it withdrawn, the event that started it no longer there,
  the case's region changed. Deadlines are never silently worked out again.

A recorded deadline is matched to a worked-out one by its rule and the entry that started it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.deadline_rules import Due, deadlines_for
from casedesk.domain.ids import CaseId
from casedesk.domain.rule_packs import EXPECTED_DATE, RulePack
from casedesk.domain.timescales import Deadline
from casedesk.domain.working_days import WorkingCalendar


@dataclass(frozen=True)
class DeadlineChange:
    """A recorded deadline, what its events now say it should be, and why they differ."""

    deadline: Deadline
    proposed: Deadline
    why: str


@dataclass
class Reconciled:
    """Deadlines to record, to mark met, and changes the worker must confirm."""

    new: list[Deadline] = field(default_factory=list)
    met: list[tuple[Deadline, Deadline]] = field(default_factory=list)  # (recorded, met)
    changes: list[DeadlineChange] = field(default_factory=list)

    @property
    def writes(self) -> bool:
        """True when something is to be recorded without asking (new or met)."""
        return bool(self.new or self.met)


def as_deadline(due: Due, case: CaseId) -> Deadline:
    """A worked-out timescale as a deadline to record."""
    return Deadline(
        case,
        due.rule.name,
        due.started_on,
        due.due_on,
        due.met_on,
        rule=due.rule.id,
        started_by=due.started_by,
        met_by=due.met_by,
        statutory=due.rule.statutory,
    )


def _key(deadline: Deadline | Due) -> tuple[str, str]:
    if isinstance(deadline, Due):
        return (deadline.rule.id, deadline.started_by)
    return (deadline.rule, deadline.started_by)


def _on(day: date | None) -> str:
    return f"{day:%d %b %Y}" if day else "none"


def reconcile(
    recorded: Iterable[Deadline], worked_out: Iterable[Due], case: CaseId, today: date
) -> Reconciled:
    """Compare ``recorded`` deadlines with those the events call for (``worked_out``)."""
    result = Reconciled()
    by_key: dict[tuple[str, str], Deadline] = {}
    for deadline in recorded:
        if deadline.rule:  # those recorded by hand are the worker's own
            by_key.setdefault(_key(deadline), deadline)
    seen: set[tuple[str, str]] = set()
    for due in worked_out:
        key = _key(due)
        seen.add(key)
        stored = by_key.get(key)
        if stored is None:
            result.new.append(as_deadline(due, case))
            continue
        if stored.cancelled_on is not None:
            continue
        proposed, why = stored, []
        if (stored.started_on, stored.due_on) != (due.started_on, due.due_on):
            started = (
                "the expected date of delivery"
                if due.rule.starts == EXPECTED_DATE
                else f"the {due.rule.starts}"
            )
            why.append(
                f"{started} it counts from is now recorded on {_on(due.started_on)}"
                f" (was {_on(stored.started_on)}): due {_on(due.due_on)}, not {_on(stored.due_on)}"
                if stored.started_on != due.started_on
                else f"counted again it falls due on {_on(due.due_on)}, not {_on(stored.due_on)}"
                " (the working-day calendar or the rule changed)"
            )
            proposed = replace(proposed, started_on=due.started_on, due_on=due.due_on)
            if proposed.extended_to is not None and proposed.extended_to <= due.due_on:
                proposed = replace(proposed, extended_to=None)
        if stored.met_on is None and due.met_on is not None:
            met = replace(stored, met_on=due.met_on, met_by=due.met_by)
            if not why:
                result.met.append((stored, met))
                continue
            proposed = replace(proposed, met_on=due.met_on, met_by=due.met_by)
        elif stored.met_by and (stored.met_by, stored.met_on) != (due.met_by, due.met_on):
            if due.met_on is None:
                why.append("the entry that met it is no longer recorded as meeting it")
            else:
                why.append(f"the entry that meets it is now dated {_on(due.met_on)}")
            proposed = replace(proposed, met_on=due.met_on, met_by=due.met_by)
        if why:
            text = "; ".join(why)
            result.changes.append(DeadlineChange(stored, proposed, text[0].upper() + text[1:]))
    for key, stored in by_key.items():
        if key in seen or stored.closed:
            continue
        why_gone = (
            "The event that started it is no longer recorded, or no longer starts this"
            " timescale (its entry was changed or withdrawn, the case's status changed, or the"
            " rule pack no longer has the rule)"
        )
        result.changes.append(
            DeadlineChange(stored, replace(stored, cancelled_on=today, reason=why_gone), why_gone)
        )
    return result


@dataclass(frozen=True)
class Timescales:
    """The rule pack a case file uses and the working days it counts in."""

    pack: RulePack
    calendar: WorkingCalendar

    def worked_out(self, record: CaseRecord) -> list[Due]:
        """Every deadline the case's events call for."""
        return deadlines_for(record, self.pack, self.calendar)

    def reconcile(self, record: CaseRecord, today: date) -> Reconciled:
        """The case's recorded deadlines against what its events call for now."""
        return reconcile(record.deadlines, self.worked_out(record), record.case.id, today)

    def with_arising(self, record: CaseRecord, today: date) -> CaseRecord:
        """``record`` with the deadlines its events call for added and those they met
        marked (a case arriving whole, or made up for the demo; nothing is proposed)."""
        found = self.reconcile(record, today)
        met = {id(recorded): done for recorded, done in found.met}
        kept = tuple(met.get(id(d), d) for d in record.deadlines)
        return replace(record, deadlines=(*kept, *found.new))

    def working_days_late(self, deadline: Deadline, today: date) -> int:
        """Working days past its day: met late, or still open (0 when not late)."""
        if deadline.cancelled_on is not None:
            return 0
        end = deadline.met_on or today
        return max(0, self.calendar.working_days_between(deadline.due, end))
