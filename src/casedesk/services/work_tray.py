"""The work tray: across every open case, what is overdue, due today and due soon.

Deadlines (visits while a plan is in place among them), actions and escalation responses
awaited are read straight from their tables (``CaseFile.open_items``), and each case's
supervision due and assessments awaiting sign-off from theirs (``oversight_items``), so
the tray for 200 cases loads no case record.
Lateness is counted in working days by the case file's calendar, as timescales are set.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.deadline_changes import Timescales
from casedesk.domain.intervals import shift
from casedesk.domain.supervision import interval_on, qualified_since
from casedesk.domain.timescales import DeadlineStatus
from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_day, translate

if TYPE_CHECKING:  # the GUI imports this module at start-up; the database stack can wait
    from casedesk.services.case_file import CaseFile, OpenItem


class When(enum.Enum):
    """Which part of the tray an item falls in."""

    OVERDUE = QT_TRANSLATE_NOOP("When", "overdue")
    TODAY = QT_TRANSLATE_NOOP("When", "due today")
    SOON = QT_TRANSLATE_NOOP("When", "due soon")
    LATER = QT_TRANSLATE_NOOP("When", "later")
    DONE = QT_TRANSLATE_NOOP("When", "done")


@dataclass(frozen=True)
class TrayItem:
    """One line of the tray."""

    case: str  # the reference
    child: str
    kind: str  # "deadline" or "action"
    name: str
    started_on: date
    due_on: date
    status: str  # open, overdue, met, extended, cancelled (an action: open, overdue, met)
    owner: str
    when: When
    working_days_late: int = 0
    statutory: bool = False
    case_id: str = ""
    record_id: str = ""
    working_days_ahead: int = 0

    def as_json(self) -> dict[str, object]:
        """The item for ``casedesk due --json``."""
        return {
            "case": self.case,
            "name": self.name,
            "started_on": self.started_on.isoformat(),
            "due_on": self.due_on.isoformat(),
            "status": self.status,
            "owner": self.owner,
            "kind": self.kind,
            "child": self.child,
            "days_late": self.working_days_late,  # working days
            "statutory": self.statutory,
        }


@dataclass(frozen=True)
class TraySummary:
    """The counts said when a case file opens."""

    overdue: int
    today: int
    soon: int
    within: int

    def sentence(self) -> str:
        """'3 overdue, 1 due today, 5 due within 10 working days', or that nothing is."""
        if not (self.overdue or self.today or self.soon):
            return translate(
                "work_tray", "Nothing is overdue or due within {within} working days."
            ).format(within=self.within)
        parts = [
            translate("work_tray", "%n overdue", None, self.overdue) if self.overdue else "",
            translate("work_tray", "%n due today", None, self.today) if self.today else "",
            translate("work_tray", "%n due within {within} working days", None, self.soon).format(
                within=self.within
            )
            if self.soon
            else "",
        ]
        return translate("work_tray", "{parts}.").format(parts=", ".join(p for p in parts if p))


def _when(due: date, today: date, horizon: date) -> When:
    if due < today:
        return When.OVERDUE
    if due == today:
        return When.TODAY
    return When.SOON if due <= horizon else When.LATER


def tray_items(
    items: list[OpenItem], timescales: Timescales, today: date, within: int
) -> list[TrayItem]:
    """Every open item, placed (overdue first, then by due date)."""
    calendar = timescales.calendar
    horizon = calendar.add_working_days(today, within)
    found = []
    for item in items:
        when = _when(item.due_on, today, horizon)
        late = calendar.working_days_between(item.due_on, today) if when is When.OVERDUE else 0
        ahead = calendar.working_days_between(today, item.due_on) if item.due_on > today else 0
        status = DeadlineStatus.OVERDUE if when is When.OVERDUE else DeadlineStatus.OPEN
        if item.extended and status is DeadlineStatus.OPEN:
            status = DeadlineStatus.EXTENDED
        found.append(
            TrayItem(
                item.reference,
                item.child_name,
                item.kind,
                item.name,
                item.started_on,
                item.due_on,
                status.value,
                item.owner,
                when,
                late,
                item.statutory,
                item.case_id,
                item.record_id,
                ahead,
            )
        )
    return sorted(found, key=lambda i: (i.due_on, i.case, i.name))


def case_items(
    record: CaseRecord, timescales: Timescales, today: date, within: int
) -> list[TrayItem]:
    """One case's deadlines and actions, closed ones included (``casedesk due --case``)."""
    calendar = timescales.calendar
    horizon = calendar.add_working_days(today, within)
    child = record.subject_child.display_name
    owner = record.case.allocated_worker
    found = []
    for d in record.deadlines:
        status = d.status(today)
        when = When.DONE if d.closed else _when(d.due, today, horizon)
        found.append(
            TrayItem(
                record.case.reference,
                child,
                "deadline",
                d.name,
                d.started_on,
                d.due,
                status.value,
                owner,
                when,
                timescales.working_days_late(d, today),
                d.statutory,
                record.case.id,
                str(d.record_id),
            )
        )
    for a in record.actions:
        when = When.DONE if a.completed_on else _when(a.due_on, today, horizon)
        late_until = a.completed_on or today
        late = max(0, calendar.working_days_between(a.due_on, late_until))
        done = "met" if a.completed_on else ("overdue" if when is When.OVERDUE else "open")
        found.append(
            TrayItem(
                record.case.reference,
                child,
                "action",
                a.what,
                a.agreed_on,
                a.due_on,
                done,
                record.owner_name(a.owner),
                when,
                late,
                False,
                record.case.id,
                a.id,
            )
        )
    return sorted(found, key=lambda i: (i.due_on, i.name))


def work_tray(
    case_file: CaseFile, within: int, today: date | None = None, everything: bool = False
) -> list[TrayItem]:
    """Every open deadline and action across the case file's open cases due within
    ``within`` working days (or overdue); ``everything``: those due later too."""
    when = today or case_file.today()
    timescales = case_file.timescales().timescales
    horizon = None if everything else timescales.calendar.add_working_days(when, within)
    found = tray_items(case_file.open_items(horizon), timescales, when, within)
    found += oversight_items(case_file, within, when, everything)
    return sorted(found, key=lambda i: (i.due_on, i.case, i.name))


def oversight_items(
    case_file: CaseFile, within: int, today: date | None = None, everything: bool = False
) -> list[TrayItem]:
    """Across the open cases: the supervision each is due (or overdue), and assessments
    awaiting a supervisor's sign-off, due by the pack's time from their submission.
    (Escalation responses awaited come with the deadlines: their dates are stored.)"""
    from casedesk.services.oversight import newly_qualified
    from casedesk.storage.queries import OpenItem

    when = today or case_file.today()
    timescales = case_file.timescales().timescales
    rules = timescales.pack.oversight
    calendar = timescales.calendar
    horizon = calendar.add_working_days(when, within)
    workers = newly_qualified(case_file)
    with case_file.read() as snapshot:
        rows = snapshot.oversight_rows(rules.sign_off.plan_categories)
    items: list[OpenItem] = []
    for row in rows:
        last = row.last_held or row.opened_on
        worker = row.last_worker or row.worker
        since = qualified_since(workers, worker)
        every = interval_on(last, rules.supervision, since)
        due = shift(last, every.amount, every.unit, calendar)
        if row.last_held:
            what = translate("work_tray", "Supervision (at least every {every})").format(
                every=every.every
            )
        else:
            what = translate("work_tray", "First supervision (at least every {every})").format(
                every=every.every
            )

        items.append(
            OpenItem(
                row.case_id,
                row.reference,
                row.child,
                "supervision",
                "",
                what,
                last,
                due,
                worker,
            )
        )
        within_time = rules.sign_off.within
        awaited = [
            (
                key,
                translate("work_tray", "Sign off the {kind} assessment").format(kind=kind),
                day,
            )
            for key, kind, day in row.awaiting
        ]
        if row.plan is not None:
            key, category, held = row.plan
            awaited.append(
                (
                    key,
                    translate("work_tray", "Sign off the plan ({category}, {day})").format(
                        category=category, day=shown_day(held)
                    ),
                    held,
                )
            )
        for key, sign_off, since_day in awaited:
            items.append(
                OpenItem(
                    row.case_id,
                    row.reference,
                    row.child,
                    "sign-off",
                    key,
                    sign_off,
                    since_day,
                    shift(since_day, within_time.amount, within_time.unit, calendar),
                    translate("work_tray", "a supervisor"),
                )
            )
    shown = items if everything else [i for i in items if i.due_on <= horizon]
    return tray_items(shown, timescales, when, within)


def not_yet_recorded(case_file: CaseFile, within: int, today: date | None = None) -> list[TrayItem]:
    """Deadlines the events call for under the timescales in use that are not recorded yet
    (a file not opened for writing since an upgrade or a change of rule pack): worked out
    case by case, so slower, and only needed until the file is next opened for writing."""
    when = today or case_file.today()
    timescales = case_file.timescales().timescales
    found: list[TrayItem] = []
    for reference in case_file.case_references():
        record = case_file.case_record(reference)
        arising = timescales.reconcile(record, when).new
        if arising:
            shown = replace(record, deadlines=tuple(arising), actions=())
            found += [
                i for i in case_items(shown, timescales, when, within) if i.when is not When.DONE
            ]
    return found


def summary(items: list[TrayItem], within: int) -> TraySummary:
    """How many are overdue, due today, and due within ``within`` working days."""
    count = {w: 0 for w in When}
    for item in items:
        count[item.when] += 1
    return TraySummary(count[When.OVERDUE], count[When.TODAY], count[When.SOON], within)
