"""Automatic genogram layout by generation: pure Python, deterministic, no Qt.

Generations come from parent-child links (a child sits one row below its lowest-placed
parent); partners share a row. Within a row, partners form a chain that is never split: a
couple sits man left, woman right; a person with several partners sits between them, past
partners on the left (the convention), so a couple line never passes behind a third person.
Chains are ordered by where they belong: under their own parents, or (for a parent whose
parents are not recorded, and for a significant adult such as a lodger) above the children
they are linked to. Siblings are spread evenly under their parents' centre, eldest on the
left. A final sweep keeps every symbol SPACING apart. The same input always gives the same
positions, whatever order it arrives in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from casedesk.domain.ids import PersonId
from casedesk.domain.people import Person, Sex
from casedesk.domain.relationships import Relationship, RelationshipKind

SPACING = 2.0  # centre-to-centre distance between neighbours in a row (symbol widths)
ROW_HEIGHT = 3.0
MAX_PASSES = 50
ENDED = {RelationshipKind.SEPARATED, RelationshipKind.DIVORCED}
CO_PARENTING = {RelationshipKind.BIOLOGICAL_PARENT, RelationshipKind.ADOPTIVE_PARENT}


@dataclass(frozen=True)
class Layout:
    """Where each person goes (x, y in symbol units; y grows downwards)."""

    positions: dict[PersonId, tuple[float, float]]
    generation: dict[PersonId, int]

    def row(self, generation: int) -> list[PersonId]:
        """The people of one generation, left to right."""
        people = [p for p, g in self.generation.items() if g == generation]
        return sorted(people, key=lambda p: self.positions[p][0])


@dataclass
class _Links:
    """The links the layout uses, gathered once from the relationships."""

    parents: dict[PersonId, list[PersonId]]
    children: dict[PersonId, list[PersonId]]
    partners: dict[PersonId, list[PersonId]]
    couple: dict[frozenset[PersonId], Relationship] = field(default_factory=dict)
    attached: dict[PersonId, PersonId] = field(default_factory=dict)
    homes: dict[PersonId, frozenset[str]] = field(default_factory=dict)


def _birth_key(person: Person) -> tuple[date, str]:
    born = person.birth.value if person.birth else person.expected_on
    return (born or date.max, person.id)


def layout(
    people: Sequence[Person],
    relationships: Sequence[Relationship],
    homes: Mapping[PersonId, Iterable[str]] | None = None,
) -> Layout:
    """Place every person; see the module notes for the rules. ``homes`` (the households
    each person lives in) seats a significant adult such as a lodger beside the household."""
    by_id = {p.id: p for p in people}
    links = _Links(
        parents={p: [] for p in by_id},
        children={p: [] for p in by_id},
        partners={p: [] for p in by_id},
    )
    for rel in sorted(relationships, key=lambda r: r.id):
        a, b = rel.from_person, rel.to_person
        if a not in by_id or b not in by_id or a == b:
            continue
        if rel.kind.is_parental:
            if a not in links.parents[b]:
                links.parents[b].append(a)
                links.children[a].append(b)
        elif rel.kind.is_partnership:
            if b not in links.partners[a]:
                links.partners[a].append(b)
                links.partners[b].append(a)
                links.couple[frozenset((a, b))] = rel
        elif rel.kind is RelationshipKind.SIGNIFICANT_ADULT:
            links.attached.setdefault(a, b)
    links.homes = {p: frozenset(h) for p, h in (homes or {}).items() if p in by_id}
    for kids in links.children.values():
        kids.sort(key=lambda c: _birth_key(by_id[c]))
    for a, b in co_parents(relationships, by_id.keys()):
        # A child's two parents sit together even when no couple relationship is
        # recorded (a father known only as the father), so the child hangs between them.
        if b not in links.partners[a]:
            links.partners[a].append(b)
            links.partners[b].append(a)

    generation = _generations(by_id, links)
    positions = _positions(by_id, links, generation)
    return Layout(positions, generation)


def co_parents(
    relationships: Sequence[Relationship], present: Iterable[PersonId]
) -> list[tuple[PersonId, PersonId]]:
    """Pairs of a child's birth or adoptive parents with no couple relationship recorded."""
    here = set(present)
    couples = {
        frozenset((r.from_person, r.to_person)) for r in relationships if r.kind.is_partnership
    }
    parents: dict[PersonId, set[PersonId]] = {}
    for rel in relationships:
        if rel.kind in CO_PARENTING and rel.from_person in here and rel.to_person in here:
            parents.setdefault(rel.to_person, set()).add(rel.from_person)
    pairs: set[tuple[PersonId, PersonId]] = set()
    for child_parents in parents.values():
        if len(child_parents) == 2:
            a, b = sorted(child_parents)
            if frozenset((a, b)) not in couples:
                pairs.add((a, b))
    return sorted(pairs)


def _generations(by_id: dict[PersonId, Person], links: _Links) -> dict[PersonId, int]:
    generation = {pid: 0 for pid in by_id}
    for _ in range(MAX_PASSES):
        changed = False
        for pid in sorted(by_id):
            parents = links.parents[pid]
            wanted = max((generation[p] + 1 for p in parents), default=generation[pid])
            if not parents and links.children[pid]:
                # A parent whose own parents are not recorded (a father known only as the
                # child's father) belongs in the row just above the children, not at the top.
                wanted = max(wanted, min(generation[c] for c in links.children[pid]) - 1)
            for partner in links.partners[pid]:
                wanted = max(wanted, generation[partner])
            if pid in links.attached and not parents and not links.partners[pid]:
                wanted = max(wanted, generation[links.attached[pid]] - 1)
            if wanted > generation[pid]:
                generation[pid] = wanted
                changed = True
        if not changed:
            break
    low = min(generation.values(), default=0)
    return {pid: g - low for pid, g in generation.items()}


def _positions(
    by_id: dict[PersonId, Person], links: _Links, generation: dict[PersonId, int]
) -> dict[PersonId, tuple[float, float]]:
    rows = max(generation.values(), default=-1) + 1
    members_of = {row: sorted(p for p in by_id if generation[p] == row) for row in range(rows)}
    previous: dict[PersonId, float] = {}
    # Two top-down sweeps: the second knows where the first put everyone's children, so a
    # parent with no recorded parents (and a lodger) sits above the children, not at an edge.
    for _ in range(2):
        x: dict[PersonId, float] = {}
        for row in range(rows):
            chains = _chains(members_of[row], by_id, links)
            anchors = [_anchor(chain, links, x, previous) for chain in chains]
            order = sorted(
                range(len(chains)),
                key=lambda i: (
                    anchors[i] if anchors[i] is not None else 0.0,
                    _birth_key(by_id[_eldest_child(chains[i], links)]),
                ),
            )
            ordered: list[PersonId] = []
            desired: list[float] = []
            for i in order:
                ordered.extend(chains[i])
                desired.extend(_chain_desired(chains[i], links, x, anchors[i], len(desired)))
            desired = _spread_siblings(ordered, desired, links)
            for pid, value in zip(ordered, _sweep(desired), strict=True):
                x[pid] = value
        previous = x
    return {pid: (previous[pid], generation[pid] * ROW_HEIGHT) for pid in by_id}


def _chains(
    members: list[PersonId], by_id: dict[PersonId, Person], links: _Links
) -> list[tuple[PersonId, ...]]:
    """The row's people grouped by partnership, each group in drawing order."""
    in_row = set(members)
    seen: set[PersonId] = set()
    chains: list[tuple[PersonId, ...]] = []
    for pid in sorted(members, key=lambda p: _birth_key(by_id[p])):
        if pid in seen:
            continue
        group = {pid}
        todo = [pid]
        while todo:
            for partner in links.partners[todo.pop()]:
                if partner in in_row and partner not in group:
                    group.add(partner)
                    todo.append(partner)
        seen |= group
        chains.append(_order_group(group, by_id, links))
    return _seat_with_household(chains, links)


def _seat_with_household(
    chains: list[tuple[PersonId, ...]], links: _Links
) -> list[tuple[PersonId, ...]]:
    """A significant adult on their own (a lodger, a friend who moved in) joins the end of
    the chain of the household they live in, so the household is drawn together."""
    merged = list(chains)
    for chain in chains:
        (adult,) = chain if len(chain) == 1 else (None,)
        if adult is None or adult not in links.attached or links.parents[adult]:
            continue
        homes = links.homes.get(adult, frozenset())
        host = next(
            (
                other
                for other in merged
                if other != chain and any(links.homes.get(p, frozenset()) & homes for p in other)
            ),
            None,
        )
        if host is not None and homes:
            merged.remove(chain)
            # Beside the last of the chain who lives there, not past someone who does not.
            at = max(i for i, p in enumerate(host) if links.homes.get(p, frozenset()) & homes)
            merged[merged.index(host)] = (*host[: at + 1], adult, *host[at + 1 :])
    return merged


def _order_group(
    group: set[PersonId], by_id: dict[PersonId, Person], links: _Links
) -> tuple[PersonId, ...]:
    if len(group) == 1:
        return tuple(group)

    def key(person: PersonId) -> tuple[date, str]:
        return _birth_key(by_id[person])

    degree = {p: sum(1 for q in links.partners[p] if q in group) for p in group}
    hub = max(sorted(group, key=key), key=lambda p: degree[p])

    def earlier(partner: PersonId) -> tuple[bool, date, tuple[date, str]]:
        rel = links.couple.get(frozenset((hub, partner)))
        if rel is None:  # parents of a child, no couple relationship recorded
            return (False, date.min, key(partner))
        ended = rel.kind in ENDED or rel.ended_on is not None
        return (not ended, rel.started_on or date.min, key(partner))

    around = sorted((q for q in links.partners[hub] if q in group), key=earlier)
    if len(around) == 1:
        # A couple: man on the left, woman on the right (otherwise the elder on the left).
        pair = sorted([hub, around[0]], key=lambda p: (by_id[p].sex is not Sex.MALE, key(p)))
        if {by_id[p].sex for p in pair} != {Sex.MALE, Sex.FEMALE}:
            pair = sorted(pair, key=key)
        ordered = pair
    else:
        ordered = _around_hub(hub, around, [not earlier(q)[0] for q in around], links)
    # Partners of partners (rare) go beside the partner they are linked to.
    for person in sorted(group - set(ordered), key=key):
        linked = [q for q in links.partners[person] if q in ordered]
        index = ordered.index(linked[0]) if linked else len(ordered) - 1
        if index < len(ordered) // 2:
            ordered.insert(index, person)
        else:
            ordered.insert(index + 1, person)
    return tuple(ordered)


def _around_hub(
    hub: PersonId, around: list[PersonId], past: list[bool], links: _Links
) -> list[PersonId]:
    """A person with several partners in the middle: past partners on the left, current
    ones on the right (half each if all are past, or all current). Next to them sit the
    partners they live with (the household is drawn together), then those they had
    children with, so each child's line drops from its own parents' line (who a child's
    father is can be seen); a side with no partner they had children with takes one from
    the other, so two sets of children never hang from one side."""
    count = sum(past)
    split = count if 0 < count < len(around) else len(around) // 2
    home = links.homes.get(hub, frozenset())

    def closeness(partner: PersonId) -> tuple[bool, bool]:
        lives_with = bool(home & links.homes.get(partner, frozenset()))
        return (lives_with, children(partner))

    def children(partner: PersonId) -> bool:
        return bool(set(links.children[hub]) & set(links.children[partner]))

    left = sorted(around[:split], key=closeness)  # the closest last, next to the hub
    right = sorted(around[split:], key=closeness, reverse=True)
    if sum(map(children, left)) > 1 and not any(map(children, right)):
        right = sorted([left.pop(), *right], key=closeness, reverse=True)
    elif sum(map(children, right)) > 1 and not any(map(children, left)):
        left = sorted([*left, right.pop(0)], key=closeness)
    return [*left, hub, *right]


def _eldest_child(chain: tuple[PersonId, ...], links: _Links) -> PersonId:
    """The member whose birth orders the chain among siblings (the one with parents)."""
    return next((p for p in chain if links.parents[p]), chain[0])


def _anchor(
    chain: tuple[PersonId, ...],
    links: _Links,
    x: dict[PersonId, float],
    previous: dict[PersonId, float],
) -> float | None:
    """Where a chain belongs: under its parents, else above its children (second sweep)."""
    above = [x[p] for pid in chain for p in links.parents[pid] if p in x]
    if above:
        return sum(above) / len(above)
    below = [previous[c] for pid in chain for c in links.children[pid] if c in previous]
    below += [previous[links.attached[p]] for p in chain if links.attached.get(p) in previous]
    return sum(below) / len(below) if below else None


def _chain_desired(
    chain: tuple[PersonId, ...],
    links: _Links,
    x: dict[PersonId, float],
    anchor: float | None,
    index: int,
) -> list[float]:
    """Where each member of a chain would like to be, keeping the chain together."""
    for offset, pid in enumerate(chain):
        placed = [x[p] for p in links.parents[pid] if p in x]
        if placed:
            # The member with parents hangs under them; the partners sit either side.
            centre = sum(placed) / len(placed)
            return [centre + (i - offset) * SPACING for i in range(len(chain))]
    if anchor is not None:
        return [anchor + (i - (len(chain) - 1) / 2) * SPACING for i in range(len(chain))]
    return [(index + i) * SPACING for i in range(len(chain))]


def _spread_siblings(ordered: list[PersonId], desired: list[float], links: _Links) -> list[float]:
    """Siblings who all want their parents' centre are spread evenly about it."""
    spread = desired[:]
    start = 0
    while start < len(ordered):
        end = start
        parents = sorted(links.parents[ordered[start]])
        while (
            end + 1 < len(ordered)
            and parents
            and sorted(links.parents[ordered[end + 1]]) == parents
            and desired[end + 1] == desired[start]
        ):
            end += 1
        count = end - start + 1
        for i in range(count):
            spread[start + i] = desired[start] + (i - (count - 1) / 2) * SPACING
        start = end + 1
    return spread


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
