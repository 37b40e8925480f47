"""Statutory timescales a case is held to (the rules themselves come with rule packs)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from casedesk.domain.ids import CaseId


@dataclass(frozen=True)
class Deadline:
    """Something that must happen by a date, and whether it has."""

    case: CaseId
    name: str
    started_on: date
    due_on: date
    met_on: date | None = None
    record_id: int | None = field(default=None, compare=False)  # set once stored

    def is_overdue(self, today: date) -> bool:
        """True when the date has passed and the thing has not happened."""
        return self.met_on is None and today > self.due_on
