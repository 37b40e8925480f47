"""Record a supervision: when it was held (not when it is typed), who supervised whom, every
case discussed (it is recorded on each), the reflection, the decisions (a decision not to
act is a decision, with its reason) and the actions agreed on this case."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from casedesk.domain.actions import Action
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.date_parsing import DateFormatError
from casedesk.domain.ids import CaseId
from casedesk.domain.supervision import Supervision, supervision_problems
from casedesk.domain.wording import translate
from casedesk.ui.dialogs.buttons import ok_cancel
from casedesk.ui.widgets.action_fields import ActionFields
from casedesk.ui.widgets.date_field import DateField, read_date
from casedesk.ui.widgets.problems import show_problems
from casedesk.ui.widgets.text_box import text_box


class SupervisionDialog(QDialog):
    """A supervision session, recorded on every case it discussed."""

    help_page = "deadlines-and-supervision"  # what F1 opens (ui/help.py)

    def __init__(
        self,
        record: CaseRecord,
        other_cases: Sequence[tuple[str, str]],
        supervisors: Sequence[str],
        workers: Sequence[str],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        """``other_cases``: (reference, child's name) of the file's other open cases."""
        super().__init__(parent)
        self.setWindowTitle(translate("supervision", "Record supervision"))
        self.record, self.today = record, today
        self.held = DateField(today)
        self.held.setAccessibleName(translate("supervision", "Date the supervision was held"))
        self.held.setToolTip(
            translate("supervision", "The day it happened, not the day it is typed")
        )
        self.supervisor = QComboBox()
        self.supervisor.setEditable(True)
        self.supervisor.addItems(list(dict.fromkeys(supervisors)))
        self.supervisor.setAccessibleName(translate("supervision", "Supervisor"))
        self.worker = QComboBox()
        self.worker.setEditable(True)
        names = [record.case.allocated_worker, *workers]
        self.worker.addItems([n for n in dict.fromkeys(names) if n])
        self.worker.setAccessibleName(translate("supervision", "Worker supervised"))
        self.cases = QListWidget()
        self.cases.setAccessibleName(translate("supervision", "Cases discussed"))
        this = QListWidgetItem(
            translate("supervision", "{reference} (this case)").format(
                reference=record.case.reference
            )
        )
        this.setData(Qt.ItemDataRole.UserRole, record.case.reference)
        this.setFlags(this.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        this.setCheckState(Qt.CheckState.Checked)
        self.cases.addItem(this)
        for reference, child in other_cases:
            item = QListWidgetItem(f"{reference} — {child}")
            item.setData(Qt.ItemDataRole.UserRole, reference)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.cases.addItem(item)
        self.cases.setMaximumHeight(self.cases.fontMetrics().lineSpacing() * 5 + 12)
        self.reflection = self._box(
            translate("supervision", "Reflection"),
            translate(
                "supervision", "what was explored: the child's experience, risk, what is not known"
            ),
        )
        self.decisions = self._box(
            translate("supervision", "Decisions"),
            translate("supervision", "what was decided, with the rationale"),
        )
        self.not_to_act = self._box(
            translate("supervision", "Decisions not to act"),
            translate("supervision", "anything decided NOT to do, and why (a decision too)"),
        )
        self.action_fields = [
            ActionFields(
                record, workers, today, optional=True, what_label=translate("supervision", "What:")
            )
            for n in (1, 2)
        ]
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(translate("supervision", "Held on:"), self.held)
        form.addRow(translate("supervision", "Supervisor:"), self.supervisor)
        form.addRow(translate("supervision", "Worker:"), self.worker)
        form.addRow(translate("supervision", "Cases discussed:"), self.cases)
        form.addRow(translate("supervision", "Reflection:"), self.reflection)
        form.addRow(translate("supervision", "Decisions:"), self.decisions)
        form.addRow(translate("supervision", "Not to act:"), self.not_to_act)
        for n, fields in enumerate(self.action_fields, start=1):
            form.addRow(translate("supervision", "Action {n} (this case):").format(n=n), fields)
        form.addRow(self.problems)
        buttons, self.ok = ok_cancel(self, translate("supervision", "Record supervision"))
        form.addRow(buttons)
        self.held.textChanged.connect(self.validate)
        for box in (self.reflection, self.decisions, self.not_to_act):
            box.textChanged.connect(self.validate)
        self.supervisor.currentTextChanged.connect(self.validate)
        self.worker.currentTextChanged.connect(self.validate)
        for fields in self.action_fields:
            fields.what.textChanged.connect(self.validate)
            fields.due.textChanged.connect(self.validate)
        self.resize(720, 640)
        self.validate()

    @staticmethod
    def _box(name: str, placeholder: str) -> QPlainTextEdit:
        box = text_box(placeholder, lines=3)
        box.setAccessibleName(name)
        return box

    def references(self) -> list[str]:
        """Every case ticked as discussed (this one first)."""
        return [
            str(self.cases.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.cases.count())
            if self.cases.item(i).checkState() == Qt.CheckState.Checked
        ]

    def supervision(self) -> Supervision | str:
        """The supervision as entered (for this case), or what stops it."""
        try:
            held = read_date(self.held.text())[0]
        except DateFormatError as error:
            return translate("supervision", "Held on: {error}").format(error=error)
        return Supervision(
            "",
            CaseId(self.record.case.id),
            held,
            self.supervisor.currentText().strip(),
            self.worker.currentText().strip(),
            self.reflection.toPlainText().strip(),
            self.decisions.toPlainText().strip(),
            self.not_to_act.toPlainText().strip(),
        )

    def agreed(self) -> list[Action] | str:
        """The actions agreed on this case (none when left blank), or what stops one."""
        held = self.supervision()
        if isinstance(held, str):
            return held
        found = []
        for fields in self.action_fields:
            problems = fields.problems(CaseId(self.record.case.id), held.held_on)
            if problems:
                return problems[0]
            action = fields.action(CaseId(self.record.case.id), held.held_on)
            if isinstance(action, Action):
                found.append(action)
        return found

    def validate(self, *_args: object) -> None:
        """Say what is missing; OK is disabled until it is fixed."""
        supervision = self.supervision()
        if isinstance(supervision, str):
            problems = [supervision]
        else:
            problems = [m for _f, m in supervision_problems(supervision, self.today)]
        agreed = self.agreed()
        if isinstance(agreed, str) and agreed not in problems:
            problems.append(agreed)
        show_problems(self.problems, self.ok, problems)
