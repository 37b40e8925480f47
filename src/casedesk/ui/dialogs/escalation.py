"""Escalation step by step, under the local procedure: raise a concern with another
professional, record their response, take it to the next stage, or record the outcome that
resolves it. The stage and the date a response is due come from the procedure, shown as
the worker types."""

from __future__ import annotations

import enum
import html
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.date_parsing import DateFormatError
from casedesk.domain.deadline_changes import Timescales
from casedesk.domain.escalation import (
    Escalation,
    escalation_problems,
    response_due,
    starting_stage,
)
from casedesk.domain.ids import CaseId
from casedesk.domain.team import active_team
from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_value, translate
from casedesk.ui.dates import shown_date
from casedesk.ui.dialogs.buttons import ok_cancel
from casedesk.ui.widgets.date_field import DateField, read_date
from casedesk.ui.widgets.problems import show_problems
from casedesk.ui.widgets.text_box import text_box


class EscalationStep(enum.Enum):
    """What the dialog records."""

    RAISE = QT_TRANSLATE_NOOP("EscalationStep", "Raise an escalation")
    RESPOND = QT_TRANSLATE_NOOP("EscalationStep", "Record the response")
    NEXT = QT_TRANSLATE_NOOP("EscalationStep", "Take it to the next stage")
    RESOLVE = QT_TRANSLATE_NOOP("EscalationStep", "Record the outcome that resolves it")


_OK_TEXT = {
    EscalationStep.RAISE: QT_TRANSLATE_NOOP("escalation", "Raise"),
    EscalationStep.RESPOND: QT_TRANSLATE_NOOP("escalation", "Record response"),
    EscalationStep.NEXT: QT_TRANSLATE_NOOP("escalation", "Take to the next stage"),
    EscalationStep.RESOLVE: QT_TRANSLATE_NOOP("escalation", "Resolve"),
}


@dataclass(frozen=True)
class EscalationEntry:
    """What was entered: the step (raised, or the earlier one with its response or
    outcome) and, for the next stage, who it now goes to and when."""

    step: Escalation
    raised_on: date | None = None
    with_whom: str = ""
    professional: str = ""
    outcome: str = ""


class EscalationDialog(QDialog):
    """One step of an escalation."""

    help_page = "deadlines-and-supervision"  # what F1 opens (ui/help.py)

    def __init__(
        self,
        what: EscalationStep,
        record: CaseRecord,
        timescales: Timescales,
        today: date,
        user: str,
        earlier: Escalation | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(shown_value(what))
        self.what, self.record, self.timescales, self.today = what, record, timescales, today
        self.user, self.earlier = user, earlier
        self.procedure = timescales.pack.oversight.escalation
        form = QFormLayout(self)
        if earlier is not None:
            stage_name = html.escape(self.procedure.stage(earlier.stage).name)
            raised = translate(
                "escalation", "Raised {day} by {who} with {whom}; response due {due}."
            ).format(
                day=shown_date(earlier.raised_on),
                who=html.escape(earlier.raised_by),
                whom=html.escape(earlier.with_whom),
                due=shown_date(earlier.response_due),
            )
            heading = translate("escalation", "Stage {stage}: {name}").format(
                stage=earlier.stage, name=stage_name
            )
            about = QLabel(f"<b>{heading}</b><br>{raised}<br>{html.escape(earlier.concern)}")
            about.setTextFormat(Qt.TextFormat.RichText)
            about.setWordWrap(True)
            form.addRow(about)
        self.day = DateField(today)
        self.with_whom = QComboBox()
        self.with_whom.setEditable(True)
        self.with_whom.setAccessibleName(translate("escalation", "Raised with"))
        self.with_whom.addItem("", "")
        for member in active_team(record.professionals, today):
            self.with_whom.addItem(f"{member.name}, {member.role} ({member.agency})", member.id)
        line = self.with_whom.lineEdit()
        if line is not None:
            line.setPlaceholderText(
                translate(
                    "escalation",
                    "a member of the team around the family, or anyone (name and agency)",
                )
            )
        self.concern = text_box(
            translate("escalation", "what the disagreement or concern is, and what you ask"), 4
        )
        self.concern.setAccessibleName(translate("escalation", "Concern"))
        self.immediate = QCheckBox(translate("escalation", "The child may be at immediate risk"))
        self.text = text_box("", 4)
        self.stage_line = QLabel()
        self.stage_line.setWordWrap(True)
        if what is EscalationStep.RAISE:
            self.day.setAccessibleName(translate("escalation", "Date raised"))
            form.addRow(translate("escalation", "Raised on:"), self.day)
            form.addRow(translate("escalation", "Raised with:"), self.with_whom)
            form.addRow(translate("escalation", "Concern:"), self.concern)
            form.addRow("", self.immediate)
        elif what is EscalationStep.NEXT:
            self.day.setAccessibleName(translate("escalation", "Date raised at the next stage"))
            self.text.setPlaceholderText(
                translate("escalation", "why it goes further: the outcome of this stage")
            )
            self.text.setAccessibleName(translate("escalation", "Outcome of this stage"))
            form.addRow(translate("escalation", "Outcome so far:"), self.text)
            form.addRow(translate("escalation", "Raised on:"), self.day)
            form.addRow(translate("escalation", "Now with:"), self.with_whom)
        elif what is EscalationStep.RESPOND:
            self.day.setAccessibleName(translate("escalation", "Date of the response"))
            self.text.setPlaceholderText(translate("escalation", "what they said or agreed"))
            self.text.setAccessibleName(translate("escalation", "Response"))
            form.addRow(translate("escalation", "Responded on:"), self.day)
            form.addRow(translate("escalation", "Response:"), self.text)
        else:
            self.text.setPlaceholderText(
                translate("escalation", "the agreed outcome, as it is placed on the child's record")
            )
            self.text.setAccessibleName(translate("escalation", "Outcome"))
            form.addRow(translate("escalation", "Outcome:"), self.text)
        form.addRow(self.stage_line)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        form.addRow(self.problems)
        buttons, self.ok = ok_cancel(self, translate("escalation", _OK_TEXT[what]))
        form.addRow(buttons)
        self.day.textChanged.connect(self.validate)
        self.with_whom.currentTextChanged.connect(self.validate)
        self.concern.textChanged.connect(self.validate)
        self.text.textChanged.connect(self.validate)
        self.immediate.toggled.connect(self.validate)
        self.resize(620, 380)
        self.validate()

    def _day(self) -> date | str:
        try:
            return read_date(self.day.text())[0]
        except DateFormatError as error:
            return translate("escalation", "Date: {error}").format(error=error)

    def _who(self) -> tuple[str, str]:
        index = self.with_whom.currentIndex()
        member = self.with_whom.itemData(index) if index > 0 else ""
        text = self.with_whom.currentText().strip()
        if member and text != self.with_whom.itemText(index):
            member = ""  # typed over the choice: someone else
        return text, str(member or "")

    def entry(self) -> EscalationEntry | str:
        """What was entered, or what stops it."""
        text = self.text.toPlainText().strip()
        if self.what is EscalationStep.RAISE:
            day = self._day()
            if isinstance(day, str):
                return day
            stage = starting_stage(self.procedure, self.immediate.isChecked())
            who, member = self._who()
            step = Escalation(
                "",
                CaseId(self.record.case.id),
                day,
                self.user,
                who,
                self.concern.toPlainText().strip(),
                stage,
                response_due(self.procedure, stage, day, self.timescales.calendar),
                member,
                self.immediate.isChecked(),
            )
            return EscalationEntry(step)
        assert self.earlier is not None
        if self.what is EscalationStep.RESPOND:
            day = self._day()
            if isinstance(day, str):
                return day
            return EscalationEntry(replace(self.earlier, responded_on=day, response=text))
        if self.what is EscalationStep.RESOLVE:
            return EscalationEntry(replace(self.earlier, outcome=text, resolved=True))
        day = self._day()
        if isinstance(day, str):
            return day
        who, member = self._who()
        return EscalationEntry(self.earlier, day, who, member, text)

    def validate(self, *_args: object) -> None:
        """Say the stage and when a response is due; say what is missing."""
        entry = self.entry()
        problems: list[str] = []
        if isinstance(entry, str):
            problems.append(entry)
        elif self.what is EscalationStep.NEXT:
            stage = entry.step.stage + 1
            if stage > self.procedure.last:
                problems.append(
                    translate(
                        "escalation", "Stage {stage} is the procedure's last: record the outcome."
                    ).format(stage=entry.step.stage)
                )
            else:
                assert entry.raised_on is not None
                due = response_due(self.procedure, stage, entry.raised_on, self.timescales.calendar)
                self.stage_line.setText(
                    translate(
                        "escalation",
                        "Stage {stage}: {name}. A response is due by {due} ({within}).",
                    ).format(
                        stage=stage,
                        name=self.procedure.stage(stage).name,
                        due=shown_date(due, weekday=True),
                        within=self.procedure.stage(stage).respond_within,
                    )
                )
            if not entry.outcome:
                problems.append(
                    translate("escalation", "Say why it goes further (the outcome of this stage).")
                )
            if not entry.with_whom:
                problems.append(translate("escalation", "Say who it now goes to."))
            if entry.raised_on is not None and entry.raised_on > self.today:
                problems.append(translate("escalation", "It cannot be raised in the future."))
        else:
            step = entry.step
            if self.what is EscalationStep.RAISE:
                at = self.procedure.stage(step.stage)
                risk = (
                    " "
                    + translate(
                        "escalation",
                        "Immediate risk starts at this stage; make an immediate referral too "
                        "(MASH or duty): do not wait for the procedure.",
                    )
                    if step.immediate_risk
                    else ""
                )
                self.stage_line.setText(
                    translate(
                        "escalation",
                        "Stage {stage}: {name}. A response is due by {due} ({within}).",
                    ).format(
                        stage=step.stage,
                        name=at.name,
                        due=shown_date(step.response_due, weekday=True),
                        within=at.respond_within,
                    )
                    + risk
                )
            problems += [m for _f, m in escalation_problems(step, self.today, self.procedure)]
        show_problems(self.problems, self.ok, problems)
