"""Timestamps: every date-time the models return is timezone-aware, whatever form the server sent."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from tactile_crm_client.models import Organisation, TimelineEntry, TimelineItem
from tactile_crm_client.types import parse_datetime

from tests.client.support import organisation_body

LONDON = ZoneInfo("Europe/London")


@pytest.mark.parametrize(
    ("text", "utc"),
    [
        ("2009-03-25 11:30:41", dt.datetime(2009, 3, 25, 11, 30, 41, tzinfo=dt.UTC)),  # GMT
        ("2009-06-25 11:30:41", dt.datetime(2009, 6, 25, 10, 30, 41, tzinfo=dt.UTC)),  # BST
        ("2009-03-25T11:30:41", dt.datetime(2009, 3, 25, 11, 30, 41, tzinfo=dt.UTC)),
        ("2009-03-16T13:49:02+0000", dt.datetime(2009, 3, 16, 13, 49, 2, tzinfo=dt.UTC)),
        ("2007-07-31T16:35:09+0100", dt.datetime(2007, 7, 31, 15, 35, 9, tzinfo=dt.UTC)),
        ("2009-03-17T11:13:15+00:00", dt.datetime(2009, 3, 17, 11, 13, 15, tzinfo=dt.UTC)),
        ("2009-03-17T11:13:15Z", dt.datetime(2009, 3, 17, 11, 13, 15, tzinfo=dt.UTC)),
        ("2009-03-17T11:13:15.250-0530", dt.datetime(2009, 3, 17, 16, 43, 15, 250000, tzinfo=dt.UTC)),
    ],
)
def test_parse_datetime(text: str, utc: dt.datetime) -> None:
    parsed = parse_datetime(text)
    assert parsed.tzinfo is not None
    assert parsed == utc


def test_naive_values_are_london_local_time_and_offsets_are_kept() -> None:
    assert parse_datetime("2009-03-25 11:30:41").tzinfo == LONDON
    assert parse_datetime("2009-03-16T13:49:02+0000").utcoffset() == dt.timedelta(0)
    assert parse_datetime("2009-03-16T13:49:02+0000").tzinfo != LONDON


def test_an_ambiguous_autumn_wall_time_is_its_first_occurrence() -> None:
    # 01:30 happened twice on 25 October 2009 in London; zoneinfo's default (fold=0) is the BST one.
    parsed = parse_datetime("2009-10-25 01:30:00")
    assert parsed.astimezone(dt.UTC) == dt.datetime(2009, 10, 25, 0, 30, tzinfo=dt.UTC)


def test_timeline_entries_from_the_real_server_are_aware() -> None:
    item = TimelineItem.from_dict(
        {
            "note": {
                "id": "885",
                "created": "2007-11-02 12:58:50",
                "lastupdated": "2007-11-02 12:58:50",
                "received": None,
            }
        }
    )
    assert isinstance(item.note, TimelineEntry)
    created = item.note.created
    assert isinstance(created, dt.datetime) and created.tzinfo == LONDON
    assert item.note.received is None
    assert item.to_dict()["note"]["created"] == "2007-11-02T12:58:50+00:00"


def test_unknown_timeline_kinds_are_kept_and_aware() -> None:
    item = TimelineItem.from_dict({"new activity": {"id": "501", "created": "2009-07-20 09:00:00"}})
    entry = item.new_activity
    assert isinstance(entry, TimelineEntry) and isinstance(entry.created, dt.datetime)
    assert entry.created.utcoffset() == dt.timedelta(hours=1)
    other = TimelineItem.from_dict({"meeting": {"id": "7", "created": "2009-01-01 00:00:00"}})
    assert isinstance(other["meeting"].created, dt.datetime)


def test_organisation_timestamps() -> None:
    organisation = Organisation.from_dict(organisation_body(created="2007-07-31T16:35:09+0100"))
    assert isinstance(organisation.created, dt.datetime)
    assert organisation.created.utcoffset() == dt.timedelta(hours=1)
    assert organisation.lastupdated is None
