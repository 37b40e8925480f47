"""Wires the desktop application: QApplication, the main window, and the case file.

This is the only module that sees every layer. It turns the window's requests (new, open,
lock) into service calls and shows their errors as plain sentences.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

_STARTED = time.perf_counter()


def run_gui(case_file: Path | None = None) -> int:
    """Start the desktop application; return its exit code."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from casedesk import __version__
    from casedesk.services.resources import resource
    from casedesk.ui.main_window import MainWindow, PaintReporter, paint_benchmark_requested
    from casedesk.ui.settings import UiSettings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("CaseDesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("CaseDesk")
    app.setDesktopFileName("casedesk")
    app.setWindowIcon(QIcon(str(resource("icons/casedesk.svg"))))
    app.setStyleSheet(resource("style.qss").read_text(encoding="utf-8"))

    window = MainWindow(UiSettings())
    controller = Controller(window)
    if paint_benchmark_requested():
        PaintReporter(window, _STARTED)
    window.show()
    if case_file is not None:
        controller.open_case_file(case_file)
    return app.exec()


class Controller:
    """Carries out what the main window asks for."""

    def __init__(self, window: object) -> None:
        from casedesk.ui.main_window import MainWindow

        assert isinstance(window, MainWindow)
        self.window = window
        window.new_case_file_requested.connect(self.new_case_file)
        window.open_case_file_requested.connect(self.choose_and_open)
        window.recent_case_file_requested.connect(self.open_case_file)

    def new_case_file(self) -> None:
        """File > New Case File."""
        self._not_yet("Creating case files")

    def choose_and_open(self) -> None:
        """File > Open Case File: choose a case file, then open it."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.window, "Open case file", "", "CaseDesk case files (*.casedesk);;All files (*)"
        )
        if path:
            self.open_case_file(Path(path))

    def open_case_file(self, path: Path) -> None:
        """Open ``path`` (asking for its passphrase)."""
        self._not_yet("Opening case files")

    def _not_yet(self, what: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            self.window, "CaseDesk", f"{what} is not part of this version of CaseDesk yet."
        )


def main() -> int:
    """GUI entry point (``casedesk-gui``)."""
    return run_gui(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
