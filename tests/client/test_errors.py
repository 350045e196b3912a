"""Typed errors: classifying error envelopes, normalising messages, and bodies that are not envelopes."""

from __future__ import annotations

import pickle
from typing import Any

import httpx
import pytest
from tactile_crm_client import (
    AuthenticationError,
    Client,
    NotFoundError,
    PermissionDeniedError,
    TactileError,
    UnexpectedResponseError,
    UnexpectedStatus,
    ValidationError,
)
from tactile_crm_client.api.opportunities import list_opportunities
from tactile_crm_client.api.organisations import save_organisation, view_organisation
from tactile_crm_client.errors import error_for_messages, normalise_messages
from tactile_crm_client.models import MessageMap, OrganisationCreate, OrganisationSaveRequest
from tactile_crm_client.types import UNSET

from tests.client.support import TOKEN, Recorder, answer, json_response, organisation_body

HTML_LOGIN = (
    b"<!DOCTYPE html>\n<html><head><title>Tactile CRM - Login</title></head><body>"
    b"<form action='/login/' method='post'><input name='username'/></form></body></html>"
)
ORGANISATION = organisation_body(
    1234, "Bob the Builder", accountnumber="BTB01", owner="greg", created="2009-03-16T13:49:02+0000"
)


def client_for(handler: Recorder, **options: Any) -> Client:
    return Client(
        base_url="https://sample.tactilecrm.com",
        api_token=TOKEN,
        httpx_args={"transport": handler.transport()},
        **options,
    )


# ---------------------------------------------------------------------------------------------------------
# Messages and classification


def test_messages_are_normalised_from_both_forms() -> None:
    assert normalise_messages({"organisation_name": "Name is a compulsory field"}) == {
        "organisation_name": "Name is a compulsory field"
    }
    assert normalise_messages(["First", "Second"]) == {"_0": "First", "_1": "Second"}
    message_map = MessageMap.from_dict({"403": "Failed to login"})
    assert normalise_messages(message_map) == {"403": "Failed to login"}
    assert normalise_messages(UNSET) == {}
    assert normalise_messages(None) == {}


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        ({"403": "Failed to login"}, AuthenticationError),
        (["Failed to login"], AuthenticationError),
        ({"_0": "Invalid id specified"}, NotFoundError),
        ({"_0": "Invalid ID"}, NotFoundError),
        ({"_0": "Invalid ID specified"}, NotFoundError),
        (["Invalid id specified"], NotFoundError),
        ({"_0": "You don't have permission to view that Organisation"}, PermissionDeniedError),
        ({"_0": "You don't have permission to view that organisation"}, PermissionDeniedError),
        ({"_0": "You do not have permission to edit this opportunity"}, PermissionDeniedError),
        ({"_0": "You do not have permission to edit this item"}, PermissionDeniedError),
        ({"_0": "You cannot edit archived opportunities"}, PermissionDeniedError),
        ({"organisation_name": "Name is a compulsory field, you must enter a value"}, ValidationError),
        ({"opportunity_organisation_id": "Invalid ID specified"}, ValidationError),  # a bad foreign key
        ({"organisation_id": "Account cannot be it's own parent"}, ValidationError),
        ({"tag": "Item already has that tag", "_1": "Error Tagging"}, ValidationError),
        ({"_0": "Invalid Date Value for created_after"}, ValidationError),
        (["Name is a compulsory field, you must enter a value"], ValidationError),
        ({"_0": "The value for Probability must be between 0 and 100"}, ValidationError),
        ({"500": "Template missing"}, TactileError),
        ({}, TactileError),
    ],
)
def test_error_envelopes_are_classified(messages: Any, expected: type[TactileError]) -> None:
    error = error_for_messages(normalise_messages(messages))
    assert type(error) is expected


def test_field_errors_keep_the_servers_field_names() -> None:
    error = error_for_messages(
        {
            "opportunity_status_id": "Status is a compulsory field, you must enter a value",
            "opportunity_name": "Name is a compulsory field, you must enter a value",
            "_2": "Something without a field",
        }
    )
    assert isinstance(error, ValidationError)
    assert error.field_errors == {
        "opportunity_status_id": "Status is a compulsory field, you must enter a value",
        "opportunity_name": "Name is a compulsory field, you must enter a value",
    }
    assert "opportunity_name: Name is a compulsory field" in str(error)
    assert "Something without a field" in str(error)


def test_a_validation_error_from_a_save_carries_the_messages() -> None:
    recorder = answer(
        {
            "status": "error",
            "messages": {"organisation_name": "Name is a compulsory field, you must enter a value"},
        }
    )
    with client_for(recorder) as client, pytest.raises(ValidationError) as caught:
        save_organisation.sync(
            client=client, body=OrganisationSaveRequest(organisation=OrganisationCreate(name=""))
        )
    assert caught.value.messages == {
        "organisation_name": "Name is a compulsory field, you must enter a value"
    }
    assert caught.value.field_errors == caught.value.messages
    assert caught.value.operation == "saveOrganisation"
    assert str(caught.value).startswith(
        "saveOrganisation (POST /organisations/save) failed: organisation_name:"
    )


def test_errors_survive_pickling() -> None:
    error = error_for_messages({"_0": "Invalid id specified"})
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is NotFoundError
    assert copy.messages == error.messages
    assert str(copy) == str(error)


# ---------------------------------------------------------------------------------------------------------
# Bodies that are not envelopes


def test_the_html_login_page_raises_a_clear_error() -> None:
    recorder = Recorder(
        lambda _r: httpx.Response(200, content=HTML_LOGIN, headers={"Content-Type": "text/html"})
    )
    with client_for(recorder) as client, pytest.raises(UnexpectedResponseError) as caught:
        view_organisation.sync(1234, client=client)
    error = caught.value
    text = str(error)
    assert "viewOrganisation (GET /organisations/view/{id})" in text
    assert "expected a JSON body" in text
    assert "HTTP 200" in text and "Content-Type text/html" in text
    assert "<!DOCTYPE html>" in text and "Tactile CRM - Login" in text
    assert "api_token is missing" in text
    assert (error.status_code, error.content_type, error.content) == (200, "text/html", HTML_LOGIN)
    assert error.messages == {}
    assert isinstance(error, TactileError)
    assert not isinstance(error.__cause__, KeyError)


def test_only_the_first_200_characters_are_quoted() -> None:
    body = b"<html>" + b"x" * 5000 + b"</html>"
    recorder = Recorder(lambda _r: httpx.Response(200, content=body, headers={"Content-Type": "text/html"}))
    with client_for(recorder) as client, pytest.raises(UnexpectedResponseError) as caught:
        view_organisation.sync(1, client=client)
    assert "x" * 194 + "'…" in str(caught.value)
    assert "x" * 300 not in str(caught.value)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "expected a JSON body"),
        (b"[1, 2]", "expected a JSON object, got a JSON list"),
        (b'{"status": "weird"}', "is not a valid Status"),
        (b'{"organisation": {}}', "required key 'status' is missing"),
        (b'{"status": "success", "organisation": {"id": 1}}', "required key 'name' is missing"),
        (b'{"status": "success"}', "status is success but the 'organisation' key is missing"),
        (b'{"status":"error","messages":{"_0":"x"}', "expected a JSON body"),  # truncated
    ],
)
def test_bodies_that_do_not_match_the_spec(body: bytes, reason: str) -> None:
    recorder = Recorder(
        lambda _r: httpx.Response(200, content=body, headers={"Content-Type": "application/json"})
    )
    with client_for(recorder) as client, pytest.raises(UnexpectedResponseError) as caught:
        view_organisation.sync(1, client=client)
    assert reason in str(caught.value)
    assert "viewOrganisation" in str(caught.value)
    assert "Content-Type application/json" in str(caught.value)


@pytest.mark.parametrize("field", ["created", "lastupdated"])
def test_a_bad_timestamp_is_reported_not_returned_as_a_string(field: str) -> None:
    # The built-in generator returns an unparseable *nullable* date-time as the raw string (typed datetime);
    # our union_property override makes it an error instead.
    recorder = answer(
        {"status": "success", "organisation": {**ORGANISATION, field: "2009-02-30T10:00:00+0000"}}
    )
    with client_for(recorder) as client, pytest.raises(UnexpectedResponseError) as caught:
        view_organisation.sync(1, client=client)
    assert "the body does not match the spec: ValueError" in str(caught.value)


def test_an_unexpected_status_raises_from_sync_and_is_none_in_detailed() -> None:
    recorder = Recorder(lambda _r: json_response({"error": "boom"}, status=500))
    with client_for(recorder, retries=None) as client:
        with pytest.raises(UnexpectedStatus) as caught:
            list_opportunities.sync(client=client)
        assert caught.value.status_code == 500
        assert "unexpected HTTP status: HTTP 500" in str(caught.value)
        assert list_opportunities.sync_detailed(client=client).parsed is None
    with (
        client_for(recorder, retries=None, raise_on_unexpected_status=True) as client,
        pytest.raises(UnexpectedStatus),
    ):
        list_opportunities.sync_detailed(client=client)


def test_a_redirect_names_its_location() -> None:
    # The real server redirects API users who have not agreed to the terms.
    recorder = Recorder(
        lambda _r: httpx.Response(302, headers={"Location": "http://sample.tactilecrm.com/terms/"})
    )
    with client_for(recorder) as client, pytest.raises(UnexpectedStatus) as caught:
        view_organisation.sync(1, client=client)
    assert "HTTP 302" in str(caught.value)
    assert "Location http://sample.tactilecrm.com/terms/" in str(caught.value)
    assert len(recorder.requests) == 1


def test_success_results_are_never_none() -> None:
    recorder = answer({"status": "success", "organisation": ORGANISATION})
    with client_for(recorder) as client:
        organisation = view_organisation.sync(1234, client=client)
    assert organisation.name == "Bob the Builder"
