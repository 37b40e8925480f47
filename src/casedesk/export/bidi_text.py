"""Right-to-left text made visual, for renderers that lay text out left to right only
(reportlab, and Pillow without libraqm): no Qt.

Names in a case file come in every script, and sentences mix them ("سارة الخطيب is
biological parent of Omar."). The Unicode bidirectional algorithm (``python-bidi``)
puts each run in visual order, and ``arabic_reshaper`` gives Arabic letters their joined
forms, which the bundled DejaVu Sans has. A line's direction is that of its first strong
letter outside isolates (UBA rule P2): a sentence that begins with an isolated name
(``domain.names.isolated``) is an English sentence. Each right-to-left run is kept
together (its spaces made non-breaking), since a run wrapped after being reordered would
read its lines in the wrong order. The bidi control characters are taken out once used:
fonts have no glyph for them.
"""

from __future__ import annotations

import re
import unicodedata

_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
# A right-to-left run: right-to-left letters, with the spaces and marks between them.
_RTL_RUN = re.compile(f"[{_RTL}][{_RTL}\\s\u064b-\u065f0-9.,'-]*[{_RTL}]|[{_RTL}]")
# An isolate (LRI, RLI or FSI ... PDI) with no isolate inside it.
_ISOLATE = re.compile("([\u2066\u2067\u2068])([^\u2066-\u2069]*)\u2069")
_CONTROLS = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e"))
_OPENERS = "\u2066\u2067\u2068"
NBSP = "\u00a0"


def has_rtl(text: str) -> bool:
    """True when the text holds right-to-left letters (Arabic, Hebrew ...)."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def starts_right_to_left(text: str) -> bool:
    """True when the first strong letter outside isolates is right to left (UBA P2)."""
    depth = 0
    for ch in text:
        if ch in _OPENERS:
            depth += 1
        elif ch == "\u2069":
            depth = max(0, depth - 1)
        elif depth == 0:
            kind = unicodedata.bidirectional(ch)
            if kind in ("R", "AL"):
                return True
            if kind == "L":
                return False
    return False


def _reordered(text: str, rtl: bool) -> str:
    import arabic_reshaper
    from bidi import get_display

    shown = get_display(arabic_reshaper.reshape(text), base_dir="R" if rtl else "L")
    return str(shown).translate(_CONTROLS)


def visual(text: str) -> str:
    """``text`` with its right-to-left runs shaped and in visual order (see above)."""
    if not has_rtl(text):
        return text.translate(_CONTROLS)
    if starts_right_to_left(text):
        # A right-to-left line: the whole of it, reordered as one.
        return _reordered(text, rtl=True)
    # A left-to-right line: each isolated name, and each right-to-left run elsewhere,
    # reordered in place and kept on one line.
    pieces: list[str] = []
    last = 0
    for match in _ISOLATE.finditer(text):
        pieces.append(_RTL_RUN.sub(_run, text[last : match.start()]))
        inner = match.group(2)
        rtl = match.group(1) == "\u2067" or (
            match.group(1) == "\u2068" and starts_right_to_left(inner)
        )
        pieces.append(_reordered(inner, rtl).replace(" ", NBSP) if has_rtl(inner) else inner)
        last = match.end()
    pieces.append(_RTL_RUN.sub(_run, text[last:]))
    return "".join(pieces).translate(_CONTROLS)


def _run(match: re.Match[str]) -> str:
    return _reordered(match.group(0), rtl=True).replace(" ", NBSP)
