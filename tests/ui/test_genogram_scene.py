"""The genogram scene's content: which items, of which kind, connected how (not pixels);
dragging a person moves their lines with them; the scene renders offscreen."""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot

from casedesk.domain import diagram as d
from casedesk.domain import genogram as gm
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.people import Identification
from casedesk.services.synthetic import generate
from casedesk.ui.genogram.scene import BoundaryItem, GenogramScene, LineItem, PersonItem

AS_AT = date(2026, 11, 1)


def record_with_unidentified_father() -> CaseRecord:
    data = generate(seed=11, cases=6, entries=0, as_of=AS_AT)
    for case in data.cases:
        members = set(data.case_people[case.id])
        people = tuple(p for p in data.people if p.id in members)
        if any(p.identification is Identification.NOT_IDENTIFIED for p in people):
            return CaseRecord(
                case,
                people,
                tuple(r for r in data.relationships if r.from_person in members),
                households=tuple(h for h in data.households if h.person in members),
                emotional_links=tuple(e for e in data.emotional_links if e.from_person in members),
            )
    raise AssertionError("some generated fathers are not identified")


def shown(qtbot: QtBot, record: CaseRecord) -> GenogramScene:
    scene = GenogramScene()
    scene.show(gm.build(record, AS_AT))
    return scene


def test_every_person_line_boundary_and_the_key_are_drawn(qtbot: QtBot) -> None:
    record = record_with_unidentified_father()
    scene = shown(qtbot, record)
    people = [i for i in scene.items() if isinstance(i, PersonItem)]
    lines = [i for i in scene.items() if isinstance(i, LineItem)]
    assert {i.person for i in people} == {p.id for p in record.people}
    assert [i.person for i in people if i.symbol.subject] == [record.case.subject_child]
    unknown = [i for i in people if i.symbol.unidentified]
    assert unknown, "the father not identified is drawn"
    for item in unknown:
        outline = item.primitives[0]
        assert outline.pen is not None and outline.pen.dash, "a dashed outline"
        assert any(isinstance(p, d.Label) and p.text == "?" for p in item.primitives)
    roles = {(i.line.role, i.line.kind) for i in lines}
    assert ("couple", "separated") in roles and ("couple", "cohabiting") in roles
    assert ("couple", "parents") in roles, "the child's parents are joined though not a couple"
    assert ("significant adult", "mother's partner") in roles
    assert {("emotional", q) for q in ("close", "cut-off", "distant")} <= roles
    # Each line joins the people it is about, and their items exist.
    for item in lines:
        assert set(item.line.people) <= set(scene.people)
    households = [i for i in scene.items() if isinstance(i, BoundaryItem)]
    assert len(households) == 1
    assert record.case.subject_child in households[0].boundary.members
    key_texts = (
        {p.text for p in scene.key.primitives if isinstance(p, d.Label)} if scene.key else set()
    )
    assert {"Key", "not identified or not confirmed", "cohabiting", "close"} <= key_texts
    child = scene.people[record.case.subject_child]
    for rel in record.relationships:
        if rel.kind.is_parental and rel.to_person == record.case.subject_child:
            assert scene.people[rel.from_person].pos().y() < child.pos().y()


def test_dragging_a_person_moves_their_lines_and_reports_the_place(qtbot: QtBot) -> None:
    record = record_with_unidentified_father()
    scene = shown(qtbot, record)
    child_id = record.case.subject_child
    child = scene.people[child_id]
    touching = [i for i in scene.lines if child_id in i.line.people]
    before = [i.primitives for i in touching]
    others = [(i, i.primitives) for i in scene.lines if child_id not in i.line.people]
    with qtbot.waitSignal(scene.person_placed) as placed:
        child.mousePressEvent(_press())
        child.setPos(child.pos() + QPointF(150, 40))
        child.mouseReleaseEvent(_press())
    assert placed.args[0] == child_id
    assert (placed.args[1], placed.args[2]) == (child.pos().x(), child.pos().y())
    assert all(i.primitives != b for i, b in zip(touching, before, strict=True))
    assert all(i.primitives == b for i, b in others), "lines of other people stay put"
    # The model the exports use moved too: what is exported is what is shown.
    assert scene.genogram is not None
    assert scene.genogram.symbol(child_id).centre == (child.pos().x(), child.pos().y())


def _press() -> object:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QGraphicsSceneMouseEvent

    event = QGraphicsSceneMouseEvent(QEvent.Type.GraphicsSceneMousePress)
    event.setButton(Qt.MouseButton.LeftButton)
    return event


def test_the_scene_renders_offscreen_to_an_image(qtbot: QtBot) -> None:
    scene = shown(qtbot, record_with_unidentified_father())
    rect = scene.itemsBoundingRect()
    image = QImage(int(rect.width()) + 20, int(rect.height()) + 20, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    scene.render(painter)
    painter.end()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)
    }
    assert len(colours) > 5, "symbols, lines and text were drawn"


def test_arrow_keys_move_a_person_and_report_the_place(qtbot: QtBot) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    record = record_with_unidentified_father()
    scene = shown(qtbot, record)
    item = scene.people[record.case.subject_child]
    start = item.pos()
    shift = Qt.KeyboardModifier.ShiftModifier
    item.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Right, shift))
    item.keyPressEvent(
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Up, Qt.KeyboardModifier.NoModifier)
    )
    with qtbot.waitSignal(scene.person_placed) as placed:
        item.keyReleaseEvent(
            QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Up, Qt.KeyboardModifier.NoModifier)
        )
    assert item.pos() == start + QPointF(24, -6)
    assert (placed.args[1], placed.args[2]) == (item.pos().x(), item.pos().y())


def test_dragging_someone_between_a_households_members_splits_its_outline(qtbot: QtBot) -> None:
    record = record_with_unidentified_father()
    scene = shown(qtbot, record)
    (home,) = [i.boundary for i in scene.boundaries]
    members = sorted((scene.people[p] for p in home.members), key=lambda i: (i.y(), i.x()))
    a, b = next((x, y) for x, y in itertools.pairwise(members) if x.y() == y.y())
    outsider = next(i for p, i in scene.people.items() if p not in home.members)
    outsider.setPos((a.pos() + b.pos()) / 2)
    assert scene.genogram is not None
    assert len(scene.boundaries) == len(scene.genogram.boundaries) > 1
    assert all(item.scene() is scene for item in scene.boundaries)
    outsider.setPos(QPointF(-2000, -2000))
    assert len(scene.boundaries) == 1
