"""Crash reports that help a developer without leaking case content.

An exception's message can quote case content (a name in a validation error, SQL
parameters), so a report keeps the exception's type and the stack (files, lines,
functions, and the source lines, which are code), never the message or any variable.
Reports go to the CaseDesk log folder, readable by the owner only.
"""

from __future__ import annotations

import os
import platform
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from casedesk import __version__
from casedesk.services.app_dirs import app_dirs, ensure_private_dir


def describe(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """The text of a report: version, platform, exception type and stack only."""
    # A crash report is for CaseDesk's developers, in English like the stack it holds.
    python = platform.python_version()
    lines = [
        f"CaseDesk {__version__} on Python {python} ({platform.system()})",  # i18n: crash report
        f"{exc_type.__module__}.{exc_type.__qualname__} (message withheld: "  # i18n: crash report
        "it may hold case content)",
        "",
    ]
    for frame in traceback.extract_tb(tb):
        where = f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}'  # i18n: stack
        lines.append(where)

        if frame.line:
            lines.append(f"    {frame.line}")
    return "\n".join(lines) + "\n"


def write_crash_report(exc_type: type[BaseException], tb: TracebackType | None) -> Path:
    """Write a report to the log folder and return its path."""
    folder = ensure_private_dir(app_dirs().log)
    path = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S-%f}.txt"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(describe(exc_type, tb))
    return path
