"""The committed cassettes, replayed offline: each response keeps the contract, and the client decodes it.

Every test here runs with the network blocked (pytest-recording's `block_network`: any socket connect
fails), and vcrpy replays in record mode "none", so nothing can reach a server.
"""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest
from tactile_crm_client import AuthenticationError, NotFoundError, ValidationError

from scripts.record.cassettes import CASSETTES_DIR, Interaction, cassette_paths, load, load_all
from scripts.record.operations import operations
from scripts.record.outcome import OutcomeError
from scripts.record.scenario import SCENARIO
from scripts.record.scrub import ACCOUNT_TOKEN, WRONG_TOKEN, tokens_in
from tactile_fake.auth import demo_token
from tests.contract.recorded import check_interaction, spec_schema
from tests.recorded.edit import rename_field
from tests.recorded.replay import replay

pytestmark = pytest.mark.block_network

INTERACTIONS = load_all(CASSETTES_DIR)
SCHEMA = spec_schema()


@pytest.mark.parametrize("interaction", INTERACTIONS, ids=str)
def test_the_recorded_response_keeps_the_contract(interaction: Interaction) -> None:
    check_interaction(SCHEMA, interaction)


@pytest.mark.parametrize("interaction", INTERACTIONS, ids=str)
def test_the_client_decodes_the_recorded_response(interaction: Interaction) -> None:
    replay(interaction)


def test_every_operation_is_recorded_with_its_error_paths() -> None:
    recorded = [(i.operation_id, i.case) for i in INTERACTIONS]
    assert sorted(recorded) == sorted((op, step.case) for op, steps in SCENARIO.items() for step in steps)
    assert set(SCENARIO) == set(operations())
    for operation in operations().values():
        raises = {step.raises for step in SCENARIO[operation.operation_id]}
        takes_an_id = "id" in operation.parameter_types or operation.method == "POST"
        takes_input = set(operation.parameter_types) - {"id", "page"} or operation.method == "POST"
        assert None in raises and AuthenticationError in raises, operation
        assert (NotFoundError in raises) == takes_an_id, operation
        assert (ValidationError in raises) == bool(takes_input), operation


def test_no_token_survives_in_the_committed_cassettes() -> None:
    tokens = [demo_token(user) for user in ("greg", "paul")]
    for path in cassette_paths(CASSETTES_DIR):
        text = path.read_text(encoding="utf-8")
        assert tokens_in(text, tokens) == [], path.name
    assert all(
        f"api_token={ACCOUNT_TOKEN}" in i.url or f"api_token={WRONG_TOKEN}" in i.url for i in INTERACTIONS
    )


def test_the_network_is_blocked_while_replaying() -> None:
    with pytest.raises(RuntimeError, match="Network is disabled"):
        socket.create_connection(("192.0.2.1", 80), timeout=1)  # TEST-NET-1: never routed


def test_a_recording_that_stops_matching_the_spec_fails_naming_operation_field_and_cassette(
    tmp_path: Path,
) -> None:
    broken = tmp_path / "viewOrganisation.yaml"
    shutil.copy(CASSETTES_DIR / broken.name, broken)
    rename_field(broken, 0, "name", "title")
    success = load(broken)[0]
    assert success.case == "success"

    with pytest.raises(AssertionError) as contract:
        check_interaction(SCHEMA, success)
    message = str(contract.value)
    assert "viewOrganisation (GET /organisations/view/{id})" in message
    assert '"name" is a required property' in message
    assert str(broken) in message

    with pytest.raises(OutcomeError, match=r"viewOrganisation .*viewOrganisation.yaml#0 .*'name' is missing"):
        replay(success)
