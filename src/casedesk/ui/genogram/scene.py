"""The genogram as a QGraphicsScene, drawn from the domain model (``domain.genogram``).

Each person is a movable item; lines and household boundaries are items that follow a
dragged person (recomputed by the same domain code the exports use). Releasing a person
emits ``person_placed`` so the position is kept in the case file; selecting one emits
``person_selected`` (the view shows their chronology entries).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from casedesk.domain import diagram as d
from casedesk.domain import genogram as g
from casedesk.domain import genogram_drawing as gd
from casedesk.domain.genogram_geometry import PAINT_ORDER
from casedesk.domain.ids import PersonId
from casedesk.domain.wording import translate
from casedesk.ui.genogram.painting import PrimitivesItem

Flag = QGraphicsItem.GraphicsItemFlag
Change = QGraphicsItem.GraphicsItemChange
SELECTED = "#1a73e8"
KEY_STEP = 6.0  # points an arrow key moves a person (Shift: four times as far)
ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


class PersonItem(PrimitivesItem):
    """One person's symbol (centred on the item's position), movable and selectable."""

    def __init__(self, symbol: g.Symbol, scene: GenogramScene) -> None:
        super().__init__(gd.symbol_primitives(symbol))
        self.symbol = symbol
        self._owner = scene
        self._pressed_at = QPointF()
        self.setPos(QPointF(*symbol.centre))
        self.setFlag(Flag.ItemIsMovable, True)
        self.setFlag(Flag.ItemIsSelectable, True)
        self.setFlag(Flag.ItemSendsGeometryChanges, True)
        self.setFlag(Flag.ItemIsFocusable, True)
        self.setToolTip(
            " ".join(symbol.name_lines) + "".join(f"\n{line}" for line in symbol.details)
        )
        self.setAcceptHoverEvents(True)
        self.setZValue(2)

    @property
    def person(self) -> PersonId:
        """Whose symbol this is."""
        return self.symbol.person

    def itemChange(self, change: Change, value: object) -> object:
        if change == Change.ItemPositionHasChanged:
            self._owner.follow(self)
        return super().itemChange(change, value)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._pressed_at = self.pos()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self.pos() != self._pressed_at:
            self._owner.person_placed.emit(str(self.person), self.pos().x(), self.pos().y())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Arrow keys move the selected person too, for those who do not use a mouse.
        step = KEY_STEP * (4 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        delta = ARROWS.get(Qt.Key(event.key()))
        if delta is None or not self.flags() & Flag.ItemIsMovable:
            super().keyPressEvent(event)
            return
        self.setPos(self.pos() + QPointF(delta[0] * step, delta[1] * step))
        event.accept()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if Qt.Key(event.key()) in ARROWS and not event.isAutoRepeat():
            self._owner.person_placed.emit(str(self.person), self.pos().x(), self.pos().y())
            event.accept()
            return
        super().keyReleaseEvent(event)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        super().paint(painter, option, widget)
        if self.isSelected():
            # Our own highlight: Qt's dotted selection box is hard to see on a drawing.
            painter.setPen(QPen(QColor(SELECTED), 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            half = g.HALF + 5
            painter.drawRoundedRect(QRectF(-half, -half, 2 * half, 2 * half), 6, 6)


class LineItem(PrimitivesItem):
    """A couple, child, significant-adult or emotional line."""

    def __init__(self, line: g.Line) -> None:
        super().__init__(line.primitives)
        self.line = line
        # Parents' lines over couple lines over significant adults' over emotional lines
        # (between the households, 0, and the people, 2): no other line hides a parent's.
        self.setZValue(1 + PAINT_ORDER.get(line.role, 0) / 10)


class BoundaryItem(PrimitivesItem):
    """A household's boundary."""

    def __init__(self, boundary: g.Boundary) -> None:
        super().__init__(gd.boundary_primitives(boundary))
        self.boundary = boundary
        self.setZValue(0)


class GenogramScene(QGraphicsScene):
    """The scene of one case's genogram; ``show`` replaces what it draws."""

    person_placed = Signal(str, float, float)
    person_selected = Signal(object)  # a PersonId, or None when nothing is selected

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.genogram: g.Genogram | None = None
        self.people: dict[PersonId, PersonItem] = {}
        self.lines: list[LineItem] = []
        self.boundaries: list[BoundaryItem] = []
        self.key: PrimitivesItem | None = None
        self._following = False
        self.selectionChanged.connect(self._selection_changed)

    def show(self, genogram: g.Genogram) -> None:
        """Draw ``genogram`` (its title and key included)."""
        self._following = True
        self.clear()
        self.genogram = genogram
        self.boundaries = [BoundaryItem(b) for b in genogram.boundaries]
        self.lines = [LineItem(line) for line in genogram.lines]
        self.people = {s.person: PersonItem(s, self) for s in genogram.symbols}
        for item in (*self.boundaries, *self.lines, *self.people.values()):
            self.addItem(item)
        drawn = self.itemsBoundingRect()
        left, top, bottom = drawn.left(), drawn.top(), drawn.bottom()
        heading = gd.title(translate("scene", "Genogram"), genogram.reference, genogram.as_at)
        title = PrimitivesItem([d.Label((left, top - 16), heading, 11.0, centred=False, bold=True)])
        self.key = PrimitivesItem(gd.legend(gd.legend_entries(genogram), left, bottom + 24))
        self.addItem(title)
        self.addItem(self.key)
        self._following = False

    def follow(self, item: PersonItem) -> None:
        """Redraw the lines and boundaries that touch a person being dragged."""
        if self._following or self.genogram is None:
            return
        person = item.person
        self.genogram = g.moved(self.genogram, person, (item.pos().x(), item.pos().y()))
        for line_item, line in zip(self.lines, self.genogram.lines, strict=True):
            if person in line.people:
                line_item.line = line
                line_item.set_primitives(line.primitives)
        if len(self.boundaries) != len(self.genogram.boundaries):
            # The person stepped between a household's members (or out again): the
            # household is now drawn in more (or fewer) pieces.
            for old in self.boundaries:
                self.removeItem(old)
            self.boundaries = [BoundaryItem(b) for b in self.genogram.boundaries]
            for new in self.boundaries:
                self.addItem(new)
            return
        for boundary_item, boundary in zip(self.boundaries, self.genogram.boundaries, strict=True):
            if boundary_item.boundary != boundary:
                boundary_item.boundary = boundary
                boundary_item.set_primitives(gd.boundary_primitives(boundary))

    def _selection_changed(self) -> None:
        chosen = [i for i in self.selectedItems() if isinstance(i, PersonItem)]
        self.person_selected.emit(chosen[0].person if len(chosen) == 1 else None)

    def clear(self) -> None:
        """Drop every item (and the case data they hold)."""
        self.people, self.lines, self.boundaries, self.key = {}, [], [], None
        self.genogram = None
        super().clear()
