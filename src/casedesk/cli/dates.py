"""Dates given as command-line options: any form CaseDesk reads, but a whole day."""

from __future__ import annotations

from datetime import date, datetime

from casedesk.domain.date_parsing import parse_date
from casedesk.domain.dates import DatePrecision
from casedesk.domain.errors import UsageError
from casedesk.domain.wording import shown_day, translate


def whole_day(option: str, text: str | None) -> date | None:
    """The day ``text`` names (None when the option was not given), or a usage error
    naming ``option`` for a date that cannot be read or is not a whole day."""
    if not text:
        return None
    try:
        day, precision = parse_date(text)
    except ValueError as error:
        raise UsageError(f"{option}: {error}") from None
    if precision is not DatePrecision.EXACT:
        raise UsageError(
            translate("dates", "{option} needs a whole date, for example 2025-03-09.").format(
                option=option
            )
        )
    return day


def shown_moment(at: str) -> str:
    """A recorded time (ISO 8601, as the case file keeps it) for a person: the day as
    their locale writes it, then the time; text that is not ISO comes back as written."""
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return at[:16].replace("T", " ")
    return f"{shown_day(moment.date())} {moment:%H:%M}"
