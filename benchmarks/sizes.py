"""What a user waits for at three sizes of case file, as one Markdown table.

    python benchmarks/sizes.py [--runs N]

Generates each file (fictional data, ``services.synthetic``) and measures, in this
process, medians of N runs (default 5):

- small: 5 cases, 500 entries;
- typical: 40 cases, 8,000 entries;
- large: 200 cases, 100,000 entries, 10,000 people (families widened to some 50 each).

docs/performance.md explains each row for a user and how it grows with size.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from casedesk.domain.dates import FuzzyDate
from casedesk.domain.ids import PersonId, RelationshipId
from casedesk.domain.people import Person, Sex
from casedesk.domain.relationships import Relationship, RelationshipKind
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.health import file_health
from casedesk.services.synthetic import SyntheticData, generate
from casedesk.ui.widgets.case_file_page import CaseFilePage
from casedesk.ui.widgets.case_view import CaseView

# (cases, entries, people at least): the large file's families are widened with the
# grandparents' other children and grandchildren, to some 50 people a case.
SIZES = {
    "small": (5, 500, 0),
    "typical": (40, 8_000, 0),
    "large": (200, 100_000, 10_000),
}
PASSPHRASE = "bench passphrase kettle mango"
TODAY = date(2026, 11, 25)


def _widen(data: SyntheticData, people: int) -> None:
    """Add relatives to each family (a grandparent's children and theirs, born when a
    parent is 22 to 30) until the data has ``people`` people."""
    known = {p.id: p for p in data.people}
    n = 0
    while len(data.people) < people:
        for case in data.cases:
            members = [known[m] for m in data.case_people[case.id]]
            elder = min((p for p in members if p.birth), key=lambda p: p.birth.value)  # type: ignore[union-attr]
            n += 1
            born = elder.birth.value  # type: ignore[union-attr]
            year = min(born.year + 22 + n % 9, 2024)
            relative = replace(
                Person(
                    PersonId(f"p-wide-{n}"),
                    f"Relative{n}",
                    elder.family_name,
                    Sex.FEMALE if n % 2 else Sex.MALE,
                ),
                birth=FuzzyDate(date(year, 1 + n % 12, 1 + n % 27)),
            )
            data.people.append(relative)
            known[relative.id] = relative
            data.case_people[case.id].append(relative.id)
            data.relationships.append(
                Relationship(
                    RelationshipId(f"r-wide-{n}"),
                    RelationshipKind.BIOLOGICAL_PARENT,
                    elder.id,
                    relative.id,
                )
            )
            if len(data.people) >= people:
                return


def _make(folder: Path, cases: int, entries: int, people: int) -> tuple[Path, int]:
    path = folder / f"{cases}-{entries}.casedesk"
    case_file, _ = CaseFile.create(path, PASSPHRASE, "Bench", kdf=FLOOR, check_strength=False)
    data = generate(seed=12, cases=cases, entries=entries, as_of=date(2026, 11, 1))
    _widen(data, people)
    with case_file:
        write_data(case_file, data)
    return path, len(data.people)


def _median(sample: Callable[[], float], runs: int) -> float:
    sample()  # warm-up, discarded
    return statistics.median(sample() for _ in range(runs))


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def measure(path: Path, runs: int) -> dict[str, float]:
    """Every figure of one file, in seconds."""
    app = QApplication.instance() or QApplication([])
    figures: dict[str, float] = {}
    with CaseFile.open(path, PASSPHRASE) as case_file:
        rows = case_file.case_summaries()
        largest = max(rows, key=lambda r: r.entries).reference
        figures["largest case (entries)"] = max(r.entries for r in rows)
    page = CaseFilePage()
    page.resize(1250, 760)
    page.show()
    view = CaseView()
    view.resize(1250, 760)
    view.tabs.setCurrentWidget(view.chronology)
    view.show()

    def painted(case_file: CaseFile, reference: str) -> float:
        started = time.perf_counter()
        view.show_record(case_file.case_record(reference), TODAY)
        view.repaint()
        elapsed = time.perf_counter() - started
        app.processEvents()
        return elapsed

    def unlock_and_open() -> float:
        # As the GUI opens a file: every page's check runs afterwards, in the background
        # (the key derivation is left out: the floor's here, ~0.5 s calibrated).
        started = time.perf_counter()
        with CaseFile.open(path, PASSPHRASE, defer_page_check=True) as case_file:
            opened = time.perf_counter() - started
            return opened + painted(case_file, largest)

    figures["unlock (pages checked after) and open the largest case, painted"] = _median(
        unlock_and_open, runs
    )

    def check_pages() -> float:
        with CaseFile.open(path, PASSPHRASE, defer_page_check=True) as case_file:
            return _timed(case_file.verify_pages)

    figures["every page's check (in the background after unlocking)"] = _median(
        check_pages, max(1, runs // 2)
    )
    with CaseFile.open(path, PASSPHRASE) as case_file:

        def case_list() -> float:
            started = time.perf_counter()
            page.model.set_rows(case_file.case_summaries())
            page.table.viewport().repaint()
            return time.perf_counter() - started

        figures["case list read and painted"] = _median(case_list, runs)
        other = next(r.reference for r in case_file.case_summaries() if r.reference != largest)
        figures["open the largest case again, painted"] = _median(
            lambda: (painted(case_file, other), painted(case_file, largest))[1], runs
        )
        case_id = view.record.case.id  # type: ignore[union-attr]
        view.chronology.search_function = lambda text: case_file.search_chronology(case_id, text)

        def typed() -> float:
            view.chronology.search.clear()
            app.processEvents()
            started = time.perf_counter()
            view.chronology.search.setText("visit")
            view.chronology.table.viewport().repaint()
            return time.perf_counter() - started

        figures["search typed in its chronology (a common word), repainted"] = _median(typed, runs)
        view.chronology.search.clear()
        figures["health check of every case"] = _median(
            lambda: _timed(lambda: file_health(case_file)), max(1, runs // 2)
        )
        out = path.with_suffix(".json")

        def export() -> float:
            started = time.perf_counter()
            with out.open("w", encoding="utf-8") as handle:
                case_file.write_document(case_file.case_references(), handle)
            return time.perf_counter() - started

        figures["JSON export of the whole file"] = _median(export, max(1, runs // 2))
    view.clear()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="casedesk-sizes-"))
    columns: dict[str, dict[str, float]] = {}
    made: dict[str, str] = {}
    for name, (cases, entries, wanted) in SIZES.items():
        started = time.perf_counter()
        path, people = _make(folder, cases, entries, wanted)
        made[name] = (
            f"{cases} cases, {entries:,} entries, {people:,} people "
            f"(generated and written in {time.perf_counter() - started:.1f} s)"
        )
        print(f"{name}: {made[name]}", file=sys.stderr, flush=True)
        columns[name] = measure(path, args.runs)
    print(f"python {sys.version.split()[0]}; medians of {args.runs} runs\n")
    for name, text in made.items():
        print(f"- {name}: {text}")
    print()
    print("| figure | " + " | ".join(SIZES) + " | large / typical |")
    print("|---|" + "---:|" * (len(SIZES) + 1))
    for figure in columns["small"]:
        values = [columns[name][figure] for name in SIZES]
        if figure.endswith("(entries)"):
            cells = [f"{v:,.0f}" for v in values]
        else:
            cells = [f"{v * 1000:,.1f} ms" if v < 10 else f"{v:,.1f} s" for v in values]
        growth = values[2] / values[1] if values[1] else 0
        print(f"| {figure} | " + " | ".join(cells) + f" | {growth:.1f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
