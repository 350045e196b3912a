"""Replaying one recorded interaction through the generated client, offline.

vcrpy loads only that interaction (`after_load_interaction`) in record mode "none", so the client's
request must match it (method, URL, query, body) and nothing can reach a server; the scenario step
the cassette names says what the client must return or raise.
"""

from __future__ import annotations

import itertools
import ssl
from collections.abc import Callable
from functools import cache
from typing import Any

import vcr
from tactile_crm_client import Client

from scripts.record.cassettes import Interaction
from scripts.record.operations import client_call
from scripts.record.outcome import check, promised
from scripts.record.recorder import MATCH_ON
from scripts.record.scenario import step
from scripts.record.scrub import Scrubber

REPLAY_TOKEN = "replay-token"  # recorded as REDACTED, like the account's token it stands for
WRONG_TOKEN = "wrong-token"  # recorded as REDACTED-WRONG-TOKEN


@cache
def _tls() -> ssl.SSLContext:
    """One TLS context for every replay client (httpx builds a new one per client, which is slow)."""
    return ssl.create_default_context()


def only(index: int) -> Callable[[Any, Any], tuple[Any, Any] | None]:
    """An `after_load_interaction` hook keeping the interaction at `index` and dropping the others."""
    counter = itertools.count()

    def keep(request: Any, response: Any) -> tuple[Any, Any] | None:
        return (request, response) if next(counter) == index else None

    return keep


def replay(interaction: Interaction) -> Any:
    """The client's outcome (value, or the expected typed error) for the recorded call; raises otherwise."""
    operation, arguments = client_call(interaction.method, interaction.url, interaction.request_body)
    module = operation.client_module()
    player = vcr.VCR(
        record_mode="none",
        match_on=MATCH_ON,
        after_load_interaction=only(interaction.index),
        **Scrubber(REPLAY_TOKEN).vcr_options(),
    )
    token = WRONG_TOKEN if interaction.sent_a_wrong_token else REPLAY_TOKEN
    with (
        player.use_cassette(str(interaction.cassette)) as cassette,
        Client(base_url=interaction.origin, api_token=token, retries=None, verify_ssl=_tls()) as client,
    ):
        outcome = check(
            step(interaction.operation_id, interaction.case),
            f"{operation}, {interaction}",
            promised(module),
            lambda: module.sync(client=client, **arguments),
        )
        assert cassette.play_count == 1, (
            f"{interaction}: the client sent {cassette.play_count} recorded requests"
        )
    return outcome
