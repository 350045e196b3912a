"""Deliberate faults wrapped around a server, to prove the contract suite notices each of them.

Each fault is an ASGI wrapper that rewrites the request or the JSON response of a working app, so the
faults do not depend on the fake's internals and read like the bug a real server could have.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]
BodyRewrite = Callable[[dict[str, Any]], None]

ENTITY_KEYS = ("organisation", "opportunity")
LIST_KEYS = ("organisations", "opportunities")


def _entities(body: dict[str, Any]) -> list[dict[str, Any]]:
    found = [body[k] for k in ENTITY_KEYS if isinstance(body.get(k), dict)]
    for key in LIST_KEYS:
        found += [item for item in body.get(key) or [] if isinstance(item, dict)]
    return found


def _id_as_string(body: dict[str, Any]) -> None:
    for entity in _entities(body):
        entity["id"] = str(entity["id"])


def _drop_name(body: dict[str, Any]) -> None:
    for entity in _entities(body):
        entity.pop("name", None)


def _null_name(body: dict[str, Any]) -> None:
    for entity in _entities(body):
        entity["name"] = None


def _status_ok(body: dict[str, Any]) -> None:
    if body.get("status") == "success":
        body["status"] = "ok"


def _page_count_off_by_one(body: dict[str, Any]) -> None:
    if isinstance(body.get("num_pages"), int):
        body["num_pages"] += 1


RESPONSE_FAULTS: dict[str, BodyRewrite] = {
    "wrong_type": _id_as_string,
    "missing_required_field": _drop_name,
    "forbidden_null": _null_name,
    "wrong_status": _status_ok,
    "page_count_off_by_one": _page_count_off_by_one,
}


def _rewrite_query(scope: Scope, rewrite: Callable[[list[tuple[str, str]]], list[tuple[str, str]]]) -> Scope:
    pairs = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    return {**scope, "query_string": urlencode(rewrite(pairs)).encode("latin-1")}


def _ignore_token(valid_token: str) -> Callable[[list[tuple[str, str]]], list[tuple[str, str]]]:
    def rewrite(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
        return [(k, v) for k, v in pairs if k != "api_token"] + [("api_token", valid_token)]

    return rewrite


def _ignore_wildcards(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(k, v.replace("*", "") if k in ("name", "accountnumber", "email") else v) for k, v in pairs]


def _response_rewriter(app: App, rewrite: BodyRewrite) -> App:
    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].endswith("openapi.yaml"):
            await app(scope, receive, send)
            return
        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            content = b"".join(chunks)
            try:
                body = json.loads(content)
            except ValueError:
                body = None
            if isinstance(body, dict):
                rewrite(body)
                content = json.dumps(body).encode()
            headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
            headers.append((b"content-length", str(len(content)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": content})

        await app(scope, receive, capture)

    return wrapped


def _request_rewriter(app: App, rewrite: Callable[[list[tuple[str, str]]], list[tuple[str, str]]]) -> App:
    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            scope = _rewrite_query(scope, rewrite)
        await app(scope, receive, send)

    return wrapped


def wrap(app: App, name: str) -> App:
    if name in RESPONSE_FAULTS:
        return _response_rewriter(app, RESPONSE_FAULTS[name])
    if name == "ignored_token":
        from tactile_fake.auth import demo_token
        from tactile_fake.seed import ADMIN_USER

        return _request_rewriter(app, _ignore_token(demo_token(ADMIN_USER)))
    if name == "wildcard_ignored":
        return _request_rewriter(app, _ignore_wildcards)
    raise ValueError(
        f"unknown fault {name!r}; known: {sorted([*RESPONSE_FAULTS, 'ignored_token', 'wildcard_ignored'])}"
    )


FAULTS = sorted([*RESPONSE_FAULTS, "ignored_token", "wildcard_ignored"])
