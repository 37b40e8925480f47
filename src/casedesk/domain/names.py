"""Names as people write them, and the folding that lets search ignore accents and case.

Names are stored exactly as given (any script, combining marks included); only the search
key is folded.
"""

from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher


def fold(text: str) -> str:
    """A search key: decomposed, combining marks removed, case-folded, spaces collapsed.

    "Zoë", "ZOE" and "zoe" fold alike; so do "Łukasz" and "lukasz" (Ł has no decomposition,
    so the few such letters are mapped by hand).
    """
    if text.isascii():  # nothing to decompose, strip or map: most text, and at C speed
        return " ".join(text.casefold().split())
    return _fold_any(text)


def _fold_any(text: str) -> str:
    """``fold`` of any text, one character at a time (an import of 10,000 CSV rows folds
    80,000 texts: this loop was a sixth of its time before ASCII text skipped it)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


_EXTRA = str.maketrans(
    {
        "Ł": "L",
        "ł": "l",
        "Ø": "O",
        "ø": "o",
        "Đ": "D",
        "đ": "d",
        "ß": "ss",
        "Æ": "AE",
        "æ": "ae",
        "Œ": "OE",
        "œ": "oe",
        "ı": "i",
    }
)


def matches(query: str, folded_haystack: str) -> bool:
    """True when every word of ``query`` appears in the already-folded haystack."""
    return all(word in folded_haystack for word in fold(query).split())


def name_similarity(a: str, b: str) -> float:
    """0..1: how alike two names are once folded (word order ignored)."""
    left = " ".join(sorted(fold(a).split()))
    right = " ".join(sorted(fold(b).split()))
    if not left or not right:
        return 0.0
    return SequenceMatcher(None, left, right).ratio()


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the words of ``query`` begin words of ``text``, ignoring accents and case, as
    (start, end) spans of the original text (for highlighting matches). The beginning of
    a word, as the chronology's search matches it (its index's words are runs of letters
    and digits): "a" marks "a" and "Ambulance", not every a inside "called"."""
    # A word's own punctuation at either end is not part of what the index matches
    # ("-referral" finds "re-referral").
    words = [w for w in (_alnum_ends(w) for w in fold(query).split()) if w]
    if not words:
        return []
    origin: list[int] | range
    if text.isascii():
        # Each ASCII letter folds to one letter: the same places, found in one step (a
        # search highlights every visible row's text as the table repaints).
        haystack, origin = text.lower(), range(len(text))
    else:
        folded: list[str] = []
        origin = []
        for index, char in enumerate(text):
            piece = "".join(
                c
                for c in unicodedata.normalize("NFKD", char.translate(_EXTRA))
                if not unicodedata.combining(c)
            ).casefold()
            folded.append(piece)
            origin.extend([index] * len(piece))
        haystack = "".join(folded)
    spans: list[tuple[int, int]] = []
    for word in words:
        start = haystack.find(word)
        while start >= 0:
            # Where a word begins is read in the text as written: folding turns "™"
            # and "№" into letters ("Acme™Widget", "№5"), which the index does not.
            at = origin[start]
            if at == 0 or not text[at - 1].isalnum():
                end = start + len(word) - 1
                spans.append((origin[start], origin[end] + 1))
            start = haystack.find(word, start + 1)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _alnum_ends(word: str) -> str:
    """``word`` without the characters before its first letter or digit and after its
    last."""
    first = next((i for i, c in enumerate(word) if c.isalnum()), len(word))
    last = next((i for i in range(len(word) - 1, -1, -1) if word[i].isalnum()), -1)
    return word[first : last + 1]


# Characters that make text run right to left, or that steer the direction of what follows.
_RIGHT_TO_LEFT = frozenset(
    {"R", "AL", "RLE", "RLO", "LRE", "LRO", "RLI", "LRI", "FSI", "PDF", "PDI"}
)
FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE = "\u2068", "\u2069"


def isolated(name: str) -> str:
    """``name`` ready to stand inside a sentence: a name written right to left (or holding a
    direction override) is isolated, so it cannot reorder the words around it."""
    if any(unicodedata.bidirectional(c) in _RIGHT_TO_LEFT for c in name):
        return f"{FIRST_STRONG_ISOLATE}{name}{POP_DIRECTIONAL_ISOLATE}"
    return name
