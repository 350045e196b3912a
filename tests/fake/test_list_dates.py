"""created/updated before/after filters: strict bounds, strtotime-like values, Europe/London (facts §5)."""

from __future__ import annotations

import pytest

from tests.fake.support import Api


def ids(body: dict[str, object]) -> set[int]:
    return {org["id"] for org in body["organisations"]}  # type: ignore[attr-defined]


def test_iso_dates_and_datetimes_are_strict_bounds(api: Api) -> None:
    # Adam the Plumber: created 2009-03-13 09:12:24, updated 2009-03-16 13:48:22.
    assert 1201 in ids(api.ok("/organisations", created_after="2009-03-13"))
    assert 1201 not in ids(api.ok("/organisations", created_after="2009-03-13 09:12:24"))
    assert 1201 in ids(api.ok("/organisations", created_after="2009-03-13 09:12:23"))
    assert 1201 in ids(api.ok("/organisations", updated_before="2009-03-16 13:48:23"))
    assert 1201 not in ids(api.ok("/organisations", updated_before="2009-03-16 13:48:22"))


def test_offsets_are_honoured_and_local_times_are_london(api: Api) -> None:
    # Bob the Builder was created at 16:35:09 London time in summer, i.e. 15:35:09 UTC.
    assert 1234 in ids(api.ok("/organisations", created_before="2007-07-31T15:35:10Z"))
    assert 1234 not in ids(api.ok("/organisations", created_before="2007-07-31T15:35:09Z"))
    assert 1234 not in ids(api.ok("/organisations", created_before="2007-07-31 16:35:09"))
    assert 1234 in ids(api.ok("/organisations", created_before="2007-07-31T17:35:10+01:00"))


# The clock is frozen at Friday 2009-03-27 12:00 GMT. Last updates: Zenith 2009-07-01 (ahead of the
# clock), Bob 03-17 11:13, Adam 03-16 13:48, Coventry Tiles 02-11, Acme Boats 02-02, the rest earlier.
@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("-7 days", {1303}),  # after 03-20 12:00
        ("-11 days", {1303, 1234, 1201}),  # after 03-16 12:00
        ("last wednesday", {1303}),  # after 03-25 00:00
        ("-60 days", {1303, 1234, 1201, 1302, 9876}),  # after 01-26 12:00
        ("+1 week", {1303}),
        ("1 month ago", {1303, 1234, 1201}),
    ],
)
def test_relative_phrases(api: Api, phrase: str, expected: set[int]) -> None:
    assert ids(api.ok("/organisations", updated_after=phrase)) == expected


def test_today_and_yesterday_mean_midnight_as_in_strtotime(api: Api) -> None:
    saved = api.save_organisation({"name": "Saved Just Now"})  # lastupdated = the frozen 12:00:00
    assert saved in ids(api.ok("/organisations", updated_after="today"))
    assert saved in ids(api.ok("/organisations", updated_after="yesterday"))
    assert saved not in ids(api.ok("/organisations", updated_after="now"))
    assert saved not in ids(api.ok("/organisations", updated_after="tomorrow"))


def test_relative_phrases_before(api: Api) -> None:
    everything = ids(api.ok("/organisations"))
    assert ids(api.ok("/organisations", created_before="yesterday")) == everything - {1303}
    assert ids(api.ok("/organisations", created_before="1 year ago")) == {1234, 12676}


def test_unparseable_value_names_the_first_bad_parameter(api: Api) -> None:
    assert api.messages("/organisations", created_after="not a date") == {
        "_0": "Invalid Date Value for created_after"
    }
    both = api.messages("/organisations", created_before="junk", updated_after="junk")
    assert both == {"_0": "Invalid Date Value for updated_after"}


def test_opportunity_lists_take_the_same_filters(api: Api) -> None:
    body = api.ok("/opportunities", created_after="2009-03-01", created_before="2009-06-01")
    assert [opp["name"] for opp in body["opportunities"]] == ["New Site Design", "Office Refit"]
    assert api.messages("/opportunities", updated_before="soon-ish") == {
        "_0": "Invalid Date Value for updated_before"
    }
