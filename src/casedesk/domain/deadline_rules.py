"""The deadlines a case's own events call for, by its rule pack, in working days.

Pure: given the case record, the pack and the region's calendar, it says which timescales
are running, from which event, when each is due, and what (if anything) met it. A referral
starts the assessment's clock; a strategy discussion the initial conference's; the first
conference the core group's and the reviews'; a visit where the child was seen the next
visit's. Events are counted once when two agencies reported one (``same_event_as``), and
only from the day the case opened (a referral in an earlier episode starts nothing now).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.chronology import ChildSeen, ChronologyEntry
from casedesk.domain.intervals import back, shift
from casedesk.domain.patterns import distinct_events
from casedesk.domain.rule_packs import EXPECTED_DATE, Rule, RulePack
from casedesk.domain.working_days import WorkingCalendar

REFERRAL = "referral"  # the category whose rules a case's opening day stands in for


@dataclass(frozen=True)
class Due:
    """One running (or finished) timescale of a case."""

    rule: Rule
    started_on: date
    due_on: date
    met_on: date | None = None
    started_by: str = ""  # the entry that started the clock ("" for an expected date)
    met_by: str = ""  # the entry that met it
    # Counted from the day the case opened, its referral not (yet) in the chronology:
    # recorded only when the case is first recorded (``reconcile(opening=True)``).
    from_opening: bool = False

    def is_overdue(self, today: date) -> bool:
        """Not met and past its day."""
        return self.met_on is None and today > self.due_on

    def days_late(self, calendar: WorkingCalendar, today: date) -> int:
        """Working days past the due day (0 when not late): met late, or still open."""
        end = self.met_on or today
        return max(0, calendar.working_days_between(self.due_on, end))


def deadlines_for(record: CaseRecord, pack: RulePack, calendar: WorkingCalendar) -> list[Due]:
    """Every timescale the case's events call for under ``pack``, by due date."""
    status = record.case.legal_status.value
    opened, closed = record.case.opened_on, record.case.closed_on
    events = sorted(
        (
            e
            for e in distinct_events(record.entries)
            if e.occurred_on >= opened and (closed is None or e.occurred_on <= closed)
        ),
        key=lambda e: (e.occurred_on, e.time, e.id),
    )
    found: list[Due] = []
    for rule in pack.rules:
        if rule.while_status and rule.while_status != status:
            continue
        if rule.starts == EXPECTED_DATE:
            found += _before_expected(record, rule, events, calendar)
        else:
            # A case opened on a referral that is not in the chronology (yet) counts from
            # the day it opened: the referral's timescales run all the same.
            fallback = opened if rule.starts == REFERRAL else None
            found += _after_events(rule, events, calendar, fallback)
    return sorted(found, key=lambda d: (d.due_on, d.rule.id))


def _meets(rule: Rule, entry: ChronologyEntry) -> bool:
    if not rule.met_by or entry.category.value != rule.met_by:
        return False
    return not rule.child_seen or entry.child_seen in (
        ChildSeen.SEEN_ALONE,
        ChildSeen.SEEN_NOT_ALONE,
    )


def _before_expected(
    record: CaseRecord, rule: Rule, events: list[ChronologyEntry], calendar: WorkingCalendar
) -> list[Due]:
    expected = record.subject_child.expected_on
    if expected is None or not record.subject_child.is_unborn:
        return []
    due = back(expected, rule.amount, rule.unit, calendar)
    met = next((e for e in events if _meets(rule, e)), None)
    started = min(record.case.opened_on, due)
    return [Due(rule, started, due, met.occurred_on if met else None, "", met.id if met else "")]


def _after_events(
    rule: Rule,
    events: list[ChronologyEntry],
    calendar: WorkingCalendar,
    opened: date | None = None,
) -> list[Due]:
    starts: list[tuple[date, str]] = [
        (e.occurred_on, e.id) for e in events if e.category.value == rule.starts
    ]
    if rule.child_seen and rule.starts == rule.met_by:
        # A visit not seeing the child starts nothing.
        starts = [
            (e.occurred_on, e.id)
            for e in events
            if e.category.value == rule.starts and _meets(rule, e)
        ]
    if not starts and opened is not None:
        starts = [(opened, "")]
    if not starts:
        return []
    if rule.first or rule.then_every:
        starts = starts[:1]
    found: list[Due] = []
    for start_day, start_id in starts:
        due = shift(start_day, rule.amount, rule.unit, calendar)
        begun, begun_by = start_day, start_id
        later = [e for e in events if e.occurred_on >= begun and e.id != start_id]
        repeats = 0
        for entry in later:
            if not _meets(rule, entry):
                continue
            found.append(Due(rule, begun, due, entry.occurred_on, begun_by, entry.id, not begun_by))
            if not (rule.then_every and rule.then_unit):
                break
            begun, begun_by = entry.occurred_on, entry.id
            repeats += 1
            if repeats > 1 and rule.later_every and rule.later_unit:
                due = shift(entry.occurred_on, rule.later_every, rule.later_unit, calendar)
            else:
                due = shift(entry.occurred_on, rule.then_every, rule.then_unit, calendar)
        else:
            found.append(Due(rule, begun, due, None, begun_by, from_opening=not begun_by))
    return found
