"""The genogram's measures, pens and lines as values: shared by the routing of its lines
(``genogram_lines``, ``genogram_emotional``) and the model (``genogram``). No Qt."""

from __future__ import annotations

from dataclasses import dataclass

from casedesk.domain import diagram as d
from casedesk.domain.ids import PersonId
from casedesk.domain.relationships import RelationshipKind

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
PAINT_ORDER = {
    "emotional": 0,
    "significant adult": 1,  # i18n: a line's role (a key)
    "couple": 2,
    "child": 3,
}
Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Line:
    """A line between people: ``role`` is couple, child, significant adult or emotional."""

    role: str
    kind: str  # the relationship kind or emotional quality, as recorded
    people: tuple[PersonId, ...]  # everyone whose position moves this line
    primitives: tuple[d.Primitive, ...]
