"""Interleaved timing and the few statistics the benchmarks report."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Timing:
    wall: float  # seconds
    cpu: float  # seconds of this process's CPU (plus waited-for children, for subprocess runs)


def timed(action: Callable[[], object]) -> Timing:
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return Timing(time.perf_counter() - wall, time.process_time() - cpu)


def interleave(
    variants: Mapping[str, Callable[[], Timing]], runs: int, *, warmup: bool = True
) -> dict[str, list[Timing]]:
    """Run every variant once per round (A, B, C, then C, B, A, …) so that drift on a busy machine
    hits all of them alike. An untimed warm-up round first, unless told otherwise."""
    names = list(variants)
    if warmup:
        for name in names:
            variants[name]()
    results: dict[str, list[Timing]] = {name: [] for name in names}
    for round_number in range(runs):
        order = names if round_number % 2 == 0 else names[::-1]
        for name in order:
            results[name].append(variants[name]())
    return results


def median_wall(timings: Sequence[Timing]) -> float:
    return statistics.median(t.wall for t in timings)


def median_cpu(timings: Sequence[Timing]) -> float:
    return statistics.median(t.cpu for t in timings)


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (0 < fraction <= 1); 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]
