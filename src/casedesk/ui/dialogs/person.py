"""Add or edit a person, with inline checks; an edit asks why (the reason is kept)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.child_relation import (
    IMPLIED_SEX,
    ChildRelation,
    LinkPlan,
    other_words,
    plan_links,
    relation_of,
)
from casedesk.domain.dates import DatePrecision, FuzzyDate
from casedesk.domain.identifiers import nhs_number_problem
from casedesk.domain.ids import PersonId, new_id
from casedesk.domain.people import Identification, Person, Sex
from casedesk.domain.validation import Problem, Severity, check_identification, check_person
from casedesk.domain.wording import shown_value, translate
from casedesk.ui.widgets.combo import index_of
from casedesk.ui.widgets.evidence_fields import EvidenceFields
from casedesk.ui.widgets.optional_date import OptionalDate
from casedesk.ui.widgets.problems import show_problems
from casedesk.ui.widgets.sex_choice import sex_choice
from casedesk.ui.widgets.text_box import text_box

# OptionalDate moved to ui/widgets (consent fields use it too); dialogs still import it here.
__all__ = ["OptionalDate", "PersonDialog"]


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
        record: CaseRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self.original = person
        self.today = today
        self.record = record
        self.setWindowTitle(
            translate("person", "Edit person") if person else translate("person", "Add person")
        )
        self.given = QLineEdit()
        self.family = QLineEdit()
        self.known_as = QLineEdit()
        self.aliases = QLineEdit()
        self.aliases.setPlaceholderText(translate("person", "separate with commas"))
        self.previous = QLineEdit()
        self.previous.setPlaceholderText(translate("person", "separate with commas"))
        self.sex = sex_choice()
        # Kept as relationship records (domain.child_relation): the genogram and the People
        # table then place and name them from the one source.
        self.relation = QComboBox()
        self.relation.setAccessibleName(translate("person", "Relationship to the child"))
        for relation in ChildRelation:
            shown = shown_value(relation)
            self.relation.addItem(shown[:1].upper() + shown[1:], relation)
        self.relation_other = QLineEdit()
        self.relation_other.setPlaceholderText(
            translate("person", "say what, e.g. lodger, babysitter")
        )
        self.relation_other.setAccessibleName(
            translate("person", "Relationship to the child, in words")
        )
        self.relation_note = QLabel()
        self.relation_note.setWordWrap(True)
        self.relation_before = ChildRelation.UNKNOWN
        if person is not None and record is not None:
            self.relation_before = relation_of(person.id, record)
            self.relation_other.setText(other_words(person.id, record))
        _select(self.relation, self.relation_before)
        self.birth = OptionalDate(translate("person", "Known:"))
        self.precision = _combo([(shown_value(p), p) for p in DatePrecision])
        self.birth_evidence = EvidenceFields()
        self.name_evidence = EvidenceFields(
            translate("person", "who gave the name (person or agency)")
        )
        self.expected = OptionalDate(translate("person", "Unborn; expected:"))
        self.died = OptionalDate(translate("person", "Deceased:"))
        # A new person's status is chosen, never assumed (theme 5).
        choose = [] if person is not None else [(translate("person", "(choose)"), None)]
        self.identification = _combo([*choose, *((shown_value(i), i) for i in Identification)])
        self.nhs_number = QLineEdit(nhs_number)
        self.nhs_number.setPlaceholderText(translate("person", "10 digits, e.g. 943 476 5919"))
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(translate("person", "separate with commas"))
        self.notes = text_box()
        self.notes.setMaximumHeight(70)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(translate("person", "for example: birth certificate seen"))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("person", "Given names:"), self.given)
        form.addRow(translate("person", "Family name:"), self.family)
        form.addRow(translate("person", "…who gave the name:"), self.name_evidence)
        form.addRow(translate("person", "Known as:"), self.known_as)
        form.addRow(translate("person", "Aliases:"), self.aliases)
        form.addRow(translate("person", "Previous names:"), self.previous)
        relation_row = QHBoxLayout()
        relation_row.addWidget(self.relation)
        relation_row.addWidget(self.relation_other, 1)
        relation_label = QLabel(translate("person", "&Relationship to the child:"))
        relation_label.setBuddy(self.relation)
        form.addRow(relation_label, relation_row)
        form.addRow("", self.relation_note)
        form.addRow(translate("person", "Sex (genogram symbol):"), self.sex)
        birth_row = QHBoxLayout()
        birth_row.addWidget(self.birth, 1)
        precision = QLabel(translate("person", "precision:"))
        precision.setBuddy(self.precision)
        self.birth.edit.setAccessibleName(translate("person", "Date of birth"))
        birth_row.addWidget(precision)
        birth_row.addWidget(self.precision)
        form.addRow(translate("person", "Date of birth:"), birth_row)
        form.addRow(translate("person", "…who says so:"), self.birth_evidence)
        form.addRow(translate("person", "Expected date:"), self.expected)
        form.addRow(translate("person", "Date of death:"), self.died)
        form.addRow(translate("person", "Identification:"), self.identification)
        form.addRow(translate("person", "NHS number:"), self.nhs_number)
        form.addRow(translate("person", "Languages:"), self.languages)
        form.addRow(translate("person", "Notes:"), self.notes)
        if person is not None:
            form.addRow(translate("person", "Reason for the change:"), self.reason)
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
        self.relation.currentIndexChanged.connect(self._relation_chosen)
        self.relation_other.textChanged.connect(self.validate)
        self.sex.currentIndexChanged.connect(self.validate)
        # Opening the form never changes the sex recorded: only a choice the user makes does.
        self.relation_other.setVisible(self.relation_before is ChildRelation.OTHER)
        self.name_evidence.source.textChanged.connect(self.validate)
        for optional in (self.birth, self.expected, self.died):
            optional.known.toggled.connect(self.validate)
            optional.edit.dateChanged.connect(self.validate)
        for fields in (self.birth_evidence, self.name_evidence):
            fields.changed.connect(lambda: self.validate())
        self.validate()

    def _relation_chosen(self) -> None:
        relation: ChildRelation = self.relation.currentData()
        self.relation_other.setVisible(relation is ChildRelation.OTHER)
        implied = IMPLIED_SEX.get(relation)
        if implied is not None and self.sex.currentData() is Sex.UNKNOWN:
            _select(self.sex, implied)  # a mother is drawn as a circle unless told otherwise
        self.validate()

    def relation_changed(self) -> bool:
        """True when the relationship to the child chosen is not the one recorded."""
        relation: ChildRelation = self.relation.currentData()
        if relation is ChildRelation.UNKNOWN:
            return False
        if relation is ChildRelation.OTHER and self.original is not None and self.record:
            return self.relation_other.text().strip() != other_words(self.original.id, self.record)
        return relation is not self.relation_before

    def links(self, record: CaseRecord, person: Person | None = None) -> LinkPlan:
        """The relationship records the choice makes in ``record`` (none when unchanged)."""
        if not self.relation_changed():
            return LinkPlan(())
        return plan_links(
            self.relation.currentData(),
            person or self.person(),
            record,
            self.relation_other.text(),
        )

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
                    translate(
                        "person",
                        "Choose whether they are identified, named but not confirmed, or not "
                        "identified.",
                    ),
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
        relation: ChildRelation = self.relation.currentData()
        if relation is ChildRelation.OTHER and not self.relation_other.text().strip():
            errors.append(
                translate(
                    "person", "Say how they are related to the child (or choose 'Not known yet')."
                )
            )
        implied = IMPLIED_SEX.get(relation)
        if implied is not None and person.sex not in (implied, Sex.UNKNOWN, Sex.OTHER):
            warnings.append(
                translate(
                    "person",
                    "A {relation} recorded as {sex} is drawn and named as one; check the sex.",
                ).format(relation=shown_value(relation), sex=shown_value(person.sex))
            )
        note = self.links(self.record).note if self.record is not None else ""
        if self.relation_changed() and self.relation_before is not ChildRelation.UNKNOWN:
            note = (note + " " if note else "") + (
                translate(
                    "person",
                    "The earlier relationship stays; end it under Relationships if it was wrong.",
                )
            )
        self.relation_note.setText(note)
        self.relation_note.setVisible(bool(note))
        if self.original is not None and not self.reason.text().strip():
            errors.append(
                translate(
                    "person", "Say why the details are changing; the earlier values are kept."
                )
            )
        for what, fields in (
            (translate("person", "Date of birth"), self.birth_evidence),
            (translate("person", "Name"), self.name_evidence),
        ):
            evidence_problem = fields.problem()
            if evidence_problem:
                errors.append(f"{what}: {evidence_problem}")
        show_problems(self.problems, self.ok, errors, warnings)
