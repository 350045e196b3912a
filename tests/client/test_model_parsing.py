"""How the generated models read responses (overrides/templates/model.py.jinja and the property overrides):
custom field definitions are shared between records and immutable, unknown keys are kept in order, enum
values are looked up with clear errors, and a changed input is never answered from a stale parse."""

from __future__ import annotations

import copy
from typing import Any

import attrs
import pytest
from tactile_crm_client.models.custom_field import CustomField
from tactile_crm_client.models.custom_field_enabled_for import CustomFieldEnabledFor
from tactile_crm_client.models.custom_field_options import CustomFieldOptions
from tactile_crm_client.models.organisation import Organisation
from tactile_crm_client.models.organisation_list_response import OrganisationListResponse
from tactile_crm_client.models.pg_boolean_type_1 import PgBooleanType1
from tactile_crm_client.models.status import Status

from tests.client.support import organisation_body

REGION = {
    "id": "5",
    "name": "Region",
    "type": "s",
    "enabled_for": {"organisations": "t", "opportunities": "t", "activities": "f", "people": "f"},
    "options": {"1": {"id": "1", "value": "North"}, "2": {"id": "2", "value": "South"}},
}
EMPLOYEES = {
    "id": "1",
    "name": "Employees",
    "type": "n",
    "enabled_for": {"organisations": "t", "opportunities": "f", "activities": "f", "people": "f"},
}


def definitions() -> list[dict[str, Any]]:
    return copy.deepcopy([EMPLOYEES, REGION])


def page(*organisations: dict[str, Any]) -> dict[str, Any]:
    return {
        "status": "success",
        "organisations": list(organisations),
        "total": len(organisations),
        "per_page": 30,
        "num_pages": 1,
        "cur_page": 1,
    }


def with_fields(number: int, fields: list[dict[str, Any]]) -> dict[str, Any]:
    return organisation_body(number, f"Org {number}", custom_fields=fields, custom_values=[])


def fields_of(organisation: Organisation) -> list[CustomField]:
    assert isinstance(organisation.custom_fields, list)
    return organisation.custom_fields


def organisations_of(body: dict[str, Any]) -> list[Organisation]:
    parsed = OrganisationListResponse.from_dict(body).organisations
    assert isinstance(parsed, list)
    return parsed


def enabled_for(field: CustomField) -> CustomFieldEnabledFor:
    assert isinstance(field.enabled_for, CustomFieldEnabledFor)
    return field.enabled_for


def test_records_of_a_page_share_their_custom_field_definitions() -> None:
    parsed = organisations_of(page(*(with_fields(n, definitions()) for n in range(1, 4))))

    first, second, third = (fields_of(o) for o in parsed)
    assert [f.name for f in first] == ["Employees", "Region"]
    assert all(a is b is c for a, b, c in zip(first, second, third, strict=True))
    # Each record still has a list of its own: changing one record's list leaves the others alone.
    first.append(first[0])
    assert len(second) == 2


def test_shared_definitions_cannot_be_changed() -> None:
    region = fields_of(Organisation.from_dict(with_fields(1, definitions())))[1]

    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        region.name = "Area"  # type: ignore[misc]
    assert isinstance(region.options, CustomFieldOptions)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        region.options.additional_properties = {}  # type: ignore[misc]
    with pytest.raises(TypeError):
        region.options.additional_properties["3"] = region.options["1"]  # type: ignore[index]
    assert not hasattr(region.options, "__setitem__")
    assert [o.value for o in region.options.additional_properties.values()] == ["North", "South"]
    assert enabled_for(region).organisations is PgBooleanType1.T


def test_definitions_changed_in_place_are_parsed_again() -> None:
    CustomField.list_from_dicts([])  # something else first, so that this body's list is the one remembered
    body = with_fields(1, definitions())
    before = fields_of(Organisation.from_dict(body))

    body["custom_fields"][1]["name"] = "Area"
    body["custom_fields"][1]["options"]["2"]["value"] = "Overseas"
    after = fields_of(Organisation.from_dict(body))

    assert [f.name for f in before] == ["Employees", "Region"]
    assert [f.name for f in after] == ["Employees", "Area"]
    options = after[1].options
    assert isinstance(options, CustomFieldOptions) and options["2"].value == "Overseas"


def test_alternating_definitions_each_parse_to_their_own_values() -> None:
    other = definitions()
    other[0]["enabled_for"]["people"] = "t"
    records = [with_fields(n, definitions() if n % 2 else copy.deepcopy(other)) for n in range(1, 7)]

    parsed = organisations_of(page(*records))

    people = [enabled_for(fields_of(o)[0]).people for o in parsed]
    assert people == [PgBooleanType1.F, PgBooleanType1.T] * 3


def test_an_id_sent_as_a_string_or_a_number_is_not_confused() -> None:
    # FlexibleId admits both "1" and 1; the definitions differ only there, and each keeps its own form.
    as_string = definitions()
    as_number = definitions()
    as_number[0]["id"] = 1

    parsed = [Organisation.from_dict(with_fields(n, f)) for n, f in enumerate([as_string, as_number])]
    ids = [fields_of(organisation)[0].id for organisation in parsed]

    assert ids == ["1", 1]


def test_definitions_that_are_not_json_data_are_parsed_without_being_remembered() -> None:
    fields = (EMPLOYEES, REGION)  # a tuple: json.dumps turns it into a list, so the copy would not be exact

    parsed = CustomField.list_from_dicts(fields)

    assert [f.name for f in parsed] == ["Employees", "Region"]
    assert CustomField.list_from_dicts([{**EMPLOYEES, "name": "Staff"}])[0].name == "Staff"


def test_unknown_keys_are_kept_in_the_order_the_server_sent_them() -> None:
    body = organisation_body(1, "Acme", zeta=1, alpha={"nested": True}, **{"mid-key": None})

    parsed = Organisation.from_dict(body)

    assert list(parsed.additional_properties) == ["zeta", "alpha", "mid-key"]
    assert parsed.to_dict() == body
    assert Organisation.from_dict(organisation_body(2, "Plain")).additional_properties == {}


def test_unknown_keys_of_a_definition_are_kept_read_only() -> None:
    parsed = CustomField.from_dict({**EMPLOYEES, "position": 3})

    assert dict(parsed.additional_properties) == {"position": 3}
    assert parsed["position"] == 3
    assert parsed.to_dict() == {**EMPLOYEES, "position": 3}


def test_an_unknown_enum_value_names_the_value_and_the_enum() -> None:
    with pytest.raises(ValueError, match=r"'archived' is not a valid Status"):
        Status.from_wire("archived")
    with pytest.raises(TypeError):
        Status.from_wire(["success"])  # type: ignore[arg-type]
    assert Status.from_wire("success") is Status("success")


def test_a_missing_required_key_is_a_key_error_naming_the_key() -> None:
    body = organisation_body(1, "Acme")
    del body["lastupdated"]

    with pytest.raises(KeyError, match="lastupdated"):
        Organisation.from_dict(body)
