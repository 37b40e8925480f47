"""Render CaseDesk offscreen: the pictures of the README, and the screens to check by eye.

Run: QT_QPA_PLATFORM=offscreen python scripts/screenshot.py [DOCS]

Into DOCS (docs/ by default):
- screenshot.png (the case list), genogram.png (a case's Genogram tab) and welcome.png
  (the first run's welcome page): the README's pictures;
- screenshots/: the case list and a case open at its chronology, at 1024x700 (a small
  laptop), 1366x768 (the commonest laptop) and 1024x700 at twice the scale (a high-density
  screen, QT_SCALE_FACTOR=2), each in a light and a dark palette: 12 pictures, named
  ``{case-list|case|genogram|ecomap}-{size}-{light|dark}.png``; and Add person, Unlock and
  the lock screen in each palette.

Each scale runs in a process of its own (Qt reads its scale factor once, at start). A
freshly generated demo case file (fictional people only) is opened; settings and the demo
go to a temporary folder, so your own recent files never appear in a picture. Dates are
shown as in the UK (the demo's own locale), whatever this machine's.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from casedesk.domain.case_record import CaseRecord
    from casedesk.ui.main_window import MainWindow

SIZES = ((1024, 700), (1366, 768))
AS_OF = date(2026, 11, 2)
DARK = {
    "Window": "#2a2e32",
    "WindowText": "#fcfcfc",
    "Base": "#1b1e20",
    "AlternateBase": "#232629",
    "Text": "#fcfcfc",
    "Button": "#31363b",
    "ButtonText": "#fcfcfc",
    "BrightText": "#ffffff",
    "Light": "#40464c",
    "Midlight": "#383d42",
    "Mid": "#5a6068",
    "Dark": "#1b1e20",
    "Shadow": "#0f1012",
    "Highlight": "#3daee9",
    "HighlightedText": "#fcfcfc",
    "Link": "#6cc4f5",
    "ToolTipBase": "#31363b",
    "ToolTipText": "#fcfcfc",
}


def main() -> int:
    """Render every picture: this process at 1x, a child process at 2x."""
    docs = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs")
    if os.environ.get("CASEDESK_SCREENSHOT_SCALE") == "2":
        return render(docs, scale=2)
    env = dict(os.environ, QT_SCALE_FACTOR="2", CASEDESK_SCREENSHOT_SCALE="2")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    double = subprocess.run([sys.executable, __file__, str(docs)], env=env, check=False)
    return render(docs, scale=1) or double.returncode


def render(docs: Path, scale: int) -> int:
    """The pictures at one scale (1: the README's too)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["CASEDESK_CONFIG_DIR"] = folder
        from PySide6.QtCore import QDate, QLocale
        from PySide6.QtGui import QColor, QPalette
        from PySide6.QtWidgets import QApplication, QStyleFactory

        from casedesk.services.case_file import FLOOR, CaseFile
        from casedesk.services.demo import DEMO_PASSPHRASE, create_demo
        from casedesk.services.health import case_health
        from casedesk.ui.look import apply_look
        from casedesk.ui.main_window import MainWindow
        from casedesk.ui.models.case_list_model import HealthMark
        from casedesk.ui.settings import UiSettings

        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        app = QApplication.instance() or QApplication([])
        assert isinstance(app, QApplication)
        app.setStyle("Fusion")
        fusion = QStyleFactory.create("Fusion")
        assert fusion is not None
        dark = QPalette(fusion.standardPalette())
        for role, value in DARK.items():
            dark.setColor(getattr(QPalette.ColorRole, role), QColor(value))
        demo = Path(folder) / "demo.casedesk"
        create_demo(demo, seed=1, cases=8, as_of=AS_OF, kdf=FLOOR)
        shots = docs / "screenshots"
        shots.mkdir(parents=True, exist_ok=True)
        saved: list[Path] = []
        for name, palette in (("light", fusion.standardPalette()), ("dark", dark)):
            app.setPalette(palette)
            apply_look(app)
            window = MainWindow(UiSettings())
            with CaseFile.open(demo, DEMO_PASSPHRASE) as case_file:
                window.show_case_file(
                    demo.name,
                    case_file.user,
                    case_file.role,
                    False,
                    case_file.case_summaries(),
                    AS_OF,
                    demo=case_file.is_demo(),
                )
                record = case_file.case_record("DEMO-0001")
                # Each case's health check, as the controller fills them in after opening.
                checks = {r: case_health(case_file, r) for r in case_file.case_references()}
            for reference, health in checks.items():
                failing = tuple(r.question for r in health.results if r.failed)
                window.case_page.model.set_health(
                    reference, HealthMark(health.failed, len(health.results), failing)
                )
            window.show()
            sizes = SIZES[:1] if scale == 2 else SIZES
            for width, height in sizes:
                size = f"{width}x{height}" + ("@2x" if scale == 2 else "")
                window.show_case_list()
                window.resize(width, height)
                app.processEvents()
                saved.append(_save(window, shots / f"case-list-{size}-{name}.png"))
                window.show_case(record, AS_OF, False)
                view = window.case_view
                view.health_line.show_health(checks["DEMO-0001"])
                view.tabs.setCurrentWidget(view.chronology)
                app.processEvents()
                saved.append(_save(window, shots / f"case-{size}-{name}.png"))
                for tab in ("genogram", "ecomap"):
                    getattr(view, tab).as_at.setDate(QDate(AS_OF.year, AS_OF.month, AS_OF.day))
                    view.tabs.setCurrentWidget(getattr(view, tab))
                    app.processEvents()
                    saved.append(_save(window, shots / f"{tab}-{size}-{name}.png"))
            if scale == 1:
                saved += forms_and_lock(app, window, record, shots, name)
            if scale == 1 and name == "light":
                saved += readme_pictures(app, window, record, docs, folder)
            window.close()
            window.deleteLater()
            app.processEvents()
    print("\n".join(str(path) for path in saved))
    return 0


def forms_and_lock(
    app: QApplication, window: MainWindow, record: CaseRecord, shots: Path, name: str
) -> list[Path]:
    """Add person (the relationship to the child), Unlock (the passphrase shown, the Caps
    Lock warning) and the lock screen, in one palette."""
    from casedesk.ui.dialogs.person import PersonDialog
    from casedesk.ui.dialogs.unlock import UnlockDialog
    from casedesk.ui.widgets.lock_screen import LockScreen

    saved = []
    person = PersonDialog(None, AS_OF, window, record=record)
    person.show()
    app.processEvents()
    saved.append(_save(person, shots / f"add-person-{name}.png"))
    person.close()
    unlock = UnlockDialog(
        Path("work.casedesk"), lambda _secret, _ro: None, locked=True, parent=window
    )
    unlock.show()
    app.processEvents()
    saved.append(_save(unlock, shots / f"unlock-{name}.png"))
    unlock.close()
    lock = LockScreen()
    lock.show_locked("work.casedesk")
    lock.resize(1024, 700)
    lock.show()
    app.processEvents()
    saved.append(_save(lock, shots / f"lock-screen-{name}.png"))
    lock.close()
    return saved


def _save(widget: QWidget, path: Path) -> Path:
    widget.grab().save(str(path))
    return path


def readme_pictures(
    app: QApplication, window: MainWindow, record: CaseRecord, docs: Path, folder: str
) -> list[Path]:
    """The README's three pictures, as they were: the case list, the genogram, welcome."""
    from PySide6.QtCore import QDate

    saved = []
    window.show_case_list()
    window.resize(1000, 520)
    app.processEvents()
    saved.append(_save(window, docs / "screenshot.png"))
    window.show_case(record, AS_OF, False)
    view = window.case_view
    view.genogram.as_at.setDate(QDate(AS_OF.year, AS_OF.month, AS_OF.day))
    view.tabs.setCurrentWidget(view.genogram)
    window.resize(1300, 860)
    app.processEvents()
    view.genogram.fit()
    app.processEvents()
    saved.append(_save(window, docs / "genogram.png"))
    # The first run (no case file yet): the welcome page, its folder under Documents.
    documents = Path(folder) / "Documents"  # not the real one: the picture is the same
    documents.mkdir(exist_ok=True)
    os.environ["XDG_DOCUMENTS_DIR"] = str(documents)
    window.show_no_case_file()
    window.resize(1024, 700)
    app.processEvents()
    saved.append(_save(window, docs / "welcome.png"))
    return saved


if __name__ == "__main__":
    sys.exit(main())
