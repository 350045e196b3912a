"""The PHP conversions and formatters the real server applies, reproduced."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tactile_fake.account_numbers import account_number_stem
from tactile_fake.clock import iso_timestamp
from tactile_fake.dates import filter_timestamp
from tactile_fake.formatting import h, pretty_timestamp, url_parsing_format
from tactile_fake.php import field_value, is_numeric, json_encode, php_int, php_string

NOW = datetime(2009, 3, 27, 12, 0, 0, tzinfo=UTC)  # a Friday


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, ""), (False, ""), (True, "1"), (5, "5"), (5.0, "5"), (1.5, "1.5"), (1e20, "1.0E+20"), ("x", "x")],
)
def test_php_string(value: object, expected: str) -> None:
    assert php_string(value) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected"), [("  x \n", "x"), ("null", ""), ("NULL", ""), ("Null", "Null")]
)
def test_field_value(value: str, expected: str) -> None:
    assert field_value(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12", 12),
        (" 12abc", 12),
        ("abc", 0),
        ("-3", -3),
        ("1.9", 1),
        ("1e2", 100),
        ("9" * 30, 2**63 - 1),
        (None, 7),
    ],
)
def test_php_int(value: str | None, expected: int) -> None:
    assert php_int(value, 7 if value is None else 0) == expected


@pytest.mark.parametrize(
    ("value", "numeric"),
    [
        ("1", True),
        (" 1.5", True),
        (".5", True),
        ("1e3", True),
        ("1,000", False),
        ("0x1A", False),
        ("", False),
        ("abc", False),
    ],
)
def test_is_numeric(value: str, numeric: bool) -> None:
    assert is_numeric(value) is numeric


def test_json_encode_is_php_shaped() -> None:
    assert json_encode({"a": "x/y", "b": "é😀"}) == b'{"a":"x\\/y","b":"\\u00e9\\ud83d\\ude00"}'


@pytest.mark.parametrize(
    ("name", "stem"),
    [("Bob The Builder", "BTB"), ("Acme Corp", "ACCO"), ("Acme  Corp", "AC"), ("Émile Zola", "EMZO")],
)
def test_account_number_stems(name: str, stem: str) -> None:
    # A double space makes an empty third word, as PHP explode does: one letter per word then.

    assert account_number_stem(name) == stem


def test_timestamps_use_london_offsets_without_a_colon() -> None:
    assert iso_timestamp("2009-03-16 13:49:02") == "2009-03-16T13:49:02+0000"
    assert iso_timestamp("2009-07-01 09:00:00") == "2009-07-01T09:00:00+0100"
    assert iso_timestamp(None) is None


def test_html_helpers() -> None:
    assert h("Tom & Jerry <Ltd>\nLine") == "Tom &amp; Jerry &lt;Ltd&gt;<br />\nLine"
    assert h("") is None
    assert url_parsing_format('Café "quoted" http://x.example.com/a?b=1') == (
        'Caf&eacute; "quoted" <a class="out" href="http://x.example.com/a?b=1">http://x.example.com/a?b=1</a>'
    )
    assert url_parsing_format(None) == ""


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("2009-03-27 11:59:00", "Just Now"),
        ("2009-03-27 11:30:00", "30 minutes ago"),
        ("2009-03-27 08:05:00", "Today, 08:05"),
        ("2009-03-26 23:10:00", "Yesterday, 23:10"),
        ("2009-03-23 09:00:00", "Last Monday, 09:00"),
        ("2009-03-16 09:00:00", "Mon 16 Mar, 09:00"),
        ("2009-01-05 09:00:00", "05 Jan, 09:00"),
        ("2008-12-25 09:00:00", "25 Dec 2008, 09:00"),
        ("2009-03-27 12:01:00", "Very Soon"),
        ("2009-03-27 12:30:00", "In 30 minutes"),
        ("2009-03-28 10:00:00", "Tomorrow, 10:00"),
        ("2009-03-31 10:00:00", "Next Tuesday, 10:00"),
    ],
)
def test_pretty_timestamps(stamp: str, expected: str) -> None:
    assert pretty_timestamp(stamp, NOW) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2009-03-01", "2009-03-01 00:00:00"),
        ("2009-03-01 12:30:12", "2009-03-01 12:30:12"),
        ("2009-07-01T12:00:00Z", "2009-07-01 13:00:00"),
        ("2009-07-01T12:00:00+0200", "2009-07-01 11:00:00"),
        ("-7 days", "2009-03-20 12:00:00"),
        ("+1 day", "2009-03-28 12:00:00"),
        ("yesterday", "2009-03-26 00:00:00"),
        ("today", "2009-03-27 00:00:00"),
        ("last wednesday", "2009-03-25 00:00:00"),
        ("3 hours ago", "2009-03-27 09:00:00"),
        ("not a date", None),
        ("x" * 200, None),
    ],
)
def test_filter_dates(text: str, expected: str | None) -> None:
    assert filter_timestamp(text, NOW) == expected
