"""Client tests run their async cases on asyncio (the anyio pytest plugin ships with httpx's anyio)."""

from __future__ import annotations

import pytest


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
