"""Work handed to ``after_next_paint`` runs after the window's paint, in the order it was
handed over, and a failure in one does not keep the others from running."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from casedesk.ui.after_paint import after_next_paint


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
