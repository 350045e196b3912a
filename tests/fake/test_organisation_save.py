"""POST /organisations/save: create, partial update, clearing, validation (facts §6.1, §6.2)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fake.support import USER, Api

COMPULSORY_NAME = {"organisation_name": "Name is a compulsory field, you must enter a value"}


def save_messages(api: Api, fields: dict[str, Any], **extra: Any) -> dict[str, str]:
    return api.messages("/organisations/save", json={"Organisation": fields, **extra})


def test_create_returns_an_integer_id_and_defaults(api: Api) -> None:
    body = api.post("/organisations/save", {"Organisation": {"name": "Acme Corp"}}, token=USER)
    assert body["status"] == "success" and isinstance(body["id"], int)
    org = api.organisation(body["id"])
    assert org["accountnumber"] == "ACCO01"
    assert org["owner"] == org["assigned_to"] == "paul//sample"
    assert org["created"] == org["lastupdated"] == "2009-03-27T12:00:00+0000"
    assert org["street1"] is None and org["country_code"] is None  # no address unless one is sent


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("Bob The Builder", "BTB02"),  # BTB01 is taken by the docs' Bob the Builder
        ("Acme Corp", "ACCO01"),
        ("Zoë Ärger", "ZOAR01"),
        ("A B C D", "ABCD01"),
        ("Single", "SI01"),
    ],
)
def test_account_numbers_are_generated(api: Api, name: str, number: str) -> None:
    assert api.organisation(api.save_organisation({"name": name}))["accountnumber"] == number


def test_account_number_counter_skips_taken_numbers(api: Api) -> None:
    numbers = [
        api.organisation(api.save_organisation({"name": "Acme Corp"}))["accountnumber"] for _ in range(3)
    ]
    assert numbers == ["ACCO01", "ACCO02", "ACCO03"]


def test_name_is_required(api: Api) -> None:
    assert save_messages(api, {}) == COMPULSORY_NAME
    assert save_messages(api, {"name": "   "}) == COMPULSORY_NAME
    assert save_messages(api, {"name": None}) == COMPULSORY_NAME
    assert api.messages("/organisations/save", json={}) == COMPULSORY_NAME


def test_accountnumber_is_unique_and_case_sensitive(api: Api) -> None:
    assert save_messages(api, {"name": "Copycat", "accountnumber": "BTB01"}) == {
        "organisation_accountnumber": "Account Number needs to be unique"
    }
    assert api.organisation(api.save_organisation({"name": "Lower", "accountnumber": "btb01"}))[
        "accountnumber"
    ] == ("btb01")
    api.save_organisation(
        {"id": 1234, "accountnumber": "BTB01", "name": "Bob the Builder"}
    )  # own number is fine


def test_partial_update_keeps_omitted_fields_and_resets_alteredby(api: Api) -> None:
    before = api.organisation(1234)
    api.save_organisation({"id": 1234, "description": "Builders and roofers"}, token=USER)
    after = api.organisation(1234)
    assert after["description"] == "Builders and roofers"
    assert after["lastupdated"] == "2009-03-27T12:00:00+0000"
    for key in (
        "name",
        "accountnumber",
        "owner",
        "assigned_to",
        "created",
        "phone",
        "street1",
        "custom_values",
    ):
        assert after[key] == before[key]


@pytest.mark.parametrize("cleared", [None, "", "null", "NULL", False])
def test_null_empty_and_null_strings_clear(api: Api, cleared: Any) -> None:
    api.save_organisation({"id": 1234, "description": cleared, "status_id": cleared})
    org = api.organisation(1234)
    assert (org["description"], org["status"]) == (None, None)


def test_values_are_trimmed_and_scalars_become_strings(api: Api) -> None:
    org_id = api.save_organisation({"name": "  Padded Ltd  ", "description": 12.5, "accountnumber": 77})
    org = api.organisation(org_id)
    assert (org["name"], org["description"], org["accountnumber"]) == ("Padded Ltd", "12.5", "77")


def test_lookup_fields_are_checked(api: Api) -> None:
    org_id = api.save_organisation({"name": "Looked Up", "status_id": 3, "source_id": "7", "rating_id": 1})
    org = api.organisation(org_id)
    assert (org["status"], org["source"], org["rating"]) == ("Qualified", "Website", "Poor")
    # Duplicate texts are dropped, as the real flash does: only the first bad field is named.
    assert save_messages(api, {"name": "X", "status_id": 99, "source_id": "abc"}) == {
        "organisation_status_id": "Invalid ID specified"
    }


def test_assigned_to_gets_the_account_suffix_and_must_exist(api: Api) -> None:
    org_id = api.save_organisation({"name": "Assigned", "assigned_to": "dave"})
    assert api.organisation(org_id)["assigned_to"] == "dave//sample"
    # Disabled users are accepted, as on the real server.
    api.save_organisation({"id": org_id, "assigned_to": "sam//sample"})
    assert save_messages(api, {"name": "X", "assigned_to": "nobody"}) == {
        "organisation_assigned_to": "Invalid ID specified"
    }


def test_parent(api: Api) -> None:
    child = api.save_organisation({"name": "Child", "parent_id": 1234})
    assert api.organisation(child)["parent"] == "Bob the Builder"
    assert save_messages(api, {"id": child, "parent_id": child}) == {
        "organisation_id": "Account cannot be it's own parent"
    }
    assert save_messages(api, {"name": "Orphan", "parent_id": 424242}) == {
        "organisation_parent_id": "Invalid ID specified"
    }


def test_address_top_level_and_nested(api: Api) -> None:
    org_id = api.save_organisation(
        {
            "name": "Addressed",
            "street1": "1 High St",
            "town": "Leeds",
            "postcode": "IGNORED",
            "address": {"postcode": "LS1 1AA"},
        }
    )
    org = api.organisation(org_id)
    assert (org["street1"], org["town"], org["postcode"]) == ("1 High St", "Leeds", "LS1 1AA")
    assert (org["country_code"], org["country"]) == ("GB", "United Kingdom")  # the account's country
    api.save_organisation({"id": org_id, "country_code": "FR", "town": ""})  # top-level '' is ignored
    org = api.organisation(org_id)
    assert (org["country_code"], org["country"], org["town"]) == ("FR", "France", "Leeds")
    api.save_organisation({"id": org_id, "address": {"town": None}})
    assert api.organisation(org_id)["town"] is None


def test_country_code_must_exist_exactly(api: Api) -> None:
    assert save_messages(api, {"name": "X", "country_code": "gb"}) == {
        "tactile_organisationaddress_country_code": "Invalid ID specified"
    }


def test_contact_aliases(api: Api) -> None:
    org_id = api.save_organisation({"name": "Reachable", "phone": "0113 000", "email": "a@example.com"})
    org = api.organisation(org_id)
    assert (org["phone"], org["email"]) == ("0113 000", "a@example.com")
    api.save_organisation({"id": org_id, "phone": "0113 999"})
    assert api.organisation(org_id)["phone"] == "0113 999"
    methods = api.ok("/organisations/contact_methods", id=org_id)["contact_methods"]
    assert [(m["type"], m["contact"], m["main"]) for m in methods] == [
        ("E", "a@example.com", True),
        ("T", "0113 000", False),
        ("T", "0113 999", True),
    ]
    main_phone = methods[2]["id"]
    api.save_organisation({"id": org_id, "phone": {"id": main_phone, "contact": "0113 111"}})
    assert api.organisation(org_id)["phone"] == "0113 111"
    api.save_organisation({"id": org_id, "email": None})
    assert api.organisation(org_id)["email"] == ""
    assert save_messages(api, {"id": org_id, "phone": {"id": 1, "contact": "x"}}) == {
        "phone": "Invalid ID specified"
    }


def test_wrong_json_types_name_the_field(api: Api) -> None:
    assert save_messages(api, {"name": ["a"]}) == {
        "organisation_name": "Name must be a single value, not a JSON array or object"
    }
    assert save_messages(api, {"name": "X", "description": {"a": 1}}) == {
        "organisation_description": "Description must be a single value, not a JSON array or object"
    }
    assert api.messages("/organisations/save", json={"Organisation": "Acme"}) == {
        "Organisation": "Organisation must be a JSON object"
    }


def test_wrapper_key_is_case_sensitive_and_unknown_keys_are_named(api: Api) -> None:
    assert api.messages("/organisations/save", json={"organisation": {"name": "x"}}) == {
        "organisation": "Unknown field 'organisation': expected one of Organisation, Sharing"
    }
    assert api.messages("/organisations/save", json={"Organisation": {"name": "x", "unknown": [1]}}) == {
        "organisation_unknown": "Unknown field 'unknown' in Organisation"
    }
    # Documented fields the server no longer stores are accepted and dropped, as on the real server.
    org_id = api.save_organisation({"name": "Extra keys", "vatnumber": "GB1", "employees": 5})
    assert "vatnumber" not in api.organisation(org_id)
