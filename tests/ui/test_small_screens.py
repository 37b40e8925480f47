"""A laptop's 1024x700 screen: the window fits, every case tab is in view, the case
header leaves the record room; long names, the chronology's order and dates in the
worker's locale."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.synthetic import generate
from casedesk.ui.controller import Controller
from casedesk.ui.main_window import DEFAULT_SIZE, MainWindow
from casedesk.ui.models.case_list_model import Column as CaseColumn
from casedesk.ui.models.chronology_model import Column
from casedesk.ui.settings import UiSettings

PASSPHRASE = "correct horse battery staple"


def open_window(path: Path, qtbot: QtBot) -> tuple[MainWindow, Controller]:
    window = MainWindow(UiSettings())
    qtbot.addWidget(window)
    window.resize(1024, 700)
    controller = Controller(window)
    controller._opened(CaseFile.open(path, PASSPHRASE))
    window.show()
    qtbot.waitExposed(window)
    return window, controller


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    path = tmp_path / "work.casedesk"
    case_file, _ = CaseFile.create(path, PASSPHRASE, "Sam Worker", kdf=FLOOR)
    with case_file:
        write_data(case_file, generate(seed=5, cases=3, entries=40, as_of=date(2026, 11, 1)))
    return path


@pytest.fixture
def gui(case_path: Path, qtbot: QtBot) -> Iterator[tuple[MainWindow, Controller]]:
    window, controller = open_window(case_path, qtbot)
    yield window, controller
    controller.close_case_file()


def show_first_case(window: MainWindow, controller: Controller) -> None:
    assert controller.case_file is not None
    controller.show_case(controller.case_file.case_references()[0])
    QApplication.processEvents()


def test_the_window_opens_small_enough_for_a_1024_by_700_screen() -> None:
    width, height = DEFAULT_SIZE
    assert width <= 1024 and height <= 700 - 40  # the title bar and a task bar


def test_every_case_tab_is_in_view_whole_without_scroll_arrows(
    gui: tuple[MainWindow, Controller],
) -> None:
    window, controller = gui
    show_first_case(window, controller)
    view = window.case_view
    view.genogram  # noqa: B018 (the diagram tabs are made on first use)
    QApplication.processEvents()
    bar = view.tabs.tabBar()
    assert not bar.usesScrollButtons()
    assert bar.count() >= 13
    for index in range(bar.count()):
        shown = bar.tabRect(index)
        assert bar.rect().contains(shown), bar.tabText(index)
        # Whole: the tab is as wide as its name needs (nothing cut short with …).
        assert shown.width() >= bar.tabSizeHint(index).width() - 1, bar.tabText(index)
        assert bar.tabToolTip(index) or bar.tabText(index) in (
            "People",
            "Chronology",
            "Genogram",
            "Ecomap",
        )


def test_the_case_header_leaves_the_chronology_room_and_shows_details_on_demand(
    gui: tuple[MainWindow, Controller],
) -> None:
    window, controller = gui
    show_first_case(window, controller)
    view = window.case_view
    view.tabs.setCurrentWidget(view.chronology)
    QApplication.processEvents()
    header = view.tabs.mapTo(view, view.tabs.rect().topLeft()).y()
    assert header < 120, f"the header takes {header} px"
    table = view.chronology.table
    rows = table.viewport().height() // table.verticalHeader().defaultSectionSize()
    assert rows >= 14, f"{rows} chronology rows in view at 1024x700"
    # Each line whole in its tooltip, and whole on the screen with Details.
    concern = view.concern.text()
    assert view.concern.toolTip() == concern
    one_line = view.concern.height()
    view.details.click()
    QApplication.processEvents()
    assert view.concern.wordWrap() and view.concern.height() >= one_line
    view.details.click()
    assert not view.concern.wordWrap()


def test_a_long_name_never_pushes_identification_off_the_screen(
    gui: tuple[MainWindow, Controller],
) -> None:
    window, controller = gui
    assert controller.case_file is not None
    record = controller.case_file.case_record(controller.case_file.case_references()[0])
    long_name = "Maximilian-Alexander Fitzgerald-Montgomery-Smythe de la Cruz " * 3
    child = record.subject_child
    people = tuple(
        replace(p, given_names=long_name) if p.id == child.id else p for p in record.people
    )
    window.show_case(replace(record, people=people), date(2026, 11, 1), False)
    view = window.case_view
    view.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    table = view.people_table
    header = table.horizontalHeader()
    identification = next(
        c
        for c in range(view.people_model.columnCount())
        if view.people_model.headerData(c, Qt.Orientation.Horizontal) == "Identification"
    )
    right = header.sectionViewportPosition(identification) + header.sectionSize(identification)
    assert right <= table.viewport().width()
    name = view.people_model.index(0, 0)
    assert long_name.strip() in str(name.data(Qt.ItemDataRole.ToolTipRole))


def test_the_chronology_lists_newest_first_when_chosen_and_remembers_it(
    case_path: Path, qtbot: QtBot
) -> None:
    window, controller = open_window(case_path, qtbot)
    show_first_case(window, controller)
    chronology = window.case_view.chronology

    def days() -> list[str]:
        proxy = chronology.model
        return [
            proxy.data(proxy.index(r, Column.DATE), Qt.ItemDataRole.UserRole)
            for r in range(proxy.rowCount())
        ]

    assert days() == sorted(days()), "oldest first, as before"
    chronology.table.selectRow(3)
    reading = chronology.model.row_at(3).entry.id
    chronology.order.setCurrentIndex(chronology.order.findText("Newest first"))
    assert days() == sorted(days(), reverse=True)
    # The entry the worker was reading is still chosen, and Change… would open it.
    current = chronology.table.currentIndex()
    assert chronology.model.row_at(current.row()).entry.id == reading
    assert [
        chronology.model.row_at(i.row()).entry.id
        for i in chronology.table.selectionModel().selectedRows()
    ] == [reading]
    newest = days()[0]
    controller.close_case_file()
    window.close()

    again, controller = open_window(case_path, qtbot)
    show_first_case(again, controller)
    assert again.case_view.chronology.order.currentText() == "Newest first"
    assert (
        again.case_view.chronology.model.index(0, Column.DATE).data(Qt.ItemDataRole.UserRole)
        == newest
    )
    controller.close_case_file()


def british(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def german(day: date) -> str:
    return f"{day:%d.%m.%Y}"


def american(day: date) -> str:
    return f"{day.month}/{day.day}/{day.year}"  # with the year whole, not '26'


@pytest.mark.parametrize(
    ("language", "country", "written"),
    [
        (QLocale.Language.English, QLocale.Country.UnitedKingdom, british),
        (QLocale.Language.German, QLocale.Country.Germany, german),
        (QLocale.Language.English, QLocale.Country.UnitedStates, american),
    ],
)
def test_dates_show_the_way_the_workers_locale_writes_them(
    case_path: Path,
    qtbot: QtBot,
    language: QLocale.Language,
    country: QLocale.Country,
    written: Callable[[date], str],
) -> None:
    QLocale.setDefault(QLocale(language, country))
    try:
        window, controller = open_window(case_path, qtbot)
        assert controller.case_file is not None
        # The case list: the day a case was opened, in the locale, not ISO.
        model = window.case_page.model
        summary = replace(model.row_at(0), opened_on="2026-11-01")
        model.set_rows([summary], date(2026, 11, 2))
        assert model.data(model.index(0, CaseColumn.OPENED)) == written(date(2026, 11, 1))
        # The chronology: an entry's day, the same way.
        show_first_case(window, controller)
        chronology = window.case_view.chronology.model
        rows = chronology.rows()
        exact = next(r for r in rows if r.entry.precision.value == "exact")
        text = chronology.data(chronology.index(rows.index(exact), Column.DATE))
        assert text == written(exact.entry.occurred_on)
        # The sentences beside them too: the patterns found and the case's banner.
        view = window.case_view
        qtbot.waitUntil(lambda: not view.chronology.patterns_pending)
        sentences = [
            view.chronology.patterns.item(i).text() for i in range(view.chronology.patterns.count())
        ]
        sentences.append(view.attention.text())
        dated = [s for s in sentences if re.search(r"\d{1,2}[./]\d{1,2}[./]\d{4}", s)]
        assert dated, sentences
        assert not any(re.search(r"\d{2} [A-Z][a-z]{2} \d{4}", s) for s in sentences)
        controller.close_case_file()
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_at_1280_pixels_every_chronology_column_is_in_view_and_significance_has_a_mark(
    gui: tuple[MainWindow, Controller],
) -> None:
    window, controller = gui
    window.resize(1280, 800)
    show_first_case(window, controller)
    view = window.case_view
    view.tabs.setCurrentWidget(view.chronology)
    QApplication.processEvents()
    table = view.chronology.table
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width(), "no sideways scrolling"
    for column in (Column.SOURCE, Column.EVIDENCE, Column.SIGNIFICANCE):
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert header.sectionViewportPosition(column) >= 0 and right <= table.viewport().width()
    # Significance: a star as well as bold, and the key under the table says so.
    model = view.chronology.model
    marks = {
        model.data(model.index(r, Column.SIGNIFICANCE)): model.row_at(r).entry.significance
        for r in range(model.rowCount())
    }
    assert int(marks["★★" if "★★" in marks else "★"]) >= 2
    assert "★ significant" in view.chronology.key.text() and view.chronology.key.isVisible()
    # The age of family history, short in its cell and whole in its tooltip.
    for r in range(model.rowCount()):
        if model.row_at(r).age == "before birth (family history)":
            cell = model.index(r, Column.AGE)
            assert cell.data() == "before birth"
            assert cell.data(Qt.ItemDataRole.ToolTipRole) == "before birth (family history)"
            break
