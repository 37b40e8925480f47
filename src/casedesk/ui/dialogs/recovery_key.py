"""The recovery key, shown once, with a print option and a confirmation."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.wording import translate
from casedesk.services.recovery_key import is_last_group


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key; Finish is enabled once the user confirms they kept it."""

    help_page = "recovery-key"  # what F1 opens (ui/help.py)

    def __init__(self, recovery_key: str, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("recovery_key", "Your recovery key"))
        self._key = recovery_key
        self._file_name = file_name
        intro = QLabel(
            translate(
                "recovery_key",
                "<p>This recovery key opens <b>{file}</b> if your passphrase is ever lost. It "
                "is shown <b>only now</b>. Write it down or print it, and keep it somewhere "
                "safe, apart from this computer (your agency may have a place for it).</p>",
            ).format(file=html.escape(file_name))
        )
        intro.setWordWrap(True)
        self.key_label = QLabel(recovery_key.replace("-", "  "))
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key_label.setStyleSheet(
            "padding: 14px; border: 1px solid palette(mid); background: palette(base); "
            "color: palette(text);"
        )
        print_button = QPushButton(translate("recovery_key", "Print…"))
        print_button.clicked.connect(self.print_key)
        self.kept = QCheckBox(
            translate(
                "recovery_key",
                "I have written down or printed the recovery key and will keep it safe",
            )
        )
        self.last_group = QLineEdit()
        self.last_group.setPlaceholderText(
            translate("recovery_key", "Type the last group of the key to confirm")
        )
        self.last_group.setAccessibleName(
            translate("recovery_key", "Last group of the recovery key")
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.finish = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.finish.setText(translate("recovery_key", "Finish"))
        self.buttons.accepted.connect(self.accept)
        self.waiting_for = QLabel()  # why Finish is off, in one line
        self.waiting_for.setObjectName("EmptyHint")
        self.waiting_for.setAccessibleName(translate("recovery_key", "What Finish waits for"))
        finish_row = QHBoxLayout()
        finish_row.addWidget(self.waiting_for, 1)
        finish_row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addWidget(print_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.kept)
        layout.addWidget(self.last_group)
        layout.addLayout(finish_row)
        self.kept.toggled.connect(self._refresh)
        self.last_group.textChanged.connect(self._refresh)
        self._refresh()

    def confirmed(self) -> bool:
        """Ticked, and the last group typed back as opening the file would read it."""
        return self.kept.isChecked() and self._group_typed()

    def _group_typed(self) -> bool:
        return is_last_group(self.last_group.text(), self._key)

    def _refresh(self) -> None:
        self.finish.setEnabled(self.confirmed())
        if not self.kept.isChecked():
            why = translate("recovery_key", "Tick the box once the key is written down or printed.")
        elif not self.last_group.text().strip():
            why = translate("recovery_key", "Type the last group of the key to finish.")
        elif not self._group_typed():
            why = translate(
                "recovery_key", "That is not the last group of the key: look at the key again."
            )
        else:
            why = ""
        self.waiting_for.setText(why)

    def reject(self) -> None:
        """Escape does not skip this step: the key would be lost."""
        if self.confirmed():
            super().reject()

    def printable_document(self) -> QTextDocument:
        """The sheet that is printed."""
        document = QTextDocument()
        document.setHtml(
            "<h2>{title}</h2><p>{file}</p>"  # i18n: layout only; each sentence is translated
            "<p style='font-family: monospace; font-size: 20pt'>{key}</p><p>{keep}</p>".format(
                title=translate("recovery_key", "CaseDesk recovery key"),
                file=translate("recovery_key", "Case file: {name}").format(
                    name=html.escape(self._file_name)
                ),
                key=html.escape(self._key),
                keep=translate(
                    "recovery_key",
                    "Keep this sheet safe and apart from the computer. Anyone with it and "
                    "the case file can open the case file.",
                ),
            )
        )
        return document

    def print_key(self) -> None:
        """Print the recovery key sheet (nothing is written to disk)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.printable_document().print_(printer)
