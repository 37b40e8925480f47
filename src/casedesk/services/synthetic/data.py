"""What the demo generator makes, and the ids it gives."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from casedesk.domain.actions import Action
from casedesk.domain.assessments import AdultConsidered, Assessment, SourceConsulted
from casedesk.domain.cases import Case, Concern
from casedesk.domain.chronology import ChronologyEntry
from casedesk.domain.escalation import Escalation
from casedesk.domain.identification import IdentificationAttempt
from casedesk.domain.ids import CaseId, PersonId
from casedesk.domain.people import Person
from casedesk.domain.relationships import (
    EmotionalLink,
    HouseholdMembership,
    Relationship,
)
from casedesk.domain.sharing import SharingDecision
from casedesk.domain.supervision import Supervision
from casedesk.domain.team import Professional, Support
from casedesk.domain.timescales import Deadline
from casedesk.domain.working_days import WorkingCalendar
from casedesk.services.synthetic.phrases import (
    _AGENCIES,
    _FAMILY,
    _STAFF_MEN,
    _STAFF_SURNAMES,
    _STAFF_WOMEN,
    _SUPPORT_KINDS,
)


@dataclass(frozen=True)
class PlannedSignOff:
    """A supervisor's sign-off of a generated assessment, made once the file is written:
    it is signed with the supervisor's own key, so only the case file can make it."""

    case: CaseId
    reference: str
    assessment: str
    signed_on: date
    comment: str
    late_reason: str = ""


@dataclass
class SyntheticData:
    """Everything generated for a set of fictional cases."""

    cases: list[Case] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    case_people: dict[CaseId, list[PersonId]] = field(default_factory=dict)
    relationships: list[Relationship] = field(default_factory=list)
    households: list[HouseholdMembership] = field(default_factory=list)
    professionals: list[Professional] = field(default_factory=list)
    entries: list[ChronologyEntry] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    emotional_links: list[EmotionalLink] = field(default_factory=list)
    supports: list[Support] = field(default_factory=list)
    identification_attempts: list[IdentificationAttempt] = field(default_factory=list)
    concerns: list[Concern] = field(default_factory=list)
    sharing: list[SharingDecision] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    # The supervisor's side (``generate(oversight=True)``): see ``oversight``.
    assessments: list[Assessment] = field(default_factory=list)
    sources_consulted: list[SourceConsulted] = field(default_factory=list)
    adults_considered: list[AdultConsidered] = field(default_factory=list)
    supervisions: list[Supervision] = field(default_factory=list)
    escalations: list[Escalation] = field(default_factory=list)
    sign_offs: list[PlannedSignOff] = field(default_factory=list)


def _support_kind(agency: str) -> str:
    return _SUPPORT_KINDS.get(agency, "other")


class _Ids:
    """Sequential ids that include the seed, so demo files made with different seeds can
    be imported into one another without clashing."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.counts: dict[str, int] = {}

    def next(self, prefix: str) -> str:
        self.counts[prefix] = self.counts.get(prefix, 0) + 1
        return f"{prefix}{self.seed}-{self.counts[prefix]:06d}"


class _Shared:
    """What the families of one file share: the family names still free (no two families
    share one), how often each given name is used (the least used comes first), the staff
    of each agency, the words a child has said (no two families' children say the same),
    how many cases have had statutory visits, and which days are working days."""

    def __init__(self, seed: int, calendar: WorkingCalendar, today: date) -> None:
        rng = random.Random(f"{seed}-names")
        self.surnames = list(_FAMILY)
        rng.shuffle(self.surnames)
        self.given: Counter[str] = Counter()
        self.words: dict[str, int] = {}
        self.visited = 0  # cases with statutory visits so far (one in three has one late)
        self.calendar = calendar
        # Working days, one flag a day, over the years a demo's dates fall in (looked up
        # hundreds of thousands of times at the largest size).
        first = today - timedelta(days=366 * 22)
        self.base = first.toordinal()
        days = 366 * 24
        closed = set(calendar.closures)
        for year in range(first.year, first.year + 26):
            closed |= calendar.bank_holidays(year)
        flags = bytearray(days)
        for index in range(days):
            # Monday is ordinal 1 mod 7; weekends are 6 and 0.
            if (self.base + index) % 7 not in (6, 0):
                flags[index] = 1
        for day in closed:
            index = day.toordinal() - self.base
            if 0 <= index < days:
                flags[index] = 0
        self.flags = flags
        self.staff: dict[str, list[str]] = {}
        surnames = list(_STAFF_SURNAMES)
        rng.shuffle(surnames)
        given = [*_STAFF_WOMEN, *_STAFF_MEN]
        for _role, agency in _AGENCIES:
            self.staff[agency] = [
                f"{rng.choice(given)} {surnames.pop()}" for _ in range(2 if surnames else 0)
            ] or [f"{rng.choice(given)} {rng.choice(_STAFF_SURNAMES)}"]

    def surname(self) -> str:
        """A family name no other family in the file has."""
        if not self.surnames:
            raise ValueError("no family names left for another family")
        return self.surnames.pop()

    def working(self, day: int) -> bool:
        """Whether the day (an ordinal) is a working day."""
        index = day - self.base
        if 0 <= index < len(self.flags):
            return bool(self.flags[index])
        return self.calendar.is_working_day(date.fromordinal(day))

    def workday(self, day: int, low: int, high: int) -> int:
        """The first working day from ``day`` on, or when that is after ``high`` the last
        one before it, not before ``low`` (``day`` itself when there is none)."""
        flags, base = self.flags, self.base
        if not 0 <= day - base < len(flags):  # (far from any demo's dates)
            return self._workday(day, low, high)
        low, high = max(low, base), min(high, base + len(flags) - 1)
        found = day
        while found <= high:
            if flags[found - base]:
                return found
            found += 1
        found = min(day, high)
        while found >= low:
            if flags[found - base]:
                return found
            found -= 1
        return day

    def _workday(self, day: int, low: int, high: int) -> int:
        working = self.working
        found = day
        while found <= high:
            if working(found):
                return found
            found += 1
        found = min(day, high)
        while found >= low:
            if working(found):
                return found
            found -= 1
        return day

    def on(self, day: date, low: date, high: date) -> date:
        """``workday`` for dates."""
        return date.fromordinal(self.workday(day.toordinal(), low.toordinal(), high.toordinal()))
