"""Genogram layout invariants on generated families (issue 6, first part)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from casedesk.domain.dates import FuzzyDate
from casedesk.domain.genogram_layout import SPACING, Layout, co_parents, layout
from casedesk.domain.ids import PersonId, RelationshipId
from casedesk.domain.people import Person, Sex
from casedesk.domain.relationships import Relationship, RelationshipKind
from casedesk.services.synthetic import generate


def big_family(generations: int, seed: int) -> tuple[list[Person], list[Relationship]]:
    """A family tree of several generations with partners, remarriages and half-siblings."""
    rng = random.Random(seed)
    people: list[Person] = []
    rels: list[Relationship] = []

    def person(born: date) -> Person:
        p = Person(
            PersonId(f"g{len(people):04d}"),
            f"P{len(people)}",
            "Fam",
            rng.choice([Sex.MALE, Sex.FEMALE]),
            FuzzyDate(born),
        )
        people.append(p)
        return p

    def relate(kind: RelationshipKind, a: Person, b: Person) -> None:
        rels.append(Relationship(RelationshipId(f"r{len(rels):05d}"), kind, a.id, b.id))

    current = [person(date(1930, 1, 1)), person(date(1932, 1, 1))]
    relate(RelationshipKind.MARRIED, current[0], current[1])
    couples = [(current[0], current[1])]
    for generation in range(1, generations):
        next_couples = []
        for a, b in couples:
            for child_number in range(rng.randint(1, 3)):
                born = date(1930 + 25 * generation, 1, 1) + timedelta(days=400 * child_number)
                child = person(born)
                relate(RelationshipKind.BIOLOGICAL_PARENT, a, child)
                relate(RelationshipKind.BIOLOGICAL_PARENT, b, child)
                if generation < generations - 1 and rng.random() < 0.8:
                    partner = person(born + timedelta(days=rng.randint(-900, 900)))
                    relate(
                        rng.choice([RelationshipKind.MARRIED, RelationshipKind.COHABITING]),
                        child,
                        partner,
                    )
                    next_couples.append((child, partner))
        couples = next_couples or couples
    return people, rels


def case_families(cases: int) -> Iterator[tuple[str, list[Person], list[Relationship]]]:
    """Each generated case's reference, people and relationships."""
    data = generate(seed=12, cases=cases, entries=0, as_of=date(2026, 11, 1))
    for case in data.cases:
        members = set(data.case_people[case.id])
        people = [p for p in data.people if p.id in members]
        rels = [r for r in data.relationships if r.from_person in members]
        yield case.reference, people, rels


def check_invariants(result: Layout, rels: list[Relationship]) -> None:
    rows: dict[float, list[float]] = {}
    for x, y in result.positions.values():
        rows.setdefault(y, []).append(x)
    for xs in rows.values():
        xs.sort()
        assert all(b - a >= SPACING - 1e-9 for a, b in pairwise(xs)), "no two symbols overlap"
    for rel in rels:
        a, b = result.positions[rel.from_person], result.positions[rel.to_person]
        if rel.kind.is_parental:
            assert a[1] < b[1], "parents above children"
        if rel.kind.is_partnership:
            assert a[1] == b[1], "partners share a row"


def test_generated_case_families_keep_the_rules() -> None:
    for _reference, people, rels in case_families(6):
        result = layout(people, rels)
        check_invariants(result, rels)
        assert len({result.generation[p.id] for p in people}) >= 3, "three generations"


def test_partners_sit_side_by_side_and_children_eldest_left() -> None:
    people, rels = big_family(3, seed=4)
    result = layout(people, rels)
    check_invariants(result, rels)
    for rel in rels:
        if rel.kind.is_partnership:
            row = result.row(result.generation[rel.from_person])
            assert abs(row.index(rel.from_person) - row.index(rel.to_person)) == 1
    first_children = [
        r.to_person for r in rels if r.kind.is_parental and r.from_person == people[0].id
    ]
    xs = [result.positions[c][0] for c in first_children]
    assert xs == sorted(xs), "the eldest of a sibling group is on the left"


@settings(max_examples=25, deadline=None)
@given(st.integers(2, 5), st.integers(0, 10_000))
def test_layout_is_deterministic_and_order_free(generations: int, seed: int) -> None:
    people, rels = big_family(generations, seed)
    first = layout(people, rels)
    check_invariants(first, rels)
    shuffled_people, shuffled_rels = people[:], rels[:]
    random.Random(seed).shuffle(shuffled_people)
    random.Random(seed + 1).shuffle(shuffled_rels)
    assert layout(shuffled_people, shuffled_rels) == first


def child_line_crossings(result: Layout, rels: list[Relationship]) -> int:
    """Pairs of parent-to-child lines between the same two rows that cross each other."""
    parents: dict[PersonId, list[PersonId]] = {}
    for rel in rels:
        if rel.kind.is_parental:
            parents.setdefault(rel.to_person, []).append(rel.from_person)
    lines = []
    for child, its_parents in sorted(parents.items()):
        top = sum(result.positions[p][0] for p in its_parents) / len(its_parents)
        lines.append((result.positions[its_parents[0]][1], top, result.positions[child][0]))
    return sum(
        1
        for i, a in enumerate(lines)
        for b in lines[i + 1 :]
        if a[0] == b[0] and (a[1] - b[1]) * (a[2] - b[2]) < 0
    )


@settings(max_examples=30, deadline=None)
@given(st.integers(2, 5), st.integers(0, 10_000))
def test_children_lines_do_not_cross_in_family_trees(generations: int, seed: int) -> None:
    people, rels = big_family(generations, seed)
    assert child_line_crossings(layout(people, rels), rels) == 0


def test_generated_case_families_have_no_crossing_child_lines() -> None:
    for reference, people, rels in case_families(30):
        assert child_line_crossings(layout(people, rels), rels) == 0, reference


def test_an_unrecorded_couple_of_parents_sits_side_by_side() -> None:
    for _reference, people, rels in case_families(10):
        result = layout(people, rels)
        for a, b in co_parents(rels, [p.id for p in people]):
            row = result.row(result.generation[a])
            assert result.generation[a] == result.generation[b]
            # Beside each other, or with only the other parent's partner chain between.
            assert abs(row.index(a) - row.index(b)) <= 2
