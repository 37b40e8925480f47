"""The genogram model turned into drawing primitives, with its legend and its date.

``symbol_primitives`` draws one person round (0, 0), so the Qt scene can give each person
a movable item; ``drawing`` lays out the whole diagram for export (SVG, PNG, PDF).
"""

from __future__ import annotations

from datetime import date

from casedesk.domain import diagram as d
from casedesk.domain.genogram import (
    CHILD_PENS,
    CO_PARENTS_PEN,
    COUPLE_PENS,
    HALF,
    HOUSEHOLD_INK,
    SIZE,
    SLASHES,
    Boundary,
    Genogram,
    Symbol,
    emotional_primitives,
)
from casedesk.domain.relationships import EmotionalQuality
from casedesk.domain.wording import shown_day, shown_value, translate

MARGIN = 24.0
HOUSEHOLD_PEN = d.Pen(HOUSEHOLD_INK, 1.2, d.DASH)
LEGEND_ROW = 16.0
LEGEND_COLUMN = 215.0
LEGEND_ROWS = 8


def shape_points(shape: str, half: float) -> tuple[d.Point, ...]:
    """The corners of a square, diamond or triangle centred on (0, 0)."""
    if shape == "square":
        return ((-half, -half), (half, -half), (half, half), (-half, half))
    if shape == "diamond":
        return ((0, -half), (half, 0), (0, half), (-half, 0))
    return ((0, -half), (half, half), (-half, half))


def _outline(shape: str, half: float, pen: d.Pen, fill: str | None) -> d.Primitive:
    if shape == "circle":
        return d.Ellipse((0.0, 0.0), half, half, pen, fill)
    return d.Path(shape_points(shape, half), pen, closed=True, fill=fill)


def symbol_primitives(symbol: Symbol) -> list[d.Primitive]:
    """One person's symbol, centred on (0, 0), with the name and details below it."""
    colour = d.UNKNOWN_INK if symbol.unidentified else d.INK
    pen = d.Pen(colour, 2.2 if symbol.subject else 1.6, d.DASH if symbol.unidentified else ())
    prims: list[d.Primitive] = [_outline(symbol.shape, HALF, pen, d.WHITE)]
    if symbol.subject:
        prims.append(_outline(symbol.shape, HALF * 0.72, d.Pen(colour, 1.6), None))
    if symbol.deceased:
        prims.append(d.Path(((-HALF, -HALF), (HALF, HALF)), d.Pen(d.INK, 1.6)))
        prims.append(d.Path(((HALF, -HALF), (-HALF, HALF)), d.Pen(d.INK, 1.6)))
    if symbol.inside:
        unknown = symbol.inside.endswith("?")
        size = 13.0 if symbol.inside == "?" else 10.0 if unknown else 9.0
        baseline = size / 3 + (5.0 if symbol.shape == "triangle" else 0.0)
        prims.append(d.Label((0.0, baseline), symbol.inside, size, bold=unknown, colour=colour))
    y = HALF + 11.0
    for line in symbol.name_lines:
        prims.append(d.Label((0.0, y), line, d.FONT_SIZE, background=d.WHITE))
        y += d.LINE_HEIGHT
    for detail in symbol.details:
        prims.append(d.Label((0.0, y), detail, 7.0, colour="#5f6b77", background=d.WHITE))
        y += 9.0
    return prims


def boundary_primitives(boundary: Boundary) -> list[d.Primitive]:
    """A household's dashed outline and its name at the top left."""
    # The outline ends at the top left corner of its first row: the name goes there.
    left, top = boundary.outline[-1]
    return [
        d.Path(boundary.outline, HOUSEHOLD_PEN, closed=True),
        d.Label(
            (left + 4, top + 9),
            translate("genogram_drawing", "household: {household}").format(
                household=boundary.household
            ),
            7.0,
            centred=False,
            colour=HOUSEHOLD_INK,
            background=d.WHITE,
        ),
    ]


def title(genogram_or_kind: str, reference: str, as_at: date) -> str:
    """The heading every drawing carries: what, which case, and the date it shows."""
    return translate("genogram_drawing", "{what}: case {reference}, as at {day}").format(
        what=genogram_or_kind, reference=reference, day=shown_day(as_at)
    )


def _sample_symbol(shape: str, **flags: bool) -> list[d.Primitive]:
    half = 6.0
    colour = d.UNKNOWN_INK if flags.get("unidentified") else d.INK
    pen = d.Pen(colour, 1.2, d.DASH if flags.get("unidentified") else ())
    prims = [_outline(shape, half, pen, d.WHITE)]
    if flags.get("subject"):
        prims.append(_outline(shape, half * 0.6, d.Pen(colour, 1.0), None))
    if flags.get("deceased"):
        prims += [
            d.Path(((-half, -half), (half, half)), d.Pen(d.INK, 1.0)),
            d.Path(((half, -half), (-half, half)), d.Pen(d.INK, 1.0)),
        ]
    if flags.get("unidentified"):
        prims.append(d.Label((0.0, 3.0), "?", 8.0, bold=True, colour=colour))
    return d.translated(prims, 14, 0)


def _sample_line(pen: d.Pen, slashes: int = 0) -> list[d.Primitive]:
    prims: list[d.Primitive] = [d.Path(((0.0, 0.0), (28.0, 0.0)), pen)]
    for n in range(slashes):
        x = 14 + (n - (slashes - 1) / 2) * 5
        prims.append(d.Path(((x - 3, 5.0), (x + 3, -5.0)), d.Pen(pen.colour, 1.2)))
    return prims


def legend_entries(genogram: Genogram) -> list[tuple[list[d.Primitive], str]]:
    """The symbols always, and each kind of line the genogram actually uses."""
    entries: list[tuple[list[d.Primitive], str]] = [
        (_sample_symbol("square"), translate("genogram_drawing", "male")),
        (_sample_symbol("circle"), translate("genogram_drawing", "female")),
        (_sample_symbol("diamond"), translate("genogram_drawing", "other or not known")),
        (_sample_symbol("triangle"), translate("genogram_drawing", "pregnancy")),
        (
            _sample_symbol("circle", subject=True),
            translate("genogram_drawing", "the child the case is about"),
        ),
        (_sample_symbol("square", deceased=True), translate("genogram_drawing", "deceased")),
        (
            _sample_symbol("square", unidentified=True),
            translate("genogram_drawing", "not identified or not confirmed"),
        ),
        (
            [d.Path(((2.0, -6.0), (26.0, -6.0), (26.0, 6.0), (2.0, 6.0)), HOUSEHOLD_PEN, True)],
            translate("genogram_drawing", "household (lived together)"),
        ),
    ]
    used = {(line.role, line.kind) for line in genogram.lines}
    for kind, pen in COUPLE_PENS.items():
        if ("couple", kind.value) in used:
            entries.append((_sample_line(pen, SLASHES.get(kind, 0)), shown_value(kind)))
    if ("couple", "parents") in used:
        entries.append(
            (
                _sample_line(CO_PARENTS_PEN),
                translate("genogram_drawing", "parents, no couple relationship recorded"),
            )
        )
    for kind, pen in CHILD_PENS.items():
        if ("child", kind.value) in used:
            entries.append(
                (
                    _sample_line(pen),
                    translate("genogram_drawing", "{kind} to child").format(kind=shown_value(kind)),
                )
            )
    if any(role == "significant adult" for role, _ in used):
        entries.append(
            (
                _sample_line(d.Pen(d.GREY, 1.2)),
                translate("genogram_drawing", "significant adult to child"),
            )
        )
    for quality in EmotionalQuality:
        if ("emotional", quality.value) in used:
            entries.append(
                (
                    list(emotional_primitives(quality, ((0.0, 0.0), (28.0, 0.0)))),
                    shown_value(quality),
                )
            )
    return entries


def legend(
    entries: list[tuple[list[d.Primitive], str]], left: float, top: float
) -> list[d.Primitive]:
    """The key, in columns, with its top left corner at (left, top)."""
    prims: list[d.Primitive] = [
        d.Label(
            (left, top + 9), translate("genogram_drawing", "Key"), 9.0, centred=False, bold=True
        )
    ]
    for index, (sample, text) in enumerate(entries):
        column, row = divmod(index, LEGEND_ROWS)
        x = left + column * LEGEND_COLUMN
        y = top + 24 + row * LEGEND_ROW
        prims += d.translated(sample, x, y)
        prims.append(d.Label((x + 36, y + 3), text, 7.5, centred=False))
    return prims


def scene_primitives(genogram: Genogram) -> list[d.Primitive]:
    """Boundaries, lines and symbols at their diagram positions, in painting order."""
    prims: list[d.Primitive] = []
    for boundary in genogram.boundaries:
        prims += boundary_primitives(boundary)
    for line in genogram.lines:
        prims += line.primitives
    for symbol in genogram.symbols:
        prims += d.translated(symbol_primitives(symbol), *symbol.centre)
    return prims


def drawing(genogram: Genogram) -> d.Drawing:
    """The whole genogram for export: title and date, diagram, then the key below."""
    body = scene_primitives(genogram)
    left, top, _right, bottom = d.bounds(body) if body else (0.0, 0.0, SIZE, SIZE)
    heading = title(translate("genogram_drawing", "Genogram"), genogram.reference, genogram.as_at)
    prims: list[d.Primitive] = [d.Label((0.0, 12.0), heading, 11.0, centred=False, bold=True)]
    prims += d.translated(body, -left, 30 - top)
    key_top = 30 + (bottom - top) + 20
    prims += legend(legend_entries(genogram), 0.0, key_top)
    return framed(prims, heading)


def framed(prims: list[d.Primitive], heading: str) -> d.Drawing:
    """The primitives moved inside a margin, with the drawing sized to hold them."""
    left, top, right, bottom = d.bounds(prims)
    moved = d.translated(prims, MARGIN - left, MARGIN - top)
    return d.Drawing(right - left + 2 * MARGIN, bottom - top + 2 * MARGIN, tuple(moved), heading)
