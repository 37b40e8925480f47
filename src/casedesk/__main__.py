"""Entry point for ``casedesk`` and ``python -m casedesk``.

The command line is parsed first without importing Qt, so ``casedesk --version`` and the
headless commands stay fast; only a bare ``casedesk`` (or ``casedesk open``) loads the GUI.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _open_gui(case_file: Path | None) -> int:
    from casedesk.app import run_gui

    return run_gui(case_file)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; without a sub-command, open the GUI."""
    from casedesk.cli import main as cli_main

    return cli_main(sys.argv[1:] if argv is None else argv, open_gui=_open_gui)


if __name__ == "__main__":
    sys.exit(main())
