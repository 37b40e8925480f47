"""Emotional lines (close, distant, conflict ...) on the genogram: their styles and their
course. Between two people side by side an emotional line runs above their couple line;
otherwise it bows round the symbols and names in its way, or leaves a symbol's side into
the lane beside it when its own name is below, crossing as few of the other lines as it
can. They are painted first, so they never hide a parent's line. No Qt.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

from casedesk.domain import diagram as d
from casedesk.domain.genogram_geometry import (
    HALF,
    LABEL_WIDTH,
    NAMES_DEPTH,
    SIZE,
    X_UNIT,
    Box,
    Line,
)
from casedesk.domain.ids import PersonId
from casedesk.domain.relationships import EmotionalLink, EmotionalQuality

EMOTIONAL_STYLES: dict[EmotionalQuality, tuple[str, float, str]] = {
    # quality: (colour, width, drawing)
    EmotionalQuality.CLOSE: ("#2e7d32", 1.2, "double"),
    EmotionalQuality.DISTANT: ("#5f6b77", 1.2, "dotted"),
    EmotionalQuality.CONFLICT: ("#e65100", 1.3, "zigzag"),
    EmotionalQuality.HOSTILE: (
        "#b3261e",
        1.3,
        "double zigzag",  # i18n: how the line is drawn (a key)
    ),
    EmotionalQuality.CUT_OFF: ("#5f6b77", 1.3, "cut"),
    EmotionalQuality.ABUSIVE: (
        "#b3261e",
        1.5,
        "zigzag arrow",  # i18n: how the line is drawn (a key)
    ),
    EmotionalQuality.VIOLENT: (
        "#7f0000",
        2.4,
        "zigzag arrow",  # i18n: how the line is drawn (a key)
    ),
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


def segments(line: Line) -> list[tuple[d.Point, d.Point]]:
    """The stroked pieces of a line, for routing the next one round them."""
    return [
        seg
        for p in line.primitives
        if isinstance(p, d.Path) and not p.closed
        for seg in itertools.pairwise(p.points)
    ]


def _crossings(path: Sequence[d.Point], routed: Sequence[tuple[d.Point, d.Point]]) -> int:
    """How many of the ``routed`` segments the polyline crosses."""
    xs = [x for x, _ in path]
    ys = [y for _, y in path]
    left, right, top, bottom = min(xs), max(xs), min(ys), max(ys)
    routed = [
        (p, q)
        for p, q in routed
        if max(p[0], q[0]) >= left
        and min(p[0], q[0]) <= right
        and max(p[1], q[1]) >= top
        and min(p[1], q[1]) <= bottom
    ]
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


def _alongside(path: Sequence[d.Point], routed: Sequence[tuple[d.Point, d.Point]]) -> int:
    """How many of the ``routed`` upright segments a polyline's upright pieces run along
    (closer than 4 points for more than 10): two lines drawn as one."""
    found = 0
    for a, b in itertools.pairwise(path):
        if a[0] != b[0]:
            continue
        low, high = sorted((a[1], b[1]))
        for p, q in routed:
            if p[0] == q[0] and abs(p[0] - a[0]) < 4:
                overlap = min(high, max(p[1], q[1])) - max(low, min(p[1], q[1]))
                found += overlap > 10
    return found


def _side(a: d.Point, b: d.Point, c: d.Point) -> float:
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def _hits(path: Sequence[d.Point], boxes: list[Box]) -> int:
    """How many boxes a polyline passes through."""
    xs = [x for x, _ in path]
    ys = [y for _, y in path]
    left, right, top, bottom = min(xs), max(xs), min(ys), max(ys)
    near = [b for b in boxes if b[0] < right and b[2] > left and b[1] < bottom and b[3] > top]
    if not near:
        return 0
    pieces = list(itertools.pairwise(path))
    return sum(any(_through(a, b, box) for a, b in pieces) for box in near)


def _through(a: d.Point, b: d.Point, box: Box) -> bool:
    """True when the segment from ``a`` to ``b`` passes through the box (Liang-Barsky)."""
    left, top, right, bottom = box
    if max(a[0], b[0]) <= left or min(a[0], b[0]) >= right:
        return False
    if max(a[1], b[1]) <= top or min(a[1], b[1]) >= bottom:
        return False
    t0, t1 = 0.0, 1.0
    dx, dy = b[0] - a[0], b[1] - a[1]
    for p, q in ((-dx, a[0] - left), (dx, right - a[0]), (-dy, a[1] - top), (dy, bottom - a[1])):
        if p == 0:
            if q <= 0:
                return False
        elif p < 0:
            t0 = max(t0, q / p)
        else:
            t1 = min(t1, q / p)
        if t0 >= t1:
            return False
    return True


def emotional_line(
    link: EmotionalLink,
    at: Mapping[PersonId, d.Point],
    routed: Sequence[tuple[d.Point, d.Point]] = (),
) -> Line:
    """An emotional line from symbol to symbol. Between two people in the same row it runs
    above their couple line (beside each other) or bows over the row; otherwise it bows
    round the symbols and names in its way, leaving from a symbol's side when its own name
    is in the way, and crossing as few of the ``routed`` lines as it can (the straightest
    of the best)."""
    start, end = at[link.from_person], at[link.to_person]
    boxes = obstacles(at, (link.from_person, link.to_person))
    path = _emotional_path(start, end, boxes, routed)
    return Line(
        "emotional",
        link.quality.value,
        (link.from_person, link.to_person),
        emotional_primitives(link.quality, path),
    )


def _emotional_path(
    start: d.Point,
    end: d.Point,
    boxes: list[Box],
    routed: Sequence[tuple[d.Point, d.Point]],
) -> tuple[d.Point, ...]:
    """The emotional line's course, ending at the two symbols' edges."""
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
    own = [(x - HALF + 1, y - HALF + 1, x + HALF - 1, y + HALF - 1) for x, y in (start, end)]
    best: tuple[d.Point, ...] = (start, end)
    fewest: tuple[int, int] | None = None
    for candidate in _emotional_candidates(start, end):
        hits = _hits(candidate, boxes + own)
        if fewest is not None and hits > fewest[0]:
            continue
        crossed = _crossings(candidate, routed) + 2 * _alongside(candidate, routed)
        if fewest is None or (hits, crossed) < fewest:
            best, fewest = candidate, (hits, crossed)
            if fewest == (0, 0):
                break
    return best


def _emotional_candidates(start: d.Point, end: d.Point) -> list[tuple[d.Point, ...]]:
    """Courses to choose from: centre to centre, straight or bowed (cut at the symbols'
    edges); and, between rows, from a side of the upper symbol (below which its name
    stands) to a side or top corner of the lower one."""
    length = d.polyline_length((start, end))
    bulges = (0.0, 0.12, -0.12, 0.22, -0.22, 0.32, -0.32, 0.45, -0.45, 0.6, -0.6)
    candidates = [
        d.trimmed(d.arc(start, end, b * length) if b else (start, end), HALF + 4, HALF + 4)
        for b in bulges
    ]
    if abs(start[1] - end[1]) < SIZE:
        return candidates
    upper, lower = (start, end) if start[1] < end[1] else (end, start)
    ends = [(lower[0] + s * (HALF + 3), lower[1] - 6) for s in (-1, 1)]
    ends += [(lower[0] + s * 12, lower[1] - HALF - 3) for s in (-1, 1)]
    for side in (-1, 1):
        first = (upper[0] + side * (HALF + 3), upper[1])
        # Out into the lane beside the upper symbol, down past its name, then across.
        lane = upper[0] + side * (X_UNIT - 4)
        for last in ends:
            down: tuple[d.Point, ...] = (
                first,
                (lane, upper[1]),
                (lane, upper[1] + NAMES_DEPTH + 6),
                last,
            )
            candidates.append(down if upper is start else down[::-1])
        for last in ends:
            span = d.polyline_length((first, last))
            for bulge in (0.0, 0.2, -0.2, 0.4, -0.4):
                course = d.arc(first, last, bulge * span) if bulge else (first, last)
                candidates.append(course if upper is start else course[::-1])
    return candidates
