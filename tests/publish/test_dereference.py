"""Inlining `$ref`s for tools without reference support, on small inputs."""

from __future__ import annotations

from typing import Any

import pytest

from scripts.publish.dereference import DereferenceError, dereference


def test_schemas_parameters_and_examples_are_inlined_and_siblings_of_a_ref_dropped() -> None:
    spec: dict[str, Any] = {
        "paths": {
            "/x": {
                "get": {
                    "parameters": [{"$ref": "#/components/parameters/Id"}],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "$ref": "#/components/schemas/Thing",
                                        "description": "ignored in 3.0",
                                    },
                                    "examples": {"one": {"$ref": "#/components/examples/One"}},
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "parameters": {
                "Id": {"name": "id", "in": "query", "schema": {"$ref": "#/components/schemas/Id"}}
            },
            "schemas": {
                "Id": {"type": "integer"},
                "Thing": {"type": "object", "properties": {"id": {"$ref": "#/components/schemas/Id"}}},
            },
            "examples": {"One": {"value": {"id": 1}}},
        },
    }
    result = dereference(spec)
    operation = result["paths"]["/x"]["get"]
    assert operation["parameters"] == [{"name": "id", "in": "query", "schema": {"type": "integer"}}]
    media = operation["responses"]["200"]["content"]["application/json"]
    assert media["schema"] == {"type": "object", "properties": {"id": {"type": "integer"}}}
    assert media["examples"] == {"one": {"value": {"id": 1}}}
    assert "$ref" not in repr(result)
    assert spec["components"]["parameters"]["Id"]["schema"] == {
        "$ref": "#/components/schemas/Id"
    }  # untouched


def test_a_cycle_cannot_be_inlined_and_says_where() -> None:
    spec = {
        "components": {"schemas": {"Node": {"properties": {"next": {"$ref": "#/components/schemas/Node"}}}}}
    }
    with pytest.raises(DereferenceError, match=r"cyclic.*Node"):
        dereference(spec)


@pytest.mark.parametrize(
    ("ref", "message"),
    [("other.yaml#/X", "only local"), ("#/components/schemas/Missing", "points to nothing")],
)
def test_external_and_dangling_references_are_refused(ref: str, message: str) -> None:
    with pytest.raises(DereferenceError, match=message):
        dereference({"components": {"schemas": {"A": {"$ref": ref}}}})
