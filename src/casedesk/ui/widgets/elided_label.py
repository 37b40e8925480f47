"""A label that keeps to one line, cut short with … (the whole text in its tooltip), or
shows the whole text wrapped when asked: the case header's lines on a small screen."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """Plain text on one line, elided to its width; ``set_wrapped(True)`` shows it whole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._wrapped = False
        self.setTextFormat(Qt.TextFormat.PlainText)  # names and concerns are never markup
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        """Show ``text`` (elided unless wrapped); the whole of it is the tooltip."""
        self._full = text
        self.setToolTip(text if text else "")
        self.setAccessibleDescription(text)
        self._show()

    def text(self) -> str:
        """The whole text, not the part on screen."""
        return self._full

    def clear(self) -> None:
        """No text."""
        self.setText("")

    def set_wrapped(self, wrapped: bool) -> None:
        """Whole and wrapped (True), or one line cut short (False)."""
        self._wrapped = wrapped
        self.setWordWrap(wrapped)
        self.setSizePolicy(
            QSizePolicy.Policy.Preferred if wrapped else QSizePolicy.Policy.Ignored,
            QSizePolicy.Policy.Preferred,
        )
        self._show()
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        """As wide as the whole text on one line (unless wrapped)."""
        hint = super().sizeHint()
        if self._wrapped:
            return hint
        extra = self.width() - self.contentsRect().width() + 2 * self.margin() + 8
        line = " ".join(self._full.split())
        return QSize(self.fontMetrics().horizontalAdvance(line) + extra, hint.height())

    def minimumSizeHint(self) -> QSize:
        """One line high; narrow, so the window can shrink to a small screen."""
        hint = super().minimumSizeHint()
        if self._wrapped:
            return hint
        return QSize(self.fontMetrics().averageCharWidth() * 8, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Elide again for the new width."""
        super().resizeEvent(event)
        if not self._wrapped:
            self._show()

    def _show(self) -> None:
        if self._wrapped:
            super().setText(self._full)
            return
        width = self.contentsRect().width() - 2 * self.margin() - 4
        line = " ".join(self._full.split())  # one line: the concern's own breaks go
        elided = self.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, max(0, width))
        super().setText(elided)
