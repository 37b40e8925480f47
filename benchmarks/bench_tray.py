"""Timescale figures: the work tray across 200 cases with 2,000 open deadlines, computed
and painted (target 50 ms), and ``casedesk due`` on that file end to end (target 1 s).

The file is the demo's 200 cases (20,000 entries; their deadlines recorded as the events
arrived), topped up with deadlines recorded by hand to 2,000 open ones: the tray's worst
case. Baselines, interleaved run by run: the case list of the same file read and painted
(what opening the file already costs), and ``casedesk --version`` (the process alone).
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from datetime import date, timedelta
from functools import cache
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from bench_startup import _casedesk_command, _timed
from casedesk.domain import record_kinds as k
from casedesk.domain.timescales import Deadline
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.synthetic import generate
from casedesk.services.work_tray import summary, work_tray
from casedesk.ui.widgets.case_file_page import CaseFilePage
from runner import Figure

PASSPHRASE = "benchmark passphrase tray"
OPEN_DEADLINES = 2000
AS_OF = date(2026, 11, 1)


@cache
def _file() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="casedesk-tray-"))
    path = folder / "tray.casedesk"
    case_file, _ = CaseFile.create(path, PASSPHRASE, "Bench", kdf=FLOOR, check_strength=False)
    with case_file:
        data = generate(seed=11, cases=200, entries=20_000, as_of=AS_OF)
        write_data(case_file, data)
        have = len(case_file.open_items())
        deadlines = len(data.deadlines)
        more = max(
            0, OPEN_DEADLINES - sum(1 for i in case_file.open_items() if i.kind == "deadline")
        )
        extra = [
            Deadline(
                data.cases[n % len(data.cases)].id,
                f"Court direction {n + 1}",
                AS_OF - timedelta(days=n % 60),
                AS_OF + timedelta(days=(n % 90) - 30),
            )
            for n in range(more)
        ]
        with case_file.transaction("Benchmark deadlines") as work:
            work.add(k.DEADLINES, extra)
        print(
            f"  (tray file: 200 cases, {deadlines} deadlines from events, {have} open items "
            f"before, {more} open deadlines added by hand)"
        )
    return path


@cache
def _opened() -> tuple[CaseFile, CaseFilePage]:
    app = QApplication.instance() or QApplication([])
    assert app is not None
    case_file = CaseFile.open(_file(), PASSPHRASE, read_only=True)
    page = CaseFilePage()
    page.resize(1366, 768)
    page.show()
    page.tabs.setCurrentWidget(page.tray)
    app.processEvents()
    return case_file, page


def _painted(page: CaseFilePage, table: object) -> None:
    app = QApplication.instance()
    assert app is not None
    table.viewport().repaint()  # type: ignore[attr-defined]
    app.processEvents()


def tray() -> float:
    """Read every open item, place each in working days, fill the tray, paint it."""
    case_file, page = _opened()
    started = time.perf_counter()
    items = work_tray(case_file, 10, AS_OF)
    page.show_tray(items, summary(items, 10).sentence())
    _painted(page, page.tray.table)
    return time.perf_counter() - started


def case_list() -> float:
    """Baseline: read the case list of the same file and paint it."""
    case_file, page = _opened()
    started = time.perf_counter()
    page.model.set_rows(case_file.case_summaries(), AS_OF)
    _painted(page, page.table)
    return time.perf_counter() - started


def due() -> float:
    """``casedesk due FILE --json`` as a script runs it."""
    env = dict(os.environ, CASEDESK_PASSPHRASE=PASSPHRASE)
    started = time.perf_counter()
    subprocess.run(
        [*_casedesk_command(), "due", str(_file()), "--json"],
        check=True,
        capture_output=True,
        env=env,
    )
    return time.perf_counter() - started


def version() -> float:
    """Baseline: ``casedesk --version`` (the process and the command line alone)."""
    return _timed([*_casedesk_command(), "--version"])


FIGURES = [
    Figure(
        "work tray: 200 cases, 2,000 open deadlines",
        tray,
        target=0.050,
        baseline=case_list,
        baseline_name="case list of the same file",
    ),
    Figure(
        "casedesk due FILE --json (that file)",
        due,
        target=1.0,
        baseline=version,
        baseline_name="casedesk --version",
    ),
]
