"""Validation mode reads the spec and turns a non-conforming response into a loud 500."""

from __future__ import annotations

from pathlib import Path

import pytest

from tactile_fake import create_app
from tactile_fake.app import HANDLERS
from tactile_fake.spec_check import DEFAULT_SPEC, load_validator, route_key
from tests.fake.support import ADMIN, client_for

STRICT_SPEC = """
openapi: 3.0.3
info: {title: strict, version: "1"}
paths:
  /organisations/view/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: integer}}
    get:
      responses:
        "200":
          description: an organisation
          content:
            application/json:
              schema:
                type: object
                required: [status]
                properties:
                  status: {type: string, enum: [success]}
                  organisation:
                    type: object
                    properties:
                      name: {type: integer}
"""


@pytest.mark.parametrize(
    ("path", "key"),
    [
        ("/organisations", ("organisations", "index")),
        ("/organisations/view/{id}", ("organisations", "view")),
        ("/opportunities/save/", ("opportunities", "save")),
        ("/", None),
        ("/a/b/c", None),
    ],
)
def test_route_key(path: str, key: tuple[str, str] | None) -> None:
    assert route_key(path) == key


def test_a_violation_becomes_http_500_naming_the_problem(tmp_path: Path) -> None:
    spec = tmp_path / "strict.yaml"
    spec.write_text(STRICT_SPEC)
    app = create_app(validate_responses=True, spec_path=spec)
    with client_for(app) as client:
        response = client.get("/organisations/view/1234", params={"api_token": ADMIN})
        assert response.status_code == 500
        message = response.json()["messages"]["_fake"]
        assert message.startswith("response violates the spec: GET /organisations/view/{id}")
        assert '"Bob the Builder" is not of type "integer"' in message
        # The error envelope itself is not "success" either.
        assert client.get("/organisations/view/999", params={"api_token": ADMIN}).status_code == 500
        # Routes the spec does not describe are reported too.
        other = client.get("/organisations/options", params={"api_token": ADMIN})
        assert other.json()["messages"]["_fake"].endswith(
            "the spec has no operation for /organisations/options"
        )


def test_validation_is_off_by_default_and_needs_the_spec(tmp_path: Path) -> None:
    assert create_app().state.fake.validator is None
    with pytest.raises(FileNotFoundError):
        create_app(validate_responses=True, spec_path=tmp_path / "missing.yaml")


@pytest.mark.skipif(not DEFAULT_SPEC.is_file(), reason="openapi/tactile.yaml not written yet")
def test_the_project_spec_describes_every_route_of_the_fake() -> None:
    assert set(load_validator().operations()) == set(HANDLERS)
