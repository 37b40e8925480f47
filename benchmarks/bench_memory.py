"""Memory figures (issue 18), each the peak resident memory of a fresh process:
the GUI with the 100,000-entry file open and a 5,000-entry case shown and searched
(under 250 MB), a PNG of a 200-person genogram (the process's peak, under 200 MB),
and the JSON export of 200 cases / 100,000 entries (streamed, under 200 MB)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
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


def _peak(*argv: str, env: dict[str, str] | None = None) -> float:
    """Peak resident memory, in MB, of ``python argv``, as /usr/bin/time reads it. Not the
    process's own getrusage: Linux keeps a forked process's peak across exec, so a child
    of this (large) process would report this one's size."""
    env = dict(env or os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%M", sys.executable, *argv],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    return int(done.stderr.strip().splitlines()[-1]) / 1024


@cache
def _gui_file() -> Path:
    """memory_100k's file: 20 cases of 5,000 entries (made by memory_100k itself, in a
    process of its own)."""
    folder = Path(tempfile.mkdtemp(prefix="casedesk-bench-mem-"))
    _python(str(HERE / "memory_100k.py"), "--make", str(folder / "big.casedesk"))
    return folder / "big.casedesk"


def gui_open_and_searched() -> float:
    return _peak(str(HERE / "memory_100k.py"), str(_gui_file()))


def png_export() -> float:
    """The process's peak (the genogram built, then exported): the export's own share
    is less."""
    return _peak(str(HERE / "memory_png.py"))


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
    peak = _peak("-m", "casedesk", "export", str(path), str(out), "--case", "all", env=env)
    out.unlink()
    return peak


FIGURES = [
    Figure(
        "memory: GUI, 100,000-entry file open, a 5,000-entry case shown and searched",
        gui_open_and_searched,
        target=250,
        unit="MB",
    ),
    Figure(
        "memory: PNG of a 200-person genogram (the process's peak)",
        png_export,
        target=200,
        unit="MB",
    ),
    Figure("memory: JSON export, 200 cases / 100,000 entries", json_export, target=200, unit="MB"),
]
