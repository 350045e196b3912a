"""The throughput ceiling server answers exactly what the fake would, with no work per request."""

from __future__ import annotations

import asyncio
import json

import httpx

from scripts.bench.floor_server import create_app

PAGE = json.dumps({"status": "success", "organisations": [{"id": 1, "name": "Acme"}]}).encode()


def send(*requests: tuple[str, str]) -> list[httpx.Response]:
    async def main() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=create_app(PAGE))
        async with httpx.AsyncClient(transport=transport, base_url="http://floor") as client:
            body = {"Organisation": {"name": "x"}}
            return [
                await (client.get(path) if method == "GET" else client.post(path, json=body))
                for method, path in requests
            ]

    return asyncio.run(main())


def test_the_list_answers_the_prepared_page_byte_for_byte() -> None:
    [response] = send(("GET", "/organisations?limit=100&page=7"))

    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.content == PAGE


def test_each_save_gets_a_success_envelope_with_a_new_id() -> None:
    answers = [response.json() for response in send(*[("POST", "/organisations/save")] * 3)]

    assert [answer["status"] for answer in answers] == ["success"] * 3
    assert len({answer["id"] for answer in answers}) == 3
