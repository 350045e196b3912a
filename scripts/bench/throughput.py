"""Server throughput and latency: the fake against Prism 5.14.2 serving the same (published) spec.

Both servers run side by side on loopback; for each operation the same closed-loop load (N keep-alive
connections, bounded in time and count) goes to one, then the other, for a few interleaved rounds.
The fake (seeded, validation off) lists real pages (`limit=100`, pages 1..100 in turn) and saves real
records; Prism answers the operation's first example (a one-record page, a fixed id).

A third server takes the same load as a reference: the fake's own stack (Starlette + uvicorn, same socket
set-up) answering with prepared bytes, a real page for the list and the success envelope for the save
(scripts/bench/floor_server.py). It is the ceiling for any fake built on that stack on this machine.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import tempfile
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from scripts.bench.httpload import LoadResult, http_request, run_load
from scripts.bench.report import TIMES, Report, Row
from scripts.bench.servers import HOST, Server, fake_server, floor_server, prism_server
from scripts.bench.sizes import Sizes

TARGET = 3.0


@dataclass(frozen=True)
class Operation:
    key: str
    label: str
    make: Callable[[str, str], Callable[[int], bytes]]  # (host header, token) -> request maker

    @property
    def floor_key(self) -> str:
        return f"{self.key}_floor"


def _list_requests(host: str, token: str) -> Callable[[int], bytes]:
    targets = [f"/organisations?api_token={token}&limit=100&page={page}" for page in range(1, 101)]
    return lambda n: http_request("GET", targets[n % len(targets)], host)


def _save_requests(host: str, token: str) -> Callable[[int], bytes]:
    target = f"/organisations/save?api_token={token}"

    def make(n: int) -> bytes:
        # Varied names: the fake gives each new organisation the first free account number of its stem.
        name = f"Bench {chr(65 + n % 26)}{n} {chr(65 + n // 26 % 26)}x Ltd"
        return http_request("POST", target, host, json.dumps({"Organisation": {"name": name}}).encode())

    return make


OPERATIONS = (
    Operation("throughput.list", "GET /organisations?limit=100", _list_requests),
    Operation("throughput.save", "POST /organisations/save", _save_requests),
)


def _load(server: Server, operation: Operation, token: str, sizes: Sizes) -> LoadResult:
    host = f"{HOST}:{server.port}"
    return asyncio.run(run_load(HOST, server.port, operation.make(host, token), sizes.load))


def _pooled(results: list[LoadResult]) -> LoadResult:
    """All rounds as one: throughput is the median round's, latencies are pooled."""
    middle = sorted(results, key=lambda r: r.throughput)[len(results) // 2]
    latencies = tuple(latency for result in results for latency in result.latencies)
    failures = sum(result.failures for result in results)
    return LoadResult(middle.completed, failures, middle.elapsed, latencies, middle.body_bytes)


def _size(nbytes: float) -> str:
    return f"{nbytes:,.0f} B" if nbytes < 1024 else f"{nbytes / 1024:,.1f} KB"


def _first_page(fake: Server, token: str, into: Path) -> Path:
    """The fake's first list page, saved for the bare stack to send."""
    url = f"{fake.base_url}/organisations?api_token={token}&limit=100&page=1"
    with urllib.request.urlopen(url, timeout=30) as response:
        into.write_bytes(response.read())
    return into


def run(sizes: Sizes, report: Report, token: str) -> None:
    measured: dict[tuple[str, str], list[LoadResult]] = {}
    server_cpu: dict[str, list[float]] = {}
    with (
        tempfile.TemporaryDirectory() as scratch,
        fake_server(sizes.paging_seed) as fake,
        prism_server() as prism,
        floor_server(_first_page(fake, token, Path(scratch) / "page.json")) as floor,
    ):
        for round_number in range(sizes.load_rounds):
            for operation in OPERATIONS:
                servers = (fake, prism, floor) if round_number % 2 == 0 else (floor, prism, fake)
                for server in servers:
                    before = server.cpu_seconds()
                    result = _load(server, operation, token, sizes)
                    after = server.cpu_seconds()
                    measured.setdefault((server.name, operation.key), []).append(result)
                    if before is not None and after is not None and result.completed:
                        cost = (after - before) * 1000 / result.completed
                        server_cpu.setdefault(f"{server.name} {operation.label}", []).append(cost)
    bodies: list[str] = []
    load = f"{sizes.load.clients} clients ({sizes.load.seconds:g} s {TIMES} {sizes.load_rounds})"
    for operation in OPERATIONS:
        ours = _pooled(measured[(fake.name, operation.key)])
        theirs = _pooled(measured[(prism.name, operation.key)])
        ceiling = _pooled(measured[(floor.name, operation.key)])
        bodies.append(f"{operation.label} {_size(ours.mean_body)} (fake), {_size(theirs.mean_body)} (Prism)")
        report.add(
            _versus_prism(operation.key, f"fake: {operation.label}, {load}", ours, theirs, ours.failures == 0)
        )
        report.add(
            _versus_prism(
                operation.floor_key,
                f"reference: the fake's stack doing no work (prepared bytes), {operation.label}",
                ceiling,
                theirs,
                None,
                f"— (the fake reaches {_times(ours, ceiling):.2f}{TIMES} of this)",
            )
        )
    report.notes.append("throughput: mean response body: " + "; ".join(bodies) + ".")
    if server_cpu:
        costs = "; ".join(f"{name} {statistics.median(values):.2f} ms" for name, values in server_cpu.items())
        report.notes.append(f"throughput: server CPU per request (median round): {costs}.")


def _versus_prism(
    key: str, figure: str, ours: LoadResult, prism: LoadResult, clean: bool | None, otherwise: str = ""
) -> Row:
    """A row comparing a throughput with Prism's; `clean` None means a reference row without a target."""
    times = _times(ours, prism)
    return Row(
        key=key,
        figure=figure,
        measured=ours.summary(),
        baseline=f"Prism {prism.summary()}",
        ratio=f"{times:.2f}{TIMES} Prism",
        target=f"≥ {TARGET:g}{TIMES} Prism, 0 failed" if clean is not None else otherwise,
        met=None if clean is None else times >= TARGET and clean,
    )


def _times(ours: LoadResult, theirs: LoadResult) -> float:
    return ours.throughput / theirs.throughput if theirs.throughput else 0.0
