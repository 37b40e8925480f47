"""What the demo generator makes, and the ids it gives."""

from __future__ import annotations

from dataclasses import dataclass, field

from casedesk.domain.actions import Action
from casedesk.domain.cases import Case, Concern
from casedesk.domain.chronology import ChronologyEntry
from casedesk.domain.identification import IdentificationAttempt
from casedesk.domain.ids import CaseId, PersonId
from casedesk.domain.people import Person
from casedesk.domain.relationships import (
    EmotionalLink,
    HouseholdMembership,
    Relationship,
)
from casedesk.domain.sharing import SharingDecision
from casedesk.domain.team import Professional, Support
from casedesk.domain.timescales import Deadline


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


def _support_kind(agency: str) -> str:
    for word, kind in (
        ("Social", "social care"),
        ("Police", "police"),
        ("Homes", "housing"),
        ("School", "school or nursery"),
        ("Probation", "other"),
        ("charity", "community"),
    ):
        if word in agency:
            return kind
    return "health"


class _Ids:
    """Sequential ids that include the seed, so demo files made with different seeds can
    be imported into one another without clashing."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.counts: dict[str, int] = {}

    def next(self, prefix: str) -> str:
        self.counts[prefix] = self.counts.get(prefix, 0) + 1
        return f"{prefix}{self.seed}-{self.counts[prefix]:06d}"
