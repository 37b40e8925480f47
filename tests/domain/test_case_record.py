"""The case record's own views: key adults, who is not identified, self-report only."""

from __future__ import annotations

from datetime import date

from casedesk.domain.case_record import CaseRecord
from casedesk.services.synthetic import generate


def record_for(seed: int, index: int = 0) -> CaseRecord:
    data = generate(seed=seed, cases=6, entries=0, as_of=date(2026, 11, 1))
    case = data.cases[index]
    members = set(data.case_people[case.id])
    return CaseRecord(
        case,
        tuple(p for p in data.people if p.id in members),
        tuple(r for r in data.relationships if r.from_person in members),
    )


def test_key_adults_name_the_father_mother_and_partner() -> None:
    record = record_for(3)
    roles = [k.role for k in record.key_adults()]
    assert roles[0] == "biological father"
    assert "biological mother" in roles and "mother's partner" in roles


def test_an_unidentified_father_is_said_at_the_top() -> None:
    for index in range(6):
        record = record_for(11, index)
        father = record.key_adults()[0].person
        if father.display_name == "(name not known)":
            assert (
                record.attention(date(2026, 11, 30))[0]
                == "The biological father is not identified."
            )
            return
    raise AssertionError("the generator makes some fathers unidentified")


def test_self_reported_relationships_are_listed() -> None:
    record = record_for(4)
    facts = record.self_report_only()
    assert any("mother's partner" in f.description for f in facts)
    assert all(f.evidence.rests_on_self_report for f in facts)


def test_a_father_named_only_by_the_mother_is_a_self_reported_name() -> None:
    for index in range(6):
        record = record_for(11, index)
        father = record.key_adults()[0].person
        if father.name_evidence is not None:
            facts = [f.description for f in record.self_report_only()]
            assert f"{father.display_name}'s name" in facts
            return
    raise AssertionError("the generator names some fathers on the mother's word")
