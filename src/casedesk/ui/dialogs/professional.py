"""Add or change a member of the team around the family."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.ids import CaseId, ProfessionalId
from casedesk.domain.team import Professional
from casedesk.domain.wording import translate
from casedesk.ui.dates import date_edit_format
from casedesk.ui.dialogs.buttons import ok_cancel
from casedesk.ui.widgets.consent_fields import ConsentFields
from casedesk.ui.widgets.optional_date import OptionalDate
from casedesk.ui.widgets.problems import show_problems


class ProfessionalDialog(QDialog):
    """Add a professional to the team around the family."""

    help_page = "people-and-fathers"  # what F1 opens (ui/help.py)

    def __init__(
        self,
        record: CaseRecord,
        today: date,
        parent: QWidget | None = None,
        existing: Professional | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("professional", "Change team member")
            if existing
            else translate("professional", "Add to the team around the family")
        )
        self.record = record
        self.existing = existing
        self.involved_to = OptionalDate(translate("professional", "Ended:"))
        self.reason = QLineEdit()
        self.name = QLineEdit()
        self.agency = QLineEdit()
        self.role = QLineEdit()
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(translate("professional", "phone, secure email"))
        self.involved_from = QDateEdit(QDate(today.year, today.month, today.day))
        self.involved_from.setCalendarPopup(True)
        self.involved_from.setDisplayFormat(date_edit_format())
        # A state with who and when, not a tick box: a refusal, a question not yet asked and
        # sharing without consent (and why) must each be recordable (domain.consent).
        self.consent = ConsentFields(today)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.lead = QCheckBox(translate("professional", "Lead professional"))
        form = QFormLayout(self)
        form.addRow(translate("professional", "Name:"), self.name)
        form.addRow(translate("professional", "Agency:"), self.agency)
        form.addRow(translate("professional", "Role:"), self.role)
        form.addRow(translate("professional", "Contact:"), self.contact)
        form.addRow(translate("professional", "Involved from:"), self.involved_from)
        form.addRow(translate("professional", "Involved until:"), self.involved_to)
        form.addRow(translate("professional", "Consent to share:"), self.consent)
        form.addRow("", self.lead)
        if existing is not None:
            form.addRow(translate("professional", "Reason for the change:"), self.reason)
            self.name.setText(existing.name)
            self.agency.setText(existing.agency)
            self.role.setText(existing.role)
            self.contact.setText(existing.contact)
            start = existing.involved_from
            self.involved_from.setDate(QDate(start.year, start.month, start.day))
            self.involved_to.set_value(existing.involved_to)
            self.consent.set_value(existing.consent_to_share)
            self.lead.setChecked(existing.lead)
        buttons, self.ok = ok_cancel(self)
        form.addRow(self.problems)
        form.addRow(buttons)
        for line in (self.name, self.agency, self.role, self.reason):
            line.textChanged.connect(self._refresh)
        self.consent.changed.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        needed = [self.name, self.agency, self.role]
        if self.existing is not None:
            needed.append(self.reason)
        problem = self.consent.problem()
        show_problems(self.problems, None, [problem] if problem else [])
        self.problems.setVisible(problem is not None)
        self.ok.setEnabled(all(x.text().strip() for x in needed) and problem is None)

    def professional(self) -> Professional:
        """The professional as entered."""
        qdate = self.involved_from.date()
        consent = self.consent.value()
        return Professional(
            self.existing.id if self.existing else ProfessionalId(""),
            CaseId(self.record.case.id),
            self.name.text().strip(),
            self.agency.text().strip(),
            self.role.text().strip(),
            date(qdate.year(), qdate.month(), qdate.day()),
            self.involved_to.value(),
            lead=self.lead.isChecked(),
            contact=self.contact.text().strip(),
            consent=consent.state,
            consent_by=consent.by,
            consent_on=consent.on,
            consent_basis=consent.basis,
        )
