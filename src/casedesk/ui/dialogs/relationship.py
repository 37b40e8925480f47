"""Add or change how two people of a case are linked: a relationship, an emotional link, or
parental responsibility (with who said so)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.evidence import Evidence
from casedesk.domain.ids import RelationshipId
from casedesk.domain.relationships import (
    EmotionalLink,
    EmotionalQuality,
    ParentalResponsibility,
    Relationship,
    RelationshipKind,
)
from casedesk.domain.validation import Severity, check_parent_child
from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_value, translate
from casedesk.ui.dialogs.buttons import ok_cancel
from casedesk.ui.dialogs.person import OptionalDate
from casedesk.ui.widgets.combo import index_of
from casedesk.ui.widgets.evidence_fields import EvidenceFields
from casedesk.ui.widgets.problems import show_problems

SIGNIFICANT_ADULT_ROLES = (
    QT_TRANSLATE_NOOP("relationship", "mother's partner"),
    QT_TRANSLATE_NOOP("relationship", "relative"),
    QT_TRANSLATE_NOOP("relationship", "lodger"),
    QT_TRANSLATE_NOOP("relationship", "regular visitor"),
    QT_TRANSLATE_NOOP("relationship", "babysitter"),
    QT_TRANSLATE_NOOP("relationship", "other"),
)


def people_combo(record: CaseRecord) -> QComboBox:
    combo = QComboBox()
    for person in sorted(record.people, key=lambda p: p.display_name):
        combo.addItem(person.display_name, person.id)
    return combo


PARENTAL_RESPONSIBILITY = QT_TRANSLATE_NOOP("relationship", "holds parental responsibility for")


class RelationshipDialog(QDialog):
    """Who is what to whom, since when, and who says so. Also records emotional links and
    parental responsibility (apart from biology). Given ``existing``, it amends that
    relationship and asks why."""

    help_page = "people-and-fathers"  # what F1 opens (ui/help.py)

    def __init__(
        self,
        record: CaseRecord,
        existing: Relationship | EmotionalLink | ParentalResponsibility | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("relationship", "Change relationship")
            if existing
            else translate("relationship", "Add relationship")
        )
        self.record = record
        self.existing = existing
        self.first = people_combo(record)
        self.kind = QComboBox()
        # Changing a record keeps its type: a relationship stays a relationship.
        if existing is None or isinstance(existing, Relationship):
            for kind in RelationshipKind:
                self.kind.addItem(shown_value(kind), kind)
        if existing is None or isinstance(existing, EmotionalLink):
            for quality in EmotionalQuality:
                self.kind.addItem(
                    translate("relationship", "emotional: {quality}").format(
                        quality=shown_value(quality)
                    ),
                    quality,
                )
        if existing is None or isinstance(existing, ParentalResponsibility):
            self.kind.addItem(
                translate("relationship", PARENTAL_RESPONSIBILITY), PARENTAL_RESPONSIBILITY
            )
        self.basis = QLineEdit()
        self.basis.setPlaceholderText(
            translate("relationship", "birth mother, married father, court order …")
        )
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(translate("relationship", "why it is changing"))
        self.second = people_combo(record)
        self.second.setCurrentIndex(index_of(self.second, record.case.subject_child))
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems([translate("relationship", role) for role in SIGNIFICANT_ADULT_ROLES])
        self.started = OptionalDate(translate("relationship", "Known:"))
        self.ended = OptionalDate(translate("relationship", "Ended:"))
        self.evidence = EvidenceFields()
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(translate("relationship", "Person:"), self.first)
        form.addRow(translate("relationship", "is (the) …"), self.kind)
        form.addRow(translate("relationship", "of / with:"), self.second)
        form.addRow(translate("relationship", "Role (significant adult):"), self.role)
        form.addRow(translate("relationship", "Basis (parental responsibility):"), self.basis)
        form.addRow(translate("relationship", "Since:"), self.started)
        form.addRow(translate("relationship", "Until:"), self.ended)
        form.addRow(translate("relationship", "Source:"), self.evidence)
        if existing is not None:
            form.addRow(translate("relationship", "Reason for the change:"), self.reason)
            self._load(existing)
        form.addRow(self.problems)
        buttons, self.ok = ok_cancel(self)
        form.addRow(buttons)
        for combo in (self.first, self.kind, self.second):
            combo.currentIndexChanged.connect(self.validate)
        for line in (self.reason, self.basis):
            line.textChanged.connect(self.validate)
        self.evidence.changed.connect(lambda: self.validate())
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
            RelationshipId(""),  # given by the unit of work
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
            errors.append(
                translate("relationship", "Say on what basis they hold parental responsibility.")
            )
        if self.existing is not None and not self.reason.text().strip():
            errors.append(
                translate(
                    "relationship",
                    "Say why the relationship is changing; the earlier values are kept.",
                )
            )
        evidence_problem = self.evidence.problem()
        if evidence_problem:
            errors.append(evidence_problem)
        if rel.from_person == rel.to_person:
            errors.append(translate("relationship", "Choose two different people."))
        elif choice is RelationshipKind.BIOLOGICAL_PARENT:
            problems = check_parent_child(
                self.record.person(rel.from_person), self.record.person(rel.to_person)
            )
            errors += [p.message for p in problems if p.severity is Severity.ERROR]
        show_problems(self.problems, self.ok, errors)
