"""Record a deadline by hand, or that one was met, extended or cancelled (with why)."""

from __future__ import annotations

import enum
import html
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from casedesk.domain.date_parsing import DateFormatError
from casedesk.domain.dates import DatePrecision
from casedesk.domain.ids import CaseId
from casedesk.domain.timescales import Deadline, deadline_problems
from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_value, translate
from casedesk.ui.dates import shown_date
from casedesk.ui.dialogs.buttons import ok_cancel
from casedesk.ui.widgets.date_field import DateField, read_date
from casedesk.ui.widgets.problems import show_problems
from casedesk.ui.widgets.text_box import text_box


class DeadlineStep(enum.Enum):
    """What the dialog records."""

    ADD = QT_TRANSLATE_NOOP("DeadlineStep", "Add deadline")
    MEET = QT_TRANSLATE_NOOP("DeadlineStep", "Mark met")
    EXTEND = QT_TRANSLATE_NOOP("DeadlineStep", "Extend")
    CANCEL = QT_TRANSLATE_NOOP("DeadlineStep", "Cancel deadline")
    EXPLAIN = QT_TRANSLATE_NOOP("DeadlineStep", "Save the reason")


_TITLES = {
    DeadlineStep.ADD: QT_TRANSLATE_NOOP("deadline", "Add a deadline"),
    DeadlineStep.MEET: QT_TRANSLATE_NOOP("deadline", "Mark a deadline met"),
    DeadlineStep.EXTEND: QT_TRANSLATE_NOOP("deadline", "Extend a deadline"),
    DeadlineStep.CANCEL: QT_TRANSLATE_NOOP("deadline", "Cancel a deadline"),
    DeadlineStep.EXPLAIN: QT_TRANSLATE_NOOP("deadline", "Say why a timescale was exceeded"),
}


class DeadlineDialog(QDialog):
    """One dialog for the four things done to a deadline; Save waits for what each needs
    (a reason for a statutory timescale extended or exceeded, and for any cancelling)."""

    help_page = "deadlines-and-supervision"  # what F1 opens (ui/help.py)

    def __init__(
        self,
        step: DeadlineStep,
        today: date,
        deadline: Deadline | None = None,
        case: CaseId | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.step, self.today, self.before = step, today, deadline
        self.case = case or (deadline.case if deadline else CaseId(""))
        self.setWindowTitle(translate("deadline", _TITLES[step]))
        form = QFormLayout(self)
        if deadline is not None:
            kind = (
                translate("deadline", "statutory timescale")
                if deadline.statutory
                else translate("deadline", "deadline")
            )
            start, due = shown_date(deadline.started_on), shown_date(deadline.due)
            dates = (
                translate("deadline", "from {start}, due {due}, met {met}").format(
                    start=start, due=due, met=shown_date(deadline.met_on)
                )
                if deadline.met_on
                else translate("deadline", "from {start}, due {due}").format(start=start, due=due)
            )
            about = QLabel(f"<b>{html.escape(deadline.name)}</b> ({kind})<br>{dates}")
            about.setWordWrap(True)
            form.addRow(about)
        self.name = QLineEdit()
        self.name.setAccessibleName(translate("deadline", "What must happen"))
        self.name.setPlaceholderText(translate("deadline", "e.g. Court statement filed"))
        self.started = DateField(today)
        self.started.setAccessibleName(translate("deadline", "From"))
        self.day = DateField(today)
        self.day.setAccessibleName(self._day_label().rstrip(":"))
        self.reason = text_box()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(translate("deadline", "Reason"))
        self.reason.setPlaceholderText(self._reason_hint())
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 3 + 14)
        if step is DeadlineStep.ADD:
            form.addRow(translate("deadline", "What must happen:"), self.name)
            form.addRow(translate("deadline", "From:"), self.started)
            self.day.setText("")
            self.day.setPlaceholderText(
                translate("deadline", "a day, e.g. {day}").format(day=shown_date(today))
            )
        if step is DeadlineStep.EXTEND and deadline is not None:
            self.day.setText("")
            self.day.setPlaceholderText(
                translate("deadline", "a day after {day}").format(day=shown_date(deadline.due))
            )
        if step not in (DeadlineStep.CANCEL, DeadlineStep.EXPLAIN):
            form.addRow(self._day_label(), self.day)
        if step is not DeadlineStep.ADD:
            form.addRow(translate("deadline", "Why:"), self.reason)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        form.addRow(self.problems)
        buttons, self.ok = ok_cancel(self, shown_value(step))
        if step is DeadlineStep.CANCEL:  # "Cancel deadline" beside "Cancel" invites a slip
            close = buttons.button(QDialogButtonBox.StandardButton.Cancel)
            close.setText(translate("deadline", "Keep it"))
        form.addRow(buttons)
        for line in (self.name, self.started, self.day):
            line.textChanged.connect(self.validate)
        self.reason.textChanged.connect(self.validate)
        self.resize(520, 260)
        self.validate()

    def _day_label(self) -> str:
        return {
            DeadlineStep.ADD: translate("deadline", "Due on:"),
            DeadlineStep.MEET: translate("deadline", "Met on:"),
            DeadlineStep.EXTEND: translate("deadline", "Extend to:"),
            DeadlineStep.CANCEL: "",
            DeadlineStep.EXPLAIN: "",
        }[self.step]

    def _reason_hint(self) -> str:
        if self.step is DeadlineStep.MEET:
            return translate(
                "deadline", "if it was met late: why (required for a statutory timescale)"
            )
        if self.step is DeadlineStep.EXTEND:
            return translate("deadline", "why more time is needed, and who agreed it")
        if self.step is DeadlineStep.EXPLAIN:
            return translate("deadline", "why the timescale was exceeded")
        return translate("deadline", "why it no longer applies")

    def _day(self) -> date | str:
        return _exact_day(self.day.text(), self._day_label())

    def deadline(self) -> Deadline | str:
        """The deadline as it would be kept, or the one sentence that stops it."""
        reason = self.reason.toPlainText().strip()
        if self.step is DeadlineStep.CANCEL:
            assert self.before is not None
            return replace(self.before, cancelled_on=self.today, reason=reason)
        if self.step is DeadlineStep.EXPLAIN:
            assert self.before is not None
            if not reason:
                return translate("deadline", "Say why the timescale was exceeded.")
            return replace(self.before, reason=reason)
        day = self._day()
        if isinstance(day, str):
            return day
        if day > self.today and self.step is DeadlineStep.MEET:
            return translate("deadline", "A deadline cannot be met in the future.")
        if self.step is DeadlineStep.ADD:
            if not self.name.text().strip():
                return translate("deadline", "Say what must happen by then.")
            started = _exact_day(self.started.text(), translate("deadline", "From:"))
            if isinstance(started, str):
                return started
            return Deadline(self.case, self.name.text().strip(), started, day)
        assert self.before is not None
        if self.step is DeadlineStep.MEET:
            met = replace(self.before, met_on=day, met_by="", reason=reason or self.before.reason)
            if met.late_without_reason:
                return translate(
                    "deadline",
                    "It was due on {day}: say why the statutory timescale was exceeded.",
                ).format(day=shown_date(self.before.due))
            return met
        if day <= self.before.due:
            return translate("deadline", "Extend it to a day after {day}.").format(
                day=shown_date(self.before.due)
            )
        return replace(self.before, extended_to=day, reason=reason)

    def validate(self, *_args: object) -> None:
        """Say what is missing; the button waits until it is mended (a field not yet
        filled in only keeps the button waiting: nothing is said against it)."""
        found = self.deadline()
        problems = [found] if isinstance(found, str) else [m for _f, m in deadline_problems(found)]
        untouched = problems and problems[0] == NOTHING_YET
        show_problems(self.problems, None if untouched else self.ok, [] if untouched else problems)
        if untouched:
            self.ok.setEnabled(False)


NOTHING_YET = "(nothing typed yet)"  # i18n: a marker compared, never shown


def _exact_day(text: str, label: str) -> date | str:
    """A deadline's day is a day: an approximate or partial date is not accepted."""
    if not text.strip():
        return NOTHING_YET
    try:
        day, precision = read_date(text)
    except DateFormatError as error:
        return f"{label} {error}"
    if precision is not DatePrecision.EXACT:
        # The example is written the way the field reads a typed day (the locale's form).
        return translate(
            "deadline", "{label} give the exact day, e.g. {example} (a deadline falls on a day)."
        ).format(label=label, example=shown_date(day))
    return day
