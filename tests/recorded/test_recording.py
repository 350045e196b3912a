"""The recorder, run against the fake on loopback into temporary folders (any other connection fails).

A full recording through `python -m scripts.record` must give the committed cassettes byte for byte;
a token the server echoes must be scrubbed; a token-like value that survives must stop the recording
with nothing written.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_recording.network import blocking_context
from vcr.request import Request

from scripts.record import cli
from scripts.record.cassettes import CASSETTES_DIR, cassette_paths, load
from scripts.record.fake import FAKE_ORIGIN, fake_app
from scripts.record.readme import README
from scripts.record.recorder import Target, record
from scripts.record.scenario import SCENARIO
from scripts.record.scrub import TokenLeakError, find_leaks
from tactile_fake.auth import demo_token
from tactile_fake.serving import serve_in_thread

LOOPBACK = [r"^127\.0\.0\.1$"]
pytestmark = pytest.mark.block_network(allowed_hosts=LOOPBACK)

TOKEN = demo_token("greg")
CANARY = demo_token("paul")  # another user's token: shaped like one, unknown to the scrubber
OPTIONS_ONLY = {"getOrganisationOptions": SCENARIO["getOrganisationOptions"]}


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("recording") / "cassettes"
    with pytest.MonkeyPatch.context() as env, blocking_context(allowed_hosts=LOOPBACK):
        env.delenv("TACTILE_BASE_URL", raising=False)
        env.delenv("TACTILE_API_TOKEN", raising=False)
        assert cli.main(["--out", str(out)]) == 0
    return out


def test_recording_the_fake_gives_the_committed_cassettes(recorded: Path) -> None:
    committed = cassette_paths(CASSETTES_DIR)
    if not all(i.origin == FAKE_ORIGIN for path in committed for i in load(path)):
        pytest.skip("the committed cassettes were recorded from another server")
    assert [p.name for p in cassette_paths(recorded)] == [p.name for p in committed]
    stale = [p.name for p in committed if (recorded / p.name).read_bytes() != p.read_bytes()]
    assert not stale, f"re-record with `scripts/nox -s record`: {stale} differ from a fresh recording"
    readme = (recorded / README).read_text(encoding="utf-8")
    assert "from **the fake server" in readme and "15 cassettes" in readme


class ChangeBody:
    """The fake, with `extra(query string)` added to every JSON answer and echoed in a Location header."""

    def __init__(self, app: Any, extra: Callable[[str], str]) -> None:
        self.app = app
        self.extra = extra

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            else:
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        query = scope["query_string"].decode()
        content = json.dumps({**json.loads(b"".join(chunks)), "debug": self.extra(query)}).encode()
        headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
        headers += [(b"content-length", str(len(content)).encode()), (b"location", f"/back?{query}".encode())]
        await send({**start, "headers": headers})
        await send({"type": "http.response.body", "body": content})


@pytest.fixture
def record_changed(tmp_path: Path) -> Iterator[Callable[[Callable[[str], str]], list[Path]]]:
    def run(extra: Callable[[str], str]) -> list[Path]:
        with serve_in_thread(ChangeBody(fake_app(), extra)) as url:
            return record(Target(url, TOKEN, origin=FAKE_ORIGIN), tmp_path / "cassettes", OPTIONS_ONLY)

    yield run


def test_a_token_the_server_echoes_is_scrubbed_from_bodies_and_headers(
    record_changed: Callable[[Callable[[str], str]], list[Path]],
) -> None:
    [cassette] = record_changed(lambda query: f"you sent {query}")
    text = cassette.read_text(encoding="utf-8")
    assert TOKEN not in text and "0" * 40 not in text
    success, bad_token = load(cassette)
    assert success.json()["debug"] == "you sent api_token=REDACTED"
    assert bad_token.json()["debug"] == "you sent api_token=REDACTED-WRONG-TOKEN"
    assert success.headers == {"content-type": ["application/json"], "location": ["/back?api_token=REDACTED"]}


def test_a_token_that_survives_scrubbing_stops_the_recording_and_nothing_is_written(
    record_changed: Callable[[Callable[[str], str]], list[Path]], tmp_path: Path
) -> None:
    out = tmp_path / "cassettes"
    out.mkdir()
    (out / "getOrganisationOptions.yaml").write_text("the committed one\n", encoding="utf-8")
    with pytest.raises(TokenLeakError) as refused:
        record_changed(lambda query: f"session {CANARY}")
    message = str(refused.value)
    assert f"refusing to write {out / 'getOrganisationOptions.yaml'}" in message
    assert "interaction 0 (GET /organisations/options) response body: a 40-hex token-like value" in message
    assert "interaction 1 (GET /organisations/options) response body" in message
    assert CANARY not in message
    assert (out / "getOrganisationOptions.yaml").read_text(encoding="utf-8") == "the committed one\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cassettes"], "no staging folder is left behind"


def test_the_leak_check_names_urls_and_request_headers() -> None:
    request = Request("GET", f"http://x.test/organisations/view/1?api_token={TOKEN}", b"", {"x-token": TOKEN})
    response = {"headers": {}, "body": {"string": b"{}"}}
    assert find_leaks({"requests": [request], "responses": [response]}, [TOKEN]) == [
        "interaction 0 (GET /organisations/view/1) request URL: the API token",
        "interaction 0 (GET /organisations/view/1) request header 'x-token': the API token",
    ]
