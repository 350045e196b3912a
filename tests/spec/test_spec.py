"""The spec is valid OpenAPI 3.0.3, documents all 15 operations, and every example in it is valid."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from scripts.paths import SPEC_PATH
from scripts.spec_examples import SchemaValidator, iter_examples
from scripts.spec_validation import check_document, check_file, load_spec, resolve_ref

OPERATIONS = {
    ("get", "/opportunities"): "listOpportunities",
    ("get", "/opportunities/view/{id}"): "viewOpportunity",
    ("get", "/opportunities/timeline"): "getOpportunityTimeline",
    ("post", "/opportunities/save"): "saveOpportunity",
    ("get", "/opportunities/options"): "getOpportunityOptions",
    ("get", "/opportunities/add_tag"): "addOpportunityTag",
    ("get", "/organisations"): "listOrganisations",
    ("get", "/organisations/mine"): "listMyOrganisations",
    ("get", "/organisations/view/{id}"): "viewOrganisation",
    ("get", "/organisations/contact_methods"): "listOrganisationContactMethods",
    ("get", "/organisations/timeline"): "getOrganisationTimeline",
    ("post", "/organisations/save"): "saveOrganisation",
    ("post", "/organisations/save_contact"): "saveOrganisationContact",
    ("get", "/organisations/options"): "getOrganisationOptions",
    ("get", "/organisations/add_tag"): "addOrganisationTag",
}
EXTENSION_KINDS = {
    "x-tactile-real-server-only",
    "x-tactile-docs-only",
    "x-tactile-divergence",
    "x-tactile-server-leniency",
    "x-tactile-source-commit",
    "x-tactile-repeated-definition",
}


def _operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(method, path): op for path, item in spec["paths"].items() for method, op in item.items()}


def test_spec_file_is_valid_openapi_30(spec: dict[str, Any]) -> None:
    assert spec["openapi"] == "3.0.3"
    assert check_file(SPEC_PATH) == []


def test_spec_documents_exactly_the_15_operations(spec: dict[str, Any]) -> None:
    found = {key: op["operationId"] for key, op in _operations(spec).items()}
    assert found == OPERATIONS


@pytest.mark.parametrize("key", sorted(OPERATIONS), ids=[OPERATIONS[k] for k in sorted(OPERATIONS)])
def test_operation_is_described_tagged_and_exemplified(spec: dict[str, Any], key: tuple[str, str]) -> None:
    op = _operations(spec)[key]
    assert op["tags"] in (["organisations"], ["opportunities"])
    assert op["summary"] and op["description"]
    media = op["responses"]["200"]["content"]["application/json"]
    assert len(media["examples"]) >= 1
    if "requestBody" in op:
        assert len(op["requestBody"]["content"]["application/json"]["examples"]) >= 1


def test_api_token_is_declared_once_globally(spec: dict[str, Any]) -> None:
    assert spec["security"] == [{"apiToken": []}]
    assert spec["components"]["securitySchemes"]["apiToken"] == {
        **spec["components"]["securitySchemes"]["apiToken"],
        "type": "apiKey",
        "in": "query",
        "name": "api_token",
    }
    assert all("security" not in op for op in _operations(spec).values())
    assert spec["servers"][0]["url"] == "https://{account}.tactilecrm.com"


def test_save_bodies_require_what_the_server_requires(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert schemas["OpportunityCreate"]["required"] == ["name", "enddate", "status_id"]
    assert schemas["OrganisationCreate"]["required"] == ["name"]
    assert schemas["OpportunityUpdate"]["required"] == ["id"]
    probability = schemas["OpportunityCreate"]["properties"]["probability"]
    assert (probability["minimum"], probability["maximum"], probability["multipleOf"]) == (0, 100, 5)


def test_only_known_divergence_extensions_are_used(spec: dict[str, Any]) -> None:
    def keys(node: object) -> set[str]:
        if isinstance(node, dict):
            own = {k for k in node if isinstance(k, str) and k.startswith("x-tactile")}
            return own.union(*(keys(v) for v in node.values()))
        if isinstance(node, list):
            return set().union(*(keys(v) for v in node))
        return set()

    used = keys(spec)
    assert used <= EXTENSION_KINDS
    assert {"x-tactile-divergence", "x-tactile-real-server-only", "x-tactile-docs-only"} <= used


def _objects_inside(spec: dict[str, Any], schema: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The object schemas directly inside `schema` (properties, items, map values, oneOf), by path."""
    properties = schema.get("properties", {})
    children: list[tuple[str, Any]] = [(f"properties/{k}", v) for k, v in properties.items()]
    children += [(f"oneOf/{i}", v) for i, v in enumerate(schema.get("oneOf", []))]
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            children.append((key, schema[key]))
    found = []
    for path, child in children:
        target = resolve_ref(spec, child)
        if target.get("type") == "object" or "properties" in target:
            found.append((child.get("$ref", path), target))
        else:
            found += [(f"{path}/{inner}", obj) for inner, obj in _objects_inside(spec, target)]
    return found


def test_repeated_definitions_contain_only_repeated_definitions(spec: dict[str, Any]) -> None:
    # The Python client shares one parsed copy of these between records and makes them immutable; an object
    # inside one that is not marked would become a mutable model that every sharing record sees changed.
    marked = [
        (name, schema)
        for name, schema in spec["components"]["schemas"].items()
        if schema.get("x-tactile-repeated-definition")
    ]
    assert [name for name, _ in marked] == ["CustomField", "CustomFieldOption"]
    unmarked, seen = [], set()
    pending = [(name, schema) for name, schema in marked]
    while pending:
        where, schema = pending.pop()
        for path, inner in _objects_inside(spec, schema):
            place = path if path.startswith("#") else f"{where}/{path}"
            if not inner.get("x-tactile-repeated-definition"):
                unmarked.append(place)
            elif place not in seen:
                seen.add(place)
                pending.append((place, inner))
    assert unmarked == []
    assert "#/components/schemas/CustomFieldOption" in seen  # reached through CustomField.options
    custom_field = spec["components"]["schemas"]["CustomField"]
    inside_custom_field = [path for path, _ in _objects_inside(spec, custom_field)]
    assert inside_custom_field == ["properties/enabled_for", "properties/options"]


EXAMPLES = list(iter_examples(load_spec(SPEC_PATH)))


def test_spec_has_examples_everywhere() -> None:
    assert len(EXAMPLES) >= 70


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.pointer for e in EXAMPLES])
def test_example_validates_against_its_schema(validator: SchemaValidator, example: Any) -> None:
    assert validator.errors(example.schema, example.value) == []


@pytest.mark.parametrize(
    ("mutation", "expected"),
    [
        ({"id": "1234"}, "/organisation/id: '1234' is not of type 'integer'"),
        ({"owner": 5}, "/organisation/owner: 5 is not of type 'string'"),
        ({"name": None}, "/organisation/name: None for not nullable"),
        (
            {"created": "2009-02-31T10:00:00+0000"},
            "/organisation/created: '2009-02-31T10:00:00+0000' is not a",
        ),
        ({"lastupdated": "16/03/2009 13:48"}, "/organisation/lastupdated: '16/03/2009 13:48' does not match"),
    ],
)
def test_validator_rejects_wrong_values_and_names_the_field(
    spec: dict[str, Any], validator: SchemaValidator, mutation: dict[str, Any], expected: str
) -> None:
    body = copy.deepcopy(spec["components"]["examples"]["OrganisationViewRealServer"]["value"])
    body["organisation"].update(mutation)
    schema = {"$ref": "#/components/schemas/OrganisationViewResponse"}
    assert any(error.startswith(expected) for error in validator.errors(schema, body))


def test_structural_problems_are_reported_with_their_location(spec: dict[str, Any]) -> None:
    broken = copy.deepcopy(spec)
    broken["components"]["schemas"]["Opportunity"]["properties"]["probability"]["minimum"] = "0"
    problems = [str(p) for p in check_document(broken)]
    assert problems == [
        "/components/schemas/Opportunity/properties/probability/minimum: '0' is not of type 'number'"
    ]


def test_save_links_chain_into_reads_tags_and_contacts(spec: dict[str, Any]) -> None:
    import schemathesis

    targets = {
        link["operationId"]
        for op in _operations(spec).values()
        for link in op["responses"]["200"].get("links", {}).values()
    }
    assert targets == {
        "viewOrganisation",
        "getOrganisationTimeline",
        "listOrganisationContactMethods",
        "addOrganisationTag",
        "saveOrganisationContact",
        "viewOpportunity",
        "getOpportunityTimeline",
        "addOpportunityTag",
    }
    # Building the state machine resolves every link (a link to a missing operation fails here).
    assert schemathesis.openapi.from_path(str(SPEC_PATH)).as_state_machine() is not None
