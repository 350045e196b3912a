"""A small closed-loop HTTP/1.1 load generator: N keep-alive connections, each sending its next
request as soon as the previous answer is in, bounded by a duration and a request count.

It speaks raw HTTP over asyncio streams rather than through httpx: on this 2-core machine httpx costs
several milliseconds of CPU per request, more than the servers being measured, so an httpx load
generator would mostly measure itself.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass

from scripts.bench.stats import percentile

# (request number) -> the raw request bytes to send
RequestMaker = Callable[[int], bytes]
SUCCESS_PREFIX = b'{"status":"success"'


@dataclass(frozen=True)
class Load:
    clients: int = 16
    seconds: float = 5.0
    max_requests: int = 20_000


@dataclass(frozen=True)
class LoadResult:
    completed: int
    failures: int  # not HTTP 200 with a success envelope, or a broken connection
    elapsed: float
    latencies: tuple[float, ...]
    body_bytes: int = 0  # all response bodies together

    @property
    def throughput(self) -> float:
        return self.completed / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def mean_body(self) -> float:
        return self.body_bytes / self.completed if self.completed else 0.0

    @property
    def p50(self) -> float:
        return percentile(self.latencies, 0.50)

    @property
    def p99(self) -> float:
        return percentile(self.latencies, 0.99)

    def summary(self) -> str:
        text = f"{self.throughput:,.0f} req/s · p50 {self.p50 * 1000:.1f} ms · p99 {self.p99 * 1000:.1f} ms"
        return text + (f" · {self.failures} failed" if self.failures else "")


def http_request(method: str, target: str, host: str, body: bytes | None = None) -> bytes:
    """One HTTP/1.1 request with a JSON body (if any), keeping the connection alive."""
    lines = [f"{method} {target} HTTP/1.1", f"Host: {host}", "Accept: application/json"]
    if body is not None:
        lines += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + (body or b"")


async def read_response(reader: asyncio.StreamReader) -> tuple[int, bytes, bool]:
    """(status, body, the server will close the connection)."""
    head = await reader.readuntil(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    status = int(status_line.split(" ", 2)[1])
    headers: dict[str, str] = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        if name:
            headers[name.strip().lower()] = value.strip()
    closing = headers.get("connection", "").lower() == "close"
    if "content-length" in headers:
        body = await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        chunks = []
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";", 1)[0], 16)
            chunk = await reader.readexactly(size + 2)  # data + CRLF
            if size == 0:
                break
            chunks.append(chunk[:-2])
        body = b"".join(chunks)
    else:
        body, closing = await reader.read(), True
    return status, body, closing


async def run_load(host: str, port: int, make_request: RequestMaker, load: Load) -> LoadResult:
    """Send requests from `load.clients` connections until the time or the request budget is spent."""
    deadline = time.perf_counter() + load.seconds
    issued = 0
    failures = 0
    body_bytes = 0
    latencies: list[float] = []

    async def client() -> None:
        nonlocal issued, failures, body_bytes
        reader, writer = await asyncio.open_connection(host, port)
        try:
            while time.perf_counter() < deadline and issued < load.max_requests:
                issued += 1
                request = make_request(issued)
                started = time.perf_counter()
                try:
                    writer.write(request)
                    status, body, closing = await read_response(reader)
                except (OSError, asyncio.IncompleteReadError, ValueError, IndexError):
                    failures += 1
                    closing = True
                else:
                    latencies.append(time.perf_counter() - started)
                    body_bytes += len(body)
                    if status != 200 or not body.startswith(SUCCESS_PREFIX):
                        failures += 1
                if closing:
                    writer.close()
                    reader, writer = await asyncio.open_connection(host, port)
        finally:
            writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(load.clients)))
    return LoadResult(len(latencies), failures, time.perf_counter() - started, tuple(latencies), body_bytes)
