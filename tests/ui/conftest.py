"""What several GUI tests share: the main window with its controller, no file open."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

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
