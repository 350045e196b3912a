"""The fake Tactile server to record against: seed data, a fixed clock, served by uvicorn on loopback."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn

# A summer moment, so that saved records carry London's +0100 offset, as the real server's do half the year.
FIXED_NOW = dt.datetime(2024, 6, 3, 9, 30, tzinfo=dt.UTC)
# What the fake's URL (a random loopback port) is recorded as: `.test` is reserved, it never resolves.
FAKE_ORIGIN = "http://tactile-fake.test"


def fake_app() -> Any:
    from tactile_fake import create_app

    return create_app(clock=lambda: FIXED_NOW)


@contextmanager
def serve(app: Any) -> Iterator[str]:
    """Serve `app` on 127.0.0.1 (a free port) in a thread; yield its base URL; stop it afterwards."""
    config = uvicorn.Config(
        app, host="127.0.0.1", port=0, log_level="warning", lifespan="off", access_log=False
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="tactile-fake-recording", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            server.should_exit = True
            raise RuntimeError("the fake server did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
