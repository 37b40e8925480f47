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


def add_working_days(start: date, days: int, holidays: frozenset[date] = frozenset()) -> date:
    """The date ``days`` working days after ``start`` (weekends and holidays skipped)."""
    from datetime import timedelta

    if days < 0:
        raise ValueError("days must not be negative")
    current = start
    remaining = days
    while remaining:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in holidays:
            remaining -= 1
    return current
