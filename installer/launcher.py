"""The bundle's entry script: ``casedesk`` runs the command line, ``casedesk-gui`` the GUI.

PyInstaller builds one executable per name from this one script (they share the bundle's
folder), so the script tells them apart by the name it was started as. ``casedesk`` with no
command opens the GUI too; ``casedesk-gui`` exists for the menu entry (and, on Windows, is
built without a console window).
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    """Dispatch on the program's own name."""
    if Path(sys.argv[0]).stem.lower().endswith("-gui"):
        from casedesk.app import main as gui_main

        return gui_main()
    from casedesk.__main__ import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
