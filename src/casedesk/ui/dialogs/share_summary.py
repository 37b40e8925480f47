"""File > Share a signed summary: for whom and why, what it holds, what is withheld, and
where the signed PDF goes.

The worker chooses; ``make`` (the controller's) builds, signs, writes and logs it while
the dialog stays open, saying each step, so a refusal (a place inside a case file, say)
is shown beside the choices instead of losing them. Withholding is chosen here and
applied to the data by the redaction service, never by covering text: people entirely
(never the child the case is about), addresses and contact details, and particular
chronology entries. Entries marked as third-party information start ticked (withheld);
unticking one includes it.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEventLoop,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.chronology import ChronologyEntry
from casedesk.domain.date_parsing import DateFormatError, parse_date
from casedesk.domain.dates import DatePrecision
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.redaction import (
    ChronologyScope,
    Redaction,
    SummaryChoices,
    SummarySection,
)
from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_value, translate
from casedesk.ui.busy import Busy
from casedesk.ui.dates import shown_date
from casedesk.ui.dialogs.buttons import ok_cancel
from casedesk.ui.dialogs.verify import fit_to_screen
from casedesk.ui.look import warning_colour
from casedesk.ui.widgets.problems import show_problems

# make(choices, where, agency name, progress) -> an error sentence, or None once written.
MakeCallback = Callable[[SummaryChoices, Path, str, Callable[[str], None]], str | None]

LAWFUL_BASES = (
    QT_TRANSLATE_NOOP("share_summary", "Consent of the family (or the young person)"),
    QT_TRANSLATE_NOOP("share_summary", "Children Act 1989 s.17 (child in need)"),
    QT_TRANSLATE_NOOP("share_summary", "Children Act 1989 s.47 (enquiries into significant harm)"),
    QT_TRANSLATE_NOOP("share_summary", "Working Together to Safeguard Children 2023"),
    QT_TRANSLATE_NOOP(
        "share_summary",
        "UK GDPR Art 6(1)(e) and 9(2)(g) (public task; substantial public interest)",
    ),
)
Index = QModelIndex | QPersistentModelIndex


def suggested_name(reference: str, today: date) -> str:
    """``<REF>-summary-<date>.pdf``."""
    return f"{reference}-summary-{today:%Y-%m-%d}.pdf"


class EntryChoices(QAbstractListModel):
    """The case's chronology entries, each ticked when it is to be withheld. Third-party
    entries start ticked; the rows themselves never change."""

    def __init__(self, entries: Sequence[ChronologyEntry]) -> None:
        super().__init__()
        self._rows = list(entries)
        self._texts = [_entry_text(e) for e in self._rows]
        self._third_party = frozenset(str(e.id) for e in self._rows if e.third_party)
        self.withheld: set[str] = set(self._third_party)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """The number of entries (none under a parent: a flat list)."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The entry's line, and its tick."""
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = entry.id in self.withheld
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and entry.id in self.withheld:
            struck = QFont()
            struck.setStrikeOut(True)  # left out: seen without reading the tick's colour
            return struck
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.description
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Every entry can be ticked."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Tick (withhold) or untick (include) an entry."""
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        entry_id = self._rows[index.row()].id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.withheld.add(entry_id)
        else:
            self.withheld.discard(entry_id)
        self.dataChanged.emit(
            index, index, [Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.FontRole]
        )
        return True

    def third_party(self) -> set[str]:
        """The ids of the entries marked as third-party information."""
        return set(self._third_party)

    def chosen(self) -> set[str]:
        """The ids of entries ticked that are not third-party (withheld by choice)."""
        return self.withheld - self.third_party()


class EntryFilter(QSortFilterProxyModel):
    """The entries whose line holds the words typed, and (when asked) only those ticked.
    A tick changed leaves its row shown until the filter changes (no row jumps away)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)
        self.only_withheld = False

    def set_only_withheld(self, only: bool) -> None:
        """Show only the entries ticked (left out), or all."""
        self.beginFilterChange()
        self.only_withheld = only
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Qt's test of a row: the words typed, then the tick."""
        if not super().filterAcceptsRow(source_row, source_parent):
            return False
        if not self.only_withheld:
            return True
        model = self.sourceModel()
        state = model.data(model.index(source_row, 0), Qt.ItemDataRole.CheckStateRole)
        return bool(state == Qt.CheckState.Checked)


def _entry_text(entry: ChronologyEntry) -> str:
    words = " ".join(entry.description.split())
    if len(words) > 110:
        words = words[:109] + "…"
    day, kind = shown_date(entry.occurred_on), shown_value(entry.category)
    if entry.third_party:
        return translate("share_summary", "{day}  {kind}: [third-party] {words}").format(
            day=day, kind=kind, words=words
        )
    return translate("share_summary", "{day}  {kind}: {words}").format(
        day=day, kind=kind, words=words
    )


def _line(combo: QComboBox) -> QLineEdit:
    line = combo.lineEdit()
    assert line is not None  # an editable combo box has one
    return line


def _check_item(checked: bool = False, enabled: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem()
    flags = Qt.ItemFlag.ItemIsUserCheckable
    if enabled:
        flags |= Qt.ItemFlag.ItemIsEnabled
    item.setFlags(flags)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


class ShareSummaryDialog(QDialog):
    """What a signed summary of one case says, to whom, and what it withholds."""

    help_page = "share-summary"  # what F1 opens (ui/help.py)

    WHOLE, CONTACT = 1, 2  # the people table's check columns

    def __init__(
        self,
        record: CaseRecord,
        agency: str,
        suggested: Path,
        make: MakeCallback,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("share_summary", "Share a signed summary"))
        self.record = record
        self._make = make
        self._agency = agency
        child = record.subject_child.display_name
        intro = QLabel(
            translate(
                "share_summary",
                "<b>{reference}: {child}</b>. The summary is signed by you, and what it held "
                "and withheld is logged on the case.",
            ).format(reference=html.escape(record.case.reference), child=html.escape(child))
        )
        intro.setWordWrap(True)

        self.recipient = QComboBox()
        self.recipient.setEditable(True)
        self.recipient.setAccessibleName(translate("share_summary", "Recipient"))
        for member in record.professionals:
            who = f"{member.name}, {member.agency}" if member.agency else member.name
            self.recipient.addItem(who)
        self.recipient.setCurrentIndex(-1)
        _line(self.recipient).setPlaceholderText(
            translate("share_summary", "a person and their agency")
        )
        self.purpose = QLineEdit()
        self.purpose.setAccessibleName(translate("share_summary", "Purpose"))
        self.purpose.setPlaceholderText(
            translate("share_summary", "e.g. child protection conference on 12 Dec")
        )
        self.basis = QComboBox()
        self.basis.setEditable(True)
        self.basis.setAccessibleName(translate("share_summary", "Lawful basis"))
        self.basis.addItems([translate("share_summary", basis) for basis in LAWFUL_BASES])
        self.basis.setCurrentIndex(-1)
        _line(self.basis).setPlaceholderText(
            translate("share_summary", "choose or type the lawful basis")
        )
        self.agency = QLineEdit(agency)
        self.agency.setAccessibleName(translate("share_summary", "Your agency"))
        self.agency.setPlaceholderText(
            translate("share_summary", "your agency's name, printed with your signature")
        )
        why = QFormLayout()
        why.addRow(translate("share_summary", "&For:"), self.recipient)
        why.addRow(translate("share_summary", "&Purpose:"), self.purpose)
        why.addRow(translate("share_summary", "&Lawful basis:"), self.basis)
        why.addRow(translate("share_summary", "Your &agency:"), self.agency)

        sections = QGroupBox(translate("share_summary", "Sections to include"))
        grid = QGridLayout(sections)
        self.sections: dict[SummarySection, QCheckBox] = {}
        for n, section in enumerate(SummarySection):
            box = QCheckBox(section.title)
            box.setChecked(True)
            self.sections[section] = box
            grid.addWidget(box, n // 2, n % 2)

        chronology = QGroupBox(translate("share_summary", "Chronology"))
        self.all_entries = QRadioButton(translate("share_summary", "All entries"))
        self.significant = QRadioButton(translate("share_summary", "Significant entries only"))
        self.all_entries.setChecked(True)
        self.from_date = QLineEdit()
        self.from_date.setAccessibleName(translate("share_summary", "Chronology from"))
        self.from_date.setPlaceholderText(translate("share_summary", "from (e.g. 1 Jan 2025)"))
        self.to_date = QLineEdit()
        self.to_date.setAccessibleName(translate("share_summary", "Chronology to"))
        self.to_date.setPlaceholderText(translate("share_summary", "to (blank: the latest)"))
        self.court = QCheckBox(
            translate("share_summary", "Court layout (numbered, as Practice Direction 12A asks)")
        )
        rows = QGridLayout(chronology)
        rows.addWidget(self.all_entries, 0, 0)
        rows.addWidget(self.significant, 0, 1)
        rows.addWidget(self.from_date, 1, 0)
        rows.addWidget(self.to_date, 1, 1)
        rows.addWidget(self.court, 2, 0, 1, 2)

        self.path = QLineEdit(str(suggested))
        self.path.setAccessibleName(translate("share_summary", "Save the PDF as"))
        choose = QPushButton(translate("share_summary", "Choose…"))
        choose.clicked.connect(self._choose_path)
        where = QHBoxLayout()
        save_as = QLabel(translate("share_summary", "&Save as:"))
        save_as.setBuddy(self.path)
        where.addWidget(save_as)
        where.addWidget(self.path, 1)
        where.addWidget(choose)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumWidth(160)
        self.progress_bar.setVisible(False)
        self.progress = QLabel()
        self.progress.setAccessibleName(translate("share_summary", "Progress"))
        progress = QHBoxLayout()
        progress.addWidget(self.progress_bar)
        progress.addWidget(self.progress, 1)
        self.problems = QLabel()
        self.problems.setWordWrap(True)

        # What stops it, and its progress, are said under the choices (left), beside
        # what is withheld (right), where the worker is looking.
        left = QVBoxLayout()
        left.addLayout(why)
        left.addWidget(sections)
        left.addWidget(chronology)
        left.addLayout(where)
        left.addLayout(progress)
        left.addWidget(self.problems)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 5)
        columns.addWidget(self._withhold_box(record), 4)

        buttons, self.ok = ok_cancel(self, translate("share_summary", "Sign and save"))
        buttons.accepted.disconnect()
        buttons.accepted.connect(self._on_make)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)

        for line in (self.purpose, self.agency, self.from_date, self.to_date, self.path):
            line.textChanged.connect(self.validate)
        for combo in (self.recipient, self.basis):
            combo.currentTextChanged.connect(self.validate)
        for box in self.sections.values():
            box.toggled.connect(self.validate)
        self.entries.dataChanged.connect(lambda *_a: self._count_withheld())
        fit_to_screen(self, 1120, 720)
        self._count_withheld()
        self.validate()

    # -- withholding ----------------------------------------------------------------------

    def _withhold_box(self, record: CaseRecord) -> QGroupBox:
        box = QGroupBox(translate("share_summary", "Withhold"))
        child = record.case.subject_child
        people = [record.subject_child] + [p for p in record.people if p.id != child]
        self.people = QTableWidget(len(people) + len(record.professionals), 3)
        self.people.setAccessibleName(
            translate("share_summary", "People and team members to withhold")
        )
        self.people.setHorizontalHeaderLabels(
            [
                translate("share_summary", "Person"),
                translate("share_summary", "Withhold\nentirely"),
                translate("share_summary", "Addresses and\ncontact details"),
            ]
        )
        self.people.verticalHeader().setVisible(False)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._row_ids: list[str] = []
        self._row_names: list[str] = []
        for row, person in enumerate(people):
            is_child = person.id == child
            shown = person.display_name
            if is_child:
                shown = translate("share_summary", "{name} (the child)").format(name=shown)
            name = QTableWidgetItem(shown)
            self.people.setItem(row, 0, name)
            whole = _check_item(enabled=not is_child)
            if is_child:
                whole.setFlags(Qt.ItemFlag.NoItemFlags)
                whole.setData(Qt.ItemDataRole.CheckStateRole, None)
                why = translate(
                    "share_summary", "The child the case is about is always in the summary."
                )
                whole.setToolTip(why)
                name.setToolTip(why)
            self.people.setItem(row, self.WHOLE, whole)
            self.people.setItem(row, self.CONTACT, _check_item())
            self._row_ids.append(person.id)
            self._row_names.append(person.display_name)
        for row, member in enumerate(record.professionals, start=len(people)):
            who = f"{member.name} ({member.agency})" if member.agency else member.name
            self.people.setItem(
                row, 0, QTableWidgetItem(translate("share_summary", "{who}: team").format(who=who))
            )
            blank = QTableWidgetItem()
            blank.setFlags(Qt.ItemFlag.NoItemFlags)
            self.people.setItem(row, self.WHOLE, blank)
            self.people.setItem(row, self.CONTACT, _check_item())
            self._row_ids.append(member.id)
            self._row_names.append(member.name)
        header = self.people.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (self.WHOLE, self.CONTACT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.people.itemChanged.connect(self._person_ticked)

        self.entries = EntryChoices(record.entries)
        self.shown_entries = EntryFilter(self)
        self.shown_entries.setSourceModel(self.entries)
        self.shown_entries.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.only_left_out = QCheckBox(translate("share_summary", "Only those left out"))
        self.only_left_out.setToolTip(
            translate("share_summary", "Show only the entries ticked (third-party ones included)")
        )
        self.only_left_out.toggled.connect(self.shown_entries.set_only_withheld)
        self.entry_filter = QLineEdit()
        self.entry_filter.setAccessibleName(translate("share_summary", "Find chronology entries"))
        self.entry_filter.setPlaceholderText(
            translate("share_summary", "find entries by date, kind or words")
        )
        self.entry_filter.setClearButtonEnabled(True)
        self.entry_filter.textChanged.connect(self.shown_entries.setFilterFixedString)
        self.entry_list = QListView()
        self.entry_list.setModel(self.shown_entries)
        self.entry_list.setAccessibleName(
            translate("share_summary", "Chronology entries: ticked ones are withheld")
        )
        self.entry_list.setUniformItemSizes(True)
        self.entry_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # One line each, cut short with "…" (the whole entry is its tooltip).
        self.entry_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entry_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.entry_count = QLabel()
        self.entry_count.setWordWrap(True)

        layout = QVBoxLayout(box)
        layout.addWidget(QLabel(translate("share_summary", "People (tick what to leave out):")))
        self.people.setMinimumHeight(self.people.verticalHeader().defaultSectionSize() * 4 + 40)
        layout.addWidget(self.people, 3)
        layout.addWidget(
            QLabel(translate("share_summary", "Chronology entries (ticked: left out):"))
        )
        find = QHBoxLayout()
        find.addWidget(self.entry_filter, 1)
        find.addWidget(self.only_left_out)
        layout.addLayout(find)
        layout.addWidget(self.entry_list, 2)
        layout.addWidget(self.entry_count)
        return box

    def _person_ticked(self, item: QTableWidgetItem) -> None:
        """Withholding someone entirely takes their addresses and contact details too."""
        if item.column() != self.WHOLE or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        contact = self._cell(item.row(), self.CONTACT)
        whole = item.checkState() == Qt.CheckState.Checked
        self.people.blockSignals(True)
        name = self._cell(item.row(), 0)
        font = name.font()
        font.setStrikeOut(whole)
        name.setFont(font)
        contact.setCheckState(Qt.CheckState.Checked if whole else Qt.CheckState.Unchecked)
        flags = Qt.ItemFlag.ItemIsUserCheckable
        contact.setFlags(flags if whole else flags | Qt.ItemFlag.ItemIsEnabled)
        self.people.blockSignals(False)
        self.validate()

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.people.item(row, column)
        assert item is not None  # every cell is filled when the table is made
        return item

    def _ticked(self, column: int) -> set[str]:
        found = set()
        for row, record_id in enumerate(self._row_ids):
            item = self._cell(row, column)
            if item.flags() & Qt.ItemFlag.ItemIsEnabled and (
                item.checkState() == Qt.CheckState.Checked
            ):
                found.add(record_id)
        return found

    def withhold_person(self, name: str, entirely: bool = True) -> None:
        """Tick ``name``'s row (entirely, or their addresses and contact details)."""
        row = self._row_names.index(name)
        column = self.WHOLE if entirely else self.CONTACT
        self._cell(row, column).setCheckState(Qt.CheckState.Checked)

    def redaction(self) -> Redaction:
        """What is withheld, as chosen."""
        gone = self._ticked(self.WHOLE)
        return Redaction(
            people=frozenset(gone),
            contact_details=frozenset(self._ticked(self.CONTACT) - gone),
            entries=frozenset(self.entries.chosen()),
            third_party_included=frozenset(self.entries.third_party() - self.entries.withheld),
        )

    def _count_withheld(self) -> None:
        third = len(self.entries.third_party() & self.entries.withheld)
        chosen = len(self.entries.chosen())
        total = len(self.entries.withheld)
        if not (total or chosen):
            self.entry_count.setText(
                translate(
                    "share_summary",
                    "No entries left out. Entries about anyone withheld entirely are left out.",
                )
            )
            return
        # English chooses "entry" or "entries" here; a translation has its own forms of %n.
        if third and total == 1:
            count = translate(
                "share_summary",
                "%n entry left out ({third} marked as third-party information: untick one "
                "to include it).",
                None,
                total,
            ).format(third=third)
        elif third:
            count = translate(
                "share_summary",
                "%n entries left out ({third} marked as third-party information: untick one "
                "to include it).",
                None,
                total,
            ).format(third=third)
        elif total == 1:
            count = translate("share_summary", "%n entry left out.", None, total)
        else:
            count = translate("share_summary", "%n entries left out.", None, total)
        also = translate(
            "share_summary", "Entries about anyone withheld entirely are left out too."
        )
        self.entry_count.setText(f"{count} {also}")

    # -- choices --------------------------------------------------------------------------

    def _day(self, field: QLineEdit, start: bool) -> date | str | None:
        """The day in ``field`` (the start of the chronology, or its end), or what is
        wrong with it."""
        text = field.text().strip()
        if not text:
            return None
        try:
            day, precision = parse_date(text)
        except DateFormatError as error:
            if start:
                return translate("share_summary", "From: {error}").format(error=error)
            return translate("share_summary", "To: {error}").format(error=error)
        if precision is not DatePrecision.EXACT:
            if start:
                return translate(
                    "share_summary", "From needs a whole date, for example 9 Mar 2025."
                )
            return translate("share_summary", "To needs a whole date, for example 9 Mar 2025.")
        return day

    def choices(self) -> SummaryChoices:
        """Everything chosen (a date that cannot be read is left out: see ``validate``)."""
        start = self._day(self.from_date, start=True)
        end = self._day(self.to_date, start=False)
        return SummaryChoices(
            recipient=" ".join(self.recipient.currentText().split()),
            purpose=" ".join(self.purpose.text().split()),
            lawful_basis=" ".join(self.basis.currentText().split()),
            sections=tuple(s for s, box in self.sections.items() if box.isChecked()),
            scope=ChronologyScope.SIGNIFICANT
            if self.significant.isChecked()
            else ChronologyScope.ALL,
            from_date=start if isinstance(start, date) else None,
            to_date=end if isinstance(end, date) else None,
            court_layout=self.court.isChecked(),
            redaction=self.redaction(),
        )

    def out_path(self) -> Path | None:
        """Where the PDF goes (``.pdf`` added when left off), or None when not said."""
        text = self.path.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def agency_name(self) -> str:
        """The agency's name as typed."""
        return " ".join(self.agency.text().split())

    def validate(self, *_args: object) -> list[str]:
        """Say what stops the summary being made; Sign and save waits until nothing does."""
        from casedesk.services.files import check_output_path

        errors = self.choices().problems()
        errors += [
            d
            for d in (self._day(self.from_date, start=True), self._day(self.to_date, start=False))
            if isinstance(d, str)
        ]
        warnings = []
        out = self.out_path()
        if out is None:
            errors.append(translate("share_summary", "Choose where to save the PDF."))
        else:
            try:
                check_output_path(out)
            except CaseDeskError as error:
                errors.append(str(error))
            else:
                if out.exists():
                    warnings.append(
                        translate(
                            "share_summary", "{file} is there already: it will be replaced."
                        ).format(file=out.name)
                    )
        if not self.basis.currentText().strip():
            warnings.append(
                translate(
                    "share_summary", "No lawful basis given: say it (or that the family consented)."
                )
            )
        if not self.agency_name():
            warnings.append(
                translate(
                    "share_summary",
                    "No agency name: the signature will name only you and your role.",
                )
            )
        show_problems(self.problems, self.ok, errors, warnings)
        return errors

    def _choose_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("share_summary", "Save the signed summary as"),
            self.path.text(),
            translate("share_summary", "PDF documents (*.pdf)"),
        )
        if path:
            self.path.setText(path)

    # -- making ---------------------------------------------------------------------------

    def _say(self, step: str) -> None:
        self.progress.setText(f"{step}…")
        # The summary is built on this thread: let the step and the bar paint meanwhile.
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def _on_make(self) -> None:
        out = self.out_path()
        if self.validate() or out is None:
            return
        choices = self.choices()
        self.ok.setEnabled(False)
        self.progress_bar.setVisible(True)
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            with Busy():
                error = self._make(choices, out, self.agency_name(), self._say)
        finally:
            self.progress_bar.setVisible(False)
            self.unsetCursor()
        if error:
            self.progress.clear()
            self.validate()
            said = self.problems.text()
            self.problems.setText(
                translate(
                    "share_summary", "<span style='color:{colour}'>✗ Not saved: {error}</span>"
                ).format(colour=warning_colour().name(), error=html.escape(error))
                + (f"<br>{said}" if said else "")
            )
            return
        self.progress.setText(translate("share_summary", "Saved and logged."))
        self.accept()
