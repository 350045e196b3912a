"""Wire level, every operation: the exact request the client sends, and how it decodes the spec's examples.

Requests go to an ``httpx.MockTransport``; the responses are the named examples of each operation's 200
response in openapi/tactile.yaml. Success examples must decode to the data the example holds (compared after
a to_dict round trip, timestamps as instants); error examples must raise the right exception class.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import pytest
from tactile_crm_client import (
    AuthenticationError,
    Client,
    NotFoundError,
    Page,
    PermissionDeniedError,
    TactileError,
    ValidationError,
)
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
from tactile_crm_client.errors import normalise_messages
from tactile_crm_client.models import (
    ContactMethodInput,
    ContactMethodType,
    OpportunitySaveRequest,
    OrganisationSaveRequest,
)
from tactile_crm_client.models.status import Status

from tests.client.support import TOKEN, answer, normalise, operations, query_of, response_examples

DATE_FILTERS = {
    "created_before": "2009-03-01",
    "created_after": "-7 days",
    "updated_before": "yesterday",
    "updated_after": "2009-03-01 12:30:12",
}


@dataclass(frozen=True)
class Call:
    """One way to call an operation, and the request it must produce."""

    op_id: str
    module: ModuleType
    path: str
    query: list[tuple[str, str]]
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    label: str = ""

    @property
    def id(self) -> str:
        return f"{self.op_id}-{self.label}" if self.label else self.op_id


def _body_calls() -> list[Call]:
    """The save operations, once per request example in the spec (the body must go out unchanged)."""
    calls = []
    for name, example in operations()["saveOrganisation"].request_examples().items():
        organisation_body = OrganisationSaveRequest.from_dict(example)
        calls.append(
            Call(
                "saveOrganisation",
                save_organisation,
                "/organisations/save",
                [],
                (),
                {"body": organisation_body},
                example,
                name,
            )
        )
    for name, example in operations()["saveOpportunity"].request_examples().items():
        opportunity_body = OpportunitySaveRequest.from_dict(example)
        calls.append(
            Call(
                "saveOpportunity",
                save_opportunity,
                "/opportunities/save",
                [],
                (),
                {"body": opportunity_body},
                example,
                name,
            )
        )
    for name, example in operations()["saveOrganisationContact"].request_examples().items():
        contact_body = ContactMethodInput.from_dict(example)
        calls.append(
            Call(
                "saveOrganisationContact",
                save_organisation_contact,
                "/organisations/save_contact",
                [],
                (),
                {"body": contact_body},
                example,
                name,
            )
        )
    return calls


CALLS: list[Call] = [
    Call("listOpportunities", list_opportunities, "/opportunities", []),
    Call(
        "listOpportunities",
        list_opportunities,
        "/opportunities",
        [
            ("limit", "50"),
            ("page", "2"),
            ("name", "boat*"),
            ("organisation_id", "9876"),
            ("person_id", "87254"),
            *DATE_FILTERS.items(),
        ],
        kwargs={
            "limit": 50,
            "page": 2,
            "name": "boat*",
            "organisation_id": 9876,
            "person_id": 87254,
            **DATE_FILTERS,
        },
        label="filters",
    ),
    Call("viewOpportunity", view_opportunity, "/opportunities/view/1234", [], (1234,)),
    Call(
        "getOpportunityTimeline",
        get_opportunity_timeline,
        "/opportunities/timeline",
        [("id", "1234")],
        kwargs={"id": 1234},
    ),
    Call(
        "getOpportunityTimeline",
        get_opportunity_timeline,
        "/opportunities/timeline",
        [("id", "1234"), ("page", "3")],
        kwargs={"id": 1234, "page": 3},
        label="page",
    ),
    Call("getOpportunityOptions", get_opportunity_options, "/opportunities/options", []),
    Call(
        "addOpportunityTag",
        add_opportunity_tag,
        "/opportunities/add_tag",
        [("id", "1234"), ("tag", "My Event")],
        kwargs={"id": 1234, "tag": "My Event"},
    ),
    Call("listOrganisations", list_organisations, "/organisations", []),
    Call(
        "listOrganisations",
        list_organisations,
        "/organisations",
        [
            ("limit", "100"),
            ("page", "3"),
            ("name", "bob*"),
            ("accountnumber", "BTB*"),
            ("email", "*@example.com"),
            *DATE_FILTERS.items(),
        ],
        kwargs={
            "limit": 100,
            "page": 3,
            "name": "bob*",
            "accountnumber": "BTB*",
            "email": "*@example.com",
            **DATE_FILTERS,
        },
        label="filters",
    ),
    Call("listMyOrganisations", list_my_organisations, "/organisations/mine", []),
    Call(
        "listMyOrganisations",
        list_my_organisations,
        "/organisations/mine",
        [
            ("limit", "10"),
            ("name", "Bob & Sons"),
            ("accountnumber", "BTB01"),
            ("email", "bob@example.com"),
            *DATE_FILTERS.items(),
        ],
        kwargs={
            "limit": 10,
            "name": "Bob & Sons",
            "accountnumber": "BTB01",
            "email": "bob@example.com",
            **DATE_FILTERS,
        },
        label="filters",
    ),
    Call("viewOrganisation", view_organisation, "/organisations/view/1234", [], (1234,)),
    Call(
        "listOrganisationContactMethods",
        list_organisation_contact_methods,
        "/organisations/contact_methods",
        [("id", "1234")],
        kwargs={"id": 1234},
    ),
    Call(
        "getOrganisationTimeline",
        get_organisation_timeline,
        "/organisations/timeline",
        [("id", "1234")],
        kwargs={"id": 1234},
    ),
    Call("getOrganisationOptions", get_organisation_options, "/organisations/options", []),
    Call(
        "addOrganisationTag",
        add_organisation_tag,
        "/organisations/add_tag",
        [("id", "1234"), ("tag", "Website Contact")],
        kwargs={"id": 1234, "tag": "Website Contact"},
    ),
    Call(
        "saveOrganisationContact",
        save_organisation_contact,
        "/organisations/save_contact",
        [("id", "77")],
        kwargs={
            "id": 77,
            "body": ContactMethodInput(
                organisation_id=2,
                contact="foo@example.com",
                type_=ContactMethodType.E,
                name="Alt.",
                main=True,
            ),
        },
        body={"organisation_id": 2, "contact": "foo@example.com", "type": "E", "name": "Alt.", "main": True},
        label="update-by-id",
    ),
    *_body_calls(),
]

FIRST_CALL = {call.op_id: call for call in reversed(CALLS)}

EXPECTED_ERRORS: dict[tuple[str, str], type[TactileError]] = {
    ("addOpportunityTag", "alreadyTagged"): ValidationError,
    ("addOpportunityTag", "invalidId"): NotFoundError,
    ("addOrganisationTag", "alreadyTagged"): ValidationError,
    ("addOrganisationTag", "missingTag"): ValidationError,
    ("getOpportunityTimeline", "invalidId"): NotFoundError,
    ("getOrganisationTimeline", "invalidId"): NotFoundError,
    ("listMyOrganisations", "badToken"): AuthenticationError,
    ("listOpportunities", "badDateFilter"): ValidationError,
    ("listOpportunities", "badToken"): AuthenticationError,
    ("listOrganisationContactMethods", "invalidId"): NotFoundError,
    ("listOrganisations", "badDateFilter"): ValidationError,
    ("listOrganisations", "badToken"): AuthenticationError,
    ("saveOpportunity", "documentedError"): ValidationError,
    ("saveOpportunity", "missingFields"): ValidationError,
    ("saveOrganisation", "documentedError"): ValidationError,
    ("saveOrganisation", "duplicateAccountNumber"): ValidationError,
    ("saveOrganisation", "missingName"): ValidationError,
    ("saveOrganisationContact", "missingContact"): ValidationError,
    ("viewOpportunity", "invalidId"): NotFoundError,
    ("viewOpportunity", "noPermission"): PermissionDeniedError,
    ("viewOrganisation", "invalidId"): NotFoundError,
    ("viewOrganisation", "noPermission"): PermissionDeniedError,
}

SUCCESS_EXAMPLES = [(op, name, body) for op, name, body in response_examples() if body["status"] == "success"]
ERROR_EXAMPLES = [(op, name, body) for op, name, body in response_examples() if body["status"] == "error"]


def make_client(handler: Any) -> Client:
    return Client(
        base_url="https://sample.tactilecrm.com",
        api_token=TOKEN,
        httpx_args={"transport": handler.transport()},
    )


def success_example(op_id: str) -> Any:
    return next(body for op, _name, body in SUCCESS_EXAMPLES if op == op_id)


# ---------------------------------------------------------------------------------------------------------


def test_every_operation_has_a_wire_case_and_matches_the_spec() -> None:
    spec_ops = operations()
    assert {call.op_id for call in CALLS} == set(spec_ops)
    assert len(spec_ops) == 15
    for call in CALLS:
        described = call.module._OPERATION
        assert (described.name, described.method, described.path.replace("{id}", "{id}")) == (
            call.op_id,
            spec_ops[call.op_id].method,
            spec_ops[call.op_id].path,
        )


def test_every_request_example_in_the_spec_is_sent() -> None:
    labelled = {(call.op_id, call.label) for call in CALLS}
    for op_id, operation in operations().items():
        for name in operation.request_examples():
            assert (op_id, name) in labelled


def _check_request(call: Call, recorder: Any) -> None:
    assert len(recorder.requests) == 1, "one call, one request"
    request = recorder.last
    spec_op = operations()[call.op_id]
    assert request.method == spec_op.method
    assert request.url.scheme == "https"
    assert request.url.host == "sample.tactilecrm.com"
    assert request.url.path == call.path
    assert query_of(request) == [("api_token", TOKEN), *call.query]
    if call.body is None:
        assert request.content == b""
        assert "content-type" not in request.headers
    else:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == call.body


@pytest.mark.parametrize("call", CALLS, ids=lambda call: call.id)
def test_sync_request(call: Call) -> None:
    recorder = answer(success_example(call.op_id))
    with make_client(recorder) as client:
        call.module.sync(*call.args, client=client, **call.kwargs)
    _check_request(call, recorder)


@pytest.mark.anyio
@pytest.mark.parametrize("call", CALLS, ids=lambda call: call.id)
async def test_async_request(call: Call) -> None:
    recorder = answer(success_example(call.op_id))
    async with make_client(recorder) as client:
        await call.module.asyncio(*call.args, client=client, **call.kwargs)
    _check_request(call, recorder)


def _as_json(value: Any) -> Any:
    if isinstance(value, list):
        return [_as_json(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if to_dict else value


@pytest.mark.parametrize(
    ("op_id", "name", "body"), SUCCESS_EXAMPLES, ids=lambda v: v if isinstance(v, str) else ""
)
def test_success_examples_decode_to_their_data(op_id: str, name: str, body: dict[str, Any]) -> None:
    call = FIRST_CALL[op_id]
    with make_client(answer(body)) as client:
        result = call.module.sync(*call.args, client=client, **call.kwargs)
    (data_key,) = set(body) - {"status", "messages", "cur_page", "num_pages", "per_page", "total"}
    if isinstance(result, Page):
        assert normalise(_as_json(result.items)) == normalise(body[data_key])
        for key in ("cur_page", "num_pages", "per_page", "total"):
            if key in body:
                assert getattr(result, key) == body[key]
        if "num_pages" not in body:  # the docs' timeline form: one complete page
            assert (result.num_pages, result.total, result.has_next) == (1, len(result.items), False)
    else:
        assert normalise(_as_json(result)) == normalise(body[data_key])


@pytest.mark.parametrize(
    ("op_id", "name", "body"), SUCCESS_EXAMPLES, ids=lambda v: v if isinstance(v, str) else ""
)
def test_success_examples_round_trip_through_the_envelope_model(
    op_id: str, name: str, body: dict[str, Any]
) -> None:
    call = FIRST_CALL[op_id]
    with make_client(answer(body)) as client:
        response = call.module.sync_detailed(*call.args, client=client, **call.kwargs)
    assert response.parsed is not None
    assert normalise(response.parsed.to_dict()) == normalise(body)


def test_every_error_example_has_an_expected_class() -> None:
    assert {(op, name) for op, name, _ in ERROR_EXAMPLES} == set(EXPECTED_ERRORS)


@pytest.mark.parametrize(
    ("op_id", "name", "body"), ERROR_EXAMPLES, ids=lambda v: v if isinstance(v, str) else ""
)
def test_error_examples_raise_the_right_class(op_id: str, name: str, body: dict[str, Any]) -> None:
    call = FIRST_CALL[op_id]
    with make_client(answer(body)) as client, pytest.raises(TactileError) as caught:
        call.module.sync(*call.args, client=client, **call.kwargs)
    error = caught.value
    assert type(error) is EXPECTED_ERRORS[(op_id, name)]
    assert error.messages == normalise_messages(body["messages"])
    assert error.operation == op_id
    for text in error.messages.values():
        assert text in str(error)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("op_id", "name", "body"), ERROR_EXAMPLES, ids=lambda v: v if isinstance(v, str) else ""
)
async def test_error_examples_raise_the_right_class_async(
    op_id: str, name: str, body: dict[str, Any]
) -> None:
    call = FIRST_CALL[op_id]
    async with make_client(answer(body)) as client:
        with pytest.raises(EXPECTED_ERRORS[(op_id, name)]):
            await call.module.asyncio(*call.args, client=client, **call.kwargs)


@pytest.mark.parametrize(
    ("op_id", "name", "body"), ERROR_EXAMPLES, ids=lambda v: v if isinstance(v, str) else ""
)
def test_detailed_functions_return_error_envelopes(op_id: str, name: str, body: dict[str, Any]) -> None:
    call = FIRST_CALL[op_id]
    with make_client(answer(body)) as client:
        response = call.module.sync_detailed(*call.args, client=client, **call.kwargs)
    assert response.status_code == 200
    assert response.parsed is not None
    assert response.parsed.status is Status.ERROR
