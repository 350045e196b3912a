"""Authentication, the envelope, and routing as the real server's CRUDRoute does it."""

from __future__ import annotations

from tactile_fake.auth import demo_token
from tests.fake.support import ADMIN, USER, Api, Client


def test_demo_tokens_are_fixed_40_hex_strings() -> None:
    assert demo_token("greg") == ADMIN
    assert len(ADMIN) == 40 and int(ADMIN, 16) >= 0
    assert ADMIN != USER


def test_bad_token_fails_to_login_under_key_403(api: Api) -> None:
    assert api.messages("/organisations", token="0" * 40) == {"403": "Failed to login"}


def test_missing_or_empty_token_is_a_json_403_not_a_login_page(api: Api) -> None:
    expected = {"403": "Missing api_token query parameter"}
    assert api.messages("/organisations", token=None) == expected
    assert api.messages("/organisations", token="") == expected


def test_disabled_user_cannot_log_in(api: Api) -> None:
    assert api.messages("/organisations", token=demo_token("sam")) == {"403": "Failed to login"}


def test_token_in_a_header_or_body_is_not_accepted(client: Client) -> None:
    response = client.post(
        "/organisations/save",
        headers={"api_token": ADMIN},
        json={"api_token": ADMIN, "Organisation": {"name": "X"}},
    )
    assert response.json()["messages"] == {"403": "Missing api_token query parameter"}


def test_every_answer_is_http_200_json_without_charset(client: Client) -> None:
    for path in ("/organisations", "/organisations/view/999999", "/organisations?api_token=bad"):
        response = client.get(path, params={"api_token": ADMIN} if "?" not in path else None)
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/json"


def test_slashes_are_escaped_like_php_json_encode(client: Client) -> None:
    response = client.get("/organisations/view/1234", params={"api_token": ADMIN})
    assert '"owner":"george\\/\\/sample"' in response.text
    assert response.json()["organisation"]["owner"] == "george//sample"


def test_path_id_query_id_and_trailing_slashes_are_equivalent(api: Api) -> None:
    by_path = api.ok("/organisations/view/1234")
    assert api.ok("/organisations/view", id=1234) == by_path
    assert api.ok("/organisations/view/", id=1234) == by_path
    assert api.ok("/organisations/view/1234/") == by_path
    assert (
        api.ok("/organisations/timeline/1234")["total"]
        == api.ok("/organisations/timeline/", id=1234)["total"]
    )
    assert api.ok("/organisations/") == api.ok("/organisations")


def test_path_id_wins_over_query_id(api: Api) -> None:
    assert api.ok("/organisations/view/1234", id=9876)["organisation"]["id"] == 1234


def test_non_digit_path_id_is_ignored_like_the_real_route(api: Api) -> None:
    assert api.messages("/organisations/view/abc") == {"_0": "Invalid id specified"}
    assert api.ok("/organisations/view/abc", id=1234)["organisation"]["id"] == 1234


def test_post_works_on_read_routes_and_get_on_write_routes(api: Api, client: Client) -> None:
    assert api.post("/organisations/view/1234", None)["status"] == "success"
    response = client.get("/organisations/add_tag", params={"api_token": ADMIN, "id": 1234, "tag": "Via GET"})
    assert response.json() == {"status": "success", "tag": "Via GET"}


def test_unknown_actions_and_paths_are_json_errors(client: Client, api: Api) -> None:
    assert api.messages("/organisations/delete/1234") == {
        "404": "Unknown API method /organisations/delete: the fake serves only the documented ones"
    }
    response = client.get("/no/such/thing")
    assert response.status_code == 404
    assert response.json() == {"status": "error", "messages": {"404": "No such path: /no/such/thing"}}


def test_the_spec_is_served_without_auth(client: Client) -> None:
    response = client.get("/openapi.yaml")
    assert response.status_code == 200
    assert response.text.startswith("openapi:") or "openapi: 3.0" in response.text
