"""The GUI shell: start page, menus, shortcuts, recent files, geometry, About."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from casedesk.ui.main_window import MainWindow
from casedesk.ui.settings import UiSettings


def make_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow(UiSettings())
    qtbot.addWidget(window)
    return window


def test_menus_are_the_standard_five(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Case", "Help"]


def test_standard_shortcuts(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    assert window.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.lock_action.shortcut() == QKeySequence("Ctrl+L")
    assert window.quit_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)


def test_case_actions_are_disabled_without_a_case_file(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    assert window.pages.currentWidget() is window.start_page
    assert not any(action.isEnabled() for action in window.case_actions)
    assert window.case_status.text() == "No case file open"


def test_start_page_buttons_ask_for_new_and_open(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    with qtbot.waitSignal(window.new_case_file_requested):
        window.start_page.new_button.click()
    with qtbot.waitSignal(window.open_case_file_requested):
        window.start_page.open_button.click()


def test_recent_files_are_listed_and_open_on_activation(qtbot: QtBot, tmp_path: Path) -> None:
    existing = tmp_path / "work.casedesk"
    existing.write_bytes(b"")
    settings = UiSettings()
    settings.add_recent_file(existing)
    settings.add_recent_file(tmp_path / "gone.casedesk")  # missing files are not offered
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.start_page.recent_list.count() == 1
    assert [a.text() for a in window.recent_menu.actions()] == ["work.casedesk"]
    item = window.start_page.recent_list.item(0)
    with qtbot.waitSignal(window.recent_case_file_requested) as blocker:
        window.start_page.recent_list.itemActivated.emit(item)
    assert blocker.args == [existing.resolve()]


def test_window_geometry_is_remembered_between_runs(qtbot: QtBot) -> None:
    first = make_window(qtbot)
    first.show()
    first.setGeometry(QRect(40, 50, 640, 470))
    qtbot.waitExposed(first)
    first.close()
    second = make_window(qtbot)
    assert (second.width(), second.height()) == (640, 470)


def test_first_paint_is_reported(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()


def test_about_shows_version_and_licences(qtbot: QtBot) -> None:
    from casedesk import __version__
    from casedesk.ui.dialogs.about import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.licences.toPlainText()
    assert "SQLAlchemy" in text and "MIT" in text
    assert "PySide6" in text
    from PySide6.QtWidgets import QLabel

    assert any(__version__ in label.text() for label in dialog.findChildren(QLabel))


def test_the_application_starts_paints_and_quits_offscreen(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CASEDESK_BENCH_EXIT_ON_PAINT="1")
    result = subprocess.run(
        [sys.executable, "-m", "casedesk"], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("painted ")


def test_the_application_paints_under_a_real_x_server(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["CASEDESK_BENCH_EXIT_ON_PAINT"] = "1"
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable, "-m", "casedesk"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("painted ")
