"""Deadlines and the work tray as a worker meets them: the tray and its counts when the
case file opens, the case list's next due and child last seen, a tray line opening its
case, a statutory timescale extended (the reason asked for), and an amended referral's
deadline moved only when the worker confirms."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from casedesk.domain.chronology import Category, ChronologyEntry
from casedesk.domain.evidence import Evidence, SourceType
from casedesk.domain.ids import EntryId
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.record_editor import RecordEditor
from casedesk.services.synthetic import generate
from casedesk.ui.controller import Controller
from casedesk.ui.dialogs.deadline import DeadlineDialog
from casedesk.ui.main_window import MainWindow
from casedesk.ui.models.case_list_model import Column
from casedesk.ui.settings import UiSettings

PASSPHRASE = "kettle mango violin harbour"
TODAY = date(2026, 11, 30)
CLOCK = datetime(2026, 11, 30, 12, tzinfo=UTC)


@pytest.fixture
def gui(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, Controller]]:
    """The demo's five cases, as of last month, opened today; a referral recorded on the
    first case three weeks ago by the command line (so its deadlines are in the file)."""
    path = tmp_path / "work.casedesk"
    case_file, _ = CaseFile.create(path, PASSPHRASE, "Sam Worker", kdf=FLOOR)
    with case_file:
        write_data(case_file, generate(seed=2, cases=5, entries=200, as_of=date(2026, 11, 1)))
        case_file.set_clock(lambda: CLOCK)
        record = case_file.case_record("DEMO-0001")
        RecordEditor(case_file).add_entry(
            record,
            ChronologyEntry(
                EntryId("e-referral"),
                record.case.id,
                date(2026, 11, 9),
                Category.REFERRAL,
                "Nursery refers: child says mummy's friend shouts (Qzx).",
                Evidence("Little Acorns Nursery", SourceType.AGENCY_RECORD),
                "Sam Worker",
            ),
        )
    window = MainWindow(UiSettings())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    controller = Controller(window)
    opened = CaseFile.open(path, PASSPHRASE)
    opened.set_clock(lambda: CLOCK)
    controller._opened(opened)
    yield window, controller
    controller.close_case_file()


def test_the_tray_and_its_counts_show_when_the_file_opens_and_a_line_opens_its_case(
    gui: tuple[MainWindow, Controller],
) -> None:
    window, controller = gui
    page = window.case_page
    tray = page.tray
    rows = [tray.model.row_at(r) for r in range(tray.model.rowCount())]
    decision = next(r for r in rows if r.case == "DEMO-0001" and r.name == "Referral decision")
    # Due Tue 10 Nov; on Mon 30 Nov it is 14 working days late, said in words.
    assert decision.working_days_late == 14
    overdue = sum(1 for r in rows if r.when.value == "overdue")
    assert page.tray_summary.text().startswith(f"{overdue} overdue")
    assert f"{overdue} overdue" in window.statusBar().currentMessage()
    model = tray.model
    state_column = 0
    texts = [model.data(model.index(r, state_column)) for r in range(model.rowCount())]
    assert "OVERDUE by 14 working days" in texts
    # The case list: next due (overdue said in words) and the child last seen.
    cases = page.model
    first = next(r for r in range(cases.rowCount()) if cases.row_at(r).reference == "DEMO-0001")
    assert cases.data(cases.index(first, Column.NEXT_DUE)).startswith("OVERDUE")
    seen = cases.row_at(first).child_last_seen
    assert (
        seen is not None and cases.data(cases.index(first, Column.LAST_SEEN)) == f"{seen:%d/%m/%Y}"
    )
    # Activating the line opens its case.
    source = next(r for r in range(model.rowCount()) if model.row_at(r) is decision)
    tray.table.activated.emit(model.index(source, 0))
    assert window.pages.currentWidget() is window.case_view
    assert controller.current_reference == "DEMO-0001"


def _select(window: MainWindow, name: str, started: date) -> None:
    tab = window.case_view.actions_tab
    window.case_view.tabs.setCurrentWidget(tab)  # the worker opens the tab
    for row in range(tab.deadlines_model.rowCount()):
        deadline = tab.deadlines_model.row_at(row).deadline
        if deadline.name == name and deadline.started_on == started:
            tab.deadlines_table.selectRow(row)
            return
    raise AssertionError(f"{name} from {started} not shown")


def test_a_statutory_timescale_is_extended_only_with_a_reason(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, controller = gui
    controller.show_case("DEMO-0001")
    tab = window.case_view.actions_tab
    _select(window, "Child and family assessment", date(2026, 11, 9))
    asked: list[bool] = []

    def extend(dialog: DeadlineDialog) -> int:
        dialog.day.setText("2027-02-05")
        asked.append(dialog.ok.isEnabled())  # no reason yet: Extend waits
        dialog.reason.setPlainText("Father's checks awaited from another authority")
        return int(QDialog.DialogCode.Accepted) if dialog.ok.isEnabled() else 0

    monkeypatch.setattr(DeadlineDialog, "exec", extend)
    assert tab.deadline_buttons["extend"].isEnabled()
    tab.deadline_buttons["extend"].click()
    assert asked == [False]
    _select(window, "Child and family assessment", date(2026, 11, 9))
    row = tab.deadlines_model.row_at(tab.deadlines_table.currentIndex().row())
    assert row.deadline.extended_to == date(2027, 2, 5)
    assert row.state.startswith("extended to 05/02/2027")
    assert "Father's checks awaited" in row.basis


def test_an_amended_referral_moves_its_deadlines_only_when_confirmed(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, controller = gui
    assert controller.case_file is not None and controller.editor is not None
    controller.show_case("DEMO-0001")
    record = window.case_view.record
    assert record is not None
    referral = next(e for e in record.entries if e.id == "e-referral")
    controller._run_edit(
        lambda e: e.amend_entry(
            record,
            referral,
            replace(referral, occurred_on=referral.occurred_on + timedelta(days=7)),
            "The nursery's letter is dated a week later",
        )
    )
    tab = window.case_view.actions_tab
    window.case_view.tabs.setCurrentWidget(tab)
    assert not tab.changes_box.isHidden()
    texts = [tab.changes_list.item(i).text() for i in range(tab.changes_list.count())]
    assert any(
        t.startswith("Child and family assessment: The referral it counts from") for t in texts
    )
    _select(window, "Child and family assessment", date(2026, 11, 9))  # not moved yet
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    )
    while tab.changes_list.count():
        tab.changes_list.setCurrentRow(0)
        tab.confirm_button.click()
    assert tab.changes_box.isHidden()
    _select(window, "Child and family assessment", date(2026, 11, 16))


def test_the_tray_sorts_by_any_column_and_keeps_its_order_when_refilled(
    gui: tuple[MainWindow, Controller],
) -> None:
    from PySide6.QtCore import Qt

    window, controller = gui
    tray = window.case_page.tray
    model = tray.model
    rows = [model.row_at(r) for r in range(model.rowCount())]
    assert rows[0].working_days_late == max(r.working_days_late for r in rows), "worst first"
    states = [r.when.value for r in rows]
    assert states == sorted(states, key=["overdue", "due today", "due soon"].index)
    tray.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # Due, latest first
    days = [model.row_at(r).due_on for r in range(model.rowCount())]
    assert days == sorted(days, reverse=True)
    controller.show_tray_summary()  # refilled (after an edit): the chosen order stays
    assert [model.row_at(r).due_on for r in range(model.rowCount())] == days


def test_a_deadlines_history_says_who_recorded_it_and_that_the_signature_verifies(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch
) -> None:
    from casedesk.ui.dialogs.simple_records import HistoryDialog

    window, controller = gui
    controller.show_case("DEMO-0001")
    _select(window, "Child and family assessment", date(2026, 11, 9))
    chosen = window.case_view.actions_tab.selected_deadline()
    assert chosen is not None and controller.editor is not None
    controller._run_edit(
        lambda e: e.extend_deadline(chosen, date(2027, 2, 5), "Father's checks awaited")
    )
    _select(window, "Child and family assessment", date(2026, 11, 9))
    shown: list[str] = []

    def capture(dialog: HistoryDialog) -> int:
        shown.append(dialog.view.toPlainText())
        return 0

    monkeypatch.setattr(HistoryDialog, "exec", capture)
    window.case_view.actions_tab.deadline_buttons["history"].click()
    assert shown and "Sam Worker: Add chronology entry" in shown[0]
    assert "✓ signed by Sam Worker (owner), verified" in shown[0]
    # The change in words: no column names with underscores, no quotes, nothing as (none).
    assert "extended to: (none) → 2027-02-05" in shown[0]
    assert "Reason: Father's checks awaited" in shown[0]
