"""What a case's recorded deadlines lack, against what its events call for now.

The rule pack works deadlines out from events (``deadline_rules``); the case file keeps them
(``timescales.Deadline``). ``reconcile`` compares the two without changing either:

- a deadline an event calls for that is not recorded yet is **new** (recorded with the event
  that started it, whichever way the event arrived);
- a recorded, open deadline that an event has since met is **met** (recorded with that event);
- anything else that differs is a **change for the worker to confirm**: a triggering event's
  date amended, the entry that met it withdrawn, the event that started it no longer there,
  the case's region changed. Deadlines are never silently worked out again.

A recorded deadline is matched to a worked-out one by its rule and the entry that started it
(see ``_pair`` for what follows when that entry changes).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.deadline_rules import Due, deadlines_for
from casedesk.domain.ids import CaseId
from casedesk.domain.rule_packs import EXPECTED_DATE, RulePack
from casedesk.domain.timescales import Deadline, deadline_problems
from casedesk.domain.wording import shown_day, translate
from casedesk.domain.working_days import WorkingCalendar


@dataclass(frozen=True)
class DeadlineChange:
    """A recorded deadline, what its events now say it should be, and why they differ."""

    deadline: Deadline
    proposed: Deadline
    why: str


@dataclass
class Reconciled:
    """Deadlines to record, to mark met (or to link to the entry that now starts them),
    and changes the worker must confirm."""

    new: list[Deadline] = field(default_factory=list)
    met: list[tuple[Deadline, Deadline]] = field(default_factory=list)  # (recorded, now)
    changes: list[DeadlineChange] = field(default_factory=list)

    @property
    def writes(self) -> bool:
        """True when something is to be recorded without asking (new, met or relinked)."""
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
    return shown_day(day) if day else translate("deadline_changes", "none")


def _pair(
    recorded: list[Deadline], worked_out: list[Due]
) -> tuple[dict[tuple[str, str], Deadline], list[Deadline]]:
    """Match recorded deadlines to worked-out ones: by rule and starting entry, then (what
    is left of each rule, in date order) by rule alone, so a deadline counted from the day
    the case opened follows its referral once it is recorded, and one whose starting event
    was replaced by an earlier one follows that; then a deadline recorded by hand (before
    rules existed) with the rule's name and start is adopted. Returns the matches by the
    worked-out key, and the recorded deadlines no worked-out one matches."""
    by_key = {_key(d): d for d in recorded if d.rule}
    keys = {_key(due) for due in worked_out}
    matched: dict[tuple[str, str], Deadline] = {k: v for k, v in by_key.items() if k in keys}
    spare: dict[str, list[Deadline]] = {}
    for key, deadline in sorted(by_key.items(), key=lambda kv: kv[1].started_on):
        if key not in keys:
            spare.setdefault(deadline.rule, []).append(deadline)
    by_hand = [d for d in recorded if not d.rule]
    for due in sorted(worked_out, key=lambda d: d.started_on):
        key = _key(due)
        if key in matched:
            continue
        if spare.get(due.rule.id):
            matched[key] = spare[due.rule.id].pop(0)
            continue
        adopted = next(
            (
                d
                for d in by_hand
                if d.name.casefold() == due.rule.name.casefold() and d.started_on == due.started_on
            ),
            None,
        )
        if adopted is not None:
            by_hand.remove(adopted)
            matched[key] = adopted
    left = [d for items in spare.values() for d in items]
    return matched, left


def _why_moved(due: Due, stored: Deadline) -> str:
    due_on, was_due = _on(due.due_on), _on(stored.due_on)
    if due.rule.starts == EXPECTED_DATE:
        return translate(
            "deadline_changes",
            "the expected date of delivery has changed: due {due}, not {was_due}",
        ).format(due=due_on, was_due=was_due)
    # What starts the clock is a category's name (as stored), shown in the worker's words.
    starts = translate("Category", due.rule.starts)
    if stored.started_on != due.started_on and due.from_opening:
        return translate(
            "deadline_changes",
            "no {starts} is recorded now, so it counts from the day the case opened, {start} "
            "(was {was}): due {due}, not {was_due}",
        ).format(
            starts=starts,
            start=_on(due.started_on),
            was=_on(stored.started_on),
            due=due_on,
            was_due=was_due,
        )
    if stored.started_on != due.started_on:
        was = (
            translate("deadline_changes", "the day the case opened, {day}").format(
                day=_on(stored.started_on)
            )
            if not stored.started_by
            else _on(stored.started_on)
        )
        return translate(
            "deadline_changes",
            "the {starts} it counts from is now recorded on {start} (was {was}): due {due}, "
            "not {was_due}",
        ).format(starts=starts, start=_on(due.started_on), was=was, due=due_on, was_due=was_due)
    return translate(
        "deadline_changes",
        "counted again by the rules and working days in use now it falls due on {due}, "
        "not {was_due}",
    ).format(due=due_on, was_due=was_due)


def _why_gone(deadline: Deadline, pack: RulePack | None, status: str) -> str:
    """Why a recorded deadline no longer arises, as plainly as can be told."""
    if pack is not None:
        rule = next((r for r in pack.rules if r.id == deadline.rule), None)
        if rule is None:
            return translate(
                "deadline_changes", "The {pack} rule pack in use has no such timescale"
            ).format(pack=pack.name)
        if rule.while_status and rule.while_status != status:
            return translate(
                "deadline_changes", "It applies while the case is {rule}; the case is now {status}"
            ).format(
                rule=translate("LegalStatus", rule.while_status),
                status=translate("LegalStatus", status),
            )
    return translate(
        "deadline_changes",
        "The entry it counted from is no longer recorded as starting it (changed or withdrawn)",
    )


def reconcile(
    recorded: Iterable[Deadline],
    worked_out: Iterable[Due],
    case: CaseId,
    today: date,
    opening: bool = False,
    closed_on: date | None = None,
    pack: RulePack | None = None,
    status: str = "",
) -> Reconciled:
    """Compare ``recorded`` deadlines with those the events call for (``worked_out``).

    A deadline counted from the day the case opened (no referral recorded) is new only when
    ``opening`` (the case being recorded): a case that was open long before deadlines were
    recorded is not given year-old ones. A closed case (``closed_on``) gains nothing, and
    its open deadlines are proposed for cancelling.
    """
    result = Reconciled()
    stored_all = list(recorded)
    dues = list(worked_out)
    matched, left = _pair(stored_all, dues)
    for due in dues:
        stored = matched.get(_key(due))
        if stored is None:
            if closed_on is None and (opening or not due.from_opening):
                result.new.append(as_deadline(due, case))
            continue
        if stored.cancelled_on is not None:
            continue
        relinked = replace(
            stored, rule=due.rule.id, started_by=due.started_by, statutory=due.rule.statutory
        )
        proposed, why = relinked, []
        if (stored.started_on, stored.due_on) != (due.started_on, due.due_on):
            why.append(_why_moved(due, stored))
            proposed = replace(proposed, started_on=due.started_on, due_on=due.due_on)
            if proposed.extended_to is not None and proposed.extended_to <= due.due_on:
                proposed = replace(proposed, extended_to=None)
        if stored.met_on is None and due.met_on is not None:
            proposed = replace(proposed, met_on=due.met_on, met_by=due.met_by)
        elif stored.met_by and (stored.met_by, stored.met_on) != (due.met_by, due.met_on):
            if due.met_on is None:
                why.append(
                    translate(
                        "deadline_changes",
                        "the entry that met it is no longer recorded as meeting it",
                    )
                )
            else:
                why.append(
                    translate(
                        "deadline_changes", "the entry that meets it is now dated {day}"
                    ).format(day=_on(due.met_on))
                )
            proposed = replace(proposed, met_on=due.met_on, met_by=due.met_by)
        if not why:
            if proposed != stored:  # met by an event just recorded, or its start relinked
                result.met.append((stored, proposed))
            continue
        if deadline_problems(proposed):
            continue  # met by hand before its new start: what the worker said stands
        text = "; ".join(why)
        result.changes.append(DeadlineChange(stored, proposed, text[0].upper() + text[1:]))
    for spare in left:
        if not spare.closed:
            gone = _why_gone(spare, pack, status)
            result.changes.append(
                DeadlineChange(spare, replace(spare, cancelled_on=today, reason=gone), gone)
            )
    if closed_on is not None:
        proposed_ids = {id(c.deadline) for c in result.changes}
        why_closed = translate("deadline_changes", "The case was closed on {day}").format(
            day=_on(closed_on)
        )
        for still_open in stored_all:
            if not still_open.closed and id(still_open) not in proposed_ids:
                cancelled = replace(still_open, cancelled_on=today, reason=why_closed)
                result.changes.append(DeadlineChange(still_open, cancelled, why_closed))
    return result


def _copied(found: Reconciled) -> Reconciled:
    return Reconciled(list(found.new), list(found.met), list(found.changes))


# How many answers ``Timescales.reconcile`` keeps: as many as the case records a worker
# goes between are kept open (``services.record_cache``: the last three opened and the
# one read ahead), so going back to a case does not work its deadlines out again (it
# kept one, and every other open of a 5,000-entry case paid some 14 ms for it).
ANSWERS_KEPT = 4


@dataclass(frozen=True)
class Timescales:
    """The rule pack a case file uses and the working days it counts in."""

    pack: RulePack
    calendar: WorkingCalendar
    # The last answers of ``reconcile``, the newest first, each for as long as its record
    # lives (a weak reference: nothing of a case is kept here once the screen and the file
    # have let it go).
    _last: list[tuple[weakref.ref[CaseRecord], date, bool, Reconciled]] = field(
        default_factory=list, init=False, compare=False, repr=False
    )

    def worked_out(self, record: CaseRecord) -> list[Due]:
        """Every deadline the case's events call for."""
        return deadlines_for(record, self.pack, self.calendar)

    def reconcile(self, record: CaseRecord, today: date, opening: bool = False) -> Reconciled:
        """The case's recorded deadlines against what its events call for now
        (``opening``: the case is being recorded, so its opening day may start clocks).

        Opening a case asks this of the same record twice before the first paint (is
        anything to be recorded; the header's banner) and its Actions tab a third time,
        some 10-14 ms each for a 5,000-entry case: the answers for the last
        ``ANSWERS_KEPT`` records asked about (the same objects: records are frozen) are
        kept, by day, the least recently asked let go first. Each caller gets lists of
        its own."""
        last = self._last
        for place, (kept, day, was_opening, found) in enumerate(last):
            if kept() is record and day == today and was_opening == opening:
                last.insert(0, last.pop(place))  # the most recent again
                return _copied(found)
        found = reconcile(
            record.deadlines,
            self.worked_out(record),
            record.case.id,
            today,
            opening,
            record.case.closed_on,
            self.pack,
            record.case.legal_status.value,
        )

        def forget(gone: weakref.ref[CaseRecord]) -> None:
            last[:] = [answer for answer in last if answer[0] is not gone]

        last.insert(0, (weakref.ref(record, forget), today, opening, found))
        del last[ANSWERS_KEPT:]
        return _copied(found)

    def with_arising(self, record: CaseRecord, today: date, opening: bool = False) -> CaseRecord:
        """``record`` with the deadlines its events call for added and those they met
        marked (a case arriving whole, or made up for the demo; nothing is proposed)."""
        found = self.reconcile(record, today, opening)
        met = {id(recorded): done for recorded, done in found.met}
        kept = tuple(met.get(id(d), d) for d in record.deadlines)
        return replace(record, deadlines=(*kept, *found.new))

    def working_days_late(self, deadline: Deadline, today: date) -> int:
        """Working days past its day: met late, or still open (0 when not late)."""
        if deadline.cancelled_on is not None:
            return 0
        end = deadline.met_on or today
        return max(0, self.calendar.working_days_between(deadline.due, end))
