"""Concurrent saves: N organisation saves at once against the fake on loopback, then count what exists.

The names share one account-number stem, so the saves also race for the first free account number.
"""

from __future__ import annotations

import asyncio
import secrets

import httpx

from scripts.bench.report import Report, Row
from scripts.bench.servers import fake_server
from scripts.bench.sizes import Sizes


async def _save_all(base_url: str, token: str, marker: str, count: int) -> list[object]:
    limits = httpx.Limits(max_connections=count)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=60) as http:

        async def save(number: int) -> object:
            body = {"Organisation": {"name": f"Concurrent {marker} {number}"}}
            response = await http.post("/organisations/save", params={"api_token": token}, json=body)
            return response.json().get("id")

        return list(await asyncio.gather(*(save(n) for n in range(count))))


async def _stored(base_url: str, token: str, marker: str) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    async with httpx.AsyncClient(base_url=base_url, timeout=60) as http:
        page = 1
        while True:
            params = {"api_token": token, "name": f"concurrent {marker} *", "limit": "100", "page": str(page)}
            body = (await http.get("/organisations", params=params)).json()
            found += body["organisations"]
            if body["cur_page"] >= body["num_pages"]:
                return found
            page += 1


def run(sizes: Sizes, report: Report, token: str) -> None:
    count = sizes.concurrent_saves
    marker = secrets.token_hex(4)
    with fake_server(0) as server:
        ids = asyncio.run(_save_all(server.base_url, token, marker, count))
        stored = asyncio.run(_stored(server.base_url, token, marker))
    saved = [i for i in ids if isinstance(i, int)]
    numbers = {org.get("accountnumber") for org in stored}
    report.add(
        Row(
            key="saves",
            figure=f"{count} concurrent saves (fake on loopback), then list them",
            measured=(
                f"{len(stored)} records · {len(set(saved))} distinct ids returned · "
                f"{len(numbers)} distinct account numbers"
            ),
            target=f"{count} of each",
            met=len(stored) == len(set(saved)) == len(numbers) == count,
        )
    )
