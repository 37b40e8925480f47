"""Add or edit a person, with inline checks; an edit asks why (the reason is kept)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.dates import DatePrecision, FuzzyDate
from casedesk.domain.identifiers import nhs_number_problem
from casedesk.domain.ids import PersonId, new_id
from casedesk.domain.people import Identification, Person, Sex
from casedesk.domain.validation import Problem, Severity, check_identification, check_person
from casedesk.ui.widgets.combo import index_of
from casedesk.ui.widgets.evidence_fields import EvidenceFields
from casedesk.ui.widgets.problems import show_problems
from casedesk.ui.widgets.text_box import text_box


class OptionalDate(QWidget):
    """A date that may be unknown: a tick box beside a date field."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd MMM yyyy")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.known.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        """The date, or None when not known."""
        if not self.known.isChecked():
            return None
        qdate = self.edit.date()
        return date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, value: date | None) -> None:
        """Show ``value`` (None: not known)."""
        self.known.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


def _combo(values: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for text, data in values:
        combo.addItem(text, data)
    return combo


def _select(combo: QComboBox, data: object) -> None:
    index = index_of(combo, data)
    if index >= 0:
        combo.setCurrentIndex(index)


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


class PersonDialog(QDialog):
    """The person's details; OK is enabled only when nothing impossible is recorded."""

    help_page = "people-and-fathers"  # what F1 opens (ui/help.py)

    def __init__(
        self,
        person: Person | None,
        today: date,
        parent: QWidget | None = None,
        nhs_number: str = "",
    ) -> None:
        super().__init__(parent)
        self.original = person
        self.today = today
        self.setWindowTitle("Edit person" if person else "Add person")
        self.given = QLineEdit()
        self.family = QLineEdit()
        self.known_as = QLineEdit()
        self.aliases = QLineEdit()
        self.aliases.setPlaceholderText("separate with commas")
        self.previous = QLineEdit()
        self.previous.setPlaceholderText("separate with commas")
        self.sex = _combo([(s.value.capitalize(), s) for s in Sex])
        self.birth = OptionalDate("Known:")
        self.precision = _combo([(p.value, p) for p in DatePrecision])
        self.birth_evidence = EvidenceFields()
        self.name_evidence = EvidenceFields("who gave the name (person or agency)")
        self.expected = OptionalDate("Unborn; expected:")
        self.died = OptionalDate("Deceased:")
        # A new person's status is chosen, never assumed (theme 5).
        choose = [] if person is not None else [("(choose)", None)]
        self.identification = _combo([*choose, *((i.value, i) for i in Identification)])
        self.nhs_number = QLineEdit(nhs_number)
        self.nhs_number.setPlaceholderText("10 digits, e.g. 943 476 5919")
        self.languages = QLineEdit()
        self.languages.setPlaceholderText("separate with commas")
        self.notes = text_box()
        self.notes.setMaximumHeight(70)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("for example: birth certificate seen")
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Given names:", self.given)
        form.addRow("Family name:", self.family)
        form.addRow("…who gave the name:", self.name_evidence)
        form.addRow("Known as:", self.known_as)
        form.addRow("Aliases:", self.aliases)
        form.addRow("Previous names:", self.previous)
        form.addRow("Sex (genogram symbol):", self.sex)
        birth_row = QHBoxLayout()
        birth_row.addWidget(self.birth, 1)
        precision = QLabel("precision:")
        precision.setBuddy(self.precision)
        self.birth.edit.setAccessibleName("Date of birth")
        birth_row.addWidget(precision)
        birth_row.addWidget(self.precision)
        form.addRow("Date of birth:", birth_row)
        form.addRow("…who says so:", self.birth_evidence)
        form.addRow("Expected date:", self.expected)
        form.addRow("Date of death:", self.died)
        form.addRow("Identification:", self.identification)
        form.addRow("NHS number:", self.nhs_number)
        form.addRow("Languages:", self.languages)
        form.addRow("Notes:", self.notes)
        if person is not None:
            form.addRow("Reason for the change:", self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        if person is not None:
            self._load(person)
        for widget in (self.given, self.family, self.reason, self.nhs_number):
            widget.textChanged.connect(self.validate)
        self.identification.currentIndexChanged.connect(self.validate)
        self.name_evidence.source.textChanged.connect(self.validate)
        for optional in (self.birth, self.expected, self.died):
            optional.known.toggled.connect(self.validate)
            optional.edit.dateChanged.connect(self.validate)
        for fields in (self.birth_evidence, self.name_evidence):
            fields.changed.connect(lambda: self.validate())
        self.validate()

    def _load(self, p: Person) -> None:
        self.given.setText(p.given_names)
        self.family.setText(p.family_name)
        self.known_as.setText(p.known_as)
        self.aliases.setText(", ".join(p.aliases))
        self.previous.setText(", ".join(p.previous_names))
        _select(self.sex, p.sex)
        self.birth.set_value(p.birth.value if p.birth else None)
        if p.birth:
            _select(self.precision, p.birth.precision)
        if p.birth_evidence:
            self.birth_evidence.set_value(p.birth_evidence)
        if p.name_evidence:
            self.name_evidence.set_value(p.name_evidence)
        self.expected.set_value(p.expected_on)
        self.died.set_value(p.died_on)
        _select(self.identification, p.identification)
        self.languages.setText(", ".join(p.languages))
        self.notes.setPlainText(p.notes)

    def person(self) -> Person:
        """The person as the form now describes them."""
        born = self.birth.value()
        birth = FuzzyDate(born, self.precision.currentData()) if born else None
        evidence = None
        if birth and (self.birth_evidence.has_source() or self.original is None):
            evidence = self.birth_evidence.value()
        name_evidence = None
        if self.name_evidence.has_source() or (self.original and self.original.name_evidence):
            name_evidence = self.name_evidence.value()
        base = self.original or Person(PersonId(new_id("p")), "", "", Sex.UNKNOWN)
        return replace(
            base,
            given_names=self.given.text().strip(),
            family_name=self.family.text().strip(),
            known_as=self.known_as.text().strip(),
            aliases=_split(self.aliases.text()),
            previous_names=_split(self.previous.text()),
            sex=self.sex.currentData(),
            birth=birth,
            birth_evidence=evidence,
            name_evidence=name_evidence,
            expected_on=self.expected.value(),
            died_on=self.died.value(),
            identification=self.identification.currentData() or Identification.NOT_IDENTIFIED,
            languages=_split(self.languages.text()),
            notes=self.notes.toPlainText().strip(),
        )

    def validate(self) -> None:
        """Say what is impossible (OK disabled) or doubtful (a warning) as the user types."""
        person = self.person()
        problems = check_person(person, self.today)
        if self.identification.currentData() is None:
            problems.append(
                Problem(
                    Severity.ERROR,
                    "identification",
                    "Choose whether they are identified, named but not confirmed, or not "
                    "identified.",
                )
            )
        else:
            problems += check_identification(self.original, person)
        errors = [p.message for p in problems if p.severity is Severity.ERROR]
        warnings = [p.message for p in problems if p.severity is Severity.WARNING]
        nhs_problem = (
            nhs_number_problem(self.nhs_number.text()) if self.nhs_number.text().strip() else None
        )
        if nhs_problem:
            errors.append(nhs_problem)
        if self.original is not None and not self.reason.text().strip():
            errors.append("Say why the details are changing; the earlier values are kept.")
        for what, fields in (("Date of birth", self.birth_evidence), ("Name", self.name_evidence)):
            evidence_problem = fields.problem()
            if evidence_problem:
                errors.append(f"{what}: {evidence_problem}")
        show_problems(self.problems, self.ok, errors, warnings)
