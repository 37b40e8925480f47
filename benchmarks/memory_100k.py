"""Resident memory with a 100,000-entry case file open, a 5,000-entry case shown and its
chronology searched (issue 18: under 250 MB).

python benchmarks/memory_100k.py      (prints the peak RSS; also a figure of run.py)
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PASSPHRASE = "bench passphrase kettle mango"


def make(path: Path) -> None:
    """The file: 20 cases of 5,000 entries (100,000 in all)."""
    from casedesk.services.case_file import FLOOR, CaseFile
    from casedesk.services.demo import write_data
    from casedesk.services.synthetic import generate

    case_file, _ = CaseFile.create(path, PASSPHRASE, "Bench", kdf=FLOOR, check_strength=False)
    with case_file:
        write_data(case_file, generate(seed=3, cases=20, entries=100_000, as_of=date(2026, 11, 1)))


def main() -> int:
    """Build the file in one process, then open it as the GUI would in another, show a
    case, search it, and print the peak RSS. Two new processes: Linux keeps a process's
    peak across exec, so building and measuring in one would count the building."""
    folder = Path(tempfile.mkdtemp(prefix="casedesk-bench-mem-"))
    os.environ["CASEDESK_CONFIG_DIR"] = str(folder / "config")
    path = folder / "big.casedesk"
    subprocess.run([sys.executable, __file__, "--make", str(path)], check=True)
    return subprocess.run([sys.executable, __file__, str(path)], check=False).returncode


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
    controller._opened(CaseFile.open(path, PASSPHRASE, defer_page_check=True))
    window.resize(1250, 760)
    window.show()
    controller.show_case("DEMO-0001")
    window.case_view.tabs.setCurrentIndex(1)
    app.processEvents()
    entries = window.case_view.chronology.model.total()
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
    if len(sys.argv) > 2 and sys.argv[1] == "--make":
        make(Path(sys.argv[2]))
        sys.exit(0)
    sys.exit(measure(Path(sys.argv[1])) if len(sys.argv) > 1 else main())
