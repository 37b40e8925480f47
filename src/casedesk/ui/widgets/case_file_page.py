"""The page shown while a case file is open: who opened it, what is due across its cases,
the cases in it and the work tray."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.demonstration import DEMO_MARK
from casedesk.domain.wording import translate
from casedesk.services.work_tray import TrayItem
from casedesk.ui.models.case_list_model import CaseFilterProxy, CaseListModel, Column
from casedesk.ui.widgets.work_tray_view import WorkTrayView


class CaseFilePage(QWidget):
    """A header naming the file and user, and the case list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("SectionHeading")
        self.model = CaseListModel()
        self.proxy = CaseFilterProxy()
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("case_file_page", "Search by name, alias or reference")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("case_file_page", "Search cases"))
        self.search.textChanged.connect(self.proxy.set_query)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        # The worst first: the longest overdue at the top (what is due soonest next, and
        # cases with nothing due last).
        self.table.sortByColumn(Column.NEXT_DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights keep large tables fast (resizeRowsToContents costs seconds).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        # A case list holds hundreds of rows at most, so sizing columns to fit is cheap once
        # a list: but not again with every cell that changes (ResizeToContents would, and
        # the health checks arrive a cell at a time: 200 cases, 200 resizes of 2,000 cells).
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.model.modelReset.connect(self._fit_columns)
        # The health check's count beside what is due, where a laptop's width still shows
        # it (its column comes last in the model, so earlier columns keep their numbers).
        header.moveSection(header.visualIndex(Column.HEALTH), Column.NEXT_DUE + 1)
        # And who is still to be identified (learning theme 5) beside it, in view too.
        header.moveSection(header.visualIndex(Column.ATTENTION), Column.NEXT_DUE + 2)
        self.table.setAccessibleName(translate("case_file_page", "Cases"))
        # Words, not colour alone: read by a screen reader and on a grey-scale printout.
        self.demo_banner = QLabel(
            translate(
                "case_file_page",
                "<b>{mark}.</b> Every person and case in this file is invented: practise "
                "here, and never record a real family in it (its passphrase is public).",
            ).format(mark=translate("demonstration", DEMO_MARK))
        )
        self.demo_banner.setObjectName("DemoBanner")
        self.demo_banner.setWordWrap(True)
        self.demo_banner.setAccessibleName(translate("case_file_page", "Demonstration case file"))
        self.demo_banner.setVisible(False)
        self.tray_summary = QLabel()
        self.tray_summary.setWordWrap(True)
        self.tray_summary.setAccessibleName(translate("case_file_page", "What is due"))
        self.tray = WorkTrayView()
        self.no_cases = self._no_cases()
        cases = QWidget()
        cases.help_page = "cases"  # type: ignore[attr-defined]
        case_layout = QVBoxLayout(cases)
        case_layout.setContentsMargins(0, 8, 0, 0)
        case_layout.addWidget(self.no_cases)
        case_layout.addWidget(self.search)
        case_layout.addWidget(self.table, 1)
        for change in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            change.connect(self._show_next_step)
        self.tabs = QTabWidget()
        self.cases_tab = cases
        self.tabs.addTab(cases, translate("case_file_page", "Ca&ses"))  # Alt+C is the Case menu
        self.tabs.addTab(self.tray, translate("case_file_page", "&Work tray"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.demo_banner)
        layout.addWidget(self.tray_summary)
        layout.addWidget(self.tabs, 1)

    @property
    def help_page(self) -> str:
        """The help for the tab shown: the cases, or the work tray."""
        page = getattr(self.tabs.currentWidget(), "help_page", "cases")
        return page if isinstance(page, str) else "cases"

    def _no_cases(self) -> QWidget:
        """What a file with no cases shows instead of an empty table: the next step."""
        holder = QWidget()
        self.no_cases_text = QLabel(
            translate(
                "case_file_page",
                "This case file has no cases yet. Open the first one for a child or family "
                "you work with: Case > New Case… (Ctrl+Shift+N).",
            )
        )
        self.no_cases_text.setObjectName("EmptyHint")
        self.no_cases_text.setWordWrap(True)
        self.new_case_button = QPushButton(translate("case_file_page", "New case…"))
        self.new_case_button.setObjectName("StartAction")
        self.new_case_button.setToolTip(
            translate("case_file_page", "Open a new case in this case file (Ctrl+Shift+N)")
        )
        row = QHBoxLayout()
        row.addWidget(self.new_case_button)
        row.addStretch(1)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 16, 0, 0)
        layout.addWidget(self.no_cases_text)
        layout.addLayout(row)
        layout.addStretch(1)
        holder.setVisible(False)
        return holder

    def _show_next_step(self) -> None:
        """No cases: the line and the button, not headings over nothing; cases: the list."""
        empty = self.model.rowCount() == 0
        self.no_cases.setVisible(empty)
        self.search.setVisible(not empty)
        self.table.setVisible(not empty)

    def _fit_columns(self) -> None:
        """Size the columns to the cases listed; the health check's to its widest count
        (its cells show "…" until each case is checked)."""
        self.table.resizeColumnsToContents()
        metrics = self.table.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(translate("case_file_page", "19 of 19 fail")),
            self.table.horizontalHeader().sectionSizeHint(Column.HEALTH),
        )
        self.table.setColumnWidth(Column.HEALTH, widest + 16)

    def show_tray(self, items: list[TrayItem], sentence: str) -> None:
        """Show the work tray and its counts above the tabs."""
        self.tray.show_items(items, sentence)
        self.tray_summary.setText(sentence)

    def show_case_file(
        self, file_name: str, user: str, role: str, read_only: bool, demo: bool = False
    ) -> None:
        """Fill the heading; above the cases, a banner when they are the demonstration."""
        file, user = html.escape(file_name), html.escape(user)
        if read_only:
            heading = translate(
                "case_file_page", "{file}: opened by {user} ({role}) — read-only"
            ).format(file=file, user=user, role=role)
        else:
            heading = translate("case_file_page", "{file}: opened by {user} ({role})").format(
                file=file, user=user, role=role
            )
        self.heading.setText(heading)

        self.demo_banner.setVisible(demo)

    def clear(self) -> None:
        """Drop every piece of case data from the page."""
        self.heading.clear()
        self.demo_banner.setVisible(False)
        self.search.clear()
        self.model.clear()
        self.tray.clear()
        self.tray_summary.clear()
