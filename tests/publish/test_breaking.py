"""The breaking-change gate: one small BASE/HEAD pair per rule, then the CLI contract."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any, cast

import pytest
import yaml

from scripts.breaking import RULES, Severity, UnsupportedRefError, compare
from scripts.breaking.acknowledgements import load_acknowledgements
from scripts.breaking.cli import DEFAULT_ACKNOWLEDGED, REPO_ROOT, main

Schema = dict[str, Any]
Spec = dict[str, Any]
Expected = list[tuple[str, Severity, str]]

B, T, N = Severity.BREAKING, Severity.BREAKS_TYPED_CLIENTS, Severity.NON_BREAKING
JSON = "application/json"
FORM = "application/x-www-form-urlencoded"

SAVE = "/paths/~1organisations~1save/post"
SENT = f"{SAVE}/requestBody/content/application~1json/schema"
ORGANISATION = f"{SENT}/properties/Organisation"
VIEW = "/paths/~1organisations~1view/get"
RECEIVED = f"{VIEW}/responses/200/content/application~1json/schema"

STRING: Schema = {"type": "string"}
INTEGER: Schema = {"type": "integer"}
ORG_REF: Schema = {"$ref": "#/components/schemas/Organisation"}
PERSON_REF: Schema = {"$ref": "#/components/schemas/Person"}


# --- Spec builders: every test spells out only what it changes. -------------------------------------


def spec(
    paths: dict[str, Any] | None = None, *, schemas: dict[str, Schema] | None = None, **top: Any
) -> Spec:
    document: Spec = {"openapi": "3.0.3", "info": {"title": "Tactile", "version": "1"}, "paths": paths or {}}
    if schemas:
        document["components"] = {"schemas": schemas}
    document.update(top)
    return document


def obj(required: tuple[str, ...] = (), /, **properties: Schema) -> Schema:
    schema: Schema = {"type": "object", "properties": properties}
    if required:
        schema["required"] = list(required)
    return schema


def reply(schema: Schema | None = None) -> dict[str, Any]:
    response: dict[str, Any] = {"description": "ok"}
    if schema is not None:
        response["content"] = {JSON: {"schema": schema}}
    return response


def view(**operation: Any) -> Spec:
    """GET /organisations/view with the given operation fields."""
    return spec(
        {"/organisations/view": {"get": {"operationId": "view", "responses": {"200": reply()}, **operation}}}
    )


def receiving(schema: Schema, **top: Any) -> Spec:
    """GET /organisations/view answering `schema`."""
    return {**view(responses={"200": reply(schema)}), **top}


def sending(schema: Schema, *, required: bool = True, media: tuple[str, ...] = (JSON,), **top: Any) -> Spec:
    """POST /organisations/save taking `schema` as its body."""
    body = {"required": required, "content": {m: {"schema": schema} for m in media}}
    operation = {"operationId": "save", "requestBody": body, "responses": {"200": reply()}}
    return spec({"/organisations/save": {"post": operation}}, **top)


def saving(**organisation_fields: Schema) -> Spec:
    """A save body shaped like Tactile's: {"Organisation": {...}}; fields are optional unless listed."""
    return sending(obj(Organisation=obj(**organisation_fields)))


def saving_required(required: tuple[str, ...], **organisation_fields: Schema) -> Spec:
    return sending(obj(Organisation=obj(required, **organisation_fields)))


def query(name: str, *, required: bool = False, schema: Schema = STRING) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "schema": schema}


def field(name: str, **schema: Any) -> Spec:
    """A response object with one field."""
    return receiving(obj(**{name: schema}))


def sent_field(**schema: Any) -> Spec:
    """A save body with one Organisation field, `name`."""
    return saving(name=schema)


SERVER = {"url": "https://{account}.tactilecrm.com", "variables": {"account": {"default": "demo"}}}
API_KEY = {"type": "apiKey", "in": "query", "name": "api_token"}


def secured(scheme: Schema, required: list[dict[str, list[str]]], **operation: Any) -> Spec:
    """`required` is the global security requirement; `operation` may override it."""
    document = view(**operation)
    document["components"] = {
        "securitySchemes": {"api_token": scheme, "oauth": {"type": "http", "scheme": "bearer"}}
    }
    document["security"] = required
    return document


# --- One pair per rule: (base, head, [(rule, severity, path)]) in the order compare() reports. --------

CASES = [
    # Document level.
    pytest.param(
        spec(servers=[SERVER]),
        spec(servers=[{"url": "https://api.tactilecrm.com"}]),
        [("server-removed", B, "/servers/0"), ("server-added", N, "/servers/0")],
        id="server-replaced",
    ),
    pytest.param(
        spec(servers=[SERVER]),
        spec(
            servers=[{"url": "https://{tenant}.tactilecrm.com", "variables": {"tenant": {"default": "demo"}}}]
        ),
        [("server-variable-removed", B, "/servers/0/variables/account")],
        id="server-variable-renamed",
    ),
    pytest.param(
        secured(API_KEY, [{"api_token": []}]),
        secured({**API_KEY, "name": "token"}, [{"api_token": []}]),
        [("security-scheme-changed", B, "/components/securitySchemes/api_token")],
        id="security-scheme-redefined",
    ),
    pytest.param(
        secured(API_KEY, [{"api_token": []}]),
        secured({**API_KEY, "description": "Your API token, from Settings."}, [{"api_token": []}]),
        [],
        id="security-scheme-description-only",
    ),
    pytest.param(
        secured(API_KEY, [{"api_token": []}]),
        secured(API_KEY, [{"oauth": []}]),
        [("security-requirement-changed", B, "/security")],
        id="global-security-replaced",
    ),
    pytest.param(
        secured(API_KEY, [{"api_token": []}]),
        secured(API_KEY, [{"api_token": []}], security=[{"oauth": []}]),
        [("security-requirement-changed", B, f"{VIEW}/security")],
        id="operation-security-override",
    ),
    pytest.param(
        secured(API_KEY, [{"api_token": []}]),
        secured(API_KEY, [{"api_token": []}, {"oauth": []}], security=[{}]),
        [],
        id="security-alternative-added-or-anonymous",
    ),
    # Operations.
    pytest.param(view(), spec(), [("operation-removed", B, VIEW)], id="operation-removed"),
    pytest.param(spec(), view(), [("operation-added", N, VIEW)], id="operation-added"),
    pytest.param(
        view(),
        view(operationId="get_organisation"),
        [("operation-id-changed", B, f"{VIEW}/operationId")],
        id="opid",
    ),
    pytest.param(
        spec(
            {"/organisations/{id}": {"get": {"parameters": [{"name": "id", "in": "path", "required": True}]}}}
        ),
        spec(
            {
                "/organisations/{key}": {
                    "get": {"parameters": [{"name": "key", "in": "path", "required": True}]}
                }
            }
        ),
        [],
        id="path-parameter-renamed",
    ),
    # Parameters.
    pytest.param(
        view(parameters=[query("page")]),
        view(),
        [("parameter-removed", B, f"{VIEW}/parameters/0")],
        id="param-removed",
    ),
    pytest.param(
        view(parameters=[query("page")]),
        view(parameters=[query("page", required=True)]),
        [("parameter-became-required", B, f"{VIEW}/parameters/0")],
        id="param-became-required",
    ),
    pytest.param(
        view(parameters=[query("page", required=True)]),
        view(parameters=[query("page")]),
        [("request-constraint-relaxed", N, f"{VIEW}/parameters/0")],
        id="param-became-optional",
    ),
    pytest.param(
        view(),
        view(parameters=[query("page", required=True)]),
        [("required-parameter-added", B, f"{VIEW}/parameters/0")],
        id="required-param-added",
    ),
    pytest.param(
        view(),
        view(parameters=[query("page")]),
        [("optional-parameter-added", N, f"{VIEW}/parameters/0")],
        id="opt-param",
    ),
    pytest.param(
        spec(
            {
                "/o": {
                    "parameters": [query("sort", schema={"type": "string", "enum": ["name", "date"]})],
                    "get": {},
                }
            }
        ),
        spec({"/o": {"get": {"parameters": [query("sort", schema={"type": "string", "enum": ["name"]})]}}}),
        [("request-enum-narrowed", B, "/paths/~1o/get/parameters/0/schema")],
        id="param-schema-narrowed-moved-to-operation",
    ),
    # Content types, bodies, status codes.
    pytest.param(
        sending(STRING, media=(JSON, FORM)),
        sending(STRING),
        [("content-type-removed", B, f"{SAVE}/requestBody/content/application~1x-www-form-urlencoded")],
        id="request-content-type-removed",
    ),
    pytest.param(
        receiving(STRING),
        view(responses={"200": {"description": "ok", "content": {"text/csv": {"schema": STRING}}}}),
        [
            ("content-type-removed", B, f"{VIEW}/responses/200/content/application~1json"),
            ("content-type-added", N, f"{VIEW}/responses/200/content/text~1csv"),
        ],
        id="response-content-type-replaced",
    ),
    pytest.param(
        sending(STRING, required=False),
        sending(STRING),
        [("request-body-became-required", B, f"{SAVE}/requestBody")],
        id="request-body-became-required",
    ),
    pytest.param(
        view(responses={"200": reply(), "404": reply()}),
        view(responses={"200": reply()}),
        [("response-status-removed", B, f"{VIEW}/responses/404")],
        id="status-removed",
    ),
    pytest.param(
        view(),
        view(responses={"200": reply(), "default": reply()}),
        [("response-status-added", N, f"{VIEW}/responses/default")],
        id="status-added",
    ),
    # Request fields.
    pytest.param(
        saving(name=STRING, fax=STRING),
        saving(name=STRING),
        [("request-field-removed", B, f"{ORGANISATION}/properties/fax")],
        id="request-field-removed",
    ),
    pytest.param(
        saving(name=STRING),
        saving_required(("name",), name=STRING),
        [("request-field-became-required", B, f"{ORGANISATION}/properties/name")],
        id="request-field-became-required",
    ),
    pytest.param(
        saving_required(("name",), name=STRING),
        saving(name=STRING),
        [("request-constraint-relaxed", N, f"{ORGANISATION}/properties/name")],
        id="request-field-became-optional",
    ),
    pytest.param(
        saving(name=STRING),
        saving_required(("owner",), name=STRING, owner=STRING),
        [("required-request-field-added", B, f"{ORGANISATION}/properties/owner")],
        id="required-request-field-added",
    ),
    pytest.param(
        saving(name=STRING),
        saving(name=STRING, website=STRING),
        [("optional-request-field-added", N, f"{ORGANISATION}/properties/website")],
        id="optional-request-field-added",
    ),
    pytest.param(
        saving(name=STRING, id={"type": "integer", "readOnly": True}),
        saving(name=STRING),
        [],
        id="request-ignores-read-only-fields",
    ),
    # Request values: narrowing breaks, widening does not.
    pytest.param(
        sent_field(type="string"),
        sent_field(type="integer"),
        [("request-type-narrowed", B, f"{ORGANISATION}/properties/name")],
        id="req-retyped",
    ),
    pytest.param(
        sent_field(type="number"),
        sent_field(type="integer"),
        [("request-type-narrowed", B, f"{ORGANISATION}/properties/name")],
        id="req-num-to-int",
    ),
    pytest.param(
        sent_field(type="string"),
        sent_field(type="string", format="date"),
        [("request-type-narrowed", B, f"{ORGANISATION}/properties/name")],
        id="req-format-added",
    ),
    pytest.param(
        sent_field(type="integer"),
        sent_field(type="number"),
        [("request-type-widened", N, f"{ORGANISATION}/properties/name")],
        id="req-int-to-num",
    ),
    pytest.param(
        sent_field(type="string", nullable=False),
        sent_field(type="string", nullable=True),
        [("request-type-widened", N, f"{ORGANISATION}/properties/name")],
        id="req-nullable-added",
    ),
    pytest.param(
        sent_field(type="string", nullable=True),
        sent_field(type="string"),
        [("request-nullable-removed", B, f"{ORGANISATION}/properties/name")],
        id="req-nullable-removed",
    ),
    pytest.param(
        sent_field(type="string", enum=["a", "b"]),
        sent_field(type="string", enum=["a"]),
        [("request-enum-narrowed", B, f"{ORGANISATION}/properties/name")],
        id="req-enum-value-removed",
    ),
    pytest.param(
        sent_field(type="string"),
        sent_field(type="string", enum=["a"]),
        [("request-enum-narrowed", B, f"{ORGANISATION}/properties/name")],
        id="req-enum-introduced",
    ),
    pytest.param(
        sent_field(type="string", enum=["a"]),
        sent_field(type="string", enum=["a", "b"]),
        [("request-enum-widened", N, f"{ORGANISATION}/properties/name")],
        id="req-enum-widened",
    ),
    pytest.param(
        sending(obj(tags={"type": "array", "items": {"type": "string", "maxLength": 20}})),
        sending(obj(tags={"type": "array", "items": {"type": "string", "maxLength": 10}})),
        [("request-constraint-tightened", B, f"{SENT}/properties/tags/items")],
        id="req-array-items",
    ),
    pytest.param(
        sending({"type": "object", "additionalProperties": INTEGER}),
        sending({"type": "object", "additionalProperties": STRING}),
        [("request-type-narrowed", B, f"{SENT}/additionalProperties")],
        id="req-map-values",
    ),
    pytest.param(
        sending(
            {"oneOf": [PERSON_REF, ORG_REF]}, components={"schemas": {"Person": obj(), "Organisation": obj()}}
        ),
        sending({"oneOf": [PERSON_REF]}, components={"schemas": {"Person": obj()}}),
        [("request-variant-removed", B, f"{SENT}/oneOf/1")],
        id="req-variant-removed",
    ),
    pytest.param(
        sending(STRING),
        sending({"anyOf": [STRING, INTEGER]}),
        [("request-variant-added", N, f"{SENT}/anyOf/1")],
        id="req-variant-added",
    ),
    # Response fields.
    pytest.param(
        receiving(obj(name=STRING, fax=STRING)),
        receiving(obj(name=STRING)),
        [("response-field-removed", B, f"{RECEIVED}/properties/fax")],
        id="response-field-removed",
    ),
    pytest.param(
        receiving(obj(name=STRING)),
        receiving(obj(name=STRING, website=STRING)),
        [("response-field-added", N, f"{RECEIVED}/properties/website")],
        id="response-field-added",
    ),
    pytest.param(
        receiving(obj(("name",), name=STRING)),
        receiving(obj(name=STRING)),
        [("response-field-became-optional", B, f"{RECEIVED}/properties/name")],
        id="response-field-became-optional",
    ),
    pytest.param(
        receiving(obj(name=STRING)),
        receiving(obj(("name",), name=STRING)),
        [("response-constraint-changed", N, f"{RECEIVED}/properties/name")],
        id="response-field-became-required",
    ),
    pytest.param(
        receiving(obj(name=STRING, token={"type": "string", "writeOnly": True})),
        receiving(obj(name=STRING)),
        [],
        id="response-ignores-write-only-fields",
    ),
    # Response values: widening breaks, narrowing does not.
    pytest.param(
        field("id", type="integer"),
        field("id", type="string"),
        [("response-type-changed", B, f"{RECEIVED}/properties/id")],
        id="resp-retyped",
    ),
    pytest.param(
        field("n", type="integer"),
        field("n", type="number"),
        [("response-type-changed", B, f"{RECEIVED}/properties/n")],
        id="resp-int-to-num",
    ),
    pytest.param(
        field("n", type="number"),
        field("n", type="integer"),
        [("response-constraint-changed", N, f"{RECEIVED}/properties/n")],
        id="resp-num-to-int",
    ),
    pytest.param(
        field("name", type="string"),
        field("name", type="string", nullable=True),
        [("response-field-became-nullable", B, f"{RECEIVED}/properties/name")],
        id="resp-became-nullable",
    ),
    pytest.param(
        field("name", type="string", nullable=True),
        field("name", type="string"),
        [("response-constraint-changed", N, f"{RECEIVED}/properties/name")],
        id="resp-nullable-removed",
    ),
    pytest.param(
        field("status", type="string", enum=["open", "won"]),
        field("status", type="string", enum=["open", "won", "lost"]),
        [("response-enum-widened", T, f"{RECEIVED}/properties/status")],
        id="resp-enum-widened",
    ),
    pytest.param(
        field("status", type="string", enum=["open", "won"]),
        field("status", type="string"),
        [("response-enum-widened", T, f"{RECEIVED}/properties/status")],
        id="resp-enum-dropped",
    ),
    pytest.param(
        field("status", type="string", enum=["open", "won"], nullable=True),
        field("status", type="string", enum=["open", "won", None], nullable=True),
        [],
        id="resp-enum-null-left-to-nullable",
    ),
    pytest.param(
        field("status", type="string", enum=["open", "won"]),
        field("status", type="string", enum=["open"]),
        [("response-enum-narrowed", N, f"{RECEIVED}/properties/status")],
        id="resp-enum-narrowed",
    ),
    pytest.param(
        field("when", type="string", format="date"),
        field("when", type="string", format="date-time"),
        [("response-format-changed", T, f"{RECEIVED}/properties/when")],
        id="resp-format-changed",
    ),
    pytest.param(
        field("name", type="string", maxLength=10),
        field("name", type="string", maxLength=20),
        [("response-constraint-changed", N, f"{RECEIVED}/properties/name")],
        id="resp-constraint",
    ),
    pytest.param(
        receiving({"type": "array", "items": obj(name=STRING, fax=STRING)}),
        receiving({"type": "array", "items": obj(name=STRING)}),
        [("response-field-removed", B, f"{RECEIVED}/items/properties/fax")],
        id="resp-array-items",
    ),
    pytest.param(
        receiving({"type": "object", "additionalProperties": INTEGER}),
        receiving({"type": "object", "additionalProperties": STRING}),
        [("response-type-changed", B, f"{RECEIVED}/additionalProperties")],
        id="resp-map-values",
    ),
    pytest.param(
        receiving({"type": "object", "additionalProperties": False}),
        receiving({"type": "object"}),
        [("response-constraint-changed", N, RECEIVED)],
        id="resp-map-opened",
    ),
    pytest.param(
        receiving(STRING),
        receiving({"oneOf": [STRING, INTEGER]}),
        [("response-variant-added", T, f"{RECEIVED}/oneOf/1")],
        id="resp-variant-added",
    ),
    pytest.param(
        receiving({"oneOf": [{**obj(), "title": "Person"}, {**obj(), "title": "Organisation"}]}),
        receiving({"oneOf": [{**obj(), "title": "Organisation"}]}),
        [("response-variant-removed", N, f"{RECEIVED}/oneOf/0")],
        id="resp-variant-removed",
    ),
    # Ignored entirely: descriptions, summaries, examples, extensions, key spelling of status codes.
    pytest.param(
        field("name", type="string"),
        {
            **field(
                "name", type="string", description="Trading name", example="Acme", **{"x-tactile-note": "1"}
            ),
            "info": {"title": "Tactile CRM", "version": "2", "description": "new"},
        },
        [],
        id="descriptions-examples-extensions",
    ),
    pytest.param(
        spec({"/o": {"get": {"responses": {200: reply(STRING)}}}}),
        spec({"/o": {"get": {"responses": {"200": reply(STRING)}}}}),
        [],
        id="yaml-integer-status-keys",
    ),
]

# Request constraints: each of these alone is one finding at the field.
TIGHTENED = [
    ({"maxLength": 20}, {"maxLength": 10}),
    ({}, {"maxLength": 10}),
    ({"maximum": 100}, {"maximum": 10}),
    ({"minimum": 0}, {"minimum": 1}),
    ({}, {"minLength": 1}),
    ({}, {"pattern": "^[a-z]+$"}),
    ({"pattern": "^[a-z]+$"}, {"pattern": "^[a-z]*$"}),
    ({}, {"multipleOf": 5}),
    ({"multipleOf": 5}, {"multipleOf": 10}),
    ({"maximum": 10}, {"maximum": 10, "exclusiveMaximum": True}),
]
RELAXED = [
    ({"maxLength": 10}, {"maxLength": 20}),
    ({"maxLength": 10}, {}),
    ({"minimum": 1}, {"minimum": 0}),
    ({"pattern": "^[a-z]+$"}, {}),
    ({"multipleOf": 10}, {"multipleOf": 5}),
    ({"multipleOf": 0.5}, {"multipleOf": 0.25}),
]


@pytest.mark.parametrize(("base", "head", "expected"), CASES)
def test_each_rule(base: Spec, head: Spec, expected: Expected) -> None:
    assert [(f.rule, f.severity, f.path) for f in compare(base, head)] == expected


@pytest.mark.parametrize(("before", "after"), TIGHTENED, ids=str)
def test_request_constraint_tightened(before: Schema, after: Schema) -> None:
    expected = [("request-constraint-tightened", B, f"{ORGANISATION}/properties/name")]
    found = compare(sent_field(type="number", **before), sent_field(type="number", **after))
    assert [(f.rule, f.severity, f.path) for f in found] == expected


@pytest.mark.parametrize(("before", "after"), RELAXED, ids=str)
def test_request_constraint_relaxed(before: Schema, after: Schema) -> None:
    expected = [("request-constraint-relaxed", N, f"{ORGANISATION}/properties/name")]
    found = compare(sent_field(type="number", **before), sent_field(type="number", **after))
    assert [(f.rule, f.severity, f.path) for f in found] == expected


def test_closing_a_request_object_is_tightening() -> None:
    found = compare(sending(obj(name=STRING)), sending({**obj(name=STRING), "additionalProperties": False}))
    assert [(f.rule, f.path) for f in found] == [("request-constraint-tightened", SENT)]


def test_every_rule_has_a_case() -> None:
    covered = {rule for case in CASES for rule, _, _ in cast(Expected, case.values[2])}
    covered |= {"request-constraint-tightened", "request-constraint-relaxed"}
    assert set(RULES) - covered == set()


# --- $refs --------------------------------------------------------------------------------------------


def organisation_component(**properties: Schema) -> dict[str, Schema]:
    return {"Organisation": obj(("name",), **properties)}


def test_identical_specs_have_no_findings() -> None:
    document = receiving(ORG_REF, components={"schemas": organisation_component(name=STRING, parent=ORG_REF)})
    document["servers"] = [SERVER]
    assert compare(document, copy.deepcopy(document)) == []


def test_change_inside_a_component_is_found_through_the_ref() -> None:
    base = receiving(ORG_REF, components={"schemas": organisation_component(name=STRING)})
    head = receiving(ORG_REF, components={"schemas": organisation_component(name=INTEGER)})
    [finding] = compare(base, head)
    assert (finding.rule, finding.severity) == ("response-type-changed", B)
    assert finding.path == f"{RECEIVED}/properties/name"
    assert finding.defined_at == "/components/schemas/Organisation/properties/name"


def test_recursive_schemas_terminate_and_report_once() -> None:
    def document(status: Schema) -> Spec:
        recursive = organisation_component(
            name=STRING, status=status, parent=ORG_REF, manager={"allOf": [ORG_REF], "nullable": True}
        )
        return receiving(ORG_REF, components={"schemas": recursive})

    found = compare(
        document({"type": "string", "enum": ["a"]}), document({"type": "string", "enum": ["a", "b"]})
    )
    assert [(f.rule, f.path) for f in found] == [("response-enum-widened", f"{RECEIVED}/properties/status")]


def test_single_ref_all_of_with_nullable_is_that_schema_made_nullable() -> None:
    components = {"schemas": organisation_component(name=STRING)}
    base = receiving(obj(owner=ORG_REF), components=components)
    head = receiving(obj(owner={"allOf": [ORG_REF], "nullable": True}), components=components)
    found = compare(base, head)
    assert [(f.rule, f.path) for f in found] == [
        ("response-field-became-nullable", f"{RECEIVED}/properties/owner")
    ]


def test_null_inside_a_union_is_the_union_being_nullable() -> None:
    """The 3.0.3-correct refactor: `allOf: [$ref X]` + nullable becomes `$ref NullableX`, whose null
    sits in a oneOf branch. Same values, so no findings, either way round."""
    boolean_or_flag: Schema = {"oneOf": [{"type": "boolean"}, {"type": "string", "enum": ["t", "f"]}]}
    nullable_variant: Schema = {"oneOf": [{"type": "boolean", "nullable": True}, boolean_or_flag["oneOf"][1]]}
    components = {"schemas": {"PgBoolean": boolean_or_flag, "NullablePgBoolean": nullable_variant}}
    wrapped = receiving(
        obj(enabled={"allOf": [{"$ref": "#/components/schemas/PgBoolean"}], "nullable": True})
    )
    variant = receiving(obj(enabled={"$ref": "#/components/schemas/NullablePgBoolean"}))
    wrapped["components"] = variant["components"] = components
    assert compare(wrapped, variant) == []
    assert compare(variant, wrapped) == []
    plain = receiving(obj(enabled={"$ref": "#/components/schemas/PgBoolean"}), components=components)
    assert [(f.rule, f.path) for f in compare(plain, variant)] == [
        ("response-field-became-nullable", f"{RECEIVED}/properties/enabled")
    ]


def test_defined_at_is_the_edited_place() -> None:
    """A field removed: where it was declared, even if its schema is a $ref. A value changed: inside
    the component when both sides share it, else where HEAD declares it (the $ref was retargeted)."""
    statuses = {
        "Status": {"type": "string", "enum": ["open"]},
        "Stage": {"type": "string", "enum": ["open", "won"]},
    }

    def document(status_ref: str, schemas: dict[str, Schema]) -> Spec:
        organisation = obj(id=INTEGER, status={"$ref": f"#/components/schemas/{status_ref}"})
        return receiving(ORG_REF, components={"schemas": {"Organisation": organisation, **schemas}})

    base = document("Status", statuses)
    removed = copy.deepcopy(base)
    del removed["components"]["schemas"]["Organisation"]["properties"]["status"]
    widened = document("Status", {**statuses, "Status": statuses["Stage"]})
    retargeted = document("Stage", statuses)
    organisation = "/components/schemas/Organisation/properties"
    assert [f.defined_at for f in compare(base, removed)] == [f"{organisation}/status"]
    assert [f.defined_at for f in compare(base, widened)] == ["/components/schemas/Status"]
    assert [f.defined_at for f in compare(base, retargeted)] == [f"{organisation}/status"]


def test_all_of_members_are_merged() -> None:
    components = {"schemas": {"Base": obj(("id",), id=INTEGER)}}
    base = receiving(
        {"allOf": [{"$ref": "#/components/schemas/Base"}, obj(name=STRING)]}, components=components
    )
    head = receiving(obj(("id",), id=INTEGER), components=components)
    assert [(f.rule, f.path) for f in compare(base, head)] == [
        ("response-field-removed", f"{RECEIVED}/properties/name")
    ]


def test_external_refs_are_refused() -> None:
    with pytest.raises(UnsupportedRefError, match="bundle"):
        compare(receiving({"$ref": "common.yaml#/Organisation"}), receiving(STRING))


# --- CLI ----------------------------------------------------------------------------------------------


def write(path: Path, data: Any) -> Path:
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def run_gate(tmp_path: Path, base: Spec, head: Spec, *extra: str, acknowledged: Any = None) -> int:
    acknowledgements = tmp_path / "acknowledged.yaml"
    if acknowledged is not None:
        write(acknowledgements, acknowledged)
    old, new = write(tmp_path / "base.yaml", base), write(tmp_path / "head.yaml", head)
    return main(["--base", str(old), "--head", str(new), "--acknowledged", str(acknowledgements), *extra])


FIELD_REMOVED = (receiving(obj(name=STRING, fax=STRING)), receiving(obj(name=STRING)))
FAX = f"{RECEIVED}/properties/fax"


def test_unacknowledged_break_fails_the_gate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_gate(tmp_path, *FIELD_REMOVED) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"BREAKING  response-field-removed  {FAX}  field 'fax' removed"
    assert lines[-1].endswith("gate FAILED, 1 unacknowledged")


def test_acknowledged_break_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    acknowledged = [{"rule": "response-field-removed", "path": FAX, "reason": "never sent by the server"}]
    assert run_gate(tmp_path, *FIELD_REMOVED, acknowledged=acknowledged) == 0
    out, err = capsys.readouterr()
    assert "[acknowledged: never sent by the server]" in out
    assert "1 breaking (1 acknowledged)" in out
    assert err == ""


def test_acknowledging_a_component_covers_every_use(tmp_path: Path) -> None:
    def document(**properties: Schema) -> Spec:
        return receiving(ORG_REF, components={"schemas": organisation_component(**properties)})

    base, head = document(name=STRING, fax=STRING), document(name=STRING)
    for version in (base, head):  # a second operation using the same component
        version["paths"]["/organisations"] = {"get": {"responses": {"200": reply(ORG_REF)}}}
    assert [f.defined_at for f in compare(base, head)] == [
        "/components/schemas/Organisation/properties/fax"
    ] * 2
    acknowledged = [
        {
            "rule": "response-field-removed",
            "path": "/components/schemas/Organisation/properties/fax",
            "reason": "x",
        }
    ]
    assert run_gate(tmp_path, base, head, acknowledged=acknowledged) == 0


def test_the_repository_acknowledgement_file_is_well_formed(tmp_path: Path) -> None:
    load_acknowledgements(DEFAULT_ACKNOWLEDGED)  # raises on a malformed entry or an unknown rule
    assert load_acknowledgements(tmp_path / "absent.yaml") == []


def test_only_additions_pass(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_gate(tmp_path, receiving(obj(name=STRING)), receiving(obj(name=STRING, website=STRING))) == 0
    assert capsys.readouterr().out.startswith("NON-BREAKING  response-field-added")


def test_breaks_typed_clients_fails_the_gate(tmp_path: Path) -> None:
    base, head = field("s", type="string", enum=["a"]), field("s", type="string", enum=["a", "b"])
    assert run_gate(tmp_path, base, head) == 1


def test_stale_acknowledgement_warns_without_failing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    acknowledged = [{"rule": "operation-removed", "path": VIEW, "reason": "moved"}]
    assert run_gate(tmp_path, view(), view(), acknowledged=acknowledged) == 0
    err = capsys.readouterr().err
    assert err == f"warning: stale acknowledgement matches no finding: operation-removed  {VIEW}  (moved)\n"


def test_breaking_findings_are_listed_first_in_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = receiving(obj(name=STRING, fax=STRING))
    head = receiving(obj(name=STRING, website=STRING, status={"type": "string"}))
    assert run_gate(tmp_path, base, head, "--format", "json") == 1
    rows = json.loads(capsys.readouterr().out)
    assert [row["severity"] for row in rows] == ["breaking", "non-breaking", "non-breaking"]
    assert rows[0] == {
        "rule": "response-field-removed",
        "severity": "breaking",
        "path": FAX,
        "defined_at": FAX,
        "message": "field 'fax' removed",
        "acknowledged": False,
        "reason": None,
    }


@pytest.mark.parametrize(
    "acknowledged",
    [
        {"rule": "x"},
        [{"rule": "response-field-removed", "path": FAX}],
        [{"rule": "no-such-rule", "path": FAX, "reason": "typo"}],
    ],
    ids=["not-a-list", "no-reason", "unknown-rule"],
)
def test_malformed_acknowledgements_are_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], acknowledged: Any
) -> None:
    assert run_gate(tmp_path, *FIELD_REMOVED, acknowledged=acknowledged) == 2
    assert capsys.readouterr().err.startswith("error: ")


def test_runs_as_a_module(tmp_path: Path) -> None:
    old, new = write(tmp_path / "base.yaml", view()), write(tmp_path / "head.yaml", spec())
    command = [sys.executable, "-m", "scripts.breaking", "--base", str(old), "--head", str(new)]
    command += ["--acknowledged", str(tmp_path / "absent.yaml")]
    result = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert result.stdout.startswith(f"BREAKING  operation-removed  {VIEW}  GET /organisations/view removed")
