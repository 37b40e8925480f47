"""The case a worker chooses on the case list is read while they have not yet opened it
(``HealthActions.read_ahead``): opening it then waits for no reading, and shows the case
as it now stands; nothing read ahead outlives a lock."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import DEMO_PASSPHRASE, create_demo
from casedesk.services.record_editor import RecordEditor
from casedesk.storage import loading
from casedesk.ui import health_actions
from casedesk.ui.controller import Controller
from casedesk.ui.dialogs.unlock import UnlockDialog
from casedesk.ui.main_window import MainWindow
from casedesk.ui.settings import UiSettings
from tests.ui.conftest import stepped_by_hand


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("read-ahead") / "demo.casedesk"
    create_demo(path, seed=2, cases=3, kdf=FLOOR)
    return path


@pytest.fixture
def gui(qtbot: QtBot, tmp_path: Path, demo: Path) -> Iterator[tuple[MainWindow, Controller]]:
    """The demo unlocked in a window on screen: the case list in front."""
    path = tmp_path / demo.name
    shutil.copytree(demo, path)
    window = MainWindow(UiSettings())
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    controller = Controller(window)
    controller._opened(CaseFile.open(path, DEMO_PASSPHRASE))
    yield window, controller
    controller.close_case_file()


def _click(window: MainWindow, row: int) -> str:
    """Click a row of the case list (as it is sorted); the reference of its case."""
    page = window.case_page
    index = page.proxy.index(row, 0)
    page.table.scrollTo(index)
    centre = page.table.visualRect(index).center()
    QTest.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    return page.model.row_at(page.proxy.mapToSource(index).row()).reference


def test_the_case_clicked_on_the_list_opens_with_enter_without_being_read(
    gui: tuple[MainWindow, Controller],
    qtbot: QtBot,
    count_whole_reads: Callable[[], list[str]],
) -> None:
    window, controller = gui
    reference = _click(window, 1)
    assert controller._reading_ahead is not None and controller._reading_ahead[0] == reference
    qtbot.waitUntil(lambda: controller._reading_ahead is None, timeout=10000)
    reads = count_whole_reads()
    QTest.keyClick(window.case_page.table, Qt.Key.Key_Return)
    record = window.case_view.record
    assert record is not None and record.case.reference == reference
    assert reads == []
    assert controller.case_file is not None
    assert record == controller.case_file.case_record(reference, keep=False)
    assert window.case_view.chronology.model.total() == len(record.entries)


def test_a_case_opened_before_its_reading_ahead_ends_is_read_no_more_than_what_was_left(
    gui: tuple[MainWindow, Controller],
    monkeypatch: pytest.MonkeyPatch,
    count_whole_reads: Callable[[], list[str]],
) -> None:
    """A double-click's second click comes before the case clicked is read: the open
    reads what is left of it at once, not the whole case again."""
    window, controller = gui
    monkeypatch.setattr(loading, "PAGE_ROWS", 7)  # the demo's case in many pages
    monkeypatch.setattr(health_actions, "TICK_SECONDS", 0.0)  # a page a tick
    reference = _click(window, 1)
    controller._health_timer.stop()  # the ticks are taken here, one at a time
    for _ in range(3):
        controller._check_next_case()
    assert controller._reading_ahead is not None
    reads = count_whole_reads()
    QTest.keyClick(window.case_page.table, Qt.Key.Key_Return)
    record = window.case_view.record
    assert record is not None and record.case.reference == reference
    assert reads == [] and controller._reading_ahead is None
    assert controller.case_file is not None
    assert record == controller.case_file.case_record(reference, keep=False)
    assert window.case_view.chronology.model.total() == len(record.entries)


def test_a_case_changed_after_it_was_read_ahead_opens_as_changed(
    gui: tuple[MainWindow, Controller], qtbot: QtBot
) -> None:
    """Something is written to the case after it was read ahead (an import into it,
    say): opening it shows the case as changed, not as it was read."""
    window, controller = gui
    reference = _click(window, 2)
    qtbot.waitUntil(lambda: controller._reading_ahead is None, timeout=10000)
    case_file = controller.case_file
    assert case_file is not None
    record = case_file.case_record(reference, keep=False)
    entry = record.entries[-1]
    changed = replace(entry, description="Telephone call from the school nurse, moved to 3pm")
    RecordEditor(case_file).amend_entry(record, entry, changed, "wrong time recorded")
    QTest.keyClick(window.case_page.table, Qt.Key.Key_Return)
    shown = window.case_view.record
    assert shown is not None and shown.case.reference == reference
    assert next(e for e in shown.entries if e.id == entry.id).description == (changed.description)


def test_locking_while_a_case_is_read_ahead_leaves_nothing_behind(
    gui: tuple[MainWindow, Controller], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Locked half way through reading a case ahead: the reading ends, the collector it
    held off is on again, and nothing of the case is kept."""
    window, controller = gui
    monkeypatch.setattr(loading, "PAGE_ROWS", 7)  # the demo's case in many pages
    monkeypatch.setattr(health_actions, "TICK_SECONDS", 0.0)  # a page a tick
    controller._health_timer.stop()  # the ticks are taken here, one at a time
    _click(window, 1)
    controller._health_timer.stop()
    for _ in range(3):
        controller._check_next_case()
    assert controller._reading_ahead is not None and not gc.isenabled()
    case_file = controller.case_file
    assert case_file is not None

    def stay_locked(_dialog: UnlockDialog) -> int:
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(UnlockDialog, "exec", stay_locked)
    controller.lock()
    assert controller._reading_ahead is None and gc.isenabled()
    assert case_file._records._ahead is None and not case_file._records._kept


def test_choosing_a_case_while_another_is_open_reads_nothing_ahead(
    gui: tuple[MainWindow, Controller], qtbot: QtBot
) -> None:
    """Only the case list in front reads ahead: a case open, the list's rows change
    (filled again after an edit) without reading any case in the background."""
    window, controller = gui
    reference = _click(window, 0)
    qtbot.waitUntil(lambda: controller._reading_ahead is None, timeout=10000)
    QTest.keyClick(window.case_page.table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.case_view
    window.case_page.table.selectRow(1)
    assert controller._reading_ahead is None
    assert controller.current_reference == reference


def test_a_case_opened_before_and_read_ahead_after_an_edit_is_not_read_again(
    gui: tuple[MainWindow, Controller],
    qtbot: QtBot,
    count_whole_reads: Callable[[], list[str]],
) -> None:
    """The worker opens one case, then another and changes it, and comes back to the
    first by the list: its copy kept from the first open is stale (anything written makes
    it so), the one read ahead since is not, and the open takes that one."""
    window, controller = gui
    table = window.case_page.table
    first = _click(window, 1)
    qtbot.waitUntil(lambda: controller._reading_ahead is None, timeout=10000)
    QTest.keyClick(table, Qt.Key.Key_Return)
    window.case_view.back_requested.emit()
    _click(window, 2)
    qtbot.waitUntil(lambda: controller._reading_ahead is None, timeout=10000)
    QTest.keyClick(table, Qt.Key.Key_Return)
    record = window.case_view.record
    assert record is not None
    entry = record.entries[-1]
    changed = replace(entry, description="Telephone call from the school nurse, moved to 3pm")
    controller._run_edit(lambda editor: editor.amend_entry(record, entry, changed, "wrong time"))
    window.case_view.back_requested.emit()
    assert _click(window, 1) == first
    qtbot.waitUntil(lambda: controller._reading_ahead is None, timeout=10000)
    reads = count_whole_reads()
    QTest.keyClick(table, Qt.Key.Key_Return)
    shown = window.case_view.record
    assert shown is not None and shown.case.reference == first
    assert reads == []


def test_nothing_is_read_ahead_behind_the_work_tray(
    gui: tuple[MainWindow, Controller], qtbot: QtBot
) -> None:
    """View > Work Tray puts the keyboard on the case list on its way to the tray (a
    row made current): no case is read behind the tray; back on the cases, the current
    row's case is."""
    window, controller = gui
    controller.refresh()  # the list filled again (after an edit, say): no current row
    controller.stop_reading_ahead()
    window.show_work_tray()
    assert window.case_page.tabs.currentWidget() is window.case_page.tray
    assert controller._reading_ahead is None
    window.case_page.tabs.setCurrentWidget(window.case_page.cases_tab)
    current = window.case_page.table.currentIndex()
    assert current.isValid() and controller._reading_ahead is not None


def test_a_window_gone_while_a_case_is_read_ahead_leaves_the_collector_on(
    qtbot: QtBot, tmp_path: Path, demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The read ahead under way holds the collector off; the window going (the file
    closed with it, quietly) ends the hold, or the process would keep every cycle it
    made."""
    window, controller = stepped_by_hand(demo, tmp_path, monkeypatch)
    controller.read_ahead(window.case_page.model.row_at(1).reference)  # a row chosen
    controller._check_next_case()
    assert controller._reading_ahead is not None and not gc.isenabled()
    shiboken6.delete(window)
    assert controller.case_file is None
    assert controller._reading_ahead is None and gc.isenabled()
