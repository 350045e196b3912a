"""The real server's display formatters that leak into API output.

- `h()` (htmlspecialchars + nl2br) on organisation `parent` and opportunity status/type/source;
- URLParsingFormatter (htmlentities + links + nl2br) on timeline bodies;
- PrettyTimestampFormatter for the timeline's human `when` text ("Created by greg Today, 14:05").
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from html.entities import codepoint2name

from tactile_fake.clock import LONDON, from_db

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# htmlentities(ENT_NOQUOTES): every HTML 4.01 named entity except &quot;.
_ENTITIES = {code: f"&{name};" for code, name in codepoint2name.items() if code != ord('"')}
_SPECIAL = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;"}

# URLParsingFormatter::PATTERN, ASCII \w as in PHP's non-UTF-8 PCRE mode.
_URL = re.compile(r"(https?://([-\w\.]+)+(:\d+)?(/([\w/_\.-]*(\?\S+)?)?)?(\?[=&\w;]+)?)", re.I | re.A)
_NEWLINE = re.compile(r"(\r\n|\n\r|\n|\r)")


def nl2br(text: str) -> str:
    return _NEWLINE.sub(r"<br />\1", text)


def h(text: str | None) -> str | None:
    """The template helper h(): htmlspecialchars(ENT_NOQUOTES) then nl2br."""
    if text is None or text == "":
        return None
    return nl2br(text.translate(_SPECIAL))


def url_parsing_format(text: str | None) -> str:
    """Timeline body/note: HTML entities, links wrapped in <a class="out">, newlines as <br />."""
    escaped = (text or "").translate(_ENTITIES)
    linked = _URL.sub(r'<a class="out" href="\1">\1</a>', escaped)
    return nl2br(linked)


def short_username(username: str | None) -> str:
    return (username or "").split("//", 1)[0]


def pretty_timestamp(value: str, now: datetime) -> str:
    """PrettyTimestampFormatter::format for a timestamp with a time part, 24-hour clock."""
    then = from_db(value)
    local_now = now.astimezone(LONDON)
    diff = (local_now - then).total_seconds()
    minutes = diff / 60
    days = int(diff) / 86400
    clock = then.strftime("%H:%M")
    today = local_now.date()
    if diff >= 0:
        if diff < 120:
            return "Just Now"
        if minutes < 60:
            return f"{int(minutes)} minutes ago"
        if then.date() == today:
            return f"Today, {clock}"
        if then.date() == today - timedelta(days=1):
            return f"Yesterday, {clock}"
        if days < 7:
            return f"Last {_WEEKDAYS[then.weekday()]}, {clock}"
    else:
        if diff > -120:
            return "Very Soon"
        if minutes > -60:
            return f"In {int(abs(minutes))} minutes"
        if then.date() == today:
            return f"Today, {clock}"
        if then.date() == today + timedelta(days=1):
            return f"Tomorrow, {clock}"
        if days > -7:
            return f"Next {_WEEKDAYS[then.weekday()]}, {clock}"
    if -14 < days < 14:
        return f"{_WEEKDAYS[then.weekday()][:3]} {then.day:02d} {_MONTHS[then.month - 1]}, {clock}"
    if then.year == local_now.year:
        return f"{then.day:02d} {_MONTHS[then.month - 1]}, {clock}"
    return f"{then.day:02d} {_MONTHS[then.month - 1]} {then.year}, {clock}"
