"""Parsing list filter dates (`created_after=-7 days`) the way PHP's strtotime reads them.

The real server accepts "anything strtotime parses", interpreted in Europe/London. The fake uses
dateparser (relative phrases, ISO dates and date-times with or without an offset) with two
adjustments towards strtotime:
- `today`, `yesterday` and `tomorrow` without a time mean midnight, as in PHP (dateparser keeps
  the current time of day);
- very long values are rejected up front instead of being searched for dates.
Known remaining differences: a bare weekday (`wednesday`) is the past one here and the coming one
in PHP; impossible dates such as `2009-02-30` are rejected here and rolled over in PHP; a relative
phrase that crosses a clock change keeps the elapsed hours here and the wall-clock time in PHP.
"""

from __future__ import annotations

import re
from datetime import datetime

from dateparser.date import DateDataParser

from tactile_fake.clock import DB_FORMAT, LONDON

MAX_LENGTH = 100
_DAY_WORDS = re.compile(r"\b(today|yesterday|tomorrow)\b", re.I)


def parse_filter_date(text: str, now: datetime) -> datetime | None:
    """The moment `text` names, relative to `now`, or None when it is not a date."""
    if len(text) > MAX_LENGTH or not text.strip():
        return None
    parser = DateDataParser(
        languages=["en"],
        settings={
            "TIMEZONE": "Europe/London",
            "RETURN_AS_TIMEZONE_AWARE": True,
            "RELATIVE_BASE": now.astimezone(LONDON).replace(tzinfo=None),
            "RETURN_TIME_AS_PERIOD": True,
        },
    )
    try:
        data = parser.get_date_data(text)
    except (ValueError, OverflowError):
        return None
    moment: datetime | None = data.date_obj
    if moment is None:
        return None
    moment = moment.astimezone(LONDON)
    if data.period == "day" and _DAY_WORDS.search(text):
        moment = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    return moment


def filter_timestamp(text: str, now: datetime) -> str | None:
    """The bound as the real server compares it: `date('Y-m-d H:i:s', strtotime(value))`."""
    moment = parse_filter_date(text, now)
    return None if moment is None else moment.strftime(DB_FORMAT)
