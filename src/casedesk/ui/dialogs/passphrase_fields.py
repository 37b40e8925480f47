"""A passphrase typed twice, with a strength meter: shared by every 'new passphrase' form."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from casedesk.ui.widgets.strength_meter import StrengthMeter


class NewPassphraseFields(QWidget):
    """Passphrase, confirmation and meter; ``changed`` fires on every keystroke."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName("New passphrase")
        self.confirmation = QLineEdit()
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation.setAccessibleName("Type the passphrase again")
        self.meter = StrengthMeter()
        self.mismatch = QLabel()
        self.mismatch.setStyleSheet("color: #b3261e;")
        self.personal_words: tuple[str, ...] = ()
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow("Passphrase:", self.passphrase)
        layout.addRow("", self.meter)
        layout.addRow("Type it again:", self.confirmation)
        layout.addRow("", self.mismatch)
        self.passphrase.textChanged.connect(self._refresh)
        self.confirmation.textChanged.connect(self._refresh)

    def _refresh(self) -> None:
        self.meter.update_for(self.passphrase.text(), self.personal_words)
        typed = self.confirmation.text()
        matching = typed == self.passphrase.text()
        self.mismatch.setText("" if matching or not typed else "The two passphrases differ.")
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
