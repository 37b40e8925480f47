"""Text for reportlab in any script: the bundled fonts, and right-to-left text made visual.

Names in a case file come in every script. DejaVu Sans (bundled) covers Latin, Greek,
Cyrillic, Arabic, Hebrew and more; Droid Sans Fallback (bundled, Apache 2.0) covers
Chinese, Japanese and Korean, and is used for just the characters DejaVu lacks. Both are
embedded (subset) in every PDF, so a name prints the same on any machine.

Reportlab lays text out left to right and does not join Arabic letters, so right-to-left
text is shaped and put in visual order first (``export.bidi_text``). The text layer then
holds the name in reading order, in its presentation forms, which a PDF reader's search
and copy map back to ordinary letters (NFKC).
"""

from __future__ import annotations

from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from casedesk.export.bidi_text import has_rtl as has_rtl
from casedesk.export.bidi_text import visual as visual
from casedesk.export.fonts import font_file
from casedesk.services.resources import resource

REGULAR = "CaseDeskSans"  # i18n: a font's registered name
BOLD = "CaseDeskSans-Bold"  # i18n: a font's registered name
FALLBACK = "CaseDeskFallback"  # i18n: a font's registered name


@cache
def register_fonts() -> None:
    """Make the bundled typefaces known to reportlab (once per process)."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(font_file(False))))
    pdfmetrics.registerFont(TTFont(BOLD, str(font_file(True))))
    pdfmetrics.registerFont(TTFont(FALLBACK, str(resource("fonts/DroidSansFallbackFull.ttf"))))


@cache
def _covered(font_name: str) -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


def _needs_fallback(ch: str) -> bool:
    code = ord(ch)
    return code > 0x2FF and code not in _covered(REGULAR) and code in _covered(FALLBACK)


def markup(text: str) -> str:
    """``text`` as reportlab paragraph markup: escaped, right-to-left runs made visual,
    characters DejaVu lacks set in the fallback font, line breaks kept."""
    register_fonts()
    lines = []
    for line in text.split("\n"):
        shown = visual(line)
        parts: list[str] = []
        fallback = False
        chunk = ""
        for ch in shown:
            wanted = _needs_fallback(ch)
            if wanted != fallback and chunk:
                parts.append(_font_run(chunk, fallback))
                chunk = ""
            fallback = wanted
            chunk += ch
        if chunk:
            parts.append(_font_run(chunk, fallback))
        lines.append("".join(parts))
    return "<br/>".join(lines)


def _font_run(chunk: str, fallback: bool) -> str:
    text = escape(chunk)
    return f'<font name="{FALLBACK}">{text}</font>' if fallback else text  # i18n: markup


def label_font(text: str, bold: bool = False) -> str:
    """The font for a one-line label (a genogram name): the fallback when the label has
    characters only it has (it has Latin too, so the whole label stays in one font)."""
    if any(_needs_fallback(ch) for ch in text):
        return FALLBACK
    return BOLD if bold else REGULAR
