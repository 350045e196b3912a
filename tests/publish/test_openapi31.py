"""The mechanical 3.0 → 3.1 conversion, on small inputs: what it rewrites, what it must leave alone, and
that 3.0 and 3.1 validators give the same verdict on the same values."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from jsonschema_path import SchemaPath
from openapi_schema_validator import OAS30Validator, OAS31Validator
from openapi_spec_validator import OpenAPIV31SpecValidator

from scripts.publish.openapi31 import ConversionError, convert_schema, to_openapi31

Schema = dict[str, Any]


def document(schemas: dict[str, Schema], **top: Any) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1.0.0"},
        "paths": {},
        "components": {"schemas": schemas},
        **top,
    }


def test_nullable_types_become_type_arrays_and_nullable_enums_accept_null() -> None:
    assert convert_schema({"type": "string", "nullable": True}) == {"type": ["string", "null"]}
    assert convert_schema({"type": "string", "enum": ["a", "b"], "nullable": True}) == {
        "type": ["string", "null"],
        "enum": ["a", "b", None],
    }
    assert convert_schema({"type": "string", "enum": ["a", None], "nullable": True})["enum"] == ["a", None]
    assert convert_schema({"type": "integer", "nullable": False}) == {"type": "integer"}
    assert convert_schema({"type": "integer"}) == {"type": "integer"}


def test_nullable_branches_of_one_of_and_nested_schemas_are_converted() -> None:
    schema: Schema = {
        "type": "object",
        "properties": {
            "id": {
                "oneOf": [{"type": "integer", "nullable": True}, {"type": "string", "pattern": "^[0-9]+$"}]
            },
            "tags": {"type": "array", "nullable": True, "items": {"type": "string", "nullable": True}},
            "extra": {"allOf": [{"$ref": "#/components/schemas/X"}], "description": "kept"},
        },
        "additionalProperties": {"type": "number", "nullable": True},
    }
    converted = convert_schema(schema)
    assert converted["properties"]["id"]["oneOf"][0] == {"type": ["integer", "null"]}
    assert converted["properties"]["tags"] == {
        "type": ["array", "null"],
        "items": {"type": ["string", "null"]},
    }
    assert converted["properties"]["extra"] == schema["properties"]["extra"]
    assert converted["additionalProperties"] == {"type": ["number", "null"]}


def test_nullable_without_a_type_is_refused_with_its_location() -> None:
    spec = document({"Owner": {"allOf": [{"$ref": "#/components/schemas/Name"}], "nullable": True}})
    with pytest.raises(ConversionError, match="/components/schemas/Owner/nullable"):
        to_openapi31(spec)


def test_schema_example_becomes_examples_in_place_but_other_examples_stay() -> None:
    parameter = {"name": "q", "in": "query", "schema": {"type": "string", "example": "a"}, "example": "b"}
    media = {"schema": {"type": "object"}, "example": {"nullable": True, "example": 1}}
    spec = document(
        {"Name": {"type": "string", "example": "Bob", "description": "a name"}},
        paths={
            "/x": {
                "get": {
                    "parameters": [parameter],
                    "responses": {"200": {"description": "ok", "content": {"application/json": media}}},
                }
            }
        },
    )
    converted = to_openapi31(spec)
    assert list(converted["components"]["schemas"]["Name"].items()) == [
        ("type", "string"),
        ("examples", ["Bob"]),
        ("description", "a name"),
    ]
    operation = converted["paths"]["/x"]["get"]
    assert operation["parameters"][0] == {**parameter, "schema": {"type": "string", "examples": ["a"]}}
    assert operation["responses"]["200"]["content"]["application/json"] == media  # data, not a schema


def test_properties_named_like_keywords_are_properties() -> None:
    schema = {
        "type": "object",
        "properties": {"nullable": {"type": "boolean"}, "example": {"type": "string"}},
    }
    assert convert_schema(schema) == schema


def test_boolean_exclusive_bounds_become_numbers() -> None:
    assert convert_schema({"type": "number", "minimum": 0, "exclusiveMinimum": True}) == {
        "type": "number",
        "exclusiveMinimum": 0,
    }
    assert convert_schema({"type": "number", "maximum": 9, "exclusiveMaximum": False}) == {
        "type": "number",
        "maximum": 9,
    }


def test_the_input_is_not_modified_and_the_result_is_valid_openapi_31() -> None:
    spec = document({"Maybe": {"type": "string", "nullable": True, "example": "x"}})
    before = copy.deepcopy(spec)
    converted = to_openapi31(spec)
    assert spec == before
    assert converted["openapi"] == "3.1.0"
    assert list(OpenAPIV31SpecValidator(SchemaPath.from_dict(converted)).iter_errors()) == []


SAME_VERDICTS: list[tuple[Schema, list[Any]]] = [
    ({"type": "string", "nullable": True}, ["a", None, 1]),
    ({"type": "string", "enum": ["a", None], "nullable": True}, ["a", "c", None]),
    ({"type": "string", "enum": ["a"]}, ["a", None]),
    (
        {"oneOf": [{"type": "integer", "nullable": True}, {"type": "string", "pattern": "^[0-9]+$"}]},
        [1, "12", None, "x", 1.5],
    ),
    (
        {"oneOf": [{"type": "boolean", "nullable": True}, {"type": "string", "enum": ["t", "f"]}]},
        [True, "t", None, "x"],
    ),
    ({"type": "integer", "minimum": 1, "nullable": True}, [1, 0, None]),
    ({"type": "number", "minimum": 0, "exclusiveMinimum": True}, [0, 0.1, -1]),
    (
        {
            "type": "object",
            "required": ["id"],
            "properties": {"id": {"type": "integer"}, "note": {"type": "string", "nullable": True}},
        },
        [{"id": 1}, {"id": 1, "note": None}, {"id": None}, {"note": "x"}],
    ),
    (
        {"type": "array", "items": {"type": "string", "nullable": True}, "nullable": True},
        [["a", None], None, [1]],
    ),
]


def test_a_nullable_enum_without_null_accepts_null_in_31_as_its_author_meant() -> None:
    """The one deliberate difference: strict 3.0.3 validators reject null here (the house lint rule asks
    for `null` in the enum for that reason); the 3.1 variant says what `nullable: true` was written for."""
    schema = {"type": "string", "enum": ["a", "b"], "nullable": True}
    assert not OAS30Validator(schema).is_valid(None)
    assert OAS31Validator(convert_schema(schema)).is_valid(None)
    assert not OAS31Validator(convert_schema(schema)).is_valid("c")


@pytest.mark.parametrize(("schema", "instances"), SAME_VERDICTS)
def test_3_0_and_3_1_validators_agree_on_every_value(schema: Schema, instances: list[Any]) -> None:
    converted = convert_schema(schema)
    for instance in instances:
        valid_30 = OAS30Validator(schema).is_valid(instance)
        valid_31 = OAS31Validator(converted).is_valid(instance)
        assert valid_30 == valid_31, f"{instance!r}: 3.0 says {valid_30}, 3.1 says {valid_31}"
