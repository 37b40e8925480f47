"""The genogram scene's content: which items, of which kind, connected how (not pixels)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsSimpleTextItem
from pytestqt.qtbot import QtBot

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.people import Identification
from casedesk.domain.relationships import RelationshipKind
from casedesk.services.synthetic import generate
from casedesk.ui.genogram.scene import LinkItem, PersonItem, build_scene


def record_with_unidentified_father() -> CaseRecord:
    data = generate(seed=11, cases=6, entries=0, as_of=date(2026, 11, 1))
    for case in data.cases:
        members = set(data.case_people[case.id])
        people = tuple(p for p in data.people if p.id in members)
        if any(p.identification is Identification.NOT_IDENTIFIED for p in people):
            rels = tuple(r for r in data.relationships if r.from_person in members)
            return CaseRecord(case, people, rels)
    raise AssertionError("some generated fathers are not identified")


def test_every_person_link_and_the_legend_are_drawn(qtbot: QtBot) -> None:
    record = record_with_unidentified_father()
    scene, items = build_scene(record)
    people = [i for i in scene.items() if isinstance(i, PersonItem)]
    links = [i for i in scene.items() if isinstance(i, LinkItem)]
    assert len(people) == len(record.people)
    assert len(links) == len(record.relationships)
    subjects = [i for i in people if i.subject]
    assert [i.person.id for i in subjects] == [record.case.subject_child]
    unknown = [i for i in people if i.person.identification is Identification.NOT_IDENTIFIED]
    assert unknown and all(i.pen().style() == Qt.PenStyle.DashLine for i in unknown)
    texts = {i.text() for i in scene.items() if isinstance(i, QGraphicsSimpleTextItem)}
    assert "Legend" in texts and "?" in texts
    kinds = {link.kind for link in links}
    assert RelationshipKind.SEPARATED in kinds and RelationshipKind.COHABITING in kinds
    dashed = [link for link in links if link.kind is RelationshipKind.COHABITING]
    assert all(link.pen().style() == Qt.PenStyle.DashLine for link in dashed)
    child = items[record.case.subject_child]
    for rel in record.relationships:
        if rel.kind.is_parental and rel.to_person == record.case.subject_child:
            assert items[rel.from_person].pos().y() < child.pos().y()


def test_the_scene_renders_offscreen_to_an_image(qtbot: QtBot) -> None:
    scene, _items = build_scene(record_with_unidentified_father())
    rect = scene.itemsBoundingRect()
    image = QImage(int(rect.width()) + 20, int(rect.height()) + 20, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    scene.render(painter)
    painter.end()
    assert not image.isNull()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 2, "something was drawn"
