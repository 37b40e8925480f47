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
from casedesk.export.bidi_text import visual
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


STRIP = 1024  # points of the drawing's width drawn at a time (bounds the memory a wide
# genogram needs: a 200-person family is ~10,000 points wide, 360 MB drawn whole)
# A picture larger than this is drawn at a lower resolution: 16 million pixels is a
# 200-person genogram at about 1.5 pixels a point, its names still 12 pixels high, and
# what image viewers and email attachments cope with.
MAX_PIXELS = 16_000_000


def to_png(drawing: d.Drawing, scale: float = 2.0) -> bytes:
    """The drawing as PNG bytes; ``scale`` pixels per point (2 is 144 dots per inch).

    Drawn a vertical strip at a time at ``SUPERSAMPLE`` times the size, each strip
    averaged down (a box filter is what supersampling needs, and ten times quicker than
    Lanczos) into the final image: memory stays that of the final image and one strip.
    """
    area = max(1.0, drawing.width * drawing.height)
    scale = min(scale, math.sqrt(MAX_PIXELS / area))
    k = scale * SUPERSAMPLE
    width = max(1, math.ceil(drawing.width * scale))
    height = max(1, math.ceil(drawing.height * scale))
    final = Image.new("RGB", (width, height), "#ffffff")
    boxes = [(p, _box(p)) for p in drawing.primitives]
    strip_px = STRIP * scale  # final pixels per strip
    left_px = 0
    while left_px < width:
        right_px = min(width, left_px + math.ceil(strip_px))
        x0 = left_px / scale  # the strip's left edge, in points
        x1 = right_px / scale
        canvas = Image.new(
            "RGB", ((right_px - left_px) * SUPERSAMPLE, height * SUPERSAMPLE), "#ffffff"
        )
        draw = ImageDraw.Draw(canvas)
        shown = [p for p, (bx0, bx1) in boxes if bx1 >= x0 - 2 and bx0 <= x1 + 2]
        _draw(draw, shown, k, x0)
        final.paste(canvas.reduce(SUPERSAMPLE), (left_px, 0))
        left_px = right_px
    out = BytesIO()
    # Level 3: a diagram is mostly white, and compresses nearly as well as at the default
    # level in a third of the time.
    final.save(out, "PNG", dpi=(72 * scale, 72 * scale), compress_level=3)
    return out.getvalue()


def _box(p: d.Primitive) -> tuple[float, float]:
    """The primitive's horizontal extent in points (labels estimated generously)."""
    if isinstance(p, d.Path):
        xs = [x for x, _ in p.points]
        pad = (p.pen.width if p.pen else 0) + 2
        return min(xs) - pad, max(xs) + pad
    if isinstance(p, d.Ellipse):
        return p.centre[0] - p.rx - 3, p.centre[0] + p.rx + 3
    width = d.text_width(p.text, p.size) * 1.5 + 4
    left = p.at[0] - width / 2 if p.centred else p.at[0]
    return left, left + width


def _draw(draw: ImageDraw.ImageDraw, primitives: list[d.Primitive], k: float, x0: float) -> None:
    """Draw ``primitives`` at ``k`` pixels per point, the strip starting at ``x0``."""

    def px(points: list[d.Point]) -> list[tuple[float, float]]:
        return [((x - x0) * k, y * k) for x, y in points]

    def stroke(points: list[d.Point], pen: d.Pen | None) -> None:
        if pen is None:
            return
        width = max(1, round(pen.width * k))
        for piece in _dashed(points, tuple(v for v in pen.dash)):
            draw.line(px(piece), fill=pen.colour, width=width, joint="curve")

    for p in primitives:
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
            at = ((p.at[0] - x0) * k, p.at[1] * k)
            text = visual(p.text)
            if p.background:
                box = draw.textbbox(at, text, font=font, anchor=anchor)
                draw.rectangle((box[0] - k, box[1] - k, box[2] + k, box[3] + k), fill=p.background)
            draw.text(at, text, font=font, fill=p.colour, anchor=anchor)
