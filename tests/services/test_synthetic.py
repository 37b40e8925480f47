"""The synthetic data generator behind `casedesk demo`, the tests and the benchmarks."""

from __future__ import annotations

from collections import Counter

import pytest

from casedesk.domain.chronology import Category
from casedesk.domain.evidence import SourceType
from casedesk.domain.people import Identification
from casedesk.domain.relationships import RelationshipKind
from casedesk.services.synthetic import generate


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
    assert data.deadlines


def test_scales_to_the_largest_benchmark_size() -> None:
    data = generate(seed=1, cases=200, entries=100_000)
    assert len(data.cases) == 200
    assert len(data.entries) == 100_000
    assert len({e.id for e in data.entries}) == 100_000


@pytest.mark.parametrize(("cases", "entries"), [(0, None), (201, None), (1, 100_001), (1, -1)])
def test_out_of_range_sizes_are_refused(cases: int, entries: int | None) -> None:
    with pytest.raises(ValueError):
        generate(cases=cases, entries=entries)
