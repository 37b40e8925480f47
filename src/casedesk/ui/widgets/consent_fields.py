"""Consent to share as a choice with who and when (never a tick box): the fields each state
needs appear with it, and ``problem`` says what is missing in one sentence."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from casedesk.domain.consent import ConsentState, ConsentToShare, consent_problem
from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate
from casedesk.ui.widgets.combo import index_of
from casedesk.ui.widgets.optional_date import OptionalDate

# What the "by" field asks for in each state that has one.
BY_LABEL = {
    ConsentState.GIVEN: QT_TRANSLATE_NOOP("consent_fields", "Given by:"),
    ConsentState.REFUSED: QT_TRANSLATE_NOOP("consent_fields", "Refused by:"),
    ConsentState.SHARED_WITHOUT: QT_TRANSLATE_NOOP("consent_fields", "Decided by:"),
}
BY_HINT = {
    ConsentState.GIVEN: QT_TRANSLATE_NOOP(
        "consent_fields", "the parent, carer or young person who agreed"
    ),
    ConsentState.REFUSED: QT_TRANSLATE_NOOP(
        "consent_fields", "the parent, carer or young person who refused"
    ),
    ConsentState.SHARED_WITHOUT: QT_TRANSLATE_NOOP(
        "consent_fields", "the worker or manager who decided"
    ),
}


class ConsentFields(QWidget):
    """The consent state, who gave, refused or decided, on which day, and the lawful basis
    when shared without consent."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.state = QComboBox()
        self.state.setAccessibleName(translate("consent_fields", "Consent to share"))
        for state in ConsentState:
            self.state.addItem(state.label, state)
        self.by = QLineEdit()
        self.by_label = QLabel(translate("consent_fields", "Given by:"))
        self.by_label.setBuddy(self.by)
        self.on = OptionalDate(translate("consent_fields", "Known:"))
        self.on.known.setAccessibleName(translate("consent_fields", "The day is known"))
        self.on.edit.setAccessibleName(translate("consent_fields", "Day of the consent decision"))
        self.on_label = QLabel(translate("consent_fields", "On:"))
        self.on_label.setBuddy(self.on.known)
        self.basis = QLineEdit()
        self.basis.setPlaceholderText(
            translate("consent_fields", "e.g. to protect the child from significant harm")
        )
        self.basis_label = QLabel(translate("consent_fields", "Lawful basis or reason:"))
        self.basis_label.setBuddy(self.basis)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.state)
        form.addRow(self.by_label, self.by)
        form.addRow(self.on_label, self.on)
        form.addRow(self.basis_label, self.basis)
        self._form = form
        self._state: ConsentState = self.state.currentData()
        self.state.currentIndexChanged.connect(self._show_fields)
        for line in (self.by, self.basis):
            line.textChanged.connect(self.changed)
        self.on.known.toggled.connect(self.changed)
        self.on.edit.dateChanged.connect(self.changed)
        self._show_fields()

    def _show_fields(self) -> None:
        state: ConsentState = self.state.currentData()
        # Who gave or refused consent (the family) is not who decided to share without it
        # (a worker or manager): the name is not carried from one to the other.
        deciders = {
            self._state is ConsentState.SHARED_WITHOUT,
            state is ConsentState.SHARED_WITHOUT,
        }
        if self._state in BY_LABEL and state in BY_LABEL and len(deciders) == 2:
            self.by.clear()
        self._state = state
        asks_who = state in BY_LABEL
        self._form.setRowVisible(self.by, asks_who)
        self._form.setRowVisible(self.on, asks_who)
        self._form.setRowVisible(self.basis, state is ConsentState.SHARED_WITHOUT)
        if asks_who:
            label = translate("consent_fields", BY_LABEL[state])
            self.by_label.setText(label)
            self.by.setPlaceholderText(translate("consent_fields", BY_HINT[state]))
            self.by.setAccessibleName(label.rstrip(":"))

        self.basis.setAccessibleName(
            translate("consent_fields", "Lawful basis or reason for sharing without consent")
        )
        self.changed.emit()

    def value(self) -> ConsentToShare:
        """The consent as the fields now say it (hidden fields say nothing)."""
        state: ConsentState = self.state.currentData()
        if state not in BY_LABEL:
            return ConsentToShare(state)
        basis = self.basis.text().strip() if state is ConsentState.SHARED_WITHOUT else ""
        return ConsentToShare(state, self.by.text().strip(), self.on.value(), basis)

    def set_value(self, consent: ConsentToShare) -> None:
        """Show a recorded consent."""
        self.state.setCurrentIndex(index_of(self.state, consent.state))
        self.by.setText(consent.by)
        self.on.set_value(consent.on)
        self.basis.setText(consent.basis)

    def problem(self) -> str | None:
        """What makes the consent impossible (one sentence), or None."""
        found = consent_problem(self.value(), self.today)
        return found[1] if found else None
