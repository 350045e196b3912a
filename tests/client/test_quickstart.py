"""The README is real: each ```python snippet runs against the fake and prints what it says.

``Client(account="acme")`` in the snippets keeps its real base URL; a transport forwards its requests to the
fake on loopback. ``TACTILE_API_TOKEN`` is a fake demo token. A ``# → text`` comment must appear in the
snippet's output.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import tactile_crm_client

from tactile_fake import create_app
from tactile_fake.auth import demo_token
from tactile_fake.serving import serve_in_thread

QUICKSTART = Path(__file__).resolve().parents[2] / "README.md"
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
_EXPECT = re.compile(r"#\s*→\s*(.+)$", re.MULTILINE)


def snippets() -> list[str]:
    return _BLOCK.findall(QUICKSTART.read_text(encoding="utf-8"))


class ForwardTo(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sends every request to ``target`` (scheme, host, port), whatever host it was addressed to."""

    def __init__(self, target: str) -> None:
        self.target = httpx.URL(target)
        self.sync = httpx.HTTPTransport()
        self.async_ = httpx.AsyncHTTPTransport()

    def _redirect(self, request: httpx.Request) -> None:
        request.url = request.url.copy_with(
            scheme=self.target.scheme, host=self.target.host, port=self.target.port
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._redirect(request)
        return self.sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._redirect(request)
        return await self.async_.handle_async_request(request)

    def close(self) -> None:
        self.sync.close()

    async def aclose(self) -> None:
        await self.async_.aclose()


@pytest.fixture(scope="module")
def fake_url() -> Iterator[str]:
    with serve_in_thread(create_app(seed=50)) as url:
        yield url


@pytest.fixture
def quickstart_client(fake_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    real_client = tactile_crm_client.Client

    class QuickstartClient(real_client):  # type: ignore[misc, valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["httpx_args"] = {**kwargs.get("httpx_args", {}), "transport": ForwardTo(fake_url)}
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(tactile_crm_client, "Client", QuickstartClient)
    monkeypatch.setenv("TACTILE_API_TOKEN", demo_token("greg"))


def test_the_quickstart_has_snippets() -> None:
    assert len(snippets()) >= 8
    assert sum(len(_EXPECT.findall(snippet)) for snippet in snippets()) >= 10


@pytest.mark.parametrize("index", range(len(snippets())), ids=lambda i: f"snippet{i + 1}")
@pytest.mark.usefixtures("quickstart_client")
def test_snippet_runs_and_prints_what_it_says(index: int) -> None:
    code = snippets()[index]
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        exec(compile(code, f"{QUICKSTART.name}[snippet {index + 1}]", "exec"), {"__name__": "__quickstart__"})
    for expected in _EXPECT.findall(code):
        assert expected.strip() in output.getvalue(), f"snippet {index + 1} should print {expected!r}"
