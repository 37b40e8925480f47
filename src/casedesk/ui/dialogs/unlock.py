"""Unlock: the passphrase (or recovery key) for a case file, retried in place."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.wording import translate
from casedesk.ui.dialogs.passphrase_fields import PassphraseEntry
from casedesk.ui.look import warning_colour

# attempt(secret, read_only) -> an error sentence, or None when the case file opened.
AttemptCallback = Callable[[str, bool], str | None]


class UnlockDialog(QDialog):
    """Asks for the passphrase; a wrong one is said inline and the field is cleared."""

    help_page = "open-and-lock"  # what F1 opens (ui/help.py)

    def __init__(
        self,
        path: Path,
        attempt: AttemptCallback,
        locked: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("unlock", "Unlock case file")
            if locked
            else translate("unlock", "Open case file")
        )
        self._attempt = attempt
        heading = QLabel(
            translate("unlock", "<p><b>{file}</b> is locked.</p>").format(
                file=html.escape(path.name)
            )
            if locked
            else translate("unlock", "<p>Open <b>{file}</b></p>").format(
                file=html.escape(path.name)
            )
        )
        hint = QLabel(
            translate(
                "unlock", "Type your passphrase, or the recovery key if the passphrase is lost."
            )
        )
        hint.setWordWrap(True)
        # Show button and Caps Lock warning beside the field (passphrase_fields).
        self.entry = PassphraseEntry(translate("unlock", "Passphrase or recovery key"))
        self.secret = self.entry.field
        hint.setBuddy(self.secret)
        self.read_only = QCheckBox(translate("unlock", "Open read-only"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {warning_colour(self.palette()).name()};")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.unlock_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.unlock_button.setText(
            translate("unlock", "Unlock") if locked else translate("unlock", "Open")
        )
        buttons.accepted.connect(self._on_unlock)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.entry)
        layout.addWidget(self.read_only)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(440, 220)

    def _on_unlock(self) -> None:
        if not self.secret.text():
            self.error.setText(translate("unlock", "Type the passphrase first."))
            return
        error = self._attempt(self.secret.text(), self.read_only.isChecked())
        self.secret.clear()
        if error:
            self.error.setText(error)
            self.secret.setFocus()
            return
        self.accept()
