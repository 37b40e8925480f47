"""Counting what makes a genogram hard to read: lines crossing lines, and lines running
through a symbol or a name. Shared by the crossing tests and by anyone measuring a change
to the layout (``python -m tests.domain.genogram_crossings`` prints the counts)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from casedesk.domain import diagram as d
from casedesk.domain import genogram as gm
from casedesk.domain import genogram_drawing as gd
from casedesk.domain.case_record import CaseRecord
from casedesk.services.synthetic import generate

AS_AT = date(2026, 11, 1)
Box = tuple[float, float, float, float]
Segment = tuple[d.Point, d.Point]


@dataclass
class Crossings:
    """How many of each fault a set of genograms has."""

    lines: int = 0  # a line crossing another line
    symbols: int = 0  # a line running through someone's symbol
    names: int = 0  # a line running through a name or the details under it

    def __iadd__(self, other: Crossings) -> Crossings:
        self.lines += other.lines
        self.symbols += other.symbols
        self.names += other.names
        return self


def generated_records(seeds: range = range(4), cases: int = 20) -> Iterator[CaseRecord]:
    """Every case of the generated families, with its people, links and households."""
    for seed in seeds:
        data = generate(seed=seed, cases=cases, entries=0, as_of=AS_AT)
        for case in data.cases:
            members = set(data.case_people[case.id])
            yield CaseRecord(
                case,
                tuple(p for p in data.people if p.id in members),
                tuple(r for r in data.relationships if r.from_person in members),
                households=tuple(h for h in data.households if h.person in members),
                emotional_links=tuple(e for e in data.emotional_links if e.from_person in members),
            )


def segments(line: gm.Line) -> list[Segment]:
    """The stroked pieces of a line (arrow heads and slashes left out)."""
    out: list[Segment] = []
    for p in line.primitives:
        if not isinstance(p, d.Path) or p.closed:
            continue
        if len(p.points) > 2 or d.polyline_length(p.points) > 20:
            out.extend(itertools.pairwise(p.points))
    return out


def _orient(a: d.Point, b: d.Point, c: d.Point) -> float:
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def crossing_point(s: Segment, t: Segment) -> d.Point | None:
    """Where two segments cross properly (touching at an end or running along is not)."""
    (p1, p2), (q1, q2) = s, t
    d1, d2 = _orient(q1, q2, p1), _orient(q1, q2, p2)
    d3, d4 = _orient(p1, p2, q1), _orient(p1, p2, q2)
    eps = 1e-6
    if min(d1, d2) < -eps < eps < max(d1, d2) and min(d3, d4) < -eps < eps < max(d3, d4):
        t_ = d1 / (d1 - d2)
        return (p1[0] + (p2[0] - p1[0]) * t_, p1[1] + (p2[1] - p1[1]) * t_)
    return None


def through_box(s: Segment, box: Box) -> bool:
    """True when the segment passes through the inside of the box (Liang-Barsky clip)."""
    (x1, y1), (x2, y2) = s
    left, top, right, bottom = box
    t0, t1 = 0.0, 1.0
    dx, dy = x2 - x1, y2 - y1
    for p, q in ((-dx, x1 - left), (dx, right - x1), (-dy, y1 - top), (dy, bottom - y1)):
        if p == 0:
            if q <= 0:
                return False
            continue
        r = q / p
        if p < 0:
            t0 = max(t0, r)
        else:
            t1 = min(t1, r)
        if t0 >= t1:
            return False
    return t1 - t0 > 1e-6


def symbol_box(symbol: gm.Symbol) -> Box:
    """The inside of a symbol (a line ending on its edge does not go through it)."""
    x, y = symbol.centre
    inner = gm.HALF - 1.5
    return (x - inner, y - inner, x + inner, y + inner)


def name_boxes(symbol: gm.Symbol) -> list[Box]:
    """The box of each line of text drawn under a symbol."""
    boxes = []
    for p in d.translated(gd.symbol_primitives(symbol), *symbol.centre):
        if isinstance(p, d.Label) and p.at[1] > symbol.centre[1] + gm.HALF:
            width = d.text_width(p.text, p.size) * 0.85
            boxes.append(
                (p.at[0] - width / 2, p.at[1] - p.size * 0.8, p.at[0] + width / 2, p.at[1] + 1.0)
            )
    return boxes


def count(genogram: gm.Genogram) -> Crossings:
    """The crossings of one genogram."""
    found = Crossings()
    pieces = [(line, segments(line)) for line in genogram.lines]
    for (_a, sa), (_b, sb) in itertools.combinations(pieces, 2):
        points: list[d.Point] = []
        for s, t in itertools.product(sa, sb):
            at = crossing_point(s, t)
            if at is not None and all(abs(at[0] - q[0]) + abs(at[1] - q[1]) > 16 for q in points):
                points.append(at)
        found.lines += len(points)
    for symbol in genogram.symbols:
        box = symbol_box(symbol)
        names = name_boxes(symbol)
        for _line, segs in pieces:
            found.symbols += any(through_box(s, box) for s in segs)
            found.names += any(through_box(s, n) for s in segs for n in names)
    return found


def total(records: list[CaseRecord]) -> Crossings:
    """The crossings of all the records' genograms, added up."""
    found = Crossings()
    for record in records:
        found += count(gm.build(record, AS_AT))
    return found


if __name__ == "__main__":
    print(total(list(generated_records())))
