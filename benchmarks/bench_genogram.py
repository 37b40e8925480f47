"""Genogram figures (issue 6): layout of 200 people over 5 generations (the scene comes later;
the target for layout plus scene is 200 ms)."""

from __future__ import annotations

import random
import time
from datetime import date, timedelta
from functools import cache

from casedesk.domain.dates import FuzzyDate
from casedesk.domain.genogram_layout import layout
from casedesk.domain.ids import PersonId, RelationshipId
from casedesk.domain.people import Person, Sex
from casedesk.domain.relationships import Relationship, RelationshipKind
from runner import Figure


@cache
def _family() -> tuple[list[Person], list[Relationship]]:
    """About 200 people over 5 generations, with partners and children."""
    rng = random.Random(11)
    people: list[Person] = []
    rels: list[Relationship] = []

    def person(born: date) -> Person:
        p = Person(
            PersonId(f"g{len(people):04d}"),
            "P",
            "F",
            rng.choice([Sex.MALE, Sex.FEMALE]),
            FuzzyDate(born),
        )
        people.append(p)
        return p

    couples = [(person(date(1930, 1, 1)), person(date(1931, 1, 1)))]
    rels.append(
        Relationship(
            RelationshipId("r0"), RelationshipKind.MARRIED, couples[0][0].id, couples[0][1].id
        )
    )
    for generation in range(1, 5):
        following = []
        for a, b in couples:
            for n in range(3 if generation < 4 else 5):
                child = person(date(1930 + 25 * generation, 1, 1) + timedelta(days=400 * n))
                for parent in (a, b):
                    rels.append(
                        Relationship(
                            RelationshipId(f"r{len(rels)}"),
                            RelationshipKind.BIOLOGICAL_PARENT,
                            parent.id,
                            child.id,
                        )
                    )
                if generation < 4:
                    partner = person(child.birth.value if child.birth else date(2000, 1, 1))
                    rels.append(
                        Relationship(
                            RelationshipId(f"r{len(rels)}"),
                            RelationshipKind.MARRIED,
                            child.id,
                            partner.id,
                        )
                    )
                    following.append((child, partner))
        couples = following
    return people, rels


def _layout() -> float:
    people, rels = _family()
    started = time.perf_counter()
    result = layout(people, rels)
    elapsed = time.perf_counter() - started
    assert len(result.positions) == len(people)
    return elapsed


FIGURES = [
    Figure(f"genogram layout ({len(_family()[0])} people, 5 generations)", _layout, target=0.200),
]
