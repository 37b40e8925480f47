"""The case a worker chooses on the case list is read while they have not yet opened it
(``HealthActions.read_ahead``): opening it then waits for no reading, and shows the case
as it now stands; nothing read ahead outlives a lock."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from casedesk.domain.case_record import CaseRecord
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import DEMO_PASSPHRASE, create_demo
from casedesk.services.record_editor import RecordEditor
from casedesk.storage import loading
from casedesk.ui import health_actions
from casedesk.ui.controller import Controller
from casedesk.ui.dialogs.unlock import UnlockDialog
from casedesk.ui.main_window import MainWindow
from casedesk.ui.settings import UiSettings


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


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The whole reads of a case from the file from now on (each case's id)."""
    read: list[str] = []
    load = loading.load_case_record

    def counted(connection: Any, case_id: str, with_entries: bool = True) -> CaseRecord:
        read.append(case_id)
        return load(connection, case_id, with_entries)

    monkeypatch.setattr(loading, "load_case_record", counted)
    return read


def test_the_case_clicked_on_the_list_opens_with_enter_without_being_read(
    gui: tuple[MainWindow, Controller], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, controller = gui
    reference = _click(window, 1)
    assert controller._reading_ahead is not None and controller._reading_ahead[0] == reference
    qtbot.waitUntil(lambda: controller._reading_ahead is None, timeout=10000)
    reads = _reads(monkeypatch)
    QTest.keyClick(window.case_page.table, Qt.Key.Key_Return)
    record = window.case_view.record
    assert record is not None and record.case.reference == reference
    assert reads == []
    assert controller.case_file is not None
    assert record == controller.case_file.case_record(reference, keep=False)
    assert window.case_view.chronology.model.total() == len(record.entries)


def test_a_case_opened_before_its_reading_ahead_ends_is_read_no_more_than_what_was_left(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch
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
    reads = _reads(monkeypatch)
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
