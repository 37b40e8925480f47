"""Start-up figures: `casedesk --version`, and process start to main window painted."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from runner import Figure


def _casedesk_command() -> list[str]:
    script = Path(sys.executable).with_name("casedesk")
    found = str(script) if script.exists() else shutil.which("casedesk")
    return [found] if found else [sys.executable, "-m", "casedesk"]


def _timed(argv: list[str], env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True, env=env)
    return time.perf_counter() - started


def version() -> float:
    """Wall time of `casedesk --version`, as a user's shell runs it."""
    return _timed([*_casedesk_command(), "--version"])


def bare_python() -> float:
    """Wall time of starting and stopping the same Python interpreter."""
    return _timed([sys.executable, "-c", "pass"])


def start_to_paint() -> float:
    """From process start to the main window's first paint, then quit."""
    with tempfile.TemporaryDirectory() as config:
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.update(CASEDESK_BENCH_EXIT_ON_PAINT="1", CASEDESK_CONFIG_DIR=config)
        started = time.perf_counter()
        with subprocess.Popen(
            _casedesk_command(),
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        ) as process:
            assert process.stdout is not None
            for line in process.stdout:
                if line.startswith("painted"):
                    elapsed = time.perf_counter() - started
                    break
            else:
                raise RuntimeError("the main window never painted")
            process.wait(timeout=30)
        return elapsed


FIGURES = [
    Figure(
        "casedesk --version",
        version,
        target=0.3,
        baseline=bare_python,
        baseline_name="python -c pass",
    ),
    Figure(
        "process start to main window painted",
        start_to_paint,
        target=1.0,
        baseline=bare_python,
        baseline_name="python -c pass",
    ),
]
