"""Python's cyclic garbage collector held off until a case is on screen.

Reading and showing a 5,000-entry case makes some 60,000 objects, none in a reference
cycle, with the collector paused (``services.gc_pause``). Enabled again as soon as the
reading was done, its next allocation started a collection that walked all 60,000 before
the chronology was painted (measured in a first open after unlocking: 9-12 ms median,
18-24 ms mean). Held
until the paint, the same collection runs on a later turn of the event loop, when the
worker already sees the case.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from casedesk.services.gc_pause import gc_paused

# If nothing is painted (a minimised window), the collector is enabled this long after
# the event loop first turns anyway. Counted from that turn, not from the end of the
# reading: what runs after it before the loop turns (the case's health and oversight,
# hundreds of milliseconds on a loaded machine) would otherwise use up the wait, and the
# overdue fallback could fire before the paint it was waiting for.
LONGEST_HOLD_MS = 500


def held_until_painted(window: QWidget) -> AbstractContextManager[None]:
    """No cyclic collection inside the block nor until ``window``'s next paint after it
    is done (if the collector was enabled before: blocks nest). Another window's paint (a
    dialog, a tooltip) does not count: it may come first."""
    return gc_paused(resume=lambda function: _AfterPaint.call(window, function))


class _AfterPaint(QObject):
    """Calls a function once, on the turn of the event loop after the next paint of a
    widget of ``window``. The paint of a window paints all its changed widgets at once, but when it
    comes depends on layouts settling first: a zero-interval timer started now can fire
    before it, one started from the paint fires after it."""

    @classmethod
    def call(cls, window: QWidget, function: Callable[[], None]) -> None:
        app = QCoreApplication.instance()
        if app is None:  # no event loop to wait for
            function()
            return
        cls(app, window, function)

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
            QTimer.singleShot(LONGEST_HOLD_MS, self, self._done)

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
