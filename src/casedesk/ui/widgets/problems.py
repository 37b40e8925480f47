"""Saying beside a form what stops it being saved (in red, with a cross) and what is only
doubtful (a warning), and enabling OK only when nothing stops it. Every editing dialog
uses this one piece, so the reasons look and read the same everywhere."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from casedesk.ui.look import caution_colour, warning_colour


def show_problems(
    label: QLabel,
    ok: QAbstractButton | None,
    errors: Sequence[str],
    warnings: Sequence[str] = (),
) -> None:
    """Show ``errors`` (they stop OK) and ``warnings`` (they do not) in ``label``."""
    red, amber = warning_colour().name(), caution_colour().name()  # for the palette in use
    # The sentences come translated; only the marks and the colour are added here.
    lines = [_line(red, "✗", e) for e in errors]
    lines += [_line(amber, "!", w) for w in warnings]

    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText("<br>".join(lines))
    if ok is not None:
        ok.setEnabled(not errors)


def _line(colour: str, mark: str, sentence: str) -> str:
    return f"<span style='color:{colour}'>{mark} {html.escape(sentence)}</span>"  # i18n: markup
