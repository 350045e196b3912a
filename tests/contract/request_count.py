"""Count the HTTP requests the in-process fake answers during a contract run (for `python -m scripts.bench`).

With `TACTILE_CONTRACT_COUNT_FILE=<path>` set, a counting middleware is added to the in-process fake, and
the total is written to that file when the test process exits. Without it, the app is left alone.

A middleware, not a wrapper: the app stays a Starlette app, so schemathesis still finds the fake's source
(its constants analysis) and generates exactly what it generates without the counter.
"""

from __future__ import annotations

import atexit
import os
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

from starlette.applications import Starlette

COUNT_FILE_VARIABLE = "TACTILE_CONTRACT_COUNT_FILE"

Scope = MutableMapping[str, Any]
App = Callable[[Scope, Any, Any], Awaitable[None]]

_count = 0
_registered = False


def _write(path: Path) -> None:
    path.write_text(f"{_count}\n", encoding="utf-8")


class _Counter:
    def __init__(self, app: App) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        global _count
        if scope["type"] == "http":
            _count += 1
        await self.app(scope, receive, send)


def count_requests(app: Starlette) -> None:
    """Count `app`'s requests into the count file, if one is asked for."""
    global _registered
    target = os.environ.get(COUNT_FILE_VARIABLE)
    if not target:
        return
    if not _registered:
        atexit.register(_write, Path(target))
        _registered = True
    app.add_middleware(_Counter)
