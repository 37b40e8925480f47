"""A date the worker types: shown and prefilled as their locale writes a date (the way
every view shows one, ``ui.dates.shown_date``), and read back in that same form first.

The domain's reader takes 09/03/2025 as day/month (British order). In a US locale a
field prefilled with 03/09/2025 means 9 March, so the field tries its own locale's short
form before anything else; what a worker types today (ISO, day/month/year, 9 Mar 2025,
a month, a year, 'about ...') still goes through the domain's reader after it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from casedesk.domain.date_parsing import parse_date
from casedesk.domain.dates import DatePrecision

# The locale and its four-digit short format are ui.dates' own choice; read them from
# there so a field and a view can never write a date two ways.
from casedesk.ui.dates import _locale, _short_format, shown_date

# The years the domain's reader accepts; a locale reading outside them is left to it,
# so the worker gets its sentence.
_YEARS = range(1900, 2101)


def read_date(text: str) -> tuple[date, DatePrecision]:
    """The day ``text`` says and how precise it is: the locale's short form first, then
    every form the chronology accepts. Raises ``DateFormatError`` with a sentence."""
    cleaned = text.strip()
    locale = _locale()
    typed = locale.toDate(cleaned, _short_format(locale))
    if typed.isValid() and typed.year() in _YEARS:
        return date(typed.year(), typed.month(), typed.day()), DatePrecision.EXACT
    return parse_date(cleaned)


class DateField(QLineEdit):
    """A line to type a date in, prefilled and shown as the worker's locale writes it."""

    def __init__(self, day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_date(day)

    def set_date(self, day: date | None) -> None:
        """Show ``day`` in the locale's short form (None: empty)."""
        self.setText(shown_date(day))

    def read(self) -> tuple[date, DatePrecision]:
        """The date typed and its precision; ``DateFormatError`` when it cannot be read."""
        return read_date(self.text())
