"""Resident memory with a 100,000-entry case file open, a 5,000-entry case shown and its
chronology searched (issue 18: under 250 MB).

python benchmarks/memory_100k.py      (prints the peak RSS; also a figure of run.py)
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    """Build the file, open it as the GUI would, show a case, and print the peak RSS."""

    from casedesk.services.case_file import FLOOR, CaseFile
    from casedesk.services.demo import write_data
    from casedesk.services.synthetic import generate

    folder = Path(tempfile.mkdtemp(prefix="casedesk-bench-mem-"))
    os.environ["CASEDESK_CONFIG_DIR"] = str(folder / "config")
    path = folder / "big.casedesk"
    passphrase = "bench passphrase kettle mango"
    case_file, _ = CaseFile.create(path, passphrase, "Bench", kdf=FLOOR, check_strength=False)
    with case_file:
        write_data(case_file, generate(seed=3, cases=20, entries=100_000, as_of=date(2026, 11, 1)))
    # Measure a fresh process from here on: building the file is not what a user pays.
    if len(sys.argv) < 2:
        os.execv(sys.executable, [sys.executable, __file__, str(path)])
    return 0


def measure(path: Path) -> int:
    """Open the file in the GUI, show the biggest case, report peak RSS."""
    from PySide6.QtWidgets import QApplication

    from casedesk.services.case_file import CaseFile
    from casedesk.ui.controller import Controller
    from casedesk.ui.main_window import MainWindow
    from casedesk.ui.settings import UiSettings

    app = QApplication.instance() or QApplication([])
    window = MainWindow(UiSettings())
    controller = Controller(window)
    controller._opened(CaseFile.open(path, "bench passphrase kettle mango", defer_page_check=True))
    window.resize(1250, 760)
    window.show()
    controller.show_case("DEMO-0001")
    window.case_view.tabs.setCurrentIndex(1)
    app.processEvents()
    entries = window.case_view.chronology.model.rowCount()
    for word in ("antenatal", "police", "visit", ""):
        window.case_view.chronology.search.setText(word)
        app.processEvents()
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"100,000-entry file open, {entries:,}-entry case shown and searched: peak RSS "
        f"{peak_kib / 1024:.0f} MB (target 250 MB)"
    )
    controller.close_case_file()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(measure(Path(sys.argv[1])) if len(sys.argv) > 1 else main())
