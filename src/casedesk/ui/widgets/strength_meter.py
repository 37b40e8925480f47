"""A passphrase strength meter with the reason, as the user types."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from casedesk.domain.wording import translate
from casedesk.services.passphrase_policy import Strength, assess

COLOURS = ("#b3261e", "#b3261e", "#b36b00", "#2e7d32", "#1b5e20")


class StrengthMeter(QWidget):
    """Shows how guessable a passphrase is and what would make it better."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName(translate("strength_meter", "Passphrase strength"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.strength = assess("")
        self._show(self.strength)

    def update_for(self, passphrase: str, personal_words: tuple[str, ...] = ()) -> Strength:
        """Re-assess and redraw; return the assessment."""
        self.strength = assess(passphrase, personal_words)
        self._show(self.strength)
        return self.strength

    def _show(self, strength: Strength) -> None:
        self.bar.setValue(strength.score)
        colour = COLOURS[strength.score]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        verdict = (
            translate("strength_meter", "Strong enough.")
            if strength.acceptable
            else translate("strength_meter", "Not strong enough yet.")
        )
        text = f"<b>{strength.label.capitalize()}</b>: {verdict} {strength.advice}".strip()
        self.label.setText(text)
