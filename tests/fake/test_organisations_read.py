"""Organisation JSON, lists, paging and filters (facts §4.1, §5)."""

from __future__ import annotations

import pytest

from tests.fake.support import USER, Api

ORGANISATION_KEYS = [
    "name",
    "description",
    "accountnumber",
    "phone",
    "email",
    "owner",
    "assigned_to",
    "street1",
    "street2",
    "street3",
    "town",
    "county",
    "postcode",
    "country",
    "country_code",
    "id",
    "parent_id",
    "parent",
    "created",
    "lastupdated",
    "status",
    "source",
    "classification",
    "rating",
    "industry",
    "type",
]


def names(body: dict[str, object]) -> list[str]:
    return [org["name"] for org in body["organisations"]]  # type: ignore[attr-defined]


def test_view_matches_the_docs_example_in_the_real_servers_shape(api: Api) -> None:
    org = api.organisation(1234)
    assert list(org) == [*ORGANISATION_KEYS, "tags", "custom_fields", "custom_values"]
    assert org["name"] == "Bob the Builder"
    assert org["accountnumber"] == "BTB01"
    assert org["owner"] == org["assigned_to"] == "george//sample"
    assert (org["street1"], org["town"], org["postcode"]) == (
        "Business Innovation Centre",
        "Coventry",
        "CV3 2TX",
    )
    assert (org["country"], org["country_code"]) == ("United Kingdom", "GB")
    assert (org["phone"], org["email"]) == ("02476 555 400", "info@example.com")
    # The docs' +01:00 becomes the real server's colon-less offset; BST in July, GMT in March.
    assert org["created"] == "2007-07-31T16:35:09+0100"
    assert org["lastupdated"] == "2009-03-17T11:13:15+0000"
    assert org["tags"] == ["Trade"]


def test_dropped_columns_live_on_as_custom_fields(api: Api) -> None:
    org = api.organisation(1234)
    values = {value["name"]: value["value"] for value in org["custom_values"]}
    assert values == {
        "Employees": "11",
        "Credit Limit": "2000",
        "VAT Number": "GB 793 814 324",
        "Company Number": "0441343",
    }
    first = org["custom_values"][0]
    assert first["id"].isdigit() and first["organisation_id"] == "1234" and first["hash"] == "org1234"
    fields = {field["name"]: field for field in org["custom_fields"]}
    assert fields["Employees"]["enabled_for"] == {
        "organisations": "t",
        "opportunities": "f",
        "activities": "f",
        "people": "f",
    }
    assert fields["Region"]["options"]["3"] == {"id": "3", "value": "South"}
    assert "options" not in fields["Employees"]


def test_missing_phone_and_email_are_empty_on_view_and_null_in_lists(api: Api) -> None:
    view = api.organisation(1300)
    assert (view["phone"], view["email"]) == ("", "")
    listed = next(org for org in api.ok("/organisations")["organisations"] if org["id"] == 1300)
    assert (listed["phone"], listed["email"]) == (None, None)


def test_tags_key_is_absent_without_tags_and_newest_first_with_them(api: Api) -> None:
    assert "tags" not in api.organisation(1201)
    for tag in ("First", "Second"):
        api.ok("/organisations/add_tag", id=1201, tag=tag)
    assert api.organisation(1201)["tags"] == ["Second", "First"]


def test_parent_name_is_html_escaped_like_h(api: Api) -> None:
    org = api.organisation(1303)
    assert (org["parent_id"], org["parent"]) == (1301, "Dixon &amp; Daughters")
    assert api.organisation(1301)["name"] == "Dixon & Daughters"


def test_unknown_or_malformed_ids_say_invalid_id(api: Api) -> None:
    for bad in ("999999", "abc", "-1", "1.5", "99999999999999999999999", ""):
        assert api.messages("/organisations/view", id=bad) == {"_0": "Invalid id specified"}
    assert api.messages("/organisations/view") == {"_0": "Invalid id specified"}


def test_list_is_alphabetical_case_insensitively_with_paging_numbers(api: Api) -> None:
    body = api.ok("/organisations")
    assert names(body) == [
        "Acme Boats Ltd.",
        "Acme Corp.",
        "Adam the Plumber",
        "Bob the Builder",
        "Coventry Tiles Ltd",
        "Dixon & Daughters",
        "Hartley Holdings",
        "Zenith Analytics",
    ]
    assert {k: body[k] for k in ("cur_page", "num_pages", "per_page", "total")} == {
        "cur_page": 1,
        "num_pages": 1,
        "per_page": 30,
        "total": 8,
    }
    api.save_organisation({"name": "aardvark supplies"})
    assert names(api.ok("/organisations"))[0] == "aardvark supplies"


def test_list_entries_have_the_view_shape(api: Api) -> None:
    listed = next(org for org in api.ok("/organisations")["organisations"] if org["id"] == 1234)
    assert listed == api.organisation(1234)


def test_limit_and_page(api: Api) -> None:
    body = api.ok("/organisations", limit=3, page=2)
    assert names(body) == ["Bob the Builder", "Coventry Tiles Ltd", "Dixon & Daughters"]
    assert (body["cur_page"], body["num_pages"], body["per_page"], body["total"]) == (2, 3, 3, 8)
    last = api.ok("/organisations", limit=3, page=3)
    assert names(last) == ["Hartley Holdings", "Zenith Analytics"]


@pytest.mark.parametrize("limit", ["0", "101", "-5", "abc", ""])
def test_out_of_range_limits_silently_become_30(api: Api, limit: str) -> None:
    assert api.ok("/organisations", limit=limit)["per_page"] == 30


def test_limit_bounds_are_inclusive(api: Api) -> None:
    assert api.ok("/organisations", limit=1)["per_page"] == 1
    assert api.ok("/organisations", limit=100)["per_page"] == 100


def test_page_beyond_the_end_is_empty_with_the_right_counts(api: Api) -> None:
    body = api.ok("/organisations", page=7, limit=5)
    assert (body["organisations"], body["cur_page"], body["num_pages"], body["total"]) == ([], 7, 2, 8)
    huge = api.ok("/organisations", page="999999999999999999999")
    assert huge["organisations"] == [] and huge["cur_page"] == 2**63 - 1


@pytest.mark.parametrize("page", ["0", "-1", "abc"])
def test_page_zero_or_below_is_an_error_naming_page(api: Api, page: str) -> None:
    assert api.messages("/organisations", page=page) == {
        "page": "Invalid page specified, it must be a whole number of 1 or more"
    }


def test_no_matches_means_zero_pages(api: Api) -> None:
    body = api.ok("/organisations", name="nothing like this")
    assert (body["organisations"], body["num_pages"], body["total"]) == ([], 0, 0)


def test_name_filter_is_exact_and_case_insensitive_without_a_star(api: Api) -> None:
    assert names(api.ok("/organisations", name="acme corp.")) == ["Acme Corp."]
    assert names(api.ok("/organisations", name="acme")) == []


def test_star_is_a_wildcard_anywhere(api: Api) -> None:
    assert names(api.ok("/organisations", name="ACME*")) == ["Acme Boats Ltd.", "Acme Corp."]
    assert names(api.ok("/organisations", name="*ltd*")) == ["Acme Boats Ltd.", "Coventry Tiles Ltd"]
    assert names(api.ok("/organisations", name="*the*")) == ["Adam the Plumber", "Bob the Builder"]


def test_sql_like_characters_are_literal(api: Api) -> None:
    api.save_organisation({"name": "100% Pure_Juice"})
    assert names(api.ok("/organisations", name="100%*")) == ["100% Pure_Juice"]
    assert names(api.ok("/organisations", name="%")) == []
    assert names(api.ok("/organisations", name="*e_j*")) == ["100% Pure_Juice"]
    assert names(api.ok("/organisations", name="*e j*")) == []


def test_empty_and_zero_filters_are_ignored_like_php_empty(api: Api) -> None:
    assert api.ok("/organisations", name="")["total"] == 8
    assert api.ok("/organisations", name="0")["total"] == 8


def test_accountnumber_and_email_filters(api: Api) -> None:
    assert names(api.ok("/organisations", accountnumber="btb01")) == ["Bob the Builder"]
    assert names(api.ok("/organisations", accountnumber="A*")) == [
        "Acme Boats Ltd.",
        "Acme Corp.",
        "Adam the Plumber",
    ]
    assert names(api.ok("/organisations", email="INFO@example.com")) == ["Bob the Builder"]
    # Only the main email address counts.
    assert names(api.ok("/organisations", email="accounts@*")) == []


def test_filters_also_come_from_a_json_body(api: Api) -> None:
    body = api.post("/organisations", {"name": "bob*"})
    assert names(body) == ["Bob the Builder"]


def test_mine_is_assigned_to_me(api: Api) -> None:
    assert names(api.ok("/organisations/mine")) == ["Adam the Plumber", "Hartley Holdings"]
    assert names(api.ok("/organisations/mine", token=USER)) == ["Acme Boats Ltd.", "Zenith Analytics"]
    assert api.ok("/organisations/mine", name="zen*", token=USER)["total"] == 1
