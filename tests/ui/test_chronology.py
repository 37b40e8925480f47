"""The chronology tab: model checks, filters, full-text search, patterns that show entries."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from casedesk.domain.chronology import Category, ChronologyEntry
from casedesk.domain.chronology_filter import ChronologyFilter
from casedesk.domain.dates import FuzzyDate
from casedesk.domain.evidence import Evidence, SourceType
from casedesk.domain.ids import CaseId, EntryId, PersonId
from casedesk.domain.people import Person, Sex
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.synthetic import generate
from casedesk.ui.controller import Controller
from casedesk.ui.main_window import MainWindow
from casedesk.ui.models.chronology_model import (
    ChronologyModel,
    Column,
    age_at,
    rows_for,
)
from casedesk.ui.settings import UiSettings

BORN = date(2025, 3, 1)
CHILD = Person(PersonId("c"), "Kid", "X", Sex.FEMALE, FuzzyDate(BORN))


def entry(
    n: int,
    when: date,
    category: Category = Category.HOME_VISIT,
    source: str = "Health visitor",
    source_type: SourceType = SourceType.DOCUMENT,
) -> ChronologyEntry:
    return ChronologyEntry(
        EntryId(f"e{n}"),
        CaseId("k"),
        when,
        category,
        f"entry {n}",
        Evidence(source, source_type),
        "worker",
        people=(PersonId("m"),) if n % 2 else (),
    )


def test_ages_show_pregnancy_weeks_and_family_history() -> None:
    assert age_at(CHILD, BORN + timedelta(days=3)) == ("under a week", False)
    assert age_at(CHILD, BORN + timedelta(days=10)) == ("1 week", False)
    assert age_at(CHILD, BORN + timedelta(days=15)) == ("2 weeks", False)
    assert age_at(CHILD, date(2026, 3, 1)) == ("12 months", False)
    assert age_at(CHILD, date(2028, 3, 2)) == ("3 years", False)
    assert age_at(CHILD, BORN - timedelta(weeks=10)) == ("pregnancy week 30", True)
    assert age_at(CHILD, date(2020, 1, 1)) == ("before birth (family history)", True)


def test_the_model_passes_qts_checks_and_filters_and_sorts(qtbot: QtBot) -> None:
    model = ChronologyModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    entries = [
        entry(1, date(2025, 5, 1)),
        entry(2, date(2025, 6, 1), Category.NO_ACCESS_VISIT),
        entry(3, date(2025, 7, 1), source="Police", source_type=SourceType.SELF_REPORTED),
    ]
    model.set_rows(rows_for(entries, CHILD))
    assert model.rowCount() == 3
    model.set_criteria(ChronologyFilter(categories={Category.NO_ACCESS_VISIT}))
    assert model.rowCount() == 1
    model.set_criteria(ChronologyFilter(source_contains="police"))
    assert model.rowCount() == 1
    model.set_criteria(ChronologyFilter(person="m"))
    assert model.rowCount() == 2
    model.set_criteria(ChronologyFilter(date_from=date(2025, 5, 15), date_to=date(2025, 6, 15)))
    assert model.rowCount() == 1
    model.set_criteria(ChronologyFilter(text_matches={"e3"}))
    assert model.rowCount() == 1
    assert model.data(model.index(0, 5)) == "⚠ self-reported, unverified"  # e3 alone
    assert model.total() == 3
    model.set_criteria(ChronologyFilter())
    model.sort(Column.SOURCE, Qt.SortOrder.DescendingOrder)
    assert [model.row_at(r).entry.source for r in range(3)] == ["Police", *["Health visitor"] * 2]
    model.sort(-1)
    assert [model.row_at(r).entry.id for r in range(3)] == ["e1", "e2", "e3"]
    model.clear()
    assert model.rowCount() == 0


@pytest.fixture
def gui(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, Controller]]:
    path = tmp_path / "work.casedesk"
    case_file, _ = CaseFile.create(path, "kettle mango violin harbour", "Sam", kdf=FLOOR)
    with case_file:
        write_data(case_file, generate(seed=4, cases=2, entries=600, as_of=date.today()))
    window = MainWindow(UiSettings())
    qtbot.addWidget(window)
    controller = Controller(window)
    controller._opened(CaseFile.open(path, "kettle mango violin harbour"))
    yield window, controller
    controller.close_case_file()


def test_search_patterns_and_significant_only_in_the_case_view(
    gui: tuple[MainWindow, Controller], qtbot: QtBot
) -> None:
    window, controller = gui
    controller.show_case("DEMO-0001")
    view = window.case_view.chronology
    # The entries are painted first; the patterns follow on the next turn of the loop.
    assert view.patterns_pending and view.patterns.item(0).text() == "Looking for patterns…"
    qtbot.waitUntil(lambda: not view.patterns_pending)
    total = view.model.total()
    assert total == 300
    view.search.setText("CURTAINS drawn")
    shown = view.model.rowCount()
    assert 0 < shown < total
    assert all("curtains" in view.model.index(r, 3).data().lower() for r in range(shown))
    view.search.clear()
    view.significant.setChecked(True)
    assert view.model.rowCount() < total
    view.significant.setChecked(False)
    avoidance = next(
        view.patterns.item(i)
        for i in range(view.patterns.count())
        if "avoidance" in view.patterns.item(i).text()
    )
    view._show_pattern(avoidance)
    categories = {view.model.index(r, 2).data() for r in range(view.model.rowCount())}
    assert categories <= {"no-access visit", "missed appointment", "cancelled meeting"}
    view.show_all()
    assert view.model.rowCount() == total
    window.case_view.clear()
    assert view.model.total() == 0 and view.patterns.count() == 0


def test_a_search_marks_the_words_it_found_and_cuts_the_text_short_as_other_cells(
    gui: tuple[MainWindow, Controller], qtbot: QtBot
) -> None:
    """Typing "a" finds the entries with a word beginning "a": the marks show those words'
    beginnings, not every a inside "called" or "Danielle", and the description is cut
    short with … where the column ends, as the other cells are."""
    window, controller = gui
    window.resize(1024, 700)
    controller.show_case("DEMO-0001")
    view = window.case_view.chronology
    qtbot.keyClicks(view.search, "a")
    assert 0 < view.model.rowCount() < view.model.total()
    font, width = view.table.font(), view.table.columnWidth(Column.DESCRIPTION)
    marked_rows = 0
    for row in range(min(view.model.rowCount(), 20)):
        text = view.model.index(row, Column.DESCRIPTION).data()
        marked = view.delegate.marked(text, font, width)
        if marked is None:
            continue  # the word it was found by is in another field
        marked_rows += 1
        shown, spans = marked
        assert spans and all(shown[a:b].lower() == "a" for a, b in spans)
        assert all(a == 0 or not shown[a - 1].isalnum() for a, _ in spans)
        assert shown == text or (shown.endswith("…") and text.startswith(shown[:-1]))
    assert marked_rows
    sentence = "Police called by neighbour after shouting at the address."
    marked = view.delegate.marked(sentence, font, 10_000)
    assert marked is not None and marked[0] == sentence
    assert [sentence[a:b] for a, b in marked[1]] == ["a", "a", "a"]
    assert [sentence[a - 1 : b + 4] for a, b in marked[1]] == [" after", " at th", " addre"]
    # Narrow: cut short with …, and a word past the edge is not marked.
    narrow = view.delegate.marked(
        sentence, font, view.fontMetrics().horizontalAdvance("Police called by n")
    )
    assert narrow is None
    assert view.delegate.marked(sentence, font, 1) is None  # not even … fits
    # A right-to-left mark in what is cut: Qt keeps it after the …; still cut short.
    marked_rtl = view.delegate.marked(
        "At the home at night the mother spoke to us\u200fabout it", font, 150
    )
    assert marked_rtl is not None and "…" in marked_rtl[0]
    assert marked_rtl[1][0] == (0, 1) and len(marked_rtl[0]) < 40
    # Painted: the window grabbed with the marks in view raises nothing.
    window.case_view.tabs.setCurrentWidget(view)
    view.table.viewport().grab()


def test_the_chosen_entry_stays_chosen_through_a_search_and_a_sort(
    gui: tuple[MainWindow, Controller], qtbot: QtBot
) -> None:
    """A worker picks an entry, searches, clears the search and sorts by a column: the
    entry they picked is still the one chosen (and current: Change… opens it), wherever
    it is."""
    window, controller = gui
    controller.show_case("DEMO-0001")
    view = window.case_view.chronology
    window.case_view.tabs.setCurrentWidget(view)
    picked_row = next(
        r
        for r in range(40, view.model.rowCount())
        if "curtains" in view.model.row_at(r).entry.description.lower()
    )
    picked = view.model.row_at(picked_row).entry
    view.table.selectRow(picked_row)

    def chosen() -> list[str]:
        rows = view.table.selectionModel().selectedRows()
        return [view.model.row_at(i.row()).entry.id for i in rows]

    qtbot.keyClicks(view.search, "curtains")
    assert view.model.rowCount() < view.model.total()
    assert chosen() == [picked.id]
    assert view.model.row_at(view.table.currentIndex().row()).entry.id == picked.id
    view.search.clear()
    assert view.model.rowCount() == view.model.total()
    assert chosen() == [picked.id]
    # A search that hides it, then cleared: it is chosen again.
    qtbot.keyClicks(view.search, "zzzz no such word")
    assert view.model.rowCount() == 0 and chosen() == []
    view.search.clear()
    assert chosen() == [picked.id]
    assert view.model.row_at(view.table.currentIndex().row()).entry.id == picked.id
    header = view.table.horizontalHeader()
    place = QPoint(header.sectionViewportPosition(Column.SOURCE) + 8, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=place)
    assert chosen() == [picked.id]
    sources = [view.model.row_at(r).entry.source for r in range(view.model.rowCount())]
    assert sources == sorted(sources) or sources == sorted(sources, reverse=True)
    assert view.model.row_at(view.table.currentIndex().row()).entry.id == picked.id
    # Sorted by what happened, then searched again: the matches alone, in that order.
    place = QPoint(header.sectionViewportPosition(Column.DESCRIPTION) + 8, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=place)
    order = [view.model.row_at(r).entry.id for r in range(view.model.rowCount())]
    by_date = sorted(order, key=lambda i: view.model.row_at(order.index(i)).entry.occurred_on)
    view.search.clear()
    qtbot.keyClicks(view.search, "visit")
    shown = [view.model.row_at(r).entry.id for r in range(view.model.rowCount())]
    assert controller.case_file is not None and window.case_view.record is not None
    found = controller.case_file.search_chronology(window.case_view.record.case.id, "visit")
    assert set(shown) == found and len(found) > 1
    assert shown == [i for i in order if i in found]
    assert shown != [i for i in by_date if i in found], "a search whose order tells"


def test_a_significant_entry_asks_who_might_need_to_know_and_logs_it(
    gui: tuple[MainWindow, Controller],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QDialog

    from casedesk.ui.dialogs.entry import EntryDialog
    from casedesk.ui.dialogs.sharing import SharingDialog

    window, controller = gui
    controller.show_case("DEMO-0001")
    assert window.add_entry_action.isEnabled()
    before = window.case_view.chronology.model.total()
    seen: dict[str, object] = {}

    def fill_entry(dialog: EntryDialog) -> int:
        dialog.when.setText("31/02/2026")
        seen["bad_date"] = (dialog.ok.isEnabled(), dialog.problems.text())
        dialog.when.setText("2 days ago")
        dialog.when.setText(date.today().isoformat())
        dialog.description.setPlainText("Bruise seen on the child's ear at nursery (Qwzx).")
        dialog.source.setText("Nursery")
        dialog.significance.setCurrentIndex(2)
        dialog.time.setText("25:00")
        seen["bad_time"] = dialog.ok.isEnabled()
        dialog.time.setText("10:30")
        dialog.third_party.setChecked(True)  # the nursery's report: withheld when shared
        return int(QDialog.DialogCode.Accepted) if dialog.ok.isEnabled() else 0

    def share(dialog: SharingDialog) -> int:
        seen["asked"] = len(dialog.recipients)
        dialog.recipients[0].told.setChecked(True)
        dialog.recipients[0].consent.setCurrentIndex(0)  # consent not said: refused
        seen["needs_consent"] = dialog.ok.isEnabled()
        dialog.recipients[0].consent.setCurrentIndex(1)  # consent given
        seen["needs_reason"] = (len(dialog.recipients) > 1) and not dialog.ok.isEnabled()
        for other in dialog.recipients[1:]:
            other.why_not.setText("not involved with the child's health")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(EntryDialog, "exec", fill_entry)
    monkeypatch.setattr(SharingDialog, "exec", share)
    window.add_entry_action.trigger()
    enabled, problems = seen["bad_date"]  # type: ignore[misc]
    assert enabled is False and "not a date" in problems
    assert seen["bad_time"] is False
    assert seen["needs_consent"] is False, "told: with consent or without, and why"
    assert window.case_view.chronology.model.total() == before + 1
    record = window.case_view.record
    assert record is not None
    added = next(e for e in record.entries if "(Qwzx)" in e.description)
    assert added.third_party
    about = [d for d in record.sharing if d.entry == added.id]
    assert seen["asked"] and len(about) == seen["asked"]
    assert sum(d.shared for d in about) == 1
    assert window.case_view.sharing_model.rowCount() == len(record.sharing)


def test_a_date_range_filter_and_csv_import_with_duplicates_offered(
    gui: tuple[MainWindow, Controller],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from casedesk.services.chronology_csv import COLUMNS
    from casedesk.ui.dialogs.duplicates import DuplicatesDialog

    window, controller = gui
    controller.show_case("DEMO-0001")
    view = window.case_view.chronology
    total = view.model.total()
    view.date_from.setText("Jan 2025")
    view.date_to.setText("2025")
    dates = [view.model.row_at(r).entry.occurred_on for r in range(view.model.rowCount())]
    assert dates and all(date(2025, 1, 1) <= d <= date(2025, 12, 31) for d in dates)
    view.date_to.setText("not a date")
    assert "b3261e" in view.date_to.styleSheet()
    view.date_from.clear()
    view.date_to.clear()
    assert view.model.rowCount() == total

    existing = next(
        view.model.row_at(r).entry
        for r in range(view.model.rowCount())
        if len(view.model.row_at(r).entry.description) > 30
    )
    path = tmp_path / "agency.csv"
    day = existing.occurred_on.isoformat()
    path.write_text(
        ",".join(COLUMNS) + "\n" + f"{day},{existing.category.value},"
        f'"{existing.description}","{existing.source}",'
        f"{existing.source_type.value},,,,,\n"
        "2025-02-03,school attendance,Attendance 74% this term (Qwzy),School,"
        "agency record,,,,,\n"
        f'{day},{existing.category.value},"As reported to us: {existing.description}",'
        "Another agency,agency record,,,,,\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    shown: list[tuple[str, str, str]] = []

    def link(dialog: DuplicatesDialog) -> int:
        for row in range(dialog.table.rowCount()):
            cells = (dialog.table.item(row, c).text() for c in range(3))
            shown.append(tuple(cells))  # type: ignore[arg-type]
        dialog.link.click()
        return int(dialog.result())

    monkeypatch.setattr(DuplicatesDialog, "exec", link)
    view.import_csv_requested.emit()
    # Side by side: each row to be imported beside the entry it resembles.
    assert [row[0].split("\n")[0] for row in shown] == ["2", "4"]
    assert "already recorded" in shown[0][0] and "another source" in shown[1][0]
    assert shown[1][1].endswith(existing.description) and existing.description in shown[1][2]
    assert view.model.total() == total + 2, "the school row and the linked event"
    record = window.case_view.record
    assert record is not None
    linked = next(e for e in record.entries if e.source == "Another agency")
    assert linked.same_event_as == existing.id


def test_pattern_thresholds_are_set_in_preferences_and_entry_history_is_shown(
    gui: tuple[MainWindow, Controller],
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    from PySide6.QtWidgets import QDialog

    from casedesk.ui.dialogs.preferences import PreferencesDialog
    from casedesk.ui.dialogs.simple_records import HistoryDialog

    window, controller = gui
    controller.show_case("DEMO-0001")
    view = window.case_view.chronology
    qtbot.waitUntil(lambda: not view.patterns_pending)

    def avoidance_text() -> str:
        return next(
            (
                view.patterns.item(i).text()
                for i in range(view.patterns.count())
                if "avoidance" in view.patterns.item(i).text()
            ),
            "",
        )

    assert avoidance_text()

    def strict(dialog: PreferencesDialog) -> int:
        dialog.pattern_fields["avoidance_count"].setValue(20)
        dialog.pattern_fields["avoidance_window_days"].setValue(7)
        dialog._save()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(PreferencesDialog, "exec", strict)
    window.preferences_action.trigger()
    assert avoidance_text() == "", "a stricter local threshold finds no run"
    assert UiSettings().pattern_thresholds().avoidance_count == 20

    shown: list[str] = []
    monkeypatch.setattr(
        HistoryDialog, "exec", lambda dialog: shown.append(dialog.view.toPlainText()) or 0
    )
    view.table.selectRow(0)
    view.history_button.click()
    assert shown and "Add demonstration cases" in shown[0]


def test_changing_an_entry_loaded_from_the_case_file_keeps_its_fields_and_saves(
    gui: tuple[MainWindow, Controller],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The Change dialog, opened with the button on an entry read back from the file,
    shows the entry's own category, source type and corroboration, and saving works."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    from casedesk.ui.dialogs.entry import EntryDialog

    window, controller = gui
    controller.show_case("DEMO-0001")
    view = window.case_view.chronology
    view.table.selectRow(5)
    original = view.model.row_at(view.table.currentIndex().row()).entry
    seen: dict[str, object] = {}

    def change(dialog: EntryDialog) -> int:
        seen["shown"] = (
            dialog.category.currentData(),
            dialog.source_type.currentData(),
            dialog.corroboration.currentData(),
        )
        seen["ok_without_reason"] = dialog.ok.isEnabled()
        dialog.description.setPlainText(original.description + " (spelling corrected)")
        dialog.reason.setText("Spelling of the school's name corrected")
        return int(QDialog.DialogCode.Accepted) if dialog.ok.isEnabled() else 0

    monkeypatch.setattr(EntryDialog, "exec", change)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert seen["shown"] == (original.category, original.source_type, original.corroboration)
    assert seen["ok_without_reason"] is False
    path = controller.case_file.path  # type: ignore[union-attr]
    controller.close_case_file()
    with CaseFile.open(path, "kettle mango violin harbour", read_only=True) as reopened:
        saved = next(e for e in reopened.case_record("DEMO-0001").entries if e.id == original.id)
    assert saved.description.endswith("(spelling corrected)")
    assert saved.category == original.category
    assert saved.source_type == original.source_type


def test_adding_an_entry_refreshes_only_the_chronology_with_one_new_row(
    gui: tuple[MainWindow, Controller],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One action, one transaction, one undo step; the screen changes from its Changes:
    the chronology gains one row (no reset, the other tables untouched)."""
    from PySide6.QtWidgets import QDialog

    from casedesk.ui.dialogs.entry import EntryDialog
    from casedesk.ui.dialogs.sharing import SharingDialog

    window, controller = gui
    controller.show_case("DEMO-0001")
    view = window.case_view
    tester = QAbstractItemModelTester(
        view.chronology.model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    events: list[str] = []
    view.chronology.model.modelReset.connect(lambda: events.append("chronology reset"))
    view.chronology.model.rowsInserted.connect(lambda *_: events.append("row inserted"))
    view.people_model.modelReset.connect(lambda: events.append("people reset"))
    view.team_model.modelReset.connect(lambda: events.append("team reset"))
    before = view.chronology.model.total()
    shares_before = view.sharing_model.rowCount()

    def fill(dialog: EntryDialog) -> int:
        dialog.description.setPlainText("Child seen alone in her room; said she feels safe.")
        dialog.source.setText("Sam")
        dialog.significance.setCurrentIndex(2)
        return int(QDialog.DialogCode.Accepted)

    def share(dialog: SharingDialog) -> int:
        for recipient in dialog.recipients:
            recipient.told.setChecked(True)
            recipient.consent.setCurrentIndex(1)  # consent given
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(EntryDialog, "exec", fill)
    monkeypatch.setattr(SharingDialog, "exec", share)
    window.add_entry_action.trigger()
    assert events == ["row inserted"]
    assert view.chronology.model.total() == before + 1
    assert view.sharing_model.rowCount() >= 1
    assert window.undo_action.text() == "&Undo Add chronology entry"
    assert tester is not None
    # The unit of work gave the entry its id; the decisions about it name it.
    record = view.record
    assert record is not None
    added = next(e for e in record.entries if e.description.startswith("Child seen alone"))
    assert added.id.startswith("e-") and added.recorded_by == "Sam"
    about = [d for d in record.sharing if d.entry == added.id]
    assert about and all(d.id.startswith("s-") and d.shared for d in about)
    window.undo_action.trigger()
    assert view.chronology.model.total() == before
    # Undone together: the decisions recorded with an entry entered in error go with it.
    assert view.sharing_model.rowCount() == shares_before


def test_the_record_table_model_passes_qts_checks(qtbot: QtBot) -> None:
    from casedesk.domain.case_record import CaseRecord
    from casedesk.domain.cases import Case, LegalStatus
    from casedesk.ui.models.record_table_model import RecordTableModel
    from casedesk.ui.widgets import record_views as rv

    model: RecordTableModel[rv.PersonRow] = RecordTableModel(rv.PEOPLE_COLUMNS)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    case = Case(
        CaseId("k"), "K-1", CHILD.id, LegalStatus.EARLY_HELP, "concern", date(2025, 3, 2), "Sam"
    )
    model.set_rows(rv.people_rows(CaseRecord(case, (CHILD,)), date(2026, 1, 1)))
    assert model.rowCount() == 1 and model.data(model.index(0, 0))
    model.clear()
    assert model.rowCount() == 0


def test_patterns_are_listed_when_an_undo_lands_before_the_next_turn(
    gui: tuple[MainWindow, Controller], qtbot: QtBot
) -> None:
    """Back to a case and Ctrl+Z at once (an undo of a concern: no entry touched): the
    refresh lands before the patterns are looked for, and they are still listed (found
    by a review: 'Looking for patterns…' stayed)."""
    from casedesk.domain.cases import Concern

    window, controller = gui
    view = window.case_view.chronology
    controller.show_case("DEMO-0001")
    qtbot.waitUntil(lambda: not view.patterns_pending)
    record = window.case_view.record
    assert record is not None
    concern = Concern("", record.case.id, date.today(), "Neighbour worried", "neighbour", "Sam")
    controller._run_edit(lambda editor: editor.add_concern(concern))
    qtbot.waitUntil(lambda: not view.patterns_pending)
    controller.show_case("DEMO-0001")
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: not view.patterns_pending)
    texts = [view.patterns.item(i).text() for i in range(view.patterns.count())]
    assert texts and "Looking for patterns…" not in texts


def test_change_after_changing_an_entry_opens_that_entry(
    gui: tuple[MainWindow, Controller],
) -> None:
    """A worker changes the chosen entry, then presses Change… or History… again: the
    same entry, not the one above it (its row is taken out and put back; found by a
    review, and as old as the chronology's partial refresh)."""
    from dataclasses import replace

    window, controller = gui
    view = window.case_view.chronology
    controller.show_case("DEMO-0001")
    window.case_view.tabs.setCurrentWidget(view)
    view.table.selectRow(10)
    target = view.model.row_at(10).entry
    record = window.case_view.record
    assert record is not None
    new = replace(target, description=target.description + " (corrected)")
    controller._run_edit(lambda editor: editor.amend_entry(record, target, new, "typo"))
    current = view.table.currentIndex()
    assert current.isValid() and view.model.row_at(current.row()).entry.id == target.id
    chosen = view.table.selectionModel().selectedRows()
    assert [view.model.row_at(i.row()).entry.id for i in chosen] == [target.id]


def test_family_history_is_greyed_in_the_palette_in_use_after_a_switch_to_dark(
    gui: tuple[MainWindow, Controller],
) -> None:
    """The table keeps its grey and bold between paints (a search repaints it at every
    keystroke); a switch to a dark palette must still grey the family history with the
    dark palette's grey, or it would not read on a dark background."""
    from PySide6.QtGui import QColor, QGuiApplication, QPalette

    from casedesk.ui.look import muted_colour

    window, controller = gui
    controller.show_case("DEMO-0001")
    view = window.case_view.chronology
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).before_birth)

    def grey() -> QColor:
        colour = model.data(model.index(row, Column.DESCRIPTION), Qt.ItemDataRole.ForegroundRole)
        assert isinstance(colour, QColor)
        return colour

    light = QGuiApplication.palette()
    assert grey() == muted_colour(light)
    dark = QPalette(QColor("#1e1e1e"))
    QGuiApplication.setPalette(dark)
    QGuiApplication.processEvents()
    try:
        assert grey() == muted_colour(dark) != muted_colour(light)
    finally:
        QGuiApplication.setPalette(light)
        QGuiApplication.processEvents()
    assert grey() == muted_colour(light)
