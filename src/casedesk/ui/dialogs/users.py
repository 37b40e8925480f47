"""Case > Users & Keys: who can open this case file, adding and removing them."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.date_parsing import DateFormatError
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.supervision import qualified_since
from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate
from casedesk.services.case_file import CaseFile
from casedesk.services.oversight import newly_qualified, set_newly_qualified
from casedesk.ui.dates import shown_date
from casedesk.ui.dialogs.buttons import ok_cancel
from casedesk.ui.dialogs.passphrase_fields import NewPassphraseFields
from casedesk.ui.widgets.date_field import read_date

ROLE_TEXT = {
    "owner": QT_TRANSLATE_NOOP("users", "Owner"),
    "worker": QT_TRANSLATE_NOOP("users", "Worker"),
    "supervisor": QT_TRANSLATE_NOOP("users", "Supervisor"),
    "agency": QT_TRANSLATE_NOOP("users", "Agency key"),
    "recovery": QT_TRANSLATE_NOOP("users", "Recovery key"),
}


def _role_text(role: str) -> str:
    """A keyslot's role as the worker reads it (a role CaseDesk does not know, as stored)."""
    return translate("users", ROLE_TEXT[role]) if role in ROLE_TEXT else role


def _added_on(added_at: str) -> str:
    """The day a user was added (stored as ISO 8601), as the worker's locale writes it."""
    try:
        return shown_date(date.fromisoformat(added_at[:10]))
    except ValueError:
        return added_at[:10]


class PassphraseFormDialog(QDialog):
    """A new passphrase, optionally with a name and a role (for a new user)."""

    help_page = "open-and-lock"  # what F1 opens (ui/help.py)

    def __init__(self, title: str, with_identity: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in ("supervisor", "worker", "agency"):
            self.role.addItem(_role_text(role), role)
        self.fields = NewPassphraseFields()
        form = QFormLayout()
        if with_identity:
            form.addRow(translate("users", "Name:"), self.name)
            form.addRow(translate("users", "Role:"), self.role)
        buttons, self.ok = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(buttons)
        self._with_identity = with_identity
        self.name.textChanged.connect(self._refresh)
        self.fields.changed.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        named = bool(self.name.text().strip()) or not self._with_identity
        self.fields.personal_words = (self.name.text(),)
        self.ok.setEnabled(named and self.fields.is_acceptable())


class UsersDialog(QDialog):
    """Lists users and keys; the owner can add and remove users."""

    help_page = "open-and-lock"  # what F1 opens (ui/help.py)

    def __init__(self, case_file: CaseFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("users", "Users & keys"))
        self.case_file = case_file
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                translate("users", "Name"),
                translate("users", "Role"),
                translate("users", "Added"),
                translate("users", "Newly qualified since"),
            ]
        )
        self.table.setAccessibleName(translate("users", "Users of this case file"))
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.add_button = QPushButton(translate("users", "Add user…"))
        self.remove_button = QPushButton(translate("users", "Remove user"))
        self.passphrase_button = QPushButton(translate("users", "Change my passphrase…"))
        self.qualified_button = QPushButton(translate("users", "Newly qualified…"))
        self.qualified_button.setToolTip(
            translate(
                "users",
                "Say since when the chosen worker is newly qualified (their cases are supervised "
                "weekly, then fortnightly, by the rule pack), or clear it",
            )
        )
        self.qualified_button.clicked.connect(self.set_newly_qualified)
        self.qualified_button.setEnabled(not case_file.read_only)
        self.add_button.clicked.connect(self.add_user)
        self.remove_button.clicked.connect(self.remove_selected)
        self.passphrase_button.clicked.connect(self.change_passphrase)
        owner = case_file.role in ("owner", "recovery") and not case_file.read_only
        self.add_button.setEnabled(owner)
        self.remove_button.setEnabled(owner)
        self.passphrase_button.setEnabled(case_file.role != "recovery" and not case_file.read_only)
        note = QLabel(
            translate(
                "users",
                "You opened this case file as <b>{user}</b>. Each user has their own "
                "passphrase; removing a user takes their key away.",
            ).format(user=case_file.user)
        )
        note.setWordWrap(True)
        row = QHBoxLayout()
        for button in (
            self.add_button,
            self.remove_button,
            self.passphrase_button,
            self.qualified_button,
        ):
            row.addWidget(button)
        row.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(560, 360)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the users."""
        users = self.case_file.users()
        qualified = {n.casefold(): d for n, d in newly_qualified(self.case_file).items()}
        self.table.setRowCount(len(users))
        for row, user in enumerate(users):
            since = qualified.get(user.name.casefold())
            for column, text in enumerate(
                (
                    user.name,
                    _role_text(user.role),
                    _added_on(user.added_at),
                    f"{shown_date(since)}" if since else "",
                )
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _report(self, error: CaseDeskError) -> None:
        QMessageBox.warning(self, translate("users", "Users & keys"), str(error))

    def add_user(self) -> None:
        """Ask for a name, role and passphrase, then add the user."""
        form = PassphraseFormDialog(
            translate("users", "Add a user"), with_identity=True, parent=self
        )
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.case_file.add_user(
                form.name.text(), str(form.role.currentData()), form.fields.value()
            )
        except CaseDeskError as error:
            self._report(error)
        form.fields.clear()
        self.refresh()

    def remove_selected(self) -> None:
        """Remove the selected user after confirmation."""
        row = self.table.currentRow()
        if row < 0:
            return
        item = self.table.item(row, 0)
        if item is None:
            return
        name = item.text()
        answer = QMessageBox.question(
            self,
            translate("users", "Remove user"),
            translate(
                "users",
                "Remove {name}? They will no longer be able to open this case file with their "
                "passphrase.",
            ).format(name=name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.case_file.remove_user(name)
        except CaseDeskError as error:
            self._report(error)
        self.refresh()

    def set_newly_qualified(self) -> None:
        """Say since when the chosen worker is newly qualified (blank: they are not)."""
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            QMessageBox.information(
                self,
                translate("users", "Users & keys"),
                translate("users", "Choose the worker first."),
            )
            return
        name = item.text()
        role = next((u.role for u in self.case_file.users() if u.name == name), "")
        if role not in ("worker", "owner"):
            QMessageBox.information(
                self,
                translate("users", "Users & keys"),
                translate("users", "Only a worker is newly qualified: choose a worker."),
            )
            return
        workers = newly_qualified(self.case_file)
        current = qualified_since(workers, name)
        text, ok = QInputDialog.getText(
            self,
            translate("users", "Newly qualified"),
            translate(
                "users", "{name} is newly qualified since (a date; leave blank if not):"
            ).format(name=name),
            text=shown_date(current),
        )
        if not ok:
            return
        kept = {n: d for n, d in workers.items() if n.casefold() != name.casefold()}
        try:
            if text.strip():
                kept[name] = read_date(text)[0]
            set_newly_qualified(
                self.case_file,
                kept,
                translate("users", "{name}: newly qualified changed").format(name=name),
            )
        except (DateFormatError, CaseDeskError) as error:
            self._report(CaseDeskError(str(error)))
        self.refresh()

    def change_passphrase(self) -> None:
        """Choose a new passphrase for the user who opened the file."""
        form = PassphraseFormDialog(
            translate("users", "Change my passphrase"), with_identity=False, parent=self
        )
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.case_file.change_passphrase(form.fields.value())
            QMessageBox.information(
                self,
                translate("users", "Users & keys"),
                translate("users", "Your passphrase was changed."),
            )
        except CaseDeskError as error:
            self._report(error)
        form.fields.clear()
