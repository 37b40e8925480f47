"""Case > New Case: the child (or unborn child), the status, and the original concern."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.cases import Case, LegalStatus
from casedesk.domain.dates import FuzzyDate
from casedesk.domain.ids import CaseId, PersonId, new_id
from casedesk.domain.people import Person
from casedesk.domain.validation import Severity, check_new_pre_birth_case, check_person
from casedesk.domain.wording import shown_value, translate
from casedesk.ui.dates import date_edit_format
from casedesk.ui.dialogs.buttons import ok_cancel
from casedesk.ui.dialogs.person import OptionalDate
from casedesk.ui.widgets.combo import index_of
from casedesk.ui.widgets.problems import show_problems
from casedesk.ui.widgets.sex_choice import sex_choice
from casedesk.ui.widgets.text_box import text_box


class NewCaseDialog(QDialog):
    """Collects what a case needs on the day it opens; impossible dates are said inline."""

    help_page = "cases"  # what F1 opens (ui/help.py)

    def __init__(self, worker: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("new_case", "New case"))
        self.today = today
        self.reference = QLineEdit()
        self.status = QComboBox()
        for status in LegalStatus:
            self.status.addItem(shown_value(status).capitalize(), status)
        self.opened = QDateEdit(QDate(today.year, today.month, today.day))
        self.opened.setCalendarPopup(True)
        self.opened.setDisplayFormat(date_edit_format())
        self.worker = QLineEdit(worker)
        self.concern = text_box()
        self.concern.setPlaceholderText(
            translate(
                "new_case",
                "The concern that opened the case, as it was reported. "
                "It stays pinned at the top of the case.",
            )
        )
        self.given = QLineEdit()
        self.family = QLineEdit()
        self.sex = sex_choice()
        self.born = OptionalDate(translate("new_case", "Born:"))
        self.expected = OptionalDate(translate("new_case", "Unborn; expected:"))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("new_case", "Reference:"), self.reference)
        form.addRow(translate("new_case", "Legal status:"), self.status)
        form.addRow(translate("new_case", "Opened:"), self.opened)
        form.addRow(translate("new_case", "Allocated worker:"), self.worker)
        form.addRow(translate("new_case", "Original concern:"), self.concern)
        form.addRow(QLabel("<b>" + translate("new_case", "The child") + "</b>"))
        form.addRow(translate("new_case", "Given names:"), self.given)
        form.addRow(translate("new_case", "Family name:"), self.family)
        form.addRow(translate("new_case", "Sex (genogram symbol):"), self.sex)
        form.addRow(translate("new_case", "Date of birth:"), self.born)
        form.addRow(translate("new_case", "Expected date:"), self.expected)
        buttons, self.ok = ok_cancel(self, translate("new_case", "Open case"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        for line in (self.reference, self.given, self.family):
            line.textChanged.connect(self.validate)
        self.concern.textChanged.connect(self.validate)
        self.status.currentIndexChanged.connect(self.validate)
        for optional in (self.born, self.expected):
            optional.known.toggled.connect(self.validate)
            optional.edit.dateChanged.connect(self.validate)
        self.resize(560, 600)
        self.validate()

    def child(self) -> Person:
        """The subject child as entered."""
        born = self.born.value()
        return Person(
            PersonId(new_id("p")),
            self.given.text().strip(),
            self.family.text().strip(),
            self.sex.currentData(),
            FuzzyDate(born) if born else None,
            expected_on=self.expected.value(),
        )

    def case(self, child: Person) -> Case:
        """The case as entered, for ``child``."""
        qdate = self.opened.date()
        return Case(
            CaseId(new_id("c")),
            self.reference.text().strip(),
            child.id,
            self.status.currentData(),
            self.concern.toPlainText().strip(),
            date(qdate.year(), qdate.month(), qdate.day()),
            self.worker.text().strip(),
        )

    def validate(self) -> None:
        """Impossible or missing facts disable Open case; doubtful ones are warned about."""
        child = self.child()
        problems = check_person(child, self.today)
        pre_birth = self.status.currentData() is LegalStatus.PRE_BIRTH or child.expected_on
        if pre_birth:
            problems += check_new_pre_birth_case(child.expected_on, self.today)
        errors = [p.message for p in problems if p.severity is Severity.ERROR]
        if not self.reference.text().strip():
            errors.append(translate("new_case", "Give the case a reference."))
        if not self.concern.toPlainText().strip():
            errors.append(translate("new_case", "Record the original concern."))
        if not pre_birth and child.birth is None:
            errors.append(
                translate(
                    "new_case",
                    "Give the child's date of birth, or tick 'Unborn' with the expected date.",
                )
            )
        warnings = [p.message for p in problems if p.severity is Severity.WARNING]
        show_problems(self.problems, self.ok, errors, warnings)


class EditCaseDialog(QDialog):
    """Change a case's legal status, allocated worker or closing date, with the reason.

    The original concern is shown but cannot be edited: later concerns go beside it.
    """

    help_page = "cases"  # what F1 opens (ui/help.py)

    def __init__(self, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("new_case", "Change case {reference}").format(reference=case.reference)
        )
        self.original = case
        self.status = QComboBox()
        for status in LegalStatus:
            self.status.addItem(shown_value(status).capitalize(), status)
        self.status.setCurrentIndex(index_of(self.status, case.legal_status))
        self.worker = QLineEdit(case.allocated_worker)
        self.closed = OptionalDate(translate("new_case", "Closed on:"))
        self.closed.set_value(case.closed_on)
        concern = QLabel(case.original_concern)
        concern.setWordWrap(True)
        concern.setEnabled(False)
        self.no_partner = QLineEdit(case.no_partner_because)
        self.no_partner.setPlaceholderText(
            translate(
                "new_case",
                "if the mother has no partner: why you are satisfied of it, and who said so",
            )
        )
        self.no_partner.setAccessibleName(
            translate("new_case", "Why no partner of the mother is recorded")
        )
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(
            translate("new_case", "for example: decision at the review conference")
        )
        form = QFormLayout(self)
        form.addRow(translate("new_case", "Legal status:"), self.status)
        form.addRow(translate("new_case", "Allocated worker:"), self.worker)
        form.addRow(translate("new_case", "Closing:"), self.closed)
        form.addRow(translate("new_case", "Original concern:"), concern)
        form.addRow(translate("new_case", "No partner, because:"), self.no_partner)
        form.addRow(translate("new_case", "Reason for the change:"), self.reason)
        buttons, self.ok = ok_cancel(self)
        form.addRow(buttons)
        self.reason.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.ok.setEnabled(False)

    def case(self) -> Case:
        """The case as changed."""
        from dataclasses import replace

        return replace(
            self.original,
            legal_status=self.status.currentData(),
            allocated_worker=self.worker.text().strip(),
            closed_on=self.closed.value(),
            no_partner_because=self.no_partner.text().strip(),
        )
