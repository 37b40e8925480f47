"""Oversight as a worker and a supervisor meet it: the Oversight tab of a case loaded from
a real case file, an escalation raised through its dialog (its stage and response date
from the procedure) and found in the work tray once overdue, a sign-off typed at the
worker's desk with the supervisor's own passphrase (a wrong one signs nothing), and a
supervision recorded on every case it discussed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.record_editor import RecordEditor
from casedesk.services.synthetic import generate
from casedesk.ui.controller import Controller
from casedesk.ui.dialogs.escalation import EscalationDialog
from casedesk.ui.dialogs.sign_off import SignOffDialog
from casedesk.ui.dialogs.supervision import SupervisionDialog
from casedesk.ui.main_window import MainWindow
from casedesk.ui.settings import UiSettings
from tests.services.test_oversight import (
    OWNER_PASSPHRASE,
    SUPERVISOR,
    SUPERVISOR_PASSPHRASE,
    WORKER,
    WORKER_PASSPHRASE,
    _submitted,
)

# Their case files' clocks are set to 30 November 2026: so is the audit trail's.
pytestmark = pytest.mark.usefixtures("audit_on_the_clocks_day")
CLOCK = datetime(2026, 11, 30, 12, tzinfo=UTC)


@pytest.fixture
def gui(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, Controller]]:
    """Three demo cases; DEMO-0001 has an assessment the worker submitted; the worker has
    the file open."""
    path = tmp_path / "work.casedesk"
    case_file, _ = CaseFile.create(path, OWNER_PASSPHRASE, "Agency Owner", kdf=FLOOR)
    write_data(case_file, generate(seed=5, cases=3, entries=90, as_of=date(2026, 6, 1)))
    with case_file:
        case_file.add_user(SUPERVISOR, "supervisor", SUPERVISOR_PASSPHRASE, FLOOR, False)
        case_file.add_user(WORKER, "worker", WORKER_PASSPHRASE, FLOOR, False)
    with CaseFile.open(path, WORKER_PASSPHRASE) as worker_file:
        worker_file.set_clock(lambda: CLOCK)
        _submitted(RecordEditor(worker_file))
    window = MainWindow(UiSettings())
    qtbot.addWidget(window)
    window.resize(1024, 700)
    controller = Controller(window)
    opened = CaseFile.open(path, WORKER_PASSPHRASE)
    opened.set_clock(lambda: CLOCK)
    controller._opened(opened)
    controller.show_case("DEMO-0001")
    window.case_view.tabs.setCurrentWidget(window.case_view.oversight_tab)
    yield window, controller
    controller.close_case_file()


def _texts(model: object, column: int) -> list[str]:
    return [
        model.data(model.index(r, column))  # type: ignore[attr-defined]
        for r in range(model.rowCount())  # type: ignore[attr-defined]
    ]


def test_an_escalation_is_raised_through_its_dialog_and_overdue_in_the_tray(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, controller = gui
    tab = window.case_view.oversight_tab
    seen: list[str] = []

    def raise_it(dialog: EscalationDialog) -> int:
        dialog.day.setText("2026-11-19")
        dialog.with_whom.setEditText("Head of Year, Northvale School")
        seen.append(str(dialog.ok.isEnabled()))  # no concern yet: it waits
        dialog.concern.setPlainText("Attendance has not been shared for six weeks.")
        seen.append(dialog.stage_line.text())
        return int(QDialog.DialogCode.Accepted) if dialog.ok.isEnabled() else 0

    monkeypatch.setattr(EscalationDialog, "exec", raise_it)
    tab.raise_button.click()
    assert seen[0] == "False"
    assert seen[1].startswith("Stage 1: Practitioner to practitioner. A response is due by Mon 23")
    (row,) = [tab.escalations.row_at(r) for r in range(tab.escalations.rowCount())]
    assert row.step.stage == 1 and row.days_overdue == 5
    assert "response overdue by 5 working days" in _texts(tab.escalations, 3)
    # The work tray names it, and its line opens the case at the Oversight tab.
    controller.show_tray_summary()
    tray = window.case_page.tray
    items = [tray.model.row_at(r) for r in range(tray.model.rowCount())]
    line = next(i for i in items if i.kind == "escalation")
    assert line.name == "Escalation response (stage 1) from Head of Year, Northvale School"
    assert line.working_days_late == 5
    window.show_case_list()
    source = items.index(line)
    tray.table.activated.emit(tray.model.index(source, 0))
    assert window.case_view.tabs.currentWidget() is window.case_view.oversight_tab


def _select_assessment(window: MainWindow) -> None:
    tab = window.case_view.oversight_tab
    for r in range(tab.approvals.rowCount()):
        if tab.approvals.row_at(r).assessment is not None:
            tab.approvals_table.selectRow(r)
            return
    raise AssertionError("no assessment shown")


def test_a_supervisor_signs_off_at_the_workers_desk_with_their_own_passphrase(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _controller = gui
    tab = window.case_view.oversight_tab
    _select_assessment(window)
    assert "awaiting sign-off" in _texts(tab.approvals, 2)[0]
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    passphrases = iter(["worker's own passphrase is not it", SUPERVISOR_PASSPHRASE])

    def sign(dialog: SignOffDialog) -> int:
        assert dialog.supervisor.currentText() in (SUPERVISOR, "Agency Owner")
        dialog.supervisor.setCurrentText(SUPERVISOR)
        dialog.comment.setPlainText("Agreed: child in need plan.")
        dialog.passphrase.setText(next(passphrases))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(SignOffDialog, "exec", sign)
    tab.sign_button.click()
    assert warnings == [
        f"That passphrase is not {SUPERVISOR}'s: nothing was signed. The supervisor types "
        "their own passphrase."
    ]
    assert window.case_view.record is not None and window.case_view.record.sign_offs == ()
    _select_assessment(window)
    tab.sign_button.click()
    assert len(warnings) == 1
    status = _texts(tab.approvals, 2)[0]
    assert status.startswith(f"Signed off by {SUPERVISOR} (supervisor) on 30 Nov 2026")
    assert "the current version, signature verified" in status


def test_a_supervision_is_recorded_on_every_case_it_discussed(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, controller = gui
    tab = window.case_view.oversight_tab

    def supervise(dialog: SupervisionDialog) -> int:
        dialog.held.setText("2026-11-24")
        dialog.supervisor.setCurrentText(SUPERVISOR)
        dialog.cases.item(1).setCheckState(dialog.cases.item(0).checkState())
        dialog.decisions.setPlainText("Visit weekly until the review.")
        dialog.not_to_act.setPlainText("Not to convene a strategy discussion: no new harm.")
        first = dialog.action_fields[0]
        first.what.setText("Ask the GP for the mother's records")
        first.owner.setCurrentIndex(1)
        first.due.setText("2026-12-08")
        return int(QDialog.DialogCode.Accepted) if dialog.ok.isEnabled() else 0

    monkeypatch.setattr(SupervisionDialog, "exec", supervise)
    tab.supervise_button.click()
    (held,) = [tab.supervisions.row_at(r) for r in range(tab.supervisions.rowCount())]
    assert held.held_on == date(2026, 11, 24) and held.supervisor == SUPERVISOR
    assert held.recorded_at.startswith("2026-11-30")  # typed today, held last week
    other = held.cases_discussed[1]
    assert controller.case_file is not None
    second = controller.case_file.case_record(other)
    assert [s.held_on for s in second.supervisions] == [date(2026, 11, 24)]
    record = window.case_view.record
    assert record is not None
    (agreed,) = [a for a in record.actions if a.supervision == held.id]
    assert agreed.what == "Ask the GP for the mother's records"


def test_the_oversight_tab_is_readable_at_a_laptops_size(
    gui: tuple[MainWindow, Controller], tmp_path: Path
) -> None:
    window, _controller = gui
    for size in ((1024, 700), (1366, 768)):
        window.resize(*size)
        window.grab().save(str(tmp_path / f"oversight-{size[0]}.png"))
    tab = window.case_view.oversight_tab
    assert tab.approvals.rowCount() >= 1
    assert tab.supervision_summary.text()
