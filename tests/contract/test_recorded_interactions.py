"""Replay mode: the contract suite's checks over every interaction of the cassettes in TACTILE_CASSETTES.

`TACTILE_CASSETTES=tests/recorded/cassettes scripts/nox -s contract`. Nothing is sent (the network is
blocked): each recorded response is checked against the spec and the envelope-aware checks, for the
request that was recorded with it, and the recording must cover every operation of the spec.
"""

from __future__ import annotations

import pytest

from scripts.record.cassettes import Interaction, load_all
from scripts.record.operations import operations
from tests.contract import target
from tests.contract.recorded import check_interaction, spec_schema

pytestmark = pytest.mark.block_network

CASSETTES = target.cassettes_dir()
assert CASSETTES is not None, "collected only in replay mode (tests/contract/conftest.py)"
INTERACTIONS = load_all(CASSETTES)
SCHEMA = spec_schema()


@pytest.mark.parametrize("interaction", INTERACTIONS, ids=str)
def test_recorded_interaction_keeps_the_contract(interaction: Interaction) -> None:
    check_interaction(SCHEMA, interaction)


def test_the_recording_covers_every_operation() -> None:
    missing = sorted(set(operations()) - {interaction.operation_id for interaction in INTERACTIONS})
    assert not missing, f"{CASSETTES} has no interaction for {missing}"
