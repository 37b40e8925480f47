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
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.evidence import Evidence
from casedesk.domain.ids import CaseId, ProfessionalId, RelationshipId
from casedesk.domain.people import Address
from casedesk.domain.relationships import (
    EmotionalLink,
    EmotionalQuality,
    HouseholdMembership,
    ParentalResponsibility,
    Relationship,
    RelationshipKind,
)
from casedesk.domain.team import Professional
from casedesk.domain.validation import Severity, check_parent_child
from casedesk.ui.dialogs.buttons import ok_cancel
from casedesk.ui.dialogs.person import OptionalDate
from casedesk.ui.widgets.combo import index_of
from casedesk.ui.widgets.evidence_fields import EvidenceFields

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


PARENTAL_RESPONSIBILITY = "holds parental responsibility for"


class RelationshipDialog(QDialog):
    """Who is what to whom, since when, and who says so. Also records emotional links and
    parental responsibility (apart from biology). Given ``existing``, it amends that
    relationship and asks why."""

    def __init__(
        self,
        record: CaseRecord,
        existing: Relationship | EmotionalLink | ParentalResponsibility | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Change relationship" if existing else "Add relationship")
        self.record = record
        self.existing = existing
        self.first = _people_combo(record)
        self.kind = QComboBox()
        # Changing a record keeps its type: a relationship stays a relationship.
        if existing is None or isinstance(existing, Relationship):
            for kind in RelationshipKind:
                self.kind.addItem(kind.value, kind)
        if existing is None or isinstance(existing, EmotionalLink):
            for quality in EmotionalQuality:
                self.kind.addItem(f"emotional: {quality.value}", quality)
        if existing is None or isinstance(existing, ParentalResponsibility):
            self.kind.addItem(PARENTAL_RESPONSIBILITY, PARENTAL_RESPONSIBILITY)
        self.basis = QLineEdit()
        self.basis.setPlaceholderText("birth mother, married father, court order …")
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("why it is changing")
        self.second = _people_combo(record)
        self.second.setCurrentIndex(index_of(self.second, record.case.subject_child))
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems(SIGNIFICANT_ADULT_ROLES)
        self.started = OptionalDate("Known:")
        self.ended = OptionalDate("Ended:")
        self.evidence = EvidenceFields()
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow("Person:", self.first)
        form.addRow("is (the) …", self.kind)
        form.addRow("of / with:", self.second)
        form.addRow("Role (significant adult):", self.role)
        form.addRow("Basis (parental responsibility):", self.basis)
        form.addRow("Since:", self.started)
        form.addRow("Until:", self.ended)
        form.addRow("Source:", self.evidence)
        if existing is not None:
            form.addRow("Reason for the change:", self.reason)
            self._load(existing)
        form.addRow(self.problems)
        buttons, self.ok = ok_cancel(self)
        form.addRow(buttons)
        for combo in (self.first, self.kind, self.second):
            combo.currentIndexChanged.connect(self.validate)
        for line in (self.reason, self.basis):
            line.textChanged.connect(self.validate)
        self.validate()

    def _load(self, value: Relationship | EmotionalLink | ParentalResponsibility) -> None:
        self.first.setEnabled(False)
        self.second.setEnabled(False)
        if isinstance(value, ParentalResponsibility):
            self.first.setCurrentIndex(index_of(self.first, value.person))
            self.second.setCurrentIndex(index_of(self.second, value.child))
            self.basis.setText(value.basis)
            self.started.set_value(value.from_date)
            self.ended.set_value(value.to_date)
            return
        if isinstance(value, EmotionalLink):
            self.first.setCurrentIndex(index_of(self.first, value.from_person))
            self.second.setCurrentIndex(index_of(self.second, value.to_person))
            self.kind.setCurrentIndex(index_of(self.kind, value.quality))
            self.started.set_value(value.from_date)
            self.ended.set_value(value.to_date)
            evidence = value.evidence
        else:
            self.first.setCurrentIndex(index_of(self.first, value.from_person))
            self.kind.setCurrentIndex(index_of(self.kind, value.kind))
            self.second.setCurrentIndex(index_of(self.second, value.to_person))
            self.role.setCurrentText(value.role)
            self.started.set_value(value.started_on)
            self.ended.set_value(value.ended_on)
            evidence = value.evidence
        self.evidence.set_value(evidence)

    def _evidence(self) -> Evidence:
        return self.evidence.value()

    def value(self) -> Relationship | EmotionalLink | ParentalResponsibility:
        """What the form records, as the right kind of domain value (keeping the stored id
        of a record being changed)."""
        from dataclasses import replace

        record_id = getattr(self.existing, "record_id", None)
        choice = self.kind.currentData()
        if isinstance(choice, EmotionalQuality):
            return EmotionalLink(
                self.first.currentData(),
                self.second.currentData(),
                choice,
                self.started.value(),
                self.ended.value(),
                self._evidence(),
                record_id,
            )
        if choice == PARENTAL_RESPONSIBILITY:
            return ParentalResponsibility(
                self.first.currentData(),
                self.second.currentData(),
                self.basis.text().strip(),
                self.started.value(),
                self.ended.value(),
                record_id,
            )
        relationship = self.relationship()
        if isinstance(self.existing, Relationship):
            relationship = replace(relationship, id=self.existing.id)
        return relationship

    def relationship(self) -> Relationship:
        """The relationship as entered."""
        kind = self.kind.currentData()
        if not isinstance(kind, RelationshipKind):
            kind = RelationshipKind.SIGNIFICANT_ADULT
        return Relationship(
            RelationshipId(f"r-{uuid.uuid4().hex[:12]}"),
            kind,
            self.first.currentData(),
            self.second.currentData(),
            self.started.value(),
            self.ended.value(),
            self.role.currentText().strip() if kind is RelationshipKind.SIGNIFICANT_ADULT else "",
            self.evidence.value(),
        )

    def validate(self) -> None:
        """A person cannot be related to themselves, nor a parent younger than the child."""
        rel = self.relationship()
        choice = self.kind.currentData()
        self.role.setEnabled(choice is RelationshipKind.SIGNIFICANT_ADULT)
        self.basis.setEnabled(choice == PARENTAL_RESPONSIBILITY)
        errors = []
        if choice == PARENTAL_RESPONSIBILITY and not self.basis.text().strip():
            errors.append("Say on what basis they hold parental responsibility.")
        if self.existing is not None and not self.reason.text().strip():
            errors.append("Say why the relationship is changing; the earlier values are kept.")
        if rel.from_person == rel.to_person:
            errors.append("Choose two different people.")
        elif choice is RelationshipKind.BIOLOGICAL_PARENT:
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

    def __init__(
        self,
        record: CaseRecord,
        today: date,
        parent: QWidget | None = None,
        existing: Professional | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            "Change team member" if existing else "Add to the team around the family"
        )
        self.record = record
        self.existing = existing
        self.involved_to = OptionalDate("Ended:")
        self.reason = QLineEdit()
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
        form.addRow("Involved until:", self.involved_to)
        form.addRow("", self.consent)
        form.addRow("", self.lead)
        if existing is not None:
            form.addRow("Reason for the change:", self.reason)
            self.name.setText(existing.name)
            self.agency.setText(existing.agency)
            self.role.setText(existing.role)
            self.contact.setText(existing.contact)
            start = existing.involved_from
            self.involved_from.setDate(QDate(start.year, start.month, start.day))
            self.involved_to.set_value(existing.involved_to)
            self.consent.setChecked(existing.consent_to_share)
            self.lead.setChecked(existing.lead)
        buttons, self.ok = ok_cancel(self)
        form.addRow(buttons)
        for line in (self.name, self.agency, self.role, self.reason):
            line.textChanged.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        needed = [self.name, self.agency, self.role]
        if self.existing is not None:
            needed.append(self.reason)
        self.ok.setEnabled(all(x.text().strip() for x in needed))

    def professional(self) -> Professional:
        """The professional as entered."""
        qdate = self.involved_from.date()
        return Professional(
            self.existing.id if self.existing else ProfessionalId(f"t-{uuid.uuid4().hex[:12]}"),
            CaseId(self.record.case.id),
            self.name.text().strip(),
            self.agency.text().strip(),
            self.role.text().strip(),
            date(qdate.year(), qdate.month(), qdate.day()),
            self.involved_to.value(),
            consent_to_share=self.consent.isChecked(),
            lead=self.lead.isChecked(),
            contact=self.contact.text().strip(),
        )


class PlaceDialog(QDialog):
    """An address in someone's history, or their membership of a household, over time.
    Given ``existing``, it changes that record and asks why."""

    def __init__(
        self,
        record: CaseRecord,
        household: bool,
        parent: QWidget | None = None,
        existing: Address | HouseholdMembership | None = None,
    ) -> None:
        super().__init__(parent)
        self.household = household
        self.existing = existing
        title = "household membership" if household else "address"
        self.setWindowTitle(
            f"Change {title}"
            if existing
            else ("Add to a household" if household else "Add an address")
        )
        self.person = _people_combo(record)
        self.place = QComboBox()
        self.place.setEditable(True)
        known = sorted({h.household for h in record.households}) if household else []
        self.place.addItems(known)
        self.place.setCurrentText(known[0] if known else "")
        self.started = OptionalDate("Known:")
        self.ended = OptionalDate("Left:")
        self.evidence = EvidenceFields()
        self.reason = QLineEdit()
        form = QFormLayout(self)
        form.addRow("Person:", self.person)
        form.addRow("Household:" if household else "Address:", self.place)
        form.addRow("From:", self.started)
        form.addRow("Until:", self.ended)
        form.addRow("Source:", self.evidence)
        if existing is not None:
            form.addRow("Reason for the change:", self.reason)
            self._load(existing)
        buttons, self.ok = ok_cancel(self)
        form.addRow(buttons)
        self.place.currentTextChanged.connect(self._refresh)
        self.reason.textChanged.connect(self._refresh)
        self._refresh()

    def _load(self, value: Address | HouseholdMembership) -> None:
        self.person.setCurrentIndex(index_of(self.person, value.person))
        self.person.setEnabled(False)
        text = value.household if isinstance(value, HouseholdMembership) else value.address
        self.place.setCurrentText(text)
        self.started.set_value(value.from_date)
        self.ended.set_value(value.to_date)
        self.evidence.set_value(value.evidence)

    def _refresh(self) -> None:
        needs_reason = self.existing is not None and not self.reason.text().strip()
        self.ok.setEnabled(bool(self.place.currentText().strip()) and not needs_reason)

    def value(self) -> Address | HouseholdMembership:
        """The address or membership as entered."""
        evidence = self.evidence.value()
        place = self.place.currentText().strip()
        record_id = self.existing.record_id if self.existing else None
        if self.household:
            return HouseholdMembership(
                self.person.currentData(),
                place,
                self.started.value(),
                self.ended.value(),
                evidence,
                record_id,
            )
        return Address(
            self.person.currentData(),
            place,
            self.started.value(),
            self.ended.value(),
            evidence,
            record_id,
        )


class MergeDialog(QDialog):
    """Merge a duplicate person into the record kept: suggestions first, never silently."""

    def __init__(self, record: CaseRecord, parent: QWidget | None = None) -> None:
        from casedesk.domain.duplicates import likely_duplicates

        super().__init__(parent)
        self.setWindowTitle("Merge duplicate people")
        self.record = record
        suggestions = likely_duplicates(record.people)
        text = (
            "<br>".join(
                f"• {d.first.display_name} / {d.second.display_name}: {d.reason}"
                for d in suggestions[:8]
            )
            or "No likely duplicates found; you can still choose two records."
        )
        hint = QLabel(f"<b>Possible duplicates in this case</b><br>{text}")
        hint.setWordWrap(True)
        self.keep = _people_combo(record)
        self.duplicate = _people_combo(record)
        if suggestions:
            self.keep.setCurrentIndex(index_of(self.keep, suggestions[0].first.id))
            self.duplicate.setCurrentIndex(index_of(self.duplicate, suggestions[0].second.id))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("why they are the same person (what was checked)")
        warning = QLabel(
            "Everything recorded about the second person moves to the first; their "
            "names become aliases. The second record is kept, marked as merged, "
            "and the merge cannot be undone with Edit > Undo."
        )
        warning.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(hint)
        form.addRow("Keep:", self.keep)
        form.addRow("Merge into it:", self.duplicate)
        form.addRow("Reason:", self.reason)
        form.addRow(warning)
        buttons, self.ok = ok_cancel(self, "Merge")
        form.addRow(buttons)
        self.keep.currentIndexChanged.connect(self._refresh)
        self.duplicate.currentIndexChanged.connect(self._refresh)
        self.reason.textChanged.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        self.ok.setEnabled(
            bool(self.reason.text().strip())
            and self.keep.currentData() != self.duplicate.currentData()
        )
