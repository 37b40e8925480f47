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


def _watched() -> dict[str, float]:
    """Start the GUI with the start-up probe (``ui.startup_probe``) watching for 2 s."""
    with tempfile.TemporaryDirectory() as config:
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.update(CASEDESK_BENCH_WATCH_SECONDS="2", CASEDESK_CONFIG_DIR=config)
        gui = Path(sys.executable).with_name("casedesk-gui")
        argv = (
            [str(gui)]
            if gui.exists()
            else [sys.executable, "-c", "from casedesk.app import main; main()"]
        )
        done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60, check=True)
    return {
        name: float(value)
        for name, value in (line.split() for line in done.stdout.splitlines() if line.strip())
    }


_LATE: list[float] = []


def start_to_answer() -> float:
    """From process start to the first event handled after the first paint (a click or
    a key would be answered then)."""
    figures = _watched()
    _LATE.append(figures["late"])
    return figures["answers"]


def longest_wait() -> float:
    """The longest the event loop kept a 10 ms timer waiting beyond its time, in the
    2 seconds after the window answered (the rest of the application loading)."""
    return _watched()["late"]


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
FIGURES += [
    Figure("process start to a window that answers input", start_to_answer, target=0.8),
    Figure("event loop: longest wait in the 2 s after it answers", longest_wait, target=0.050),
]
