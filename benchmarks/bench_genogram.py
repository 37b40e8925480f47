"""Genogram figures (issue 6): layout of 200 people over 5 generations; layout plus scene
to a painted picture (target 200 ms); one step of dragging a person (their lines follow and
the view repaints; target one 60 Hz frame, 16 ms, for no visible lag)."""

from __future__ import annotations

import os
import random
import time
from datetime import date, timedelta
from functools import cache

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.dates import FuzzyDate
from casedesk.domain.genogram_layout import layout
from casedesk.domain.ids import PersonId, RelationshipId
from casedesk.domain.people import Person, Sex
from casedesk.domain.relationships import Relationship, RelationshipKind
from runner import Figure


@cache
def _family() -> tuple[list[Person], list[Relationship]]:
    """About 200 people over 5 generations, with partners and children."""
    rng = random.Random(11)
    people: list[Person] = []
    rels: list[Relationship] = []

    def person(born: date) -> Person:
        p = Person(
            PersonId(f"g{len(people):04d}"),
            "P",
            "F",
            rng.choice([Sex.MALE, Sex.FEMALE]),
            FuzzyDate(born),
        )
        people.append(p)
        return p

    couples = [(person(date(1930, 1, 1)), person(date(1931, 1, 1)))]
    rels.append(
        Relationship(
            RelationshipId("r0"), RelationshipKind.MARRIED, couples[0][0].id, couples[0][1].id
        )
    )
    for generation in range(1, 5):
        following = []
        for a, b in couples:
            for n in range(3 if generation < 4 else 5):
                child = person(date(1930 + 25 * generation, 1, 1) + timedelta(days=400 * n))
                for parent in (a, b):
                    rels.append(
                        Relationship(
                            RelationshipId(f"r{len(rels)}"),
                            RelationshipKind.BIOLOGICAL_PARENT,
                            parent.id,
                            child.id,
                        )
                    )
                if generation < 4:
                    partner = person(child.birth.value if child.birth else date(2000, 1, 1))
                    rels.append(
                        Relationship(
                            RelationshipId(f"r{len(rels)}"),
                            RelationshipKind.MARRIED,
                            child.id,
                            partner.id,
                        )
                    )
                    following.append((child, partner))
        couples = following
    return people, rels


def _layout() -> float:
    people, rels = _family()
    started = time.perf_counter()
    result = layout(people, rels)
    elapsed = time.perf_counter() - started
    assert len(result.positions) == len(people)
    return elapsed


# The generated family's youngest are born up to 2035: draw it when everyone is born.
AS_AT = date(2045, 1, 1)


def _record() -> CaseRecord:
    from casedesk.domain.cases import Case, LegalStatus
    from casedesk.domain.ids import CaseId

    people, rels = _family()
    child = people[-1]
    case = Case(
        CaseId("c"), "BENCH", child.id, LegalStatus.CHILD_IN_NEED, "-", date(2026, 1, 1), "W"
    )
    return CaseRecord(case, tuple(people), tuple(rels))


def _app() -> object:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _scene_painted() -> float:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    from casedesk.domain import genogram as gm
    from casedesk.ui.genogram.scene import GenogramScene

    _app()
    record = _record()
    started = time.perf_counter()
    scene = GenogramScene()
    scene.show(gm.build(record, AS_AT))
    rect = scene.itemsBoundingRect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter)
    painter.end()
    elapsed = time.perf_counter() - started
    assert len(scene.people) == len(record.people)
    return elapsed


@cache
def _dragging() -> tuple[object, object, object]:
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QGraphicsView

    from casedesk.domain import genogram as gm
    from casedesk.ui.genogram.scene import GenogramScene

    _app()
    record = _record()
    scene = GenogramScene()
    scene.show(gm.build(record, AS_AT))
    view = QGraphicsView(scene)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.resize(1400, 900)
    view.show()
    # A person in the middle generation, with parents, a partner and children.
    item = scene.people[record.people[len(record.people) // 3].id]
    view.centerOn(item)
    return scene, view, item


def _drag_step() -> float:
    from PySide6.QtCore import QPointF

    _scene, view, item = _dragging()
    started = time.perf_counter()
    item.setPos(item.pos() + QPointF(3, 1))  # type: ignore[attr-defined]
    view.viewport().repaint()  # type: ignore[attr-defined]
    return time.perf_counter() - started


@cache
def _drawing() -> object:
    from casedesk.domain import genogram as gm
    from casedesk.domain import genogram_drawing

    return genogram_drawing.drawing(gm.build(_record(), AS_AT))


def _png() -> float:
    from casedesk.export.png import to_png

    drawing = _drawing()
    started = time.perf_counter()
    to_png(drawing)  # type: ignore[arg-type]
    return time.perf_counter() - started


def _svg() -> float:
    from casedesk.export.svg import to_svg

    drawing = _drawing()
    started = time.perf_counter()
    to_svg(drawing, "")  # type: ignore[arg-type]
    return time.perf_counter() - started


FIGURES = [
    Figure(f"genogram layout ({len(_family()[0])} people, 5 generations)", _layout, target=0.200),
    Figure(
        f"genogram layout + scene, painted ({len(_family()[0])} people)",
        _scene_painted,
        target=0.200,
    ),
    Figure("genogram drag: one move, lines follow, view repainted", _drag_step, target=0.016),
    Figure(
        f"genogram PNG export ({len(_family()[0])} people)",
        _png,
        target=0.5,
        baseline=_svg,
        baseline_name="the same genogram as SVG",
    ),
]
