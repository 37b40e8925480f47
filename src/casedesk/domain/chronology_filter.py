"""Which chronology entries a worker asked to see: one predicate for the GUI's table and
the command line's listing, so both show the same entries for the same choice."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from casedesk.domain.chronology import Category, ChronologyEntry
from casedesk.domain.evidence import Corroboration, Significance, SourceType


@dataclass
class ChronologyFilter:
    """What the worker chose to see; empty means everything."""

    categories: set[Category] = field(default_factory=set)
    source_types: set[SourceType] = field(default_factory=set)
    corroboration: set[Corroboration] = field(default_factory=set)
    source_contains: str = ""
    person: str | None = None
    significant_only: bool = False
    date_from: date | None = None
    date_to: date | None = None
    text_matches: set[str] | None = None  # entry ids from the full-text index
    only_entries: set[str] | None = None  # entries behind a chosen pattern

    def matches(self, entry: ChronologyEntry) -> bool:
        """True when the entry passes every chosen criterion."""
        return not (
            (self.categories and entry.category not in self.categories)
            or (self.source_types and entry.source_type not in self.source_types)
            or (self.corroboration and entry.corroboration not in self.corroboration)
            or (self.significant_only and entry.significance < Significance.SIGNIFICANT)
            or (self.date_from and entry.occurred_on < self.date_from)
            or (self.date_to and entry.occurred_on > self.date_to)
            or (self.person and self.person not in entry.people)
            or (
                self.source_contains
                and self.source_contains.casefold() not in entry.source.casefold()
            )
            or (self.text_matches is not None and entry.id not in self.text_matches)
            or (self.only_entries is not None and entry.id not in self.only_entries)
        )
