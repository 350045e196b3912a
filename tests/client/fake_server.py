"""The fake Tactile server for client tests: in-process for async clients, on loopback for sync ones."""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send


class SwitchableApp:
    """An ASGI app that forwards to ``self.app``, so one loopback server can serve a fresh fake per test."""

    def __init__(self) -> None:
        self.app: ASGIApp | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        assert self.app is not None, "no fake app installed"
        await self.app(scope, receive, send)
