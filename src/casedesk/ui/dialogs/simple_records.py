"""Small forms: an identification attempt, a later concern, and a record's history."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.actions import Action
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.cases import Concern
from casedesk.domain.identification import IdentificationAttempt
from casedesk.domain.ids import CaseId
from casedesk.services.history_words import field_in_words, value_in_words
from casedesk.ui.dialogs.buttons import ok_cancel
from casedesk.ui.widgets.action_fields import ActionFields
from casedesk.ui.widgets.problems import show_problems
from casedesk.ui.widgets.text_box import text_box


def _date_edit(today: date) -> QDateEdit:
    edit = QDateEdit(QDate(today.year, today.month, today.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd MMM yyyy")
    edit.setMaximumDate(QDate(today.year, today.month, today.day))
    return edit


def _day(edit: QDateEdit) -> date:
    qdate = edit.date()
    return date(qdate.year(), qdate.month(), qdate.day())


class AttemptDialog(QDialog):
    """Record one attempt to identify a father or significant adult."""

    help_page = "people-and-fathers"  # what F1 opens (ui/help.py)

    def __init__(
        self,
        record: CaseRecord,
        worker: str,
        today: date,
        parent: QWidget | None = None,
        workers: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Record identification attempt")
        self.record, self.today = record, today
        self.person = QComboBox()
        for key in record.key_adults():
            self.person.addItem(
                f"{key.role}: {key.person.display_name} ({key.person.identification.value})",
                key.person.id,
            )
        self.when = _date_edit(today)
        self.method = QLineEdit()
        self.method.setPlaceholderText("home visit, phone call, letter, record check …")
        self.asked_by = QLineEdit(worker)
        self.asked_whom = QLineEdit()
        self.answer = text_box()
        self.answer.setMaximumHeight(60)
        self.reluctance = QLineEdit()
        self.reluctance.setPlaceholderText(
            "refused, changed the subject, said it's not your business … (counted on the case)"
        )
        self.outcome = QLineEdit()
        # The next step is an action: who does it, and by when (shown with the attempts
        # and on the Actions tab, overdue when not done).
        self.next_step = ActionFields(record, [worker, *workers], today, what_label="Next step:")
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow("About:", self.person)
        form.addRow("Date:", self.when)
        form.addRow("How:", self.method)
        form.addRow("Asked by:", self.asked_by)
        form.addRow("Asked whom:", self.asked_whom)
        form.addRow("Their answer:", self.answer)
        form.addRow("Reluctance:", self.reluctance)
        form.addRow("Outcome:", self.outcome)
        form.addRow(self.next_step)
        form.addRow(self.problems)
        self.buttons, _ok = ok_cancel(self)
        form.addRow(self.buttons)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        for field in (
            self.method,
            self.asked_by,
            self.asked_whom,
            self.next_step.what,
            self.next_step.due,
        ):
            field.textChanged.connect(self._refresh)
        self.next_step.owner.currentIndexChanged.connect(self._refresh)
        self.answer.textChanged.connect(self._refresh)
        self._refresh()

    def _refresh(self, *_args: object) -> None:
        missing = [
            sentence
            for empty, sentence in (
                (not self.person.count(), "Record the father or adult first (People tab)."),
                (not self.method.text().strip(), "Say how you asked (a visit, a call …)."),
                (not self.asked_by.text().strip(), "Say who asked."),
                (not self.asked_whom.text().strip(), "Say whom you asked."),
                (not self.answer.toPlainText().strip(), "Record the answer given."),
            )
            if empty
        ]
        # The next step is agreed when the attempt was made (as it is saved), not today.
        problems = missing + self.next_step.problems(CaseId(self.record.case.id), _day(self.when))
        show_problems(self.problems, self.ok, problems)

    def next_action(self) -> Action | None:
        """The next step as an action, if one was agreed (checked by ``_refresh``)."""
        action = self.next_step.action(CaseId(self.record.case.id), _day(self.when))
        return action if isinstance(action, Action) else None

    def attempt(self) -> IdentificationAttempt:
        """The attempt as entered."""
        return IdentificationAttempt(
            "",  # given by the unit of work
            CaseId(self.record.case.id),
            self.person.currentData(),
            _day(self.when),
            self.method.text().strip(),
            self.asked_by.text().strip(),
            self.asked_whom.text().strip(),
            self.answer.toPlainText().strip(),
            self.reluctance.text().strip(),
            self.outcome.text().strip(),
            self.next_step.what.text().strip(),
        )


class ConcernDialog(QDialog):
    """Add a later concern beside the original one."""

    help_page = "chronology"  # what F1 opens (ui/help.py)

    def __init__(
        self, record: CaseRecord, worker: str, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add a later concern")
        self.record = record
        self.worker = worker
        self.when = _date_edit(today)
        self.text = text_box()
        self.source = QLineEdit()
        form = QFormLayout(self)
        form.addRow("Raised on:", self.when)
        form.addRow("Concern:", self.text)
        form.addRow("Raised by:", self.source)
        self.buttons, _ok = ok_cancel(self)
        form.addRow(self.buttons)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.text.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.text.toPlainText().strip()))
        )
        self.ok.setEnabled(False)

    def concern(self) -> Concern:
        """The concern as entered."""
        return Concern(
            "",  # given by the unit of work
            CaseId(self.record.case.id),
            _day(self.when),
            self.text.toPlainText().strip(),
            self.source.text().strip(),
            self.worker,
        )


class HistoryDialog(QDialog):
    """Every change to a record: when, who, what it was, and why it changed."""

    help_page = "chronology"  # what F1 opens (ui/help.py)

    def __init__(self, title: str, history: list[object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"History: {title}")
        self.view = QTextBrowser()
        self.view.setAccessibleName("Changes, newest last")
        parts = []
        for entry in history:
            at, actor, action = (getattr(entry, n) for n in ("at", "actor", "action"))
            before, after, reason = (getattr(entry, n) for n in ("before", "after", "reason"))
            lines = [
                f"<b>{html.escape(at[:16].replace('T', ' '))}</b> — "
                f"{html.escape(actor)}: {html.escape(action)}"
            ]
            if reason:
                lines.append(f"Reason: {html.escape(reason)}")
            signature = getattr(entry, "signature", "")
            if signature:
                verified = getattr(entry, "verified", None)
                mark = {True: "✓", False: "✗ NOT VERIFIED:", None: "·"}[verified]
                dark = self.palette().window().color().lightness() < 128
                colour = {
                    True: "#81c784" if dark else "#1b5e20",
                    False: "#ff8a80" if dark else "#b3261e",
                    None: "#bdbdbd" if dark else "#555555",
                }[verified]
                lines.append(f"<span style='color:{colour}'>{mark} {html.escape(signature)}</span>")
            if before:
                for key, old in before.items():
                    new = (after or {}).get(key)
                    was, now = html.escape(value_in_words(old)), html.escape(value_in_words(new))
                    field = html.escape(field_in_words(key))
                    lines.append(f"{field}: <s>{was}</s> → {now}")
            parts.append("<br>".join(lines))
        self.view.setHtml("<hr>".join(parts) or "No changes recorded.")
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(560, 420)
