"""Automatic genogram layout by generation: pure Python, deterministic, no Qt.

Generations come from parent-child links (a child sits one row below its lowest-placed
parent); partners share a row and sit side by side; within a row people are ordered by the
centre of their parents (barycentre), then eldest first (the convention: children in birth
order, eldest left); a final sweep centres each family's children under the couple without
letting two symbols overlap. Significant adults who are not relatives sit in the row of the
child's parents. The same input always gives the same positions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from casedesk.domain.ids import PersonId
from casedesk.domain.people import Person
from casedesk.domain.relationships import Relationship, RelationshipKind

SPACING = 2.0  # centre-to-centre distance between neighbours in a row (symbol widths)
ROW_HEIGHT = 3.0
MAX_PASSES = 50


@dataclass(frozen=True)
class Layout:
    """Where each person goes (x, y in symbol units; y grows downwards)."""

    positions: dict[PersonId, tuple[float, float]]
    generation: dict[PersonId, int]

    def row(self, generation: int) -> list[PersonId]:
        """The people of one generation, left to right."""
        people = [p for p, g in self.generation.items() if g == generation]
        return sorted(people, key=lambda p: self.positions[p][0])


def _birth_key(person: Person) -> tuple[date, str]:
    born = person.birth.value if person.birth else person.expected_on
    return (born or date.max, person.id)


def layout(
    people: Sequence[Person], relationships: Sequence[Relationship], subject: PersonId | None = None
) -> Layout:
    """Place every person; see the module notes for the rules."""
    by_id = {p.id: p for p in people}
    parents: dict[PersonId, list[PersonId]] = {p.id: [] for p in people}
    partners: dict[PersonId, list[PersonId]] = {p.id: [] for p in people}
    attached: dict[PersonId, PersonId] = {}
    for rel in sorted(relationships, key=lambda r: r.id):
        if rel.from_person not in by_id or rel.to_person not in by_id:
            continue
        if rel.kind.is_parental:
            if rel.from_person not in parents[rel.to_person]:
                parents[rel.to_person].append(rel.from_person)
        elif rel.kind.is_partnership:
            if rel.to_person not in partners[rel.from_person]:
                partners[rel.from_person].append(rel.to_person)
                partners[rel.to_person].append(rel.from_person)
        elif rel.kind is RelationshipKind.SIGNIFICANT_ADULT:
            attached.setdefault(rel.from_person, rel.to_person)

    generation = _generations(by_id, parents, partners, attached)
    positions = _positions(by_id, parents, partners, generation)
    return Layout(positions, generation)


def _generations(
    by_id: dict[PersonId, Person],
    parents: dict[PersonId, list[PersonId]],
    partners: dict[PersonId, list[PersonId]],
    attached: dict[PersonId, PersonId],
) -> dict[PersonId, int]:
    children: dict[PersonId, list[PersonId]] = {pid: [] for pid in by_id}
    for child, its_parents in parents.items():
        for parent in its_parents:
            children[parent].append(child)
    generation = {pid: 0 for pid in by_id}
    for _ in range(MAX_PASSES):
        changed = False
        for pid in sorted(by_id):
            wanted = max((generation[p] + 1 for p in parents[pid]), default=generation[pid])
            if not parents[pid] and children[pid]:
                # A parent whose own parents are not recorded (a father known only as the
                # child's father) belongs in the row just above the children, not at the top.
                wanted = max(wanted, min(generation[c] for c in children[pid]) - 1)
            for partner in partners[pid]:
                wanted = max(wanted, generation[partner])
            if pid in attached and not parents[pid] and not partners[pid]:
                wanted = max(wanted, generation[attached[pid]] - 1)
            if wanted > generation[pid]:
                generation[pid] = wanted
                changed = True
        if not changed:
            break
    low = min(generation.values(), default=0)
    return {pid: g - low for pid, g in generation.items()}


def _positions(
    by_id: dict[PersonId, Person],
    parents: dict[PersonId, list[PersonId]],
    partners: dict[PersonId, list[PersonId]],
    generation: dict[PersonId, int],
) -> dict[PersonId, tuple[float, float]]:
    x: dict[PersonId, float] = {}
    rows = max(generation.values(), default=-1) + 1
    for row in range(rows):
        members = [pid for pid in by_id if generation[pid] == row]

        def centre(pid: PersonId) -> float:
            placed = [x[p] for p in parents[pid] if p in x]
            if placed:
                return sum(placed) / len(placed)
            placed_partners = [x[p] for p in partners[pid] if p in x]
            return sum(placed_partners) / len(placed_partners) if placed_partners else 0.0

        ordered: list[PersonId] = []
        for pid in sorted(members, key=lambda p: (centre(p), _birth_key(by_id[p]))):
            if pid in ordered:
                continue
            ordered.append(pid)
            for partner in sorted(partners[pid], key=lambda p: _birth_key(by_id[p])):
                if generation[partner] == row and partner not in ordered:
                    ordered.append(partner)
        desired = [_desired(pid, parents, x, index) for index, pid in enumerate(ordered)]
        placed = _sweep(desired)
        for pid, value in zip(ordered, placed, strict=True):
            x[pid] = value
    return {pid: (x[pid], generation[pid] * ROW_HEIGHT) for pid in by_id}


def _desired(
    pid: PersonId, parents: dict[PersonId, list[PersonId]], x: dict[PersonId, float], index: int
) -> float:
    placed = [x[p] for p in parents[pid] if p in x]
    return sum(placed) / len(placed) if placed else index * SPACING


def _sweep(desired: list[float]) -> list[float]:
    """Positions as close to ``desired`` as possible, in the same order, SPACING apart."""
    placed: list[float] = []
    for value in desired:
        if placed and value < placed[-1] + SPACING:
            value = placed[-1] + SPACING
        placed.append(value)
    if placed:
        # Shift the row so its people sit, on average, where they wanted to be.
        drift = sum(d - p for d, p in zip(desired, placed, strict=True)) / len(placed)
        placed = [p + drift for p in placed]
    return placed
