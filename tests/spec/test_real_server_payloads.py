"""Bodies shaped like the real server's validate against the spec and parse through the generated client."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from scripts.spec_examples import SchemaValidator

FIXTURE = Path(__file__).parent.parent / "fixtures" / "real_server_payloads.json"
PAYLOADS: list[dict[str, Any]] = json.loads(FIXTURE.read_text(encoding="utf-8"))["payloads"]


def _response_schema_name(spec: dict[str, Any], operation_id: str) -> str:
    for item in spec["paths"].values():
        for operation in item.values():
            if operation["operationId"] == operation_id:
                ref: str = operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
                return ref.rsplit("/", 1)[1]
    raise AssertionError(f"no operation {operation_id}")


def _parse(spec: dict[str, Any], operation_id: str, body: dict[str, Any]) -> Any:
    from tactile_crm_client import models

    return getattr(models, _response_schema_name(spec, operation_id)).from_dict(body)


def _payload(name_start: str) -> dict[str, Any]:
    return next(p for p in PAYLOADS if p["name"].startswith(name_start))


@pytest.mark.parametrize("payload", PAYLOADS, ids=[p["name"] for p in PAYLOADS])
def test_real_payload_validates_against_the_spec(
    spec: dict[str, Any], validator: SchemaValidator, payload: dict[str, Any]
) -> None:
    schema = {"$ref": f"#/components/schemas/{_response_schema_name(spec, payload['operationId'])}"}
    assert validator.errors(schema, payload["body"]) == []


@pytest.mark.parametrize("payload", PAYLOADS, ids=[p["name"] for p in PAYLOADS])
def test_real_payload_parses_through_the_generated_model(
    spec: dict[str, Any], payload: dict[str, Any]
) -> None:
    parsed = _parse(spec, payload["operationId"], payload["body"])
    assert parsed.status.value == payload["body"]["status"]


def test_organisation_fields_come_out_with_python_types(spec: dict[str, Any]) -> None:
    org = _parse(spec, "viewOrganisation", _payload("organisation view")["body"]).organisation
    assert org.id == 1234 and isinstance(org.id, int)
    assert org.created == dt.datetime(2007, 7, 31, 15, 35, 9, tzinfo=dt.UTC)
    assert org.created.utcoffset() == dt.timedelta(hours=1)
    assert org.lastupdated.tzinfo is not None
    assert org.owner == "george//sample"
    assert org.tags == ["Builders", "Coventry"]
    assert org.phone == "" and org.email == ""
    assert org.additional_properties["brand_new_field"] == {"x": 1}
    assert org.custom_fields[1].options.additional_properties["5"].value == "Large"


def test_nulls_and_absent_fields_are_distinguishable(spec: dict[str, Any]) -> None:
    from tactile_crm_client.types import Unset

    orgs = _parse(spec, "listOrganisations", _payload("organisation list: nulls")["body"]).organisations
    assert orgs[0].created is None and orgs[0].owner is None and orgs[0].accountnumber is None
    assert isinstance(orgs[0].tags, Unset)
    assert orgs[1].parent_id == 1234


def test_opportunity_fields_come_out_with_python_types(spec: dict[str, Any]) -> None:
    opp = _parse(spec, "viewOpportunity", _payload("opportunity view")["body"]).opportunity
    assert opp.enddate == dt.date(2009, 3, 6)
    assert opp.cost == 1234.5 and isinstance(opp.cost, float)
    assert opp.archived is True
    assert opp.probability is None
    assert opp.lastupdated.utcoffset() == dt.timedelta(hours=1)
    listed = _parse(spec, "listOpportunities", _payload("opportunity list")["body"]).opportunities[0]
    assert listed.cost == 100000 and listed.enddate is None and listed.organisation_id is None


def test_timeline_kinds_ids_and_timestamps(spec: dict[str, Any]) -> None:
    items = _parse(spec, "getOrganisationTimeline", _payload("organisation timeline")["body"]).timeline
    assert items[0].note.id == "16936"
    assert items[0].note.created.replace(tzinfo=None) == dt.datetime(2009, 3, 25, 11, 30, 41)
    assert items[1].email.person_id == "105992"
    assert items[5].new_activity.activity_id == "501"
    assert items[7].overdue_activity.url == "/notes/view/503"


def test_options_accept_maps_and_empty_php_arrays(spec: dict[str, Any]) -> None:
    from tactile_crm_client.models import LabelMap

    options = _parse(spec, "getOrganisationOptions", _payload("organisation options")["body"])
    opts = options.organisation_options
    assert isinstance(opts.status, LabelMap) and opts.status.additional_properties == {"1": "Prospect"}
    assert opts.source == []
    assert opts.default_country_code == "GB"
    assert opts.sharing.write.private.additional_properties == {"4": "Sales"}


def test_messages_keep_field_keys_in_both_forms(spec: dict[str, Any]) -> None:
    from tactile_crm_client.models import MessageMap

    keyed = _parse(spec, "saveOpportunity", _payload("save validation errors")["body"]).messages
    assert isinstance(keyed, MessageMap)
    assert keyed.additional_properties["opportunity_status_id"].startswith("Status is a compulsory field")
    listed = _parse(spec, "saveOrganisation", _payload("an error in the documented array form")["body"])
    assert listed.messages == ["Name is a compulsory field, you must enter a value"]
