"""Likely duplicates among chronology entries, whatever agency reported them.

Two kinds: an entry *already recorded* (the same source, the same or nearly the same text:
the same CSV imported twice) and possibly *the same event reported by another agency* (the
same day, the same kind of event, about the same child, similar words: one no-access visit
in the health visitor's record and in social care's). The first is left out of an import;
the second can be linked (``ChronologyEntry.same_event_as``), so both sources are kept and
the event counts once. Nothing is merged silently: the worker sees each pair side by side.

Two events are never taken for one when their words disagree where it matters: one says
"not" (or "no", "never", "refused") and the other does not; one is "a second" or "another";
they give different times or numbers. Only entries dated to the day are compared for
similar words (a "Mar 2025" or "about 2015" entry matches only the same text).

Entries are compared only with those of the same day and kind, at most the latest
``MOST_COMPARED`` of them, with rapidfuzz doing the comparing in bulk, so an import stays
close to linear in its size however many rows share a date.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz, process

from casedesk.domain.chronology import ChronologyEntry
from casedesk.domain.dates import DatePrecision
from casedesk.domain.names import fold
from casedesk.domain.wording import QT_TRANSLATE_NOOP

SAME_SOURCE_SIMILARITY = 92.0  # near-identical text from the same source
SAME_EVENT_SIMILARITY = 65.0  # similar words, word order aside, from another source
SHORTEST_COMPARED = 12  # shorter texts ("Visit", "Entry 1") match only exactly
MOST_COMPARED = 300  # of one day and kind (a file of 'about 2015' rows all on 1 January)
CANDIDATES = 5  # the closest few are checked for disagreeing words

_NEGATIONS = frozenset({"not", "no", "never", "refused", "declined", "without", "nobody"})
_ANOTHER = frozenset({"second", "another", "again", "further", "third", "repeat", "repeated"})
_WORD = re.compile(r"[a-z]+(?:'t)?|\d+")


class Likeness(enum.Enum):
    """How an entry resembles one already in the chronology."""

    ALREADY_RECORDED = QT_TRANSLATE_NOOP("Likeness", "already recorded")
    SAME_EVENT = QT_TRANSLATE_NOOP("Likeness", "the same event, reported by another source")


@dataclass(frozen=True)
class EntryMatch:
    """The entry an incoming one resembles, how, and how closely (0-100)."""

    existing: ChronologyEntry
    likeness: Likeness
    score: float


@dataclass(frozen=True)
class _Seen:
    entry: ChronologyEntry
    text: str
    source: str
    marks: frozenset[str]  # negations, "another", numbers and times: must agree


def _marks(text: str) -> frozenset[str]:
    words = _WORD.findall(text)
    found = {w for w in words if w in _NEGATIONS or w in _ANOTHER or w.isdigit()}
    found |= {"not" for w in words if w.endswith("n't")}
    return frozenset(found)


class EntryIndex:
    """The entries of a chronology by day and kind, to find an incoming entry's likely
    duplicate."""

    def __init__(self, entries: Iterable[ChronologyEntry] = ()) -> None:
        self._exact: dict[tuple[date, str, str], ChronologyEntry] = {}
        self._by_day: dict[tuple[date, str], list[_Seen]] = {}
        self._texts: dict[tuple[date, str], list[str]] = {}
        for entry in entries:
            self.add(entry)

    def add(self, entry: ChronologyEntry) -> None:
        """Remember an entry (one just imported is compared with those after it)."""
        text, source = fold(entry.description), fold(entry.source)
        self._exact.setdefault((entry.occurred_on, source, text), entry)
        key = (entry.occurred_on, entry.category.value)
        self._by_day.setdefault(key, []).append(_Seen(entry, text, source, _marks(text)))
        self._texts.setdefault(key, []).append(text)

    def match(self, entry: ChronologyEntry) -> EntryMatch | None:
        """The likeliest duplicate of ``entry`` already seen, if any; an entry already
        recorded is preferred to the same event from another source."""
        text, source = fold(entry.description), fold(entry.source)
        same = self._exact.get((entry.occurred_on, source, text))
        if same is not None:
            return EntryMatch(same, Likeness.ALREADY_RECORDED, 100.0)
        if entry.precision is not DatePrecision.EXACT or len(text) < SHORTEST_COMPARED:
            return None
        key = (entry.occurred_on, entry.category.value)
        seen = self._by_day.get(key)
        if not seen:
            return None
        first = max(0, len(seen) - MOST_COMPARED)
        marks, people = _marks(text), frozenset(entry.people)
        best: EntryMatch | None = None
        for _text, score, index in process.extract(
            text,
            self._texts[key][first:],
            scorer=fuzz.token_sort_ratio,
            score_cutoff=SAME_EVENT_SIMILARITY,
            limit=CANDIDATES,
        ):
            other = seen[first + index]
            if len(other.text) < SHORTEST_COMPARED or other.entry.precision is not (
                DatePrecision.EXACT
            ):
                continue
            if people and other.entry.people and not people & set(other.entry.people):
                continue  # about different people: not the same event
            if other.source == source:
                near = min(len(text), len(other.text)) >= 30 and (
                    fuzz.ratio(text, other.text) >= SAME_SOURCE_SIMILARITY
                )
                if near and marks == other.marks:
                    return EntryMatch(other.entry, Likeness.ALREADY_RECORDED, score)
                continue
            times = entry.time and other.entry.time and entry.time != other.entry.time
            if marks != other.marks or times:
                continue  # "not seen" and "seen", "a second incident", 09:10 and 16:40
            if best is None or score > best.score:
                best = EntryMatch(other.entry, Likeness.SAME_EVENT, score)
        return best
