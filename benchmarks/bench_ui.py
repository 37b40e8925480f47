"""GUI figures: filtering the case list as a person types (target under 30 ms a keystroke)."""

from __future__ import annotations

import os
import time
from functools import cache

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from casedesk.domain.names import fold
from casedesk.services.case_file import CaseSummaryRow
from casedesk.services.synthetic import generate
from casedesk.ui.widgets.case_file_page import CaseFilePage
from runner import Figure

TYPED = "wojcik"


@cache
def _page() -> CaseFilePage:
    app = QApplication.instance() or QApplication([])
    assert app is not None
    data = generate(seed=5, cases=200, entries=0)
    names: dict[str, list[str]] = {}
    people = {p.id: p for p in data.people}
    for case_id, members in data.case_people.items():
        names[case_id] = [f"{people[m].given_names} {people[m].family_name}" for m in members]
    rows = []
    for copy in range(3):  # 600 cases from 200 generated families
        for case in data.cases[: 500 // 3 + 1]:
            rows.append(
                CaseSummaryRow(
                    f"{case.id}-{copy}",
                    f"{case.reference}-{copy}",
                    case.legal_status.value,
                    case.opened_on.isoformat(),
                    case.allocated_worker,
                    len(names[case.id]),
                    60,
                    child_name=names[case.id][-2],
                    search_key=fold(" ".join([case.reference, *names[case.id]])),
                )
            )
    page = CaseFilePage()
    page.model.set_rows(rows[:500])
    page.resize(1000, 700)
    page.show()
    app.processEvents()
    return page


def _keystrokes() -> float:
    """Median time for one keystroke: filter, then repaint the table."""
    page = _page()
    app = QApplication.instance()
    assert app is not None
    page.search.clear()
    app.processEvents()
    timings = []
    for end in range(1, len(TYPED) + 1):
        started = time.perf_counter()
        page.search.setText(TYPED[:end])
        page.table.viewport().repaint()
        app.processEvents()
        timings.append(time.perf_counter() - started)
    return sorted(timings)[len(timings) // 2]


FIGURES = [
    Figure("case list (500 cases): one keystroke of search", _keystrokes, target=0.030),
]
