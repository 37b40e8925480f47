"""The case list: an adapter over immutable case summary rows (it never queries)."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from casedesk.domain.names import fold

if TYPE_CHECKING:
    # Only for annotations: importing it loads the database stack, which start-up
    # should not wait for.
    from casedesk.services.case_file import CaseSummaryRow


Index = QModelIndex | QPersistentModelIndex
SEARCH_KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class CaseFilterProxy(QSortFilterProxyModel):
    """Keeps the cases whose reference, names or aliases contain every typed word,
    ignoring accents and case; sorting by any column."""

    def __init__(self) -> None:
        super().__init__()
        self._query = ""
        self.setSortRole(Qt.ItemDataRole.DisplayRole)

    def set_query(self, text: str) -> None:
        """Filter by ``text`` (folded once here, not once a row)."""
        self.beginFilterChange()
        self._query = fold(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Every word of the query must appear in the row's search key."""
        if not self._query:
            return True
        model = self.sourceModel()
        key = model.data(model.index(source_row, 0, source_parent), SEARCH_KEY_ROLE)
        return all(word in key for word in self._query.split())


class Column(enum.IntEnum):
    """Columns of the case list."""

    REFERENCE = 0
    CHILD = 1
    STATUS = 2
    OPENED = 3
    WORKER = 4
    PEOPLE = 5
    ENTRIES = 6
    ATTENTION = 7


HEADERS = {
    Column.REFERENCE: "Reference",
    Column.CHILD: "Child",
    Column.STATUS: "Legal status",
    Column.OPENED: "Opened",
    Column.WORKER: "Allocated worker",
    Column.PEOPLE: "People",
    Column.ENTRIES: "Chronology",
    Column.ATTENTION: "Needs attention",
}


def attention_text(row: CaseSummaryRow) -> str:
    """What the worker must not overlook about a case (learning theme 5: fathers)."""
    parts = [] if row.father_recorded else ["father not recorded"]
    if not row.partner_recorded:
        parts.append("mother's partner not recorded")
    if row.not_identified:
        parts.append(f"{row.not_identified} adult(s) not identified")
    return "⚠ " + "; ".join(parts) if parts else ""


ATTENTION_TOOLTIP = (
    "No father recorded, no partner recorded of the mother the child lives with, or parents "
    "or significant adults whose identity is not confirmed: "
    "open the case to see who, and record each attempt to identify them."
)


class CaseListModel(QAbstractTableModel):
    """Rows of ``CaseSummaryRow``; ``clear`` drops them all (used when locking)."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[CaseSummaryRow] = []

    def set_rows(self, rows: list[CaseSummaryRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row, so no case data stays in memory behind a locked screen."""
        self.set_rows([])

    def row_at(self, row: int) -> CaseSummaryRow:
        """The summary shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of cases (a table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text for display; numbers right-aligned."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.REFERENCE: row.reference,
                Column.CHILD: row.child_name,
                Column.STATUS: row.legal_status,
                Column.ATTENTION: attention_text(row),
                Column.OPENED: row.opened_on,
                Column.WORKER: row.allocated_worker,
                Column.PEOPLE: row.people,
                Column.ENTRIES: row.entries,
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.PEOPLE, Column.ENTRIES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column is Column.ATTENTION
            and (row.not_identified or not row.father_recorded or not row.partner_recorded)
        ):
            return ATTENTION_TOOLTIP
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.ATTENTION:
            return QColor("#b3261e")
        if role == SEARCH_KEY_ROLE:
            return row.search_key
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        return None
