"""Work handed to ``after_next_paint`` runs after the window's paint, in the order it was
handed over, and a failure in one does not keep the others from running."""

from __future__ import annotations

import gc

import pytest
import shiboken6
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from casedesk.services import gc_pause
from casedesk.ui import after_paint
from casedesk.ui.after_paint import after_next_paint
from casedesk.ui.collector_hold import held_until_painted


def test_work_runs_after_the_paint_in_order_and_a_failure_stops_nothing(qtbot: QtBot) -> None:
    window = QLabel("a window")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    ran: list[str] = []

    def fails() -> None:
        ran.append("fails")
        raise RuntimeError("a bug in the first")

    after_next_paint(window, fails)
    after_next_paint(window, lambda: ran.append("second"))
    window.setText("changed: painted again")
    assert ran == []  # nothing before the paint
    with qtbot.captureExceptions() as raised:
        qtbot.waitUntil(lambda: len(ran) == 2)
    assert ran == ["fails", "second"]
    assert [str(error[1]) for error in raised] == ["a bug in the first"]
    window.hide()  # nothing of it will be painted: at once
    after_next_paint(window, lambda: ran.append("hidden"))
    assert ran[-1] == "hidden"


def test_work_handed_over_after_the_paint_waits_for_the_next_one(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A case shown between a paint and the turn after it: its work is not run on that
    turn, before its own case has been painted."""
    monkeypatch.setattr(after_paint, "LONGEST_WAIT_MS", 60_000)  # only the paint counts
    window = QLabel("a window")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(100)  # what showing it posted is painted
    ran: list[str] = []
    after_next_paint(window, lambda: ran.append("first"))
    window.repaint()  # painted now; the first runs on the next turn
    window.setUpdatesEnabled(False)  # and nothing painted after it for a while
    after_next_paint(window, lambda: ran.append("second"))
    qtbot.waitUntil(lambda: "first" in ran)
    assert ran == ["first"]
    window.setUpdatesEnabled(True)
    window.setText("the second case, painted")
    qtbot.waitUntil(lambda: ran == ["first", "second"])


def test_work_for_a_window_that_goes_before_its_paint_is_dropped(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A window deleted while work waits for its paint: the work never runs (it would
    reach for what is gone), neither at a later paint nor when the wait runs out."""
    monkeypatch.setattr(after_paint, "LONGEST_WAIT_MS", 50)
    window = QLabel("a window")
    window.show()
    qtbot.waitExposed(window)
    ran: list[str] = []
    after_next_paint(window, lambda: ran.append(window.text()))
    shiboken6.delete(window)
    other = QLabel("another window")
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    with qtbot.captureExceptions() as raised:
        qtbot.wait(200)  # past the wait, and other windows painted
    assert ran == [] and raised == []
    assert after_paint._WAITING == {}


def test_the_collector_held_until_a_paint_comes_back_when_the_window_goes_first(
    qtbot: QtBot,
) -> None:
    """A case shown holds the cyclic collector until its window is painted; the window
    deleted before that paint must not leave it off for the rest of the day."""
    assert gc.isenabled()
    window = QLabel("a window")
    window.show()
    qtbot.waitExposed(window)
    ran: list[str] = []
    with held_until_painted(window):
        after_next_paint(window, lambda: ran.append(window.text()))
    assert not gc.isenabled()  # until the paint
    shiboken6.delete(window)
    assert gc.isenabled() and gc_pause._holds == 0
    with qtbot.captureExceptions() as raised:
        qtbot.wait(100)
    assert ran == [] and raised == []
