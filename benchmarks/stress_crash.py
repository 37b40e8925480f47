"""The crash-safety test run for longer: SIGKILL a writing process many times.

    python benchmarks/stress_crash.py [ROUNDS]     (default 300; CI runs 30)

Runs the mixed round of tests/storage/test_crash_safety.py (adds, amendments, imports,
passphrase changes and data-key rotations, killed at random moments; after every round
exactly one passphrase opens the file, it checks clean, and every acknowledged write is
there) with CASEDESK_CRASH_ROUNDS set, and prints pytest's verdict and the time it took.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    """Run the stress loop."""
    rounds = sys.argv[1] if len(sys.argv) > 1 else "300"
    env = dict(os.environ, CASEDESK_CRASH_ROUNDS=rounds)
    started = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "tests/storage/test_crash_safety.py",
            "-k",
            "rotation",
        ],
        cwd=ROOT,
        env=env,
        check=False,
    )
    print(f"{rounds} rounds: exit {result.returncode} in {time.perf_counter() - started:.1f} s")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
