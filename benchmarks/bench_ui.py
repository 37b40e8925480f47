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


@cache
def _big_case() -> tuple[object, object]:
    """A case file holding one case with 60 people and 150 relationships."""
    import random
    import tempfile
    from datetime import date
    from pathlib import Path

    from casedesk.domain.case_record import CaseRecord
    from casedesk.domain.cases import Case, LegalStatus
    from casedesk.domain.dates import FuzzyDate
    from casedesk.domain.ids import CaseId, PersonId, RelationshipId
    from casedesk.domain.people import Person, Sex
    from casedesk.domain.relationships import Relationship, RelationshipKind
    from casedesk.services.case_file import FLOOR, CaseFile
    from casedesk.services.interchange import to_document
    from casedesk.ui.widgets.case_view import CaseView

    _app = QApplication.instance() or QApplication([])
    rng = random.Random(3)
    people = tuple(
        Person(
            PersonId(f"bp{i}"),
            f"Given{i}",
            f"Family{i % 9}",
            rng.choice(list(Sex)),
            FuzzyDate(date(1950 + i, 1 + i % 12, 1 + i % 27)),
        )
        for i in range(60)
    )
    kinds = [
        RelationshipKind.SIGNIFICANT_ADULT,
        RelationshipKind.COHABITING,
        RelationshipKind.SEPARATED,
        RelationshipKind.STEP_PARENT,
    ]

    def pair(i: int) -> tuple[Person, Person]:
        first = rng.randrange(59)
        second = 59 if i % 3 == 0 else rng.choice([n for n in range(60) if n != first])
        return people[first], people[second]  # never a person linked to themselves

    relationships = tuple(
        Relationship(
            RelationshipId(f"br{i}"),
            rng.choice(kinds),
            a.id,
            b.id,
            role="regular visitor",
        )
        for i, (a, b) in ((i, pair(i)) for i in range(150))
    )
    case = Case(
        CaseId("big"),
        "BIG-1",
        people[59].id,
        LegalStatus.CHILD_IN_NEED,
        "Concern",
        date(2025, 1, 1),
        "Sam",
    )
    folder = Path(tempfile.mkdtemp(prefix="casedesk-bench-ui-"))
    case_file, _ = CaseFile.create(
        folder / "big.casedesk",
        "benchmark passphrase kettle",
        "Sam",
        kdf=FLOOR,
        check_strength=False,
    )
    case_file.import_document(
        to_document([CaseRecord(case, people, relationships)], date(2026, 11, 25)),
        date(2026, 11, 25),
    )
    view = CaseView()
    view.resize(1100, 700)
    view.show()
    return case_file, view


def _open_big_case() -> float:
    """Load a 60-person, 150-relationship case and paint its view."""
    from datetime import date

    case_file, view = _big_case()
    app = QApplication.instance()
    assert app is not None
    started = time.perf_counter()
    record = case_file.case_record("BIG-1", with_chronology=False)  # type: ignore[attr-defined]
    view.show_record(record, date(2026, 11, 25))  # type: ignore[attr-defined]
    view.repaint()  # type: ignore[attr-defined]
    app.processEvents()
    return time.perf_counter() - started


FIGURES.append(
    Figure(
        "open a case (60 people, 150 relationships) to a painted view", _open_big_case, target=0.100
    )
)
