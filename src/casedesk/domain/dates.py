"""Dates as records know them: often exact, sometimes only a month, a year, or a guess."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_day, translate

# How a sentence writes a day. Files, exports and the command line use ``written``; the
# GUI passes its own (the worker's locale), so a banner reads like the table beside it.
DateWriter = Callable[[date], str]


def written(day: date) -> str:
    """A day as a sentence in an export or on screen writes it: as the worker's locale
    writes it ('09 Mar 2025' until the application installs the locale)."""
    return shown_day(day)


class DatePrecision(enum.Enum):
    """How much of a recorded date is known."""

    EXACT = QT_TRANSLATE_NOOP("DatePrecision", "exact")
    MONTH = QT_TRANSLATE_NOOP("DatePrecision", "month")
    YEAR = QT_TRANSLATE_NOOP("DatePrecision", "year")
    ESTIMATED = QT_TRANSLATE_NOOP("DatePrecision", "estimated")


@dataclass(frozen=True)
class FuzzyDate:
    """A date with its precision; ``value`` is the first day of what is known."""

    value: date
    precision: DatePrecision = DatePrecision.EXACT

    def __str__(self) -> str:
        match self.precision:
            case DatePrecision.EXACT:
                return shown_day(self.value)
            case DatePrecision.MONTH:
                return self.value.strftime("%b %Y")
            case DatePrecision.YEAR:
                return self.value.strftime("%Y")
            case DatePrecision.ESTIMATED:
                return translate("dates", "about {year}").format(year=self.value.strftime("%Y"))
