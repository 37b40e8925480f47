"""A box for a few lines of text in a form: Tab moves to the next field (a case note never
needs a tab character, and a keyboard user must never be trapped in a box)."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit


def text_box(placeholder: str = "", lines: int = 0) -> QPlainTextEdit:
    """A plain-text box; ``lines`` fixes its height to that many lines (0: the layout's)."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    if placeholder:
        box.setPlaceholderText(placeholder)
    if lines:
        box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box
