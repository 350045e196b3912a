"""Construction, the API token (sent once per request, never shown), injected httpx clients."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from tactile_crm_client import (
    AuthenticationError,
    Client,
    MissingTokenError,
    RetryPolicy,
    TactileError,
    UnexpectedResponseError,
    UnexpectedStatus,
)
from tactile_crm_client.api.organisations import get_organisation_options, view_organisation
from tactile_crm_client.errors import TokenScrubbingFilter, scrub

from tests.client.support import TOKEN, answer, query_of

OPTIONS = {"status": "success", "organisation_options": {}}
CANARY = "CANARYc0ffee0123456789abcdef0123456789ab"


def test_account_gives_the_tactile_url() -> None:
    client = Client(account="acme", api_token=TOKEN)
    assert client.base_url == "https://acme.tactilecrm.com"
    assert str(client.get_httpx_client().base_url) == "https://acme.tactilecrm.com"


@pytest.mark.parametrize("account", ["", "acme.evil.com", "acme/x", "-acme", "a" * 64])
def test_a_bad_account_is_refused(account: str) -> None:
    with pytest.raises(ValueError, match="account must be a site address"):
        Client(account=account, api_token=TOKEN)


def test_account_or_base_url_exactly_one() -> None:
    with pytest.raises(ValueError, match=r"either account= .* or base_url="):
        Client(api_token=TOKEN)
    with pytest.raises(ValueError, match="either account="):
        Client(account="acme", base_url="http://127.0.0.1", api_token=TOKEN)


def test_the_token_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TACTILE_API_TOKEN", TOKEN)
    recorder = answer(OPTIONS)
    with Client(
        base_url="https://sample.tactilecrm.com", httpx_args={"transport": recorder.transport()}
    ) as client:
        get_organisation_options.sync(client=client)
    assert query_of(recorder.last) == [("api_token", TOKEN)]


@pytest.mark.parametrize("env", [None, "", "   "])
def test_a_missing_token_fails_at_construction(monkeypatch: pytest.MonkeyPatch, env: str | None) -> None:
    if env is None:
        monkeypatch.delenv("TACTILE_API_TOKEN", raising=False)
    else:
        monkeypatch.setenv("TACTILE_API_TOKEN", env)
    with pytest.raises(MissingTokenError, match="pass api_token= or set the TACTILE_API_TOKEN"):
        Client(account="acme")
    with pytest.raises(ValueError):  # MissingTokenError is a ValueError
        Client(account="acme", api_token="")


def test_the_token_is_sent_once_on_every_request_with_the_callers_params() -> None:
    recorder = answer(OPTIONS)
    client = Client(
        base_url="https://sample.tactilecrm.com",
        api_token=TOKEN,
        httpx_args={"transport": recorder.transport(), "params": {"lang": "en"}},
    )
    with client:
        for _ in range(3):
            get_organisation_options.sync(client=client)
    assert [query_of(request) for request in recorder.requests] == [
        [("lang", "en"), ("api_token", TOKEN)]
    ] * 3


def test_an_injected_httpx_client_gets_the_token() -> None:
    recorder = answer(OPTIONS)
    http = httpx.Client(base_url="https://proxy.example", transport=recorder.transport(), params={"a": "1"})
    client = Client(account="acme", api_token=TOKEN).set_httpx_client(http)
    get_organisation_options.sync(client=client)
    assert str(recorder.last.url) == f"https://proxy.example/organisations/options?a=1&api_token={TOKEN}"
    http.close()


@pytest.mark.anyio
async def test_an_injected_async_httpx_client_gets_the_token() -> None:
    recorder = answer(OPTIONS)
    http = httpx.AsyncClient(base_url="https://proxy.example", transport=recorder.transport())
    client = Client(account="acme", api_token=TOKEN).set_async_httpx_client(http)
    async with client:
        await get_organisation_options.asyncio(client=client)
    assert query_of(recorder.last) == [("api_token", TOKEN)]


def test_copies_keep_the_token_and_settings() -> None:
    recorder = answer(OPTIONS)
    client = Client(
        base_url="https://sample.tactilecrm.com",
        api_token=TOKEN,
        httpx_args={"transport": recorder.transport()},
    )
    copy = client.with_headers({"X-Trace": "1"}).with_timeout(httpx.Timeout(3.0)).with_retries(None)
    get_organisation_options.sync(client=copy)
    assert recorder.last.headers["x-trace"] == "1"
    assert query_of(recorder.last) == [("api_token", TOKEN)]
    assert copy.retries == RetryPolicy.disabled()
    assert client.retries == RetryPolicy()


# ---------------------------------------------------------------------------------------------------------
# The token never shows: reprs, exception texts, log records (canary token, real HTTP on loopback)


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path.startswith("/organisations/view/1?"):
            self._send(200, "application/json", b'{"status":"error","messages":{"403":"Failed to login"}}')
        elif self.path.startswith("/organisations/view/2?"):
            # An HTML page that echoes the request, token included (as a login form's action might).
            page = f"<html><form action='{self.path}'>token {CANARY}</form></html>".encode()
            self._send(200, "text/html", page)
        else:
            self._send(503, "text/plain", f"overloaded {self.path}".encode())

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # keep the test output quiet
        pass


@pytest.fixture
def loopback() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_the_canary_token_never_shows(loopback: str, caplog: pytest.LogCaptureFixture) -> None:
    texts: list[str] = []
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "tactile_crm_client"):
        caplog.set_level(logging.DEBUG, logger=name)
    client = Client(base_url=loopback, api_token=CANARY, retries=RetryPolicy(max_retries=2, backoff=0.001))
    texts += [repr(client), str(client)]
    with client:
        for record_id, expected in (
            (1, AuthenticationError),
            (2, UnexpectedResponseError),
            (3, UnexpectedStatus),
        ):
            with pytest.raises(TactileError) as caught:
                view_organisation.sync(record_id, client=client)
            assert type(caught.value) is expected
            texts += [str(caught.value), repr(caught.value), str(caught.value.args)]
    closed = Client(base_url="http://127.0.0.1:9", api_token=CANARY, retries=None)
    with pytest.raises(httpx.ConnectError) as refused:
        view_organisation.sync(1, client=closed)
    texts += [str(refused.value), repr(refused.value)]

    assert "api_token=***" in caplog.text, "httpx's request log is there, scrubbed"
    assert any(record.name.startswith("httpcore") for record in caplog.records), (
        "httpcore DEBUG logs captured"
    )
    assert "retrying GET" in caplog.text
    for text in [*texts, caplog.text]:
        assert CANARY not in text
    assert "token ***" in texts[5], "the echoed token in the HTML excerpt is scrubbed"


def test_scrubbing_patterns() -> None:
    assert scrub("GET /x?api_token=abc123&id=5") == "GET /x?api_token=***&id=5"
    assert scrub("GET /x?id=5&API_TOKEN=abc123") == "GET /x?id=5&API_TOKEN=***"
    assert scrub("/x?api_token%3Dabc123") == "/x?api_token%3D***"
    assert scrub("params={'api_token': 'abc123'}") == "params={'api_token': '***'}"
    assert scrub('{"api_token": "abc123"}') == '{"api_token": "***"}'
    assert scrub("[('api_token', 'abc123')]") == "[('api_token', '***')]"
    assert scrub("nothing to see") == "nothing to see"


def test_the_filter_scrubs_records_with_args() -> None:
    record = logging.LogRecord(
        "httpx",
        logging.INFO,
        __file__,
        1,
        'HTTP Request: %s %s "%s"',
        ("GET", "http://h/o?api_token=s3cr3t&id=1", "HTTP/1.1 200 OK"),
        None,
    )
    assert TokenScrubbingFilter().filter(record)
    assert record.getMessage() == 'HTTP Request: GET http://h/o?api_token=***&id=1 "HTTP/1.1 200 OK"'


def test_the_filters_are_installed_once() -> None:
    from tactile_crm_client.errors import install_log_scrubbing

    install_log_scrubbing()
    install_log_scrubbing()
    for name in ("httpx", "httpcore.http11", "httpcore.connection"):
        filters = [f for f in logging.getLogger(name).filters if isinstance(f, TokenScrubbingFilter)]
        assert len(filters) == 1
