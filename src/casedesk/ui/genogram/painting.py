"""Painting the domain's drawing primitives with QPainter: the screen twin of the SVG, PNG
and PDF writers in ``casedesk.export``. Text is DejaVu Sans (bundled) at the same sizes,
so a diagram on screen and in an export match."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPainter,
    QPen,
    QPolygonF,
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


def _pen(pen: d.Pen | None) -> QPen:
    if pen is None:
        return QPen(Qt.PenStyle.NoPen)
    q = QPen(QColor(pen.colour), pen.width)
    q.setCapStyle(Qt.PenCapStyle.RoundCap)
    q.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if pen.dash:
        # Qt measures dashes in pen widths; the primitives give them in points.
        q.setDashPattern([max(v / pen.width, 0.1) for v in pen.dash])
    return q


def label_width(label: d.Label) -> float:
    """A label's width in scene units, measured with the font it is drawn in."""
    return QFontMetricsF(font(label.size, label.bold)).horizontalAdvance(label.text) / TEXT_SCALE


def paint(painter: QPainter, primitives: Sequence[d.Primitive]) -> None:
    """Draw the primitives in order."""
    for p in primitives:
        if isinstance(p, d.Path):
            painter.setPen(_pen(p.pen))
            polygon = QPolygonF([QPointF(x, y) for x, y in p.points])
            if p.closed:
                brush = QBrush(QColor(p.fill)) if p.fill else Qt.BrushStyle.NoBrush
                painter.setBrush(brush)
                painter.drawPolygon(polygon)
            else:
                painter.drawPolyline(polygon)
        elif isinstance(p, d.Ellipse):
            painter.setPen(_pen(p.pen))
            painter.setBrush(QBrush(QColor(p.fill)) if p.fill else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(*p.centre), p.rx, p.ry)
        else:
            width = label_width(p)
            left = p.at[0] - width / 2 if p.centred else p.at[0]
            if p.background:
                painter.fillRect(
                    QRectF(left - 1, p.at[1] - p.size * 0.95, width + 2, p.size * 1.25),
                    QColor(p.background),
                )
            painter.save()
            painter.translate(left, p.at[1])
            painter.scale(1 / TEXT_SCALE, 1 / TEXT_SCALE)
            painter.setFont(font(p.size, p.bold))
            painter.setPen(QColor(p.colour))
            painter.drawText(QPointF(0, 0), p.text)
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
        paint(painter, self.primitives)
