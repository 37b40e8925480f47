"""Painting the domain's drawing primitives with QPainter: the screen twin of the SVG, PNG
and PDF writers in ``casedesk.export``. Text is DejaVu Sans (bundled) at the same sizes,
so a diagram on screen and in an export match.

On screen the drawing follows the palette: on a dark one, white becomes the background
colour, the ink the text colour, and every other colour keeps its hue with its lightness
turned over (dark red becomes light red), so lines, names and the key stay readable.
Qt lays out right-to-left and mixed names itself; each label is given the direction of
its first strong letter, as a paragraph of its own would be.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPainter,
    QPalette,
    QPen,
    QPolygonF,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from casedesk.domain import diagram as d
from casedesk.services.resources import resource

TEXT_SCALE = 10.0  # fonts are set in whole pixels, so draw text 10x and scale it down


@cache
def family() -> str:
    """The bundled DejaVu Sans, loaded into Qt once (falls back to the default font)."""
    loaded = QFontDatabase.addApplicationFont(str(resource("fonts/DejaVuSans.ttf")))
    QFontDatabase.addApplicationFont(str(resource("fonts/DejaVuSans-Bold.ttf")))
    families = QFontDatabase.applicationFontFamilies(loaded) if loaded >= 0 else []
    return families[0] if families else QFont().family()


@cache
def font(size: float, bold: bool) -> QFont:
    """The label font at ``size`` points (scene units), drawn at TEXT_SCALE."""
    f = QFont(family())
    f.setPixelSize(max(1, round(size * TEXT_SCALE)))
    f.setBold(bold)
    return f


def is_dark(palette: QPalette) -> bool:
    """True when the palette draws light text on a dark background."""
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


@cache
def _turned(colour: str) -> QColor:
    """The colour with its lightness turned over (for a dark background)."""
    q = QColor(colour)
    hue = max(q.hslHueF(), 0.0)  # -1 for greys
    return QColor.fromHslF(hue, q.hslSaturationF(), 1.0 - q.lightnessF(), q.alphaF())


def on_palette(colour: str, palette: QPalette | None) -> QColor:
    """How one of the drawing's colours is shown with ``palette`` (see the module notes)."""
    if palette is None or not is_dark(palette):
        return QColor(colour)
    if colour == d.WHITE:
        return palette.color(QPalette.ColorRole.Base)
    if colour == d.INK:
        return palette.color(QPalette.ColorRole.Text)
    return _turned(colour)


def direction(text: str) -> Qt.LayoutDirection:
    """Right to left when the first strong letter is (Arabic, Hebrew ...)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            break
    return Qt.LayoutDirection.LeftToRight


def _pen(pen: d.Pen | None, palette: QPalette | None = None) -> QPen:
    if pen is None:
        return QPen(Qt.PenStyle.NoPen)
    q = QPen(on_palette(pen.colour, palette), pen.width)
    q.setCapStyle(Qt.PenCapStyle.RoundCap)
    q.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if pen.dash:
        # Qt measures dashes in pen widths; the primitives give them in points.
        q.setDashPattern([max(v / pen.width, 0.1) for v in pen.dash])
    return q


def label_width(label: d.Label) -> float:
    """A label's width in scene units, measured with the font it is drawn in."""
    return QFontMetricsF(font(label.size, label.bold)).horizontalAdvance(label.text) / TEXT_SCALE


def paint(
    painter: QPainter, primitives: Sequence[d.Primitive], palette: QPalette | None = None
) -> None:
    """Draw the primitives in order, in the palette's colours (exact colours if None)."""

    def brush(fill: str | None) -> QBrush | Qt.BrushStyle:
        return QBrush(on_palette(fill, palette)) if fill else Qt.BrushStyle.NoBrush

    for p in primitives:
        if isinstance(p, d.Path):
            painter.setPen(_pen(p.pen, palette))
            polygon = QPolygonF([QPointF(x, y) for x, y in p.points])
            if p.closed:
                painter.setBrush(brush(p.fill))
                painter.drawPolygon(polygon)
            else:
                painter.drawPolyline(polygon)
        elif isinstance(p, d.Ellipse):
            painter.setPen(_pen(p.pen, palette))
            painter.setBrush(brush(p.fill))
            painter.drawEllipse(QPointF(*p.centre), p.rx, p.ry)
        else:
            _label(painter, p, palette)


def _label(painter: QPainter, p: d.Label, palette: QPalette | None) -> None:
    width = label_width(p)
    left = p.at[0] - width / 2 if p.centred else p.at[0]
    if p.background:
        painter.fillRect(
            QRectF(left - 1, p.at[1] - p.size * 0.95, width + 2, p.size * 1.25),
            on_palette(p.background, palette),
        )
    painter.save()
    painter.translate(left, p.at[1])
    painter.scale(1 / TEXT_SCALE, 1 / TEXT_SCALE)
    label_font = font(p.size, p.bold)
    painter.setFont(label_font)
    painter.setPen(on_palette(p.colour, palette))
    option = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
    option.setTextDirection(direction(p.text))
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    ascent = QFontMetricsF(label_font).ascent()
    box = QRectF(0, -ascent, width * TEXT_SCALE + 1, QFontMetricsF(label_font).height())
    painter.drawText(box, p.text, option)
    painter.restore()


def rect_of(primitives: Sequence[d.Primitive]) -> QRectF:
    """The area the primitives cover, with room for pen widths and text."""
    left, top, right, bottom = d.bounds(primitives)
    return QRectF(left - 4, top - 4, right - left + 8, bottom - top + 8)


class PrimitivesItem(QGraphicsItem):
    """A scene item that paints a list of primitives (a line, a boundary, the key)."""

    def __init__(
        self, primitives: Sequence[d.Primitive], parent: QGraphicsItem | None = None
    ) -> None:
        super().__init__(parent)
        self.primitives: tuple[d.Primitive, ...] = tuple(primitives)
        self._rect = rect_of(self.primitives)

    def set_primitives(self, primitives: Sequence[d.Primitive]) -> None:
        """Replace what the item draws (a line following a dragged person)."""
        self.prepareGeometryChange()
        self.primitives = tuple(primitives)
        self._rect = rect_of(self.primitives)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        paint(painter, self.primitives, palette_of(widget))


def palette_of(widget: QWidget | None) -> QPalette:
    """The palette to draw in: the view's, else the application's."""
    return widget.palette() if widget is not None else QGuiApplication.palette()
