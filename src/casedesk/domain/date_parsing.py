"""Reading dates as people write them in chronologies: exact, to the month, to the year, or
approximate. British order (day first) for numeric dates."""

from __future__ import annotations

import re
from datetime import date

from casedesk.domain.dates import DatePrecision
from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate

_MONTHS = {
    name: index
    for index, name in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_D_MON_Y = re.compile(r"^(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})$")
_MON_Y = re.compile(r"^([a-z]{3})[a-z]*\.?\s+(\d{4})$")
_Y_M = re.compile(r"^(\d{4})-(\d{1,2})$")
_Y = re.compile(r"^(\d{4})$")
_APPROX = re.compile(r"^(about|approx\.?|approximately|around|c\.|circa)\s+", re.IGNORECASE)


class DateFormatError(ValueError):
    """A date that could not be read, with a sentence saying what is accepted."""


ACCEPTED = QT_TRANSLATE_NOOP(
    "date_parsing",
    "2024-03-09, 09/03/2024, 9 Mar 2024, Mar 2024, 2024-03 or 2024; "
    "'about' before any of them marks it approximate",
)


def parse_date(text: str) -> tuple[date, DatePrecision]:
    """The first day of what ``text`` says, and how precise it is."""
    cleaned = " ".join(text.strip().lower().split())
    approximate = bool(_APPROX.match(cleaned))
    cleaned = _APPROX.sub("", cleaned)
    try:
        value, precision = _parse(cleaned)
    except ValueError as error:
        raise DateFormatError(
            translate(
                "date_parsing",
                "'{text}' is not a date CaseDesk can read ({error}). Write it like {accepted}.",
            ).format(
                text=text.strip()[:40], error=error, accepted=translate("date_parsing", ACCEPTED)
            )
        ) from None
    if value.year < 1900 or value.year > 2100:
        raise DateFormatError(
            translate("date_parsing", "'{text}' is outside 1900-2100; check the year.").format(
                text=text.strip()[:40]
            )
        )
    if approximate:
        precision = DatePrecision.ESTIMATED
    return value, precision


def _parse(text: str) -> tuple[date, DatePrecision]:
    if match := _ISO.match(text):
        year, month, day = map(int, match.groups())
        return date(year, month, day), DatePrecision.EXACT
    if match := _DMY.match(text):
        day, month, year = map(int, match.groups())
        return date(year, month, day), DatePrecision.EXACT
    if match := _D_MON_Y.match(text):
        day_text, month_name, year_text = match.groups()
        return date(int(year_text), _month(month_name), int(day_text)), DatePrecision.EXACT
    if match := _MON_Y.match(text):
        month_name, year_text = match.groups()
        return date(int(year_text), _month(month_name), 1), DatePrecision.MONTH
    if match := _Y_M.match(text):
        year, month = map(int, match.groups())
        return date(year, month, 1), DatePrecision.MONTH
    if match := _Y.match(text):
        return date(int(match.group(1)), 1, 1), DatePrecision.YEAR
    raise ValueError(translate("date_parsing", "unrecognised form"))


def _month(name: str) -> int:
    if name not in _MONTHS:
        raise ValueError(translate("date_parsing", "'{name}' is not a month").format(name=name))
    return _MONTHS[name]
