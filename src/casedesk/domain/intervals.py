"""Lengths of time as rule packs state them (an amount of working days, calendar days,
weeks or months), and the day such a length falls on after or before another."""

from __future__ import annotations

import calendar as month_days
import enum
from dataclasses import dataclass
from datetime import date, timedelta

from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate
from casedesk.domain.working_days import WorkingCalendar, nth_working_day_after


class Unit(enum.Enum):
    """How a timescale is counted."""

    WORKING_DAYS = QT_TRANSLATE_NOOP("Unit", "working days")
    CALENDAR_DAYS = QT_TRANSLATE_NOOP("Unit", "calendar days")
    WEEKS = QT_TRANSLATE_NOOP("Unit", "weeks")
    MONTHS = QT_TRANSLATE_NOOP("Unit", "months")


@dataclass(frozen=True)
class Interval:
    """An amount of a unit: 1 month, 2 weeks, 5 working days."""

    amount: int
    unit: Unit

    def __str__(self) -> str:
        n, one = self.amount, self.amount == 1
        if self.unit is Unit.WORKING_DAYS:
            return (
                translate("intervals", "%n working day", None, n)
                if one
                else translate("intervals", "%n working days", None, n)
            )
        if self.unit is Unit.CALENDAR_DAYS:
            return (
                translate("intervals", "%n calendar day", None, n)
                if one
                else translate("intervals", "%n calendar days", None, n)
            )
        if self.unit is Unit.WEEKS:
            return (
                translate("intervals", "%n week", None, n)
                if one
                else translate("intervals", "%n weeks", None, n)
            )
        return (
            translate("intervals", "%n month", None, n)
            if one
            else translate("intervals", "%n months", None, n)
        )

    @property
    def every(self) -> str:
        """The interval after 'every': 'month', 'week', '2 weeks', '5 working days'."""
        if self.amount != 1:
            return str(self)
        if self.unit is Unit.WORKING_DAYS:
            return translate("intervals", "working day")
        if self.unit is Unit.CALENDAR_DAYS:
            return translate("intervals", "calendar day")
        if self.unit is Unit.WEEKS:
            return translate("intervals", "week")
        return translate("intervals", "month")


def _by_working_day(day: date, calendar: WorkingCalendar | None) -> date:
    """A deadline that falls on a weekend, a bank holiday or a closure day is due on the
    working day before it: a conference due 'within 3 months' on a Saturday is held by the
    Friday."""
    if calendar is None:
        return day
    while not calendar.is_working_day(day):
        day -= timedelta(days=1)
    return day


def shift(start: date, amount: int, unit: Unit, calendar: WorkingCalendar | None) -> date:
    """``amount`` of ``unit`` after ``start`` (working days skip weekends and holidays;
    a month later is the same day of the month, or its last day; a day that is not a
    working day gives the working day before it). Without a ``calendar`` days are plain
    calendar days and working days count weekdays only."""
    if unit is Unit.WORKING_DAYS:
        if calendar is None:
            return nth_working_day_after(start, amount, lambda day: day.weekday() < 5)
        return calendar.add_working_days(start, amount)
    if unit is Unit.CALENDAR_DAYS:
        return _by_working_day(start + timedelta(days=amount), calendar)
    if unit is Unit.WEEKS:
        return _by_working_day(start + timedelta(weeks=amount), calendar)
    month = start.month - 1 + amount
    year, month = start.year + month // 12, month % 12 + 1
    day = date(year, month, min(start.day, month_days.monthrange(year, month)[1]))
    return _by_working_day(day, calendar)


def back(end: date, amount: int, unit: Unit, calendar: WorkingCalendar | None = None) -> date:
    """``amount`` of ``unit`` before ``end`` (pre-birth rules count back from the EDD), on
    the working day before when it falls on another day (given the ``calendar``)."""
    if unit is Unit.WEEKS:
        day = end - timedelta(weeks=amount)
    elif unit is Unit.MONTHS:
        month = end.month - 1 - amount
        year, month = end.year + month // 12, month % 12 + 1
        day = date(year, month, min(end.day, month_days.monthrange(year, month)[1]))
    elif unit is Unit.WORKING_DAYS:
        # Counted back one working day at a time (the health check's "within 10 working
        # days" looks back from today).
        is_working = calendar.is_working_day if calendar else (lambda d: d.weekday() < 5)
        day, left = end, amount
        while left:
            day -= timedelta(days=1)
            if is_working(day):
                left -= 1
        return day
    else:
        day = end - timedelta(days=amount)
    return _by_working_day(day, calendar)
