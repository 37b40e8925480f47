"""Add an action, or record that one was done (when, and how it turned out)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QPushButton, QWidget

from casedesk.domain.actions import Action, action_problems
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.date_parsing import DateFormatError
from casedesk.domain.ids import CaseId
from casedesk.domain.wording import translate
from casedesk.ui.dates import shown_date
from casedesk.ui.dialogs.buttons import ok_cancel
from casedesk.ui.widgets.action_fields import ActionFields
from casedesk.ui.widgets.date_field import DateField, read_date
from casedesk.ui.widgets.problems import show_problems
from casedesk.ui.widgets.text_box import text_box


def _show_problems(action: Action | str, today: date, label: QLabel, ok: QPushButton) -> None:
    """Say beside the fields what stops ``action`` being kept; OK only when nothing does."""
    problems = (
        [action]
        if isinstance(action, str)
        else [sentence for _field, sentence in action_problems(action, today)]
    )
    show_problems(label, ok, problems)


class ActionDialog(QDialog):
    """A new action on the case: what, who, agreed when, due when."""

    help_page = "deadlines-and-supervision"  # what F1 opens (ui/help.py)

    def __init__(
        self,
        record: CaseRecord,
        workers: Sequence[str],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("action", "Add an action"))
        self.record, self.today = record, today
        self.fields = ActionFields(
            record, workers, today, optional=False, what_label=translate("action", "Action:")
        )
        self.agreed = DateField(today)
        self.agreed.setAccessibleName(translate("action", "Date agreed"))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.fields)
        form.addRow(translate("action", "Agreed on:"), self.agreed)
        form.addRow(self.problems)
        buttons, self.ok = ok_cancel(self, translate("action", "Add action"))
        form.addRow(buttons)
        for line in (self.fields.what, self.fields.due, self.agreed):
            line.textChanged.connect(self.validate)
        self.fields.owner.currentIndexChanged.connect(self.validate)
        self.resize(560, 240)
        self.validate()

    def action(self) -> Action | str:
        """The action as entered, or what stops it."""
        try:
            agreed = read_date(self.agreed.text())[0]
        except DateFormatError as error:
            return translate("action", "Agreed on: {error}").format(error=error)
        action = self.fields.action(CaseId(self.record.case.id), agreed)
        if action is None:
            return translate("action", "Say what is to be done.")
        return action

    def validate(self, *_args: object) -> None:
        """Say what is missing; OK is disabled until it is fixed."""
        _show_problems(self.action(), self.today, self.problems, self.ok)


class ActionDoneDialog(QDialog):
    """Record that an action was done: the date and the outcome."""

    help_page = "deadlines-and-supervision"  # what F1 opens (ui/help.py)

    def __init__(
        self, record: CaseRecord, action: Action, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("action", "Mark an action done"))
        self.action_before, self.today = action, today
        about = QLabel(
            f"<b>{action.what}</b><br>"
            + translate("action", "{owner}, due {day}").format(
                owner=record.owner_name(action.owner), day=shown_date(action.due_on)
            )
        )
        about.setWordWrap(True)
        self.done_on = DateField(today)
        self.done_on.setAccessibleName(translate("action", "Date done"))
        self.outcome = text_box()
        self.outcome.setTabChangesFocus(True)
        self.outcome.setPlaceholderText(translate("action", "what came of it, and how you know"))
        self.outcome.setAccessibleName(translate("action", "Outcome"))
        self.outcome.setFixedHeight(self.outcome.fontMetrics().lineSpacing() * 3 + 14)
        self.problems = QLabel()
        form = QFormLayout(self)
        form.addRow(about)
        form.addRow(translate("action", "Done on:"), self.done_on)
        form.addRow(translate("action", "Outcome:"), self.outcome)
        form.addRow(self.problems)
        buttons, self.ok = ok_cancel(self, translate("action", "Mark done"))
        form.addRow(buttons)
        self.done_on.textChanged.connect(self.validate)
        self.outcome.textChanged.connect(self.validate)
        self.resize(520, 260)
        self.validate()

    def action(self) -> Action | str:
        """The action with its completion, or what stops it."""
        try:
            done = read_date(self.done_on.text())[0]
        except DateFormatError as error:
            return translate("action", "Done on: {error}").format(error=error)
        if not self.outcome.toPlainText().strip():
            return translate("action", "Say what came of it (and how you know it was done).")
        return replace(
            self.action_before, completed_on=done, outcome=self.outcome.toPlainText().strip()
        )

    def validate(self, *_args: object) -> None:
        """Say what is missing; OK is disabled until it is fixed."""
        _show_problems(self.action(), self.today, self.problems, self.ok)
