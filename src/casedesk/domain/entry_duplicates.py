"""Likely duplicates among chronology entries, whatever agency reported them.

Two kinds: an entry *already recorded* (the same source, the same or nearly the same text:
the same CSV imported twice) and the *same event reported by another agency* (the same
date, about the same child, similar text: one no-access visit in the health visitor's
record and in social care's). The first is left out of an import; the second can be linked
(``ChronologyEntry.same_event_as``), so both sources are kept and the event counts once.
Nothing is merged silently: the worker sees each pair side by side and decides.

Entries are compared only with those of the same date, so a large import stays linear in
its size; text similarity is rapidfuzz's (word order and repeated words do not matter).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz

from casedesk.domain.chronology import ChronologyEntry
from casedesk.domain.names import fold

SAME_SOURCE_SIMILARITY = 92.0  # near-identical text from the same source
OTHER_SOURCE_SIMILARITY = 80.0  # similar text from another source on the same day
SAME_CATEGORY_SIMILARITY = 60.0  # looser when both say the same kind of event
SHORTEST_COMPARED = 12  # shorter texts ("Visit", "Entry 1") match only exactly


class Likeness(enum.Enum):
    """How an entry resembles one already in the chronology."""

    ALREADY_RECORDED = "already recorded"
    SAME_EVENT = "the same event, reported by another source"


@dataclass(frozen=True)
class EntryMatch:
    """The entry an incoming one resembles, how, and how closely (0-100)."""

    existing: str
    likeness: Likeness
    score: float


@dataclass(frozen=True)
class _Seen:
    id: str
    text: str
    source: str
    category: str
    people: frozenset[str]


class EntryIndex:
    """The entries of a chronology by date, to find an incoming entry's likely duplicate."""

    def __init__(self, entries: Iterable[ChronologyEntry] = ()) -> None:
        self._by_day: dict[date, list[_Seen]] = {}
        for entry in entries:
            self.add(entry)

    def add(self, entry: ChronologyEntry) -> None:
        """Remember an entry (one just imported is compared with those after it)."""
        self._by_day.setdefault(entry.occurred_on, []).append(
            _Seen(
                entry.id,
                fold(entry.description),
                fold(entry.source),
                entry.category.value,
                frozenset(entry.people),
            )
        )

    def match(self, entry: ChronologyEntry) -> EntryMatch | None:
        """The likeliest duplicate of ``entry`` already seen, if any; an entry already
        recorded is preferred to the same event from another source."""
        text, source = fold(entry.description), fold(entry.source)
        people = frozenset(entry.people)
        best: EntryMatch | None = None
        for seen in self._by_day.get(entry.occurred_on, ()):
            if people and seen.people and not people & seen.people:
                continue  # about different people: not the same event
            long_enough = min(len(text), len(seen.text)) >= SHORTEST_COMPARED
            if seen.source == source:
                if text == seen.text:
                    return EntryMatch(seen.id, Likeness.ALREADY_RECORDED, 100.0)
                if min(len(text), len(seen.text)) >= 30:  # near matches of short texts
                    # are coincidences ("Entry 1", "Entry 10")
                    score = fuzz.ratio(text, seen.text)
                    if score >= SAME_SOURCE_SIMILARITY:
                        return EntryMatch(seen.id, Likeness.ALREADY_RECORDED, score)
                continue
            if not long_enough:
                continue
            score = fuzz.token_set_ratio(text, seen.text)
            needed = (
                SAME_CATEGORY_SIMILARITY
                if seen.category == entry.category.value
                else OTHER_SOURCE_SIMILARITY
            )
            if score >= needed and (best is None or score > best.score):
                best = EntryMatch(seen.id, Likeness.SAME_EVENT, score)
        return best
