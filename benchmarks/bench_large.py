"""The largest realistic file (issue 18): 200 cases, 100,000 entries, some 10,000 people.
Each figure is a command as a user runs it, in a new process: making the demo of that
size (under 30 s), exporting it whole as JSON (streamed) and importing that document into
a new file (under 10 s). Each takes seconds, so at most three runs are taken."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from functools import cache
from pathlib import Path

from runner import Figure

PASSPHRASE = "demo case file - fictional people only"
FOLDER = Path(tempfile.mkdtemp(prefix="casedesk-bench-large-"))


def _casedesk(*argv: str) -> float:
    env = dict(os.environ, CASEDESK_PASSPHRASE=PASSPHRASE)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "casedesk", *argv],
        env=env,
        check=True,
        capture_output=True,
        timeout=900,
    )
    return time.perf_counter() - started


def _fresh(name: str) -> Path:
    path = FOLDER / f"{name}-{time.monotonic_ns()}.casedesk"
    return path


def demo() -> float:
    """casedesk demo FILE --cases 200 --entries 100000 (every row audited and signed)."""
    return _casedesk("demo", str(_fresh("demo")), "--cases", "200", "--entries", "100000")


@cache
def _large() -> Path:
    path = _fresh("large")
    _casedesk("demo", str(path), "--cases", "200", "--entries", "100000")
    return path


def export() -> float:
    """casedesk export FILE OUT.json --case all."""
    return _casedesk("export", str(_large()), str(FOLDER / "all.json"), "--case", "all")


@cache
def _document() -> Path:
    export()
    return FOLDER / "all.json"


def import_document() -> float:
    """casedesk init (not timed), then casedesk import of the whole document into it."""
    target = _fresh("imported")
    _casedesk("init", str(target), "--owner", "Bench")
    return _casedesk("import", str(target), str(_document()))


FIGURES = [
    Figure("large: casedesk demo, 200 cases / 100,000 entries", demo, target=30.0, most_runs=3),
    Figure("large: casedesk export, 200 cases / 100,000 entries", export, most_runs=3),
    Figure(
        "large: casedesk import of that document into a new file",
        import_document,
        target=10.0,
        most_runs=3,
    ),
]
