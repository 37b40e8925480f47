"""The genogram of a case as a drawing model: symbols, lines and household boundaries.

Conventions (McGoldrick and Gerson, as social work uses them): square male, circle female,
diamond other or unknown, triangle a pregnancy; the child the case is about has a double
outline; an X marks the deceased; a father or significant adult not yet identified is a
dashed red outline with "?". Couples are joined below: solid married or civil partnership,
dashed cohabiting, dotted dating, one slash separated, two divorced. Children hang from
their parents' couple line in birth order; foster and adoptive links are dotted, step links
dashed; significant adults who are not relatives join the child with a grey line and sit
with their household. Households are dashed green boundaries; emotional links are lines
between the people. The Qt scene and every export draw this same model.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from casedesk.domain import diagram as d
from casedesk.domain.ages import years_between
from casedesk.domain.as_at import record_as_at
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.genogram_layout import co_parents, layout
from casedesk.domain.ids import PersonId, RelationshipId
from casedesk.domain.people import Identification, Person, Sex
from casedesk.domain.relationships import (
    EmotionalLink,
    EmotionalQuality,
    Relationship,
    RelationshipKind,
)

X_UNIT = 36.0  # points per layout unit across (neighbours are 72 pt apart)
Y_UNIT = 40.0  # points per layout unit down (generations are 120 pt apart)
SIZE = 36.0  # a symbol's width and height
HALF = SIZE / 2
LABEL_WIDTH = 68.0
COUPLE_DROP = HALF + 44.0  # couple lines run below the names
CHILD_BAR = HALF + 66.0  # where a sibling group's bar runs, below the parents' row
ADULT_BAR = HALF + 72.0  # significant adults' grey lines, just below the sibling bar
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


@dataclass(frozen=True)
class Symbol:
    """One person on the genogram."""

    person: PersonId
    shape: str  # "square", "circle", "diamond" or "triangle"
    centre: d.Point
    name_lines: tuple[str, ...]
    details: tuple[str, ...]  # short lines under the name: dates, identification
    inside: str  # age in years, or "?" for someone not identified
    subject: bool = False
    deceased: bool = False
    unidentified: bool = False
    placed_by_hand: bool = False


@dataclass(frozen=True)
class Line:
    """A line between people: ``role`` is couple, child, significant adult or emotional."""

    role: str
    kind: str  # the relationship kind or emotional quality, as recorded
    people: tuple[PersonId, ...]  # everyone whose position moves this line
    primitives: tuple[d.Primitive, ...]


@dataclass(frozen=True)
class Boundary:
    """A household drawn round its members as they lived on the chosen day."""

    household: str
    members: tuple[PersonId, ...]
    outline: tuple[d.Point, ...]


@dataclass(frozen=True)
class Genogram:
    """Everything the genogram shows, in diagram points (origin wherever the layout put it)."""

    reference: str
    as_at: date
    symbols: tuple[Symbol, ...]
    lines: tuple[Line, ...]
    boundaries: tuple[Boundary, ...]
    record: CaseRecord = field(repr=False, compare=False)

    def symbol(self, person: PersonId) -> Symbol:
        """The symbol of one person (KeyError if they are not drawn)."""
        for s in self.symbols:
            if s.person == person:
                return s
        raise KeyError(person)


def build(
    record: CaseRecord, as_at: date, by_hand: Mapping[PersonId, d.Point] | None = None
) -> Genogram:
    """The genogram of ``record`` as at ``as_at``; ``by_hand`` holds dragged positions."""
    by_hand = by_hand or {}
    then = record_as_at(record, as_at)
    homes: dict[PersonId, set[str]] = {}
    for h in then.households:
        homes.setdefault(h.person, set()).add(h.household)
    automatic = layout(then.people, then.relationships, homes)
    positions: dict[PersonId, d.Point] = {}
    for person in then.people:
        x, y = automatic.positions[person.id]
        positions[person.id] = by_hand.get(person.id, (x * X_UNIT, y * Y_UNIT))
    symbols = tuple(_symbol(p, positions[p.id], then, as_at, p.id in by_hand) for p in then.people)
    return Genogram(
        then.case.reference,
        as_at,
        symbols,
        lines(then, positions),
        boundaries(then, positions),
        then,
    )


def moved(genogram: Genogram, person: PersonId, to: d.Point) -> Genogram:
    """The same genogram with one person moved (lines and boundaries follow)."""
    positions = {s.person: s.centre for s in genogram.symbols}
    positions[person] = to
    symbols = tuple(
        dataclasses.replace(s, centre=to, placed_by_hand=True) if s.person == person else s
        for s in genogram.symbols
    )
    return Genogram(
        genogram.reference,
        genogram.as_at,
        symbols,
        lines(genogram.record, positions),
        boundaries(genogram.record, positions),
        genogram.record,
    )


def _symbol(person: Person, at: d.Point, record: CaseRecord, as_at: date, hand: bool) -> Symbol:
    unidentified = person.identification is not Identification.IDENTIFIED
    if person.is_unborn:
        shape = "triangle"
    else:
        shape = {Sex.MALE: "square", Sex.FEMALE: "circle"}.get(person.sex, "diamond")
    named = person.display_name != "(name not known)"
    name_lines = d.wrap(person.display_name, LABEL_WIDTH) if named else ["name not known"]
    if len(name_lines) > 2:
        name_lines = [name_lines[0], " ".join(name_lines[1:])]
    dates = []
    if person.is_unborn and person.expected_on:
        dates.append("due " + person.expected_on.strftime("%b %Y"))
    elif person.birth:
        dates.append(f"b. {person.birth.value.year}")
    if person.died_on:
        dates.append(f"d. {person.died_on.year}")
    # One short line each, so a detail never runs under the neighbours' names.
    details = [", ".join(dates)] if dates else []
    if unidentified:
        details.append(person.identification.value)
    inside = "?" if unidentified else ""
    if not inside and person.birth and not person.died_on and not person.is_unborn:
        born = person.birth.value
        inside = str(years_between(born, as_at))
    return Symbol(
        person.id,
        shape,
        at,
        tuple(name_lines),
        tuple(details),
        inside,
        subject=person.id == record.case.subject_child,
        deceased=person.died_on is not None,
        unidentified=unidentified,
        placed_by_hand=hand,
    )


def lines(record: CaseRecord, at: Mapping[PersonId, d.Point]) -> tuple[Line, ...]:
    """Every line of the genogram, for people at the given positions."""
    drawn: list[Line] = []
    couples: dict[frozenset[PersonId], Relationship] = {}
    for rel in record.relationships:
        if rel.kind.is_partnership and rel.from_person in at and rel.to_person in at:
            couples.setdefault(frozenset((rel.from_person, rel.to_person)), rel)
            drawn.append(_couple_line(rel, at))
    for a, b in co_parents(record.relationships, at.keys()):
        implicit = Relationship(RelationshipId(""), RelationshipKind.SEPARATED, a, b)
        couples[frozenset((a, b))] = implicit
        drawn.append(_couple_line(implicit, at, CO_PARENTS_PEN, "parents"))
    parents_of: dict[PersonId, list[Relationship]] = {}
    for rel in record.relationships:
        if rel.kind.is_parental and rel.from_person in at and rel.to_person in at:
            parents_of.setdefault(rel.to_person, []).append(rel)
    for child, rels in sorted(parents_of.items()):
        drawn.extend(_child_lines(child, rels, couples, at))
    for rel in record.relationships:
        if (
            rel.kind is RelationshipKind.SIGNIFICANT_ADULT
            and rel.from_person in at
            and rel.to_person in at
        ):
            points = _elbow(at[rel.from_person], at[rel.to_person], ADULT_BAR)
            drawn.append(
                Line(
                    "significant adult",
                    rel.role or rel.kind.value,
                    (rel.from_person, rel.to_person),
                    (d.Path(points, ADULT_PEN),),
                )
            )
    for link in record.emotional_links:
        if link.from_person in at and link.to_person in at:
            drawn.append(emotional_line(link, at))
    return tuple(drawn)


def couple_drop(a: d.Point, b: d.Point) -> float:
    """How far below the pair their couple line runs: lower the further apart they sit, so
    a person's lines to two partners never run along each other."""
    apart = max(0, round(abs(a[0] - b[0]) / (2 * X_UNIT)) - 1)
    return max(a[1], b[1]) + COUPLE_DROP + min(apart, 3) * 7.0


def _couple_line(
    rel: Relationship,
    at: Mapping[PersonId, d.Point],
    pen: d.Pen | None = None,
    kind: str = "",
) -> Line:
    (x1, y1), (x2, y2) = at[rel.from_person], at[rel.to_person]
    drop = couple_drop((x1, y1), (x2, y2))
    points = ((x1, y1 + HALF), (x1, drop), (x2, drop), (x2, y2 + HALF))
    pen = pen or COUPLE_PENS[rel.kind]
    primitives: list[d.Primitive] = [d.Path(points, pen)]
    # Slashes a third of the way along, clear of the children's line from the middle.
    slash_x = min(x1, x2) + abs(x2 - x1) / 3
    count = 0 if kind else SLASHES.get(rel.kind, 0)
    for n in range(count):
        x = slash_x + (n - (count - 1) / 2) * 6
        primitives.append(d.Path(((x - 4, drop + 7), (x + 4, drop - 7)), d.Pen(pen.colour, 1.4)))
    people = (rel.from_person, rel.to_person)
    return Line("couple", kind or rel.kind.value, people, tuple(primitives))


def _child_lines(
    child: PersonId,
    rels: list[Relationship],
    couples: Mapping[frozenset[PersonId], Relationship],
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
        if len(parents) >= 2 and pair in couples:
            a, b = at[parents[0]], at[parents[1]]
            top = ((a[0] + b[0]) / 2, couple_drop(a, b))
            points = _elbow_from(top, at[child], max(a[1], b[1]) + CHILD_BAR)
            drawn.append(Line("child", kind.value, (*parents[:2], child), (d.Path(points, pen),)))
            parents = parents[2:]
        for parent in parents:
            points = _elbow(at[parent], at[child], CHILD_BAR)
            drawn.append(Line("child", kind.value, (parent, child), (d.Path(points, pen),)))
    return drawn


def _elbow(parent: d.Point, child: d.Point, bar: float) -> tuple[d.Point, ...]:
    return _elbow_from((parent[0], parent[1] + HALF), child, parent[1] + bar)


def _elbow_from(top: d.Point, child: d.Point, bar_y: float) -> tuple[d.Point, ...]:
    """Down from ``top`` to the bar, along it, and down to the top of the child's symbol."""
    bottom = (child[0], child[1] - HALF)
    if bottom[1] <= top[1]:
        # A child dragged above its parents: a straight line still shows the link.
        return (top, bottom)
    bar_y = min(bar_y, bottom[1] - 6)
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
            at, direction = d.point_along(points, middle + shift)
            prims.append(d.Path(d.across(at, direction, 7).points, pen))
    if "arrow" in drawing:
        prims.append(d.arrow_head(points[-2], points[-1], 8, pen))
    return tuple(prims)


def emotional_line(link: EmotionalLink, at: Mapping[PersonId, d.Point]) -> Line:
    """An emotional line from symbol to symbol; it bows round anyone standing in its way."""
    start, end = at[link.from_person], at[link.to_person]
    others = [p for pid, p in at.items() if pid not in (link.from_person, link.to_person)]
    path: tuple[d.Point, ...] = (start, end)
    length = d.polyline_length(path)
    for bulge in (0.0, 0.22, -0.22, 0.4, -0.4):
        candidate = d.arc(start, end, bulge * length) if bulge else (start, end)
        if all(d.distance_to_polyline(p, candidate) > HALF + 4 for p in others):
            path = candidate
            break
    return Line(
        "emotional",
        link.quality.value,
        (link.from_person, link.to_person),
        emotional_primitives(link.quality, d.trimmed(path, HALF + 4, HALF + 4)),
    )


def boundaries(record: CaseRecord, at: Mapping[PersonId, d.Point]) -> tuple[Boundary, ...]:
    """Each household's boundary: a stepped outline round its members, row by row.

    When someone who does not live there stands between members, the household is drawn
    as several outlines (each named), so nobody appears to live where they do not.
    """
    members: dict[str, list[PersonId]] = {}
    for h in record.households:
        if h.person in at and h.person not in members.setdefault(h.household, []):
            members[h.household].append(h.person)
    rows: dict[float, list[tuple[float, PersonId]]] = {}
    for pid, (x, y) in at.items():
        rows.setdefault(round(y, 1), []).append((x, pid))
    for row in rows.values():
        row.sort()
    drawn = []
    for household, people in sorted(members.items()):
        for group in _islands(set(people), rows):
            drawn.append(Boundary(household, group, _stepped_outline([at[p] for p in group])))
    return tuple(drawn)


def _islands(
    members: set[PersonId], rows: Mapping[float, list[tuple[float, PersonId]]]
) -> list[tuple[PersonId, ...]]:
    """The members as one group, or as runs of neighbours if a non-member stands between."""
    runs: list[tuple[PersonId, ...]] = []
    split = False
    for y in sorted(rows):
        current: list[PersonId] = []
        row_runs = []
        for _x, pid in rows[y]:
            if pid in members:
                current.append(pid)
            elif current:
                row_runs.append(tuple(current))
                current = []
        if current:
            row_runs.append(tuple(current))
        split = split or len(row_runs) > 1
        runs.extend(row_runs)
    if split:
        return runs
    return [tuple(pid for run in runs for pid in run)] if runs else []


def _stepped_outline(points: list[d.Point]) -> tuple[d.Point, ...]:
    """A closed outline that hugs each row's members, joined between rows."""
    pad = HALF + 14
    rows: dict[float, list[float]] = {}
    for x, y in points:
        rows.setdefault(round(y, 1), []).append(x)
    ys = sorted(rows)
    spans = [(min(rows[y]) - pad, max(rows[y]) + pad) for y in ys]
    tops = [ys[0] - pad] + [(a + b) / 2 + 12 for a, b in itertools.pairwise(ys)]
    bottoms = [*tops[1:], ys[-1] + pad + 24]
    rows_down = list(zip(spans, tops, bottoms, strict=True))
    right = [pt for (_, r), t, b in rows_down for pt in ((r, t), (r, b))]
    left = [pt for (lft, _), t, b in reversed(rows_down) for pt in ((lft, b), (lft, t))]
    return tuple(right + left)
