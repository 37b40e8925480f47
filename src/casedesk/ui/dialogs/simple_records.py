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
from casedesk.domain.wording import shown_value, translate
from casedesk.services.history_words import field_in_words, value_in_words
from casedesk.ui.dates import date_edit_format, shown_date
from casedesk.ui.dialogs.buttons import ok_cancel
from casedesk.ui.widgets.action_fields import ActionFields
from casedesk.ui.widgets.problems import show_problems
from casedesk.ui.widgets.text_box import text_box


def _date_edit(today: date) -> QDateEdit:
    edit = QDateEdit(QDate(today.year, today.month, today.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_edit_format())
    edit.setMaximumDate(QDate(today.year, today.month, today.day))
    return edit


def _moment(at: str) -> str:
    """An audit record's ISO time (``2026-06-30T14:05:09``) as the worker's locale writes
    the day, then the hour and minute."""
    try:
        day = date.fromisoformat(at[:10])
    except ValueError:
        return at[:16].replace("T", " ")
    return f"{shown_date(day)} {at[11:16]}".strip()


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
        self.setWindowTitle(translate("simple_records", "Record identification attempt"))
        self.record, self.today = record, today
        self.person = QComboBox()
        for key in record.key_adults():
            self.person.addItem(
                translate("simple_records", "{role}: {name} ({identification})").format(
                    role=key.role,
                    name=key.person.display_name,
                    identification=shown_value(key.person.identification),
                ),
                key.person.id,
            )
        self.when = _date_edit(today)
        self.method = QLineEdit()
        self.method.setPlaceholderText(
            translate("simple_records", "home visit, phone call, letter, record check …")
        )
        self.asked_by = QLineEdit(worker)
        self.asked_whom = QLineEdit()
        self.answer = text_box()
        self.answer.setMaximumHeight(60)
        self.reluctance = QLineEdit()
        self.reluctance.setPlaceholderText(
            translate(
                "simple_records",
                "refused, changed the subject, said it's not your business … (counted on the case)",
            )
        )
        self.outcome = QLineEdit()
        # The next step is an action: who does it, and by when (shown with the attempts
        # and on the Actions tab, overdue when not done).
        self.next_step = ActionFields(
            record, [worker, *workers], today, what_label=translate("simple_records", "Next step:")
        )
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(translate("simple_records", "About:"), self.person)
        form.addRow(translate("simple_records", "Date:"), self.when)
        form.addRow(translate("simple_records", "How:"), self.method)
        form.addRow(translate("simple_records", "Asked by:"), self.asked_by)
        form.addRow(translate("simple_records", "Asked whom:"), self.asked_whom)
        form.addRow(translate("simple_records", "Their answer:"), self.answer)
        form.addRow(translate("simple_records", "Reluctance:"), self.reluctance)
        form.addRow(translate("simple_records", "Outcome:"), self.outcome)
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
                (
                    not self.person.count(),
                    translate("simple_records", "Record the father or adult first (People tab)."),
                ),
                (
                    not self.method.text().strip(),
                    translate("simple_records", "Say how you asked (a visit, a call …)."),
                ),
                (not self.asked_by.text().strip(), translate("simple_records", "Say who asked.")),
                (
                    not self.asked_whom.text().strip(),
                    translate("simple_records", "Say whom you asked."),
                ),
                (
                    not self.answer.toPlainText().strip(),
                    translate("simple_records", "Record the answer given."),
                ),
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
        self.setWindowTitle(translate("simple_records", "Add a later concern"))
        self.record = record
        self.worker = worker
        self.when = _date_edit(today)
        self.text = text_box()
        self.source = QLineEdit()
        form = QFormLayout(self)
        form.addRow(translate("simple_records", "Raised on:"), self.when)
        form.addRow(translate("simple_records", "Concern:"), self.text)
        form.addRow(translate("simple_records", "Raised by:"), self.source)
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
        self.setWindowTitle(translate("simple_records", "History: {title}").format(title=title))
        self.view = QTextBrowser()
        self.view.setAccessibleName(translate("simple_records", "Changes, newest last"))
        parts = []
        for entry in history:
            at, actor, action = (getattr(entry, n) for n in ("at", "actor", "action"))
            before, after, reason = (getattr(entry, n) for n in ("before", "after", "reason"))
            lines = [
                f"<b>{html.escape(_moment(at))}</b> — {html.escape(actor)}: {html.escape(action)}"
            ]
            if reason:
                lines.append(
                    translate("simple_records", "Reason: {reason}").format(
                        reason=html.escape(reason)
                    )
                )
            signature = getattr(entry, "signature", "")
            if signature:
                verified = getattr(entry, "verified", None)
                mark = {
                    True: "✓",
                    False: translate("simple_records", "✗ NOT VERIFIED:"),
                    None: "·",
                }[verified]
                dark = self.palette().window().color().lightness() < 128
                colour = {
                    True: "#81c784" if dark else "#1b5e20",
                    False: "#ff8a80" if dark else "#b3261e",
                    None: "#bdbdbd" if dark else "#555555",
                }[verified]
                signed = f"{mark} {html.escape(signature)}"
                lines.append(f"<span style='color:{colour}'>{signed}</span>")  # i18n: markup
            if before:
                for key, old in before.items():
                    new = (after or {}).get(key)
                    was, now = html.escape(value_in_words(old)), html.escape(value_in_words(new))
                    field = html.escape(field_in_words(key))
                    lines.append(f"{field}: <s>{was}</s> → {now}")
            parts.append("<br>".join(lines))
        self.view.setHtml("<hr>".join(parts) or translate("simple_records", "No changes recorded."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(560, 420)
