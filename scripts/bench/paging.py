"""Paging: every organisation of the fake (limit=100) through the client's iterators, against a
hand-written httpx + json loop sending the same requests (page 1, 2, … until `cur_page == num_pages`).

The fake runs as `python -m tactile_fake` (uvicorn on 127.0.0.1, response validation off) in its own
process; the three loops take turns (interleaved), and medians are reported.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from typing import Any

import httpx

from scripts.bench.report import TIMES, Report, Row, ratio, seconds
from scripts.bench.servers import fake_server
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


def client_iterator(base_url: str, token: str) -> int:
    with _client_class()(base_url=base_url, api_token=token) as client:
        return sum(1 for _ in client.iter_organisations(limit=LIMIT))


def async_iterator(base_url: str, token: str, concurrency: int) -> int:
    async def main() -> int:
        async with _client_class()(base_url=base_url, api_token=token) as client:
            return sum([1 async for _ in client.aiter_organisations(limit=LIMIT, concurrency=concurrency)])

    return asyncio.run(main())


def _timed(counts: dict[str, int], name: str, loop: Any) -> Timing:
    wall, cpu = time.perf_counter(), time.process_time()
    counts[name] = loop()
    return Timing(time.perf_counter() - wall, time.process_time() - cpu)


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
    counts: dict[str, int] = {}
    concurrency = sizes.paging_concurrency
    with fake_server(sizes.paging_seed) as server:
        url = server.base_url
        results = interleave(
            {
                "raw": lambda: _timed(counts, "raw", lambda: raw_loop(url, token)),
                "iterator": lambda: _timed(counts, "iterator", lambda: client_iterator(url, token)),
                "async": lambda: _timed(counts, "async", lambda: async_iterator(url, token, concurrency)),
            },
            sizes.paging_runs,
        )
        parse_cost = _parse_cost(url, token, page=max(1, sizes.paging_seed // LIMIT // 2))
    if len(set(counts.values())) != 1:
        raise RuntimeError(f"the loops listed different numbers of organisations: {counts}")
    records = counts["raw"]
    pages = -(-records // LIMIT)
    raw, iterator, concurrent = (median_wall(results[name]) for name in ("raw", "iterator", "async"))
    what = f"{records:,} organisations, {pages} pages of {LIMIT}, median of {sizes.paging_runs}"
    baseline = f"{seconds(raw)} httpx + json loop"
    notes = []
    if iterator / raw > ITERATOR_TARGET or concurrent / raw > CONCURRENT_TARGET:
        cpu = {name: median_cpu(results[name]) * 1000 / pages for name in ("raw", "iterator", "async")}
        fake_ms = max(0.0, raw * 1000 / pages - cpu["raw"])
        notes.append(
            f"paging: per page, the fake takes about {fake_ms:.1f} ms (raw loop wall time less its CPU); "
            f"client-side CPU is {cpu['raw']:.1f} ms for the raw loop (httpx + json.loads), "
            f"{cpu['iterator']:.1f} ms for the iterator and {cpu['async']:.1f} ms for the async one, "
            f"of which the models' from_dict is {parse_cost * 1000:.1f} ms: every organisation repeats "
            "the custom field definitions, which become CustomField/CustomFieldEnabledFor/"
            "CustomFieldOption(s) objects (and enum members) each time. Sequentially a page costs "
            "server + client time; fetched concurrently it still costs at least max(server, client), "
            f"so 0.5{TIMES} of the raw loop needs the client to handle a page in under "
            f"{(fake_ms + cpu['raw']) / 2:.1f} ms."
        )
    report.add(
        Row(
            key="paging.iterator",
            figure=f"paging: client.iter_organisations ({what})",
            measured=seconds(iterator),
            baseline=baseline,
            ratio=ratio(iterator, raw),
            target=f"≤ {ITERATOR_TARGET}{TIMES}",
            met=iterator / raw <= ITERATOR_TARGET,
        )
    )
    report.add(
        Row(
            key="paging.async",
            figure=f"paging: client.aiter_organisations(concurrency={concurrency})",
            measured=seconds(concurrent),
            baseline=baseline,
            ratio=ratio(concurrent, raw),
            target=f"≤ {CONCURRENT_TARGET}{TIMES}",
            met=concurrent / raw <= CONCURRENT_TARGET,
        ),
        *notes,
    )
