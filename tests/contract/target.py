"""Which server the contract suite tests, and how hard.

- Default: the fake, in-process (schemathesis `from_asgi`), with response validation off so that the
  suite's own checks, not the fake's self-check, are what catch a bad response.
- `TACTILE_BASE_URL` (+ `TACTILE_API_TOKEN`): any running server — the fake on loopback started by
  `nox -s mock`, or a live account. No code change.
- `TACTILE_CASSETTES=<folder>`: replay mode. A recording can only answer what was recorded, so nothing
  is generated or sent: every recorded interaction is checked with the same checks instead
  (tests/contract/conftest.py, test_recorded_interactions.py).
- `TACTILE_CONTRACT_DEPTH=deep`: many more examples, randomised, longer stateful runs.
- `TACTILE_CONTRACT_FAULT=<name>`: wrap the in-process fake in a fault (tests of the suite itself).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import schemathesis

from scripts.paths import SPEC_PATH


@dataclass(frozen=True)
class Depth:
    max_examples: int
    stateful_examples: int
    stateful_steps: int
    derandomize: bool


CI_DEPTH = Depth(max_examples=12, stateful_examples=8, stateful_steps=6, derandomize=True)
DEEP_DEPTH = Depth(max_examples=200, stateful_examples=60, stateful_steps=12, derandomize=False)
# Built-in checks that assume errors come back as 4xx, or an API with DELETE and 405s. Ours are in
# tests/contract/checks.py; auth is checked by test_contract.py's explicit token tests.
EXCLUDED_BUILTIN_CHECKS = (
    "negative_data_rejection",
    "positive_data_acceptance",
    "ignored_auth",
    "unsupported_method",
    "use_after_free",
    "ensure_resource_availability",
    "missing_required_header",
    "allow_header_conformance",
)


def depth() -> Depth:
    return DEEP_DEPTH if os.environ.get("TACTILE_CONTRACT_DEPTH") == "deep" else CI_DEPTH


def base_url() -> str | None:
    return os.environ.get("TACTILE_BASE_URL") or None


def cassettes_dir() -> Path | None:
    value = os.environ.get("TACTILE_CASSETTES")
    return Path(value) if value else None


def fault() -> str | None:
    return os.environ.get("TACTILE_CONTRACT_FAULT") or None


def api_token() -> str:
    token = os.environ.get("TACTILE_API_TOKEN")
    if token:
        return token
    if base_url():
        raise RuntimeError("TACTILE_BASE_URL is set: set TACTILE_API_TOKEN to a token of that server too")
    from tactile_fake.auth import demo_token
    from tactile_fake.seed import ADMIN_USER

    return demo_token(ADMIN_USER)


def config() -> Any:
    return schemathesis.Config.from_dict(
        {
            "auth": {"openapi": {"apiToken": {"api_key": api_token()}}},
            "checks": {name: {"enabled": False} for name in EXCLUDED_BUILTIN_CHECKS},
            # The fake's source holds the docs' ids and names; reusing them finds more paths.
            "analysis": {"constants": {"enabled": True}},
        }
    )


def fake_app() -> Any:
    from tactile_fake import create_app
    from tests.contract.request_count import count_requests

    app: Any = create_app(seed=25, validate_responses=False)
    count_requests(app)  # only when TACTILE_CONTRACT_COUNT_FILE is set (python -m scripts.bench)
    name = fault()
    if name:
        from tests.contract.faults import wrap

        app = wrap(app, name)
    return app


def load_schema() -> Any:
    url = base_url()
    if url:
        schema = schemathesis.openapi.from_path(str(SPEC_PATH), config=config())
        schema.config.update(base_url=url.rstrip("/"))
        return schema
    return schemathesis.openapi.from_asgi("/openapi.yaml", fake_app(), config=config())


def request(method: str, path: str, params: dict[str, Any] | None = None, json_body: Any = None) -> Any:
    """One plain HTTP request to the target (no schemathesis auth: the caller controls the token)."""
    import asyncio

    import httpx

    url = base_url()
    if url:
        with httpx.Client(base_url=url, timeout=30) as client:
            return client.request(method, path, params=params, json=json_body)

    async def in_process() -> httpx.Response:
        transport = httpx.ASGITransport(app=_shared_app())
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return await client.request(method, path, params=params, json=json_body)

    return asyncio.run(in_process())


_APPS: dict[str | None, Any] = {}


def _shared_app() -> Any:
    """One in-process fake per fault setting, so data saved by one request is seen by the next."""
    if fault() not in _APPS:
        _APPS[fault()] = fake_app()
    return _APPS[fault()]
