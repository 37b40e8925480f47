"""Render the main window offscreen to docs/screenshot.png, a case's Genogram tab to
docs/genogram.png, and the first run's welcome page to docs/welcome.png (for the README).

Run: QT_QPA_PLATFORM=offscreen python scripts/screenshot.py [OUT.png]
It opens a freshly generated demo case file (fictional people only); settings and the
demo go to a temporary folder, so your own recent files never appear in the picture.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    """Render and save the screenshot."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshot.png")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["CASEDESK_CONFIG_DIR"] = folder
        from datetime import date

        from PySide6.QtCore import QDate
        from PySide6.QtWidgets import QApplication

        from casedesk.services.case_file import FLOOR, CaseFile
        from casedesk.services.demo import DEMO_PASSPHRASE, create_demo
        from casedesk.services.resources import resource
        from casedesk.ui.main_window import MainWindow
        from casedesk.ui.settings import UiSettings

        app = QApplication.instance() or QApplication([])
        assert isinstance(app, QApplication)
        app.setStyleSheet(resource("style.qss").read_text(encoding="utf-8"))
        demo = Path(folder) / "demo.casedesk"
        create_demo(demo, seed=1, cases=8, as_of=date(2026, 11, 2), kdf=FLOOR)
        window = MainWindow(UiSettings())
        # The first run (no case file yet): the welcome page, its folder under Documents.
        documents = Path(folder) / "Documents"  # not the real one: the picture is the same
        documents.mkdir()
        os.environ["XDG_DOCUMENTS_DIR"] = str(documents)
        window.show_no_case_file()
        window.resize(1024, 700)
        window.show()
        app.processEvents()
        welcome = out.with_name("welcome.png")
        out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(welcome))
        with CaseFile.open(demo, DEMO_PASSPHRASE) as case_file:
            window.show_case_file(
                demo.name,
                case_file.user,
                case_file.role,
                False,
                case_file.case_summaries(),
                demo=case_file.is_demo(),
            )
            record = case_file.case_record("DEMO-0001")
        window.resize(1000, 520)
        window.show()
        app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out))
        window.show_case(record, date(2026, 11, 2), False)
        view = window.case_view
        view.genogram.as_at.setDate(QDate(2026, 11, 2))
        view.tabs.setCurrentWidget(view.genogram)
        window.resize(1300, 860)
        app.processEvents()
        view.genogram.fit()
        app.processEvents()
        genogram = out.with_name("genogram.png")
        window.grab().save(str(genogram))
        window.close()
    print(out, genogram, welcome)
    return 0


if __name__ == "__main__":
    sys.exit(main())
