"""Drawing primitives shared by every renderer of a genogram or ecomap.

The domain turns a case into these few shapes (paths, ellipses, labels) in points, origin
top left, y downwards. The Qt scene, the SVG and PNG writers and the PDF drawing all draw
the same primitives, so what a worker sees on screen is what an export shows. Styles such
as a zigzag or a double line are already geometry here; a renderer only strokes and fills.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Point = tuple[float, float]

INK = "#1f2d3a"
GREY = "#8a96a3"
WHITE = "#ffffff"
UNKNOWN_INK = "#b3261e"
ALERT = "#b3261e"  # a demonstration's mark
DASH = (6.0, 4.0)
DOT = (1.5, 3.0)
FONT_SIZE = 8.0
LINE_HEIGHT = 10.0


@dataclass(frozen=True)
class Pen:
    """How a line is stroked: colour, width and dash pattern (empty for solid)."""

    colour: str = INK
    width: float = 1.4
    dash: tuple[float, ...] = ()


@dataclass(frozen=True)
class Path:
    """A polyline, or a polygon when ``closed``; ``fill`` only applies to closed paths."""

    points: tuple[Point, ...]
    pen: Pen | None = Pen()
    closed: bool = False
    fill: str | None = None


@dataclass(frozen=True)
class Ellipse:
    """An ellipse by its centre and radii."""

    centre: Point
    rx: float
    ry: float
    pen: Pen | None = Pen()
    fill: str | None = None


@dataclass(frozen=True)
class Label:
    """A line of text; ``at`` is the baseline start, or its middle when centred.

    ``background`` paints a box behind the text so lines passing under a name never make
    it unreadable.
    """

    at: Point
    text: str
    size: float = FONT_SIZE
    centred: bool = True
    bold: bool = False
    colour: str = INK
    background: str | None = None

    def __post_init__(self) -> None:
        # One line, and not too long to draw: a name imported with a line break or
        # 100,000 characters once made every renderer fail or run out of memory.
        object.__setattr__(self, "text", one_line(self.text))


# The most characters a label shows; the rest is cut with an ellipsis (the text listing
# beside each drawing keeps the whole text).
MAX_LABEL = 120


def one_line(text: str, limit: int = MAX_LABEL) -> str:
    """``text`` on one line (control characters as spaces), cut to ``limit`` characters."""
    flat = " ".join("".join(" " if ord(c) < 32 or c == "\x7f" else c for c in text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


Primitive = Path | Ellipse | Label


@dataclass(frozen=True)
class Drawing:
    """A whole diagram: its size in points and what to draw, in painting order."""

    width: float
    height: float
    primitives: tuple[Primitive, ...]
    title: str = ""


def translated(primitives: Iterable[Primitive], dx: float, dy: float) -> list[Primitive]:
    """The same primitives moved by (dx, dy)."""
    moved: list[Primitive] = []
    for p in primitives:
        if isinstance(p, Path):
            points = tuple((x + dx, y + dy) for x, y in p.points)
            moved.append(Path(points, p.pen, p.closed, p.fill))
        elif isinstance(p, Ellipse):
            moved.append(Ellipse((p.centre[0] + dx, p.centre[1] + dy), p.rx, p.ry, p.pen, p.fill))
        else:
            at = (p.at[0] + dx, p.at[1] + dy)
            moved.append(Label(at, p.text, p.size, p.centred, p.bold, p.colour, p.background))
    return moved


def with_caption(
    drawing: Drawing, heading: str, text: str, size: float = FONT_SIZE, mark: str = ""
) -> Drawing:
    """The drawing with ``heading`` and ``text`` (wrapped to its width) above it: how an
    exported diagram carries the case's original concern wherever it goes. ``mark``, when
    given, comes first, in bold red (the demo's "fictional people": words, not colour
    alone)."""
    margin = 12.0
    width = max(drawing.width, 360.0)
    lines = [
        line
        for paragraph in text.splitlines()
        for line in wrap(paragraph, width - 2 * margin, size)
    ]
    leading = size * 1.35
    top = margin + size
    caption: list[Primitive] = []
    if mark:
        caption.append(Label((margin, top), mark, size, centred=False, bold=True, colour=ALERT))
        top += leading
    caption.append(Label((margin, top), heading, size, centred=False, bold=True))
    caption += [
        Label((margin, top + leading * (n + 1)), line, size, centred=False)
        for n, line in enumerate(lines)
    ]
    shift = top + leading * len(lines) + margin
    moved = translated(drawing.primitives, (width - drawing.width) / 2, shift)
    return Drawing(width, drawing.height + shift, (*caption, *moved), drawing.title)


def bounds(primitives: Iterable[Primitive]) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of the primitives, labels estimated generously."""
    xs: list[float] = []
    ys: list[float] = []
    for p in primitives:
        if isinstance(p, Path):
            xs.extend(x for x, _ in p.points)
            ys.extend(y for _, y in p.points)
        elif isinstance(p, Ellipse):
            xs += [p.centre[0] - p.rx, p.centre[0] + p.rx]
            ys += [p.centre[1] - p.ry, p.centre[1] + p.ry]
        else:
            width = text_width(p.text, p.size)
            left = p.at[0] - width / 2 if p.centred else p.at[0]
            xs += [left, left + width]
            ys += [p.at[1] - p.size, p.at[1] + p.size * 0.3]
    if not xs:
        return (0.0, 0.0, 0.0, 0.0)
    return (min(xs), min(ys), max(xs), max(ys))


def text_width(text: str, size: float = FONT_SIZE) -> float:
    """A generous estimate of a label's width (renderers measure exactly when drawing)."""
    return len(text) * size * 0.6


def wrap(text: str, width: float, size: float = FONT_SIZE) -> list[str]:
    """Words of ``text`` in lines no wider than ``width`` where a word allows it."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(lines[-1] + " " + word, size) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def shortened(start: Point, end: Point, by: float) -> tuple[Point, Point]:
    """The segment with ``by`` points cut from each end (to stop at a symbol's edge)."""
    (x1, y1), (x2, y2) = start, end
    length = math.hypot(x2 - x1, y2 - y1)
    if length <= 2 * by:
        return (start, end)
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    return ((x1 + ux * by, y1 + uy * by), (x2 - ux * by, y2 - uy * by))


def across(at: Point, direction: Point, half: float) -> Path:
    """A short stroke across a line at ``at`` (the bars of a cut-off, a separation slash)."""
    dx, dy = direction
    length = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / length * half, dx / length * half
    return Path(((at[0] - nx, at[1] - ny), (at[0] + nx, at[1] + ny)))


def arrow_head(start: Point, end: Point, size: float, pen: Pen) -> Path:
    """A filled arrow head at ``end`` pointing away from ``start``."""
    (x1, y1), (x2, y2) = start, end
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    base = (x2 - ux * size, y2 - uy * size)
    left = (base[0] - uy * size / 2, base[1] + ux * size / 2)
    right = (base[0] + uy * size / 2, base[1] - ux * size / 2)
    return Path((end, left, right), Pen(pen.colour, 1.0), closed=True, fill=pen.colour)


def _length(a: Point, b: Point) -> float:
    return math.hypot(b[0] - a[0], b[1] - a[1])


def point_along(points: Sequence[Point], distance: float) -> tuple[Point, Point]:
    """The point ``distance`` along a polyline, and the direction of the line there."""
    for a, b in itertools.pairwise(points):
        piece = _length(a, b)
        if distance <= piece or b is points[-1]:
            t = min(distance / piece, 1.0) if piece else 0.0
            return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t), (b[0] - a[0], b[1] - a[1])
        distance -= piece
    return points[-1], (1.0, 0.0)


def polyline_length(points: Sequence[Point]) -> float:
    """The length of a polyline."""
    return sum(_length(a, b) for a, b in itertools.pairwise(points))


def resampled(points: Sequence[Point], step: float) -> list[tuple[Point, Point]]:
    """Points every ``step`` along a polyline (ends included), each with its direction."""
    total = polyline_length(points)
    count = max(1, round(total / step))
    return [point_along(points, total * i / count) for i in range(count + 1)]


def trimmed(points: Sequence[Point], start: float, end: float) -> tuple[Point, ...]:
    """The polyline without its first ``start`` and last ``end`` points of length."""
    total = polyline_length(points)
    if total <= start + end:
        return tuple(points)
    first, _ = point_along(points, start)
    last, _ = point_along(points, total - end)
    inner, run = [first], 0.0
    for a, b in itertools.pairwise(points):
        run += _length(a, b)
        if start < run < total - end:
            inner.append(b)
    return (*inner, last)


def offset_polyline(points: Sequence[Point], distance: float) -> tuple[Point, ...]:
    """The polyline moved sideways by ``distance`` (for double lines along a curve)."""
    moved = []
    for point, (dx, dy) in resampled(points, 6.0):
        length = math.hypot(dx, dy) or 1.0
        moved.append((point[0] - dy / length * distance, point[1] + dx / length * distance))
    return tuple(moved)


def zigzag_along(
    points: Sequence[Point], amplitude: float = 4.0, step: float = 8.0
) -> tuple[Point, ...]:
    """A zigzag following a polyline (straight or curved)."""
    samples = resampled(points, step)
    out = []
    for i, (point, (dx, dy)) in enumerate(samples):
        if i in (0, len(samples) - 1):
            out.append(point)
            continue
        length = math.hypot(dx, dy) or 1.0
        side = amplitude if i % 2 else -amplitude
        out.append((point[0] - dy / length * side, point[1] + dx / length * side))
    return tuple(out)


def arc(start: Point, end: Point, bulge: float, steps: int = 24) -> tuple[Point, ...]:
    """A gentle curve from start to end, bowed ``bulge`` points to its left."""
    (x1, y1), (x2, y2) = start, end
    length = _length(start, end) or 1.0
    cx = (x1 + x2) / 2 + (y2 - y1) / length * bulge
    cy = (y1 + y2) / 2 - (x2 - x1) / length * bulge
    return tuple(
        (
            (1 - t) ** 2 * x1 + 2 * (1 - t) * t * cx + t**2 * x2,
            (1 - t) ** 2 * y1 + 2 * (1 - t) * t * cy + t**2 * y2,
        )
        for t in (i / steps for i in range(steps + 1))
    )


def distance_to_polyline(point: Point, points: Sequence[Point]) -> float:
    """How close a point comes to a polyline."""
    best = math.inf
    for (x1, y1), (x2, y2) in itertools.pairwise(points):
        dx, dy = x2 - x1, y2 - y1
        span = dx * dx + dy * dy
        t = (
            0.0
            if span == 0
            else max(0.0, min(1.0, ((point[0] - x1) * dx + (point[1] - y1) * dy) / span))
        )
        best = min(best, math.hypot(point[0] - (x1 + t * dx), point[1] - (y1 + t * dy)))
    return best
