"""File > New Case File: where, whose, and a passphrase that is hard to guess."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.wording import translate
from casedesk.ui.dialogs.passphrase_fields import NewPassphraseFields
from casedesk.ui.look import warning_colour

# create(path, owner, passphrase) -> an error sentence, or None when the file was created.
CreateCallback = Callable[[Path, str, str], str | None]


class NewCaseFileDialog(QDialog):
    """Collects a location, the owner's name and a strong passphrase, then creates."""

    help_page = "open-and-lock"  # what F1 opens (ui/help.py)

    def __init__(
        self,
        create: CreateCallback,
        default_folder: Path,
        default_owner: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("new_case_file", "New case file"))
        self._create = create
        intro = QLabel(
            translate(
                "new_case_file",
                "A case file keeps all your cases, encrypted. Choose a passphrase only you know: "
                "several unrelated words are strong and easy to remember. Next you will get a "
                "recovery key to keep safe in case the passphrase is forgotten.",
            )
        )
        intro.setWordWrap(True)
        self.location = QLineEdit(
            str(default_folder / translate("new_case_file", "My cases.casedesk"))
        )
        self.location.setAccessibleName(translate("new_case_file", "Where to save the case file"))
        browse = QPushButton(translate("new_case_file", "Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(browse)
        self.owner = QLineEdit(default_owner)
        self.owner.setAccessibleName(translate("new_case_file", "Your name"))
        self.fields = NewPassphraseFields()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {warning_colour().name()};")
        form = QFormLayout()
        form.addRow(translate("new_case_file", "Save as:"), where)
        form.addRow(translate("new_case_file", "Your name:"), self.owner)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(translate("new_case_file", "Create"))
        self.buttons.accepted.connect(self._on_create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        for signal in (self.location.textChanged, self.owner.textChanged, self.fields.changed):
            signal.connect(self._refresh)
        self.resize(560, 420)
        self._refresh()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("new_case_file", "Save the new case file as"),
            self.location.text(),
            translate("new_case_file", "CaseDesk case files (*.casedesk)"),
        )
        if path:
            self.location.setText(path if path.endswith(".casedesk") else path + ".casedesk")

    def _refresh(self) -> None:
        self.fields.personal_words = (self.owner.text(), Path(self.location.text()).stem)
        ready = bool(self.location.text().strip() and self.owner.text().strip())
        self.create_button.setEnabled(ready and self.fields.is_acceptable())

    def _on_create(self) -> None:
        error = self._create(
            Path(self.location.text().strip()), self.owner.text().strip(), self.fields.value()
        )
        if error:
            self.error.setText(error)
            return
        self.fields.clear()
        self.accept()
