"""Serving an ASGI app with uvicorn on an already bound socket (so that `--port 0` can be announced)."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

import uvicorn


def listening_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to (host, port) and listening; port 0 picks a free one."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio turns Nagle's algorithm off (TCP_NODELAY) only for sockets whose
    # protocol says TCP, and without it every keep-alive request waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)  # connections made right after the banner wait in the backlog
    return sock


def serve(app: Any, sock: socket.socket) -> None:
    """Serve until interrupted (Ctrl-C or SIGINT), then close the socket."""
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    try:
        asyncio.run(server.serve(sockets=[sock]))
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
