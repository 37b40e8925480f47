"""Measure figures repeatedly and print median/min/max, with a ratio to a baseline.

A figure is a function that returns one sample in seconds. A baseline, when a figure has
one, is measured in the same run, interleaved with the figure, so machine noise hits both.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass

Sample = Callable[[], float]


@dataclass(frozen=True)
class Figure:
    """One thing to measure, its target (seconds), and optionally a baseline to compare."""

    name: str
    sample: Sample
    target: float | None = None
    baseline: Sample | None = None
    baseline_name: str = ""
    max_ratio: float | None = None
    unit: str = "ms"  # "MB": the samples are megabytes, not seconds
    most_runs: int | None = None  # for figures of many seconds each


@dataclass(frozen=True)
class Result:
    """Samples of one figure (and of its baseline)."""

    figure: Figure
    samples: list[float]
    baseline_samples: list[float]

    @property
    def median(self) -> float:
        """The median sample, in seconds."""
        return statistics.median(self.samples)

    @property
    def ratio(self) -> float | None:
        """Median of figure over median of baseline, when there is a baseline."""
        if not self.baseline_samples:
            return None
        return self.median / statistics.median(self.baseline_samples)


def measure(figure: Figure, runs: int, warmup: int = 1) -> Result:
    """Take ``runs`` samples of the figure (and its baseline), after ``warmup`` discarded."""
    if figure.most_runs is not None:
        runs, warmup = min(runs, figure.most_runs), 0
    for _ in range(warmup):
        figure.sample()
        if figure.baseline:
            figure.baseline()
    samples: list[float] = []
    baseline_samples: list[float] = []
    for run in range(runs):
        # Turn about: the baseline goes first every other run, so neither always runs
        # on a cache (or a machine) the other warmed.
        if figure.baseline and run % 2:
            baseline_samples.append(figure.baseline())
        samples.append(figure.sample())
        if figure.baseline and not run % 2:
            baseline_samples.append(figure.baseline())
    return Result(figure, samples, baseline_samples)


def report(result: Result) -> str:
    """One or two lines describing a result, with its verdict against the target."""
    f = result.figure

    def _ms(value: float) -> str:
        return f"{value:9.1f} MB" if f.unit == "MB" else f"{value * 1000:9.1f} ms"

    line = (
        f"{f.name:<42} median {_ms(result.median)}  min {_ms(min(result.samples))}  "
        f"max {_ms(max(result.samples))}  (n={len(result.samples)})"
    )
    if f.target is not None:
        verdict = "meets" if result.median <= f.target else "MISSES"
        target = f"{f.target:.0f} MB" if f.unit == "MB" else f"{f.target * 1000:.0f} ms"
        line += f"  target {target}: {verdict}"
    if result.ratio is not None:
        base = statistics.median(result.baseline_samples)
        line += f"\n{'':<42} baseline {f.baseline_name}: median {_ms(base)}"
        line += f"; ratio {result.ratio:.2f}x"
        if f.max_ratio is not None:
            verdict = "meets" if result.ratio <= f.max_ratio else "MISSES"
            line += f" (at most {f.max_ratio:.2f}x: {verdict})"
    return line
