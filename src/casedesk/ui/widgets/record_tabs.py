"""The tables of the case view's tabs: how each is set up, sized and laid out on its tab."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.wording import translate
from casedesk.ui.models.record_table_model import RecordTableModel

# The help page (resources/help/) that explains the people's tabs, F1 pressed on them.
PEOPLE_HELP = "people-and-fathers"


def record_table(model: RecordTableModel[object]) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    # Fitting columns reads only the first rows: a sharing log of hundreds stays quick.
    table.horizontalHeader().setResizeContentsPrecision(60)
    return table


def fit_columns(page: QWidget) -> None:
    """Fit the columns of every table on ``page`` to their text (tens of rows at most),
    but none wider than some 30 letters: a long name or source is cut short with … (whole
    in its tooltip) rather than pushing the columns after it off the screen."""
    for table in page.findChildren(QTableView):
        table.resizeColumnsToContents()
        widest = table.fontMetrics().averageCharWidth() * 30
        for column in range(table.model().columnCount() - 1):
            if table.columnWidth(column) > widest:
                table.setColumnWidth(column, widest)


def homes_tab(households: QWidget, addresses: QWidget) -> QWidget:
    """Households above, addresses below: where the people live, on one tab."""
    page = QWidget()
    page.help_page = PEOPLE_HELP  # type: ignore[attr-defined]
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    for heading, part in (
        (translate("record_tabs", "Households"), households),
        (translate("record_tabs", "Addresses"), addresses),
    ):
        label = QLabel(f"<b>{heading}</b>")
        label.setContentsMargins(9, 6, 0, 0)
        for table in part.findChildren(QTableView):  # two tables: each named by its heading
            if not table.accessibleName():
                table.setAccessibleName(heading)
        layout.addWidget(label)
        layout.addWidget(part, 1)
    return page


def record_tab(table: QTableView, *buttons: QPushButton, help_page: str = PEOPLE_HELP) -> QWidget:
    page = QWidget()
    page.help_page = help_page  # type: ignore[attr-defined]
    layout = QVBoxLayout(page)
    if buttons:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)
    layout.addWidget(table, 1)
    return page
