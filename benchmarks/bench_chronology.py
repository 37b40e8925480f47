"""Chronology figures (issue 5 targets): a 5,000-entry case to a painted chronology (150 ms);
a filter and a full-text search over a file of 100,000 entries (50 ms each)."""

from __future__ import annotations

import os
import tempfile
import time
from datetime import date
from functools import cache
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from casedesk.domain.chronology import Category
from casedesk.domain.chronology_filter import ChronologyFilter
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.synthetic import generate
from casedesk.ui.widgets.case_view import CaseView
from runner import Figure


@cache
def _file() -> CaseFile:
    """20 cases with 100,000 entries in all: 5,000 a case."""
    folder = Path(tempfile.mkdtemp(prefix="casedesk-bench-chrono-"))
    case_file, _ = CaseFile.create(
        folder / "big.casedesk",
        "bench passphrase kettle mango",
        "Bench",
        kdf=FLOOR,
        check_strength=False,
    )
    write_data(case_file, generate(seed=3, cases=20, entries=100_000, as_of=date(2026, 11, 1)))
    return case_file


@cache
def _view() -> CaseView:
    _app = QApplication.instance() or QApplication([])
    view = CaseView()
    view.resize(1250, 760)
    view.tabs.setCurrentIndex(1)
    view.show()
    return view


def _open_case() -> float:
    """Load one case's record with its 5,000 entries and paint the chronology tab."""
    case_file, view = _file(), _view()
    app = QApplication.instance()
    assert app is not None
    started = time.perf_counter()
    record = case_file.case_record("DEMO-0001")
    view.show_record(record, date(2026, 11, 25))
    view.repaint()
    app.processEvents()
    return time.perf_counter() - started


def _search() -> float:
    """Full-text search of one case's entries through the index of the 100,000."""
    case_file = _file()
    case_id = case_file.case_summaries()[0].id
    started = time.perf_counter()
    found = case_file.search_chronology(case_id, "curtains drawn")
    elapsed = time.perf_counter() - started
    assert found
    return elapsed


UNBOUNDED = (
    "SELECT e.id FROM chronology_fts f JOIN chronology_entries e ON e.rowid = f.rowid "
    "WHERE chronology_fts MATCH ? AND e.case_id = ?"
)


def _search_word(word: str) -> float:
    """The case's search (storage's query), on an open connection as the baseline is."""
    from casedesk.storage.queries import search_entries

    case_file = _file()
    case_id = case_file.case_summaries()[0].id
    with case_file._store.connect() as connection:  # type: ignore[attr-defined]
        started = time.perf_counter()
        search_entries(connection, case_id, word)
        return time.perf_counter() - started


def _unbounded_word(word: str) -> float:
    """The search as it was: matched across the whole file, then filtered by case."""
    from casedesk.storage.queries import _fts_query

    case_file = _file()
    case_id = case_file.case_summaries()[0].id
    with case_file._store.connect() as connection:  # type: ignore[attr-defined]
        started = time.perf_counter()
        list(connection.exec_driver_sql(UNBOUNDED, (_fts_query(word), case_id)))
        return time.perf_counter() - started


def _filter() -> float:
    """Re-filter a shown 5,000-entry chronology by category and repaint."""
    view = _view()
    if view.record is None:
        _open_case()
    app = QApplication.instance()
    assert app is not None
    chronology = view.chronology
    started = time.perf_counter()
    chronology.model.set_criteria(ChronologyFilter(categories={Category.NO_ACCESS_VISIT}))
    chronology.table.viewport().repaint()
    app.processEvents()
    elapsed = time.perf_counter() - started
    chronology.model.set_criteria(ChronologyFilter())
    return elapsed


_ADDED = [0]


def _new_entry(record: object) -> object:
    from casedesk.domain.chronology import ChronologyEntry
    from casedesk.domain.evidence import Evidence, SourceType
    from casedesk.domain.ids import CaseId, EntryId

    _ADDED[0] += 1
    return ChronologyEntry(
        EntryId(f"bench-{_ADDED[0]}"),
        CaseId(record.case.id),  # type: ignore[attr-defined]
        date(2026, 11, 20),
        Category.HOME_VISIT,
        f"Home visit {_ADDED[0]}: child seen alone",
        Evidence("Bench", SourceType.PROFESSIONAL_OBSERVATION),
        "Bench",
    )


@cache
def _editor() -> object:
    from casedesk.services.record_editor import RecordEditor

    _open_case()
    return RecordEditor(_file())


def _add_entry_refreshed_from_changes() -> float:
    """Add one entry to the shown 5,000-entry case: saved, then only what changed read and
    put on screen (the chronology gains a row), repainted."""
    from casedesk.services import refresh

    case_file, view, editor = _file(), _view(), _editor()
    app = QApplication.instance()
    assert app is not None
    record = view.record
    started = time.perf_counter()
    changes = editor.add_entry(record, _new_entry(record))  # type: ignore[attr-defined]
    updated = refresh.updated_record(case_file, record, changes)  # type: ignore[arg-type]
    view.update_record(
        updated,
        refresh.touched_kinds(changes),  # type: ignore[arg-type]
        date(2026, 11, 25),
        changed_entries=frozenset(changes.records["chronology_entries"]),
    )
    view.repaint()
    app.processEvents()
    return time.perf_counter() - started


def _add_entry_full_reload() -> float:
    """The same addition, then the whole case read again and shown afresh (the old way)."""
    case_file, view, editor = _file(), _view(), _editor()
    app = QApplication.instance()
    assert app is not None
    record = view.record
    started = time.perf_counter()
    editor.add_entry(record, _new_entry(record))  # type: ignore[attr-defined]
    view.show_record(case_file.case_record("DEMO-0001"), date(2026, 11, 25))
    view.repaint()
    app.processEvents()
    return time.perf_counter() - started


FIGURES = [
    Figure(
        "chronology: add an entry to a 5,000-entry case, click to repainted",
        _add_entry_refreshed_from_changes,
        target=0.030,
        baseline=_add_entry_full_reload,
        baseline_name="full reload and redraw",
    ),
    Figure("chronology: full-text search (file of 100,000)", _search, target=0.050),
    *(
        Figure(
            f"chronology: search a {how} word ('{word}'), 100,000 entries",
            lambda word=word: _search_word(word),
            target=0.020,
            baseline=lambda word=word: _unbounded_word(word),
            baseline_name="the same match across the whole file, then by case",
        )
        for how, word in (("rare", "dentist"), ("mid", "curtains"), ("common", "visit"))
    ),
    Figure("chronology: filter 5,000 shown entries + repaint", _filter, target=0.050),
]


@cache
def _csv(rows: int, one_day: bool) -> Path:
    """``rows`` CSV rows: all on one date from one source (every one a candidate
    duplicate of every other, the case that was quadratic), or spread over dates."""
    import csv

    from casedesk.services.chronology_csv import COLUMNS

    words = ("door", "curtains", "school", "nursery", "police", "health", "bruise", "shouting")
    path = Path(tempfile.mkdtemp(prefix="casedesk-bench-csv-")) / f"{rows}-{one_day}.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for i in range(rows):
            day = "2024-03-05" if one_day else f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
            text = f"Visit {i}: {words[i % 8]} and {words[(i // 8) % 8]} noted, child seen."
            source = "Health visitor" if one_day else f"Agency {i % 13}"
            row = [day, "home visit", text, source, "professional observation", "routine"]
            writer.writerow([*row, "", "", "", "Bench"])
    return path


def _import(path: Path, rows: int) -> float:
    """Import the rows into a fresh one-case file (validation pass + import pass)."""
    from casedesk.services.chronology_csv import import_csv

    folder = Path(tempfile.mkdtemp(prefix="casedesk-bench-import-"))
    case_file, _ = CaseFile.create(
        folder / "i.casedesk",
        "bench passphrase kettle mango",
        "Bench",
        kdf=FLOOR,
        check_strength=False,
    )
    write_data(case_file, generate(seed=8, cases=1, entries=0, as_of=date(2026, 11, 1)))
    started = time.perf_counter()
    report = import_csv(case_file, "DEMO-0001", path, date(2026, 11, 25))
    elapsed = time.perf_counter() - started
    assert report.rows == rows
    case_file.close()
    return elapsed


for _rows in (1_000, 4_000, 16_000):
    FIGURES.append(
        Figure(
            f"chronology: import {_rows:,} CSV rows, all on one date from one source",
            lambda rows=_rows: _import(_csv(rows, True), rows),
            baseline=lambda rows=_rows: _import(_csv(rows, False), rows),
            baseline_name="the same number of rows over many dates and sources",
        )
    )


@cache
def _csv_10k() -> Path:
    import csv

    from casedesk.services.chronology_csv import COLUMNS

    path = Path(tempfile.mkdtemp(prefix="casedesk-bench-csv-")) / "rows.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for i in range(10_000):
            writer.writerow(
                [
                    f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                    "home visit",
                    f"Home visit number {i}; child seen and spoken to alone.",
                    f"Agency {i % 13}",
                    "professional observation",
                    "routine",
                    "",
                    "",
                    "",
                    "Bench",
                ]
            )
    return path


def _import_10k() -> float:
    """Import 10,000 CSV rows into a fresh case (validation pass + import pass)."""
    from casedesk.services.chronology_csv import import_csv

    folder = Path(tempfile.mkdtemp(prefix="casedesk-bench-import-"))
    case_file, _ = CaseFile.create(
        folder / "i.casedesk",
        "bench passphrase kettle mango",
        "Bench",
        kdf=FLOOR,
        check_strength=False,
    )
    write_data(case_file, generate(seed=8, cases=1, entries=0, as_of=date(2026, 11, 1)))
    path = _csv_10k()
    started = time.perf_counter()
    report = import_csv(case_file, "DEMO-0001", path, date(2026, 11, 25))
    elapsed = time.perf_counter() - started
    assert report.rows == 10_000
    case_file.close()
    return elapsed


FIGURES.append(Figure("chronology: import 10,000 CSV rows", _import_10k, target=3.0))
