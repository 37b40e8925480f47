"""Memory figures (issue 18), each the peak resident memory of a fresh process:
the GUI with the 100,000-entry file open and a 5,000-entry case shown and searched
(under 250 MB), a PNG of a 200-person genogram (the export's own share, under 200 MB),
and the JSON export of 200 cases / 100,000 entries (streamed, under 200 MB)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from datetime import date
from functools import cache
from pathlib import Path

from runner import Figure

HERE = Path(__file__).resolve().parent
PASSPHRASE = "bench passphrase kettle mango"
DEMO_PASSPHRASE = "demo case file - fictional people only"


def _python(*argv: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, *argv], env=env, capture_output=True, text=True, check=True, timeout=600
    )
    return done.stdout


@cache
def _gui_file() -> Path:
    """memory_100k's file: 20 cases of 5,000 entries."""
    from casedesk.services.case_file import FLOOR, CaseFile
    from casedesk.services.demo import write_data
    from casedesk.services.synthetic import generate

    path = Path(tempfile.mkdtemp(prefix="casedesk-bench-mem-")) / "big.casedesk"
    case_file, _ = CaseFile.create(path, PASSPHRASE, "Bench", kdf=FLOOR, check_strength=False)
    with case_file:
        write_data(case_file, generate(seed=3, cases=20, entries=100_000, as_of=date(2026, 11, 1)))
    return path


def gui_open_and_searched() -> float:
    out = _python(str(HERE / "memory_100k.py"), str(_gui_file()))
    return float(re.search(r"peak RSS (\d+) MB", out).group(1))  # type: ignore[union-attr]


def png_export() -> float:
    out = _python(str(HERE / "memory_png.py"))
    return float(re.search(r"the export: (-?\d+) MB", out).group(1))  # type: ignore[union-attr]


@cache
def _large_file() -> Path:
    """200 cases, 100,000 entries, as ``casedesk demo --cases 200 --entries 100000``."""
    path = Path(tempfile.mkdtemp(prefix="casedesk-bench-mem-")) / "large.casedesk"
    _python("-m", "casedesk", "demo", str(path), "--cases", "200", "--entries", "100000")
    return path


def json_export() -> float:
    path = _large_file()
    out = path.with_name(f"all-{os.getpid()}.json")
    env = dict(os.environ, CASEDESK_PASSPHRASE=DEMO_PASSPHRASE)
    done = subprocess.run(
        [
            "/usr/bin/time",
            "-f",
            "%M",
            sys.executable,
            "-m",
            "casedesk",
            "export",
            str(path),
            str(out),
            "--case",
            "all",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    out.unlink()
    return int(done.stderr.strip().splitlines()[-1]) / 1024


FIGURES = [
    Figure(
        "memory: GUI, 100,000-entry file open, a 5,000-entry case shown and searched",
        gui_open_and_searched,
        target=250,
        unit="MB",
    ),
    Figure(
        "memory: PNG of a 200-person genogram (the export's share)",
        png_export,
        target=200,
        unit="MB",
    ),
    Figure("memory: JSON export, 200 cases / 100,000 entries", json_export, target=200, unit="MB"),
]
