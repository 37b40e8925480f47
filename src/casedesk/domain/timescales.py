"""Deadlines: something that must happen by a date, whether it has, and what was said.

A deadline arises from an event by a rule of the case file's rule pack (``rule`` names it,
``started_by`` the chronology entry that started its clock), or is recorded by hand. It is
met (by an event, ``met_by``, or by hand), extended to a later date with a reason, or
cancelled with a reason; its dates are never worked out again behind the worker's back
(``deadline_changes`` proposes, the worker confirms).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from casedesk.domain.ids import CaseId
from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate


class DeadlineStatus(enum.Enum):
    """Where a deadline stands on a given day (``overdue`` is worked out, never stored)."""

    OPEN = QT_TRANSLATE_NOOP("DeadlineStatus", "open")
    OVERDUE = QT_TRANSLATE_NOOP("DeadlineStatus", "overdue")
    MET = QT_TRANSLATE_NOOP("DeadlineStatus", "met")
    EXTENDED = QT_TRANSLATE_NOOP("DeadlineStatus", "extended")
    CANCELLED = QT_TRANSLATE_NOOP("DeadlineStatus", "cancelled")


@dataclass(frozen=True)
class Deadline:
    """Something that must happen by a date, and whether it has."""

    case: CaseId
    name: str
    started_on: date
    due_on: date
    met_on: date | None = None
    rule: str = ""  # the rule pack's id for the timescale ("" : recorded by hand)
    started_by: str = ""  # the chronology entry that started the clock
    met_by: str = ""  # the entry that met it ("" : met by hand, or not met)
    statutory: bool = False
    extended_to: date | None = None
    cancelled_on: date | None = None
    reason: str = ""  # why extended, cancelled or met late
    record_id: int | None = field(default=None, compare=False)  # set once stored

    @property
    def due(self) -> date:
        """The day it must happen by now: the extended date if it was extended."""
        return self.extended_to or self.due_on

    @property
    def closed(self) -> bool:
        """Met or cancelled: nothing more to do."""
        return self.met_on is not None or self.cancelled_on is not None

    def status(self, today: date) -> DeadlineStatus:
        """Where it stands on ``today``."""
        if self.cancelled_on is not None:
            return DeadlineStatus.CANCELLED
        if self.met_on is not None:
            return DeadlineStatus.MET
        if today > self.due:
            return DeadlineStatus.OVERDUE
        return DeadlineStatus.EXTENDED if self.extended_to else DeadlineStatus.OPEN

    def is_overdue(self, today: date) -> bool:
        """True when the date has passed and the thing has not happened."""
        return self.status(today) is DeadlineStatus.OVERDUE

    @property
    def met_late(self) -> bool:
        """Met after the day it was due (an extension counts)."""
        return self.met_on is not None and self.met_on > self.due

    @property
    def late_without_reason(self) -> bool:
        """A statutory timescale exceeded with no reason recorded (the reason is required)."""
        return self.statutory and self.met_late and not self.reason.strip()


def deadline_problems(deadline: Deadline) -> list[tuple[str, str]]:
    """What cannot be true of a deadline, as (field, message) pairs."""
    found: list[tuple[str, str]] = []
    if deadline.due_on < deadline.started_on:
        found.append(
            ("due_on", translate("timescales", "A deadline cannot fall before it starts."))
        )
    if deadline.extended_to is not None:
        if deadline.extended_to <= deadline.due_on:
            found.append(
                (
                    "extended_to",
                    translate("timescales", "An extension must be to a later day than it was due."),
                )
            )
        if deadline.statutory and not deadline.reason.strip():
            found.append(
                (
                    "reason",
                    translate(
                        "timescales",
                        "Say why a statutory timescale is extended; the reason is kept.",
                    ),
                )
            )
    if deadline.cancelled_on is not None and not deadline.reason.strip():
        found.append(
            (
                "reason",
                translate("timescales", "Say why the deadline is cancelled; the reason is kept."),
            )
        )
    if deadline.met_on is not None and deadline.met_on < deadline.started_on:
        found.append(
            ("met_on", translate("timescales", "A deadline cannot be met before it starts."))
        )
    if deadline.met_on is not None and deadline.cancelled_on is not None:
        found.append(
            (
                "cancelled_on",
                translate("timescales", "A deadline that was met cannot also be cancelled."),
            )
        )
    return found
