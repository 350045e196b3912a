"""The client with a canary token: every way a call can fail, and what that leaves in exceptions and logs.

Against the fake on loopback (where the canary is a valid token): an unknown id, an invalid save, a
successful list and iteration, sync and async. Against stand-in transports: a bad-token envelope, an
HTML page, HTTP 503 after retries, a read timeout; and a closed port (a real connection error).
Logs of every logger are captured at DEBUG while this runs.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import Any

import httpx

from scripts.paths import GENERATED_DIR

DEBUG_LOGGERS = ("httpx", "httpcore", "tactile_crm_client")


def _client_api() -> Any:
    if str(GENERATED_DIR) not in sys.path:
        sys.path.insert(0, str(GENERATED_DIR))
    import tactile_crm_client

    return tactile_crm_client


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@contextmanager
def captured_logs() -> Iterator[list[str]]:
    """Every log record (any logger) formatted as text, DEBUG and up for the HTTP and client loggers."""
    handler = _Capture()
    root = logging.getLogger()
    levels = {name: logging.getLogger(name).level for name in DEBUG_LOGGERS}
    root.addHandler(handler)
    for name in DEBUG_LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        yield handler.lines
    finally:
        root.removeHandler(handler)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


def describe(exc: BaseException) -> str:
    """Everything an exception shows: str, repr, args and the full traceback with chained causes."""
    return "\n".join([str(exc), repr(exc), repr(exc.args), "".join(traceback.format_exception(exc))])


def _expect_failure(call: Callable[[], object], texts: list[str]) -> None:
    try:
        call()
    except Exception as exc:  # every failure is what we came for
        texts.append(describe(exc))
    else:
        texts.append("")  # no exception: nothing shown, but the scenario still counts as checked


def _stand_in(status: int, content: bytes, content_type: str) -> httpx.MockTransport:
    return httpx.MockTransport(
        lambda request: httpx.Response(status, content=content, headers={"content-type": content_type})
    )


def _timeout(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("timed out", request=request)


def _list_through(api: Any, token: str, retries: Any, transport: httpx.MockTransport) -> object:
    from tactile_crm_client.api.organisations import list_organisations

    args = {"transport": transport}
    with api.Client(
        base_url="http://tactile.test", api_token=token, retries=retries, httpx_args=args
    ) as client:
        return list_organisations.sync(client=client, limit=5)


def exception_texts(base_url: str, token: str, closed_port: int) -> tuple[list[str], str]:
    """Run every scenario; return the text of each exception ("" where none was raised), and the
    client's repr and str."""
    api = _client_api()
    from tactile_crm_client.api.organisations import list_organisations, save_organisation, view_organisation
    from tactile_crm_client.models import OrganisationCreate, OrganisationSaveRequest

    quick = api.RetryPolicy(max_retries=1, backoff=0.01, jitter=False)
    texts: list[str] = []
    with api.Client(base_url=base_url, api_token=token, retries=quick) as client:
        shown = f"{client!r}\n{client}"
        _expect_failure(lambda: view_organisation.sync(987654321, client=client), texts)
        body = OrganisationSaveRequest(organisation=OrganisationCreate(name=""))
        _expect_failure(lambda: save_organisation.sync(client=client, body=body), texts)
        list_organisations.sync(client=client, limit=5)
        sum(1 for _ in client.iter_organisations(limit=50))

    async def async_calls() -> None:
        async with api.Client(base_url=base_url, api_token=token, retries=quick) as client:
            try:
                await view_organisation.asyncio(987654321, client=client)
            except Exception as exc:
                texts.append(describe(exc))

    asyncio.run(async_calls())

    login = b'{"status":"error","messages":{"403":"Failed to login"}}'
    stand_ins = {
        "bad token": _stand_in(200, login, "application/json"),
        "HTML page": _stand_in(200, b"<html><body>Please log in</body></html>", "text/html"),
        "HTTP 503": _stand_in(503, b"Service Unavailable", "text/plain"),
        "read timeout": httpx.MockTransport(_timeout),
    }
    for transport in stand_ins.values():
        _expect_failure(partial(_list_through, api, token, quick, transport), texts)
    refused = api.Client(base_url=f"http://127.0.0.1:{closed_port}", api_token=token, retries=quick)
    _expect_failure(lambda: view_organisation.sync(1, client=refused), texts)
    refused.close()
    return texts, shown
