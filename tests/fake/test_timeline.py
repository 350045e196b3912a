"""Timelines: the real views' every-key items, string ids, raw timestamps, paging (facts §4.4)."""

from __future__ import annotations

from typing import Any

from tactile_fake.store import Store
from tests.fake.support import USER, Api

ITEM_KEYS = [
    "id",
    "organisation_id",
    "organisation",
    "person_id",
    "person",
    "opportunity_id",
    "opportunity",
    "activity_id",
    "activity",
    "private",
    "owner",
    "created",
    "lastupdated",
    "received",
    "title",
    "subject",
    "body",
    "note",
    "when",
    "url",
]


def items(body: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [next(iter(item.items())) for item in body["timeline"]]


def test_organisation_timeline_newest_first_with_paging_keys(api: Api) -> None:
    body = api.ok("/organisations/timeline", id=1234)
    assert [(kind, item["id"]) for kind, item in items(body)] == [
        ("note", "16937"),
        ("note", "16936"),
        ("email", "3985"),
    ]
    assert (body["cur_page"], body["num_pages"], body["per_page"], body["total"]) == (1, 1, 50, 3)


def test_note_item_matches_the_real_view(api: Api) -> None:
    kind, note = items(api.ok("/organisations/timeline", id=1234, token=USER))[0]
    assert kind == "note" and list(note) == ITEM_KEYS
    assert note == {
        "id": "16936",
        "organisation_id": "1234",
        "organisation": "Bob the Builder",
        "person_id": None,
        "person": None,
        "opportunity_id": None,
        "opportunity": None,
        "activity_id": None,
        "activity": None,
        "private": False,
        "owner": "george//sample",
        "created": "2009-03-25 11:30:41",
        "lastupdated": "2009-03-25 11:30:41",
        "received": "2009-03-25 11:30:41",
        "title": "Bob Rang",
        "subject": "Bob Rang",
        "body": "He'd like details of the plumbing",
        "note": "He'd like details of the plumbing",
        "when": "Created by george Last Wednesday, 11:30",
        "url": "/notes/view/16936",
    }


def test_email_item(api: Api) -> None:
    kind, email = items(api.ok("/organisations/timeline", id=1234))[2]
    assert kind == "email"
    assert (email["person_id"], email["person"]) == ("105992", "Bob Builder")
    assert (email["created"], email["lastupdated"], email["received"]) == (
        "2009-01-13 16:00:15",
        "2009-01-13 16:00:15",
        "2009-01-13 15:56:00",
    )
    assert email["subject"] == email["title"] == "Re: New Work"
    assert email["when"] == "Received by george 13 Jan, 15:56"
    assert email["url"] == "/emails/view/3985"


def test_opportunities_appear_on_organisation_timelines_and_bodies_are_html(api: Api) -> None:
    timeline = items(api.ok("/organisations/timeline", id=9876))
    kinds = [(kind, item["id"]) for kind, item in timeline]
    assert kinds == [("note", "16938"), ("opportunity", "1234"), ("email", "3986"), ("opportunity", "1242")]
    note = timeline[0][1]
    assert note["body"] == (
        'See <a class="out" href="http://www.example.com/proposals?id=1234">'
        "http://www.example.com/proposals?id=1234</a> for the draft.<br />\nCall Bill on Monday."
    )
    # A note's "when" is its lastupdated, so the real server prints that time twice.
    assert note["when"] == "Created by paul 04 Feb, 09:15, updated by greg 04 Feb, 09:15"
    opportunity = timeline[1][1]
    assert (opportunity["opportunity"], opportunity["activity"]) == ("", "")
    assert opportunity["opportunity_id"] == opportunity["activity_id"] == "1234"
    assert opportunity["url"] == "/opportunities/view/1234"
    assert timeline[2][1]["body"] == "Attached is our brief &amp; budget for the new shop."


def test_opportunity_timeline(api: Api) -> None:
    body = api.ok("/opportunities/timeline/1234")
    assert [(kind, item["id"]) for kind, item in items(body)] == [("note", "16938"), ("email", "3986")]
    assert api.ok("/opportunities/timeline", id=1240)["timeline"][0]["note"]["title"] == "Invoices Sent"
    assert api.messages("/opportunities/timeline", id="abc") == {"_0": "Invalid id specified"}


def test_timeline_paging(api: Api, store: Store) -> None:
    with store.transaction() as conn:
        conn.executemany(
            "INSERT INTO notes (title, note, organisation_id, owner, alteredby, created, lastupdated)"
            " VALUES (?, '', 1302, 'greg//sample', 'greg//sample', ?, ?)",
            [
                (f"Note {n}", stamp, stamp)
                for n in range(120)
                for stamp in [f"2009-03-{1 + n % 20:02d} 10:{n % 60:02d}:{n // 60:02d}"]
            ],
        )
    first = api.ok("/organisations/timeline", id=1302)
    assert (len(first["timeline"]), first["num_pages"], first["total"]) == (50, 3, 120)
    third = api.ok("/organisations/timeline", id=1302, page=3)
    assert (len(third["timeline"]), third["cur_page"]) == (20, 3)
    assert api.ok("/organisations/timeline", id=1302, page=9)["timeline"] == []
    assert api.ok("/organisations/timeline", id=1302, page=0)["cur_page"] == 1  # PHP empty('0')
    assert api.messages("/organisations/timeline", id=1302, page=-1) == {
        "page": "Invalid page specified, it must be a whole number of 1 or more"
    }
    whens = [item["note"]["lastupdated"] for item in first["timeline"]]
    assert whens == sorted(whens, reverse=True)


def test_timeline_errors(api: Api) -> None:
    assert api.messages("/organisations/timeline", id="x") == {"_0": "Invalid id specified"}
    assert api.messages("/organisations/timeline") == {"_0": "Invalid id specified"}
