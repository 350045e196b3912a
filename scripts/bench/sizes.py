"""How big each benchmark is: the real sizes, and tiny ones for the smoke test (`--quick`)."""

from __future__ import annotations

from dataclasses import dataclass

from scripts.bench.httpload import Load


@dataclass(frozen=True)
class Sizes:
    name: str
    regen_runs: int  # interleaved pipeline / bare-generator pairs
    contract_select: str | None  # a pytest -k expression; None runs the whole CI-mode suite
    paging_seed: int  # synthetic organisations on the fake (the docs' 8 come on top)
    paging_runs: int
    paging_concurrency: int
    load: Load
    load_rounds: int  # interleaved fake / Prism rounds per operation
    fuzz_requests: int  # at least this many, spread over every operation, positive and negative
    concurrent_saves: int
    canary_contract_select: str  # the contract tests run with the canary token (they fail: reports)


FULL = Sizes(
    name="full",
    regen_runs=5,
    contract_select=None,
    paging_seed=10_000,
    paging_runs=7,
    paging_concurrency=4,
    load=Load(clients=16, seconds=5.0, max_requests=20_000),
    load_rounds=3,
    fuzz_requests=5_000,
    concurrent_saves=50,
    canary_contract_select="keeps_the_contract",
)

QUICK = Sizes(
    name="quick",
    regen_runs=1,
    contract_select="a_bad_token and organisations",
    paging_seed=250,
    paging_runs=1,
    paging_concurrency=2,
    load=Load(clients=4, seconds=0.3, max_requests=200),
    load_rounds=1,
    fuzz_requests=60,
    concurrent_saves=50,
    canary_contract_select="a_bad_token and organisations",
)
