"""The fake Tactile server to record against: seed data, a fixed clock, served by uvicorn on loopback."""

from __future__ import annotations

import datetime as dt
from typing import Any

# A summer moment, so that saved records carry London's +0100 offset, as the real server's do half the year.
FIXED_NOW = dt.datetime(2024, 6, 3, 9, 30, tzinfo=dt.UTC)
# What the fake's URL (a random loopback port) is recorded as: `.test` is reserved, it never resolves.
FAKE_ORIGIN = "http://tactile-fake.test"


def fake_app() -> Any:
    from tactile_fake import create_app

    return create_app(clock=lambda: FIXED_NOW)
