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

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from casedesk.domain import diagram as d
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.genogram_layout import co_parents
from casedesk.domain.ids import PersonId, RelationshipId
from casedesk.domain.relationships import (
    EmotionalLink,
    EmotionalQuality,
    Relationship,
    RelationshipKind,
)

X_UNIT = 42.0  # points per layout unit across (neighbours are 84 pt apart)
Y_UNIT = 45.0  # points per layout unit down (generations are 135 pt apart)
SIZE = 36.0  # a symbol's width and height
HALF = SIZE / 2
LABEL_WIDTH = 64.0  # names wrap to this, leaving a lane between neighbours for lines
NAMES_DEPTH = HALF + 54.0  # how far below a symbol's centre its name and details reach
COUPLE_DROP = NAMES_DEPTH + 4.0  # a couple line that goes round someone runs below names
CHILD_BAR = HALF + 80.0  # where a sibling group's bar runs, below the parents' row
ADULT_BAR = HALF + 88.0  # significant adults' grey lines, just below the sibling bar
ENTRY = 9.0  # how far below the middle of a symbol's side a second line comes in
HOUSEHOLD_INK = "#2e7d32"

COUPLE_PENS = {
    RelationshipKind.MARRIED: d.Pen(),
    RelationshipKind.CIVIL_PARTNERSHIP: d.Pen(),
    RelationshipKind.COHABITING: d.Pen(dash=d.DASH),
    RelationshipKind.DATING: d.Pen(dash=d.DOT),
    RelationshipKind.SEPARATED: d.Pen(),
    RelationshipKind.DIVORCED: d.Pen(),
}
SLASHES = {RelationshipKind.SEPARATED: 1, RelationshipKind.DIVORCED: 2}
CHILD_PENS = {
    RelationshipKind.BIOLOGICAL_PARENT: d.Pen(),
    RelationshipKind.ADOPTIVE_PARENT: d.Pen(dash=d.DOT),
    RelationshipKind.FOSTER_PARENT: d.Pen(dash=d.DOT),
    RelationshipKind.STEP_PARENT: d.Pen(dash=d.DASH),
}
ADULT_PEN = d.Pen(d.GREY, 1.2)
CO_PARENTS_PEN = d.Pen(d.GREY, 1.4)


# Painting order: what is painted later stays visible where lines cross.
PAINT_ORDER = {"emotional": 0, "significant adult": 1, "couple": 2, "child": 3}
Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Line:
    """A line between people: ``role`` is couple, child, significant adult or emotional."""

    role: str
    kind: str  # the relationship kind or emotional quality, as recorded
    people: tuple[PersonId, ...]  # everyone whose position moves this line
    primitives: tuple[d.Primitive, ...]


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
    for rel in record.relationships:
        if (
            rel.kind is RelationshipKind.SIGNIFICANT_ADULT
            and rel.from_person in at
            and rel.to_person in at
        ):
            points = _to_side(at[rel.from_person], at[rel.to_person], at)
            drawn.append(
                Line(
                    "significant adult",
                    rel.role or rel.kind.value,
                    (rel.from_person, rel.to_person),
                    (d.Path(points, ADULT_PEN),),
                )
            )
    routed = [seg for line in drawn for seg in _segments(line)]
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


def _to_side(adult: d.Point, child: d.Point, at: Mapping[PersonId, d.Point]) -> tuple[d.Point, ...]:
    """A significant adult's line: out of their side, along the bar below the sibling bar,
    down the lane beside the child, and into the child's side (never on top, where the
    parents' lines arrive)."""
    route = _from_side(adult, child, ADULT_BAR, at)
    if len(route) == 2:
        return route
    side = 1.0 if adult[0] >= child[0] else -1.0
    lane = child[0] + side * (X_UNIT - 6)
    return (*route[:3], (lane, route[2][1]), (lane, child[1]), (child[0] + side * HALF, child[1]))


def _elbow_from(top: d.Point, child: d.Point, bar_y: float) -> tuple[d.Point, ...]:
    """Down from ``top`` to the bar, along it, and down to the top of the child's symbol."""
    bottom = (child[0], child[1] - HALF)
    if bottom[1] <= top[1]:
        # A child dragged above its parents: a straight line still shows the link.
        return (top, bottom)
    bar_y = max(min(bar_y, bottom[1] - 6), top[1])
    return (top, (top[0], bar_y), (child[0], bar_y), bottom)


EMOTIONAL_STYLES: dict[EmotionalQuality, tuple[str, float, str]] = {
    # quality: (colour, width, drawing)
    EmotionalQuality.CLOSE: ("#2e7d32", 1.2, "double"),
    EmotionalQuality.DISTANT: ("#5f6b77", 1.2, "dotted"),
    EmotionalQuality.CONFLICT: ("#e65100", 1.3, "zigzag"),
    EmotionalQuality.HOSTILE: ("#b3261e", 1.3, "double zigzag"),
    EmotionalQuality.CUT_OFF: ("#5f6b77", 1.3, "cut"),
    EmotionalQuality.ABUSIVE: ("#b3261e", 1.5, "zigzag arrow"),
    EmotionalQuality.VIOLENT: ("#7f0000", 2.4, "zigzag arrow"),
}


def emotional_primitives(
    quality: EmotionalQuality, points: Sequence[d.Point]
) -> tuple[d.Primitive, ...]:
    """The line for one emotional quality along a polyline (also used by the key)."""
    colour, width, drawing = EMOTIONAL_STYLES[quality]
    pen = d.Pen(colour, width, d.DOT if drawing == "dotted" else ())
    prims: list[d.Primitive] = []
    if drawing == "double":
        for side in (-2.0, 2.0):
            prims.append(d.Path(d.offset_polyline(points, side), pen))
    elif drawing == "double zigzag":
        for side in (-2.5, 2.5):
            prims.append(d.Path(d.zigzag_along(d.offset_polyline(points, side)), pen))
    elif "zigzag" in drawing:
        prims.append(d.Path(d.zigzag_along(points), pen))
    else:
        prims.append(d.Path(tuple(points), pen))
    if drawing == "cut":
        middle = d.polyline_length(points) / 2
        for shift in (-3.0, 3.0):
            point, direction = d.point_along(points, middle + shift)
            prims.append(d.Path(d.across(point, direction, 7).points, pen))
    if "arrow" in drawing:
        prims.append(d.arrow_head(points[-2], points[-1], 8, pen))
    return tuple(prims)


def obstacles(at: Mapping[PersonId, d.Point], leave_out: Sequence[PersonId]) -> list[Box]:
    """The symbols (but those of ``leave_out``) and every name block, as boxes."""
    boxes: list[Box] = []
    for pid, (x, y) in at.items():
        if pid not in leave_out:
            boxes.append((x - HALF - 3, y - HALF - 3, x + HALF + 3, y + HALF + 3))
        boxes.append((x - LABEL_WIDTH / 2, y + HALF + 2, x + LABEL_WIDTH / 2, y + NAMES_DEPTH))
    return boxes


def _segments(line: Line) -> list[tuple[d.Point, d.Point]]:
    return [
        seg
        for p in line.primitives
        if isinstance(p, d.Path) and not p.closed
        for seg in itertools.pairwise(p.points)
    ]


def _crossings(path: Sequence[d.Point], routed: Sequence[tuple[d.Point, d.Point]]) -> int:
    """How many of the ``routed`` segments the polyline crosses."""
    found = 0
    for a, b in itertools.pairwise(path):
        low_x, high_x = min(a[0], b[0]), max(a[0], b[0])
        low_y, high_y = min(a[1], b[1]), max(a[1], b[1])
        for p, q in routed:
            if (
                max(p[0], q[0]) < low_x
                or min(p[0], q[0]) > high_x
                or max(p[1], q[1]) < low_y
                or min(p[1], q[1]) > high_y
            ):
                continue
            if _side(a, b, p) * _side(a, b, q) < 0 and _side(p, q, a) * _side(p, q, b) < 0:
                found += 1
    return found


def _side(a: d.Point, b: d.Point, c: d.Point) -> float:
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def _hits(path: Sequence[d.Point], boxes: list[Box]) -> int:
    """How many boxes a polyline passes through (tested at close intervals)."""
    samples = [p for p, _ in d.resampled(path, 4.0)]
    return sum(
        any(left < x < right and top < y < bottom for x, y in samples)
        for left, top, right, bottom in boxes
    )


def emotional_line(
    link: EmotionalLink,
    at: Mapping[PersonId, d.Point],
    routed: Sequence[tuple[d.Point, d.Point]] = (),
) -> Line:
    """An emotional line from symbol to symbol. Between two people in the same row it runs
    above their couple line (beside each other) or bows over the row; otherwise it bows
    round the symbols and names in its way, crossing as few of the ``routed`` lines as it
    can (the straightest of the best)."""
    start, end = at[link.from_person], at[link.to_person]
    boxes = obstacles(at, (link.from_person, link.to_person))
    path = _emotional_path(start, end, boxes, routed)
    if path[0][1] < start[1] - 5 or (len(path) == 2 and abs(path[0][1] - path[1][1]) < 1):
        trimmed = path  # already from side to side, or corner to corner
    else:
        trimmed = d.trimmed(path, HALF + 4, HALF + 4)
    return Line(
        "emotional",
        link.quality.value,
        (link.from_person, link.to_person),
        emotional_primitives(link.quality, trimmed),
    )


def _emotional_path(
    start: d.Point,
    end: d.Point,
    boxes: list[Box],
    routed: Sequence[tuple[d.Point, d.Point]],
) -> tuple[d.Point, ...]:
    same_row = abs(start[1] - end[1]) < 1 and abs(start[0] - end[0]) > SIZE
    if same_row:
        # Above the middle of the sides, clear of the couple line at mid-height.
        left, right = sorted((start, end))
        y = start[1] - HALF + 7
        side_to_side = ((left[0] + HALF + 2, y), (right[0] - HALF - 2, y))
        if _hits(side_to_side, boxes) == 0:
            return side_to_side if start[0] < end[0] else side_to_side[::-1]
        # Someone between: over their heads, from the top corners that face each other
        # (a parent's line comes down to the middle of the top).
        lift = min(0.15 * (right[0] - left[0]), 24.0)
        top = start[1] - HALF - 2
        over = d.arc((left[0] + 10, top), (right[0] - 10, top), lift)
        if _hits(over, boxes) == 0:
            return over if start[0] < end[0] else over[::-1]
    length = d.polyline_length((start, end))
    best: tuple[d.Point, ...] = (start, end)
    fewest: tuple[int, int] | None = None
    bulges = (0.0, 0.22, -0.22, 0.4, -0.4, 0.6, -0.6)
    for bulge in bulges:
        candidate = d.arc(start, end, bulge * length) if bulge else (start, end)
        inner = d.trimmed(candidate, HALF + 4, HALF + 4)
        score = (_hits(inner, boxes), _crossings(inner, routed))
        if fewest is None or score < fewest:
            best, fewest = candidate, score
    return best
