"""The ecomap model turned into drawing primitives, with its key and its date."""

from __future__ import annotations

from casedesk.domain import diagram as d
from casedesk.domain.ecomap import (
    MEMBER_SIZE,
    NODE_RADIUS,
    NOT_RATED,
    NOT_RATED_PEN,
    STRENGTH_PENS,
    Ecomap,
)
from casedesk.domain.genogram_drawing import framed, legend, shape_points, title
from casedesk.domain.team import LinkStrength
from casedesk.domain.wording import shown_value, translate

# Names and agencies at the genogram's name size, so both are readable at the same zoom.
LABEL_SIZE = 8.0
DETAIL_SIZE = 7.0
FAMILY_FILL = "#eef5ee"
NODE_FILL = "#f4f6f8"


def _member(shape: str, centre: d.Point, subject: bool) -> list[d.Primitive]:
    half = MEMBER_SIZE / 2
    pen = d.Pen(d.INK, 1.8 if subject else 1.2)
    if shape == "circle":
        prims: list[d.Primitive] = [d.Ellipse(centre, half, half, pen, d.WHITE)]
        if subject:
            prims.append(d.Ellipse(centre, half * 0.65, half * 0.65, d.Pen(d.INK, 1.0)))
        return prims
    points = tuple((centre[0] + x, centre[1] + y) for x, y in shape_points(shape, half))
    prims = [d.Path(points, pen, closed=True, fill=d.WHITE)]
    if subject:
        inner = tuple((centre[0] + x, centre[1] + y) for x, y in shape_points(shape, half * 0.65))
        prims.append(d.Path(inner, d.Pen(d.INK, 1.0), closed=True))
    return prims


def body_primitives(ecomap: Ecomap) -> list[d.Primitive]:
    """The family circle, the links, and the nodes round it, centred on (0, 0)."""
    r = ecomap.family_radius
    prims: list[d.Primitive] = [d.Ellipse((0.0, 0.0), r, r, d.Pen(d.INK, 1.6), FAMILY_FILL)]
    prims.append(
        d.Label(
            (0.0, -r + 16),
            translate("ecomap_drawing", "Family"),
            9.0,
            bold=True,
            background=FAMILY_FILL,
        )
    )
    for link in ecomap.links:
        prims += link.primitives
    for m in ecomap.members:
        prims += _member(m.shape, m.centre, m.subject)
        for i, line in enumerate(d.wrap(m.name, 60, LABEL_SIZE)[:2]):
            y = m.centre[1] + MEMBER_SIZE / 2 + 10 + i * 9.5
            prims.append(d.Label((m.centre[0], y), line, LABEL_SIZE, background=FAMILY_FILL))
    for node in ecomap.nodes:
        x, y = node.centre
        prims.append(d.Ellipse(node.centre, NODE_RADIUS, NODE_RADIUS, d.Pen(d.INK, 1.2), NODE_FILL))
        lines = d.wrap(node.name, 2 * NODE_RADIUS - 10, LABEL_SIZE)[:4]
        top = y - (len(lines) - 1) * 4.75 + 2.5
        for i, line in enumerate(lines):
            prims.append(d.Label((x, top + i * 9.5), line, LABEL_SIZE, bold=True))
        details = d.wrap(node.detail, 110, DETAIL_SIZE)[:2]
        # On the outer side of the node, where no line comes in.
        first = y + NODE_RADIUS + 9 if y >= 0 else y - NODE_RADIUS - 5 - (len(details) - 1) * 8
        for i, line in enumerate(details):
            prims.append(
                d.Label(
                    (x, first + i * 8),
                    line,
                    DETAIL_SIZE,
                    colour="#5f6b77",
                    background=d.WHITE,
                )
            )
    return prims


def legend_entries() -> list[tuple[list[d.Primitive], str]]:
    """Every ecomap line kind (there are few, so the key always shows them all)."""
    entries: list[tuple[list[d.Primitive], str]] = []
    for strength, pen in STRENGTH_PENS.items():
        if strength is LinkStrength.STRESSFUL:
            sample = d.Path(d.zigzag_along(((0.0, 0.0), (28.0, 0.0)), 4, 7), pen)
        else:
            sample = d.Path(((0.0, 0.0), (28.0, 0.0)), pen)
        entries.append(([sample], shown_value(strength)))
    not_rated = translate("ecomap", NOT_RATED)
    entries.append(([d.Path(((0.0, 0.0), (28.0, 0.0)), NOT_RATED_PEN)], not_rated))
    household = translate("ecomap_drawing", "the family's household")
    entries.append(([d.Ellipse((14.0, 0.0), 7, 7, d.Pen(d.INK, 1.2), FAMILY_FILL)], household))
    return entries


def drawing(ecomap: Ecomap) -> d.Drawing:
    """The whole ecomap for export: title and date, the map, then the key below."""
    body = body_primitives(ecomap)
    left, top, _right, bottom = d.bounds(body)
    heading = title(translate("ecomap_drawing", "Ecomap"), ecomap.reference, ecomap.as_at)
    prims: list[d.Primitive] = [d.Label((0.0, 12.0), heading, 11.0, centred=False, bold=True)]
    prims += d.translated(body, -left, 30 - top)
    prims += legend(legend_entries(), 0.0, 30 + (bottom - top) + 20)
    return framed(prims, heading)
