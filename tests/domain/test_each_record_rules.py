"""Each record's own rules, the same for typed, changed and imported records."""

from __future__ import annotations

from datetime import date

import pytest

from casedesk.domain.cases import Case, LegalStatus
from casedesk.domain.identification import IdentificationAttempt
from casedesk.domain.ids import CaseId, PersonId, ProfessionalId, RelationshipId
from casedesk.domain.people import Address
from casedesk.domain.record_rules import record_problems
from casedesk.domain.relationships import HouseholdMembership, Relationship, RelationshipKind
from casedesk.domain.sharing import SharingDecision
from casedesk.domain.team import LinkStrength, Professional, Support
from casedesk.domain.timescales import Deadline

TODAY = date(2026, 3, 1)
EARLY, LATE = date(2025, 1, 1), date(2025, 6, 1)
C, P, Q = CaseId("c"), PersonId("p"), PersonId("q")


@pytest.mark.parametrize(
    ("good", "bad", "field"),
    [
        (
            Case(C, "R-1", P, LegalStatus.EARLY_HELP, "concern", EARLY, "Sam", LATE),
            Case(C, "R-1", P, LegalStatus.EARLY_HELP, "concern", LATE, "Sam", EARLY),
            "closed_on",
        ),
        (
            Relationship(RelationshipId("r"), RelationshipKind.COHABITING, P, Q, EARLY, LATE),
            Relationship(RelationshipId("r"), RelationshipKind.COHABITING, P, P),
            "to_person",
        ),
        (
            HouseholdMembership(P, "12 Elm Road", EARLY, LATE),
            HouseholdMembership(P, "12 Elm Road", LATE, EARLY),
            "to_date",
        ),
        (Address(P, "12 Elm Road", EARLY, LATE), Address(P, "12 Elm Road", LATE, EARLY), "to_date"),
        (
            Support(C, "Food bank", "community", LinkStrength.STRONG, EARLY, LATE),
            Support(C, "Food bank", "community", LinkStrength.STRONG, LATE, EARLY),
            "to_date",
        ),
        (
            Professional(ProfessionalId("t"), C, "Kim", "School", "Head", EARLY, LATE),
            Professional(ProfessionalId("t"), C, "Kim", "School", "Head", LATE, EARLY),
            "involved_to",
        ),
        (
            IdentificationAttempt("ia", C, P, TODAY, "asked", "Sam", "mother", "no"),
            IdentificationAttempt("ia", C, P, date(2026, 3, 2), "asked", "Sam", "mother", "no"),
            "attempted_on",
        ),
        (
            SharingDecision("s", C, TODAY, "GP", False, "the bruise", "not involved"),
            SharingDecision("s", C, TODAY, "GP", False, "the bruise"),
            "shared_with",
        ),
        (Deadline(C, "assessment", EARLY, LATE), Deadline(C, "assessment", LATE, EARLY), "due_on"),
    ],
)
def test_a_record_that_cannot_be_true_is_refused_and_a_good_one_is_not(
    good: object, bad: object, field: str
) -> None:
    assert record_problems(good, TODAY) == []
    problems = record_problems(bad, TODAY)
    assert [p.field for p in problems] == [field]
    assert problems[0].message.endswith(".")
