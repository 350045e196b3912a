"""The servers the benchmarks talk to on loopback: the fake (`python -m tactile_fake`) and Prism.

Each runs as a child process on a free 127.0.0.1 port, is polled until it answers, and is stopped
(by its own process id) when the `with` block ends.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from scripts.paths import REPO_ROOT

HOST = "127.0.0.1"
PRISM = REPO_ROOT / "node_modules" / ".bin" / "prism"
PUBLISHED_SPEC = REPO_ROOT / "published" / "tactile-openapi.yaml"
START_TIMEOUT = 120.0  # seconds; seeding 10,000 organisations takes a few on a busy machine


class ServerError(RuntimeError):
    """A server did not start or answer."""


@dataclass(frozen=True)
class Server:
    name: str
    process: subprocess.Popen[bytes]
    port: int

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def cpu_seconds(self) -> float | None:
        """User + system CPU the server process has used so far (Linux), for per-request costs."""
        try:
            fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _wait_until_answering(server: Server, probe_path: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise ServerError(f"{server.name} exited with {server.process.returncode} before answering")
        try:
            with urllib.request.urlopen(server.base_url + probe_path, timeout=2) as response:
                response.read()
                return
        except urllib.error.HTTPError:
            return  # it answers, even if not with 200
        except OSError:
            time.sleep(0.1)
    raise ServerError(f"{server.name} did not answer on {server.base_url} within {timeout:.0f} s")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@contextmanager
def _serve(
    name: str, command: Sequence[str], port: int, probe_path: str, output: IO[bytes] | None
) -> Iterator[Server]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")])),
    }
    sink: IO[bytes] | int = output if output is not None else subprocess.DEVNULL
    process = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=sink, stderr=sink)
    server = Server(name, process, port)
    try:
        _wait_until_answering(server, probe_path, START_TIMEOUT)
        yield server
    finally:
        _stop(process)


@contextmanager
def fake_server(
    seed: int, *, extra_args: Sequence[str] = (), output: IO[bytes] | None = None
) -> Iterator[Server]:
    """`python -m tactile_fake` (uvicorn, in-memory SQLite, response validation off)."""
    port = free_port()
    command = [sys.executable, "-m", "tactile_fake", "--host", HOST, "--port", str(port), "--seed", str(seed)]
    with _serve("the fake", [*command, *extra_args], port, "/openapi.yaml", output) as server:
        yield server


@contextmanager
def floor_server(list_body: Path) -> Iterator[Server]:
    """The fake's server stack answering with prepared bytes (scripts/bench/floor_server.py)."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "scripts.bench.floor_server",
        "--port",
        str(port),
        "--list-body",
        str(list_body),
    ]
    with _serve("the bare stack", command, port, "/organisations", None) as server:
        yield server


@contextmanager
def prism_server(spec: Path = PUBLISHED_SPEC) -> Iterator[Server]:
    """Prism's mock server on the published spec, answering each operation's first example.

    Logging is at `warn`, as the fake's is, so that neither spends its time printing a line per request.
    """
    if not PRISM.exists():
        raise ServerError(f"{PRISM} is missing: run `npm ci`")
    port = free_port()
    command = [str(PRISM), "mock", str(spec), "-h", HOST, "-p", str(port), "--verboseLevel", "warn"]
    with _serve("Prism", command, port, "/organisations/options?api_token=probe", None) as server:
        yield server
