"""The chronology table: immutable entry rows, filtered and sorted by the model itself,
never querying.

Rows carry what painting needs already worked out (the child's age at the entry, whether it
is family history from before the birth), so ``data`` is a few attribute reads even with
tens of thousands of entries.
"""

from __future__ import annotations

import enum
from collections.abc import Set
from datetime import date
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from casedesk.domain.ages import child_age_at
from casedesk.domain.chronology import ChildSeen, ChronologyEntry
from casedesk.domain.chronology_filter import ChronologyFilter
from casedesk.domain.dates import FuzzyDate
from casedesk.domain.evidence import Significance, SourceType
from casedesk.domain.people import Person
from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_value, translate
from casedesk.ui.dates import shown_date, shown_fuzzy
from casedesk.ui.look import muted_colour

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = int(Qt.ItemDataRole.UserRole) + 10
SIGNIFICANCE_TEXT = {
    0: QT_TRANSLATE_NOOP("chronology_model", "routine"),
    1: QT_TRANSLATE_NOOP("chronology_model", "notable"),
    2: QT_TRANSLATE_NOOP("chronology_model", "significant"),
    3: QT_TRANSLATE_NOOP("chronology_model", "critical"),
}
# Significance in a symbol as well as bold: bold alone is lost on a screen reader, a
# grey-scale printout and a glance (the key under the table says what each means).
SIGNIFICANCE_MARK = {0: "", 1: "", 2: "★", 3: "★★"}
KEY = QT_TRANSLATE_NOOP(
    "chronology_model",
    "Key: ★ significant, ★★ critical (both also in bold) · ⚠ self-reported · "
    "grey: before the child's birth",
)


class Column(enum.IntEnum):
    """Columns of the chronology (the view shows Significance beside the date)."""

    DATE = 0
    AGE = 1
    CATEGORY = 2
    DESCRIPTION = 3
    SOURCE = 4
    EVIDENCE = 5  # source type and corroboration, in one column
    SIGNIFICANCE = 6


HEADERS = (
    QT_TRANSLATE_NOOP("chronology_model", "Date"),
    QT_TRANSLATE_NOOP("chronology_model", "Child's age"),
    QT_TRANSLATE_NOOP("chronology_model", "Category"),
    QT_TRANSLATE_NOOP("chronology_model", "What happened"),
    QT_TRANSLATE_NOOP("chronology_model", "Source"),
    QT_TRANSLATE_NOOP("chronology_model", "Source type, corroboration"),
    "★",
)
HEADER_TIPS = {
    Column.SIGNIFICANCE: QT_TRANSLATE_NOOP(
        "chronology_model", "Significance: ★ significant, ★★ critical"
    ),
    Column.EVIDENCE: QT_TRANSLATE_NOOP(
        "chronology_model",
        "Where the fact comes from (self-reported, observed by a professional, "
        "an agency record, a document) and whether another source bears it out",
    ),
}


# The child's age at an entry: one rule, in the domain.
age_at = child_age_at
# What child_age_at says of it (compared, in the domain's context "ages"; not shown from here).
FAMILY_HISTORY = "before birth (family history)"  # i18n: child_age_at's words, compared


class ChronologyRow(NamedTuple):
    """One entry with its age text worked out once. A tuple, not a frozen dataclass: a
    5,000-entry case makes 5,000 as it opens, and a frozen dataclass sets each field
    through a call of its own."""

    entry: ChronologyEntry
    age: str
    before_birth: bool


def rows_for(
    entries: list[ChronologyEntry] | tuple[ChronologyEntry, ...], child: Person
) -> list[ChronologyRow]:
    """Rows for every entry, oldest first."""
    rows = []
    ages: dict[date, tuple[str, bool]] = {}  # a case's entries fall on far fewer days
    for entry in entries:
        day = entry.occurred_on
        age = ages.get(day)
        if age is None:
            age = ages[day] = age_at(child, day)
        rows.append(ChronologyRow(entry, age[0], age[1]))
    return rows


_COLUMNS = len(Column)
# The roles ``data`` answers (any other is None).
_ANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.UserRole,
        ENTRY_ROLE,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
    )
)


class ChronologyModel(QAbstractTableModel):
    """A case's entries; its rows are those a ``ChronologyFilter`` lets through, in date
    order or sorted by a column. ``clear`` drops them (locking).

    The model filters and sorts its own rows (no proxy): a proxy asked Python about each
    of a large case's 5,000 rows, one call from C++ at a time, at every keystroke of a
    search; here the rows are worked out in one pass of Python and the view reset once.
    The view keeps its selection across a change of filter (``ChronologyView.apply``)."""

    def __init__(self) -> None:
        super().__init__()
        self._all: list[ChronologyRow] = []  # every entry, in the order given
        self._ordered: list[ChronologyRow] = []  # the same, sorted by the chosen column
        self._rows: list[ChronologyRow] = []  # those the criteria let through
        # Where each entry id stands in ``_ordered``, made at the first search after the
        # rows or their order change (None until then): a search's matches are put in
        # order by it, not found by going through every row.
        self._place: dict[str, int] | None = None
        self.criteria = ChronologyFilter()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        # The muted text colour and the bold font, made once: the view asks for them in
        # every cell of a family-history or significant row it paints, and a search
        # repaints a table of them at each keystroke (a tenth of it, measured, went in
        # making them again). The colour follows the palette (``forget_looks``).
        self._muted: QColor | None = None
        self._bold: QFont | None = None

    def set_rows(self, rows: list[ChronologyRow], criteria: ChronologyFilter | None = None) -> None:
        """Replace every row (in the order given: any column sort is dropped), filtered by
        ``criteria`` if given, else by the criteria in use."""
        self.beginResetModel()
        if criteria is not None:
            self.criteria = criteria
        self._sort = None
        self._all = self._ordered = rows
        self._place = None
        self._rows = self._filtered()
        self.endResetModel()

    def set_criteria(self, criteria: ChronologyFilter) -> None:
        """Show the rows ``criteria`` lets through (nothing happens if they are the rows
        shown already)."""
        self.criteria = criteria
        rows = self._filtered()
        if len(rows) == len(self._rows) and all(
            a is b for a, b in zip(rows, self._rows, strict=True)
        ):
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by ``column`` (a header click); -1: back to the order given."""
        self.layoutAboutToBeChanged.emit()
        previous = self._rows
        self._sort = None if column < 0 else (column, order)
        self._ordered = self._sorted(self._all)
        self._place = None
        self._rows = self._filtered()
        # The same rows in new places: the view's selection and current row follow them.
        place = {id(row): index for index, row in enumerate(self._rows)}
        moved = self.persistentIndexList()
        self.changePersistentIndexList(
            moved, [self.index(place[id(previous[i.row()])], i.column()) for i in moved]
        )
        self.layoutChanged.emit()

    def update_rows(self, rows: list[ChronologyRow], changed: Set[str]) -> None:
        """Become ``rows``, where only the entries whose ids are in ``changed`` differ from
        the rows held: each shown one is taken out and any that passes the criteria put
        in where it now belongs, the rest stay as they are (the view keeps its place and
        selection; nothing is rebuilt)."""
        root = QModelIndex()
        for index in reversed([i for i, r in enumerate(self._rows) if r.entry.id in changed]):
            self.beginRemoveRows(root, index, index)
            del self._rows[index]
            self.endRemoveRows()
        self._all = rows
        self._ordered = self._sorted(rows)
        self._place = None
        for index, row in enumerate(self._filtered()):
            if row.entry.id in changed:
                self.beginInsertRows(root, index, index)
                self._rows.insert(index, row)
                self.endInsertRows()

    def _sorted(self, rows: list[ChronologyRow]) -> list[ChronologyRow]:
        if self._sort is None:
            return rows
        column, order = self._sort
        return sorted(
            rows,
            key=lambda row: sort_key(row, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def _filtered(self) -> list[ChronologyRow]:
        """The ordered rows the criteria let through, in one pass."""
        rows, criteria = self._ordered, self.criteria
        if criteria == EVERYTHING:
            return list(rows)
        if criteria == ChronologyFilter(text_matches=criteria.text_matches):
            # Only a search (what a worker types most): the matches put in the rows'
            # order by where each stands, rather than every row of the case looked up
            # among them (a common word in a 5,000-entry case: 2.4 ms a keystroke here).
            if self._place is None:
                self._place = {row.entry.id: index for index, row in enumerate(rows)}
            place = self._place
            found = criteria.text_matches or set()
            return [rows[i] for i in sorted(place[id_] for id_ in found if id_ in place)]
        return [row for row in rows if criteria.matches(row.entry)]

    def rows(self) -> list[ChronologyRow]:
        """Every row held, shown or not, in the order given."""
        return list(self._all)

    def shown_rows(self) -> list[ChronologyRow]:
        """The rows shown, in the order shown."""
        return list(self._rows)

    def total(self) -> int:
        """How many entries are held, shown or not."""
        return len(self._all)

    def clear(self) -> None:
        """Forget every row."""
        self.set_rows([])

    def forget_looks(self) -> None:
        """The palette or font changed: colours and fonts are made afresh at the next
        paint."""
        self._muted = self._bold = None

    def row_at(self, row: int) -> ChronologyRow:
        """The row shown at ``row``."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of entries shown."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else _COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, sort keys, and the look of family history and self-report."""
        if role not in _ANSWERED or not index.isValid():
            # The view asks some ten roles of each cell it paints, most of them none of
            # ours: a search repaints a table of them at each keystroke.
            return None
        row = self._rows[index.row()]
        entry = row.entry
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return display(row, column)
        if role == Qt.ItemDataRole.UserRole:  # sort keys
            return sort_key(row, column)
        if role == ENTRY_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and row.before_birth:
            if self._muted is None:
                self._muted = muted_colour()
            return self._muted  # and "before birth" or "pregnancy week" in words
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.SIGNIFICANCE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and entry.significance >= Significance.SIGNIFICANT:
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.DESCRIPTION:
            parts = [entry.description]
            if entry.child_seen is not ChildSeen.NOT_RECORDED:
                parts.append(
                    translate("chronology_model", "Child: {seen}").format(
                        seen=entry.child_seen.label
                    )
                )
            if entry.others_present:
                parts.append(
                    translate("chronology_model", "Also present: {who}").format(
                        who=entry.others_present
                    )
                )
            if entry.child_words:
                parts.append(
                    translate("chronology_model", "The child's own words: “{words}”").format(
                        words=entry.child_words
                    )
                )
            if entry.home_observations:
                parts.append(
                    translate("chronology_model", "The home: {seen}").format(
                        seen=entry.home_observations
                    )
                )
            if entry.impact_on_child:
                parts.append(
                    translate("chronology_model", "Impact on the child: {impact}").format(
                        impact=entry.impact_on_child
                    )
                )
            if entry.action_taken:
                parts.append(
                    translate("chronology_model", "Action: {action}").format(
                        action=entry.action_taken
                    )
                )
            recorded = shown_date(date.fromisoformat(entry.recorded_at[:10]))
            parts.append(
                translate("chronology_model", "Recorded by {worker} {day}").format(
                    worker=entry.recorded_by, day=recorded
                )
            )
            return "\n".join(parts)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    @staticmethod
    def _tooltip(row: ChronologyRow, column: int) -> str | None:
        """The whole of what a narrow column may cut short."""
        entry = row.entry
        match column:
            case Column.AGE:
                return row.age or None
            case Column.SOURCE:
                return entry.source or None
            case Column.EVIDENCE:
                by = f" ({entry.corroborating_source})" if entry.corroborating_source else ""
                return f"{shown_value(entry.source_type)}, {shown_value(entry.corroboration)}{by}"
            case Column.CATEGORY:
                return shown_value(entry.category)
            case Column.SIGNIFICANCE | Column.DATE:
                return translate("chronology_model", "Significance: {level}").format(
                    level=translate("chronology_model", SIGNIFICANCE_TEXT[int(entry.significance)])
                )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("chronology_model", HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            tip = HEADER_TIPS.get(Column(section))
            return translate("chronology_model", tip) if tip else None
        return None


def display(row: ChronologyRow, column: int) -> str:
    """The text of ``row``'s cell in ``column``."""
    entry = row.entry
    match column:
        case Column.DATE:
            # As known, in the locale: "03/03/2025", "Mar 2025", "2025", "about 2025".
            return shown_fuzzy(FuzzyDate(entry.occurred_on, entry.precision))
        case Column.AGE:
            # Short enough for its column; the tooltip says the rest.
            return (
                translate("chronology_model", "before birth")
                if row.age == translate("ages", FAMILY_HISTORY)
                else row.age
            )
        case Column.CATEGORY:
            return shown_value(entry.category)
        case Column.DESCRIPTION:
            # The child's own words are part of the record, not a tooltip.
            said = (
                translate("chronology_model", "  Child: “{words}”").format(words=entry.child_words)
                if entry.child_words
                else ""
            )
            return _marks(entry) + entry.description + said
        case Column.SOURCE:
            return entry.source
        case Column.EVIDENCE:
            return _evidence(entry)
        case Column.SIGNIFICANCE:
            return SIGNIFICANCE_MARK[int(entry.significance)]
    return ""


# Short enough for a column that leaves the description room at 1280 pixels.
SHORT_SOURCE_TYPE = {
    SourceType.SELF_REPORTED: QT_TRANSLATE_NOOP("chronology_model", "⚠ self-reported"),
    SourceType.PROFESSIONAL_OBSERVATION: QT_TRANSLATE_NOOP("chronology_model", "observed"),
}


def _evidence(entry: ChronologyEntry) -> str:
    """'agency record, corroborated (GP)'; 'observed' for a professional observation; a
    self-report says so with a mark."""
    short = SHORT_SOURCE_TYPE.get(entry.source_type)
    kind = translate("chronology_model", short) if short else shown_value(entry.source_type)
    by = entry.corroborating_source
    return f"{kind}, {shown_value(entry.corroboration)}" + (f" ({by})" if by else "")


_SEEN_MARKS = {
    ChildSeen.SEEN_ALONE: QT_TRANSLATE_NOOP("chronology_model", "[child seen alone] "),
    ChildSeen.SEEN_NOT_ALONE: QT_TRANSLATE_NOOP("chronology_model", "[child seen, NOT alone] "),
    ChildSeen.NOT_SEEN: QT_TRANSLATE_NOOP("chronology_model", "[child NOT SEEN] "),
}


def _marks(entry: ChronologyEntry) -> str:
    """What a visit found, and a link to the same event from another source, in words at
    the start of the line (not only a colour)."""
    seen = _SEEN_MARKS.get(entry.child_seen)
    marks = translate("chronology_model", seen) if seen else ""
    if entry.same_event_as:
        marks = translate("chronology_model", "[same event as another source's entry] ") + marks
    return marks


EVERYTHING = ChronologyFilter()


def sort_key(row: ChronologyRow, column: int) -> Any:
    """What a click on ``column``'s header sorts by: the day (then the entry, for one
    order every time) for the date and the age, the level for significance, else the
    text shown."""
    if column == Column.DATE or column == Column.AGE:
        # Worked out when asked (a header click), not for each of 5,000 rows as they open.
        return f"{row.entry.occurred_on.isoformat()}{row.entry.id}"
    if column == Column.SIGNIFICANCE:
        return int(row.entry.significance)
    return display(row, column)
