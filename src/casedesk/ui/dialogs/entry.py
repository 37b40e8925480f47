"""Add or change a chronology entry (with an action agreed in it). After a significant one
the controller asks 'who might need to know?' (``dialogs.sharing``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.actions import Action
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.chronology import Category, ChronologyEntry, entry_problems
from casedesk.domain.date_parsing import DateFormatError
from casedesk.domain.dates import FuzzyDate
from casedesk.domain.evidence import Corroboration, Evidence, Significance, SourceType
from casedesk.domain.ids import CaseId, EntryId, PersonId
from casedesk.domain.wording import shown_value, translate
from casedesk.ui.dates import shown_date
from casedesk.ui.dialogs.buttons import ok_cancel
from casedesk.ui.widgets.action_fields import ActionFields
from casedesk.ui.widgets.combo import index_of
from casedesk.ui.widgets.date_field import DateField, read_date
from casedesk.ui.widgets.problems import show_problems
from casedesk.ui.widgets.text_box import text_box


def _combo(values: Sequence[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for text, data in values:
        combo.addItem(text, data)
    # A long item (an entry's description) must not widen the form past the screen.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(24)
    return combo


def form_problems(
    entry: ChronologyEntry | str,
    record: CaseRecord,
    today: date,
    existing: ChronologyEntry | None,
) -> list[str]:
    """What stops an entry typed in a form (the entry, or why it cannot be read) being
    recorded in ``record``: the entry dialog's and the visit dialog's one check."""
    if isinstance(entry, str):
        return [entry]
    return entry_problems(
        entry, today, {e.id for e in record.entries}, {p.id for p in record.people}, existing
    )


class EntryDialog(QDialog):
    """Every field of an entry; problems are said as the worker types."""

    help_page = "chronology"  # what F1 opens (ui/help.py)

    def __init__(
        self,
        record: CaseRecord,
        worker: str,
        today: date,
        existing: ChronologyEntry | None = None,
        parent: QWidget | None = None,
        categories: Sequence[Category] | None = None,
        workers: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("entry", "Change chronology entry")
            if existing
            else translate("entry", "Add chronology entry")
        )
        self.record, self.worker, self.today, self.existing = record, worker, today, existing
        self.when = DateField(today)
        self.when.setPlaceholderText(
            translate("entry", "2025-03-09, 09/03/2025, Mar 2025, about 2019")
        )
        self.time = QLineEdit()
        self.time.setPlaceholderText(translate("entry", "HH:MM (optional)"))
        self.until = DateField()
        self.until.setPlaceholderText(translate("entry", "end of a date range (optional)"))
        known = list(categories or Category)
        if existing is not None and existing.category not in known:
            known.append(existing.category)
        self.category = _combo([(shown_value(c), c) for c in known])
        self.description = text_box()
        self.description.setPlaceholderText(translate("entry", "What happened, as a fact"))
        self.description.setMaximumHeight(80)
        self.people = QListWidget()
        self.people.setMaximumHeight(90)
        for person in record.people:
            item = QListWidgetItem(person.display_name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # A new entry is about the child unless the worker says otherwise.
            about_child = existing is None and person.id == record.case.subject_child
            item.setCheckState(Qt.CheckState.Checked if about_child else Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.source = QLineEdit()
        self.source.setPlaceholderText(translate("entry", "agency, professional or person"))
        self.source_type = _combo([(shown_value(s), s) for s in SourceType])
        self.corroboration = _combo([(shown_value(c), c) for c in Corroboration])
        self.corroborating_source = QLineEdit()
        self.corroborating_source.setPlaceholderText(
            translate(
                "entry",
                "or another source, e.g. GP records seen 3 Mar (required unless unverified)",
            )
        )
        self.corroborating_source.setAccessibleName(
            translate("entry", "Other source that bears it out")
        )
        self.corroborating = _combo(
            [(translate("entry", "(no other entry)"), "")]
            + [
                (f"{shown_date(e.occurred_on)}: {e.description[:60]}", e.id)
                for e in record.entries
                if not existing or e.id != existing.id
            ]
        )
        self.significance = _combo([(level.label, int(level)) for level in Significance])
        self.third_party = QCheckBox(translate("entry", "Holds third-party information"))
        self.third_party.setAccessibleName(translate("entry", "Holds third-party information"))
        self.third_party.setToolTip(
            translate(
                "entry",
                "What someone outside the family told you, or about them (a neighbour, a "
                "relative's health): withheld from a shared summary unless you choose to include "
                "it.",
            )
        )
        self.impact = text_box()
        self.impact.setMaximumHeight(50)
        self.analysis = text_box()
        self.analysis.setMaximumHeight(50)
        self.action = QLineEdit()
        self.action.setPlaceholderText(translate("entry", "what was done at the time (optional)"))
        self.agreed = ActionFields(record, [worker, *workers], today)
        self.reason = QLineEdit()
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        form = QFormLayout()
        if existing is not None:
            # First, where it cannot be missed: a change is kept with its reason.
            form.addRow(translate("entry", "Reason for the change:"), self.reason)
        form.addRow(translate("entry", "Date:"), self.when)
        form.addRow(translate("entry", "Time:"), self.time)
        form.addRow(translate("entry", "Until:"), self.until)
        form.addRow(translate("entry", "Category:"), self.category)
        form.addRow(translate("entry", "What happened:"), self.description)
        form.addRow(translate("entry", "People involved:"), self.people)
        form.addRow(translate("entry", "Source:"), self.source)
        form.addRow(translate("entry", "Source type:"), self.source_type)
        form.addRow(translate("entry", "Corroboration:"), self.corroboration)
        form.addRow(translate("entry", "…by / against entry:"), self.corroborating)
        form.addRow(translate("entry", "…or source:"), self.corroborating_source)
        form.addRow(translate("entry", "Significance:"), self.significance)
        form.addRow("", self.third_party)
        form.addRow(translate("entry", "Impact on the child:"), self.impact)
        form.addRow(translate("entry", "Analysis:"), self.analysis)
        form.addRow(translate("entry", "Action taken:"), self.action)
        if existing is None:
            form.addRow(self.agreed)
        else:
            self.agreed.hide()  # actions are changed on the Actions tab
            if existing.action_owner:
                form.addRow(
                    translate("entry", "Action owner:"),
                    QLabel(
                        translate("entry", "{owner} (as recorded)").format(
                            owner=existing.action_owner
                        )
                    ),
                )
            self._load(existing)
        buttons, self.ok = ok_cancel(self)
        # The fields scroll; the problems and the buttons stay in view on a laptop screen.
        fields = QWidget()
        fields.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(fields)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        for line in (
            self.when,
            self.time,
            self.until,
            self.source,
            self.reason,
            self.corroborating_source,
            self.agreed.what,
            self.agreed.due,
        ):
            line.textChanged.connect(self.validate)
        self.description.textChanged.connect(self.validate)
        for combo in (self.corroborating, self.corroboration, self.agreed.owner):
            combo.currentIndexChanged.connect(self.validate)
        for box in (self.description, self.impact, self.analysis):
            box.setTabChangesFocus(True)
        self.resize(660, min(660, fields.sizeHint().height() + 90))
        self.validate()

    def _load(self, e: ChronologyEntry) -> None:
        self.when.setText(str(FuzzyDate(e.occurred_on, e.precision)))
        self.time.setText(e.time)
        self.until.set_date(e.until)
        self.category.setCurrentIndex(index_of(self.category, e.category))
        self.description.setPlainText(e.description)
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in e.people:
                item.setCheckState(Qt.CheckState.Checked)
        self.source.setText(e.source)
        self.source_type.setCurrentIndex(index_of(self.source_type, e.source_type))
        self.corroboration.setCurrentIndex(index_of(self.corroboration, e.corroboration))
        if e.corroborating_entry and index_of(self.corroborating, e.corroborating_entry) < 0:
            # Withdrawn since: kept (and shown as such) unless the worker chooses another.
            self.corroborating.addItem(
                translate("entry", "(an entry no longer in the chronology)"), e.corroborating_entry
            )
        self.corroborating.setCurrentIndex(
            max(0, index_of(self.corroborating, e.corroborating_entry))
        )
        self.significance.setCurrentIndex(int(e.significance))
        self.third_party.setChecked(e.third_party)
        self.impact.setPlainText(e.impact_on_child)
        self.analysis.setPlainText(e.analysis)
        self.action.setText(e.action_taken)
        self.corroborating_source.setText(e.corroborating_source)

    def entry(self) -> ChronologyEntry | str:
        """The entry as entered, or the sentence saying why the date cannot be read."""
        try:
            when, precision = read_date(self.when.text())
            until = read_date(self.until.text())[0] if self.until.text().strip() else None
        except DateFormatError as error:
            return str(error)
        category = self.category.currentData()
        if not isinstance(category, Category):
            return translate("entry", "Choose a category.")
        people = tuple(
            PersonId(self.people.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.people.count())
            if self.people.item(r).checkState() == Qt.CheckState.Checked
        )
        base = self.existing or ChronologyEntry(
            EntryId(""),  # given when it is written
            CaseId(self.record.case.id),
            when,
            category,
            "",
            Evidence(),
            self.worker,
            recorded_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        # Fields this dialog does not show (what a visit found, a link to the same event
        # reported by another agency) are kept as they were: a change never drops them.
        return replace(
            base,
            occurred_on=when,
            category=category,
            description=self.description.toPlainText().strip(),
            evidence=Evidence(
                self.source.text().strip(),
                self.source_type.currentData(),
                self.corroboration.currentData(),
                self.corroborating.currentData() or "",
            ),
            precision=precision,
            significance=Significance(self.significance.currentData()),
            third_party=self.third_party.isChecked(),
            impact_on_child=self.impact.toPlainText().strip(),
            action_taken=self.action.text().strip(),
            people=people,
            time=self.time.text().strip(),
            until=until,
            analysis=self.analysis.toPlainText().strip(),
            corroborating_source=self.corroborating_source.text().strip(),
        )

    def agreed_action(self) -> Action | None:
        """The action agreed in this entry, if any (checked by ``validate``)."""
        action = self.agreed.action(CaseId(self.record.case.id), self.today)
        return action if isinstance(action, Action) else None

    def validate(self) -> None:
        """Say what stops the entry being recorded, and disable OK until it is fixed."""
        errors = form_problems(self.entry(), self.record, self.today, self.existing)
        if self.existing is not None and not self.reason.text().strip():
            errors.append(
                translate("entry", "Say why the entry is changing; the earlier values are kept.")
            )
        if self.existing is None:
            errors += self.agreed.problems(CaseId(self.record.case.id), self.today)
        show_problems(self.problems, self.ok, errors)
