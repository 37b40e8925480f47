"""Typing a passphrase (Show button, Caps Lock warning) and the lock screen, as a user
meets them: lock, see which file is locked and nothing of it, unlock back to the same case
and tab, or close the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from casedesk.domain.errors import DamagedCaseFileError
from casedesk.services.case_file import FLOOR, CaseFile, CaseSummaryRow
from casedesk.services.demo import write_data
from casedesk.services.synthetic import generate
from casedesk.ui.controller import Controller
from casedesk.ui.dialogs.new_case_file import NewCaseFileDialog
from casedesk.ui.dialogs.passphrase_fields import CAPS_LOCK_WARNING
from casedesk.ui.dialogs.unlock import UnlockDialog
from casedesk.ui.main_window import MainWindow

PASSPHRASE = "kettle mango violin harbour"


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    path = tmp_path / "work.casedesk"
    case_file, _ = CaseFile.create(path, PASSPHRASE, "Sam Worker", kdf=FLOOR)
    with case_file:
        write_data(case_file, generate(seed=3, cases=3, entries=20))
    return path


def type_and_unlock(qtbot: QtBot, dialog: UnlockDialog, secret: str = PASSPHRASE) -> int:
    dialog.secret.setFocus()
    qtbot.keyClicks(dialog.secret, secret)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    return int(dialog.result())


def test_the_passphrase_can_be_shown_from_the_keyboard_and_caps_lock_is_noticed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    tried: list[str] = []
    dialog = UnlockDialog(tmp_path / "work.casedesk", lambda s, _r: tried.append(s) or "No.")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.secret.setFocus()
    # Capitals typed without Shift: Caps Lock is on (as far as Qt can tell).
    qtbot.keyClicks(dialog.secret, "KETTLE")
    warning = dialog.entry.caps_warning
    assert warning.isVisible() and CAPS_LOCK_WARNING in warning.text()
    qtbot.keyClicks(dialog.secret, " mango")
    assert not warning.isVisible()
    qtbot.keyClicks(dialog.secret, "V", Qt.KeyboardModifier.ShiftModifier)
    assert not warning.isVisible(), "a capital with Shift says nothing of Caps Lock"
    assert dialog.secret.echoMode() is QLineEdit.EchoMode.Password
    # Tab from the field reaches the Show button, which says what it does.
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Tab)
    button = dialog.entry.show_button
    assert dialog.focusWidget() is button
    assert button.accessibleName() == "Show the passphrase"
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert dialog.secret.echoMode() is QLineEdit.EchoMode.Normal
    assert button.accessibleName() == "Hide the passphrase"
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert tried == ["KETTLE mangoV"]


def test_a_new_passphrase_and_its_confirmation_are_shown_together(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = NewCaseFileDialog(lambda *_args: None, tmp_path, "Sam Worker")
    qtbot.addWidget(dialog)
    fields = dialog.fields
    qtbot.mouseClick(fields.entry.show_button, Qt.MouseButton.LeftButton)
    assert {fields.passphrase.echoMode(), fields.confirmation.echoMode()} == {
        QLineEdit.EchoMode.Normal
    }
    assert fields.entry.show_button.accessibleName() == "Hide the passphrases"


def visible_text(window: QWidget) -> str:
    """Every label on screen in the main window (the window title and status bar too)."""
    labels = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    return "\n".join([window.windowTitle(), *labels])


def _showing_a_case(
    window: MainWindow,
    controller: Controller,
    case_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> str:
    """The window at a laptop's size, the file unlocked with the passphrase typed, its
    second case shown. The case's reference."""
    window.resize(1024, 700)
    window.show()
    monkeypatch.setattr(UnlockDialog, "exec", lambda d: type_and_unlock(qtbot, d))
    assert controller.open_case_file(case_path)
    reference = controller.case_file.case_references()[1]  # type: ignore[union-attr]
    controller.show_case(reference)
    return reference


def test_locking_shows_which_file_is_locked_and_nothing_of_it_then_unlock_returns(
    gui: tuple[MainWindow, Controller],
    case_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    window, controller = gui
    reference = _showing_a_case(window, controller, case_path, monkeypatch, qtbot)
    window.case_view.tabs.setCurrentIndex(2)
    tab = window.case_view.tabs.tabText(2)
    record = window.case_view.record
    assert record is not None
    child = record.subject_child.display_name

    seen: dict[str, object] = {}

    def cancel(dialog: UnlockDialog) -> int:
        seen["page"] = window.pages.currentWidget()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(UnlockDialog, "exec", cancel)
    window.lock_action.trigger()  # Ctrl+L, or the idle timeout
    lock_screen = controller.lock_screen
    assert seen["page"] is lock_screen, "the lock screen is behind the unlock dialog"
    # The dialog was cancelled: the lock screen stays, naming the file and nothing else.
    assert window.pages.currentWidget() is lock_screen
    shown = visible_text(window)
    assert "work.casedesk is locked" in shown
    assert reference not in shown and child not in shown
    assert window.case_page.model.rowCount() == 0 and window.case_view.record is None
    assert lock_screen.unlock_button.text().replace("&", "") == "Unlock…"
    # Unlock from the lock screen: the passphrase typed, back to the same case and tab.
    monkeypatch.setattr(UnlockDialog, "exec", lambda d: type_and_unlock(qtbot, d))
    qtbot.mouseClick(lock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.case_view
    assert window.case_view.record is not None
    assert window.case_view.record.case.reference == reference
    assert window.case_view.tabs.tabText(window.case_view.tabs.currentIndex()) == tab


def test_close_file_on_the_lock_screen_returns_to_the_start_page(
    gui: tuple[MainWindow, Controller],
    case_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    window, controller = gui
    monkeypatch.setattr(UnlockDialog, "exec", lambda d: type_and_unlock(qtbot, d))
    assert controller.open_case_file(case_path)
    monkeypatch.setattr(UnlockDialog, "exec", lambda d: int(QDialog.DialogCode.Rejected))
    controller.lock()
    qtbot.mouseClick(controller.lock_screen.close_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.start_page
    assert controller.locked_path is None and controller.case_file is None
    assert window.case_status.text() == "No case file open"


def _locked_on_a_case(
    window: MainWindow,
    controller: Controller,
    case_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> str:
    """The file opened, a case shown on its genogram tab, then locked (Ctrl+L) and the
    unlock dialog set aside: the lock screen in front. The case's reference."""
    reference = _showing_a_case(window, controller, case_path, monkeypatch, qtbot)
    window.case_view.tabs.setCurrentWidget(window.case_view.genogram)
    monkeypatch.setattr(UnlockDialog, "exec", lambda d: int(QDialog.DialogCode.Rejected))
    window.lock_action.trigger()
    assert window.pages.currentWidget() is controller.lock_screen
    monkeypatch.setattr(UnlockDialog, "exec", lambda d: type_and_unlock(qtbot, d))
    return reference


def test_unlocking_back_to_a_case_shows_it_before_the_case_list_is_read(
    gui: tuple[MainWindow, Controller],
    case_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    """Unlocking returns to the case the file was locked on. The worker waits for that
    case, not for the case list behind it (every case read for its counts: the longest
    part of an unlock after the passphrase in a large file): the list, the work tray and
    its counts are filled once the case is painted, and the Health check column begins."""
    window, controller = gui
    reference = _locked_on_a_case(window, controller, case_path, monkeypatch, qtbot)
    lists_read: list[str | None] = []
    real_summaries = CaseFile.case_summaries

    def summaries(case_file: CaseFile) -> list[CaseSummaryRow]:
        shown = window.case_view.record
        lists_read.append(shown.case.reference if shown is not None else None)
        return real_summaries(case_file)

    monkeypatch.setattr(CaseFile, "case_summaries", summaries)
    qtbot.mouseClick(controller.lock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.case_view
    assert window.case_view.record is not None
    assert window.case_view.record.case.reference == reference
    assert window.case_view.tabs.currentWidget() is window.case_view.genogram
    focused = window.focusWidget()
    assert focused is not None and focused.isVisible(), "the keyboard on the case"
    assert window.case_view.isAncestorOf(focused)
    assert lists_read == [] and window.case_page.model.rowCount() == 0
    qtbot.waitUntil(lambda: window.case_page.model.rowCount() == 3)
    assert lists_read == [reference], "the case list was read after the case was shown"
    tray = window.case_page.tray_summary.text()
    assert tray and window.statusBar().currentMessage() == tray
    assert window.pages.currentWidget() is window.case_view, "the worker stays on the case"
    qtbot.waitUntil(lambda: not controller._health_timer.isActive(), timeout=10_000)
    assert set(controller.health_cache) == set(controller.case_file.case_references())  # type: ignore[union-attr]
    # Back to the case list: every case there.
    window.case_view.back_requested.emit()
    assert window.pages.currentWidget() is window.case_page
    assert window.case_page.model.rowCount() == 3


def test_locked_again_before_the_case_is_painted_nothing_is_read_behind_it(
    gui: tuple[MainWindow, Controller],
    case_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    """Unlocked back to a case and locked again at once (before the window was painted):
    the case list behind it is not read into the locked window."""
    window, controller = gui
    _locked_on_a_case(window, controller, case_path, monkeypatch, qtbot)
    qtbot.mouseClick(controller.lock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert controller.case_file is not None
    monkeypatch.setattr(UnlockDialog, "exec", lambda d: int(QDialog.DialogCode.Rejected))
    window.lock_action.trigger()
    qtbot.wait(100)  # the paint, and the turn after it
    assert window.pages.currentWidget() is controller.lock_screen
    assert window.case_page.model.rowCount() == 0
    assert window.case_page.tray_summary.text() == ""


def test_a_damaged_case_list_met_behind_the_case_is_said_in_words(
    gui: tuple[MainWindow, Controller],
    case_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    """A large file is unlocked before its pages are checked: a damaged page first met by
    reading the case list behind the case is said in the file's own sentence, not as
    something CaseDesk did not expect."""
    window, controller = gui
    _locked_on_a_case(window, controller, case_path, monkeypatch, qtbot)
    sentence = "The case file's database is damaged: a part of it just read fails."

    def damaged(_case_file: CaseFile) -> list[CaseSummaryRow]:
        raise DamagedCaseFileError(sentence)

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(CaseFile, "case_summaries", damaged)
    qtbot.mouseClick(controller.lock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.case_view
    qtbot.waitUntil(lambda: warnings == [sentence])
    # Closed, as an unlock that cannot list the cases leaves the file.
    assert controller.case_file is None
    assert window.pages.currentWidget() is window.start_page


def test_unlocking_back_to_a_case_that_cannot_be_shown_shows_the_case_list(
    gui: tuple[MainWindow, Controller],
    case_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    """The case the file was locked on cannot be read now: the warning says why, over the
    lock screen (not over a case list that says the file has no cases), and then the
    case list is shown, every case in it."""
    window, controller = gui
    _locked_on_a_case(window, controller, case_path, monkeypatch, qtbot)
    sentence = "The case file's database is damaged: a part of it just read fails."

    def unreadable(_case_file: CaseFile, _reference: str, **_: object) -> object:
        raise DamagedCaseFileError(sentence)

    behind: list[object] = []

    def warn(_parent: object, _title: str, text: str) -> None:
        behind.append((text, window.pages.currentWidget(), window.case_page.no_cases.isVisible()))

    monkeypatch.setattr(QMessageBox, "warning", warn)
    monkeypatch.setattr(CaseFile, "case_record", unreadable)
    qtbot.mouseClick(controller.lock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert behind == [(sentence, controller.lock_screen, False)]
    assert window.pages.currentWidget() is window.case_page
    assert window.case_page.model.rowCount() == 3
