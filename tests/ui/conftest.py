"""What several GUI tests share: the main window with its controller, no file open; a
demo unlocked in a window whose background work a test steps by hand."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from casedesk.services.case_file import CaseFile
from casedesk.services.demo import DEMO_PASSPHRASE
from casedesk.storage import loading
from casedesk.ui import health_actions
from casedesk.ui.controller import Controller
from casedesk.ui.main_window import MainWindow
from casedesk.ui.settings import UiSettings


@pytest.fixture
def gui(qtbot: QtBot) -> Iterator[tuple[MainWindow, Controller]]:
    """The main window and its controller (a test's own ``gui`` fixture overrides this);
    any file a test opened is closed after it."""
    window = MainWindow(UiSettings())
    qtbot.addWidget(window)
    controller = Controller(window)
    yield window, controller
    controller.close_case_file()


def stepped_by_hand(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[MainWindow, Controller]:
    """A copy of ``demo`` unlocked in a window (not kept by qtbot: the test may destroy
    it), its background work stopped: each call of ``_check_next_case`` is one step,
    cases read in pages of 7 rows."""
    monkeypatch.setattr(loading, "PAGE_ROWS", 7)
    path = tmp_path / demo.name
    shutil.copytree(demo, path)
    window = MainWindow(UiSettings())
    controller = Controller(window)
    controller._opened(CaseFile.open(path, DEMO_PASSPHRASE))
    controller._health_timer.stop()
    monkeypatch.setattr(health_actions, "TICK_SECONDS", 0.0)
    return window, controller
