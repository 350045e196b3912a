"""Property: spec-valid instances of every component schema round-trip through the generated models.

Instances come from schemathesis' own generator (hypothesis-jsonschema is broken with current hypothesis):
a synthetic OpenAPI document with one ``POST /__gen__/<Component>`` per component schema, whose request
bodies are the instances (toolchain-findings §6.2). The custom timestamp formats get strategies that make
real calendar instants in every form the spec admits (their ``pattern`` alone would allow 31 February).

``from_dict(x).to_dict()`` must equal ``x``, timestamps compared as instants (a naive timeline timestamp is
Europe/London time and comes back with its offset). Derandomised, 25 examples per schema.
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
from collections.abc import Iterator
from typing import Any

import hypothesis.strategies as st
import pytest
import schemathesis
import tactile_crm_client.models as models
from hypothesis import HealthCheck, Phase, example, given, settings

from tests.client.support import normalise, spec

# Model class names that differ from the component name (config.yaml class_overrides).
RENAMED: dict[str, str] = {}

SETTINGS = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


def _timestamps(*, local: bool) -> st.SearchStrategy[str]:
    """Real instants in each textual form the Timestamp/LocalTimestamp patterns admit."""
    moments = st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 12, 31))
    offsets = st.one_of(
        st.just("Z"),
        st.builds(
            lambda sign, hours, minutes, colon: f"{sign}{hours:02d}{':' if colon else ''}{minutes:02d}",
            st.sampled_from("+-"),
            st.integers(0, 23),
            st.integers(0, 59),
            st.booleans(),
        ),
    )
    if local:
        offsets = st.one_of(st.just(""), offsets)
    separators = st.sampled_from("T ") if local else st.just("T")
    fractions = st.one_of(
        st.just(""),
        st.integers(1, 9).flatmap(
            lambda digits: st.integers(0, 10**digits - 1).map(lambda n: f".{n:0{digits}d}")
        ),
    )

    def render(moment: dt.datetime, separator: str, fraction: str, offset: str) -> str:
        return moment.strftime(f"%Y-%m-%d{separator}%H:%M:%S") + fraction + offset

    return st.builds(render, moments, separators, fractions, offsets)


FORMATS = {
    "tactile-date-time": _timestamps(local=False),
    "tactile-local-date-time": _timestamps(local=True),
}


@pytest.fixture(scope="module", autouse=True)
def timestamp_formats() -> Iterator[None]:
    """Register the format strategies for this module only (schemathesis' registry is process-wide)."""
    from schemathesis.specs.openapi import formats, unregister_string_format

    previous = {name: formats.STRING_FORMATS.get(name) for name in FORMATS}
    for name, strategy in FORMATS.items():
        schemathesis.openapi.format(name, strategy)
    yield
    for name, saved in previous.items():
        if saved is None:
            unregister_string_format(name)
        else:
            formats.STRING_FORMATS[name] = saved


def _synthetic_document() -> dict[str, Any]:
    document = copy.deepcopy(spec())
    components = document["components"]
    paths = {
        f"/__gen__/{name}": {
            "post": {
                "operationId": f"gen{name}",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}},
                },
                "responses": {"200": {"description": "ok"}},
            }
        }
        for name in components["schemas"]
    }
    return {
        "openapi": document["openapi"],
        "info": {"title": "generated bodies", "version": "1"},
        "paths": paths,
        "components": {"schemas": components["schemas"]},
    }


def _gets_a_class(schema: dict[str, Any]) -> bool:
    """Objects become models and enums become enum classes; primitives, arrays and unions are inlined
    into the models that use them (and exercised through those)."""
    return schema.get("type") == "object" or "properties" in schema or "enum" in schema


GENERATOR = schemathesis.openapi.from_dict(_synthetic_document())
COMPONENTS = sorted(spec()["components"]["schemas"])
MODELED = [name for name in COMPONENTS if _gets_a_class(spec()["components"]["schemas"][name])]


def test_every_object_and_enum_component_has_a_class() -> None:
    assert len(MODELED) > 30
    for name in COMPONENTS:
        assert hasattr(models, RENAMED.get(name, name)) == (name in MODELED), name


def _strategy(name: str) -> st.SearchStrategy[Any]:
    operation = GENERATOR[f"/__gen__/{name}"]["POST"]
    return operation.as_strategy().map(lambda case: case.body)


# Regression cases that random generation finds only sometimes: updates that also carry every field a
# create requires.
EXPLICIT: dict[str, list[Any]] = {
    "OrganisationSaveRequest": [{"Organisation": {"id": 1, "name": "Acme"}}],
    "OpportunitySaveRequest": [
        {"Opportunity": {"id": 1, "name": "Boats", "status_id": 1, "enddate": "2009-03-06"}},
    ],
}


def _create_branch_first(name: str) -> bool:
    """Whether a save wrapper lists its Create branch before its Update branch (see ``_param``)."""
    for prop in spec()["components"]["schemas"][name].get("properties", {}).values():
        refs = [branch.get("$ref", "") for branch in prop.get("oneOf", [])]
        if len(refs) == 2 and refs[0].endswith("Create") and refs[1].endswith("Update"):
            return True
    return False


def _param(name: str) -> Any:
    # The generator parses a oneOf by trying its branches in order. OrganisationCreate/OpportunityCreate have
    # additionalProperties: false, and the generated from_dict drops unknown keys silently, so an *update*
    # that also carries the create's required fields (e.g. {"id": 1, "name": "x"}) parses as a Create and
    # loses its id. Listing the Update branch (required: [id]) first fixes it; until the spec does, this is
    # an expected (strict) failure.
    if _create_branch_first(name):
        return pytest.param(
            name, marks=pytest.mark.xfail(strict=True, reason="spec: list the Update branch first")
        )
    return name


def _check_round_trip(cls: Any, body: Any) -> None:
    if isinstance(cls, type) and issubclass(cls, enum.Enum):
        assert cls(body).value == body
        return
    parsed = cls.from_dict(copy.deepcopy(body))
    assert normalise(parsed.to_dict()) == normalise(body)
    assert normalise(cls.from_dict(parsed.to_dict()).to_dict()) == normalise(body)


@pytest.mark.parametrize("name", [_param(name) for name in MODELED])
def test_spec_valid_bodies_round_trip(name: str) -> None:
    cls = getattr(models, RENAMED.get(name, name))
    # Known failures skip shrinking, which only slows down a failure that is expected anyway.
    phases = (
        [phase for phase in Phase if phase is not Phase.shrink] if _create_branch_first(name) else list(Phase)
    )

    @settings(SETTINGS, phases=phases)
    @given(_strategy(name))
    def round_trip(body: Any) -> None:
        _check_round_trip(cls, body)

    for body in EXPLICIT.get(name, []):
        round_trip = example(body)(round_trip)
    round_trip()
