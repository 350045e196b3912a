"""Time as the real server sees it: wall-clock timestamps in Europe/London, in two wire formats."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")

DB_FORMAT = "%Y-%m-%d %H:%M:%S"

# Returns the current moment (timezone-aware). Tests pass a frozen one.
Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


def db_timestamp(moment: datetime) -> str:
    """`timestamp(0)` as PostgreSQL stores it on a London server: local wall clock, no fraction."""
    return moment.astimezone(LONDON).strftime(DB_FORMAT)


def from_db(value: str) -> datetime:
    """A stored wall-clock timestamp as an aware London datetime (what PHP's strtotime does)."""
    return datetime.strptime(value, DB_FORMAT).replace(tzinfo=LONDON)


def iso_timestamp(value: str | None) -> str | None:
    """PHP `date('Y-m-d\\TH:i:sO', strtotime($db_value))`: offset without a colon, +0100 in BST."""
    if not value:
        return None
    return from_db(value).strftime("%Y-%m-%dT%H:%M:%S%z")
