"""Consent to share as a state (its rule, its words, the old tick box it replaces) and the
relationship to the child (the records a choice makes, the roles read back from them)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.cases import Case, LegalStatus
from casedesk.domain.child_relation import ChildRelation, plan_links, relation_of, roles_to_child
from casedesk.domain.consent import (
    ConsentState,
    ConsentToShare,
    consent_from_flag,
    consent_problem,
)
from casedesk.domain.ids import CaseId, PersonId, ProfessionalId, RelationshipId
from casedesk.domain.people import Person, Sex
from casedesk.domain.record_rules import record_problems
from casedesk.domain.relationships import Relationship, RelationshipKind
from casedesk.domain.team import Professional
from casedesk.domain.wording import shown_day

TODAY = date(2026, 11, 30)


def test_sharing_without_consent_needs_the_basis_and_who_decided() -> None:
    without = ConsentToShare(ConsentState.SHARED_WITHOUT, "Jo Manager", TODAY, "s.47 enquiry")
    assert consent_problem(without, TODAY) is None
    assert consent_problem(replace(without, basis=" "), TODAY) == (
        "consent_basis",
        "Say the lawful basis (or the reason) for sharing without consent.",
    )
    assert consent_problem(replace(without, by=""), TODAY) == (
        "consent_by",
        "Say who decided to share without consent.",
    )
    later = date(2026, 12, 1)
    assert consent_problem(ConsentToShare(ConsentState.GIVEN, "Leanne", later), TODAY) == (
        "consent_on",
        "The date of the consent decision cannot be in the future.",
    )
    # A refusal may not know the day; a migrated "given" knows neither who nor when.
    assert consent_problem(ConsentToShare(ConsentState.REFUSED, "Leanne"), TODAY) is None
    assert consent_problem(ConsentToShare(ConsentState.GIVEN), TODAY) is None


def test_a_team_member_sharing_without_consent_and_no_reason_is_refused_on_every_path() -> None:
    member = Professional(
        ProfessionalId("t"),
        CaseId("c"),
        "Kim",
        "School",
        "Head",
        date(2026, 1, 1),
        consent=ConsentState.SHARED_WITHOUT,
        consent_by="Jo Manager",
    )
    assert [p.field for p in record_problems(member, TODAY)] == ["consent_basis"]


@pytest.mark.parametrize(
    ("consent", "words"),
    [
        (ConsentToShare(), "not yet asked"),
        (ConsentToShare(ConsentState.GIVEN), "given, date not known"),
        (
            ConsentToShare(ConsentState.REFUSED, "Leanne", date(2026, 3, 4)),
            f"refused (by Leanne), {shown_day(date(2026, 3, 4))}",
        ),
        (
            ConsentToShare(ConsentState.SHARED_WITHOUT, "Jo", date(2026, 3, 4), "s.47"),
            f"shared without consent (decided by Jo), {shown_day(date(2026, 3, 4))}; basis: s.47",
        ),
        (ConsentToShare(ConsentState.NOT_APPLICABLE), "not applicable"),
    ],
)
def test_consent_reads_as_one_line(consent: ConsentToShare, words: str) -> None:
    assert consent.text() == words


def test_the_old_tick_box_means_given_or_not_yet_asked() -> None:
    assert [consent_from_flag(v) for v in (True, False, None, "yes")] == [
        ConsentState.GIVEN,
        ConsentState.NOT_YET_ASKED,
        ConsentState.NOT_YET_ASKED,
        ConsentState.NOT_YET_ASKED,
    ]


def _person(pid: str, sex: Sex, born: int) -> Person:
    from casedesk.domain.dates import FuzzyDate

    return Person(PersonId(pid), pid.capitalize(), "Okafor", sex, FuzzyDate(date(born, 1, 1)))


def _with(record: CaseRecord, person: Person, relation: ChildRelation) -> CaseRecord:
    """``record`` with ``person`` added as ``relation`` (ids as the unit of work gives)."""
    record = replace(record, people=(*record.people, person))
    plan = plan_links(relation, person, record)
    numbered = tuple(
        replace(r, id=RelationshipId(f"r{len(record.relationships) + n}"))
        for n, r in enumerate(plan.relationships)
    )
    return replace(record, relationships=(*record.relationships, *numbered))


def test_each_choice_is_read_back_as_the_same_role_and_choice() -> None:
    child = _person("ada", Sex.FEMALE, 2024)
    case = Case(CaseId("c"), "R-1", child.id, LegalStatus.EARLY_HELP, "concern", TODAY, "Sam")
    record = CaseRecord(case, (child,))
    record = _with(record, _person("ngozi", Sex.FEMALE, 1995), ChildRelation.MOTHER)
    record = _with(record, _person("dele", Sex.MALE, 1993), ChildRelation.FATHER)
    record = _with(record, _person("esther", Sex.FEMALE, 1970), ChildRelation.MATERNAL_GRANDPARENT)
    record = _with(record, _person("femi", Sex.MALE, 1965), ChildRelation.PATERNAL_GRANDPARENT)
    record = _with(record, _person("tunde", Sex.MALE, 2020), ChildRelation.SIBLING)
    record = _with(record, _person("bola", Sex.FEMALE, 1990), ChildRelation.AUNT_OR_UNCLE)
    record = _with(record, _person("ryan", Sex.MALE, 1990), ChildRelation.MOTHERS_PARTNER)
    roles = {record.person(p).given_names: r for p, r in roles_to_child(record).items()}
    assert roles == {
        "Ada": "subject child",
        "Ngozi": "biological mother",
        "Dele": "biological father",
        "Esther": "maternal grandmother",
        "Femi": "paternal grandfather",
        "Tunde": "brother",
        "Bola": "aunt",
        "Ryan": "mother's partner",
    }
    chosen = {record.person(p).given_names: relation_of(p, record) for p in roles_to_child(record)}
    assert chosen == {
        "Ada": ChildRelation.UNKNOWN,
        "Ngozi": ChildRelation.MOTHER,
        "Dele": ChildRelation.FATHER,
        "Esther": ChildRelation.MATERNAL_GRANDPARENT,
        "Femi": ChildRelation.PATERNAL_GRANDPARENT,
        "Tunde": ChildRelation.SIBLING,
        "Bola": ChildRelation.AUNT_OR_UNCLE,
        "Ryan": ChildRelation.MOTHERS_PARTNER,
    }
    grandmother = next(r for r in record.relationships if r.from_person == PersonId("esther"))
    assert (grandmother.kind, grandmother.to_person) == (
        RelationshipKind.BIOLOGICAL_PARENT,
        PersonId("ngozi"),
    )


def test_a_grandparent_with_no_parent_recorded_is_linked_to_the_child_and_says_so() -> None:
    child = _person("ada", Sex.FEMALE, 2024)
    case = Case(CaseId("c"), "R-1", child.id, LegalStatus.EARLY_HELP, "concern", TODAY, "Sam")
    record = CaseRecord(case, (child,))
    grandfather = _person("femi", Sex.MALE, 1965)
    plan = plan_links(ChildRelation.PATERNAL_GRANDPARENT, grandfather, record)
    assert plan.relationships == (
        Relationship(
            RelationshipId(""),
            RelationshipKind.SIGNIFICANT_ADULT,
            grandfather.id,
            child.id,
            role="paternal grandfather",
        ),
    )
    assert plan.note.startswith("No father of the child is recorded yet")
    assert plan_links(ChildRelation.UNKNOWN, grandfather, record).relationships == ()
