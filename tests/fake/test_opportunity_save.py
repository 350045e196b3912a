"""POST /opportunities/save (facts §6.1, §6.3)."""

from __future__ import annotations

from typing import Any

import pytest

from tactile_fake.store import Store
from tests.fake.support import USER, Api, opportunity_fields

OPPORTUNITY_KEYS = [
    "name",
    "description",
    "organisation",
    "owner",
    "assigned_to",
    "alteredby",
    "id",
    "probability",
    "organisation_id",
    "cost",
    "archived",
    "status",
    "type",
    "source",
    "created",
    "lastupdated",
    "enddate",
    "person_id",
    "person",
]


def save_messages(api: Api, fields: dict[str, Any], path: str = "/opportunities/save") -> dict[str, str]:
    return api.messages(path, json={"Opportunity": fields})


def test_view_matches_the_docs_example(api: Api) -> None:
    opp = api.opportunity(1234)
    assert list(opp) == [*OPPORTUNITY_KEYS, "tags", "custom_fields", "custom_values"]
    assert opp["name"] == "Boating eCommerce Website"
    assert (opp["organisation"], opp["organisation_id"]) == ("Acme Boats Ltd.", 9876)
    assert (opp["person"], opp["person_id"]) == ("Bill Smith", 87254)
    assert (opp["probability"], opp["cost"], opp["archived"]) == (70, 100000, False)
    assert (opp["status"], opp["type"], opp["source"]) == ("New", None, None)
    assert opp["created"] == "2009-02-02T15:31:43+0000" and opp["enddate"] == "2009-03-06"
    assert opp["owner"] == opp["assigned_to"] == opp["alteredby"] == "paul//sample"
    assert opp["custom_values"][0]["hash"] == "opp1234" and opp["custom_values"][0]["option_name"] == "South"
    assert api.opportunity(1240)["cost"] == 1234.5


def test_required_fields_come_out_in_column_order(api: Api) -> None:
    assert save_messages(api, {}) == {
        "opportunity_status_id": "Status is a compulsory field, you must enter a value",
        "opportunity_name": "Name is a compulsory field, you must enter a value",
        "opportunity_enddate": "Expected Close Date is a compulsory field, you must enter a value",
    }


def test_create_with_defaults(api: Api) -> None:
    opp = api.opportunity(api.save_opportunity(opportunity_fields(), token=USER))
    assert opp["assigned_to"] == opp["owner"] == opp["alteredby"] == "paul//sample"
    assert (opp["probability"], opp["cost"], opp["archived"], opp["status"]) == (0, 0, False, "New")
    assert opp["person_id"] is None and "tags" not in opp


@pytest.mark.parametrize(
    ("given", "stored"),
    [("2009-06-30", "2009-06-30"), ("2009-06-30 14:00:00", "2009-06-30"), ("30/06/2009", "2009-06-30")],
)
def test_enddate_formats(api: Api, given: str, stored: str) -> None:
    assert api.opportunity(api.save_opportunity(opportunity_fields(enddate=given)))["enddate"] == stored


@pytest.mark.parametrize("bad", ["2009-02-30", "06/30/2009", "next week", "2009-13-01", "30-06-2009"])
def test_invalid_enddate(api: Api, bad: str) -> None:
    assert save_messages(api, opportunity_fields(enddate=bad)) == {
        "opportunity_enddate": "Invalid date specified for Expected Close Date, should be of the form d/m/Y"
    }


@pytest.mark.parametrize(
    ("given", "stored"), [(0, 0), (5, 5), ("75", 75), (100, 100), ("50.0", 50), (None, 0)]
)
def test_probability_accepted(api: Api, given: Any, stored: int) -> None:
    assert (
        api.opportunity(api.save_opportunity(opportunity_fields(probability=given)))["probability"] == stored
    )


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("high", "Probability must contain a numeric value"),
        (101, "The value for Probability must be between 0 and 100"),
        (-5, "The value for Probability must be between 0 and 100"),
        (72, "Probability must be a whole multiple of 5 (0, 5, 10 ... 100)"),
        (72.5, "Probability must be a whole multiple of 5 (0, 5, 10 ... 100)"),
    ],
)
def test_probability_rejected(api: Api, given: Any, message: str) -> None:
    assert save_messages(api, opportunity_fields(probability=given)) == {"opportunity_probability": message}


@pytest.mark.parametrize(
    ("given", "stored"),
    [(1234.5, 1234.5), ("99999999.99", 99999999.99), ("1e3", 1000), ("0.005", 0.01), ("", None)],
)
def test_cost(api: Api, given: Any, stored: Any) -> None:
    assert api.opportunity(api.save_opportunity(opportunity_fields(cost=given)))["cost"] == stored


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("£100", "Cost must contain a numeric value"),
        ("1,000", "Cost must contain a numeric value"),
        (100000000, "Cost must be between -99999999.99 and 99999999.99"),
        ("1e400", "Cost must be between -99999999.99 and 99999999.99"),
    ],
)
def test_cost_rejected(api: Api, given: Any, message: str) -> None:
    assert save_messages(api, opportunity_fields(cost=given)) == {"opportunity_cost": message}


def test_references_are_checked(api: Api) -> None:
    for field in ("status_id", "organisation_id", "person_id", "type_id", "source_id", "campaign_id"):
        assert save_messages(api, opportunity_fields(**{field: 424242})) == {
            f"opportunity_{field}": "Invalid ID specified"
        }
    assert save_messages(api, opportunity_fields(status_id="open")) == {
        "opportunity_status_id": "Invalid ID specified"
    }


def test_partial_update_and_clearing(api: Api) -> None:
    opp_id = api.save_opportunity(
        opportunity_fields(description="First", cost=10, type_id=2, organisation_id=9876)
    )
    api.save_opportunity({"id": opp_id, "description": None, "cost": 20}, token=USER)
    opp = api.opportunity(opp_id)
    assert (opp["description"], opp["cost"], opp["type"], opp["name"]) == (
        None,
        20,
        "New Business",
        "Website Redesign",
    )
    assert opp["alteredby"] == "paul//sample" and opp["owner"] == "greg//sample"
    assert save_messages(api, {"id": opp_id, "name": ""}) == {
        "opportunity_name": "Name is a compulsory field, you must enter a value"
    }
    assert save_messages(api, {"id": 424242, "name": "x"}) == {"_0": "Invalid ID specified"}


def test_closed_and_archived_opportunities_leave_the_list(api: Api) -> None:
    opp_id = api.save_opportunity(opportunity_fields(name="Soon Won"))
    listed = {opp["id"] for opp in api.ok("/opportunities")["opportunities"]}
    assert opp_id in listed
    api.save_opportunity({"id": opp_id, "status_id": 5})
    assert opp_id not in {opp["id"] for opp in api.ok("/opportunities")["opportunities"]}
    api.save_opportunity({"id": opp_id, "status_id": 1, "archived": True})
    assert api.opportunity(opp_id)["archived"] is True
    assert opp_id not in {opp["id"] for opp in api.ok("/opportunities")["opportunities"]}


def test_archived_pre_check_uses_the_top_level_id(api: Api) -> None:
    assert save_messages(api, {"name": "x"}, path="/opportunities/save/1243") == {
        "_0": "You cannot edit archived opportunities"
    }
    assert save_messages(api, {"name": "x"}, path="/opportunities/save/424242") == {
        "_0": "Invalid id specified"
    }
    # Through Opportunity.id the real server lets archived ones be edited; so does the fake.
    api.save_opportunity({"id": 1243, "description": "edited while archived"})
    assert api.opportunity(1243)["description"] == "edited while archived"


def test_organisation_and_person_names_create_records(api: Api) -> None:
    opp = api.opportunity(
        api.save_opportunity(opportunity_fields(organisation="Brand New Co", person="Jane Doe"))
    )
    assert opp["organisation"] == "Brand New Co" and opp["person"] == "Jane Doe"
    org = api.organisation(opp["organisation_id"])
    assert org["accountnumber"] == "BNC01"
    # Failing validation rolls the new organisation back too.
    before = api.ok("/organisations")["total"]
    save_messages(api, {"organisation": "Never Made", "name": "x"})
    assert api.ok("/organisations")["total"] == before


def test_filters_on_the_list(api: Api) -> None:
    names = [opp["name"] for opp in api.ok("/opportunities", organisation_id=9876)["opportunities"]]
    assert names == ["Boating eCommerce Website"]
    assert api.ok("/opportunities", person_id=87254)["total"] == 1
    assert [opp["name"] for opp in api.ok("/opportunities", name="*site*")["opportunities"]] == [
        "Boating eCommerce Website",
        "New Site Design",
    ]
    assert api.messages("/opportunities", organisation_id="abc") == {
        "organisation_id": "Invalid ID specified"
    }
    body = api.ok("/opportunities", limit=2, page=3)
    assert (body["cur_page"], body["num_pages"], body["per_page"], body["total"]) == (3, 3, 2, 6)


def test_list_status_is_raw_and_view_lookups_are_escaped(api: Api, store: Store) -> None:
    with store.transaction() as conn:
        conn.execute(
            "UPDATE lookups SET name = 'New <hot> & open' WHERE kind = 'opportunity_status' AND id = 1"
        )
    listed = next(opp for opp in api.ok("/opportunities")["opportunities"] if opp["id"] == 1234)
    assert listed["status"] == "New <hot> & open"
    assert api.opportunity(1234)["status"] == "New &lt;hot&gt; &amp; open"
