"""Every main task by the keyboard alone: open a case file, find a case and open it,
record a visit, add a person, search the chronology, go back, copy rows and lock.

Only key presses reach the application (``QTest`` on whatever has the focus); dialogs run
their real ``exec``, and a timer types into the one in front, as a user would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from casedesk.services.case_file import FLOOR
from casedesk.services.demo import DEMO_FILE_NAME, DEMO_PASSPHRASE, create_demo
from casedesk.ui.accessibility import spoken_name
from casedesk.ui.controller import Controller
from casedesk.ui.main_window import MainWindow
from casedesk.ui.settings import UiSettings

Key = Qt.Key
Mod = Qt.KeyboardModifier


@pytest.fixture
def gui(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, Controller, Path]]:
    """The start page, the demo case file among the recent files, nothing open."""
    path = tmp_path / DEMO_FILE_NAME
    create_demo(path, cases=3, kdf=FLOOR)
    settings = UiSettings()
    settings.add_recent_file(path)
    settings.note_case_file_made()  # not the first run: the usual start page
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    controller = Controller(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window, controller, path
    controller.close_case_file()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "something has the keyboard focus"
    return widget


def press(key: Key, modifier: Mod = Mod.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def tab_to(name: str, limit: int = 60) -> QWidget:
    """Press Tab until the control a screen reader calls ``name`` (or a name starting
    with it) has the focus."""
    for _ in range(limit):
        if spoken_name(focused()).startswith(name):
            return focused()
        press(Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name!r} (stopped at {spoken_name(focused())!r})")


def in_dialog(qtbot: QtBot, kind: str, keys: Callable[[QDialog], None]) -> list[str]:
    """When a dialog of class ``kind`` is in front, press ``keys`` in it (once)."""
    done: list[str] = []

    def poll(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and type(dialog).__name__ == kind and dialog.isVisible():
            dialog.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            done.append(kind)
            try:
                keys(dialog)
            except AssertionError as error:  # said by the test, the dialog closed
                done.append(str(error))
            if dialog.isVisible():
                done.append(f"{kind} was still open after the keys")
                dialog.reject()
        elif tries < 400:
            QTimer.singleShot(10, lambda: poll(tries + 1))
        elif isinstance(dialog, QDialog):
            dialog.reject()  # never block the test: it fails on ``done`` instead

    QTimer.singleShot(0, poll)
    return done


def window_in_front(window: MainWindow, qtbot: QtBot) -> None:
    """After a dialog closes, the main window is in front again (as a window manager
    brings it back; the offscreen platform has none)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def unlock(dialog: QDialog) -> None:
    assert spoken_name(focused()) == "Passphrase or recovery key", "the passphrase is first"
    type_text(DEMO_PASSPHRASE)
    press(Key.Key_Return)


def test_every_main_task_is_reached_with_the_keyboard_alone(
    gui: tuple[MainWindow, Controller, Path], qtbot: QtBot
) -> None:
    window, controller, _path = gui
    assert not window.find_action.isEnabled(), "nothing to find on the start page"

    # Open: Tab to the recent case files, Enter on the demo, type the passphrase.
    tab_to("Recent case files")
    opened = in_dialog(qtbot, "UnlockDialog", unlock)
    press(Key.Key_Down)
    press(Key.Key_Return)
    assert opened == ["UnlockDialog"] and controller.case_file is not None
    assert window.pages.currentWidget() is window.case_page
    window_in_front(window, qtbot)
    assert focused() is window.case_page.table, "the keyboard starts on the cases"

    # Find a case: Ctrl+F, type its reference, Tab to the list, Enter.
    assert window.find_action.isEnabled()
    press(Key.Key_F, Mod.ControlModifier)
    assert focused() is window.case_page.search
    type_text("DEMO-0002")
    assert window.case_page.proxy.rowCount() == 1
    press(Key.Key_Tab)
    assert focused() is window.case_page.table
    press(Key.Key_Return)
    assert window.pages.currentWidget() is window.case_view
    assert controller.current_reference == "DEMO-0002"

    # Record a visit: Ctrl+Shift+V; the child seen, who was there, what was said; Enter.
    entries = window.case_view.chronology.model.total()

    def visit(dialog: QDialog) -> None:
        tab_to("Was ")
        press(Key.Key_Down)
        press(Key.Key_Tab)
        type_text("Danielle (mother)")
        press(Key.Key_Tab)
        type_text("I like my room.")
        press(Key.Key_Tab)
        type_text("Seen alone in her bedroom; clean and dressed.")
        press(Key.Key_Tab)
        type_text("Warm, food in the fridge.")
        tab_to("Source")  # a one-line field, where Enter saves (in a box it is a new line)
        press(Key.Key_Return)

    visited = in_dialog(qtbot, "VisitDialog", visit)
    press(Key.Key_V, Mod.ControlModifier | Mod.ShiftModifier)
    assert visited == ["VisitDialog"]
    window_in_front(window, qtbot)
    qtbot.waitUntil(lambda: window.case_view.chronology.model.total() == entries + 1)

    # Add a person: Ctrl+Shift+P; names typed, identification chosen; Enter.
    people = window.case_view.people_model.rowCount()

    def person(dialog: QDialog) -> None:
        tab_to("Given names")
        type_text("Rose")
        tab_to("Family name")
        type_text("Keyboard")
        tab_to("Identification")
        press(Key.Key_End)  # not identified: who she is, still to find out
        press(Key.Key_Return)

    added = in_dialog(qtbot, "PersonDialog", person)
    press(Key.Key_P, Mod.ControlModifier | Mod.ShiftModifier)
    assert added == ["PersonDialog"]
    qtbot.waitUntil(lambda: window.case_view.people_model.rowCount() == people + 1)

    # Search the chronology: Ctrl+F lands in its search box, on the Chronology tab.
    window_in_front(window, qtbot)
    press(Key.Key_F, Mod.ControlModifier)
    chronology = window.case_view.chronology
    assert focused() is chronology.search
    assert window.case_view.tabs.currentWidget() is chronology
    type_text("fridge")  # what the visit recorded
    shown = chronology.model.rowCount()
    assert 0 < shown < chronology.model.total()

    # Escape clears the search first; then leaves the case for the list.
    press(Key.Key_Escape)
    assert chronology.search.text() == "" and window.pages.currentWidget() is window.case_view
    press(Key.Key_Escape)
    assert window.pages.currentWidget() is window.case_page
    assert focused() is window.case_page.table

    # Lock: Ctrl+L asks for the passphrase again; typed, the file is open again.
    relocked = in_dialog(qtbot, "UnlockDialog", unlock)
    press(Key.Key_L, Mod.ControlModifier)
    assert relocked == ["UnlockDialog"] and controller.case_file is not None


def open_first_case(window: MainWindow, controller: Controller, qtbot: QtBot) -> None:
    opened = in_dialog(qtbot, "UnlockDialog", unlock)
    tab_to("Recent case files")
    press(Key.Key_Down)
    press(Key.Key_Return)
    assert opened and controller.case_file is not None
    window_in_front(window, qtbot)


def test_tab_leaves_every_table_and_alt_left_goes_back(
    gui: tuple[MainWindow, Controller, Path], qtbot: QtBot
) -> None:
    window, controller, _path = gui
    open_first_case(window, controller, qtbot)
    table = window.case_page.table
    table.setFocus()
    press(Key.Key_Tab)
    assert focused() is not table, "Tab left the case list"
    table.setFocus()
    press(Key.Key_Return)
    assert window.pages.currentWidget() is window.case_view
    for view in window.findChildren(QAbstractItemView):
        assert not view.tabKeyNavigation(), f"Tab is trapped in {spoken_name(view)!r}"
    people = window.case_view.people_table
    window.case_view.tabs.setCurrentIndex(0)
    people.setFocus()
    for _ in range(3):
        press(Key.Key_Tab)
        assert focused() is not people
        people.setFocus()
    press(Key.Key_Left, Mod.AltModifier)
    assert window.pages.currentWidget() is window.case_page


def test_copy_copies_the_chosen_rows_as_shown_and_only_when_some_are_chosen(
    gui: tuple[MainWindow, Controller, Path], qtbot: QtBot
) -> None:
    window, controller, _path = gui
    open_first_case(window, controller, qtbot)
    press(Key.Key_F, Mod.ControlModifier)
    assert focused() is window.case_page.search
    assert not window.copy_action.isEnabled(), "an empty search box has nothing to copy"
    press(Key.Key_Tab)
    table = window.case_page.table
    assert focused() is table
    press(Key.Key_Home)  # the first case
    press(Key.Key_Down, Mod.ShiftModifier)  # and the second
    assert window.copy_action.isEnabled()
    press(Key.Key_C, Mod.ControlModifier)
    lines = QApplication.clipboard().text().splitlines()
    model = window.case_page.proxy
    header = table.horizontalHeader()
    shown = [header.logicalIndex(v) for v in range(header.count())]
    shown = [c for c in shown if not header.isSectionHidden(c)]
    assert lines == [
        "\t".join(str(model.index(row, c).data() or "") for c in shown) for row in (0, 1)
    ], "two rows, a tab between cells, the columns in the order shown"
