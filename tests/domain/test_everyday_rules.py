"""The domain rules of everyday recording: corroboration that names its source, the mother's
partner, refusals counted, sharing still to decide, overdue actions, contradicted facts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from casedesk.domain.actions import Action, action_problems, worker_owner
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.cases import Case, LegalStatus
from casedesk.domain.chronology import Category, ChildSeen, ChronologyEntry, entry_problems
from casedesk.domain.dates import FuzzyDate
from casedesk.domain.evidence import Corroboration, Evidence, Significance, SourceType
from casedesk.domain.identification import IdentificationAttempt
from casedesk.domain.ids import CaseId, EntryId, PersonId, RelationshipId
from casedesk.domain.patterns import PatternKind, Thresholds, avoidance, child_not_seen
from casedesk.domain.people import Identification, Person, Sex
from casedesk.domain.relationships import HouseholdMembership, Relationship, RelationshipKind
from casedesk.domain.sharing import Consent, SharingDecision, sharing_problem

TODAY = date(2026, 11, 30)
CASE = CaseId("c-1")
CHILD = Person(PersonId("p-child"), "Ellie", "Carter", Sex.FEMALE, FuzzyDate(date(2021, 4, 2)))
MOTHER = Person(PersonId("p-mum"), "Jade", "Carter", Sex.FEMALE, FuzzyDate(date(1998, 6, 1)))
FATHER = Person(PersonId("p-dad"), "", "", Sex.MALE, identification=Identification.NOT_IDENTIFIED)


def entry(number: int, **changes: object) -> ChronologyEntry:
    base = ChronologyEntry(
        EntryId(f"e-{number}"),
        CASE,
        date(2026, 10, number),
        Category.HOME_VISIT,
        "Visit",
        Evidence("Health visitor", SourceType.PROFESSIONAL_OBSERVATION),
        "Sam",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def record(**changes: object) -> CaseRecord:
    base = CaseRecord(
        Case(CASE, "R-1", CHILD.id, LegalStatus.CHILD_IN_NEED, "Neglect", date(2026, 1, 5), "Sam"),
        (CHILD, MOTHER, FATHER),
        (
            Relationship(
                RelationshipId("r-1"), RelationshipKind.BIOLOGICAL_PARENT, MOTHER.id, CHILD.id
            ),
            Relationship(
                RelationshipId("r-2"), RelationshipKind.BIOLOGICAL_PARENT, FATHER.id, CHILD.id
            ),
        ),
        (
            HouseholdMembership(CHILD.id, "Jade's flat, 12 Elm Road", date(2024, 1, 1)),
            HouseholdMembership(MOTHER.id, "Jade's flat, 12 Elm Road", date(2024, 1, 1)),
        ),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_corroborated_or_contradicted_must_name_what_bears_it_out() -> None:
    ids = {"e-1", "e-2"}
    said = entry(
        2, evidence=Evidence("Mother", SourceType.SELF_REPORTED, Corroboration.CORROBORATED)
    )
    assert "Say which entry or other source bears it out." in entry_problems(
        said, TODAY, ids, set()
    )
    assert said.rests_on_self_report, "a 'corroborated' with nothing behind it does not count"
    by_source = replace(said, corroborating_source="GP records, 3 Oct")
    assert entry_problems(by_source, TODAY, ids, set()) == []
    assert not by_source.rests_on_self_report
    against = entry(
        2,
        evidence=Evidence("Mother", SourceType.SELF_REPORTED, Corroboration.CONTRADICTED, "e-1"),
    )
    assert entry_problems(against, TODAY, ids, set()) == []
    assert "Say which entry or other source contradicts it." in entry_problems(
        replace(against, evidence=replace(against.evidence, corroborated_by="")), TODAY, ids, set()
    )
    fact = Evidence("Mother", SourceType.SELF_REPORTED, Corroboration.CORROBORATED)
    assert fact.rests_on_self_report and fact.problem()
    assert not replace(fact, corroborated_by="Tenancy agreement").rests_on_self_report


def test_a_link_to_the_same_event_must_be_another_entry_of_the_case() -> None:
    assert entry_problems(entry(1, same_event_as="e-1"), TODAY, {"e-1"}, set()) == [
        "An entry cannot be linked to itself."
    ]
    assert entry_problems(entry(1, same_event_as="e-9"), TODAY, {"e-1"}, set())
    assert entry_problems(entry(1, same_event_as="e-2"), TODAY, {"e-1", "e-2"}, set()) == []


def test_no_partner_of_the_mother_the_child_lives_with_is_flagged_until_recorded() -> None:
    case = record()
    assert case.mother_without_partner() == MOTHER
    assert any("No partner of Jade Carter" in line for line in case.attention(TODAY))
    partner = Person(
        PersonId("p-new"), "", "", Sex.MALE, identification=Identification.NOT_IDENTIFIED
    )
    with_partner = replace(
        case,
        people=(*case.people, partner),
        relationships=(
            *case.relationships,
            Relationship(RelationshipId("r-3"), RelationshipKind.COHABITING, partner.id, MOTHER.id),
        ),
    )
    assert with_partner.mother_without_partner() is None
    separated = replace(
        with_partner,
        relationships=(
            *case.relationships,
            Relationship(RelationshipId("r-3"), RelationshipKind.SEPARATED, partner.id, MOTHER.id),
        ),
    )
    assert separated.mother_without_partner() == MOTHER, "an ex-partner is not a partner"
    said_why = replace(case, case=replace(case.case, no_partner_because="She says none; HV agrees"))
    assert said_why.mother_without_partner() is None
    elsewhere = replace(
        case, households=(HouseholdMembership(CHILD.id, "Nan's house, 4 Mill Lane", None),)
    )
    assert elsewhere.mother_without_partner() is None, "the child does not live with her"
    unborn = replace(CHILD, birth=None, expected_on=date(2027, 3, 1))
    assert replace(case, people=(unborn, MOTHER, FATHER), households=()).mother_without_partner()


def test_refusals_to_name_an_adult_are_counted_on_the_case() -> None:
    attempts = tuple(
        IdentificationAttempt(
            f"ia-{n}",
            CASE,
            FATHER.id,
            date(2026, 3, n),
            "asked",
            "Sam",
            "Jade",
            "won't say",
            reluctance="refused to name him" if n != 2 else "",
        )
        for n in (1, 2, 3)
    )
    case = record(identification_attempts=attempts)
    assert len(case.refusals()[FATHER.id]) == 2
    assert any("met refusal or reluctance 2 times" in line for line in case.attention(TODAY))


def test_significant_entries_stay_undecided_until_a_sharing_decision_is_recorded() -> None:
    serious = entry(3, significance=Significance.SIGNIFICANT)
    case = record(entries=(entry(1), serious))
    assert case.undecided_sharing() == [serious]
    later = SharingDecision("s-1", CASE, TODAY, "", False, "Visit", entry=serious.id, pending=True)
    assert replace(case, sharing=(later,)).undecided_sharing() == [serious], "decide later"
    told = SharingDecision("s-2", CASE, TODAY, "School", True, "Visit", entry=serious.id)
    assert replace(case, sharing=(later, told)).undecided_sharing() == []
    assert any("1 significant entry has no decision" in line for line in case.attention(TODAY))


def test_sharing_without_consent_needs_its_lawful_basis() -> None:
    told = SharingDecision("s", CASE, TODAY, "Police", True, "Injury", consent=Consent.REFUSED)
    assert "lawful basis" in (sharing_problem(told) or "")
    assert sharing_problem(replace(told, lawful_basis="to protect the child")) is None
    assert sharing_problem(replace(told, shared_with="", pending=True, shared=False)) is None
    assert sharing_problem(replace(told, lawful_basis="x", shared_on=date(2026, 11, 1))), (
        "shared before it was decided"
    )


def test_overdue_actions_count_those_the_family_agreed_and_did_not_do() -> None:
    actions = (
        Action("a-1", CASE, "Register with a GP", MOTHER.id, date(2026, 10, 1), date(2026, 10, 15)),
        Action(
            "a-2",
            CASE,
            "Refer to nursery",
            worker_owner("Sam"),
            date(2026, 10, 1),
            date(2026, 11, 1),
        ),
        Action(
            "a-3", CASE, "Done", MOTHER.id, date(2026, 10, 1), date(2026, 10, 2), date(2026, 10, 2)
        ),
        Action("a-4", CASE, "Later", MOTHER.id, date(2026, 11, 1), date(2026, 12, 24)),
    )
    case = record(actions=actions)
    assert [a.id for a in case.overdue_actions(TODAY)] == ["a-1", "a-2"]
    assert any(
        "2 actions overdue, 1 of them agreed by the family" in line
        for line in case.attention(TODAY)
    )
    assert case.owner_name(MOTHER.id) == "Jade Carter" and case.owner_name("worker:Sam") == "Sam"
    bad = Action("a-5", CASE, "", worker_owner(""), date(2026, 12, 5), date(2026, 12, 1))
    fields = {field for field, _ in action_problems(bad, TODAY)}
    assert fields == {"what", "owner", "due_on", "agreed_on"}


def test_contradicted_facts_are_listed_with_what_contradicts_them() -> None:
    first = entry(1, description="Mother says the partner has moved out")
    second = entry(
        2,
        evidence=Evidence("Police", SourceType.AGENCY_RECORD, Corroboration.CONTRADICTED, "e-1"),
        description="Partner arrested at the flat",
    )
    facts = record(entries=(first, second)).contradicted()
    assert len(facts) == 1 and "Partner arrested" in facts[0].description
    assert "Mother says the partner has moved out" in facts[0].evidence.corroborated_by


def test_a_child_not_seen_or_never_seen_alone_is_a_pattern() -> None:
    visits = [
        entry(1, child_seen=ChildSeen.SEEN_NOT_ALONE),
        entry(2, child_seen=ChildSeen.NOT_SEEN),
        entry(3, child_seen=ChildSeen.SEEN_NOT_ALONE),
        entry(4),  # not recorded: not counted either way
    ]
    found = child_not_seen(visits)
    assert [p.kind for p in found] == [PatternKind.CHILD_NOT_SEEN]
    assert (
        "not seen at 1" in found[0].summary and "never recorded as seen alone" in found[0].summary
    )
    alone = [*visits, entry(5, child_seen=ChildSeen.SEEN_ALONE)]
    assert "last seen alone on 05 Oct 2026" in child_not_seen(alone)[0].summary
    assert child_not_seen([entry(5, child_seen=ChildSeen.SEEN_ALONE)]) == []


def test_one_event_reported_by_two_agencies_counts_once() -> None:
    missed = [
        entry(
            n,
            category=Category.NO_ACCESS_VISIT,
            evidence=Evidence("Social care", SourceType.AGENCY_RECORD),
        )
        for n in (1, 2, 3)
    ]
    same = entry(
        4, occurred_on=date(2026, 10, 3), category=Category.NO_ACCESS_VISIT, same_event_as="e-3"
    )
    found = avoidance([*missed, same], Thresholds())
    assert found and found[0].summary.startswith("3 avoidance events")


def test_a_visit_asks_if_the_child_was_seen_only_once_they_are_born() -> None:
    from datetime import date, timedelta

    from casedesk.domain.chronology import ChildSeen, child_seen_problem
    from casedesk.domain.dates import FuzzyDate
    from casedesk.domain.ids import PersonId
    from casedesk.domain.people import Person, Sex

    day = date(2025, 3, 1)
    unborn = Person(PersonId("u"), "", "Carter", Sex.UNKNOWN, expected_on=day + timedelta(days=30))
    assert child_seen_problem(unborn, day, ChildSeen.NOT_RECORDED) is None
    born = Person(PersonId("b"), "Ellie", "Carter", Sex.FEMALE, FuzzyDate(day - timedelta(days=9)))
    assert child_seen_problem(born, day, ChildSeen.NOT_RECORDED) == (
        "Say whether Ellie Carter was seen, and alone."
    )
    assert child_seen_problem(born, day, ChildSeen.SEEN_ALONE) is None
    # A visit from before the birth, changed later, still asks nothing of the unborn child.
    assert child_seen_problem(born, day - timedelta(days=20), ChildSeen.NOT_RECORDED) is None
