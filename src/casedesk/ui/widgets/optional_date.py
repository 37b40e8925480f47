"""A date that may be unknown: a tick box beside a date field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from casedesk.ui.dates import date_edit_format


class OptionalDate(QWidget):
    """A date that may be unknown: a tick box beside a date field."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_edit_format())
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.known.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        """The date, or None when not known."""
        if not self.known.isChecked():
            return None
        qdate = self.edit.date()
        return date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, value: date | None) -> None:
        """Show ``value`` (None: not known)."""
        self.known.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))
