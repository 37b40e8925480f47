"""Add a relationship between two people of a case, or a member of the team around the family."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.evidence import Corroboration, SourceType
from casedesk.domain.ids import CaseId, ProfessionalId, RelationshipId
from casedesk.domain.relationships import Relationship, RelationshipKind
from casedesk.domain.team import Professional
from casedesk.domain.validation import Severity, check_parent_child
from casedesk.ui.dialogs.person import OptionalDate

SIGNIFICANT_ADULT_ROLES = (
    "mother's partner",
    "relative",
    "lodger",
    "regular visitor",
    "babysitter",
    "other",
)


def _people_combo(record: CaseRecord) -> QComboBox:
    combo = QComboBox()
    for person in sorted(record.people, key=lambda p: p.display_name):
        combo.addItem(person.display_name, person.id)
    return combo


class RelationshipDialog(QDialog):
    """Who is what to whom, since when, and who says so."""

    def __init__(self, record: CaseRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add relationship")
        self.record = record
        self.first = _people_combo(record)
        self.kind = QComboBox()
        for kind in RelationshipKind:
            self.kind.addItem(kind.value, kind)
        self.second = _people_combo(record)
        self.second.setCurrentIndex(self.second.findData(record.case.subject_child))
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems(SIGNIFICANT_ADULT_ROLES)
        self.started = OptionalDate("Known:")
        self.ended = OptionalDate("Ended:")
        self.source = QLineEdit()
        self.source.setPlaceholderText("who said so (person or agency)")
        self.source_type = QComboBox()
        for source_type in SourceType:
            self.source_type.addItem(source_type.value, source_type)
        self.corroborated = QCheckBox("Corroborated by another source")
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow("Person:", self.first)
        form.addRow("is (the) …", self.kind)
        form.addRow("of / with:", self.second)
        form.addRow("Role (significant adult):", self.role)
        form.addRow("Since:", self.started)
        form.addRow("Until:", self.ended)
        form.addRow("Source:", self.source)
        form.addRow("Source type:", self.source_type)
        form.addRow("", self.corroborated)
        form.addRow(self.problems)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        for combo in (self.first, self.kind, self.second):
            combo.currentIndexChanged.connect(self.validate)
        self.validate()

    def relationship(self) -> Relationship:
        """The relationship as entered."""
        kind: RelationshipKind = self.kind.currentData()
        return Relationship(
            RelationshipId(f"r-{uuid.uuid4().hex[:12]}"),
            kind,
            self.first.currentData(),
            self.second.currentData(),
            self.started.value(),
            self.ended.value(),
            self.role.currentText().strip() if kind is RelationshipKind.SIGNIFICANT_ADULT else "",
            self.source.text().strip(),
            self.source_type.currentData(),
            Corroboration.CORROBORATED
            if self.corroborated.isChecked()
            else Corroboration.UNVERIFIED,
        )

    def validate(self) -> None:
        """A person cannot be related to themselves, nor a parent younger than the child."""
        rel = self.relationship()
        self.role.setEnabled(rel.kind is RelationshipKind.SIGNIFICANT_ADULT)
        errors = []
        if rel.from_person == rel.to_person:
            errors.append("Choose two different people.")
        elif rel.kind is RelationshipKind.BIOLOGICAL_PARENT:
            problems = check_parent_child(
                self.record.person(rel.from_person), self.record.person(rel.to_person)
            )
            errors += [p.message for p in problems if p.severity is Severity.ERROR]
        self.problems.setText(
            "".join(f"<span style='color:#b3261e'>✗ {e}</span><br>" for e in errors)
        )
        self.ok.setEnabled(not errors)


class ProfessionalDialog(QDialog):
    """Add a professional to the team around the family."""

    def __init__(self, record: CaseRecord, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add to the team around the family")
        self.record = record
        self.name = QLineEdit()
        self.agency = QLineEdit()
        self.role = QLineEdit()
        self.contact = QLineEdit()
        self.contact.setPlaceholderText("phone, secure email")
        self.involved_from = QDateEdit(QDate(today.year, today.month, today.day))
        self.involved_from.setCalendarPopup(True)
        self.involved_from.setDisplayFormat("dd MMM yyyy")
        self.consent = QCheckBox("The family's consent to share information with them is recorded")
        self.lead = QCheckBox("Lead professional")
        form = QFormLayout(self)
        form.addRow("Name:", self.name)
        form.addRow("Agency:", self.agency)
        form.addRow("Role:", self.role)
        form.addRow("Contact:", self.contact)
        form.addRow("Involved from:", self.involved_from)
        form.addRow("", self.consent)
        form.addRow("", self.lead)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        for line in (self.name, self.agency, self.role):
            line.textChanged.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        self.ok.setEnabled(all(x.text().strip() for x in (self.name, self.agency, self.role)))

    def professional(self) -> Professional:
        """The professional as entered."""
        qdate = self.involved_from.date()
        return Professional(
            ProfessionalId(f"t-{uuid.uuid4().hex[:12]}"),
            CaseId(self.record.case.id),
            self.name.text().strip(),
            self.agency.text().strip(),
            self.role.text().strip(),
            date(qdate.year(), qdate.month(), qdate.day()),
            consent_to_share=self.consent.isChecked(),
            lead=self.lead.isChecked(),
            contact=self.contact.text().strip(),
        )
