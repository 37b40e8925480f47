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


# The watcher of each window with work waiting, by the window's id: work handed over for
# the same paint runs in the order it was handed over (the collector hold's first, so
# the case's health check and oversight run with the collector back on).
_WAITING: dict[int, _AfterPaint] = {}


def after_next_paint(
    window: QWidget, function: Callable[[], None], *, even_if_it_goes: bool = False
) -> None:
    """Call ``function`` once, on the turn of the event loop after the next paint of a
    widget of ``window`` (another window's paint, a dialog's or a tooltip's, may come
    first and does not count), after anything handed over before it for the same paint;
    at once if ``window`` is hidden or minimised (nothing of it will be painted) or there
    is no event loop. Should the window be deleted before its paint, ``function`` is
    dropped (it would reach for what is gone), or called then if ``even_if_it_goes``
    (what does not touch the window and must not be lost: the collector's release)."""
    app = QCoreApplication.instance()
    if app is None or not window.isVisible() or window.isMinimized():
        function()
        return
    waiting = _WAITING.get(id(window))
    if waiting is None:
        waiting = _WAITING[id(window)] = _AfterPaint(app, window)
    waiting.functions.append((function, even_if_it_goes))


class _AfterPaint(QObject):
    """Watches the application's paint events for one of ``window``'s. The paint of a
    window paints all its changed widgets at once, but when it comes depends on layouts
    settling first: a zero-interval timer started now can fire before it, one started
    from the paint fires after it."""

    def __init__(self, app: QCoreApplication, window: QWidget) -> None:
        super().__init__(app)
        self.functions: list[tuple[Callable[[], None], bool]] = []
        self._app = app
        self._window = window
        self._ran = False
        app.installEventFilter(self)
        QTimer.singleShot(0, self, self._start_fallback)
        window.destroyed.connect(self._forget)

    def _forget(self) -> None:
        """The window is gone before its paint: nothing of it will be painted. What
        waits for it is dropped (the fallback ran it, and it reached for what is gone),
        but for what was handed over ``even_if_it_goes``, called now."""
        if self._ran:
            return
        self.functions = [(f, keep) for f, keep in self.functions if keep]
        self._done()

    def _stop_taking_work(self) -> None:
        """Work handed over from now on waits for the window's next paint, not this."""
        if _WAITING.get(id(self._window)) is self:
            del _WAITING[id(self._window)]
        self._app.removeEventFilter(self)

    def _start_fallback(self) -> None:
        if not self._ran:
            QTimer.singleShot(LONGEST_WAIT_MS, self, self._done)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self._stop_taking_work()
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(0)
            timer.timeout.connect(self._done)
            timer.start()
        return False

    def _done(self) -> None:
        """Run what waits, each in turn even if one before it fails (the first failure is
        raised after, to the application's handler); the watcher goes either way."""
        if self._ran:
            return  # done already (the paint, then the fallback)
        self._ran = True
        self._stop_taking_work()
        functions, self.functions = self.functions, []
        failure: BaseException | None = None
        for function, _ in functions:
            try:
                function()
            except BaseException as error:
                failure = failure or error
        self.deleteLater()
        if failure is not None:
            raise failure
