"""A table over immutable domain values, with its columns described once.

Each view of the case record (people, relationships, households, team ...) is a list of
frozen dataclasses; a ``ColumnSpec`` says how one column shows a value. The model never
queries anything: it is given rows and drops them on ``clear`` (locking).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from casedesk.domain.wording import translate
from casedesk.ui.look import warning_colour

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
__all__ = ["ColumnSpec", "RecordTableModel", "warning_colour"]


@dataclass(frozen=True)
class ColumnSpec(Generic[T]):
    """One column: its header, its text, and optionally when to show it as a warning."""

    header: str
    text: Callable[[T], str]
    warn: Callable[[T], bool] | None = None
    tooltip: Callable[[T], str] | None = None
    sort_key: Callable[[T], Any] | None = None  # sorted by this, else by the text
    # The header is marked with QT_TRANSLATE_NOOP where the columns are defined, and
    # translated when shown, in that module's context.
    context: str = ""


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows of ``T`` shown through ``ColumnSpec``s."""

    def __init__(self, columns: Sequence[ColumnSpec[T]]) -> None:
        super().__init__()
        self.columns = list(columns)
        self._rows: list[T] = []
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[T]) -> None:
        """Replace every row (kept in the order the view last sorted by)."""
        self.beginResetModel()
        self._rows = list(rows)
        if self._sorted_by is not None:
            self._rows.sort(key=self._key(self._sorted_by[0]), reverse=self._descending())
        self.endResetModel()

    def _key(self, column: int) -> Callable[[T], Any]:
        spec = self.columns[column]
        return spec.sort_key or spec.text

    def _descending(self) -> bool:
        return self._sorted_by is not None and (self._sorted_by[1] == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves (a view with sorting enabled asks): a Python sort of
        thousands of rows is a few milliseconds, where a sorting proxy asks every cell."""
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sorted_by = (column, order)
        self._rows.sort(key=self._key(column), reverse=self._descending())
        self.layoutChanged.emit()

    def clear(self) -> None:
        """Forget every row (used when the case file locks)."""
        self.set_rows([])

    def row_at(self, row: int) -> T:
        """The value shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of rows (a table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, warning colour and tooltip for a cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(value)
        if role == Qt.ItemDataRole.ForegroundRole and column.warn and column.warn(value):
            return warning_colour()
        if role == Qt.ItemDataRole.ToolTipRole:
            # A long name or source is cut short in its column (…): the whole of it here.
            return column.tooltip(value) if column.tooltip else column.text(value) or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column headers."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            column = self.columns[section]
            return translate(column.context, column.header) if column.context else column.header
        return None
