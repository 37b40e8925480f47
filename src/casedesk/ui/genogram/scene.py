"""The genogram drawn as a QGraphicsScene from the domain layout (McGoldrick/Gerson symbols).

Square male, circle female, diamond other/unknown; a double outline for the subject child;
an X over the deceased; a triangle for a pregnancy; a dashed outline with "?" for a father or
significant adult not yet identified. Couple lines: solid married or civil partnership, dashed
cohabiting or dating, one slash separated, two slashes divorced; children hang below, dotted
for foster and adoptive links; significant adults join with a grey line. A legend is always
drawn, because conventions vary.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.genogram_layout import Layout, layout
from casedesk.domain.ids import PersonId
from casedesk.domain.people import Identification, Person, Sex
from casedesk.domain.relationships import RelationshipKind

UNIT = 40.0  # pixels per layout unit
SIZE = 36.0  # symbol size in pixels
INK = QColor("#1f2d3a")
UNKNOWN_INK = QColor("#b3261e")

DASHED = {RelationshipKind.COHABITING, RelationshipKind.DATING}
SLASHES = {RelationshipKind.SEPARATED: 1, RelationshipKind.DIVORCED: 2}
DOTTED_PARENTS = {RelationshipKind.FOSTER_PARENT, RelationshipKind.ADOPTIVE_PARENT}


def symbol_path(person: Person) -> QPainterPath:
    """The outline of a person's symbol, centred on (0, 0)."""
    half = SIZE / 2
    path = QPainterPath()
    if person.is_unborn:
        path.addPolygon(
            QPolygonF(
                [QPointF(0, -half), QPointF(half, half), QPointF(-half, half), QPointF(0, -half)]
            )
        )
    elif person.sex is Sex.MALE:
        path.addRect(QRectF(-half, -half, SIZE, SIZE))
    elif person.sex is Sex.FEMALE:
        path.addEllipse(QRectF(-half, -half, SIZE, SIZE))
    else:
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(0, -half),
                    QPointF(half, 0),
                    QPointF(0, half),
                    QPointF(-half, 0),
                    QPointF(0, -half),
                ]
            )
        )
    return path


class PersonItem(QGraphicsPathItem):
    """One person's symbol, with their name below; movable (positions kept later)."""

    def __init__(self, person: Person, subject: bool) -> None:
        super().__init__(symbol_path(person))
        self.person = person
        self.subject = subject
        self.unidentified = person.identification is not Identification.IDENTIFIED
        pen = QPen(UNKNOWN_INK if self.unidentified else INK, 2.5 if subject else 1.6)
        if self.unidentified:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setBrush(QBrush(QColor("#ffffff")))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setToolTip(person.display_name)
        if subject:
            # The double outline: a smaller copy of the symbol inside it.
            inner = QGraphicsPathItem(symbol_path(person), self)
            inner.setScale(0.75)
            inner.setPen(QPen(INK, 1.6))
        if person.died_on is not None:
            cross = QPainterPath()
            cross.moveTo(-SIZE / 2, -SIZE / 2)
            cross.lineTo(SIZE / 2, SIZE / 2)
            cross.moveTo(SIZE / 2, -SIZE / 2)
            cross.lineTo(-SIZE / 2, SIZE / 2)
            QGraphicsPathItem(cross, self).setPen(QPen(INK, 1.6))
        label = (
            "?"
            if self.unidentified and person.display_name == "(name not known)"
            else (person.display_name + (" ?" if self.unidentified else ""))
        )
        text = QGraphicsSimpleTextItem(label, self)
        font = QFont()
        font.setPointSize(8)
        text.setFont(font)
        bounds = text.boundingRect()
        text.setPos(-bounds.width() / 2, SIZE / 2 + 2)
        if label == "?":
            text.setPos(-bounds.width() / 2, -bounds.height() / 2)


class LinkItem(QGraphicsPathItem):
    """A line between two people (a couple, a parent and child, a significant adult)."""

    def __init__(self, kind: RelationshipKind, start: QPointF, end: QPointF) -> None:
        path = QPainterPath(start)
        if kind.is_partnership:
            drop = max(start.y(), end.y()) + SIZE / 2 + 10
            path.lineTo(start.x(), drop)
            path.lineTo(end.x(), drop)
            path.lineTo(end)
            middle = QPointF((start.x() + end.x()) / 2, drop)
            for n in range(SLASHES.get(kind, 0)):
                offset = (n - (SLASHES[kind] - 1) / 2) * 6
                path.moveTo(middle.x() + offset - 4, drop + 6)
                path.lineTo(middle.x() + offset + 4, drop - 6)
        else:
            middle_y = (start.y() + end.y()) / 2
            path.lineTo(start.x(), middle_y)
            path.lineTo(end.x(), middle_y)
            path.lineTo(end)
        super().__init__(path)
        self.kind = kind
        pen = QPen(QColor("#8a96a3") if kind is RelationshipKind.SIGNIFICANT_ADULT else INK, 1.4)
        if kind in DASHED:
            pen.setStyle(Qt.PenStyle.DashLine)
        if kind in DOTTED_PARENTS:
            pen.setStyle(Qt.PenStyle.DotLine)
        self.setPen(pen)
        self.setZValue(-1)


LEGEND = (
    ("□ male   ○ female   ◇ other or unknown   △ pregnancy", ""),
    ("double outline: the child the case is about;  X: deceased", ""),
    ("dashed red outline, '?': father or adult not yet identified", ""),
    ("solid: married / civil partnership;  dashed: cohabiting or dating", ""),
    ("/ separated   // divorced;  dotted: foster or adoptive;  grey: significant adult", ""),
)


def build_scene(
    record: CaseRecord, scene: QGraphicsScene | None = None
) -> tuple[QGraphicsScene, dict[PersonId, PersonItem]]:
    """Draw ``record``'s genogram (with its legend) into a scene."""
    scene = scene or QGraphicsScene()
    scene.clear()
    placed: Layout = layout(record.people, record.relationships)
    items: dict[PersonId, PersonItem] = {}
    for person in record.people:
        x, y = placed.positions[person.id]
        item = PersonItem(person, person.id == record.case.subject_child)
        item.setPos(x * UNIT * 1.2, y * UNIT)
        scene.addItem(item)
        items[person.id] = item
    for rel in record.relationships:
        if rel.from_person in items and rel.to_person in items:
            start = items[rel.from_person].pos()
            end = items[rel.to_person].pos()
            if rel.kind.is_parental or rel.kind is RelationshipKind.SIGNIFICANT_ADULT:
                start = start + QPointF(0, SIZE / 2)
                end = end - QPointF(0, SIZE / 2)
            else:
                start = start + QPointF(0, SIZE / 2)
                end = end + QPointF(0, SIZE / 2)
            scene.addItem(LinkItem(rel.kind, start, end))
    bounds = scene.itemsBoundingRect()
    top = bounds.bottom() + 30
    title = QGraphicsSimpleTextItem("Legend")
    bold = QFont()
    bold.setBold(True)
    title.setFont(bold)
    title.setPos(bounds.left(), top)
    title.setData(0, "legend")
    scene.addItem(title)
    for index, (text, _) in enumerate(LEGEND):
        line = QGraphicsSimpleTextItem(text)
        line.setPos(bounds.left(), top + 18 * (index + 1))
        line.setData(0, "legend")
        scene.addItem(line)
    return scene, items
