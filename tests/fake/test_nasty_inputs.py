"""No input makes the fake answer a 500, a traceback or a non-JSON body."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

import pytest

from tests.fake.support import ADMIN, Api, Client

ROUTES = [
    "/organisations",
    "/organisations/mine",
    "/organisations/view",
    "/organisations/contact_methods",
    "/organisations/timeline",
    "/organisations/save",
    "/organisations/save_contact",
    "/organisations/options",
    "/organisations/add_tag",
    "/opportunities",
    "/opportunities/view",
    "/opportunities/timeline",
    "/opportunities/save",
    "/opportunities/options",
    "/opportunities/add_tag",
]

NASTY_VALUES = [
    "abc",
    "-1",
    "0",
    "1.5",
    "1e999",
    "99999999999999999999999999",
    "",
    " ",
    "%",
    "_",
    "*",
    "\\",
    "'",
    '"',
    "null",
    "NULL",
    "\u0000",
    "é",
    "😀",
    "<script>",
    "x" * 5000,
    "1; DROP TABLE organisations",
    "[]",
    "{}",
]

NASTY_BODIES: list[Any] = [
    [],
    [1, 2],
    "string",
    12,
    1.5,
    True,
    None,
    {"Organisation": None},
    {"Organisation": []},
    {"Organisation": [1]},
    {"Organisation": "x"},
    {"Opportunity": 5},
    {"Organisation": {"name": {"nested": True}, "id": [1]}},
    {"Opportunity": {"id": {"a": 1}}},
    {"Organisation": {"name": "x", "address": "street"}},
    {"Organisation": {"name": "x", "phone": [1]}},
    {"Organisation": {"name": "x", "phone": {"id": "abc", "contact": ["x"]}}},
    {"Organisation": {"name": "x"}, "Sharing": {"read": [None, True, "abc", 1.5], "write": {"x": 1}}},
    {"Opportunity": {"name": "x", "enddate": 20090101, "status_id": True, "cost": [], "probability": {}}},
    {
        "Opportunity": {
            "name": "x",
            "enddate": "9999-12-31",
            "status_id": 1,
            "cost": "-0",
            "probability": "1e1",
        }
    },
    {"Opportunity": {"organisation": ["x"], "person": {"a": 1}, "name": "x"}},
    {"organisation_id": [1], "contact": {"x": 1}, "type": None, "main": []},
    {"id": {"x": 1}, "tag": ["a"]},
    {"name": ["x"], "created_after": {"a": 1}, "page": [1]},
]


def assert_json_envelope(response: Any) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    body: dict[str, Any] = json.loads(response.text)
    assert body["status"] in ("success", "error")
    if body["status"] == "error":
        assert isinstance(body["messages"], dict) and body["messages"]
        assert "_fake" not in body["messages"], body
    return body


@pytest.mark.parametrize("route", ROUTES)
def test_nasty_query_values(client: Client, route: str) -> None:
    for value in NASTY_VALUES:
        params = {
            key: value
            for key in (
                "id",
                "page",
                "limit",
                "name",
                "tag",
                "created_after",
                "organisation_id",
                "accountnumber",
                "email",
                "contact",
                "type",
                "person_id",
            )
        }
        assert_json_envelope(client.get(route, params={"api_token": ADMIN, **params}))
        assert_json_envelope(
            client.get(f"{route}/{quote(value, safe='')}"[:2000], params={"api_token": ADMIN})
        )


@pytest.mark.parametrize("route", ROUTES)
def test_nasty_json_bodies(client: Client, route: str) -> None:
    for body in NASTY_BODIES:
        assert_json_envelope(client.post(route, params={"api_token": ADMIN}, json=body))


@pytest.mark.parametrize(
    ("content", "content_type", "message"),
    [
        (b"{not json", "application/json", "The request body is not valid JSON: "),
        (b'{"a": NaN}', "application/json", "The request body is not valid JSON: NaN is not valid JSON"),
        (b"\xff\xfe", "application/json", "The request body is not valid JSON: "),
        (b'"\\ud800"', "application/json", "The request body is not valid JSON: "),
        (
            b"[1]",
            "application/json; charset=utf-8",
            "The request body must be a JSON object, not a JSON array",
        ),
        (b'"x"', "application/json", "The request body must be a JSON object, not a JSON string"),
        (b"Organisation[name]=X", "application/x-www-form-urlencoded", "Only JSON request bodies are read"),
        (b'{"Organisation": {"name": "X"}}', "Application/JSON", "Only JSON request bodies are read"),
        (b"[" * 100000, "application/json", "The request body is not valid JSON: "),
    ],
)
def test_unusable_bodies_name_the_body(
    client: Client, content: bytes, content_type: str, message: str
) -> None:
    response = client.post(
        "/organisations/save",
        params={"api_token": ADMIN},
        content=content,
        headers={"content-type": content_type},
    )
    body = assert_json_envelope(response)
    assert list(body["messages"]) == ["body"]
    assert body["messages"]["body"].startswith(message)


def test_empty_or_null_json_body_is_an_empty_request(api: Api, client: Client) -> None:
    expected = {
        b"": {"body": "A JSON object body is required (Content-Type: application/json)"},
        b"   ": {"body": "A JSON object body is required (Content-Type: application/json)"},
        b"null": {"body": "A JSON object body is required (Content-Type: application/json)"},
    }
    for content, messages in expected.items():
        response = client.post(
            "/organisations/save",
            params={"api_token": ADMIN},
            content=content,
            headers={"content-type": "application/json"},
        )
        assert response.json()["messages"] == messages


def test_other_methods_are_answered_too(client: Client) -> None:
    for method in ("PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"):
        response = client.request(method, "/organisations/view/1234", params={"api_token": ADMIN})
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/json"


def test_unicode_round_trips(api: Api) -> None:
    org_id = api.save_organisation({"name": "Crème Brûlée 😀 Ltd", "description": "line1\nline2\u0000end"})
    org = api.organisation(org_id)
    assert org["name"] == "Crème Brûlée 😀 Ltd"
    assert org["description"] == "line1\nline2\u0000end"
    assert org["accountnumber"] == "CBL01"
