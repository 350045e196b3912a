"""Time as the real server sees it: wall-clock timestamps in Europe/London, in two wire formats."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")

DB_FORMAT = "%Y-%m-%d %H:%M:%S"
# What db_timestamp writes (years 1000-9999): read with the C-fast fromisoformat instead of strptime.
_DB_VALUE = re.compile(r"[1-9]\d{3}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")
_HOUR = timedelta(hours=1)
_MINUTE = timedelta(minutes=1)
_COMMON_OFFSETS = {timedelta(0): "+0000", _HOUR: "+0100"}  # GMT and BST

# Returns the current moment (timezone-aware). Tests pass a frozen one.
Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


def db_timestamp(moment: datetime) -> str:
    """`timestamp(0)` as PostgreSQL stores it on a London server: local wall clock, no fraction."""
    return moment.astimezone(LONDON).strftime(DB_FORMAT)


def from_db(value: str) -> datetime:
    """A stored wall-clock timestamp as an aware London datetime (what PHP's strtotime does)."""
    if _DB_VALUE.fullmatch(value):
        return datetime.fromisoformat(value).replace(tzinfo=LONDON)
    return datetime.strptime(value, DB_FORMAT).replace(tzinfo=LONDON)


def utc_offset(moment: datetime) -> str:
    """strftime's `%z` (+HHMM, with seconds when the offset has them), without strftime's cost."""
    offset = moment.utcoffset()
    if offset is None:
        return ""
    common = _COMMON_OFFSETS.get(offset)
    if common is not None:
        return common
    sign = "-" if offset < timedelta(0) else "+"
    hours, rest = divmod(abs(offset), _HOUR)
    minutes, rest = divmod(rest, _MINUTE)
    text = f"{sign}{hours:02d}{minutes:02d}"
    if rest:
        text += f"{rest.seconds:02d}" + (f".{rest.microseconds:06d}" if rest.microseconds else "")
    return text


def iso_timestamp(value: str | None) -> str | None:
    """PHP `date('Y-m-d\\TH:i:sO', strtotime($db_value))`: offset without a colon, +0100 in BST."""
    if not value:
        return None
    if _DB_VALUE.fullmatch(value):  # the stored text already is the wall-clock part
        moment = datetime.fromisoformat(value).replace(tzinfo=LONDON)
        return f"{value[:10]}T{value[11:]}{utc_offset(moment)}"
    return from_db(value).strftime("%Y-%m-%dT%H:%M:%S%z")
