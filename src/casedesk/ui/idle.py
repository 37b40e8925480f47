"""Locks after a period without keyboard or mouse input."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` once the application has had no input for ``minutes``."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(int(minutes * 60_000))
        self.timer.timeout.connect(self.idle)

    def start(self) -> None:
        """Start watching (call when a case file opens)."""
        self.timer.start()

    def stop(self) -> None:
        """Stop watching (when no case file is open)."""
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any input restarts the countdown."""
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False
