"""Add or change a chronology entry; after a significant one, 'who might need to know?'."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.chronology import Category, ChronologyEntry, entry_problems
from casedesk.domain.date_parsing import DateFormatError, parse_date
from casedesk.domain.evidence import Corroboration, Evidence, Significance, SourceType
from casedesk.domain.ids import CaseId, EntryId, PersonId
from casedesk.domain.sharing import SharingDecision
from casedesk.domain.team import active_team
from casedesk.ui.dialogs.buttons import ok_cancel
from casedesk.ui.widgets.combo import index_of

SIGNIFICANCE_NAMES = ("routine", "notable", "significant", "critical")


def _combo(values: Sequence[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for text, data in values:
        combo.addItem(text, data)
    return combo


class EntryDialog(QDialog):
    """Every field of an entry; problems are said as the worker types."""

    def __init__(
        self,
        record: CaseRecord,
        worker: str,
        today: date,
        existing: ChronologyEntry | None = None,
        parent: QWidget | None = None,
        categories: Sequence[Category] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Change chronology entry" if existing else "Add chronology entry")
        self.record, self.worker, self.today, self.existing = record, worker, today, existing
        self.when = QLineEdit(today.isoformat())
        self.when.setPlaceholderText("2025-03-09, 09/03/2025, Mar 2025, about 2019")
        self.time = QLineEdit()
        self.time.setPlaceholderText("HH:MM (optional)")
        self.until = QLineEdit()
        self.until.setPlaceholderText("end of a date range (optional)")
        known = list(categories or Category)
        if existing is not None and existing.category not in known:
            known.append(existing.category)
        self.category = _combo([(c.value, c) for c in known])
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText("What happened, as a fact")
        self.description.setMaximumHeight(80)
        self.people = QListWidget()
        self.people.setMaximumHeight(90)
        for person in record.people:
            item = QListWidgetItem(person.display_name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.source = QLineEdit()
        self.source.setPlaceholderText("agency, professional or person")
        self.source_type = _combo([(s.value, s) for s in SourceType])
        self.corroboration = _combo([(c.value, c) for c in Corroboration])
        self.corroborating = _combo(
            [("(no other entry)", "")]
            + [
                (f"{e.occurred_on:%d %b %Y}: {e.description[:60]}", e.id)
                for e in record.entries
                if not existing or e.id != existing.id
            ]
        )
        self.significance = _combo([(name, level) for level, name in enumerate(SIGNIFICANCE_NAMES)])
        self.impact = QPlainTextEdit()
        self.impact.setMaximumHeight(50)
        self.analysis = QPlainTextEdit()
        self.analysis.setMaximumHeight(50)
        self.action = QLineEdit()
        self.owner = QLineEdit()
        self.reason = QLineEdit()
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Date:", self.when)
        form.addRow("Time:", self.time)
        form.addRow("Until:", self.until)
        form.addRow("Category:", self.category)
        form.addRow("What happened:", self.description)
        form.addRow("People involved:", self.people)
        form.addRow("Source:", self.source)
        form.addRow("Source type:", self.source_type)
        form.addRow("Corroboration:", self.corroboration)
        form.addRow("…by / against entry:", self.corroborating)
        form.addRow("Significance:", self.significance)
        form.addRow("Impact on the child:", self.impact)
        form.addRow("Analysis:", self.analysis)
        form.addRow("Action taken:", self.action)
        form.addRow("Action owner:", self.owner)
        if existing is not None:
            form.addRow("Reason for the change:", self.reason)
            self._load(existing)
        buttons, self.ok = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        for line in (self.when, self.time, self.until, self.source, self.reason):
            line.textChanged.connect(self.validate)
        self.description.textChanged.connect(self.validate)
        self.corroborating.currentIndexChanged.connect(self.validate)
        self.resize(620, 760)
        self.validate()

    def _load(self, e: ChronologyEntry) -> None:
        self.when.setText(
            e.occurred_on.isoformat() if e.precision.value == "exact" else str(e.occurred_on)
        )
        self.time.setText(e.time)
        self.until.setText(e.until.isoformat() if e.until else "")
        self.category.setCurrentIndex(index_of(self.category, e.category))
        self.description.setPlainText(e.description)
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in e.people:
                item.setCheckState(Qt.CheckState.Checked)
        self.source.setText(e.source)
        self.source_type.setCurrentIndex(index_of(self.source_type, e.source_type))
        self.corroboration.setCurrentIndex(index_of(self.corroboration, e.corroboration))
        self.corroborating.setCurrentIndex(
            max(0, index_of(self.corroborating, e.corroborating_entry))
        )
        self.significance.setCurrentIndex(int(e.significance))
        self.impact.setPlainText(e.impact_on_child)
        self.analysis.setPlainText(e.analysis)
        self.action.setText(e.action_taken)
        self.owner.setText(e.action_owner)

    def entry(self) -> ChronologyEntry | str:
        """The entry as entered, or the sentence saying why the date cannot be read."""
        try:
            when, precision = parse_date(self.when.text())
            until = parse_date(self.until.text())[0] if self.until.text().strip() else None
        except DateFormatError as error:
            return str(error)
        category = self.category.currentData()
        if not isinstance(category, Category):
            return "Choose a category."
        people = tuple(
            PersonId(self.people.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.people.count())
            if self.people.item(r).checkState() == Qt.CheckState.Checked
        )
        fresh = ChronologyEntry(
            EntryId(""),  # given when it is written
            CaseId(self.record.case.id),
            when,
            category,
            self.description.toPlainText().strip(),
            Evidence(
                self.source.text().strip(),
                self.source_type.currentData(),
                self.corroboration.currentData(),
                self.corroborating.currentData() or "",
            ),
            self.worker,
            precision,
            Significance(self.significance.currentData()),
            self.impact.toPlainText().strip(),
            self.action.text().strip(),
            people,
            datetime.now(UTC).isoformat(timespec="seconds"),
            self.time.text().strip(),
            until,
            self.analysis.toPlainText().strip(),
            self.owner.text().strip(),
        )
        if self.existing is not None:
            return replace(
                fresh,
                id=self.existing.id,
                recorded_by=self.existing.recorded_by,
                recorded_at=self.existing.recorded_at,
            )
        return fresh

    def validate(self) -> None:
        """Say what stops the entry being recorded, and disable OK until it is fixed."""
        entry = self.entry()
        if isinstance(entry, str):
            errors = [entry]
        else:
            errors = entry_problems(
                entry,
                self.today,
                {e.id for e in self.record.entries},
                {p.id for p in self.record.people},
            )
        if self.existing is not None and not self.reason.text().strip():
            errors.append("Say why the entry is changing; the earlier values are kept.")
        self.problems.setText(
            "<br>".join(f"<span style='color:#b3261e'>✗ {e}</span>" for e in errors)
        )
        self.ok.setEnabled(not errors)


class SharingDialog(QDialog):
    """'Who might need to know what I know?': tick who was told; say why not for the rest."""

    def __init__(
        self,
        record: CaseRecord,
        entry: ChronologyEntry,
        worker: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Who might need to know what you know?")
        self.record, self.entry, self.worker, self.today = record, entry, worker, today
        intro = QLabel(
            f"<p>You recorded a <b>{SIGNIFICANCE_NAMES[int(entry.significance)]}</b> event: "
            f"{entry.description[:200]}</p><p>Tick each member of the team around the family "
            "you have shared it with (or will now). For anyone you do not tell, say why.</p>"
        )
        intro.setWordWrap(True)
        self.team = QListWidget()
        for member in active_team(record.professionals, today):
            consent = "" if member.consent_to_share else " — consent to share not recorded"
            item = QListWidgetItem(f"{member.name}, {member.role} ({member.agency}){consent}")
            item.setData(Qt.ItemDataRole.UserRole, f"{member.name} ({member.agency})")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.team.addItem(item)
        self.why_not = QLineEdit()
        self.why_not.setPlaceholderText("why the others were not told (required if any are not)")
        form = QFormLayout()
        form.addRow(intro)
        form.addRow("Team around the family:", self.team)
        form.addRow("Not shared because:", self.why_not)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Record decisions")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Decide later")
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.team.itemChanged.connect(self._refresh)
        self.why_not.textChanged.connect(self._refresh)
        self.resize(760, 460)
        self._refresh()

    def _refresh(self, *_args: object) -> None:
        untold = any(
            self.team.item(r).checkState() != Qt.CheckState.Checked
            for r in range(self.team.count())
        )
        self.ok.setEnabled(not untold or bool(self.why_not.text().strip()))

    def decisions(self) -> list[SharingDecision]:
        """One decision per team member."""
        what = self.entry.description[:500]
        found = []
        for row in range(self.team.count()):
            item = self.team.item(row)
            shared = item.checkState() == Qt.CheckState.Checked
            found.append(
                SharingDecision(
                    "",  # given by the unit of work
                    CaseId(self.record.case.id),
                    self.today,
                    str(item.data(Qt.ItemDataRole.UserRole)),
                    shared,
                    what,
                    "" if shared else self.why_not.text().strip(),
                    self.worker,
                    self.entry.id,
                )
            )
        return found
