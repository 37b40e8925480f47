"""Render the main window offscreen to docs/screenshot.png (for the README).

Run: QT_QPA_PLATFORM=offscreen python scripts/screenshot.py [OUT.png]
Settings go to a temporary folder, so your own recent files never appear in the picture.
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
        from PySide6.QtWidgets import QApplication

        from casedesk.services.resources import resource
        from casedesk.ui.main_window import MainWindow
        from casedesk.ui.settings import UiSettings

        app = QApplication.instance() or QApplication([])
        assert isinstance(app, QApplication)
        app.setStyleSheet(resource("style.qss").read_text(encoding="utf-8"))
        window = MainWindow(UiSettings())
        window.resize(1100, 680)
        window.show()
        app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out))
        window.close()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
