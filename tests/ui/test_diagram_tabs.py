"""The Genogram and Ecomap tabs as a worker uses them: drag (kept in the case file),
Re-layout, a date in the past, a person's entries, export, and adding an ecomap link."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QGraphicsView
from pytestqt.qtbot import QtBot

from casedesk.domain.team import LinkStrength
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.synthetic import generate
from casedesk.ui.controller import Controller
from casedesk.ui.dialogs.support import SupportDialog
from casedesk.ui.main_window import MainWindow
from casedesk.ui.settings import UiSettings

PASSPHRASE = "kettle mango violin harbour"


@pytest.fixture
def gui(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, Controller, Path]]:
    path = tmp_path / "work.casedesk"
    case_file, _ = CaseFile.create(path, PASSPHRASE, "Sam Worker", kdf=FLOOR)
    with case_file:
        write_data(case_file, generate(seed=11, cases=2, entries=60, as_of=date(2026, 11, 1)))
    window = MainWindow(UiSettings())
    qtbot.addWidget(window)
    controller = Controller(window)
    controller._opened(CaseFile.open(path, PASSPHRASE))
    controller.show_case("DEMO-0001")
    # These tests are about the diagrams: the worker brings the Genogram tab forward
    # (a tab behind fills when brought forward, or later once the window is idle).
    window.case_view.tabs.setCurrentWidget(window.case_view.genogram)
    yield window, controller, path
    controller.close_case_file()


def drag(view: QGraphicsView, start: QPoint, by: QPoint) -> None:
    """Press, move in steps and release the left button, as a mouse does."""
    viewport = view.viewport()

    def send(kind: QEvent.Type, at: QPoint, button: Qt.MouseButton, held: Qt.MouseButton) -> None:
        event = QMouseEvent(
            kind,
            QPointF(at),
            QPointF(viewport.mapToGlobal(at)),
            button,
            held,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, event)

    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    send(QEvent.Type.MouseButtonPress, start, left, left)
    for step in range(1, 6):
        send(QEvent.Type.MouseMove, start + by * step / 5, none, left)
    send(QEvent.Type.MouseButtonRelease, start + by, left, none)


def test_a_dragged_person_stays_where_they_were_put_until_re_layout(
    gui: tuple[MainWindow, Controller, Path],
) -> None:
    window, controller, path = gui
    tab = window.case_view.genogram
    scene = tab.genogram_scene
    assert window.case_view.record is not None
    child = window.case_view.record.case.subject_child
    automatic = scene.people[child].pos()
    item = scene.people[child]
    window.case_view.tabs.setCurrentWidget(tab)
    window.resize(1300, 900)
    window.show()
    start = tab.view.mapFromScene(automatic)
    by_scene = tab.view.mapToScene(start + QPoint(120, 40)) - tab.view.mapToScene(start)
    drag(tab.view, start, QPoint(120, 40))
    assert item.pos() == automatic + by_scene, "the mouse moved the person"
    moved_to = (item.pos().x(), item.pos().y())
    assert tab.relayout.isEnabled()
    # Closed and opened again: the position came from the case file.
    controller.close_case_file()
    controller._opened(CaseFile.open(path, PASSPHRASE))
    controller.show_case("DEMO-0001")
    again = window.case_view.genogram.genogram_scene.people[child].pos()
    assert (again.x(), again.y()) == moved_to
    window.case_view.genogram.relayout_requested.emit()
    back = window.case_view.genogram.genogram_scene.people[child].pos()
    assert back == automatic
    assert controller.case_file is not None
    assert controller.case_file.diagram_positions(window.case_view.record.case.id, "genogram") == {}


def test_as_at_a_past_date_and_a_persons_entries(gui: tuple[MainWindow, Controller, Path]) -> None:
    window, _controller, _path = gui
    view = window.case_view
    tab = view.genogram
    assert view.record is not None
    child = view.record.subject_child
    assert child.birth is not None
    born = child.birth.value
    tab.as_at.setDate(QDate(born.year - 3, 1, 1))
    assert child.id not in tab.genogram_scene.people
    assert f"as at 01 Jan {born.year - 3}" in tab.listing.toPlainText()
    tab.as_at.setDate(QDate(2026, 11, 1))
    assert child.id in tab.genogram_scene.people
    tab.genogram_scene.people[child.id].setSelected(True)
    assert tab.selected == child.id and tab.open_entries.isEnabled()
    count = sum(1 for e in view.record.entries if child.id in e.people)
    assert tab.person_entries.count() == min(count, 200) > 0
    # Double-clicking an entry shows the family as it was that day, the person still chosen.
    last = tab.person_entries.item(tab.person_entries.count() - 1)
    day = last.data(Qt.ItemDataRole.UserRole)
    tab.person_entries.itemDoubleClicked.emit(last)
    assert tab.day() == day and f"as at {day:%d %b %Y}" in tab.listing.toPlainText()
    assert tab.selected == child.id
    tab.open_entries.click()
    assert view.tabs.currentWidget() is view.chronology
    assert view.chronology.person.currentData() == child.id
    assert view.chronology.model.rowCount() == count


def test_exporting_writes_what_is_shown(
    gui: tuple[MainWindow, Controller, Path],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window, _controller, _path = gui
    out = tmp_path / "shown.svg"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    window.case_view.genogram.as_at.setDate(QDate(2025, 6, 1))
    window.case_view.genogram.export_requested.emit("genogram")
    assert "as at 01 Jun 2025" in out.read_text(encoding="utf-8")
    png = tmp_path / "eco.png"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(png), ""))
    )
    window.case_view.tabs.setCurrentWidget(window.case_view.ecomap)
    window.case_view.ecomap.export_requested.emit("ecomap")
    assert png.read_bytes().startswith(b"\x89PNG")


def test_an_ecomap_link_is_added_and_drawn(
    gui: tuple[MainWindow, Controller, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _controller, _path = gui
    tab = window.case_view.ecomap
    window.case_view.tabs.setCurrentWidget(tab)
    before = tab.supports_model.rowCount()

    def fill(dialog: SupportDialog) -> int:
        dialog.name.setText("Hilltop Mosque")
        dialog.kind.setCurrentIndex(dialog.kind.findData("faith"))
        dialog.strength.setCurrentIndex(dialog.strength.findData(LinkStrength.STRONG))
        dialog.from_date.set_value(date(2026, 1, 5))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(SupportDialog, "exec", fill)
    tab.add_support_requested.emit()
    assert tab.supports_model.rowCount() == before + 1
    assert tab.ecomap is not None and "Hilltop Mosque" in {n.name for n in tab.ecomap.nodes}
    assert "Hilltop Mosque (faith) with the family: strong" in tab.listing.toPlainText()


def test_an_ecomap_link_is_changed_with_a_reason(
    gui: tuple[MainWindow, Controller, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _controller, _path = gui
    tab = window.case_view.ecomap
    window.case_view.tabs.setCurrentWidget(tab)
    first = tab.supports_model.row_at(0)
    other = next(s for s in LinkStrength if s is not first.strength)

    def change(dialog: SupportDialog) -> int:
        assert dialog.name.text() == first.name and not dialog.ok.isEnabled(), "reason needed"
        dialog.strength.setCurrentIndex(dialog.strength.findData(other))
        dialog.reason.setText("mother says the worker keeps changing")
        return int(QDialog.DialogCode.Accepted) if dialog.ok.isEnabled() else 0

    monkeypatch.setattr(SupportDialog, "exec", change)
    tab.edit_support_requested.emit(first)
    changed = tab.supports_model.row_at(0)
    assert changed.record_id == first.record_id and changed.strength is other
    assert window.undo_action.isEnabled() and "ecomap" in window.undo_action.text()
    window.undo_action.trigger()
    assert window.case_view.ecomap.supports_model.row_at(0).strength is first.strength
