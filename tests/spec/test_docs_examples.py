"""Every JSON example of the two docs pages validates against the matching schema of the spec."""

from __future__ import annotations

from typing import Any

import pytest

from scripts.spec_examples import SchemaValidator
from tests.spec.docs_examples import DocsExample, all_examples

EXAMPLES = all_examples()
# The docs' own save example omits fields the same page calls compulsory (enddate) and that the
# server requires (status_id). The corrected copy adds them; the uncorrected one must fail for exactly that.
INCOMPLETE_SAVE = "opportunities.txt:130"
SAVE_CORRECTION = {"enddate": "2009-06-30", "status_id": 1}


def _schema_for(spec: dict[str, Any], example: DocsExample) -> dict[str, Any]:
    for path, item in spec["paths"].items():
        if path.split("/{")[0] != example.heading:
            continue
        operation = next(iter(item.values()))
        if example.kind == "request":
            schema: dict[str, Any] = operation["requestBody"]["content"]["application/json"]["schema"]
            return schema
        response: dict[str, Any] = operation["responses"]["200"]["content"]["application/json"]["schema"]
        return response
    raise AssertionError(f"{example.source}: no operation in the spec for docs section {example.heading}")


def test_all_docs_examples_are_found() -> None:
    # 7 on the opportunities page, 10 on the organisations page; a change means the extractor broke.
    assert len(EXAMPLES) == 17
    assert sum(e.kind == "request" for e in EXAMPLES) == 4


def test_docs_quirks_are_corrected_not_ignored() -> None:
    by_source = {e.source: e for e in EXAMPLES}
    assert by_source["opportunities.txt:95"].duplicate_keys == ["opportunity", "opportunity_id"]
    assert by_source["opportunities.txt:25"].elided_objects == 2
    assert by_source["organisations.txt:45"].elided_objects == 2


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"{e.source} {e.heading} {e.kind}" for e in EXAMPLES])
def test_docs_example_validates(
    spec: dict[str, Any], validator: SchemaValidator, example: DocsExample
) -> None:
    value = example.value
    if example.source == INCOMPLETE_SAVE:
        value = {"Opportunity": {**value["Opportunity"], **SAVE_CORRECTION}}
    assert validator.errors(_schema_for(spec, example), value) == []


def test_uncorrected_docs_save_example_misses_only_the_required_fields(
    spec: dict[str, Any], validator: SchemaValidator
) -> None:
    example = next(e for e in EXAMPLES if e.source == INCOMPLETE_SAVE)
    schema = spec["components"]["schemas"]["OpportunityCreate"]
    errors = validator.errors(schema, example.value["Opportunity"])
    assert errors == [
        "/: 'enddate' is a required property",
        "/: 'status_id' is a required property",
    ]
