"""The contract suite: schemathesis over every operation, stateful chains, auth and filter semantics.

Runs in-process against the fake by default; `TACTILE_BASE_URL` + `TACTILE_API_TOKEN` point it at any
server (see tests/contract/target.py and the README).
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from scripts.paths import SPEC_PATH
from scripts.spec_validation import load_spec
from tests.contract import checks, target

SCHEMA = target.load_schema()
DEPTH = target.depth()
SPEC = load_spec(SPEC_PATH)
OPERATIONS = [(method, path) for path, item in SPEC["paths"].items() for method in item]
assert checks.CUSTOM_CHECKS  # registered with schemathesis on import


@SCHEMA.parametrize()
@settings(
    max_examples=DEPTH.max_examples,
    deadline=None,
    derandomize=DEPTH.derandomize,
    suppress_health_check=list(HealthCheck),
)
def test_operation_keeps_the_contract(case: Any) -> None:
    case.call_and_validate()


Workflow = SCHEMA.as_state_machine()
Workflow.TestCase.settings = settings(
    max_examples=DEPTH.stateful_examples,
    stateful_step_count=DEPTH.stateful_steps,
    deadline=None,
    derandomize=DEPTH.derandomize,
    suppress_health_check=list(HealthCheck),
)
TestStatefulWorkflow = Workflow.TestCase


def _concrete(path: str) -> str:
    return path.replace("{id}", "1")


def _messages(response: Any) -> dict[str, str]:
    body = response.json()
    assert body["status"] == "error", body
    messages = body["messages"]
    return messages if isinstance(messages, dict) else dict(enumerate(messages))  # type: ignore[arg-type]


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m.upper()} {p}" for m, p in OPERATIONS])
def test_a_bad_token_is_refused(method: str, path: str) -> None:
    response = target.request(method.upper(), _concrete(path), params={"api_token": "0" * 40, "id": "1"})
    assert response.status_code == 200
    assert _messages(response) == {"403": "Failed to login"}


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m.upper()} {p}" for m, p in OPERATIONS])
def test_a_missing_token_is_refused_with_json(method: str, path: str) -> None:
    response = target.request(method.upper(), _concrete(path), params={"id": "1"})
    assert response.status_code == 200
    assert "403" in _messages(response)


def _token() -> dict[str, str]:
    return {"api_token": target.api_token()}


def _save_organisation(name: str, **fields: Any) -> int:
    response = target.request(
        "POST", "/organisations/save", params=_token(), json_body={"Organisation": {"name": name, **fields}}
    )
    body = response.json()
    assert body["status"] == "success", body
    return int(body["id"])


def _listed_names(**filters: str) -> list[str]:
    response = target.request("GET", "/organisations", params={**_token(), **filters, "limit": "100"})
    body = response.json()
    assert body["status"] == "success", body
    return [org["name"] for org in body["organisations"]]


def test_name_filter_treats_star_as_a_wildcard_and_ignores_case() -> None:
    marker = uuid.uuid4().hex[:10]
    name = f"Zebra {marker} Ltd"
    _save_organisation(name)
    assert _listed_names(name=f"zebra {marker}*") == [name]
    assert _listed_names(name=f"*{marker.upper()}*") == [name]
    assert _listed_names(name=name.lower()) == [name]
    assert _listed_names(name=f"zebra {marker}") == []


def test_accountnumber_filter_matches_wildcards(subtests: Any = None) -> None:
    marker = uuid.uuid4().hex[:8].upper()
    _save_organisation(f"Account {marker}", accountnumber=f"AC{marker}")
    assert _listed_names(accountnumber=f"ac{marker.lower()[:4]}*") == [f"Account {marker}"]
    assert _listed_names(accountnumber=f"AC{marker[:4]}") == []


def test_a_saved_organisation_reads_back_and_updates_partially() -> None:
    name = f"Readback {uuid.uuid4().hex[:8]}"
    org_id = _save_organisation(name, description="first", town="Coventry")
    updated = target.request(
        "POST",
        "/organisations/save",
        params=_token(),
        json_body={"Organisation": {"id": org_id, "description": "second"}},
    ).json()
    assert updated == {"status": "success", "id": org_id}
    view = target.request("GET", f"/organisations/view/{org_id}", params=_token()).json()
    assert view["status"] == "success"
    organisation = view["organisation"]
    assert (organisation["name"], organisation["description"], organisation["town"]) == (
        name,
        "second",
        "Coventry",
    )
