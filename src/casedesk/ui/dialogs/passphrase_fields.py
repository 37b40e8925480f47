"""Where a passphrase is typed: a field with a Show button and a Caps Lock warning, and the
new passphrase typed twice with a strength meter (shared by every 'new passphrase' form).

A long passphrase typed blind fails for a stray capital, and a worker locked out in a
family's home has no one to ask: so every passphrase field can be shown (a button that
Tab reaches, with an accessible name), and says when Caps Lock may be on. Qt has no
portable way to ask for Caps Lock, so it is inferred from what is typed: a letter whose
case disagrees with the Shift key.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate
from casedesk.ui.look import warning_colour
from casedesk.ui.widgets.strength_meter import StrengthMeter

CAPS_LOCK_WARNING = QT_TRANSLATE_NOOP("passphrase_fields", "Caps Lock may be on.")


def caps_lock_from_key(event: QKeyEvent) -> bool | None:
    """True when a typed letter says Caps Lock is on (a capital without Shift, or a small
    letter with it), False when it says it is off, None when the key says nothing (a
    digit, a symbol, a letter with no case)."""
    text = event.text()
    if len(text) != 1 or not text.isalpha() or text.lower() == text.upper():
        return None
    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    return text.isupper() != shift


class PassphraseLineEdit(QLineEdit):
    """A hidden-text field that notices Caps Lock from the letters typed into it."""

    caps_lock_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.caps_lock = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Type as usual; a letter's case against Shift updates the Caps Lock guess."""
        guess = caps_lock_from_key(event)
        if event.key() == Qt.Key.Key_CapsLock and self.caps_lock:
            guess = False  # pressed again: most likely switched off
        if guess is not None and guess != self.caps_lock:
            self.caps_lock = guess
            self.caps_lock_changed.emit(guess)
        super().keyPressEvent(event)


class PassphraseEntry(QWidget):
    """A passphrase field, a Show/Hide button beside it, and the Caps Lock warning below
    (shown only while the typing suggests it). ``fields`` are revealed together (a new
    passphrase and its confirmation share one button)."""

    def __init__(
        self, accessible_name: str, parent: QWidget | None = None, also: QLineEdit | None = None
    ) -> None:
        super().__init__(parent)
        self.field = PassphraseLineEdit()
        self.field.setAccessibleName(accessible_name)
        self.fields: list[QLineEdit] = [self.field] + ([also] if also is not None else [])
        self.show_button = QPushButton(translate("passphrase_fields", "Sho&w"))
        self.show_button.setCheckable(True)
        self.show_button.setAutoDefault(False)  # Enter in the field means OK, not Show
        self.show_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.show_button.toggled.connect(self._reveal)
        self.caps_warning = QLabel("⚠ " + translate("passphrase_fields", CAPS_LOCK_WARNING))
        self.caps_warning.setObjectName("capsLockWarning")
        self.caps_warning.setAccessibleName(translate("passphrase_fields", CAPS_LOCK_WARNING))
        self.caps_warning.hide()
        for field in self.fields:
            if isinstance(field, PassphraseLineEdit):
                field.caps_lock_changed.connect(self.caps_warning.setVisible)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.caps_warning)
        self.setFocusProxy(self.field)
        # Its own height only: the warning sits right under the field in a tall form.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._reveal(False)

    def _reveal(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in self.fields:
            field.setEchoMode(mode)
        self.show_button.setText(
            translate("passphrase_fields", "Hid&e")
            if shown
            else translate("passphrase_fields", "Sho&w")
        )
        # Whole sentences for each case: one passphrase or two (with its confirmation).
        if len(self.fields) == 1:
            name = (
                translate("passphrase_fields", "Hide the passphrase")
                if shown
                else translate("passphrase_fields", "Show the passphrase")
            )
            tip = (
                translate("passphrase_fields", "Hide the passphrase again")
                if shown
                else translate(
                    "passphrase_fields", "Show the passphrase as typed (check who can see)"
                )
            )
        else:
            name = (
                translate("passphrase_fields", "Hide the passphrases")
                if shown
                else translate("passphrase_fields", "Show the passphrases")
            )
            tip = (
                translate("passphrase_fields", "Hide the passphrases again")
                if shown
                else translate(
                    "passphrase_fields", "Show the passphrases as typed (check who can see)"
                )
            )
        self.show_button.setAccessibleName(name)
        self.show_button.setToolTip(tip)

    def hideEvent(self, event: QHideEvent) -> None:
        """Hidden again whenever it leaves the screen (a lock, a dialog closed)."""
        self.show_button.setChecked(False)
        super().hideEvent(event)


class NewPassphraseFields(QWidget):
    """Passphrase, confirmation and meter; ``changed`` fires on every keystroke."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.confirmation = PassphraseLineEdit()
        self.confirmation.setAccessibleName(
            translate("passphrase_fields", "Type the passphrase again")
        )
        self.entry = PassphraseEntry(
            translate("passphrase_fields", "New passphrase"), also=self.confirmation
        )
        self.passphrase = self.entry.field
        self.meter = StrengthMeter()
        self.mismatch = QLabel()
        self.mismatch.setStyleSheet(f"color: {warning_colour(self.palette()).name()};")
        self.personal_words: tuple[str, ...] = ()
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(translate("passphrase_fields", "Passphrase:"), self.entry)
        layout.addRow("", self.meter)
        layout.addRow(translate("passphrase_fields", "Type it again:"), self.confirmation)
        layout.addRow("", self.mismatch)
        self.passphrase.textChanged.connect(self._refresh)
        self.confirmation.textChanged.connect(self._refresh)

    def _refresh(self) -> None:
        self.meter.update_for(self.passphrase.text(), self.personal_words)
        typed = self.confirmation.text()
        matching = typed == self.passphrase.text()
        self.mismatch.setText(
            ""
            if matching or not typed
            else translate("passphrase_fields", "The two passphrases differ.")
        )
        self.changed.emit()

    def is_acceptable(self) -> bool:
        """Strong enough and typed the same twice."""
        return self.meter.strength.acceptable and self.confirmation.text() == self.passphrase.text()

    def value(self) -> str:
        """The passphrase."""
        return self.passphrase.text()

    def clear(self) -> None:
        """Empty both fields."""
        self.passphrase.clear()
        self.confirmation.clear()
