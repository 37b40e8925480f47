"""Dates as the worker's locale writes them: the one way every view shows a date.

Files and exports keep ISO 8601 (``date.isoformat``); what a person reads on screen is
``QLocale().toString`` in the short format (30/06/2026 in the UK, 6/30/2026 in the US),
with the year always in four digits: a two-digit year in a case record dating back to
the 1990s would be ambiguous.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from casedesk.domain.dates import DatePrecision, FuzzyDate
from casedesk.domain.wording import translate


def _locale() -> QLocale:
    """The worker's locale; for the bare "C" locale of a minimal system (which writes
    '9 06 2024'), British English, CaseDesk's own."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale


def _short_format(locale: QLocale) -> str:
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def date_edit_format() -> str:
    """The pattern a date picker (``QDateEdit.setDisplayFormat``) shows its day in: the
    same short form as every view, so a picker and a table never write a day two ways."""
    return _short_format(_locale())


def shown_date(day: date | None, weekday: bool = False) -> str:
    """``day`` in the locale's short form ('30/06/2026'); ``weekday``: 'Tue 30/06/2026';
    no day: nothing."""
    if day is None:
        return ""
    locale = _locale()
    when = QDate(day.year, day.month, day.day)
    text = locale.toString(when, _short_format(locale))
    if weekday:
        return f"{locale.dayName(when.dayOfWeek(), QLocale.FormatType.ShortFormat)} {text}"
    return text


def shown_fuzzy(value: FuzzyDate) -> str:
    """A date as far as it is known: the day, the month ('Jun 2026'), the year, or
    'about 2026' (the month's name in the locale's language)."""
    match value.precision:
        case DatePrecision.EXACT:
            return shown_date(value.value)
        case DatePrecision.MONTH:
            day = value.value
            return _locale().toString(
                QDate(day.year, day.month, 1),
                "MMM yyyy",  # i18n: Qt's date pattern; the locale names the month
            )
        case DatePrecision.YEAR:
            return str(value.value.year)
    return translate("dates", "about {year}").format(year=value.value.year)
