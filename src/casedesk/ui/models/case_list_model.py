"""The case list: an adapter over immutable case summary rows (it never queries)."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

if TYPE_CHECKING:
    # Only for annotations: importing it loads the database stack, which start-up
    # should not wait for.
    from casedesk.services.case_file import CaseSummaryRow


Index = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    """Columns of the case list."""

    REFERENCE = 0
    STATUS = 1
    OPENED = 2
    WORKER = 3
    PEOPLE = 4
    ENTRIES = 5


HEADERS = {
    Column.REFERENCE: "Reference",
    Column.STATUS: "Legal status",
    Column.OPENED: "Opened",
    Column.WORKER: "Allocated worker",
    Column.PEOPLE: "People",
    Column.ENTRIES: "Chronology",
}


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
                Column.STATUS: row.legal_status,
                Column.OPENED: row.opened_on,
                Column.WORKER: row.allocated_worker,
                Column.PEOPLE: row.people,
                Column.ENTRIES: row.entries,
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.PEOPLE, Column.ENTRIES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        return None
