"""Chronology entries: what happened, who said so, and what it meant for the child."""

from __future__ import annotations

import enum
import re
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
    time: str = ""  # "HH:MM" when the time matters
    until: date | None = None  # the end of a date range
    analysis: str = ""
    action_owner: str = ""
    corroborating_entry: str = ""  # the entry that corroborates or contradicts this one


def entry_problems(
    entry: ChronologyEntry, today: date, entry_ids: set[str], people: set[str]
) -> list[str]:
    """What makes an entry impossible to record as it stands (empty when it is fine)."""
    problems = []
    if not entry.description.strip():
        problems.append("Describe what happened.")
    if not entry.source.strip():
        problems.append("Say who the information came from (agency, professional or person).")
    if entry.occurred_on > today:
        problems.append("The date is in the future.")
    if entry.until is not None and entry.until < entry.occurred_on:
        problems.append("A date range cannot end before it starts.")
    if entry.time and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", entry.time):
        problems.append("Write the time as HH:MM, for example 14:30.")
    if entry.corroborating_entry and entry.corroborating_entry not in entry_ids:
        problems.append("The corroborating entry is not in this case's chronology.")
    if entry.corroborating_entry == entry.id and entry.id:
        problems.append("An entry cannot corroborate itself.")
    unknown = [p for p in entry.people if p not in people]
    if unknown:
        problems.append("Some of the people involved are not in the case.")
    return problems
