"""Fuzzing the fake: schemathesis' positive and negative strategies for every operation, in-process (ASGI).

The fake validates its own responses against the spec here, so a response that breaks the contract
comes back as HTTP 500 and is counted with the server errors. Also counted: bodies that are not a JSON
object with `status` "success" or "error".
"""

from __future__ import annotations

import json
import math
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, cast

from scripts.bench.report import Report, Row
from scripts.bench.sizes import Sizes

TIME_BUDGET = 600.0  # seconds; the request count is the real bound, this stops a runaway
EXAMPLES = 5  # show this many offending requests in the notes


@dataclass
class FuzzResult:
    sent: Counter[str] = field(default_factory=Counter)  # per generation mode
    server_errors: int = 0
    not_json: int = 0
    examples: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.sent.values())


def _is_envelope(content: bytes) -> bool:
    try:
        body = json.loads(content)
    except ValueError:
        return False
    return isinstance(body, dict) and body.get("status") in ("success", "error")


def _record(result: FuzzResult, label: str, mode: str, status: int, content: bytes) -> None:
    result.sent[mode] += 1
    problem = None
    if status >= 500:
        result.server_errors += 1
        problem = f"HTTP {status}"
    if not _is_envelope(content):
        result.not_json += 1
        problem = problem or "not a JSON envelope"
    if problem and len(result.examples) < EXAMPLES:
        result.examples.append(f"{label} ({mode}): {problem}: {content[:200]!r}")


def _sender(result: FuzzResult, operation: Any, mode: Any, examples: int, round_number: int) -> Any:
    """A Hypothesis test that sends `examples` generated cases of one operation and records them."""
    from hypothesis import HealthCheck, Phase, given, seed, settings

    @seed(round_number)
    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def send(case: Any) -> None:
        response = case.call()
        _record(result, operation.label, mode.value, response.status_code, response.content)

    return send


def fuzz(requests: int, token: str) -> FuzzResult:
    import schemathesis
    from schemathesis.generation import GenerationMode

    from tactile_fake import create_app

    app = create_app(seed=25, validate_responses=True)
    config = schemathesis.Config.from_dict({"auth": {"openapi": {"apiToken": {"api_key": token}}}})
    schema = schemathesis.openapi.from_asgi("/openapi.yaml", app, config=config)
    operations = [cast(Any, result).ok() for result in schema.get_all_operations()]
    pairs = [(operation, mode) for operation in operations for mode in GenerationMode]
    result = FuzzResult()
    deadline = time.monotonic() + TIME_BUDGET
    round_number = 0
    # Operations without parameters run out of distinct examples early: go round again with a new seed.
    while result.total < requests and time.monotonic() < deadline:
        examples = max(1, math.ceil((requests - result.total) / len(pairs)))
        for operation, mode in pairs:
            _sender(result, operation, mode, examples, round_number)()
        round_number += 1
    return result


def run(sizes: Sizes, report: Report, token: str) -> None:
    started = time.perf_counter()
    result = fuzz(sizes.fuzz_requests, token)
    elapsed = time.perf_counter() - started
    split = ", ".join(f"{count:,} {mode}" for mode, count in sorted(result.sent.items()))
    report.add(
        Row(
            key="fuzz",
            figure=f"fuzzing the fake: {result.total:,} requests ({split}), responses validated",
            measured=f"{result.server_errors} server errors · {result.not_json} non-JSON",
            baseline=f"{elapsed:.0f} s in-process",
            target=f"0 and 0, ≥ {sizes.fuzz_requests:,} requests",
            met=result.server_errors == 0 and result.not_json == 0 and result.total >= sizes.fuzz_requests,
        ),
        *(f"fuzz: {example}" for example in result.examples),
    )
