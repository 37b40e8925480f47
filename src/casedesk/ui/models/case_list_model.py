"""The case list: an adapter over immutable case summary rows (it never queries)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from casedesk.domain.names import fold
from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate
from casedesk.ui.dates import shown_date
from casedesk.ui.look import warning_colour

if TYPE_CHECKING:
    # Only for annotations: importing it loads the database stack, which start-up
    # should not wait for.
    from casedesk.services.case_file import CaseSummaryRow


Index = QModelIndex | QPersistentModelIndex
SEARCH_KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 1
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 2


class CaseFilterProxy(QSortFilterProxyModel):
    """Keeps the cases whose reference, names or aliases contain every typed word,
    ignoring accents and case; sorting by any column."""

    def __init__(self) -> None:
        super().__init__()
        self._query = ""
        self.setSortRole(SORT_ROLE)

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
    NEXT_DUE = 3
    LAST_SEEN = 4
    OPENED = 5
    WORKER = 6
    PEOPLE = 7
    ENTRIES = 8
    ATTENTION = 9
    HEALTH = 10


HEADERS = {
    Column.REFERENCE: QT_TRANSLATE_NOOP("case_list_model", "Reference"),
    Column.CHILD: QT_TRANSLATE_NOOP("case_list_model", "Child"),
    Column.STATUS: QT_TRANSLATE_NOOP("case_list_model", "Legal status"),
    Column.NEXT_DUE: QT_TRANSLATE_NOOP("case_list_model", "Next due"),
    Column.LAST_SEEN: QT_TRANSLATE_NOOP("case_list_model", "Child last seen"),
    Column.OPENED: QT_TRANSLATE_NOOP("case_list_model", "Opened"),
    Column.WORKER: QT_TRANSLATE_NOOP("case_list_model", "Allocated worker"),
    Column.PEOPLE: QT_TRANSLATE_NOOP("case_list_model", "People"),
    Column.ENTRIES: QT_TRANSLATE_NOOP("case_list_model", "Chronology"),
    Column.ATTENTION: QT_TRANSLATE_NOOP("case_list_model", "Adults to identify"),
    Column.HEALTH: QT_TRANSLATE_NOOP("case_list_model", "Health check"),
}


@dataclass(frozen=True)
class HealthMark:
    """A case's health check as the list shows it: how many of its checks fail, and
    the questions that do (the cell's tooltip)."""

    failed: int
    checks: int
    failing: tuple[str, ...] = ()

    def text(self) -> str:
        """'7 of 19 fail'."""
        return translate("case_list_model", "{failed} of {checks} fail").format(
            failed=self.failed, checks=self.checks
        )

    def tooltip(self) -> str:
        """The checks that fail, one a line."""
        if not self.failing:
            return translate("case_list_model", "None of the {checks} health checks fails.").format(
                checks=self.checks
            )
        return translate("case_list_model", "Fails:\n") + "\n".join(f"✖ {q}" for q in self.failing)


NOT_CHECKED_YET = "…"
HEALTH_TOOLTIP = QT_TRANSLATE_NOOP(
    "case_list_model",
    "How many of the case's health checks fail (worked out case by case once the list is "
    "shown; … until then). Open the case's Health check tab for what to do next.",
)


def attention_text(row: CaseSummaryRow) -> str:
    """Who is still to be identified (learning theme 5: fathers), in the case banner's
    words, quietly: a count in the case's row, not a warning (it holds for most cases
    for weeks, and a red line on every row would hide the red of what is overdue)."""
    parts = [] if row.father_recorded else [translate("case_list_model", "no father recorded")]
    if not row.partner_recorded:
        parts.append(translate("case_list_model", "no partner recorded"))
    if row.not_identified:
        if row.not_identified == 1:
            parts.append(translate("case_list_model", "1 adult not identified"))
        else:
            parts.append(
                translate("case_list_model", "%n adults not identified", None, row.not_identified)
            )
    return "; ".join(parts)


def next_due_text(row: CaseSummaryRow, today: date) -> str:
    """The soonest open deadline or action: its day, and 'OVERDUE' in words when past."""
    if row.next_due is None:
        return ""
    text = f"{shown_date(row.next_due)}"
    if row.next_due < today:
        return translate("case_list_model", "OVERDUE {day}").format(day=text)
    return translate("case_list_model", "today") if row.next_due == today else text


ATTENTION_TOOLTIP = QT_TRANSLATE_NOOP(
    "case_list_model",
    "No father recorded, no partner recorded of the mother the child lives with, or parents "
    "or significant adults who are not identified (named but not confirmed, or not known): "
    "open the case to see who, and record each attempt to identify them.",
)
ATTENTION_HEADER_TOOLTIP = QT_TRANSLATE_NOOP(
    "case_list_model",
    "Fathers, partners and significant adults still to identify: a count, not a warning. "
    "Red in this list means only what is overdue.",
)


class CaseListModel(QAbstractTableModel):
    """Rows of ``CaseSummaryRow``; ``clear`` drops them all (used when locking)."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[CaseSummaryRow] = []
        self._row_of: dict[str, int] = {}
        self._health: dict[str, HealthMark] = {}
        self.today = date.today()

    def set_rows(self, rows: list[CaseSummaryRow], today: date | None = None) -> None:
        """Replace every row (``today``: what 'overdue' is measured against); the health
        checks already known stay (they are given by case reference)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._row_of = {row.reference: i for i, row in enumerate(self._rows)}
        self.today = today or self.today
        self.endResetModel()

    def set_health(self, reference: str, health: HealthMark | None) -> None:
        """A case's health check is known (None: to be checked again)."""
        if health is None:
            self._health.pop(reference, None)
        else:
            self._health[reference] = health
        row = self._row_of.get(reference)
        if row is not None:
            index = self.index(row, Column.HEALTH)
            self.dataChanged.emit(index, index)

    def clear_health(self) -> None:
        """Forget every health check (each shows "…" until checked again)."""
        self._health.clear()
        if self._rows:
            column = Column.HEALTH
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def clear(self) -> None:
        """Forget every row, so no case data stays in memory behind a locked screen."""
        self._health.clear()
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
        if role == SORT_ROLE:
            if column is Column.NEXT_DUE:
                return row.next_due.isoformat() if row.next_due else "9999"
            if column is Column.OPENED:
                return row.opened_on  # ISO: sorts as dates do
            if column is Column.LAST_SEEN:
                return row.child_last_seen.isoformat() if row.child_last_seen else ""
            if column is Column.HEALTH:
                mark = self._health.get(row.reference)
                return mark.failed if mark is not None else -1
            role = Qt.ItemDataRole.DisplayRole
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.REFERENCE: row.reference,
                Column.CHILD: row.child_name,
                Column.STATUS: row.legal_status,
                Column.NEXT_DUE: next_due_text(row, self.today),
                Column.LAST_SEEN: (
                    f"{shown_date(row.child_last_seen)}"
                    if row.child_last_seen
                    else translate("case_list_model", "not recorded")
                ),
                Column.ATTENTION: attention_text(row),
                Column.OPENED: shown_date(date.fromisoformat(row.opened_on)),
                Column.WORKER: row.allocated_worker,
                Column.PEOPLE: row.people,
                Column.ENTRIES: row.entries,
                Column.HEALTH: self._health_text(row.reference),
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.PEOPLE, Column.ENTRIES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column is Column.ATTENTION
            and (row.not_identified or not row.father_recorded or not row.partner_recorded)
        ):
            return translate("case_list_model", ATTENTION_TOOLTIP)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.NEXT_DUE and row.next_due:
            return row.next_due_what
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.HEALTH:
            mark = self._health.get(row.reference)
            return (
                mark.tooltip()
                if mark is not None
                else translate("case_list_model", "Being checked…")
            )
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column is Column.NEXT_DUE
            and row.next_due
            and row.next_due < self.today
        ):
            return warning_colour()  # beside the word OVERDUE: never the colour alone
        if role == SEARCH_KEY_ROLE:
            return row.search_key
        return None

    def _health_text(self, reference: str) -> str:
        mark = self._health.get(reference)
        return mark.text() if mark is not None else NOT_CHECKED_YET

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("case_list_model", HEADERS[Column(section)])

        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            tip = {Column.HEALTH: HEALTH_TOOLTIP, Column.ATTENTION: ATTENTION_HEADER_TOOLTIP}.get(
                Column(section)
            )
            return translate("case_list_model", tip) if tip else None

        return None
