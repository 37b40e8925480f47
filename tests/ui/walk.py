"""A walk through everything a user can open: the main window with the demo case file,
every screen and tab, every button and menu item that opens a dialog, and the dialogs they
open. A test gives it a ``Looker`` (what a screen reader hears, what a translator missed)
and it calls ``look`` at each window.

Dialogs are opened the way a user opens them, with ``exec`` patched to look at the dialog
and close it.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

import casedesk.ui.dialogs
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import DEMO_FILE_NAME, DEMO_PASSPHRASE, create_demo
from casedesk.ui.controller import Controller
from casedesk.ui.dialogs.unlock import UnlockDialog
from casedesk.ui.main_window import MainWindow
from casedesk.ui.settings import UiSettings

PASSPHRASE = DEMO_PASSPHRASE
EXAMPLE_RECOVERY_KEY = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"
# Dialogs the walk cannot open by a button or a menu item, and why.
NOT_OPENED = {
    "RecoveryKeyDialog": "shown only after a new case file is made (opened by hand below)",
    "DuplicatesDialog": "shown only when an import finds duplicates (opened by hand below)",
}
# Buttons the walk does not press: they leave the screen being walked.
LEAVES = re.compile(r"All cases|Open in the chronology")


def dialog_classes() -> dict[str, type[QDialog]]:
    """Every dialog class of ui/dialogs."""
    found: dict[str, type[QDialog]] = {}
    for info in pkgutil.iter_modules(casedesk.ui.dialogs.__path__):
        module = importlib.import_module(f"casedesk.ui.dialogs.{info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__:
                found[name] = cls
    return found


class Looker(Protocol):
    """What a walk tells of each window it comes to."""

    dialogs: set[str]

    def look(self, where: str, root: QWidget) -> None:
        """Look at ``root`` (a dialog, or the main window on a screen or tab)."""


def demo_window(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, Controller]]:
    """The main window on a laptop screen, the demo case file open."""
    path = tmp_path / DEMO_FILE_NAME
    create_demo(path, cases=2, kdf=FLOOR)
    window = MainWindow(UiSettings())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    controller = Controller(window)
    controller._opened(CaseFile.open(path, PASSPHRASE))
    window.show()
    qtbot.waitExposed(window)
    yield window, controller
    controller.close_case_file()


def open_dialogs_with(monkeypatch: pytest.MonkeyPatch, found: Looker) -> None:
    """Every dialog opened is looked at by ``found`` (with the dialogs it opens by its own
    buttons) and closed; file choosers and questions answer 'cancel'."""
    opening: list[QDialog] = []

    def look_at(dialog: QDialog) -> int:
        name = type(dialog).__name__
        if name in found.dialogs or isinstance(dialog, QMessageBox) or len(opening) > 2:
            return int(QDialog.DialogCode.Rejected)
        found.dialogs.add(name)
        opening.append(dialog)
        dialog.show()
        found.look(name, dialog)
        if isinstance(dialog, UnlockDialog):
            dialog.secret.setText(PASSPHRASE)
            dialog.unlock_button.click()
        else:
            for button in dialog.findChildren(QPushButton):
                if button.text().endswith("…") and button.isEnabled() and button.isVisible():
                    button.click()  # a dialog the dialog opens
            dialog.reject()
        opening.pop()
        dialog.hide()
        return dialog.result()

    def cancel(*_args: object, **_kw: object) -> tuple[str, str]:
        return "", ""

    monkeypatch.setattr(QDialog, "exec", look_at)
    from PySide6.QtPrintSupport import QPrintDialog

    for qt_own in (QMessageBox, QPrintDialog, QFileDialog, QInputDialog):
        monkeypatch.setattr(qt_own, "exec", lambda *_a: int(QDialog.DialogCode.Rejected))
    for chooser in ("getSaveFileName", "getOpenFileName"):
        monkeypatch.setattr(QFileDialog, chooser, staticmethod(cancel))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    for box in ("information", "warning", "critical"):
        monkeypatch.setattr(
            QMessageBox, box, staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)
        )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )


def press_every_button(page: QWidget) -> None:
    """Press each button of ``page`` a user could press, with the first row of each table
    chosen (so Change… and Mark done… have something to open)."""
    for view in page.findChildren(QAbstractItemView):
        if view.isVisible() and view.model() is not None and view.model().rowCount() > 0:
            view.setCurrentIndex(view.model().index(0, 0))
    for button in page.findChildren(QAbstractButton):
        text = button.text()
        shown = button.isVisible() and button.isEnabled()
        if shown and text.endswith("…") and not LEAVES.search(text):
            button.click()


def _show_case(window: MainWindow, controller: Controller, reference: str) -> None:
    """Open a case as the case list does, and wait as a worker would for its health check
    and oversight (they follow the window's paint)."""
    controller.show_case(reference)
    line = window.case_view.health_line
    waited = 0
    while line.checking and waited < 30000:
        QTest.qWait(10)
        waited += 10
    assert not line.checking, f"{reference}: its health check never came"


def walk_everything(window: MainWindow, controller: Controller, audit: Looker) -> None:
    """Every screen and tab of the window, every button and menu item that opens a dialog."""
    # Windows an earlier test left open are not this walk's (nor made in its language).
    earlier = {id(widget) for widget in QApplication.topLevelWidgets()}
    case_tabs = window.case_page.tabs
    for index in range(case_tabs.count()):
        case_tabs.setCurrentIndex(index)
        audit.look(f"case list: {case_tabs.tabText(index)}", window)
    case_tabs.setCurrentIndex(0)
    assert controller.case_file is not None
    _show_case(window, controller, controller.case_file.case_references()[0])
    window.case_view.genogram  # noqa: B018 (the diagram tabs are made on first use)
    tabs = window.case_view.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        audit.look(f"case: {tabs.tabText(index)}", window)
        press_every_button(window.case_view)
        tabs.setCurrentIndex(index)
    oversight = window.case_view.oversight_tab  # Sign off… opens for what was submitted
    for reference in controller.case_file.case_references():
        _show_case(window, controller, reference)
        tabs.setCurrentWidget(oversight)
        for row in range(oversight.approvals.rowCount()):
            oversight.approvals_table.selectRow(row)
            oversight.sign_button.click()
    skip = {window.quit_action, window.close_action, window.lock_action, window.back_action}
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        menu.aboutToShow.emit()  # as when the menu opens: items enabled by what is open
        for action in menu.actions():
            plain = action.menu() is None and not action.isCheckable()
            if plain and action.isEnabled() and not action.isSeparator() and action not in skip:
                action.trigger()
    for shown in QApplication.topLevelWidgets():  # the help, which is not modal
        if isinstance(shown, QDialog) and shown.isVisible() and id(shown) not in earlier:
            audit.dialogs.add(type(shown).__name__)
            audit.look(type(shown).__name__, shown)
    window.lock_action.trigger()  # the unlock dialog, answered with the passphrase
    assert controller.case_file is not None, "unlocked again"


def open_by_hand(audit: Looker, window: MainWindow) -> None:
    """The dialogs in NOT_OPENED, made as their callers make them."""
    from casedesk.ui.dialogs.duplicates import DuplicatesDialog
    from casedesk.ui.dialogs.recovery_key import RecoveryKeyDialog

    RecoveryKeyDialog(EXAMPLE_RECOVERY_KEY, "work.casedesk", window).exec()
    DuplicatesDialog(0, [], window).exec()
