"""Paging: every organisation of the fake (limit=100) through the client's iterators, against a
hand-written httpx + json loop sending the same requests (page 1, 2, … until `cur_page == num_pages`).

A fourth loop is the concurrent twin of that baseline: hand-written `httpx.AsyncClient` + json, the
remaining pages fetched N at a time, as `aiter_organisations(concurrency=N)` does. It shows how far
concurrency can go on this machine at all, whatever the client does on top.

The fake runs as `python -m tactile_fake` (uvicorn on 127.0.0.1, response validation off) in its own
process, whose CPU time is read around every run; the loops take turns (interleaved), and medians are
reported.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from scripts.bench.report import TIMES, Report, Row, ratio, seconds
from scripts.bench.servers import Server, fake_server
from scripts.bench.sizes import Sizes
from scripts.bench.stats import Timing, interleave, median_cpu, median_wall
from scripts.paths import GENERATED_DIR

ITERATOR_TARGET = 1.25
CONCURRENT_TARGET = 0.5
LIMIT = 100


def _client_class() -> Any:
    if str(GENERATED_DIR) not in sys.path:
        sys.path.insert(0, str(GENERATED_DIR))
    from tactile_crm_client import Client

    return Client


def raw_loop(base_url: str, token: str) -> int:
    """The natural baseline: the same GETs with httpx, each body decoded with json.loads."""
    records = 0
    with httpx.Client(base_url=base_url) as http:
        page = 1
        while True:
            response = http.get("/organisations", params={"api_token": token, "limit": LIMIT, "page": page})
            body = json.loads(response.content)
            if body.get("status") != "success":
                raise RuntimeError(f"page {page}: {body}")
            records += len(body["organisations"])
            if body["cur_page"] >= body["num_pages"]:
                return records
            page += 1


def raw_concurrent_loop(base_url: str, token: str, concurrency: int) -> int:
    """The concurrent baseline: page 1, then the other pages `concurrency` at a time, with httpx + json."""

    async def main() -> int:
        async with httpx.AsyncClient(base_url=base_url) as http:

            async def page(number: int) -> dict[str, Any]:
                params: dict[str, str | int] = {"api_token": token, "limit": LIMIT, "page": number}
                body: dict[str, Any] = json.loads((await http.get("/organisations", params=params)).content)
                if body.get("status") != "success":
                    raise RuntimeError(f"page {number}: {body}")
                return body

            first = await page(1)
            gate = asyncio.Semaphore(concurrency)

            async def gated(number: int) -> int:
                async with gate:
                    return len((await page(number))["organisations"])

            rest = await asyncio.gather(*(gated(n) for n in range(2, int(first["num_pages"]) + 1)))
            return len(first["organisations"]) + sum(rest)

    return asyncio.run(main())


def client_iterator(base_url: str, token: str) -> int:
    with _client_class()(base_url=base_url, api_token=token) as client:
        return sum(1 for _ in client.iter_organisations(limit=LIMIT))


def async_iterator(base_url: str, token: str, concurrency: int) -> int:
    async def main() -> int:
        async with _client_class()(base_url=base_url, api_token=token) as client:
            return sum([1 async for _ in client.aiter_organisations(limit=LIMIT, concurrency=concurrency)])

    return asyncio.run(main())


@dataclass
class Runs:
    """What each loop listed, and the fake's CPU seconds during each of its runs."""

    server: Server
    counts: dict[str, int] = field(default_factory=dict)
    server_cpu: dict[str, list[float]] = field(default_factory=dict)

    def timed(self, name: str, loop: Callable[[], int]) -> Timing:
        server_before = self.server.cpu_seconds()
        wall, cpu = time.perf_counter(), time.process_time()
        self.counts[name] = loop()
        timing = Timing(time.perf_counter() - wall, time.process_time() - cpu)
        server_after = self.server.cpu_seconds()
        if server_before is not None and server_after is not None:
            self.server_cpu.setdefault(name, []).append(server_after - server_before)
        return timing

    def server_ms_per_page(self, pages: int) -> float | None:
        every = [cpu for runs in self.server_cpu.values() for cpu in runs]
        return statistics.median(every) * 1000 / pages if every else None


def _parse_cost(base_url: str, token: str, page: int) -> float:
    """Seconds the client's models take to parse one page (the best of a few batches: it is noisy)."""
    if str(GENERATED_DIR) not in sys.path:
        sys.path.insert(0, str(GENERATED_DIR))
    from tactile_crm_client.models.organisation_list_response import OrganisationListResponse

    params: dict[str, str | int] = {"api_token": token, "limit": LIMIT, "page": page}
    body = httpx.get(f"{base_url}/organisations", params=params).json()
    batches = []
    for _ in range(5):
        started = time.perf_counter()
        for _ in range(5):
            OrganisationListResponse.from_dict(body)
        batches.append((time.perf_counter() - started) / 5)
    return min(batches)


def run(sizes: Sizes, report: Report, token: str) -> None:
    concurrency = sizes.paging_concurrency
    with fake_server(sizes.paging_seed) as server:
        url = server.base_url
        runs = Runs(server)
        results = interleave(
            {
                "raw": lambda: runs.timed("raw", lambda: raw_loop(url, token)),
                "iterator": lambda: runs.timed("iterator", lambda: client_iterator(url, token)),
                "raw concurrent": lambda: runs.timed(
                    "raw concurrent", lambda: raw_concurrent_loop(url, token, concurrency)
                ),
                "async": lambda: runs.timed("async", lambda: async_iterator(url, token, concurrency)),
            },
            sizes.paging_runs,
        )
        parse_cost = _parse_cost(url, token, page=max(1, sizes.paging_seed // LIMIT // 2))
    if len(set(runs.counts.values())) != 1:
        raise RuntimeError(f"the loops listed different numbers of organisations: {runs.counts}")
    records = runs.counts["raw"]
    pages = -(-records // LIMIT)
    raw, iterator, raw_concurrent, concurrent = (
        median_wall(results[name]) for name in ("raw", "iterator", "raw concurrent", "async")
    )
    what = f"{records:,} organisations, {pages} pages of {LIMIT}, median of {sizes.paging_runs}"
    cpu = {name: median_cpu(timings) * 1000 / pages for name, timings in results.items()}
    server_ms = runs.server_ms_per_page(pages)

    def against_raw(key: str, figure: str, value: float, target: float | None, otherwise: str = "—") -> Row:
        return Row(
            key=key,
            figure=figure,
            measured=seconds(value),
            baseline=f"{seconds(raw)} httpx + json loop",
            ratio=ratio(value, raw),
            target=f"≤ {target}{TIMES}" if target is not None else otherwise,
            met=None if target is None else value / raw <= target,
        )

    report.add(
        against_raw(
            "paging.iterator", f"paging: client.iter_organisations ({what})", iterator, ITERATOR_TARGET
        ),
        f"paging: client CPU per page: {cpu['raw']:.1f} ms for the raw loop (httpx + json.loads), "
        f"{cpu['iterator']:.1f} ms for iter_organisations, of which building the models (from_dict) is "
        f"{parse_cost * 1000:.1f} ms.",
    )
    report.add(
        against_raw(
            "paging.async",
            f"paging: client.aiter_organisations(concurrency={concurrency})",
            concurrent,
            CONCURRENT_TARGET,
        ),
        *_concurrency_notes(
            cpu, server_ms, raw * 1000 / pages, raw_concurrent / raw, concurrent / raw_concurrent
        ),
    )
    report.add(
        against_raw(
            "paging.raw_concurrent",
            f"paging: hand-written httpx.AsyncClient + json, {concurrency} pages at a time (ref.)",
            raw_concurrent,
            None,
            f"— (aiter_organisations: {ratio(concurrent, raw_concurrent)} of this)",
        )
    )


def _concurrency_notes(
    cpu: dict[str, float], server_ms: float | None, raw_page_ms: float, raw_concurrent: float, client: float
) -> list[str]:
    """Why the concurrent figure is what it is: the CPU each side needs per page."""
    if server_ms is None:
        return []
    return [
        f"paging: per page the fake spends {server_ms:.1f} ms of CPU; the raw loop {cpu['raw']:.1f} ms, "
        f"the hand-written concurrent loop {cpu['raw concurrent']:.1f} ms and aiter_organisations "
        f"{cpu['async']:.1f} ms (async httpx costs more per request than sync). With the fake and the "
        "client sharing this machine's 2 cores, a concurrent run takes at least max(server, client) "
        f"CPU per page, so 0.5{TIMES} of the raw loop ({raw_page_ms:.1f} ms a page) needs both under "
        f"{raw_page_ms / 2:.1f} ms. "
        f"The hand-written concurrent loop reaches {raw_concurrent:.2f}{TIMES}; aiter_organisations takes "
        f"{client:.2f}{TIMES} its time."
    ]
