"""Working days as a local authority counts them: weekends, the region's bank holidays
(substitute days included) and the agency's own closure days are not working days.

Statutory timescales are set in working days (45 for a child and family assessment, 15 to
an initial child protection conference), and bank holidays differ between the four nations
(Scotland has no Easter Monday but has 2 January and St Andrew's Day), so every deadline is
counted with the calendar of the case's region rather than a hand-kept list of dates.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate

# The region's name as a worker would choose it, and its subdivision of the UK ("GB") in
# the ``holidays`` package.
# Stored and written in packs in English; translated where shown:
# ``translate("working_days", region)``.
REGIONS: dict[str, str] = {
    QT_TRANSLATE_NOOP("working_days", "England"): "ENG",
    QT_TRANSLATE_NOOP("working_days", "Wales"): "WLS",
    QT_TRANSLATE_NOOP("working_days", "Scotland"): "SCT",
    QT_TRANSLATE_NOOP("working_days", "Northern Ireland"): "NIR",
}

_DAY = timedelta(days=1)


def nth_working_day_after(start: date, n: int, is_working_day: Callable[[date], bool]) -> date:
    """The ``n``-th day after ``start`` for which ``is_working_day`` holds (``start`` itself
    when ``n`` is 0, whether or not it is a working day)."""
    if n < 0:
        raise ValueError("the number of working days must not be negative")  # i18n: a bug
    current = start
    while n:
        current += _DAY
        if is_working_day(current):
            n -= 1
    return current


@dataclass(frozen=True)
class WorkingCalendar:
    """The working days of one region of the UK, less the agency's closure days."""

    region: str = "England"  # i18n: a region's stored name
    closures: frozenset[date] = frozenset()
    # Bank holidays by year, worked out once per year asked about (deadlines are counted
    # thousands of times when a demo or a rule pack is applied).
    _by_year: dict[int, frozenset[date]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _closed_by_years: dict[tuple[int, int], list[int]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        if self.region not in REGIONS:
            raise ValueError(
                translate(
                    "working_days", "unknown region {region}: choose one of {regions}"
                ).format(region=repr(self.region), regions=", ".join(REGIONS))
            )
        # Accept any iterable of dates (a set, a list from a settings file) but keep it frozen.
        object.__setattr__(self, "closures", frozenset(self.closures))

    def bank_holidays(self, year: int) -> frozenset[date]:
        """The region's bank holidays in ``year``, substitute days included."""
        found = self._by_year.get(year)
        if found is None:
            # Imported on first use: the package takes ~40 ms to load, and start-up need not
            # wait for it (the window paints before any deadline is counted).
            import holidays

            found = frozenset(
                holidays.country_holidays("GB", subdiv=REGIONS[self.region], years=year)
            )
            self._by_year[year] = found
        return found

    def is_working_day(self, day: date) -> bool:
        """True on a weekday that is neither a bank holiday nor a closure day."""
        return (
            day.weekday() < 5
            and day not in self.closures
            and day not in self.bank_holidays(day.year)
        )

    def add_working_days(self, start: date, n: int) -> date:
        """The date ``n`` working days after ``start`` (``start`` itself when ``n`` is 0)."""
        return nth_working_day_after(start, n, self.is_working_day)

    def working_days_between(self, a: date, b: date) -> int:
        """How many working days fall after ``a`` up to and including ``b``; negative when
        ``b`` is before ``a``. So ``working_days_between(a, add_working_days(a, n)) == n``.
        Counted by whole weeks, less the weekday holidays in between (the work tray counts
        thousands of these)."""
        if b < a:
            return -self.working_days_between(b, a)
        weeks, rest = divmod((b - a).days, 7)
        count = weeks * 5
        day = a + timedelta(weeks=weeks)
        for _ in range(rest):
            day += _DAY
            if day.weekday() < 5:
                count += 1
        closed = self._weekdays_closed(a.year, b.year)
        return count - (bisect_right(closed, b.toordinal()) - bisect_right(closed, a.toordinal()))

    def _weekdays_closed(self, first: int, last: int) -> list[int]:
        """The weekday bank holidays and closure days of those years, as sorted ordinals."""
        found = self._closed_by_years.get((first, last))
        if found is None:
            days = {d for d in self.closures if first <= d.year <= last}
            for year in range(first, last + 1):
                days |= self.bank_holidays(year)
            found = sorted(d.toordinal() for d in days if d.weekday() < 5)
            self._closed_by_years[(first, last)] = found
        return found
