"""The chronology tab: filters, full-text search with matches highlighted, and the patterns
found, each of which shows the entries behind it."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence, Set
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.chronology import Category, ChronologyEntry
from casedesk.domain.chronology_filter import ChronologyFilter
from casedesk.domain.date_parsing import DateFormatError
from casedesk.domain.dates import DatePrecision
from casedesk.domain.evidence import Corroboration, SourceType
from casedesk.domain.patterns import Pattern
from casedesk.domain.people import Person
from casedesk.domain.wording import shown_value, translate
from casedesk.ui.look import warning_colour
from casedesk.ui.models.chronology_model import (
    KEY,
    ChronologyModel,
    ChronologyRow,
    Column,
    rows_for,
)
from casedesk.ui.widgets.chronology_table import ChronologyTable, HighlightDelegate
from casedesk.ui.widgets.combo import index_of
from casedesk.ui.widgets.date_field import read_date

Search = Callable[[str], set[str]]


def _show_all_link() -> str:
    """The link back from a pattern or a health check's records to every entry."""
    return f"<a href='all'>{html.escape(translate('chronology_view', 'Show all'))}</a>"


def _choice(label: str, values: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    # Let the window shrink: a combo need not be as wide as its longest choice.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(6)
    combo.addItem(label, None)
    for text, data in values:
        combo.addItem(text, data)
    return combo


# What changes the look of the table's rows (``ChronologyModel.forget_looks``).
_LOOK_CHANGES = (
    QEvent.Type.PaletteChange,
    QEvent.Type.ApplicationPaletteChange,
    QEvent.Type.FontChange,
    QEvent.Type.ApplicationFontChange,
)


class ChronologyView(QWidget):
    """Entries of one case, filtered, searched, with their patterns."""

    help_page = "chronology"  # what F1 opens (ui/help.py)

    add_entry_requested = Signal()
    import_csv_requested = Signal()
    add_category_requested = Signal()
    history_requested = Signal(object)
    template_requested = Signal()
    edit_entry_requested = Signal(object)
    order_changed = Signal(bool)  # True: newest first (remembered in the preferences)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_function: Search | None = None
        # Filters and sorts its own rows: entries arrive in date order, and a column is
        # sorted only when its header is clicked.
        self.model = ChronologyModel()
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("chronology_view", "Search the chronology (accents and case ignored)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("chronology_view", "Search the chronology"))
        self.category = _choice(
            translate("chronology_view", "All categories"),
            [(shown_value(c), c) for c in Category],
        )
        self.source_type = _choice(
            translate("chronology_view", "All source types"),
            [(shown_value(s), s) for s in SourceType],
        )
        self.corroboration = _choice(
            translate("chronology_view", "Any corroboration"),
            [(shown_value(c), c) for c in Corroboration],
        )
        self.person = _choice(translate("chronology_view", "Anyone"), [])
        self.agency = QLineEdit()
        self.agency.setPlaceholderText(translate("chronology_view", "Source / agency"))
        self.agency.setAccessibleName(translate("chronology_view", "Filter by source or agency"))
        self.date_from = QLineEdit()
        self.date_from.setPlaceholderText(translate("chronology_view", "From (date)"))
        self.date_to = QLineEdit()
        self.date_to.setPlaceholderText(translate("chronology_view", "To (date)"))
        self.date_from.setAccessibleName(translate("chronology_view", "Entries from (date)"))
        self.date_to.setAccessibleName(translate("chronology_view", "Entries up to (date)"))
        for combo, name in (
            (self.category, translate("chronology_view", "Filter by category")),
            (self.source_type, translate("chronology_view", "Filter by source type")),
            (self.corroboration, translate("chronology_view", "Filter by corroboration")),
            (self.person, translate("chronology_view", "Filter by person")),
        ):
            combo.setAccessibleName(name)
        for edit in (self.date_from, self.date_to):
            edit.setMaximumWidth(100)
            edit.textChanged.connect(self.apply)
        self.significant = QCheckBox(translate("chronology_view", "Significant events only"))
        # Oldest first reads as a story; newest first puts what happened lately in view.
        self.order = QComboBox()
        self.order.addItem(translate("chronology_view", "Oldest first"), False)
        self.order.addItem(translate("chronology_view", "Newest first"), True)
        self.order.setAccessibleName(translate("chronology_view", "Order of the entries"))
        self.order.setToolTip(
            translate("chronology_view", "List the oldest or the newest entries first (remembered)")
        )
        self.order.currentIndexChanged.connect(self._order_chosen)
        self.newest_first = False
        # The entries chosen when a search or filter hid them, chosen again when it no
        # longer does (unless the worker chose others meanwhile).
        self._hidden_choice: tuple[set[str], str | None, int] = (set(), None, 0)
        self.count = QLabel()
        self.key = QLabel(translate("chronology_model", KEY))

        self.key.setAccessibleName(translate("chronology_view", "Key to the chronology's marks"))
        self.key.setWordWrap(True)
        self.table = ChronologyTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("chronology_view", "Chronology entries"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.DATE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights: painting stays fast with tens of thousands of rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # Significance beside the date, where the eye starts (its column comes last in the
        # model, so the others keep their numbers).
        header.moveSection(header.visualIndex(Column.SIGNIFICANCE), Column.DATE + 1)
        self.table.fit_columns()
        self.delegate = HighlightDelegate(self.table)
        self.table.setItemDelegateForColumn(Column.DESCRIPTION, self.delegate)
        self.patterns = QListWidget()
        self.patterns.setAccessibleName(translate("chronology_view", "Patterns found"))
        self.patterns.setWordWrap(True)
        self.patterns.setSpacing(4)
        self.patterns.itemActivated.connect(self._show_pattern)
        self.patterns.itemClicked.connect(self._show_pattern)
        self.showing_pattern = QLabel()
        self.showing_pattern.setWordWrap(True)
        self.showing_pattern.linkActivated.connect(self.show_all)

        self.add_button = QPushButton(translate("chronology_view", "Add entry…"))
        self.add_button.clicked.connect(self.add_entry_requested)
        self.edit_button = QPushButton(translate("chronology_view", "Change…"))
        self.edit_button.clicked.connect(self._emit_edit)
        self.table.doubleClicked.connect(lambda _index: self._emit_edit())
        first_row = QHBoxLayout()
        first_row.addWidget(self.add_button)
        first_row.addWidget(self.edit_button)
        self.import_button = QPushButton(translate("chronology_view", "Import CSV…"))
        self.import_button.clicked.connect(self.import_csv_requested)
        first_row.addWidget(self.import_button)
        self.category_button = QPushButton(translate("chronology_view", "Categories…"))
        self.category_button.setToolTip(
            translate("chronology_view", "Add a category to this case file's list")
        )
        self.category_button.clicked.connect(self.add_category_requested)
        first_row.addWidget(self.category_button)
        self.history_button = QPushButton(translate("chronology_view", "History…"))
        self.history_button.setToolTip(
            translate("chronology_view", "Every change to the selected entry, with the reasons")
        )
        self.history_button.clicked.connect(self._emit_history)
        first_row.addWidget(self.history_button)
        self.template_button = QPushButton(translate("chronology_view", "CSV template…"))
        self.template_button.clicked.connect(self.template_requested)
        first_row.addWidget(self.template_button)
        first_row.addStretch()
        # The search gets a row of its own so the window can stay narrow.
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.order)
        search_row.addWidget(self.significant)
        second_row = QHBoxLayout()
        for widget in (
            self.category,
            self.source_type,
            self.corroboration,
            self.person,
            self.agency,
        ):
            second_row.addWidget(widget, 1)
        second_row.addWidget(self.date_from)
        second_row.addWidget(self.date_to)
        filters = QVBoxLayout()
        filters.addLayout(first_row)
        filters.addLayout(search_row)
        filters.addLayout(second_row)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        patterns_heading = QLabel(
            translate("chronology_view", "<b>Patterns</b> (click one to see its entries)")
        )
        patterns_heading.setWordWrap(True)  # the panel is narrow: wrapped, never cut off
        side_layout.addWidget(patterns_heading)
        side_layout.addWidget(self.patterns, 1)
        side_layout.addWidget(self.showing_pattern)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        # The patterns take some 26 letters' width (their lines wrap); the table the rest.
        side.setMinimumWidth(self.fontMetrics().averageCharWidth() * 20)
        splitter.setSizes([1000, self.fontMetrics().averageCharWidth() * 26])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        under = QHBoxLayout()
        under.addWidget(self.count)
        under.addSpacing(16)
        under.addWidget(self.key, 1)
        layout.addLayout(under)
        self._pattern_entries: set[str] | None = None
        self.patterns_pending = False  # the case's patterns are still being looked for
        self.search.textChanged.connect(self.apply)
        self.agency.textChanged.connect(self.apply)
        for combo in (self.category, self.source_type, self.corroboration, self.person):
            combo.currentIndexChanged.connect(self.apply)
        self.significant.toggled.connect(self.apply)

    def show_entries(
        self,
        rows: list[ChronologyRow],
        people: list[tuple[str, str]],
        patterns: list[Pattern] | None,
    ) -> None:
        """Show a case's entries, people to filter by, and its patterns (None: they are
        still being looked for, and ``show_patterns`` will show them)."""
        self._offer_categories(rows)
        current = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(translate("chronology_view", "Anyone"), None)
        for person_id, name in people:
            self.person.addItem(name, person_id)
        self.person.setCurrentIndex(max(0, index_of(self.person, current)))
        self.person.blockSignals(False)
        # The rows arrive in date order (any column sort is dropped) with the filter
        # they are shown by: one pass over them.
        self.delegate.query = self.search.text().strip()
        self._hidden_choice = (set(), None, 0)  # another case, or this one afresh
        self.model.set_rows(rows[::-1] if self.newest_first else rows, self.criteria())
        self._show_order()
        self.show_patterns(patterns)
        self._show_count()

    def update_entries(
        self,
        entries: Sequence[ChronologyEntry],
        child: Person,
        changed: Set[str],
        patterns: list[Pattern],
    ) -> None:
        """Put in or take out only the ``changed`` entries (the rest keep their rows, and
        the table its place; a changed entry that was chosen stays chosen), then show the
        patterns as they now stand."""
        ids, current_id, column = self._chosen()
        shown = {row.entry.id: row for row in self.model.rows()}
        rows = [
            shown[e.id] if e.id in shown and e.id not in changed else rows_for([e], child)[0]
            for e in entries
        ]
        self.model.update_rows(rows[::-1] if self.newest_first else rows, changed)
        if ids & changed or current_id in changed:
            # Its row was taken out and put back: Qt moved the current row to the one
            # above, and Change… would have opened that.
            self._choose(ids, current_id, column)
        offered = {self.category.itemData(i) for i in range(self.category.count())}
        if any(row.entry.category not in offered for row in rows if row.entry.id in changed):
            self._offer_categories(rows)
        self.show_patterns(patterns)
        if self.search.text().strip():
            self.apply()  # the new text may match the search: ask the index again
        else:
            # The model filtered the inserted rows itself; only the count is new.
            self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (light or dark) or font: the table's colours and bold made afresh."""
        if event.type() in _LOOK_CHANGES:
            self.model.forget_looks()
        super().changeEvent(event)

    def set_newest_first(self, newest_first: bool) -> None:
        """List the newest entries first, or the oldest (the order remembered)."""
        self.order.setCurrentIndex(1 if newest_first else 0)

    def _order_chosen(self, _index: int) -> None:
        newest_first = bool(self.order.currentData())
        if newest_first == self.newest_first:
            return
        self.newest_first = newest_first
        ids, current_id, column = self._chosen()
        # The rows turned round in place (no sort); any column sort goes.
        self.model.set_rows(self.model.rows()[::-1])
        self._show_order()
        self._show_count()
        if ids or current_id:
            self._choose(ids, current_id, column)  # the entry being read stays in view
        else:
            self.table.scrollToTop()
        self.order_changed.emit(newest_first)

    def _show_order(self) -> None:
        """The date column's arrow says the order the rows are in; the header's signal is
        held back, or the table would sort every row again by the date (a header click
        still sorts)."""
        order = Qt.SortOrder.DescendingOrder if self.newest_first else Qt.SortOrder.AscendingOrder
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(Column.DATE, order)
        header.blockSignals(False)
        header.viewport().update()

    def show_patterns(self, patterns: list[Pattern] | None) -> None:
        """List ``patterns``; None: say they are being looked for."""
        self.patterns.clear()
        self.patterns_pending = patterns is None
        if patterns is None:
            self.patterns.addItem(translate("chronology_view", "Looking for patterns…"))
            return
        for pattern in patterns:
            item = QListWidgetItem(f"⚑ {pattern.summary}")
            item.setData(Qt.ItemDataRole.UserRole, set(pattern.entries))
            item.setToolTip(pattern.summary)
            self.patterns.addItem(item)
        if not patterns:
            self.patterns.addItem(translate("chronology_view", "No patterns found."))

    def _show_pattern(self, item: QListWidgetItem) -> None:
        entries = item.data(Qt.ItemDataRole.UserRole)
        if entries:
            self._pattern_entries = set(entries)
            self.showing_pattern.setText(
                translate(
                    "chronology_view", "Showing the {count} entries behind: {pattern} {link}"
                ).format(
                    count=len(entries),
                    pattern=item.text()[2:],
                    link=_show_all_link(),
                )
            )
            self.apply()

    def _offer_categories(self, rows: list[ChronologyRow]) -> None:
        """The category filter lists the defaults and any other category in use."""
        present = {row.entry.category for row in rows}
        extra = sorted((c for c in present if not c.is_default), key=lambda c: c.value)
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(translate("chronology_view", "All categories"), None)
        for category in [*Category, *extra]:
            self.category.addItem(shown_value(category), category)

        self.category.setCurrentIndex(max(0, index_of(self.category, current)))
        self.category.blockSignals(False)

    def _emit_history(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.history_requested.emit(self.model.row_at(index.row()).entry)

    def _emit_edit(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.edit_entry_requested.emit(self.model.row_at(index.row()).entry)

    def show_person(self, person: str) -> None:
        """Show only the entries that involve one person."""
        self.show_all()
        self.person.setCurrentIndex(max(0, index_of(self.person, person)))
        self.apply()

    def show_only(self, entries: Set[str], why: str) -> int:
        """Show only ``entries`` (the records behind a health check), chosen, whatever the
        filters were (one of them could hide them), with ``why`` said above and a way back
        to every entry; how many are shown."""
        for combo in (self.category, self.source_type, self.corroboration, self.person):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for widget in (self.search, self.agency, self.date_from, self.date_to, self.significant):
            widget.blockSignals(True)
        for edit in (self.search, self.agency, self.date_from, self.date_to):
            edit.clear()
        self.significant.setChecked(False)
        for widget in (self.search, self.agency, self.date_from, self.date_to, self.significant):
            widget.blockSignals(False)
        self._pattern_entries = set(entries)
        self.apply()
        shown = self.model.rowCount()
        why, link = html.escape(why), _show_all_link()
        if shown == 1:
            showing = translate(
                "chronology_view", "Showing the 1 entry behind: {why} {link}"
            ).format(why=why, link=link)
        else:
            showing = translate(
                "chronology_view", "Showing the %n entries behind: {why} {link}", None, shown
            ).format(why=why, link=link)
        self.showing_pattern.setText(showing)
        self.table.selectAll()
        self.table.scrollToTop()
        self.table.setFocus()
        return shown

    def show_all(self, *_args: object) -> None:
        """Leave a pattern's entries and show every entry that the filters allow."""
        self._pattern_entries = None
        self.showing_pattern.clear()
        self.apply()

    def criteria(self) -> ChronologyFilter:
        """The filter the controls describe."""
        text = self.search.text().strip()
        matches = None
        if text and self.search_function is not None:
            matches = self.search_function(text)

        def chosen(combo: QComboBox) -> set[object]:
            data = combo.currentData()
            return {data} if data is not None else set()

        return ChronologyFilter(
            categories=chosen(self.category),  # type: ignore[arg-type]
            source_types=chosen(self.source_type),  # type: ignore[arg-type]
            corroboration=chosen(self.corroboration),  # type: ignore[arg-type]
            source_contains=self.agency.text().strip(),
            person=self.person.currentData(),
            significant_only=self.significant.isChecked(),
            date_from=self._date(self.date_from),
            date_to=self._date(self.date_to, end=True),
            text_matches=matches,
            only_entries=self._pattern_entries,
        )

    @staticmethod
    def _date(edit: QLineEdit, end: bool = False) -> date | None:
        """A typed date (any accepted form); red and ignored while it cannot be read.
        For 'to', a month or a year means its last day."""
        text = edit.text().strip()
        if not text:
            edit.setStyleSheet("")
            edit.setToolTip("")
            return None
        try:
            value, precision = read_date(text)

        except DateFormatError as error:
            # The red is not the only sign: the tooltip says what is wrong.
            edit.setStyleSheet(f"color: {warning_colour().name()};")
            edit.setToolTip(
                translate("chronology_view", "Not used as a filter: {problem}").format(
                    problem=error
                )
            )
            return None
        edit.setStyleSheet("")
        edit.setToolTip("")
        if end and precision is DatePrecision.YEAR:
            return date(value.year, 12, 31)
        if end and precision is DatePrecision.MONTH:
            following = date(value.year + value.month // 12, value.month % 12 + 1, 1)
            return following - timedelta(days=1)
        return value

    def apply(self, *_args: object) -> None:
        """Re-filter now; the chosen entries that are still shown stay chosen, the current
        one in view."""
        self.delegate.query = self.search.text().strip()
        ids, current_id, column = self._chosen()
        if not ids and current_id is None:
            ids, current_id, column = self._hidden_choice
        self.model.set_criteria(self.criteria())
        if ids or current_id:
            self._choose(ids, current_id, column)
            shown = self._chosen()
            hidden = not shown[0] and shown[1] is None
            self._hidden_choice = (ids, current_id, column) if hidden else (set(), None, 0)
        self._show_count()

    def _chosen(self) -> tuple[set[str], str | None, int]:
        """The ids of the chosen entries, the current one's, and the current column."""
        rows = self.table.selectionModel().selectedRows()
        ids = {str(self.model.row_at(i.row()).entry.id) for i in rows}
        current = self.table.currentIndex()
        if not current.isValid():
            return ids, None, 0
        return ids, str(self.model.row_at(current.row()).entry.id), current.column()

    def _choose(self, ids: Set[str], current_id: str | None, column: int) -> None:
        """Select the rows of the entries ``ids`` and make ``current_id``'s current."""
        chosen = self.table.selectionModel()
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for index, row in enumerate(self.model.shown_rows()):
            if row.entry.id in ids:
                selection.select(self.model.index(index, 0), self.model.index(index, last))
            if row.entry.id == current_id:
                current = self.model.index(index, column)
                chosen.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.table.scrollTo(current)
        chosen.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _show_count(self) -> None:
        self.count.setText(
            translate("chronology_view", "{shown} of {total} entries").format(
                shown=f"{self.model.rowCount():,}", total=f"{self.model.total():,}"
            )
        )
        self.table.viewport().update()

    def clear(self) -> None:
        """Drop every entry and pattern (locking)."""
        self.model.clear()
        self.patterns.clear()
        self.search.clear()
        self.date_from.clear()
        self.date_to.clear()
        self._pattern_entries = None
        self.patterns_pending = False
        self.showing_pattern.clear()
        self.count.clear()
