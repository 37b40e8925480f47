"""Run CaseDesk's benchmarks and print each figure as median/min/max over N runs.

    python benchmarks/run.py [--runs N] [--only SUBSTRING]

Every ``bench_*.py`` module beside this file contributes its ``FIGURES``. Figures are
printed, never asserted: the machines are noisy, so read medians and ratios.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from runner import Figure, measure, report  # noqa: E402


def discover(only: str | None) -> list[Figure]:
    """All figures of all benchmark modules, optionally filtered by name."""
    figures: list[Figure] = []
    for module_path in sorted(HERE.glob("bench_*.py")):
        module = importlib.import_module(module_path.stem)
        figures.extend(module.FIGURES)
    if only:
        figures = [f for f in figures if only.lower() in f.name.lower()]
    return figures


def main() -> int:
    """Parse arguments, measure, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="samples per figure (default 7)")
    parser.add_argument("--only", help="run only figures whose name contains this")
    args = parser.parse_args()
    figures = discover(args.only)
    if not figures:
        print("no figure matches", file=sys.stderr)
        return 2
    print(f"python {sys.version.split()[0]} on {sys.platform}; {args.runs} runs each\n")
    for figure in figures:
        print(report(measure(figure, args.runs)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
