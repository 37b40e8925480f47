"""The typeface every export uses: DejaVu Sans, bundled, so names in Latin, Greek,
Cyrillic and many other scripts draw the same on every machine (its licence is in
resources/fonts/LICENSE-DejaVu.txt)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PIL import ImageFont

from casedesk.services.resources import resource

FAMILY = "DejaVu Sans"  # i18n: a font's name
SVG_FAMILY = "'DejaVu Sans', Verdana, Arial, sans-serif"  # i18n: font names


def font_file(bold: bool = False) -> Path:
    """The bundled TrueType file."""
    return resource("fonts/DejaVuSans-Bold.ttf" if bold else "fonts/DejaVuSans.ttf")


@cache
def pillow_font(size: float, bold: bool = False) -> ImageFont.FreeTypeFont:
    """The font at ``size`` pixels, for drawing and measuring with Pillow. Its basic
    layout draws text as given, whether or not Pillow has libraqm: right-to-left text is
    made visual first (``export.bidi_text``), so a PNG reads the same on every machine."""
    return ImageFont.truetype(
        str(font_file(bold)), max(1, round(size)), layout_engine=ImageFont.Layout.BASIC
    )


def text_width(text: str, size: float, bold: bool = False) -> float:
    """A label's width in points, measured with the real font."""
    # Measured at 10x and scaled back: FreeType rounds to whole pixels.
    return float(pillow_font(size * 10, bold).getlength(text)) / 10
