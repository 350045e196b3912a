"""Prism, a standard mock server, serves the published spec, and the generated Python client calls all
15 operations against it: every example Prism serves, and data Prism makes up from the schemas."""

from __future__ import annotations

import inspect
import json
import typing
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import tactile_crm_client
from tactile_crm_client.api.opportunities import (
    add_opportunity_tag,
    get_opportunity_options,
    get_opportunity_timeline,
    list_opportunities,
    save_opportunity,
    view_opportunity,
)
from tactile_crm_client.api.organisations import (
    add_organisation_tag,
    get_organisation_options,
    get_organisation_timeline,
    list_my_organisations,
    list_organisation_contact_methods,
    list_organisations,
    save_organisation,
    save_organisation_contact,
    view_organisation,
)
from tactile_crm_client.models import ContactMethodInput, OpportunitySaveRequest, OrganisationSaveRequest

from scripts.paths import REPO_ROOT
from scripts.publish.serialise import load_document
from scripts.spec_examples import SchemaValidator
from tests.publish.processes import LOOPBACK, free_port, node_tool, serving

# Prism reads the 3.1 variant as well and answers the same; the 3.0 bundle is the one we recommend.
SPEC = REPO_ROOT / "published" / "tactile-openapi.yaml"
Call = Callable[[Any], Any]

# operationId → (generated module, how a user would call it)
CALLS: dict[str, tuple[ModuleType, Call]] = {
    "listOpportunities": (list_opportunities, lambda c: list_opportunities.sync_detailed(client=c, limit=10)),
    "viewOpportunity": (view_opportunity, lambda c: view_opportunity.sync_detailed(1234, client=c)),
    "getOpportunityTimeline": (
        get_opportunity_timeline,
        lambda c: get_opportunity_timeline.sync_detailed(client=c, id=1234),
    ),
    "saveOpportunity": (
        save_opportunity,
        lambda c: save_opportunity.sync_detailed(
            client=c,
            body=OpportunitySaveRequest.from_dict(
                {"Opportunity": {"name": "Website Redesign", "enddate": "2009-06-30", "status_id": 1}}
            ),
        ),
    ),
    "getOpportunityOptions": (
        get_opportunity_options,
        lambda c: get_opportunity_options.sync_detailed(client=c),
    ),
    "addOpportunityTag": (
        add_opportunity_tag,
        lambda c: add_opportunity_tag.sync_detailed(client=c, id=1234, tag="Hot"),
    ),
    "listOrganisations": (
        list_organisations,
        lambda c: list_organisations.sync_detailed(client=c, name="bob*"),
    ),
    "listMyOrganisations": (list_my_organisations, lambda c: list_my_organisations.sync_detailed(client=c)),
    "viewOrganisation": (view_organisation, lambda c: view_organisation.sync_detailed(1234, client=c)),
    "listOrganisationContactMethods": (
        list_organisation_contact_methods,
        lambda c: list_organisation_contact_methods.sync_detailed(client=c, id=1234),
    ),
    "getOrganisationTimeline": (
        get_organisation_timeline,
        lambda c: get_organisation_timeline.sync_detailed(client=c, id=1234),
    ),
    "saveOrganisation": (
        save_organisation,
        lambda c: save_organisation.sync_detailed(
            client=c, body=OrganisationSaveRequest.from_dict({"Organisation": {"name": "Bob the Builder"}})
        ),
    ),
    "saveOrganisationContact": (
        save_organisation_contact,
        lambda c: save_organisation_contact.sync_detailed(
            client=c,
            body=ContactMethodInput.from_dict(
                {"organisation_id": 1234, "contact": "bob@example.com", "type": "E"}
            ),
        ),
    ),
    "getOrganisationOptions": (
        get_organisation_options,
        lambda c: get_organisation_options.sync_detailed(client=c),
    ),
    "addOrganisationTag": (
        add_organisation_tag,
        lambda c: add_organisation_tag.sync_detailed(client=c, id=1234, tag="Hot"),
    ),
}


class PrismDataWarning(UserWarning):
    """Prism made up a response that the spec itself rejects (not a client bug: reported, not failed)."""


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return load_document(SPEC)


@pytest.fixture(scope="module")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Prism serving the published 3.0 bundle on a free loopback port; yields its base URL."""
    port = free_port()
    command: list[str | Path] = [node_tool("prism"), "mock", SPEC, "-h", LOOPBACK, "-p", str(port)]
    # A fixed seed makes made-up data the same on every run; no made-up extra properties.
    command += ["--seed", "1", "--json-schema-faker-fillProperties=false", "-v", "warn"]
    url = f"http://{LOOPBACK}:{port}"
    with serving(command, f"{url}/", timeout=60, log=tmp_path_factory.mktemp("prism") / "prism.log"):
        yield url


class PrismClient:
    """One generated client for many calls; each call says what Prism should answer (`Prefer` header)
    and keeps the raw body Prism sent."""

    def __init__(self, base_url: str) -> None:
        self.prefer = "code=200"
        self.bodies: list[bytes] = []
        hooks = {"request": [self._prefer], "response": [self._keep]}
        if "api_token" in inspect.signature(tactile_crm_client.Client).parameters:
            # The reworked client: the token is given once.
            self.api = tactile_crm_client.Client(
                base_url=base_url, api_token="x", httpx_args={"event_hooks": hooks}
            )
        else:
            args = {"event_hooks": hooks, "params": {"api_token": "x"}}
            self.api = tactile_crm_client.Client(base_url=base_url, httpx_args=args)

    def __enter__(self) -> PrismClient:
        self.api.__enter__()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.api.__exit__(*exc_info)

    def _prefer(self, request: httpx.Request) -> None:
        request.headers["Prefer"] = self.prefer

    def _keep(self, response: httpx.Response) -> None:
        self.bodies.append(response.read())

    def call(self, call: Call, prefer: str) -> tuple[Any, bytes]:
        """What the call returned or raised, and the body Prism sent."""
        self.prefer = prefer
        try:
            result = call(self.api)
        except Exception as error:  # judged by the caller against the spec
            result = error
        return result, self.bodies[-1]


def envelope_type(module: ModuleType) -> type[Any]:
    """`Response[OrganisationViewResponse]` → OrganisationViewResponse, from the function's annotation."""
    returned = typing.get_type_hints(module.sync_detailed)["return"]
    (model,) = typing.get_args(returned)
    assert isinstance(model, type)
    return model


def operations(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        operation["operationId"]: operation
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }


def test_every_operation_of_the_spec_is_called(document: dict[str, Any]) -> None:
    assert sorted(CALLS) == sorted(operations(document))
    assert len(CALLS) == 15


def test_the_client_decodes_every_example_prism_serves(prism: str, document: dict[str, Any]) -> None:
    served = 0
    with PrismClient(prism) as api:
        for operation_id, operation in operations(document).items():
            module, call = CALLS[operation_id]
            examples = operation["responses"]["200"]["content"]["application/json"].get("examples", {})
            for name in examples or [None]:
                response, body = api.call(call, f"example={name}" if name else "code=200")
                where = f"{operation_id}, example {name}"
                assert not isinstance(response, Exception), f"{where}: {response}"
                assert response.status_code == 200, f"{where}: {body[:300]!r}"
                parsed: Any = response.parsed
                assert isinstance(parsed, envelope_type(module)), where
                assert parsed.to_dict()["status"] == json.loads(body)["status"], where
                served += 1
    assert served > len(CALLS)  # every named example: success and error envelopes alike


def test_the_client_decodes_what_prism_makes_up_when_the_spec_allows_it(
    prism: str, document: dict[str, Any]
) -> None:
    validator, rejected_by_spec = SchemaValidator(document), []
    with PrismClient(prism) as api:
        for operation_id, operation in operations(document).items():
            module, call = CALLS[operation_id]
            response, body = api.call(call, "dynamic=true")
            schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
            problems = validator.errors(schema, json.loads(body))
            if problems:
                rejected_by_spec.append(f"{operation_id}: {problems[0]}")
                continue
            assert not isinstance(response, Exception), (
                f"{operation_id}: spec-valid data did not decode: {response}"
            )
            assert isinstance(response.parsed, envelope_type(module)), operation_id
    if rejected_by_spec:
        warnings.warn(
            PrismDataWarning("Prism made up data the spec rejects:\n  " + "\n  ".join(rejected_by_spec)),
            stacklevel=1,
        )
    assert len(rejected_by_spec) < len(CALLS), "Prism made up nothing valid: the check proves nothing"
