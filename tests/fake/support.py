"""A small client for the fake's tests: the token as a query parameter, the envelope checked every time."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from anyio.from_thread import BlockingPortal, start_blocking_portal
from starlette.types import ASGIApp

from tactile_fake.auth import demo_token

ADMIN = demo_token("greg")
USER = demo_token("paul")
DAVE = demo_token("dave")


class Client:
    """A synchronous client for an in-process ASGI app (httpx's ASGITransport on a portal loop)."""

    def __init__(self, portal: BlockingPortal, app: ASGIApp) -> None:
        self._portal = portal
        self._client = httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://testserver")

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        return self._portal.call(functools.partial(self._client.request, method, path, **kwargs))

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", path, **kwargs)


@contextmanager
def client_for(app: ASGIApp) -> Iterator[Client]:
    with start_blocking_portal() as portal:
        yield Client(portal, app)


class Api:
    def __init__(self, client: Client) -> None:
        self.client = client

    def call(
        self, method: str, path: str, *, token: str | None = ADMIN, json: Any = None, **params: Any
    ) -> dict[str, Any]:
        query = {key: value for key, value in params.items() if value is not None}
        if token is not None:
            query["api_token"] = token
        response = self.client.request(method, path, params=query, json=json)
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == "application/json"
        body: dict[str, Any] = response.json()
        assert body["status"] in ("success", "error"), body
        return body

    def get(self, path: str, *, token: str | None = ADMIN, **params: Any) -> dict[str, Any]:
        return self.call("GET", path, token=token, **params)

    def post(self, path: str, json: Any, *, token: str | None = ADMIN, **params: Any) -> dict[str, Any]:
        return self.call("POST", path, token=token, json=json, **params)

    def ok(self, path: str, *, token: str | None = ADMIN, **params: Any) -> dict[str, Any]:
        body = self.get(path, token=token, **params)
        assert body["status"] == "success", body
        return body

    def messages(
        self, path: str, *, token: str | None = ADMIN, json: Any = None, **params: Any
    ) -> dict[str, str]:
        method = "GET" if json is None else "POST"
        body = self.call(method, path, token=token, json=json, **params)
        assert body["status"] == "error", body
        messages: dict[str, str] = body["messages"]
        return messages

    def save_organisation(self, fields: dict[str, Any], *, token: str = ADMIN, **extra: Any) -> int:
        body = self.post("/organisations/save", {"Organisation": fields, **extra}, token=token)
        assert body["status"] == "success", body
        return int(body["id"])

    def save_opportunity(self, fields: dict[str, Any], *, token: str = ADMIN) -> int:
        body = self.post("/opportunities/save", {"Opportunity": fields}, token=token)
        assert body["status"] == "success", body
        return int(body["id"])

    def organisation(self, org_id: int, *, token: str = ADMIN) -> dict[str, Any]:
        result: dict[str, Any] = self.ok(f"/organisations/view/{org_id}", token=token)["organisation"]
        return result

    def opportunity(self, opp_id: int, *, token: str = ADMIN) -> dict[str, Any]:
        result: dict[str, Any] = self.ok(f"/opportunities/view/{opp_id}", token=token)["opportunity"]
        return result


def opportunity_fields(**overrides: Any) -> dict[str, Any]:
    """A valid new opportunity."""
    return {"name": "Website Redesign", "enddate": "2009-06-30", "status_id": 1, **overrides}
