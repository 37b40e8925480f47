"""The synthetic data generator behind `casedesk demo`, the tests and the benchmarks.

Beyond its size and determinism, the demo has to be believed by a social worker reading
it, and has to show every feature: these tests check both, for several seeds and sizes.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from casedesk.domain.actions import WORKER_PREFIX, action_problems
from casedesk.domain.assessment_gaps import adults_to_consider, gaps
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.cases import Case, LegalStatus
from casedesk.domain.chronology import Category, ChildSeen, ChronologyEntry, entry_problems
from casedesk.domain.dates import DatePrecision
from casedesk.domain.deadline_changes import Timescales
from casedesk.domain.deadline_rules import Due, deadlines_for
from casedesk.domain.escalation import EscalationStatus, taken_further
from casedesk.domain.evidence import Corroboration, Evidence, Significance, SourceType
from casedesk.domain.oversight_rules import DEFAULT_ESCALATION, SupervisionRules
from casedesk.domain.people import Identification, Person, Sex
from casedesk.domain.record_rules import record_problems
from casedesk.domain.relationships import RelationshipKind
from casedesk.domain.sharing import Consent, sharing_problem, undecided_entries
from casedesk.domain.supervision import supervision_gaps
from casedesk.domain.validation import Severity, check_parent_child, check_person
from casedesk.domain.working_days import WorkingCalendar
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.interchange_reading import from_document
from casedesk.services.rule_packs import load_pack
from casedesk.services.synthetic import (
    DEFAULT_AS_OF,
    GIVEN_NAMES,
    WORKER,
    SyntheticData,
    generate,
    iter_case_entries,
)

SEEDS = range(1, 7)
SIZES = [(1, None), (5, None), (20, None), (1, 2000), (5, 2000)]
ENGLAND = WorkingCalendar("England")
PACK = load_pack("England", folder=Path(__file__).parent).pack  # as shipped
YEAR = 365.25
PREGNANCY = timedelta(days=280)
PREGNANCY_WORDS = re.compile(r"antenatal|pregnan|midwife booking", re.IGNORECASE)


@cache
def demo(seed: int, cases: int, entries: int | None = None) -> SyntheticData:
    return generate(seed=seed, cases=cases, entries=entries, as_of=DEFAULT_AS_OF)


def every_demo() -> Iterator[tuple[str, SyntheticData]]:
    for seed in SEEDS:
        for cases, entries in SIZES:
            yield f"seed {seed}, {cases} cases, {entries} entries", demo(seed, cases, entries)


def rule_deadlines(data: SyntheticData) -> dict[str, list[Due]]:
    """Each case's deadlines as ``casedesk due`` works them out, by the shipped pack."""
    people = {p.id: p for p in data.people}
    entries = _case_entries(data)
    return {
        case.id: deadlines_for(
            CaseRecord(
                case,
                tuple(people[p] for p in data.case_people[case.id]),
                entries=tuple(entries.get(case.id, [])),
            ),
            PACK,
            ENGLAND,
        )
        for case in data.cases
    }


def _late(due: Due) -> bool:
    return due.is_overdue(DEFAULT_AS_OF) or (due.met_on is not None and due.met_on > due.due_on)


def test_same_seed_gives_the_same_data_and_another_seed_does_not() -> None:
    assert generate(seed=7, cases=4) == generate(seed=7, cases=4)
    assert generate(seed=7, cases=4) != generate(seed=8, cases=4)


def test_every_case_is_clearly_fictional() -> None:
    data = generate(seed=3, cases=5)
    for case in data.cases:
        assert case.reference.startswith("DEMO-")
        assert "FICTIONAL" in case.original_concern


def test_families_have_three_generations_half_siblings_and_a_new_partner() -> None:
    data = generate(seed=11, cases=10)
    people = {p.id: p for p in data.people}
    for case in data.cases:
        members = set(data.case_people[case.id])
        rels = [r for r in data.relationships if r.from_person in members]
        parents_of: dict[str, set[str]] = {}
        for r in rels:
            if r.kind is RelationshipKind.BIOLOGICAL_PARENT:
                parents_of.setdefault(r.to_person, set()).add(r.from_person)
        child = case.subject_child
        mother = next(p for p in parents_of[child] if people[p].sex.value == "female")
        assert parents_of.get(mother), "the mother's own parents are recorded"
        half = [
            c
            for c, ps in parents_of.items()
            if c != child and mother in ps and ps != parents_of[child]
        ]
        assert half, "a half-sibling by another father"
        assert any(r.kind is RelationshipKind.COHABITING for r in rels)
        assert any(
            r.kind is RelationshipKind.SIGNIFICANT_ADULT and r.role == "mother's partner"
            for r in rels
        )
    unidentified = [p for p in data.people if p.identification is Identification.NOT_IDENTIFIED]
    assert unidentified, "some fathers are not yet identified"


def test_chronology_mixes_sources_and_includes_avoidance() -> None:
    data = generate(seed=5, cases=3, entries=3000)
    assert len(data.entries) == 3000
    assert set(Counter(e.source_type for e in data.entries)) == set(SourceType)
    categories = Counter(e.category for e in data.entries)
    assert categories[Category.NO_ACCESS_VISIT] > 0 and categories[Category.MISSED_APPOINTMENT] > 0
    years = {e.occurred_on.year for e in data.entries}
    assert len(years) >= 3, "several years of history"
    assert all(rule_deadlines(data).values())


def test_scales_to_the_largest_benchmark_size() -> None:
    data = generate(seed=1, cases=200, entries=100_000)
    assert len(data.cases) == 200
    assert len(data.entries) == 100_000
    assert len({e.id for e in data.entries}) == 100_000


@pytest.mark.parametrize(("cases", "entries"), [(0, None), (201, None), (1, 100_001), (1, -1)])
def test_out_of_range_sizes_are_refused(cases: int, entries: int | None) -> None:
    with pytest.raises(ValueError):
        generate(cases=cases, entries=entries)


# A demo a social worker would believe


def test_a_given_name_belongs_to_one_sex_and_agrees_with_the_symbol() -> None:
    assert not GIVEN_NAMES[Sex.FEMALE] & GIVEN_NAMES[Sex.MALE]
    for label, data in every_demo():
        for person in data.people:
            if person.sex in (Sex.FEMALE, Sex.MALE) and person.given_names:
                assert person.given_names in GIVEN_NAMES[person.sex], (label, person)
            elif person.sex is Sex.UNKNOWN:
                assert person.is_unborn, (label, person)
        for case in data.cases:
            members = [p for p in data.people if p.id in set(data.case_people[case.id])]
            given = [p.given_names for p in members if p.given_names]
            assert len(given) == len(set(given)), f"{label}: two of a family share a name"


def _exact(person: Person) -> bool:
    return person.birth is None or person.birth.precision is DatePrecision.EXACT


def _born(person: Person) -> date | None:
    return person.birth.value if person.birth else person.expected_on


def test_parents_are_of_an_age_to_have_their_children() -> None:
    for label, data in every_demo():
        people = {p.id: p for p in data.people}
        for rel in data.relationships:
            if rel.kind is not RelationshipKind.BIOLOGICAL_PARENT:
                continue
            parent, child = people[rel.from_person], people[rel.to_person]
            assert not [
                p for p in check_parent_child(parent, child) if p.severity is Severity.ERROR
            ]
            parent_born, child_born = _born(parent), _born(child)
            if parent_born is None or child_born is None:
                continue  # a father not identified: no date of birth
            age = (child_born - parent_born).days / YEAR
            # A year of slack where only the year of birth is known (recorded as 1 January).
            older = 0 if _exact(parent) else 1
            younger = 0 if _exact(child) else 1
            low, high = (17, 40) if parent.sex is Sex.FEMALE else (18, 50)
            assert low - younger <= age <= high + older, (label, parent, child, age)
        for person in data.people:
            assert not [
                p for p in check_person(person, DEFAULT_AS_OF) if p.severity is Severity.ERROR
            ]


def test_nothing_about_the_child_before_the_birth_but_the_pregnancy() -> None:
    for label, data in every_demo():
        people = {p.id: p for p in data.people}
        for case in data.cases:
            child = people[case.subject_child]
            born = child.birth.value if child.birth else None
            if case.legal_status is LegalStatus.PRE_BIRTH:
                assert child.is_unborn and child.expected_on and child.expected_on > DEFAULT_AS_OF
            for entry in iter_case_entries(data, case.id):
                after_birth = born is not None and entry.occurred_on >= born
                about_pregnancy = bool(PREGNANCY_WORDS.search(entry.description))
                if child.id in entry.people or child.given_names in entry.description:
                    assert after_birth or about_pregnancy, (label, entry)
                if entry.child_seen is not ChildSeen.NOT_RECORDED:
                    assert after_birth, (label, entry)
                if entry.category is Category.NO_ACCESS_VISIT and after_birth:
                    assert entry.child_seen is ChildSeen.NOT_SEEN, (label, entry)
                if entry.category in (
                    Category.SCHOOL_ATTENDANCE,
                    Category.INJURY,
                    Category.HOSPITAL_ATTENDANCE,
                ) and (child.id in entry.people):
                    assert after_birth, (label, entry)
                if entry.category is Category.SCHOOL_ATTENDANCE and child.id in entry.people:
                    assert born is not None and (entry.occurred_on - born).days >= 3 * YEAR
                if entry.child_words:
                    assert entry.child_seen in (ChildSeen.SEEN_ALONE, ChildSeen.SEEN_NOT_ALONE)
                    assert born is not None and (entry.occurred_on - born).days >= 3 * YEAR, (
                        f"{label}: a baby's words: {entry}"
                    )


def test_antenatal_events_happen_only_in_a_pregnancy() -> None:
    for label, data in every_demo():
        people = {p.id: p for p in data.people}
        for case in data.cases:
            child = people[case.subject_child]
            mother = next(
                people[r.from_person]
                for r in data.relationships
                if r.to_person == child.id
                and r.kind is RelationshipKind.BIOLOGICAL_PARENT
                and people[r.from_person].sex is Sex.FEMALE
            )
            births = [
                _born(people[r.to_person])
                for r in data.relationships
                if r.from_person == mother.id and r.kind is RelationshipKind.BIOLOGICAL_PARENT
            ]
            for entry in iter_case_entries(data, case.id):
                if PREGNANCY_WORDS.search(entry.description):
                    assert any(
                        b is not None and b - PREGNANCY <= entry.occurred_on < b for b in births
                    ), f"{label}: {entry.occurred_on} {entry.description}"


def test_households_have_names_a_person_would_use() -> None:
    for label, data in every_demo():
        for membership in data.households:
            name = membership.household
            # "Jade's flat, 12 Elm Road", never an id such as "c1-000001-home".
            assert not re.search(r"c\d+-\d+|-home", name), (label, name)
            assert re.fullmatch(r"\w+'s (flat|house), \d+ [A-Z][a-z]+( [A-Z][a-z]+)*", name), name


def test_the_demo_records_exactly_the_deadlines_its_events_call_for() -> None:
    """As a case file would have recorded them as the events arrived: nothing missing, none
    met that an event met but left open, no date the events contradict, and each
    statutory timescale exceeded says why."""
    timescales = Timescales(PACK, ENGLAND)
    for label, data in every_demo():
        people = {p.id: p for p in data.people}
        entries = _case_entries(data)
        for case in data.cases:
            record = CaseRecord(
                case,
                tuple(people[p] for p in data.case_people[case.id]),
                entries=tuple(entries.get(case.id, [])),
                deadlines=tuple(d for d in data.deadlines if d.case == case.id),
            )
            found = timescales.reconcile(record, DEFAULT_AS_OF)
            assert not (found.new or found.met or found.changes), (label, case.reference)
            assert not [d for d in record.deadlines if d.late_without_reason], label


@pytest.mark.parametrize("seed", SEEDS)
def test_the_chronology_meets_the_rule_packs_timescales_as_a_real_case_does(seed: int) -> None:
    """Referral decisions within a working day, the first core group on time, and most
    of the rest met: what drift the demo shows is a visit or an assessment here and there."""
    for cases in (1, 5, 20):
        data = demo(seed, cases)
        found = rule_deadlines(data)
        for case in data.cases:
            label = f"seed {seed}, {cases} cases, {case.reference} ({case.legal_status.value})"
            dues = found[case.id]
            assert any(d.rule.id == "referral-decision" and d.met_on for d in dues), label
            never = [
                d
                for d in dues
                if d.rule.id in ("referral-decision", "first-core-group") and _late(d)
            ]
            assert not never, (label, never)
            late = [d for d in dues if _late(d)]
            assert len(late) <= max(2, len(dues) // 4), (label, late)
            overdue = [d for d in dues if d.is_overdue(DEFAULT_AS_OF)]
            assert len(overdue) <= 2, (label, overdue)
            if case.legal_status is LegalStatus.CHILD_PROTECTION_PLAN:
                assert any(d.rule.id == "first-core-group" and d.met_on for d in dues), label
        if cases == 5:
            assert any(d.is_overdue(DEFAULT_AS_OF) for dues in found.values() for d in dues), (
                f"seed {seed}: some drift to see"
            )


def test_nothing_is_dated_after_today_but_what_is_due_or_expected() -> None:
    today = DEFAULT_AS_OF
    for label, data in every_demo():
        dates: list[date | None] = [c.opened_on for c in data.cases]
        for p in data.people:
            dates += [p.birth.value if p.birth else None, p.died_on]
        dates += [r.started_on for r in data.relationships]
        dates += [h.from_date for h in data.households]
        dates += [m.involved_from for m in data.professionals]
        dates += [e.occurred_on for e in data.entries] + [e.until for e in data.entries]
        dates += [d.started_on for d in data.deadlines] + [d.met_on for d in data.deadlines]
        dates += [link.from_date for link in data.emotional_links]
        dates += [s.from_date for s in data.supports]
        dates += [a.attempted_on for a in data.identification_attempts]
        dates += [c.raised_on for c in data.concerns]
        dates += [s.decided_on for s in data.sharing] + [s.shared_on for s in data.sharing]
        dates += [a.agreed_on for a in data.actions] + [a.completed_on for a in data.actions]
        late = [d for d in dates if d is not None and d > today]
        assert not late, f"{label}: {late[:3]}"


def _all_evidence(data: SyntheticData) -> Iterator[Evidence]:
    for person in data.people:
        yield from (e for e in (person.birth_evidence, person.name_evidence) if e)
    for record in (*data.relationships, *data.households, *data.emotional_links, *data.supports):
        yield record.evidence


def test_every_record_is_one_the_case_file_would_accept() -> None:
    today = DEFAULT_AS_OF
    for label, data in every_demo():
        for evidence in _all_evidence(data):
            assert evidence.problem() is None, (label, evidence)
        for record in (
            *data.cases,
            *data.relationships,
            *data.households,
            *data.professionals,
            *data.identification_attempts,
            *data.sharing,
            *data.actions,
            *data.deadlines,
            *data.emotional_links,
            *data.supports,
        ):
            assert record_problems(record, today) == [], (label, record)
        for case in data.cases:
            people = set(data.case_people[case.id])
            entries = list(iter_case_entries(data, case.id))
            ids = {e.id for e in entries}
            for entry in entries:
                assert entry_problems(entry, today, ids, people) == [], (label, entry)
            team = {m.id for m in data.professionals if m.case == case.id}
            attempts = {a.id for a in data.identification_attempts if a.case == case.id}
            for action in (a for a in data.actions if a.case == case.id):
                assert action_problems(action, today) == [], (label, action)
                assert action.owner.startswith(WORKER_PREFIX) or action.owner in team | people
                assert not action.entry or action.entry in ids
                assert not action.attempt or action.attempt in attempts
            for decision in (s for s in data.sharing if s.case == case.id):
                assert sharing_problem(decision) is None, (label, decision)
                assert decision.entry in ids
                assert decision.decided_on >= case.opened_on


def test_corroboration_always_names_what_bears_it_out() -> None:
    for label, data in every_demo():
        for entry in data.entries:
            if entry.corroboration is not Corroboration.UNVERIFIED:
                assert entry.borne_out_by, (label, entry)
                if entry.corroborating_entry:
                    other = next(e for e in data.entries if e.id == entry.corroborating_entry)
                    assert other.case == entry.case and other.id != entry.id


def test_attempts_to_identify_an_adult_come_after_the_case_opened_in_date_order() -> None:
    for label, data in every_demo():
        people = {p.id: p for p in data.people}
        for case in data.cases:
            attempts = [a for a in data.identification_attempts if a.case == case.id]
            for attempt in attempts:
                assert case.opened_on < attempt.attempted_on <= DEFAULT_AS_OF, label
                assert attempt.person in data.case_people[case.id]
                assert people[attempt.person].identification is not Identification.IDENTIFIED
            assert [a.attempted_on for a in attempts] == sorted(a.attempted_on for a in attempts)
            unknown = [
                p
                for p in data.case_people[case.id]
                if people[p].identification is Identification.NOT_IDENTIFIED
            ]
            for person in unknown:
                assert sum(a.person == person for a in attempts) >= 2, "several attempts"


@pytest.mark.parametrize("seed", SEEDS)
def test_a_five_case_demo_shows_every_feature(seed: int) -> None:
    data = demo(seed, 5)
    today = DEFAULT_AS_OF
    people = {p.id for p in data.people}
    assert any(a.reluctance for a in data.identification_attempts), "refusal or reluctance"
    assert data.concerns, "later concerns"
    decided = [s for s in data.sharing if not s.pending]
    assert any(s.shared and s.consent is Consent.GIVEN for s in decided), "shared with consent"
    assert any(s.shared and s.lawful_basis for s in decided), "shared without consent"
    assert any(not s.shared and s.reason for s in decided), "not shared, and why"
    assert any(s.pending and not s.shared_with for s in data.sharing), "decide later"
    with_a_decision = {s.entry for s in data.sharing}
    undecided = undecided_entries(data.entries, data.sharing)
    assert any(e.id not in with_a_decision for e in undecided), "significant, never decided"
    seen = {e.child_seen for e in data.entries}
    assert {ChildSeen.SEEN_ALONE, ChildSeen.SEEN_NOT_ALONE, ChildSeen.NOT_SEEN} <= seen
    assert any(e.child_words for e in data.entries) and any(
        e.home_observations for e in data.entries
    )
    late = [a for a in data.actions if a.is_overdue(today)]
    assert any(a.owner in people for a in late), "an action the family agreed and did not do"
    assert any(a.done for a in data.actions) and any(
        not a.done and not a.is_overdue(today) for a in data.actions
    )
    assert any(a.entry for a in data.actions) and any(a.attempt for a in data.actions)
    dues = [d for found in rule_deadlines(data).values() for d in found]
    assert any(d.met_on for d in dues), "a deadline met"
    assert any(d.is_overdue(today) for d in dues), "a deadline missed"
    kinds = Counter(e.corroboration for e in data.entries)
    assert kinds[Corroboration.CORROBORATED] and kinds[Corroboration.CONTRADICTED]
    longer = demo(seed, 5, 2000).entries
    assert any(e.same_event_as for e in longer), "one event recorded by two agencies"


def test_several_cases_have_overdue_actions_and_a_pre_birth_case_has_an_unborn_child() -> None:
    data = demo(1, 20)
    late_cases = {a.case for a in data.actions if a.is_overdue(DEFAULT_AS_OF)}
    assert len(late_cases) >= 5
    pre_birth = [c for c in data.cases if c.legal_status is LegalStatus.PRE_BIRTH]
    assert pre_birth
    people = {p.id: p for p in data.people}
    for case in pre_birth:
        assert people[case.subject_child].is_unborn
        entries = list(iter_case_entries(data, case.id))
        assert all(e.child_seen is ChildSeen.NOT_RECORDED for e in entries)
        assert not any(
            re.search(r"\bseen\b", e.description) and case.subject_child in e.people
            for e in entries
        )


def _bare(record: Any) -> Any:
    """A record as generated: no one has recorded it yet."""
    stamps = {"recorded_by": "", "recorded_at": ""}
    return replace(record, **{k: v for k, v in stamps.items() if hasattr(record, k)})


def _unstamped(record: Any) -> Any:
    if getattr(record, "recorded_by", "") == "Sam":
        return replace(record, recorded_by="")
    return record


def test_the_demo_written_to_a_case_file_reads_back_and_passes_its_checks(
    tmp_path: Path,
) -> None:
    today = date(2026, 11, 2)
    data = generate(seed=2, cases=3, entries=300, as_of=today)
    case_file, _ = CaseFile.create(
        tmp_path / "demo.casedesk", "kettle mango violin harbour", "Sam", kdf=FLOOR
    )
    with case_file:
        write_data(case_file, data)
        references = case_file.case_references()
        assert references == [c.reference for c in data.cases]
        for case in data.cases:
            record = case_file.case_record(case.reference)
            assert {e.id for e in record.entries} == {
                e.id for e in data.entries if e.case == case.id
            }
            for kind, mine in (
                ("identification_attempts", data.identification_attempts),
                ("concerns", data.concerns),
                ("sharing", data.sharing),
                ("actions", data.actions),
                ("deadlines", data.deadlines),
            ):
                # As generated, but for who recorded it: the case file's user ("Sam").
                read = {_unstamped(r) for r in getattr(record, kind)}
                assert read == {r for r in mine if r.case == case.id}, kind
            assert record.undecided_sharing(), "significant entries still to be decided"
            assert "no decision yet" in " ".join(record.attention(today))
        document = json.loads(json.dumps(case_file.export_document(references)))
        assert case_file.check().ok
    records, problems = from_document(document, today)
    assert problems == [] and len(records) == 3


# What a practitioner touring the demo would not believe


def _case_entries(data: SyntheticData) -> dict[str, list[ChronologyEntry]]:
    found: dict[str, list[ChronologyEntry]] = {}
    for entry in data.entries:
        found.setdefault(entry.case, []).append(entry)
    return found


def _children(data: SyntheticData, case: Case) -> list[Person]:
    """The mother's children in the case: the child it is about and the half-sibling."""
    people = {p.id: p for p in data.people}
    mother = _mother(data, case)
    return [
        people[r.to_person]
        for r in data.relationships
        if r.from_person == mother.id and r.kind is RelationshipKind.BIOLOGICAL_PARENT
    ]


def _mother(data: SyntheticData, case: Case) -> Person:
    people = {p.id: p for p in data.people}
    return next(
        people[r.from_person]
        for r in data.relationships
        if r.to_person == case.subject_child
        and r.kind is RelationshipKind.BIOLOGICAL_PARENT
        and people[r.from_person].sex is Sex.FEMALE
    )


def _agency(shared_with: str) -> str:
    """'Helen Hughes (Northvale Homes)' -> 'Northvale Homes'."""
    return shared_with.split(" (", 1)[1][:-1]


SOCIAL_CARE = "Northvale Children's Social Care"
HEALTH_VISITING = "Northvale Health Visiting Service"
ANY_DAY = {Category.POLICE_CALL_OUT, Category.DOMESTIC_ABUSE, Category.HOSPITAL_ATTENDANCE}
VISITS = {Category.HOME_VISIT, Category.NO_ACCESS_VISIT}
SEEN = {ChildSeen.SEEN_ALONE, ChildSeen.SEEN_NOT_ALONE}
SCHOOLS = {"St Aidan's Primary School", "Northvale Academy", "Little Acorns Nursery"}


def _out_of_term(day: date) -> bool:
    return day.month == 8 or (day.month == 7 and day.day >= 23)


def test_professional_work_falls_on_working_days() -> None:
    for label, data in every_demo():
        for case in data.cases:
            assert ENGLAND.is_working_day(case.opened_on), (label, case)
        for entry in data.entries:
            if entry.precision is not DatePrecision.EXACT or entry.category in ANY_DAY:
                continue
            assert ENGLAND.is_working_day(entry.occurred_on), (label, entry)
            if entry.source in SCHOOLS - {"Little Acorns Nursery"}:
                assert not _out_of_term(entry.occurred_on), (label, entry)
        dates = [a.attempted_on for a in data.identification_attempts]
        dates += [s.decided_on for s in data.sharing] + [s.shared_on for s in data.sharing]
        dates += [a.agreed_on for a in data.actions] + [a.completed_on for a in data.actions]
        dates += [c.raised_on for c in data.concerns]
        dates += [d.started_on for d in data.deadlines] + [d.met_on for d in data.deadlines]
        days = [d for d in dates if d is not None and not ENGLAND.is_working_day(d)]
        assert not days, (label, days[:3])


def test_an_action_is_done_only_as_the_record_shows() -> None:
    for label, data in every_demo():
        entries = _case_entries(data)
        attempts = {(a.case, a.attempted_on) for a in data.identification_attempts}
        for action in data.actions:
            assert "review meeting" not in action.outcome, (label, action)
            on_the_day = [e for e in entries[action.case] if e.occurred_on == action.completed_on]
            visits = [
                e
                for e in on_the_day
                if e.category is Category.HOME_VISIT and e.source == SOCIAL_CARE
            ]
            if " alone" in action.what and action.what.startswith("Visit"):
                if action.done:
                    assert "alone" in action.outcome, (label, action)
                    assert any(v.child_seen is ChildSeen.SEEN_ALONE for v in visits), (
                        f"{label}: done, but the child was not seen alone that day: {action}"
                    )
            elif "where" in action.what and "sleeps" in action.what and action.done:
                assert any(v.child_seen in SEEN for v in visits), (label, action)
            if action.outcome.startswith("Done: see the attempt"):
                assert (action.case, action.completed_on) in attempts, (label, action)


def test_a_statutory_visit_is_met_only_by_a_visit_that_saw_the_child() -> None:
    for label, data in every_demo():
        entries = _case_entries(data)
        found = rule_deadlines(data)
        people = {p.id: p for p in data.people}
        for case in data.cases:
            born = not people[case.subject_child].is_unborn
            visits = sorted(
                e.occurred_on
                for e in entries.get(case.id, [])
                if e.category is Category.HOME_VISIT
                and e.occurred_on >= case.opened_on
                and (e.child_seen in SEEN or not born)
            )
            for deadline in found[case.id]:
                if deadline.rule.starts != "home visit":
                    continue
                assert deadline.started_on in visits, (label, deadline)
                if deadline.met_on is not None:
                    assert deadline.met_on in visits, (
                        f"{label}: met by a visit that did not see the child: {deadline}"
                    )
                    between = [d for d in visits if deadline.started_on < d < deadline.met_on]
                    assert not between, (label, deadline, between)


def test_a_contradiction_contradicts_and_what_bears_a_fact_out_fits_it() -> None:
    police = re.compile(r"Police|999|PNC|Custody|body-worn|IDVA", re.IGNORECASE)
    for label, data in every_demo():
        by_id = {e.id: e for e in data.entries}
        births = {c.id: [_born(p) for p in _children(data, c)] for c in data.cases}
        for entry in data.entries:
            source = entry.corroborating_source
            if entry.corroboration is Corroboration.CONTRADICTED:
                if entry.corroborating_entry:
                    later = by_id[entry.corroborating_entry]
                    # "He has moved out", and the police find him there within weeks.
                    assert re.search(r"moved out|no longer", entry.description), (label, entry)
                    assert later.category in (Category.POLICE_CALL_OUT, Category.DOMESTIC_ABUSE)
                    assert 0 < (later.occurred_on - entry.occurred_on).days <= 42, (label, entry)
                    assert len(set(later.people) & set(entry.people)) >= 2, (label, later)
                elif "not consistent" in source:
                    # An explanation, and a doctor's opinion that it does not fit.
                    assert re.search(r"explanation|said|accident", entry.description), entry
                elif "'s account:" in source:
                    assert entry.category in ANY_DAY, (label, entry)
                else:
                    assert source.startswith("Worker's observation"), (label, entry)
                    assert "no longer" in entry.description, (label, entry)
            elif entry.corroboration is Corroboration.CORROBORATED:
                assert not entry.corroborating_entry, (label, entry)
                if re.search(r"School|Teaching|Attendance|attendance data|Breakfast", source):
                    assert entry.source in SCHOOLS or entry.category is Category.SCHOOL_ATTENDANCE
                if police.search(source):
                    assert entry.category in (
                        *ANY_DAY,
                        Category.DISCLOSURE,
                        Category.INFORMATION_SHARED,
                    ), (label, entry)
                if re.search(r"Maternity|Antenatal", source):
                    assert PREGNANCY_WORDS.search(entry.description), (label, entry)
                if "health visitor" in source.lower():
                    ages = [(entry.occurred_on - b).days for b in births[entry.case] if b]
                    assert any(0 <= a < 5 * YEAR for a in ages), (label, entry)
                assert not (
                    entry.source == "Northvale General Hospital (A&E)" and "School" in source
                ), (label, entry)


def test_an_injury_to_a_baby_or_a_child_on_a_plan_is_significant() -> None:
    for label, data in every_demo():
        entries = _case_entries(data)
        for case in data.cases:
            children = {p.id: p for p in _children(data, case)}
            plan = min(
                (
                    e.occurred_on
                    for e in entries[case.id]
                    if e.category is Category.CONFERENCE and "protection plan" in e.description
                ),
                default=None,
            )
            for entry in entries[case.id]:
                if entry.category not in (Category.INJURY, Category.HOSPITAL_ATTENDANCE):
                    continue
                for person in entry.people:
                    child = children.get(person)
                    if child is None or child.birth is None:
                        continue
                    age = (entry.occurred_on - child.birth.value).days
                    if 0 <= age < 183:
                        assert entry.significance is Significance.CRITICAL, (label, entry)
                    elif 0 <= age < 365:
                        assert entry.significance >= Significance.SIGNIFICANT, (label, entry)
                    on_plan = plan is not None and entry.occurred_on >= plan
                    if person == case.subject_child and on_plan:
                        assert entry.significance >= Significance.SIGNIFICANT, (label, entry)


def test_one_visit_a_day_to_a_family() -> None:
    for label, data in every_demo():
        days = Counter(
            (e.case, e.occurred_on, e.category in VISITS)
            for e in data.entries
            if (e.category in VISITS or e.category is Category.SUPERVISION) and not e.same_event_as
        )
        twice = [key for key, n in days.items() if n > 1]
        assert not twice, f"{label}: two visits (or supervisions) on a day: {twice[:3]}"


def test_sharing_decisions_agree_with_themselves() -> None:
    held = {Category.CONFERENCE, Category.STRATEGY_DISCUSSION}
    told_police = {
        Category.POLICE_CALL_OUT,
        Category.DOMESTIC_ABUSE,
        Category.DISCLOSURE,
        Category.INJURY,
        Category.HOSPITAL_ATTENDANCE,
    }
    for label, data in every_demo():
        by_id = {e.id: e for e in data.entries}
        for decision in data.sharing:
            if decision.pending:
                continue
            entry = by_id[decision.entry]
            agency = _agency(decision.shared_with)
            if decision.consent is Consent.REFUSED:
                assert "Seeking consent" not in decision.lawful_basis, (label, decision)
            if decision.shared:
                assert agency != entry.source, f"{label}: told them of their own record"
                continue
            reason = decision.reason
            if "at the meeting" in reason:
                assert entry.category in held, (label, decision, entry)
            if "own record" in reason:
                assert agency == entry.source, (label, decision)
            if reason.startswith("Not"):
                police = "Police" in agency
                assert not (police and entry.category in told_police), (label, decision)


def test_social_care_works_only_while_it_has_the_case() -> None:
    casework = {*VISITS, Category.SUPERVISION, Category.CANCELLED_MEETING}
    for label, data in every_demo():
        entries = _case_entries(data)
        for case in data.cases:
            mine = sorted(entries[case.id], key=lambda e: e.occurred_on)
            closed = [e.occurred_on for e in mine if "case closed" in e.description]
            referred = [e.occurred_on for e in mine if e.category is Category.REFERRAL]
            ended = next(
                m.involved_to
                for m in data.professionals
                if m.case == case.id and m.agency == SOCIAL_CARE
            )
            for entry in mine:
                ours = entry.source == SOCIAL_CARE or entry.category in casework
                if not ours:
                    continue
                day = entry.occurred_on
                if ended is not None:
                    assert day <= ended, f"{label}: social care's work after the step-down"
                if day >= case.opened_on:
                    continue
                # Before this episode: within an earlier one, from a referral to a closure.
                closing = [c for c in closed if day <= c < case.opened_on]
                assert closing, f"{label}: social care's work with no episode: {entry}"
                before = [c for c in closed if c < day]
                opening = [r for r in referred if r <= day and all(c < r for c in before)]
                assert opening, f"{label}: an episode with no referral: {entry}"


def test_names_are_not_shared_between_families() -> None:
    for label, data in every_demo():
        people = {p.id: p for p in data.people}
        cases_of: dict[str, set[str]] = {}
        for case in data.cases:
            for pid in data.case_people[case.id]:
                if people[pid].family_name:
                    cases_of.setdefault(people[pid].family_name, set()).add(case.id)
        shared = {name: cases for name, cases in cases_of.items() if len(cases) > 1}
        assert not shared, (label, shared)
        for case in data.cases:
            members = set(data.case_people[case.id])
            # People who share a family name are kin by blood or marriage.
            kin = {pid: {pid} for pid in members}
            for rel in data.relationships:
                if rel.from_person in members and rel.kind in (
                    RelationshipKind.BIOLOGICAL_PARENT,
                    RelationshipKind.MARRIED,
                ):
                    joined = kin[rel.from_person] | kin[rel.to_person]
                    for pid in joined:
                        kin[pid] = joined
            by_name: dict[str, list[str]] = {}
            for pid in members:
                if people[pid].family_name:
                    by_name.setdefault(people[pid].family_name, []).append(pid)
            for name, ids in by_name.items():
                assert all(kin[ids[0]] == kin[pid] for pid in ids), (label, name)
            mother = _mother(data, case)
            for rel in data.relationships:
                if rel.from_person == mother.id and rel.kind in (
                    RelationshipKind.COHABITING,
                    RelationshipKind.SEPARATED,
                ):
                    assert people[rel.to_person].family_name != mother.family_name, label


def test_the_lead_and_the_team_fit_the_case() -> None:
    universal = {HEALTH_VISITING, *SCHOOLS}
    for label, data in every_demo():
        people = {p.id: p for p in data.people}
        entries = _case_entries(data)
        for case in data.cases:
            team = [m for m in data.professionals if m.case == case.id]
            leads = [m for m in team if m.lead]
            assert len(leads) == 1, (label, case)
            lead = leads[0]
            assert case.allocated_worker == lead.name, (label, case)
            if case.legal_status is LegalStatus.EARLY_HELP:
                assert lead.agency in universal, (label, lead)
            else:
                assert lead.agency == SOCIAL_CARE and lead.role == "Social worker", (label, lead)
            if any(m.role == "Probation officer" for m in team):
                assert any(
                    "probation" in people[p].notes.lower() for p in data.case_people[case.id]
                ), label
                assert any("probation" in e.description.lower() for e in entries[case.id])
            for support in data.supports:
                if support.case == case.id and support.kind == "family":
                    assert re.search(r"\((maternal|paternal) \w+\)$", support.name), support
                    assert support.note, support


def _school_years(born: date) -> tuple[date, date, date]:
    year = born.year + (5 if born.month >= 9 else 4)
    return date(year, 9, 1), date(year + 7, 9, 1), date(year + 12, 8, 1)


def test_agencies_record_only_children_of_the_age_they_work_with() -> None:
    settings = {
        "St Aidan's Primary School": (0, 1),
        "Northvale Academy": (1, 2),
    }
    for label, data in every_demo():
        entries = _case_entries(data)
        for case in data.cases:
            children = [c for c in _children(data, case) if c.birth]
            ids = {c.id for c in children}
            for entry in entries[case.id]:
                day = entry.occurred_on
                named = [c for c in children if c.id in entry.people]
                ages = {c.id: (day - c.birth.value).days for c in children if c.birth}
                if entry.source == HEALTH_VISITING:
                    about = named or children
                    assert any(0 <= ages[c.id] < 5 * YEAR for c in about), (label, entry)
                    assert all(ages[c.id] < 5 * YEAR for c in named), (label, entry)
                if entry.source in settings:
                    # About its pupils: those named, or (naming none) one of the children.
                    low, high = settings[entry.source]
                    pupils = [
                        c
                        for c in children
                        if _school_years(c.birth.value)[low]
                        <= day
                        < _school_years(c.birth.value)[high]
                    ]
                    assert pupils, (label, entry)
                    assert all(c in pupils for c in named), (label, entry)
                if entry.source == "Little Acorns Nursery":
                    for child in named:
                        assert ages[child.id] >= 3 * YEAR, (label, entry)
                        assert day < _school_years(child.birth.value)[0], (label, entry)
                if entry.category is Category.MISSED_APPOINTMENT:
                    # Not in the first weeks of a pregnancy: antenatal care starts later.
                    for child in _children(data, case):
                        born = _born(child)
                        if born is not None and 0 < (born - day).days <= 280:
                            week = 40 - (born - day).days // 7
                            assert week >= 10, (label, entry, week)
                weeks = re.search(r"antenatal appointment at (\d+) weeks", entry.description)
                if weeks:
                    assert int(weeks.group(1)) >= 13, (label, entry)
            assert ids <= set(data.case_people[case.id])


def test_no_action_or_assessment_twice_and_a_programme_is_given_time() -> None:
    for label, data in every_demo():
        words: dict[str, set[str]] = {}
        for entry in data.entries:
            if entry.child_words:
                words.setdefault(entry.child_words, set()).add(entry.case)
        said_twice = {w: cases for w, cases in words.items() if len(cases) > 1}
        assert not said_twice, f"{label}: two families' children say the same: {said_twice}"
        entries = _case_entries(data)
        for case in data.cases:
            actions = [a.what for a in data.actions if a.case == case.id]
            assert len(actions) == len(set(actions)), (label, Counter(actions).most_common(2))
            assessments = [
                e.description for e in entries[case.id] if e.category is Category.ASSESSMENT
            ]
            assert len(assessments) == len(set(assessments)), (label, assessments)
        for action in data.actions:
            if "programme" in action.what.lower():
                assert re.match(r"(Start|Complete) ", action.what), (label, action)
                assert (action.due_on - action.agreed_on).days >= 21, (label, action)
                assert "every" not in action.what, (label, action)


# The supervisor's side: generate(oversight=True), as ``casedesk demo`` makes it

OVERSEEN_SIZES = [(1, None), (3, 0), (3, 9), (5, None), (20, None), (5, 2000)]


@cache
def overseen(seed: int, cases: int, entries: int | None = None) -> SyntheticData:
    return generate(seed=seed, cases=cases, entries=entries, as_of=DEFAULT_AS_OF, oversight=True)


def every_overseen() -> Iterator[tuple[str, SyntheticData]]:
    for seed in SEEDS:
        for cases, entries in OVERSEEN_SIZES:
            yield f"seed {seed}, {cases} cases, {entries} entries", overseen(seed, cases, entries)


def _record(data: SyntheticData, case: Case) -> CaseRecord:
    """The case as the file would hold it (what ``gaps`` reads)."""
    members = set(data.case_people[case.id])
    people = {p.id: p for p in data.people if p.id in members}
    return CaseRecord(
        case,
        tuple(people[p] for p in data.case_people[case.id]),
        relationships=tuple(r for r in data.relationships if r.from_person in members),
        households=tuple(h for h in data.households if h.person in members),
        professionals=tuple(m for m in data.professionals if m.case == case.id),
        entries=tuple(e for e in data.entries if e.case == case.id),
    )


def _missing(data: SyntheticData, record: CaseRecord) -> dict[str, list[str]]:
    """What each assessment of the case misses before it can be submitted."""
    return {
        a.id: [
            gap.sentence
            for gap in gaps(
                a,
                record,
                [s for s in data.sources_consulted if s.assessment == a.id],
                [x for x in data.adults_considered if x.assessment == a.id],
                ENGLAND,
            )
        ]
        for a in data.assessments
        if a.case == record.case.id
    }


def test_oversight_is_added_and_changes_nothing_else() -> None:
    for seed in (1, 4):
        plain, full = demo(seed, 5), overseen(seed, 5)
        assert full.assessments and full.supervisions and full.escalations
        agreed = [a for a in full.actions if a.supervision]
        assert agreed and all(a.id.startswith("av") for a in agreed)
        rest = replace(
            full,
            actions=[a for a in full.actions if not a.supervision],
            assessments=[],
            sources_consulted=[],
            adults_considered=[],
            supervisions=[],
            escalations=[],
            sign_offs=[],
        )
        assert rest == plain
    assert overseen(2, 3) == generate(seed=2, cases=3, as_of=DEFAULT_AS_OF, oversight=True)


def test_oversight_records_are_ones_the_case_file_would_accept() -> None:
    today = DEFAULT_AS_OF
    for label, data in every_overseen():
        records = (
            *data.assessments,
            *data.sources_consulted,
            *data.adults_considered,
            *data.supervisions,
            *data.escalations,
            *data.actions,
        )
        for record in records:
            assert record_problems(record, today) == [], (label, record)
        ids = [r.id for r in records]
        assert len(ids) == len(set(ids)), label
        assessments = {a.id: a for a in data.assessments}
        supervisions = {s.id: s for s in data.supervisions}
        steps = {e.id: e for e in data.escalations}
        for case in data.cases:
            team = {m.id for m in data.professionals if m.case == case.id}
            people = set(data.case_people[case.id])
            entries = {e.id: e for e in data.entries if e.case == case.id}
            for a in (a for a in data.assessments if a.case == case.id):
                referral = [
                    e
                    for e in entries.values()
                    if e.category == Category.REFERRAL and e.occurred_on == case.opened_on
                ]
                assert referral and case.opened_on < a.started_on, (label, a)
                assert a.history and all(
                    entries[e].occurred_on < a.started_on for e in a.history
                ), (label, a)
                assert a.due_on <= ENGLAND.add_working_days(case.opened_on, 45), (label, a)
            for s in (s for s in data.sources_consulted if s.case == case.id):
                assert s.professional in team and assessments[s.assessment].case == case.id
            for x in (x for x in data.adults_considered if x.case == case.id):
                assert x.person in people and assessments[x.assessment].case == case.id
            for action in (a for a in data.actions if a.case == case.id and a.supervision):
                held = supervisions[action.supervision]
                assert held.case == case.id and held.held_on == action.agreed_on, label
                assert action.owner.startswith(WORKER_PREFIX) or action.owner in team
            for step in (e for e in data.escalations if e.case == case.id):
                assert not step.follows or steps[step.follows].case == case.id
                assert not step.professional or step.professional in team


def test_oversight_falls_on_working_days_and_not_after_today() -> None:
    today = DEFAULT_AS_OF
    for label, data in every_overseen():
        dates: list[date | None] = []
        for a in data.assessments:
            dates += [a.started_on, a.completed_on, a.submitted_on]
        dates += [s.asked_on for s in data.sources_consulted]
        dates += [s.answered_on for s in data.sources_consulted]
        dates += [x.seen_on for x in data.adults_considered]
        dates += [x.checked_on for x in data.adults_considered]
        dates += [s.held_on for s in data.supervisions]
        dates += [e.raised_on for e in data.escalations]
        dates += [s.signed_on for s in data.sign_offs]
        dates += [a.agreed_on for a in data.actions] + [a.completed_on for a in data.actions]
        late = [d for d in dates if d is not None and d > today]
        assert not late, (label, late[:3])
        days = [d for d in dates if d is not None and not ENGLAND.is_working_day(d)]
        assert not days, (label, days[:3])
        # A school answers in term time.
        schools = {m.id for m in data.professionals if m.agency in SCHOOLS}
        for source in data.sources_consulted:
            if source.professional in schools and source.answered_on:
                assert not _out_of_term(source.answered_on), (label, source)


def test_every_case_is_supervised_about_monthly_while_social_care_has_it() -> None:
    for label, data in every_overseen():
        gapped = []
        for case in data.cases:
            held = [s for s in data.supervisions if s.case == case.id]
            ended = next(
                m.involved_to
                for m in data.professionals
                if m.case == case.id and m.agency == SOCIAL_CARE
            )
            assert all(s.held_on <= (ended or DEFAULT_AS_OF) for s in held), label
            found = supervision_gaps(
                held, case.opened_on, DEFAULT_AS_OF, SupervisionRules(), {}, WORKER, ENGLAND
            )
            if held:
                first = min(s.held_on for s in held)
                assert ENGLAND.working_days_between(case.opened_on, first) <= 15, label
            past = [g for g in found if g.until is not None]
            if past:
                gapped.append(case.reference)
                (gap,) = past
                after = next(s for s in held if s.held_on == gap.until)
                assert after.reflection.startswith("First supervision since"), label
            still = [g for g in found if g.until is None]
            # Only after a step-down (social care's part ended) does supervision stop.
            assert not still or ended is not None, (label, case.reference, still)
        assert len(gapped) <= 1, (label, gapped)
        for held in data.supervisions:
            assert held.case and held.session and len(held.cases_discussed) in (1, 2)
            assert held.reflection or held.decisions


@pytest.mark.parametrize("seed", SEEDS)
def test_each_oversight_showcase_is_there_once(seed: int) -> None:
    data = overseen(seed, 5)
    label = f"seed {seed}"
    late = [s for s in data.sign_offs if s.late_reason]
    assert len(late) == 1, label
    awaiting = []
    for case in data.cases:
        record = _record(data, case)
        missing = _missing(data, record)
        for a in (a for a in data.assessments if a.case == case.id):
            signed = any(s.assessment == a.id for s in data.sign_offs)
            if signed or a.submitted_on:
                assert missing[a.id] == [], (label, missing[a.id])
            if a.completed_on and not a.submitted_on:
                awaiting.append(missing[a.id])
            end = a.completed_on or DEFAULT_AS_OF
            considered = {x.person for x in data.adults_considered if x.assessment == a.id}
            assert considered == {x.person.id for x in adults_to_consider(record, end)}
    assert len(awaiting) == 1 and 2 <= len(awaiting[0]) <= 3, (label, awaiting)
    steps = data.escalations
    assert [s.stage for s in steps] == [1, 2], label
    first, second = steps
    assert second.follows == first.id and first.id in taken_further(steps)
    assert second.status(DEFAULT_AS_OF) is EscalationStatus.RESPONSE_OVERDUE, label
    assert second.response_due == ENGLAND.add_working_days(
        second.raised_on, DEFAULT_ESCALATION.stage(2).respond_within.amount
    )
    assert any(len(s.cases_discussed) == 2 for s in data.supervisions), label
    missed = [s for s in data.supervisions if s.reflection.startswith("First supervision since")]
    assert len(missed) == 1, label


@pytest.mark.parametrize(("seed", "cases", "entries"), [(3, 2, 0), (2, 3, 60), (5, 1, 9)])
def test_a_small_overseen_file_is_written_and_passes_its_checks(
    tmp_path: Path, seed: int, cases: int, entries: int
) -> None:
    data = generate(seed=seed, cases=cases, entries=entries, as_of=date(2026, 6, 1), oversight=True)
    case_file, _ = CaseFile.create(
        tmp_path / "small.casedesk", "kettle mango violin harbour", "Sam", kdf=FLOOR
    )
    with case_file:
        write_data(case_file, data)
        for case in data.cases:
            record = case_file.case_record(case.reference)
            for kind in ("assessments", "supervisions", "escalations", "sources_consulted"):
                # As generated, but for who recorded it and when (the case file stamps them).
                read = {_bare(r) for r in getattr(record, kind)}
                assert read == {r for r in getattr(data, kind) if r.case == case.id}, kind
        assert case_file.check().ok
