"""The case health check as a worker meets it: a count in the case's header, the Health
check tab listing every check (what fails first, each with a symbol and a word), "Show
the records" taking them to the records behind a check, the tab following an edit made
through the usual dialog, the case as it was recorded on a day before the file existed
refused in one sentence, the case list's column filled a case at a time, the work tray's
health lines, and nothing of it left behind a lock."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QDate, QEvent, QObject, QUrl
from PySide6.QtWidgets import QDialog, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from casedesk.domain.health import Status
from casedesk.domain.wording import shown_day
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import DEMO_PASSPHRASE, create_demo
from casedesk.services.health import case_health
from casedesk.services.oversight import oversight_of
from casedesk.storage import loading
from casedesk.ui import health_actions
from casedesk.ui.controller import Controller
from casedesk.ui.dialogs.professional import ProfessionalDialog
from casedesk.ui.dialogs.unlock import UnlockDialog
from casedesk.ui.main_window import MainWindow
from casedesk.ui.models.case_list_model import NOT_CHECKED_YET, Column
from casedesk.ui.settings import UiSettings
from casedesk.ui.widgets.health_tab import MARKS, HealthTab, header_text
from tests.ui.conftest import stepped_by_hand

REFERENCE = "DEMO-0001"
CHECKS = 19


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two fictional cases (seed 1: DEMO-0001 has contradicted facts not analysed, and a
    lead professional)."""
    path = tmp_path_factory.mktemp("health-ui") / "demo.casedesk"
    create_demo(path, seed=1, cases=2, kdf=FLOOR)
    return path


@pytest.fixture
def gui(qtbot: QtBot, tmp_path: Path, demo: Path) -> Iterator[tuple[MainWindow, Controller]]:
    """The demo opened in the window, as File > Open does once the passphrase is typed."""
    path = tmp_path / demo.name
    shutil.copytree(demo, path)
    window = MainWindow(UiSettings())
    qtbot.addWidget(window)
    window.resize(1024, 700)
    controller = Controller(window)
    controller._opened(CaseFile.open(path, DEMO_PASSPHRASE))
    yield window, controller
    controller.close_case_file()


def _shown_case(window: MainWindow, controller: Controller) -> HealthTab:
    controller.show_case(REFERENCE)
    view = window.case_view
    view.tabs.setCurrentWidget(view.health_tab)
    return view.health_tab


def _links(tab: HealthTab) -> dict[str, str]:
    """The tab's links as a reader meets them: their words, and where each goes."""
    tab.text()  # laid out
    links: dict[str, str] = {}
    document = tab.body.document()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            href = fragment.charFormat().anchorHref()
            if href:
                links[href] = links.get(href, "") + fragment.text()
            it += 1
        block = block.next()
    return links


def _follow(tab: HealthTab, check: str, words: str) -> None:
    """Follow the link of ``check``, which says ``words`` (what a click or Enter does)."""
    href = f"records:{check}"
    assert _links(tab)[href] == words
    tab.body.anchorClicked.emit(QUrl(href))


def test_the_header_counts_what_fails_and_the_tab_lists_every_check(
    gui: tuple[MainWindow, Controller],
) -> None:
    window, controller = gui
    tab = _shown_case(window, controller)
    assert controller.case_file is not None
    expected = case_health(controller.case_file, REFERENCE)
    failed = expected.failed
    assert 0 < failed < CHECKS and len(expected.results) == CHECKS
    header = window.case_view.health_line
    assert header.isVisibleTo(window)
    assert header.text().startswith(f"✖ Health check: {failed} of {CHECKS} checks fail")
    assert tab.summary.text().startswith(f"✖ {failed} of {CHECKS} checks fail, in ")

    # What fails, by default: every failure with its symbol, its word, what to do next.
    assert tab.only_failing.isChecked()
    assert {r.check for r in tab.shown()} == {r.check for r in expected.results if r.failed}
    text = tab.text()
    assert text.count("✖ Fails") == failed and "✔ Passes" not in text
    assert text.count("What to do next:") == failed
    passing = CHECKS - failed
    assert f"{passing} checks that pass or do not apply are not shown" in text

    # Every check, once the tick is taken off: each with the mark of its own status.
    tab.only_failing.setChecked(False)
    text = tab.text()
    assert len(tab.shown()) == CHECKS
    for status in Status:
        symbol, word = MARKS[status]
        count = sum(1 for r in expected.results if r.status is status)
        assert text.count(f"{symbol} {word}") == count, word
    for result in expected.results:
        assert result.question in text and result.explanation in text
    # Grouped by theme, what fails first within each.
    order = [r.check for r in tab.shown()]
    for theme in {r.theme for r in expected.results}:
        mine = [r for r in tab.shown() if r.theme is theme]
        ranks = [0 if r.failed else 1 for r in mine]
        assert ranks == sorted(ranks), theme.title
        assert theme.title in text
    assert len(order) == len(set(order))


def test_a_case_is_painted_before_its_health_check_and_oversight_are_worked_out(
    gui: tuple[MainWindow, Controller], qtbot: QtBot
) -> None:
    """The chronology is on screen first; the header's count and the oversight follow on
    the next turn, and are the case's own even when another was chosen just before."""
    window, controller = gui
    window.show()
    qtbot.waitExposed(window)
    view = window.case_view
    seen_at_paint: list[str] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not seen_at_paint:
                seen_at_paint.append(view.health_line.text())
            return False

    watch = Watch()
    view.tabs.setCurrentWidget(view.chronology)
    view.chronology.table.viewport().installEventFilter(watch)
    proxy = window.case_page.proxy
    other = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() != REFERENCE)
    window.case_page.table.activated.emit(proxy.index(other, 0))
    window.case_chosen.emit(REFERENCE)  # chosen again before the window was painted
    assert view.chronology.model.total() > 0
    assert view.health_line.text() == "Health check: checking…"
    assert view.oversight_tab.supervision_summary.text() == ""
    assert controller.case_file is not None
    expected = case_health(controller.case_file, REFERENCE)
    # Long: late in the suite every paint passes through the event filters earlier
    # tests' windows left on the application (seconds for a window of this size).
    qtbot.waitUntil(lambda: "fail" in view.health_line.text(), timeout=30000)
    view.chronology.table.viewport().removeEventFilter(watch)
    assert seen_at_paint == ["Health check: checking…"]
    assert view.health_line.text() == header_text(expected) + "  ›"
    assert view.health_tab.health == expected
    shown = oversight_of(controller.case_file, controller.case_file.case_record(REFERENCE))
    assert shown.supervision.supervisions
    supervisions = view.oversight_tab.supervisions
    assert [supervisions.row_at(r) for r in range(supervisions.rowCount())] == list(
        reversed(shown.supervision.supervisions)
    )
    assert view.oversight_tab.supervision_summary.text().startswith("At least every")
    # Shown again (new thresholds, deadlines just recorded): the count is worked out
    # afresh, and says so until it is.
    controller.show_case(REFERENCE)
    assert view.health_line.text() == "Health check: checking…"
    qtbot.waitUntil(lambda: "fail" in view.health_line.text(), timeout=30000)


def test_show_the_records_of_a_chronology_check_opens_the_chronology_with_them(
    gui: tuple[MainWindow, Controller],
) -> None:
    window, controller = gui
    tab = _shown_case(window, controller)
    view = window.case_view
    contradicted = next(r for r in tab.shown() if r.check == "contradictions")
    assert contradicted.failed and contradicted.place == "chronology"
    view.chronology.search.setText("nothing matches this")  # a filter that would hide them
    _follow(tab, "contradictions", f"Show the records ({len(contradicted.records)}) in Chronology")
    assert view.tabs.currentWidget() is view.chronology
    chronology = view.chronology
    shown = {chronology.model.row_at(r).entry.id for r in range(chronology.model.rowCount())}
    assert shown == set(contradicted.records)
    assert len(chronology.table.selectionModel().selectedRows()) == len(shown)
    assert "behind: Is every contradicted fact analysed?" in chronology.showing_pattern.text()
    assert chronology.search.text() == ""


def test_show_the_records_chooses_them_on_the_people_team_and_oversight_tabs(
    gui: tuple[MainWindow, Controller],
) -> None:
    window, controller = gui
    tab = _shown_case(window, controller)
    view = window.case_view
    tab.only_failing.setChecked(False)
    team = next(r for r in tab.shown() if r.check == "team-lead")
    _follow(tab, "team-lead", f"Show the records ({len(team.records)}) in Team")
    assert view.tabs.currentWidget() is view.team_table.parentWidget()
    rows = view.team_table.selectionModel().selectedRows()
    chosen = {view.team_model.row_at(i.row()).id for i in rows}  # type: ignore[attr-defined]
    assert chosen == set(team.records)
    escalations = next(r for r in tab.shown() if r.check == "escalations")
    view.tabs.setCurrentWidget(tab)
    _follow(tab, "escalations", "Show the records (1) in Oversight")
    oversight = view.oversight_tab
    assert view.tabs.currentWidget() is oversight
    [row] = oversight.escalation_table.selectionModel().selectedRows()
    assert oversight.escalations.row_at(row.row()).step.id in escalations.records


def _set_lead(window: MainWindow, monkeypatch: pytest.MonkeyPatch, lead: str, on: bool) -> None:
    """On the case's Team tab, Change… on the professional ``lead``: the lead ticked or
    not, with a reason."""
    view = window.case_view

    def answer(dialog: ProfessionalDialog) -> int:
        dialog.lead.setChecked(on)
        dialog.reason.setText("the core group chose the lead again")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ProfessionalDialog, "exec", answer)
    row = next(
        r
        for r in range(view.team_model.rowCount())
        if view.team_model.row_at(r).id == lead  # type: ignore[attr-defined]
    )
    view.team_table.selectRow(row)
    team_tab = view.team_table.parentWidget()
    next(b for b in team_tab.findChildren(QPushButton) if b.text() == "Change…").click()


def _count(text: str) -> int:
    """How many checks fail, from the header's line or the case list's column."""
    return int(text.split(": ")[-1].split(" of ")[0])


def test_marking_the_lead_professional_through_the_dialog_updates_the_tab_and_header(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, controller = gui
    tab = _shown_case(window, controller)
    view = window.case_view
    record = view.record
    assert record is not None
    lead = next(p for p in record.professionals if p.lead)
    before = _count(view.health_line.text())
    assert "Is the team around the family recorded, with a lead professional?" not in tab.text()

    def set_lead(on: bool) -> None:
        _set_lead(window, monkeypatch, lead.id, on)

    set_lead(False)
    assert view.health_line.text().startswith(f"✖ Health check: {before + 1} of {CHECKS}")
    assert "No lead professional is named." in tab.text()
    assert "Is the team around the family recorded, with a lead professional?" in tab.text()
    assert (
        window.case_page.model.data(window.case_page.model.index(0, Column.HEALTH))
        == f"{before + 1} of {CHECKS} fail"
    )
    set_lead(True)  # fixed: the check passes again, and drops out of what fails
    assert view.health_line.text().startswith(f"✖ Health check: {before} of {CHECKS}")
    assert "No lead professional is named." not in tab.text()
    # Undo reaches the tab as well; it may reach any case, so the others are checked again.
    controller._health_timer.stop()
    window.undo_action.trigger()
    assert view.health_line.text().startswith(f"✖ Health check: {before + 1} of {CHECKS}")
    assert "No lead professional is named." in tab.text()
    # (DEMO-0002 is queued again, or its check is under way and begins again by itself.)
    assert "DEMO-0002" in controller._waiting() and controller._health_timer.isActive()


def test_a_day_before_the_file_existed_is_refused_in_one_sentence(
    gui: tuple[MainWindow, Controller],
) -> None:
    window, controller = gui
    tab = _shown_case(window, controller)
    tab.choose_day(date(2020, 1, 6))
    assert (
        tab.summary.text()
        == f"Case {REFERENCE} was not yet recorded on {shown_day(date(2020, 1, 6))}."
    )
    assert tab.shown() == [] and tab.text() == ""
    assert tab.note.isVisibleTo(window)
    tab.today_button.click()  # back to the case as it is now
    assert tab.summary.text().startswith("✖ ") and tab.shown()
    assert not tab.note.isVisibleTo(window)


def test_a_typed_day_is_checked_once_typing_stops(
    gui: tuple[MainWindow, Controller], qtbot: QtBot
) -> None:
    window, controller = gui
    tab = _shown_case(window, controller)
    asked: list[object] = []
    tab.as_at_changed.connect(asked.append)
    for day in (1, 2, 3):  # each key press changes the date; one check when typing stops
        tab.as_at.setDate(QDate(2021, 3, day))
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    assert asked == [date(2021, 3, 3)]
    assert (
        tab.summary.text()
        == f"Case {REFERENCE} was not yet recorded on {shown_day(date(2021, 3, 3))}."
    )


def test_the_case_list_fills_in_the_background_and_the_tray_lists_failing_cases(
    gui: tuple[MainWindow, Controller], qtbot: QtBot
) -> None:
    window, controller = gui
    assert controller.case_file is not None
    path = controller.case_file.path
    controller.close_case_file()
    assert not controller.health_cache
    controller._opened(CaseFile.open(path, DEMO_PASSPHRASE))  # opened afresh
    model = window.case_page.model
    column = [model.index(r, Column.HEALTH) for r in range(model.rowCount())]
    assert [model.data(i) for i in column] == [NOT_CHECKED_YET] * 2  # nothing worked out yet
    assert controller._health_timer.isActive() and not controller.health_cache
    qtbot.waitUntil(lambda: not controller._health_timer.isActive(), timeout=5000)
    assert controller.case_file is not None
    expected = {r: case_health(controller.case_file, r) for r in ("DEMO-0001", "DEMO-0002")}
    assert {model.row_at(i.row()).reference: model.data(i) for i in column} == {
        r: f"{h.failed} of {CHECKS} fail" for r, h in expected.items()
    }
    # Sortable by how many fail.
    proxy = window.case_page.proxy
    proxy.sort(Column.HEALTH)
    firsts = [proxy.data(proxy.index(r, Column.HEALTH)) for r in range(proxy.rowCount())]
    assert firsts == sorted(firsts, key=lambda t: int(t.split()[0]))

    tray = window.case_page.tray
    lines = [tray.health.row_at(r) for r in range(tray.health.rowCount())]
    assert {line.case for line in lines} == {r for r, h in expected.items() if h.failed}
    one = next(line for line in lines if line.case == REFERENCE)
    failing = [r.question for r in expected[REFERENCE].results if r.failed]
    assert one.text() == (
        f"{len(failing)} health checks fail: {failing[0]} · {failing[1]} "
        f"(and {len(failing) - 2} more)"
    )
    assert "open cases have checks that fail" in tray.health_counts.text()
    # Activating the line opens the case at its Health check tab.
    tray.health_table.activated.emit(tray.health.index(lines.index(one), 0))
    view = window.case_view
    assert view.record is not None and view.record.case.reference == REFERENCE
    assert view.tabs.currentWidget() is view.health_tab


def test_a_case_changed_while_its_background_check_is_under_way_shows_its_new_count(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The case list's check of a case is taken a step at a time (a page of its rows, or
    one check), the window free between them. The worker opens that case in between and
    changes it: the list shows the count of the case as changed, as the case's header
    does, not the count of the case as it was when its check began. The collector is off
    while a case's check is under way (it reads thousands of records), and on after."""
    window, controller = gui
    monkeypatch.setattr(health_actions, "TICK_SECONDS", 0.0)  # a step a tick
    monkeypatch.setattr(loading, "PAGE_ROWS", 7)  # the demo's case in many pages
    controller.forget_health()
    controller.check_every_case()  # every case afresh
    controller._health_timer.stop()  # the ticks are taken here, one at a time
    while controller._checking is None or controller._checking[0] != REFERENCE:
        controller._check_next_case()
    for _ in range(5):  # part of the case read
        controller._check_next_case()
        assert not gc.isenabled()
    assert controller._checking is not None and controller._checking[0] == REFERENCE
    assert REFERENCE not in controller.health_cache
    case_file = controller.case_file
    assert case_file is not None
    record = case_file.case_record(REFERENCE)
    before = case_health(case_file, REFERENCE).failed
    _shown_case(window, controller)
    _set_lead(window, monkeypatch, next(p for p in record.professionals if p.lead).id, False)
    header = window.case_view.health_line.text()
    assert _count(header) == before + 1
    ticks = 0
    while controller._checking is not None or controller._health_queue:
        controller._check_next_case()
        ticks += 1
    assert ticks > 1
    assert gc.isenabled()
    model = window.case_page.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).reference == REFERENCE)
    assert _count(model.data(model.index(row, Column.HEALTH))) == before + 1


def test_a_window_gone_while_a_case_is_checked_leaves_the_collector_on(
    qtbot: QtBot, tmp_path: Path, demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check under way holds the collector off; the window going (the file closed
    with it, quietly) ends the hold, or the process would keep every cycle it made."""
    window, controller = stepped_by_hand(demo, tmp_path, monkeypatch)
    controller._check_next_case()
    assert controller._checking is not None and not gc.isenabled()
    shiboken6.delete(window)
    assert controller.case_file is None
    assert gc.isenabled()


def test_checking_every_case_does_not_push_out_the_cases_the_worker_opened(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Going back to a case opened a moment ago is not read from the file again because
    the background check of every case read the others in between (it read each case
    through the same few kept records, and the worker's were pushed out)."""
    path = tmp_path / "five.casedesk"
    create_demo(path, seed=2, cases=5, kdf=FLOOR)
    window = MainWindow(UiSettings())
    qtbot.addWidget(window)
    controller = Controller(window)
    controller._opened(CaseFile.open(path, DEMO_PASSPHRASE))
    # The case checked first: each case checked after it is one more read in between.
    model, proxy = window.case_page.model, window.case_page.proxy
    window.case_page.table.activated.emit(proxy.mapFromSource(model.index(0, 0)))
    opened = window.case_view.record
    assert opened is not None
    window.case_view.back_requested.emit()
    qtbot.waitUntil(lambda: len(controller.health_cache) == 5, timeout=30000)
    window.case_chosen.emit(opened.case.reference)
    assert window.case_view.record is opened  # kept, not read again
    controller.close_case_file()


def test_locking_leaves_no_health_check_behind(
    gui: tuple[MainWindow, Controller], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, controller = gui
    _shown_case(window, controller)
    qtbot.waitUntil(lambda: not controller._health_timer.isActive(), timeout=5000)
    assert controller.health_cache

    def stay_locked(_dialog: UnlockDialog) -> int:
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(UnlockDialog, "exec", stay_locked)
    controller.lock()
    view = window.case_view
    assert not controller.health_cache and not controller._health_timer.isActive()
    assert view.health_tab.text() == "" and view.health_tab.summary.text() == ""
    assert not view.health_line.isVisibleTo(window) and view.health_line.text() == ""
    tray = window.case_page.tray
    assert tray.health.rowCount() == 0 and tray.health_counts.text() == ""
    assert window.case_page.model.rowCount() == 0


def test_an_adult_not_yet_identified_is_shown_where_they_are_recorded(
    gui: tuple[MainWindow, Controller],
) -> None:
    window, controller = gui
    tab = _shown_case(window, controller)
    view = window.case_view
    adults = next(r for r in tab.shown() if r.check == "adults-identified")
    assert adults.failed and adults.place == "identification attempts"
    _follow(tab, "adults-identified", "Show the records (1) in ID attempts")
    page = view.tabs.currentWidget()
    assert view.tabs.tabText(view.tabs.indexOf(page)) in ("ID attempts", "People")
    [table] = [t for t in page.findChildren(QTableView) if t.selectionModel().selectedRows()]
    model = table.model()
    rows = [model.row_at(i.row()) for i in table.selectionModel().selectedRows()]
    about = {r.person.id if hasattr(r, "person") else r.attempt.person for r in rows}
    assert rows and about == set(adults.records)
