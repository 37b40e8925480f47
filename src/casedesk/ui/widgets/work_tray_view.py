"""The work tray: across every open case, what is overdue, due today and due soon; and
below it, each open case whose health check finds something to put right.

Each line says its state in words ("OVERDUE by 3 working days", "due today") as well as
in colour, is sortable by any column, and opens its case when activated (a health line at
its Health check tab).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate
from casedesk.services.work_tray import TrayItem, When
from casedesk.ui.dates import shown_date
from casedesk.ui.models.record_table_model import ColumnSpec, RecordTableModel

_ORDER = {When.OVERDUE: 0, When.TODAY: 1, When.SOON: 2, When.LATER: 3, When.DONE: 4}


def when_text(item: TrayItem) -> str:
    """The item's state in words (never colour alone)."""
    if item.when is When.OVERDUE:
        days = item.working_days_late
        if not days:  # due on a Friday, looked at on the Saturday
            return translate("work_tray_view", "OVERDUE (was due {day})").format(
                day=shown_date(item.due_on, weekday=True)
            )
        if days == 1:
            return translate("work_tray_view", "OVERDUE by 1 working day")
        return translate("work_tray_view", "OVERDUE by %n working days", None, days)
    if item.when is When.TODAY:
        return translate("work_tray_view", "due today")
    ahead = item.working_days_ahead
    if item.status == "extended":
        if ahead <= 1:
            return translate("work_tray_view", "extended; due tomorrow")
        return translate("work_tray_view", "extended; due in %n working days", None, ahead)
    if ahead <= 1:
        return translate("work_tray_view", "due tomorrow")
    return translate("work_tray_view", "due in %n working days", None, ahead)


TRAY_COLUMNS: list[ColumnSpec[TrayItem]] = [
    ColumnSpec(
        QT_TRANSLATE_NOOP("work_tray_view", "State"),
        when_text,
        warn=lambda i: i.when in (When.OVERDUE, When.TODAY),
        sort_key=lambda i: (_ORDER[i.when], -i.working_days_late, i.due_on.toordinal()),
        context="work_tray_view",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("work_tray_view", "Due"),
        lambda i: f"{shown_date(i.due_on, weekday=True)}",
        sort_key=lambda i: i.due_on.toordinal(),
        context="work_tray_view",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("work_tray_view", "Case"), lambda i: i.case, context="work_tray_view"
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("work_tray_view", "Child"), lambda i: i.child, context="work_tray_view"
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("work_tray_view", "What"),
        lambda i: i.name + (translate("work_tray_view", " (statutory)") if i.statutory else ""),
        tooltip=lambda i: translate("work_tray_view", "{kind}, from {day}").format(
            kind=i.kind, day=shown_date(i.started_on)
        ),
        context="work_tray_view",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("work_tray_view", "Kind"), lambda i: i.kind, context="work_tray_view"
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("work_tray_view", "Owner"), lambda i: i.owner, context="work_tray_view"
    ),
]


@dataclass(frozen=True)
class HealthTrayLine:
    """An open case whose health check has checks that fail."""

    case: str  # the reference
    child: str
    failed: int
    checks: int
    failing: tuple[str, ...]  # the questions that fail, in theme order

    def text(self) -> str:
        """'7 health checks fail: <the first two questions>'."""
        if self.failed == 1:
            count = translate("work_tray_view", "1 health check fails")
        else:
            count = translate("work_tray_view", "%n health checks fail", None, self.failed)
        first = " · ".join(self.failing[:2])
        more = (
            translate("work_tray_view", " (and %n more)", None, self.failed - 2)
            if self.failed > 2
            else ""
        )
        return f"{count}: {first}{more}"


HEALTH_COLUMNS: list[ColumnSpec[HealthTrayLine]] = [
    ColumnSpec(
        QT_TRANSLATE_NOOP("work_tray_view", "Case"), lambda h: h.case, context="work_tray_view"
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("work_tray_view", "Child"), lambda h: h.child, context="work_tray_view"
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("work_tray_view", "Health check (most failing first)"),
        HealthTrayLine.text,
        sort_key=lambda h: (-h.failed, h.case),
        tooltip=lambda h: (
            translate("work_tray_view", "Fails:\n") + "\n".join(f"✖ {q}" for q in h.failing)
        ),
        context="work_tray_view",
    ),
]


def _tray_table(model: QAbstractItemModel, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


class WorkTrayView(QWidget):
    """The tray's table, how far ahead it looks, and a sentence of counts."""

    help_page = "deadlines-and-supervision"  # what F1 opens (ui/help.py)

    case_chosen = Signal(str, str)  # the case reference, and the kind of the item
    within_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The model sorts its own rows (no proxy): 2,000 lines re-sorted through a proxy
        # cost ~80 ms, sorted in Python ~3 ms.
        self.model: RecordTableModel[TrayItem] = RecordTableModel(TRAY_COLUMNS)
        self.table = _tray_table(self.model, translate("work_tray_view", "Work tray"))
        self.table.activated.connect(self._activated)
        self.health: RecordTableModel[HealthTrayLine] = RecordTableModel(HEALTH_COLUMNS)
        self.health_table = _tray_table(
            self.health, translate("work_tray_view", "Health checks that fail")
        )
        self.health_table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.health_table.setColumnWidth(0, 100)
        self.health_table.setColumnWidth(1, 160)
        self.health_table.activated.connect(self._health_activated)
        self.health_counts = QLabel()
        self.health_counts.setWordWrap(True)
        self.health_counts.setAccessibleName(
            translate("work_tray_view", "Health checks of open cases")
        )
        self.within = QSpinBox()
        self.within.setRange(0, 120)
        self.within.setValue(10)
        self.within.setSuffix(translate("work_tray_view", " working days"))
        self.within.setAccessibleName(translate("work_tray_view", "Look ahead"))
        self.within.valueChanged.connect(self.within_changed)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(QLabel(translate("work_tray_view", "Due within:")))
        top.addWidget(self.within)
        health = QWidget()
        health_layout = QVBoxLayout(health)
        health_layout.setContentsMargins(0, 6, 0, 0)
        health_layout.addWidget(self.health_counts)
        health_layout.addWidget(self.health_table, 1)
        for table in (self.table, self.health_table):
            table.setMinimumHeight(table.fontMetrics().lineSpacing() * 4)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(health)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def show_items(self, items: list[TrayItem], sentence: str) -> None:
        """Show the overdue and soon-due items (those later are left out)."""
        shown = [i for i in items if i.when not in (When.LATER, When.DONE)]
        self.model.set_rows(shown)
        self.counts.setText(
            sentence + translate("work_tray_view", " Activate a line to open its case.")
        )
        for column, width in enumerate((230, 120, 100, 150, 300, 100)):
            self.table.setColumnWidth(column, width)

    def show_health(self, lines: list[HealthTrayLine], checked: int, cases: int) -> None:
        """Show the open cases with checks that fail, of the ``checked`` of ``cases``
        whose check is known so far (the rest are still being worked out)."""
        self.health.set_rows(lines)
        so_far = (
            translate("work_tray_view", " ({checked} of {cases} cases checked so far…)").format(
                checked=checked, cases=cases
            )
            if checked < cases
            else ""
        )
        if not lines:
            text = translate(
                "work_tray_view",
                "<b>Health checks</b>: no open case has a check that fails{so_far}.",
            ).format(so_far=so_far)
        elif len(lines) == 1:
            text = translate(
                "work_tray_view",
                "<b>Health checks</b>: 1 open case has checks that fail{so_far}. "
                "Activate a line to open the case at its Health check tab.",
            ).format(so_far=so_far)
        else:
            text = translate(
                "work_tray_view",
                "<b>Health checks</b>: %n open cases have checks that fail{so_far}. "
                "Activate a line to open the case at its Health check tab.",
                None,
                len(lines),
            ).format(so_far=so_far)

        self.health_counts.setText(text)

    def _health_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.case_chosen.emit(self.health.row_at(index.row()).case, "health")

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            item = self.model.row_at(index.row())
            self.case_chosen.emit(item.case, item.kind)

    def clear(self) -> None:
        """Drop every row (locking)."""
        self.model.clear()
        self.counts.clear()
        self.health.clear()
        self.health_counts.clear()
