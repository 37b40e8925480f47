"""Wires the desktop application: QApplication, the main window, and the case file.

This is the only module that sees every layer. It turns the window's requests (new, open,
lock) into service calls and shows their errors as plain sentences.
"""

from __future__ import annotations

import importlib
import sys
import threading
import time
from pathlib import Path
from types import TracebackType

from casedesk.domain.wording import translate

_STARTED = time.perf_counter()


def run_gui(case_file: Path | None = None) -> int:
    """Start the desktop application; return its exit code."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from casedesk import __version__
    from casedesk.services.resources import resource
    from casedesk.ui.look import apply_look
    from casedesk.ui.main_window import MainWindow, PaintReporter, paint_benchmark_requested
    from casedesk.ui.settings import UiSettings
    from casedesk.ui.startup_probe import StartupProbe, watch_requested
    from casedesk.ui.translation import install_translations

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("CaseDesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("CaseDesk")
    app.setDesktopFileName("casedesk")
    app.setWindowIcon(QIcon(str(resource("icons/casedesk.svg"))))
    apply_look(app)  # the stylesheet, in the system's palette and font size
    install_translations(app)  # before any window: its words are translated as made

    window = MainWindow(UiSettings())
    sys.excepthook = _show_unexpected_error
    if paint_benchmark_requested():
        PaintReporter(window, _STARTED)
    elif watch_requested():
        StartupProbe(window, _STARTED, watch_requested())
    # The controller pulls in the database stack (SQLAlchemy, SQLCipher, the PDF and
    # signing libraries): a second of importing on a slow machine, which neither the first
    # paint nor the window's answering a click should wait for. It is imported beside the
    # event loop, which Python hands the interpreter every few milliseconds meanwhile;
    # defining classes needs no Qt thread, and nothing is made until ``wire`` runs.
    importing = threading.Thread(target=_import_controller, name="import", daemon=True)
    importing.start()
    window.show()

    def wire() -> None:
        if importing.is_alive():
            QTimer.singleShot(10, wire)
            return
        from casedesk.ui.controller import Controller

        controller = Controller(window)
        app.aboutToQuit.connect(controller.close_case_file)
        if case_file is not None:
            controller.open_case_file(case_file.expanduser().resolve())

    window.first_painted.connect(wire)
    return app.exec()


def _import_controller() -> None:
    # Hand the interpreter back to the event loop every millisecond (not Python's usual
    # five) while importing: the window's timers and input wait less.
    usual = sys.getswitchinterval()
    sys.setswitchinterval(0.001)
    try:
        # The diagram tabs too: the controller makes them as it starts.
        for module in ("casedesk.ui.controller", "casedesk.ui.widgets.diagram_tabs"):
            importlib.import_module(module)
    finally:
        sys.setswitchinterval(usual)


def _show_unexpected_error(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """Unexpected errors: a plain dialog and a report without case content."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from casedesk.domain.errors import CaseDeskError
    from casedesk.services.crash_log import write_crash_report

    if isinstance(exc, CaseDeskError):
        QMessageBox.warning(QApplication.activeWindow(), "CaseDesk", str(exc))
        return
    report = write_crash_report(exc_type, tb)
    QMessageBox.critical(
        QApplication.activeWindow(),
        "CaseDesk",
        translate(
            "app",
            "Something went wrong that CaseDesk did not expect. What you had saved is safe. "
            "A report without case content was written to {report}; please send it to your "
            "support contact.",
        ).format(report=report),
    )


def main() -> int:
    """GUI entry point (``casedesk-gui``)."""
    return run_gui(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
