"""For the start-up benchmark only: how soon the window answers, and how long the event
loop is kept waiting afterwards.

``CASEDESK_BENCH_WATCH_SECONDS=N`` (with ``casedesk-gui``): prints ``painted`` (process
start to the first paint), ``answers`` (to the first event handled after it: the moment
a click or a key would be), then watches the event loop for N seconds with a timer due
every 10 ms and prints ``late``, the longest it waited beyond that, and quits.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

TICK_MS = 10


def watch_requested() -> float:
    """Seconds to watch the event loop for (0: not asked)."""
    try:
        return max(0.0, float(os.environ.get("CASEDESK_BENCH_WATCH_SECONDS", "0")))
    except ValueError:
        return 0.0


class StartupProbe(QObject):
    """Reports the start-up figures above on stdout (see the module notes)."""

    def __init__(self, window: QWidget, started: float, seconds: float) -> None:
        super().__init__(window)
        self._started, self._seconds = started, seconds
        self._last = 0.0
        self._late = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        window.first_painted.connect(self._painted)  # type: ignore[attr-defined]

    def _painted(self) -> None:
        print(f"painted {time.perf_counter() - self._started:.4f}", flush=True)
        QTimer.singleShot(0, self._answered)

    def _answered(self) -> None:
        now = time.perf_counter()
        print(f"answers {now - self._started:.4f}", flush=True)
        self._last, self._until = now, now + self._seconds
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self._late = max(self._late, now - self._last - TICK_MS / 1000)
        self._last = now
        if now >= self._until:
            self._timer.stop()
            print(f"late {self._late:.4f}", flush=True)
            app = QApplication.instance()
            if app is not None:
                app.quit()
