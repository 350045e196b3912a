"""Local servers for the publish tests: free loopback ports, child processes that are always killed,
a static file server, and the pinned Node tools (which must be installed: missing means failed)."""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from scripts.paths import REPO_ROOT

LOOPBACK = "127.0.0.1"


def node_tool(name: str) -> Path:
    path = REPO_ROOT / "node_modules" / ".bin" / name
    if not path.exists():
        pytest.fail(f"{path} is missing: install the pinned Node tools with `npm ci`", pytrace=False)
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        port: int = sock.getsockname()[1]
        return port


def run(command: Sequence[str | Path], *, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run to completion; fail the test with the tool's output when it exits non-zero."""
    result = subprocess.run(
        [str(part) for part in command], cwd=REPO_ROOT, capture_output=True, text=True, timeout=timeout
    )
    if result.returncode != 0:
        shown = " ".join(str(part) for part in command)
        pytest.fail(f"`{shown}` exited {result.returncode}:\n{result.stdout}{result.stderr}", pytrace=False)
    return result


@contextlib.contextmanager
def serving(
    command: Sequence[str | Path], ready_url: str, *, timeout: float = 30, log: Path
) -> Iterator[subprocess.Popen[bytes]]:
    """Start a server in its own process group, wait (bounded) until `ready_url` answers, always kill it."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(part) for part in command],
            cwd=REPO_ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            _wait_until_ready(process, ready_url, timeout, log)
            yield process
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def _wait_until_ready(process: subprocess.Popen[bytes], url: str, timeout: float, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(
                f"server exited with {process.returncode}:\n{log.read_text(errors='replace')}", pytrace=False
            )
        with contextlib.suppress(httpx.TransportError):
            httpx.get(url, timeout=1)
            return
        time.sleep(0.1)
    pytest.fail(
        f"server not ready at {url} within {timeout} s:\n{log.read_text(errors='replace')}", pytrace=False
    )


@contextlib.contextmanager
def static_files(directory: Path) -> Iterator[str]:
    """Serve `directory` on a free loopback port in a thread; yields the base URL."""
    handler: Callable[..., SimpleHTTPRequestHandler] = functools.partial(
        _QuietHandler, directory=str(directory)
    )
    server = ThreadingHTTPServer((LOOPBACK, 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{LOOPBACK}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass
