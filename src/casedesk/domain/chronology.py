"""Chronology entries: what happened, who said so, and what it meant for the child."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from casedesk.domain.dates import DatePrecision
from casedesk.domain.evidence import Corroboration, Significance, SourceType
from casedesk.domain.ids import CaseId, EntryId, PersonId


class Category(enum.Enum):
    """Default chronology categories (rule packs may add local ones later)."""

    REFERRAL = "referral"
    HOME_VISIT = "home visit"
    NO_ACCESS_VISIT = "no-access visit"
    MISSED_APPOINTMENT = "missed appointment"
    CANCELLED_MEETING = "cancelled meeting"
    DISCLOSURE = "disclosure"
    INJURY = "injury"
    HOSPITAL_ATTENDANCE = "hospital attendance"
    POLICE_CALL_OUT = "police call-out"
    DOMESTIC_ABUSE = "domestic abuse incident"
    SCHOOL_ATTENDANCE = "school attendance"
    ASSESSMENT = "assessment"
    STRATEGY_DISCUSSION = "strategy discussion"
    CONFERENCE = "conference"
    SUPERVISION = "supervision"
    INFORMATION_SHARED = "information shared"
    COURT = "court"
    OTHER = "other"

    @property
    def is_avoidance(self) -> bool:
        """No-access visits, missed appointments and cancellations form patterns."""
        return self in _AVOIDANCE


_AVOIDANCE = frozenset(
    {Category.NO_ACCESS_VISIT, Category.MISSED_APPOINTMENT, Category.CANCELLED_MEETING}
)


@dataclass(frozen=True)
class ChronologyEntry:
    """One event in a case's chronology."""

    id: EntryId
    case: CaseId
    occurred_on: date
    category: Category
    description: str
    source: str
    source_type: SourceType
    recorded_by: str
    precision: DatePrecision = DatePrecision.EXACT
    significance: Significance = Significance.ROUTINE
    corroboration: Corroboration = Corroboration.UNVERIFIED
    impact_on_child: str = ""
    action_taken: str = ""
    people: tuple[PersonId, ...] = field(default_factory=tuple)
    recorded_at: str = ""  # ISO timestamp, set by storage when first written
