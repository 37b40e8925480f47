"""Work put off until a window has been painted: what the worker waits to see first.

Opening a case shows its chronology; the case's health check and oversight, and the
cyclic collection that reading it would start (``collector_hold``), are wanted soon but
not before the worker sees the case. Each is handed to ``after_next_paint`` and runs on
the turn of the event loop after the window's next paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# If nothing is painted (the window covered, say), the work runs this long after the
# event loop first turns anyway. Counted from that turn, not from the call: what runs
# after the call before the loop turns (hundreds of milliseconds on a loaded machine)
# would otherwise use up the wait, and the overdue fallback could run the work before
# the paint it was waiting for.
LONGEST_WAIT_MS = 500


def after_next_paint(window: QWidget, function: Callable[[], None]) -> None:
    """Call ``function`` once, on the turn of the event loop after the next paint of a
    widget of ``window`` (another window's paint, a dialog's or a tooltip's, may come
    first and does not count); at once if ``window`` is hidden or minimised (nothing of
    it will be painted) or there is no event loop."""
    app = QCoreApplication.instance()
    if app is None or not window.isVisible() or window.isMinimized():
        function()
        return
    _AfterPaint(app, window, function)


class _AfterPaint(QObject):
    """Watches the application's paint events for one of ``window``'s. The paint of a
    window paints all its changed widgets at once, but when it comes depends on layouts
    settling first: a zero-interval timer started now can fire before it, one started
    from the paint fires after it."""

    def __init__(
        self, app: QCoreApplication, window: QWidget, function: Callable[[], None]
    ) -> None:
        super().__init__(app)
        self._function: Callable[[], None] | None = function
        self._app = app
        self._window = window
        app.installEventFilter(self)
        QTimer.singleShot(0, self, self._start_fallback)

    def _start_fallback(self) -> None:
        if self._function is not None:
            QTimer.singleShot(LONGEST_WAIT_MS, self, self._done)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self._app.removeEventFilter(self)
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(0)
            timer.timeout.connect(self._done)
            timer.start()
        return False

    def _done(self) -> None:
        function, self._function = self._function, None
        if function is not None:
            self._app.removeEventFilter(self)
            function()
            self.deleteLater()
