"""A diagram as a PNG image, drawn with Pillow (no Qt, no Cairo).

Drawn at twice the final size and scaled down, which smooths the lines; dashes and
dotted outlines are cut into segments here because Pillow strokes only solid lines.
"""

from __future__ import annotations

import itertools
import math
from io import BytesIO

from PIL import Image, ImageDraw

from casedesk.domain import diagram as d
from casedesk.export.fonts import pillow_font

SUPERSAMPLE = 2
ELLIPSE_STEPS = 72


def _dashed(points: list[d.Point], dash: tuple[float, ...]) -> list[list[d.Point]]:
    """The polyline cut into the 'on' pieces of its dash pattern."""
    if not dash:
        return [points]
    pieces: list[list[d.Point]] = []
    pattern = list(dash)
    index, left, on = 0, pattern[0], True
    current: list[d.Point] = [points[0]]
    for (x1, y1), (x2, y2) in itertools.pairwise(points):
        length = math.hypot(x2 - x1, y2 - y1)
        done = 0.0
        while length - done > 1e-9:
            step = min(left, length - done)
            done += step
            t = done / length
            point = (x1 + (x2 - x1) * t, y1 + (y2 - y1) * t)
            if on:
                current.append(point)
            left -= step
            if left <= 1e-9:
                if on and len(current) > 1:
                    pieces.append(current)
                on = not on
                index = (index + 1) % len(pattern)
                left = pattern[index]
                current = [point]
    if on and len(current) > 1:
        pieces.append(current)
    return pieces


def _ellipse_points(p: d.Ellipse) -> list[d.Point]:
    return [
        (
            p.centre[0] + p.rx * math.cos(2 * math.pi * i / ELLIPSE_STEPS),
            p.centre[1] + p.ry * math.sin(2 * math.pi * i / ELLIPSE_STEPS),
        )
        for i in range(ELLIPSE_STEPS + 1)
    ]


def to_png(drawing: d.Drawing, scale: float = 2.0) -> bytes:
    """The drawing as PNG bytes; ``scale`` pixels per point (2 is 144 dots per inch)."""
    k = scale * SUPERSAMPLE
    size = (max(1, math.ceil(drawing.width * k)), max(1, math.ceil(drawing.height * k)))
    image = Image.new("RGB", size, "#ffffff")
    draw = ImageDraw.Draw(image)

    def px(points: list[d.Point]) -> list[tuple[float, float]]:
        return [(x * k, y * k) for x, y in points]

    def stroke(points: list[d.Point], pen: d.Pen | None) -> None:
        if pen is None:
            return
        width = max(1, round(pen.width * k))
        for piece in _dashed(points, tuple(v for v in pen.dash)):
            draw.line(px(piece), fill=pen.colour, width=width, joint="curve")

    for p in drawing.primitives:
        if isinstance(p, d.Path):
            points = list(p.points)
            if p.closed:
                if p.fill:
                    draw.polygon(px(points), fill=p.fill)
                points = [*points, points[0]]
            stroke(points, p.pen)
        elif isinstance(p, d.Ellipse):
            outline = _ellipse_points(p)
            if p.fill:
                draw.polygon(px(outline), fill=p.fill)
            stroke(outline, p.pen)
        else:
            font = pillow_font(p.size * k, p.bold)
            anchor = "ms" if p.centred else "ls"
            at = (p.at[0] * k, p.at[1] * k)
            if p.background:
                box = draw.textbbox(at, p.text, font=font, anchor=anchor)
                draw.rectangle((box[0] - k, box[1] - k, box[2] + k, box[3] + k), fill=p.background)
            draw.text(at, p.text, font=font, fill=p.colour, anchor=anchor)
    final = image.resize((size[0] // SUPERSAMPLE, size[1] // SUPERSAMPLE), Image.Resampling.LANCZOS)
    out = BytesIO()
    final.save(out, "PNG", dpi=(72 * scale, 72 * scale))
    return out.getvalue()
