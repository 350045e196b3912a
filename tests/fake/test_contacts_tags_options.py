"""contact_methods, save_contact, add_tag and options (facts §4.3, §7)."""

from __future__ import annotations

from tactile_fake.store import Store
from tests.fake.support import Api


def methods(api: Api, org_id: int) -> list[dict[str, object]]:
    result: list[dict[str, object]] = api.ok("/organisations/contact_methods", id=org_id)["contact_methods"]
    return result


def test_contact_methods_shape_and_order(api: Api) -> None:
    assert methods(api, 1234) == [
        {
            "contact": "info@example.com",
            "type": "E",
            "name": "Main",
            "id": 3,
            "organisation_id": 1234,
            "main": True,
        },
        {
            "contact": "02476 555 401",
            "type": "F",
            "name": "Main",
            "id": 4,
            "organisation_id": 1234,
            "main": True,
        },
        {
            "contact": "02476 555 400",
            "type": "T",
            "name": "Main",
            "id": 1,
            "organisation_id": 1234,
            "main": True,
        },
        {
            "contact": "www.example.com",
            "type": "W",
            "name": "Main",
            "id": 2,
            "organisation_id": 1234,
            "main": True,
        },
    ]
    # Within a type, non-main before main.
    assert [(m["type"], m["name"]) for m in methods(api, 9876)] == [
        ("E", "Accounts"),
        ("E", "Main"),
        ("T", "Main"),
    ]


def test_contact_methods_bad_id(api: Api) -> None:
    for bad in ("424242", "abc", ""):
        assert api.messages("/organisations/contact_methods", id=bad) == {"_0": "Invalid ID"}


def test_save_contact_with_flat_keys(api: Api) -> None:
    body = api.post(
        "/organisations/save_contact",
        {"organisation_id": 1300, "contact": "greg@hh.example.com", "type": "E"},
    )
    assert body["status"] == "success"
    new = next(m for m in methods(api, 1300) if m["id"] == body["id"])
    assert new == {
        "contact": "greg@hh.example.com",
        "type": "E",
        "name": "Main",
        "id": body["id"],
        "organisation_id": 1300,
        "main": True,
    }
    assert api.organisation(1300)["email"] == "greg@hh.example.com"
    second = api.post(
        "/organisations/save_contact",
        {"organisation_id": 1300, "contact": "alt@hh", "type": "email", "name": "Alt."},
    )
    added = next(m for m in methods(api, 1300) if m["id"] == second["id"])
    assert (added["type"], added["name"], added["main"]) == ("E", "Alt.", False)


def test_save_contact_creates_and_updates_by_id(api: Api) -> None:
    created = api.post(
        "/organisations/save_contact", {"organisation_id": 1300, "contact": "@hartley", "type": "twitter"}
    )
    assert created["status"] == "success", created
    updated = api.post(f"/organisations/save_contact/{created['id']}", {"contact": "@hartleyholdings"})
    assert updated == {"status": "success", "id": created["id"]}
    method = next(m for m in methods(api, 1300) if m["id"] == created["id"])
    assert (method["type"], method["contact"]) == ("I", "@hartleyholdings")
    assert api.messages("/organisations/save_contact/424242", json={"contact": "x"}) == {
        "_0": "Invalid ID specified"
    }


def test_saves_need_a_json_body_and_name_unknown_fields(api: Api) -> None:
    # The real server reads save_contact's keys from the query string and ignores unknown keys;
    # the contract (and so the fake) wants a JSON body and refuses keys it does not define.
    body_required = {"body": "A JSON object body is required (Content-Type: application/json)"}
    assert (
        api.messages("/organisations/save_contact", organisation_id=1300, contact="x", type="T")
        == body_required
    )
    assert api.messages("/organisations/save_contact/5") == body_required
    assert api.messages("/organisations/save", json={"Organisation": {"name": "X", "nmae": "typo"}}) == {
        "organisation_nmae": "Unknown field 'nmae' in Organisation"
    }
    assert api.messages("/opportunities/save", json={"Opportunity": {"id": 1234}, "Extra": 1}) == {
        "Extra": "Unknown field 'Extra': expected one of Opportunity"
    }


def test_save_contact_errors_use_bare_keys(api: Api) -> None:
    assert api.messages("/organisations/save_contact", json={"organisation_id": 1300, "type": "T"}) == {
        "contact": "Contact is a compulsory field, you must enter a value"
    }
    assert api.messages("/organisations/save_contact", json={}) == {
        "contact": "Contact is a compulsory field, you must enter a value",
        "type": "Type is a compulsory field, you must enter a value",
        "organisation_id": "Organisation is a compulsory field, you must enter a value",
    }
    assert api.messages(
        "/organisations/save_contact", json={"organisation_id": 9, "contact": "x", "type": "T"}
    ) == {"organisation_id": "Invalid ID specified"}
    message = api.messages(
        "/organisations/save_contact", json={"organisation_id": 1300, "contact": "x", "type": "pager"}
    )
    assert message["type"].startswith("Type must be one of the letters T, F, E, M, W, S, I, L, K")


def test_add_tag_twice(api: Api) -> None:
    assert api.ok("/organisations/add_tag", id=1234, tag="Website Contact") == {
        "status": "success",
        "tag": "Website Contact",
    }
    assert api.messages("/organisations/add_tag", id=1234, tag="Website Contact") == {
        "tag": "Item already has that tag",
        "_1": "Error Tagging",
    }
    # Case matters: a different tag.
    assert api.ok("/organisations/add_tag", id=1234, tag="website contact")["tag"] == "website contact"
    assert api.organisation(1234)["tags"] == ["website contact", "Website Contact", "Trade"]


def test_add_tag_errors(api: Api) -> None:
    for bad in ("424242", "abc"):
        assert api.messages("/opportunities/add_tag", id=bad, tag="x") == {"_0": "Invalid ID specified"}
    assert api.messages("/opportunities/add_tag", id=1234) == {
        "name": "Name is a compulsory field, you must enter a value",
        "_1": "Error Tagging",
    }
    assert api.messages("/opportunities/add_tag", id=1234, tag="   ") == {
        "name": "Name is a compulsory field, you must enter a value",
        "_1": "Error Tagging",
    }


def test_add_tag_is_json_escaped(api: Api) -> None:
    tag = 'Say "hi" / \\ <b>é'
    body = api.ok("/opportunities/add_tag", id=1234, tag=tag)
    assert body["tag"] == tag
    assert tag in api.opportunity(1234)["tags"]
    body = api.post("/opportunities/add_tag", {"id": 1234, "tag": "From body"})
    assert body == {"status": "success", "tag": "From body"}


def test_organisation_options(api: Api) -> None:
    options = api.ok("/organisations/options")["organisation_options"]
    assert list(options) == [
        "assigned_to",
        "status",
        "source",
        "classification",
        "rating",
        "industry",
        "type",
        "country_code",
        "default_country_code",
        "sharing",
    ]
    # Enabled users only, short names; sam is disabled.
    assert options["assigned_to"] == {name: name for name in ("dave", "david", "george", "greg", "paul")}
    assert list(options["status"].items()) == [
        ("5", "Closed"),
        ("4", "Developed"),
        ("2", "Lead"),
        ("1", "Prospect"),
        ("3", "Qualified"),
    ]
    assert options["country_code"]["GB"] == "United Kingdom"
    assert list(options["country_code"])[:3] == ["AF", "AL", "DZ"]
    assert options["default_country_code"] == "GB"
    assert options["sharing"]["read"]["everyone"] == []
    assert "//sample" in options["sharing"]["read"]["private"].values()
    assert options["sharing"]["write"] == options["sharing"]["read"]


def test_empty_lookups_are_php_empty_arrays(api: Api, store: Store) -> None:
    with store.transaction() as conn:
        conn.execute("DELETE FROM lookups WHERE kind = 'organisation_rating'")
    assert api.ok("/organisations/options")["organisation_options"]["rating"] == []
    with store.transaction() as conn:
        conn.execute("DELETE FROM lookups WHERE kind LIKE 'opportunity_%'")
    options = api.ok("/opportunities/options")["opportunity_options"]
    assert options["status"] == options["type"] == options["source"] == []


def test_opportunity_options_have_the_intended_content(api: Api) -> None:
    options = api.ok("/opportunities/options")["opportunity_options"]
    assert list(options) == ["assigned_to", "status", "type", "source"]
    assert list(options["status"].values()) == [
        "New",
        "Preliminaries",
        "Discussion",
        "Negotiation",
        "Won",
        "Lost",
    ]
    assert options["type"] == {"1": "Existing Business", "2": "New Business"}
    assert list(options["source"]) == ["3", "17", "8", "394", "5", "7"]  # by position, not name
