"""Helpers for the client tests: the spec and its examples, value normalisation, recording transports."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from scripts.paths import SPEC_PATH
from scripts.spec_validation import load_spec, resolve_ref

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
LONDON = ZoneInfo("Europe/London")
TOKEN = "0123456789abcdef0123456789abcdef01234567"


@cache
def spec() -> dict[str, Any]:
    return load_spec(SPEC_PATH)


def organisation_body(id_: int = 1, name: str = "x", **fields: Any) -> dict[str, Any]:
    """An Organisation with every property the spec requires: id and name, the rest null unless given."""
    required = spec()["components"]["schemas"]["Organisation"]["required"]
    return {**dict.fromkeys(required), "id": id_, "name": name, **fields}


def resolve(node: Any) -> Any:
    """Follow local ``$ref``s of the spec until a non-reference node."""
    return resolve_ref(spec(), node)


@dataclass(frozen=True)
class SpecOperation:
    operation_id: str
    method: str
    path: str
    data: dict[str, Any] = field(repr=False)

    def response_examples(self) -> dict[str, Any]:
        """Named examples of the 200 JSON response, resolved."""
        media = resolve(self.data["responses"]["200"])["content"]["application/json"]
        return {name: resolve(example)["value"] for name, example in media.get("examples", {}).items()}

    def request_examples(self) -> dict[str, Any]:
        body = resolve(self.data.get("requestBody") or {})
        media = body.get("content", {}).get("application/json", {})
        return {name: resolve(example)["value"] for name, example in media.get("examples", {}).items()}


@cache
def operations() -> dict[str, SpecOperation]:
    found: dict[str, SpecOperation] = {}
    for path, item in spec()["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                found[op["operationId"]] = SpecOperation(op["operationId"], method.upper(), path, op)
    return found


def response_examples() -> Iterator[tuple[str, str, Any]]:
    """(operationId, example name, body) for every named 200 example in the spec."""
    for op_id, operation in sorted(operations().items()):
        for name, value in operation.response_examples().items():
            yield op_id, name, value


# ---------------------------------------------------------------------------------------------------------
# Comparing values across a from_dict/to_dict round trip

_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}")


def instant(value: str) -> dt.datetime:
    """The UTC instant of a Tactile timestamp (a naive one is Europe/London local time)."""
    parsed = dt.datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=LONDON)
    return parsed.astimezone(dt.UTC)


def normalise(value: Any) -> Any:
    """``value`` with timestamps replaced by UTC instants (to_dict re-serialises them in another form)."""
    if isinstance(value, dict):
        return {key: normalise(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalise(item) for item in value]
    if isinstance(value, str) and _TIMESTAMP.match(value):
        try:
            return instant(value)
        except ValueError:
            return value
    return value


# ---------------------------------------------------------------------------------------------------------
# Transports

Handler = Callable[[httpx.Request], httpx.Response]


@dataclass
class Recorder:
    """A MockTransport handler that records every request and answers with ``respond``."""

    respond: Handler
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.respond(request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def json_response(body: Any, status: int = 200) -> httpx.Response:
    return httpx.Response(
        status, content=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )


def answer(body: Any) -> Recorder:
    """A recorder that answers every request with this JSON body."""
    return Recorder(lambda _request: json_response(body))


AsyncHandler = Callable[[httpx.Request], Awaitable[httpx.Response]]


def query_of(request: httpx.Request) -> list[tuple[str, str]]:
    return list(request.url.params.multi_items())
