"""How the genogram's lines run between people: geometry and routing, no Qt.

Every line keeps out of symbols and names. A couple sitting side by side is joined
between their symbols at mid-height, the old convention, and their children's line drops
from its middle through the lane between the two names. Where someone sits between the
partners, the couple line leaves each partner's side into the lane beside them and runs
below the names. A single parent's line and a significant adult's line leave the
person's side into a lane, then run down to their bar between the rows; a parent's line
arrives on top of the child, a significant adult's grey line on the child's side, so a
child's father is always the line from above. Emotional lines bow round the symbols and
names in their way, and are painted first so they never hide a parent's line.
"""

from __future__ import annotations

from collections.abc import Mapping

from casedesk.domain import diagram as d
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.genogram_emotional import emotional_line, segments
from casedesk.domain.genogram_geometry import (
    ADULT_BAR,
    ADULT_PEN,
    CHILD_BAR,
    CHILD_PENS,
    CO_PARENTS_PEN,
    COUPLE_DROP,
    COUPLE_PENS,
    ENTRY,
    HALF,
    PAINT_ORDER,
    SIZE,
    SLASHES,
    X_UNIT,
    Line,
)
from casedesk.domain.genogram_layout import co_parents
from casedesk.domain.ids import PersonId, RelationshipId
from casedesk.domain.relationships import Relationship, RelationshipKind


def lines(record: CaseRecord, at: Mapping[PersonId, d.Point]) -> tuple[Line, ...]:
    """Every line of the genogram, for people at the given positions, in painting order."""
    drawn: list[Line] = []
    couples: dict[frozenset[PersonId], Relationship] = {}
    tops: dict[frozenset[PersonId], d.Point] = {}
    for rel in record.relationships:
        if rel.kind.is_partnership and rel.from_person in at and rel.to_person in at:
            pair = frozenset((rel.from_person, rel.to_person))
            if pair in couples:
                continue
            couples[pair] = rel
            line, tops[pair] = _couple_line(rel, at)
            drawn.append(line)
    for a, b in co_parents(record.relationships, at.keys()):
        implicit = Relationship(RelationshipId(""), RelationshipKind.SEPARATED, a, b)
        couples[frozenset((a, b))] = implicit
        line, tops[frozenset((a, b))] = _couple_line(implicit, at, CO_PARENTS_PEN, "parents")
        drawn.append(line)
    parents_of: dict[PersonId, list[Relationship]] = {}
    for rel in record.relationships:
        if rel.kind.is_parental and rel.from_person in at and rel.to_person in at:
            parents_of.setdefault(rel.to_person, []).append(rel)
    for child, rels in sorted(parents_of.items()):
        drawn.extend(_child_lines(child, rels, tops, at))
    adults = [
        rel
        for rel in record.relationships
        if rel.kind is RelationshipKind.SIGNIFICANT_ADULT
        and rel.from_person in at
        and rel.to_person in at
    ]
    for rel, nth in _nested(adults, at):
        points = _to_side(at[rel.from_person], at[rel.to_person], at, nth)
        people = (rel.from_person, rel.to_person)
        role = rel.role or rel.kind.value
        line_role = "significant adult"  # i18n: a line's role (a key)
        drawn.append(Line(line_role, role, people, (d.Path(points, ADULT_PEN),)))
    routed = [seg for line in drawn for seg in segments(line)]
    for link in record.emotional_links:
        if link.from_person in at and link.to_person in at:
            drawn.append(emotional_line(link, at, routed))
    return tuple(sorted(drawn, key=lambda line: PAINT_ORDER.get(line.role, 0)))


def couple_drop(a: d.Point, b: d.Point) -> float:
    """How far below the pair a couple line that goes round someone runs: lower the further
    apart they sit, so a person's lines to two partners never run along each other."""
    apart = max(0, round(abs(a[0] - b[0]) / (2 * X_UNIT)) - 1)
    return max(a[1], b[1]) + COUPLE_DROP + min(apart, 3) * 6.0


def _between(a: d.Point, b: d.Point, at: Mapping[PersonId, d.Point]) -> bool:
    """True when someone sits in the same row between ``a`` and ``b``."""
    low, high = sorted((a[0], b[0]))
    return any(abs(y - a[1]) < HALF and low + 1 < x < high - 1 for x, y in at.values())


def _couple_line(
    rel: Relationship,
    at: Mapping[PersonId, d.Point],
    pen: d.Pen | None = None,
    kind: str = "",
) -> tuple[Line, d.Point]:
    """The couple's line, and the point their children's line drops from."""
    first, second = sorted((at[rel.from_person], at[rel.to_person]))
    (x1, y1), (x2, y2) = first, second
    pen = pen or COUPLE_PENS[rel.kind]
    if abs(y1 - y2) < 1 and x2 - x1 > SIZE and not _between(first, second, at):
        # Side by side: joined between the symbols, at mid-height.
        points: tuple[d.Point, ...] = ((x1 + HALF, y1), (x2 - HALF, y2))
        top = ((x1 + x2) / 2, y1)
        slash_y = y1
    elif abs(y1 - y2) < 1 and x2 - x1 > SIZE:
        # Someone between: out of each side into the lane beside it, round below the names.
        drop = couple_drop(first, second)
        # Nearer the partner than the middle of the lane, where children's lines drop.
        lane1, lane2 = x1 + X_UNIT - 8, x2 - X_UNIT + 8
        y_in = y1 + ENTRY
        points = (
            (x1 + HALF, y_in),
            (lane1, y_in),
            (lane1, drop),
            (lane2, drop),
            (lane2, y_in),
            (x2 - HALF, y_in),
        )
        top = ((lane1 + lane2) / 2, drop)
        slash_y = drop
    else:
        # Dragged into different rows: the old U below the symbols.
        drop = couple_drop(first, second)
        points = ((x1, y1 + HALF), (x1, drop), (x2, drop), (x2, y2 + HALF))
        top = ((x1 + x2) / 2, drop)
        slash_y = drop
    primitives: list[d.Primitive] = [d.Path(points, pen)]
    # Slashes a third of the way along, clear of the children's line from the middle.
    slash_x = points[0][0] + (top[0] - points[0][0]) * 2 / 3
    count = 0 if kind else SLASHES.get(rel.kind, 0)
    for n in range(count):
        x = slash_x + (n - (count - 1) / 2) * 6
        primitives.append(
            d.Path(((x - 4, slash_y + 7), (x + 4, slash_y - 7)), d.Pen(pen.colour, 1.4))
        )
    people = (rel.from_person, rel.to_person)
    return Line("couple", kind or rel.kind.value, people, tuple(primitives)), top


def _child_lines(
    child: PersonId,
    rels: list[Relationship],
    tops: Mapping[frozenset[PersonId], d.Point],
    at: Mapping[PersonId, d.Point],
) -> list[Line]:
    """A child hangs from its parents' couple line when they are a couple; else from each."""
    drawn: list[Line] = []
    by_kind: dict[RelationshipKind, list[PersonId]] = {}
    for rel in sorted(rels, key=lambda r: r.from_person):
        by_kind.setdefault(rel.kind, []).append(rel.from_person)
    for kind, parents in sorted(by_kind.items(), key=lambda kv: kv[0].value):
        pen = CHILD_PENS[kind]
        pair = frozenset(parents[:2])
        if len(parents) >= 2 and pair in tops:
            a, b = at[parents[0]], at[parents[1]]
            points = _elbow_from(tops[pair], at[child], max(a[1], b[1]) + CHILD_BAR)
            drawn.append(Line("child", kind.value, (*parents[:2], child), (d.Path(points, pen),)))
            parents = parents[2:]
        for parent in parents:
            points = _from_side(at[parent], at[child], CHILD_BAR, at)
            points = (*points[:-1], (at[child][0], at[child][1] - HALF))
            drawn.append(Line("child", kind.value, (parent, child), (d.Path(points, pen),)))
    return drawn


def _from_side(
    person: d.Point, towards: d.Point, bar: float, at: Mapping[PersonId, d.Point]
) -> tuple[d.Point, ...]:
    """Out of the person's side facing ``towards``, into the lane there, down to the bar,
    and along it to above ``towards`` (the last point, to be replaced by the caller)."""
    x, y = person
    side = 1.0 if towards[0] >= x else -1.0
    bar_y = y + bar
    if towards[1] - HALF <= bar_y:
        # The other person dragged up level with (or above) this one: a straight line.
        return ((x + side * HALF, y), towards)
    lane = x + side * X_UNIT
    return (
        (x + side * HALF, y + ENTRY),
        (lane, y + ENTRY),
        (lane, bar_y),
        (towards[0], bar_y),
        towards,
    )


def _nested(
    adults: list[Relationship], at: Mapping[PersonId, d.Point]
) -> list[tuple[Relationship, int]]:
    """Each significant adult's line with its place among the adults' lines that come to
    the same child from the same side (0 for the nearest adult), so they nest."""
    placed: list[tuple[Relationship, int]] = []
    groups: dict[tuple[PersonId, bool], list[Relationship]] = {}
    for rel in adults:
        right = at[rel.from_person][0] >= at[rel.to_person][0]
        groups.setdefault((rel.to_person, right), []).append(rel)
    for (child, _right), rels in sorted(groups.items()):
        rels.sort(key=lambda r: (abs(at[r.from_person][0] - at[child][0]), r.from_person))
        placed += [(rel, nth) for nth, rel in enumerate(rels)]
    return placed


def _to_side(
    adult: d.Point, child: d.Point, at: Mapping[PersonId, d.Point], nth: int = 0
) -> tuple[d.Point, ...]:
    """A significant adult's line: out of their side, along the bar below the sibling bar,
    down the lane beside the child, and into the child's side (never on top, where the
    parents' lines arrive). The ``nth`` adult coming from the same side runs lower, further
    out and comes in lower than the nearer ones, so their lines never run together."""
    nth = min(nth, 3)
    route = _from_side(adult, child, ADULT_BAR + 6 * nth, at)
    if len(route) == 2:
        return route
    side = 1.0 if adult[0] >= child[0] else -1.0
    lane = child[0] + side * (X_UNIT - 12 + 7 * nth)
    entry = child[1] - 8 + 7 * nth
    return (*route[:3], (lane, route[2][1]), (lane, entry), (child[0] + side * HALF, entry))


def _elbow_from(top: d.Point, child: d.Point, bar_y: float) -> tuple[d.Point, ...]:
    """Down from ``top`` to the bar, along it, and down to the top of the child's symbol."""
    bottom = (child[0], child[1] - HALF)
    if bottom[1] <= top[1]:
        # A child dragged above its parents: a straight line still shows the link.
        return (top, bottom)
    bar_y = max(min(bar_y, bottom[1] - 6), top[1])
    return (top, (top[0], bar_y), (child[0], bar_y), bottom)
