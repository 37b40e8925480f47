"""The look that follows the system: its light or dark palette and its font size.

``resources/style.qss`` names colours by the palette's roles (``palette(text)``) wherever
it can. Where a colour has no role (a warning's red, the pinned concern's cream), the
sheet names it ``@token`` and this module gives each token one value for a light palette
and one for a dark one, every pair chosen to read at 4.5:1 or more (WCAG 2 text
contrast; tests/ui/test_look.py measures them). Font sizes are ``@size-NAME``: a multiple
of the system font's size, so a worker who asks the system for larger text gets it here
too (a size fixed in points or pixels would not follow).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from casedesk.services.resources import resource

# Colours with no palette role: (light palette, dark palette).
TOKENS: dict[str, tuple[str, str]] = {
    "warning-text": ("#8c1d18", "#ffb4ab"),
    "warning-back": ("#fdecea", "#3b1714"),
    "warning-line": ("#b3261e", "#ff8a80"),
    "concern-text": ("#2b2100", "#fff0c2"),
    "concern-heading": ("#6d4c00", "#ffd666"),
    "concern-back": ("#fff8e1", "#332a0c"),
    "concern-line": ("#e0b84d", "#9a7a1c"),
}
# Text on the palette's base (table cells): the warning red and the quieter grey of
# family history and what passes.
WARNING = ("#b3261e", "#ff8a80")
MUTED = ("#58636d", "#aab3bc")
CAUTION = ("#8a5a00", "#ffcc80")  # a doubt, not a fault: amber
# The chronology search's marked words: a fixed pair, readable in either palette.
MARKED_TEXT, MARKED_BACK = "#1a1a1a", "#ffe066"
# Font sizes as multiples of the system font's point size.
SIZES: dict[str, float] = {"title": 2.2, "large": 1.25, "medium": 1.1}

_TOKEN = re.compile(r"@([a-z-]+)")


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the palette's window is dark (its text then light)."""
    palette = palette or QGuiApplication.palette()
    key = palette.cacheKey()  # the same for every copy of an unchanged palette
    dark = _DARK.get(key)
    if dark is None:
        dark = _DARK[key] = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return dark


def _pick(pair: tuple[str, str], palette: QPalette | None) -> QColor:
    # Table models ask for a row's colour as each cell is painted (a search repaints
    # hundreds): the answer is worked out once per palette and kept.
    text = pair[1] if is_dark(palette) else pair[0]
    colour = _COLOURS.get(text)
    if colour is None:
        colour = _COLOURS[text] = QColor(text)
    return QColor(colour)  # a copy: a caller may change its own


_DARK: dict[int, bool] = {}
_COLOURS: dict[str, QColor] = {}


def warning_colour(palette: QPalette | None = None) -> QColor:
    """The warning red that reads on the palette's base, light or dark."""
    return _pick(WARNING, palette)


def muted_colour(palette: QPalette | None = None) -> QColor:
    """Quiet grey text that still reads at 4.5:1 on the palette's base."""
    return _pick(MUTED, palette)


def caution_colour(palette: QPalette | None = None) -> QColor:
    """Amber for a doubt (not a fault), 4.5:1 or more on the palette's window."""
    return _pick(CAUTION, palette)


def style_sheet(template: str, palette: QPalette, point_size: float) -> str:
    """``template`` with each ``@token`` given its colour for ``palette`` and each
    ``@size-NAME`` its size for a system font of ``point_size`` points."""

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name.startswith("size-"):
            return f"{SIZES[name.removeprefix('size-')] * point_size:.1f}pt"
        return _pick(TOKENS[name], palette).name()

    return _TOKEN.sub(value, template)


def apply_look(app: QApplication) -> None:
    """Style ``app`` for its palette and font now, and again whenever the system's colour
    scheme changes (a switch to dark mode while CaseDesk is open)."""
    template = resource("style.qss").read_text(encoding="utf-8")

    def restyle() -> None:
        # Only the placeholder's colour is set (Qt's own is the text at half strength,
        # under 4.5:1): every other role stays the system's, and follows it.
        palette = app.palette()
        palette.setColor(QPalette.ColorRole.PlaceholderText, muted_colour(palette))
        app.setPalette(palette)
        size = app.font().pointSizeF()
        app.setStyleSheet(style_sheet(template, app.palette(), size if size > 0 else 10.0))

    restyle()
    # Once the event is over: the system's new palette is the application's by then.
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: QTimer.singleShot(0, restyle))


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio between two colours (1 to 21)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
