"""Crash reports keep the stack and drop the message, which may quote case content."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

from casedesk.services.crash_log import write_crash_report

# Built at run time so the marker never appears in source lines the report may quote.
MARKER = "".join(["QZXCHILD", "NAMEMARKER"])


def test_a_crash_report_never_holds_the_exception_message(
    isolated_dirs: dict[str, Path],
) -> None:
    try:
        raise ValueError("could not save " + MARKER)
    except ValueError:
        exc_type, _exc, tb = sys.exc_info()
        assert exc_type is not None
        report = write_crash_report(exc_type, tb)
    text = report.read_text()
    assert report.parent == isolated_dirs["log"]
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    assert "builtins.ValueError" in text and "test_crash_log.py" in text
    assert MARKER not in text
