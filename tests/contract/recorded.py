"""The contract suite's checks applied to a recorded request/response pair instead of a live call.

Schemathesis gets the recorded request as a `Case` of its operation and the recorded response as its
`Response`, and runs what `call_and_validate()` runs (response_schema_conformance and the other
enabled built-ins, and the envelope-aware checks of checks.py). A recorded "bad token" request must
also have been refused with `{"403": "Failed to login"}`, as test_contract.py demands of a server.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import requests
import schemathesis
from schemathesis.core import NOT_SET
from schemathesis.core.failures import FailureGroup

from scripts.paths import REPO_ROOT, SPEC_PATH
from scripts.record.cassettes import Interaction
from scripts.record.operations import find
from scripts.record.scrub import TOKEN_PARAMETER
from tests.contract import checks, target

assert checks.CUSTOM_CHECKS  # registered with schemathesis on import
FAILED_LOGIN = {"403": "Failed to login"}


def spec_schema() -> Any:
    """The spec with the suite's check configuration; nothing is ever sent, so no base URL or token."""
    config = schemathesis.Config.from_dict(
        {"checks": {name: {"enabled": False} for name in target.EXCLUDED_BUILTIN_CHECKS}}
    )
    return schemathesis.openapi.from_path(str(SPEC_PATH), config=config)


def shown(path: Path) -> str:
    return str(path.relative_to(REPO_ROOT)) if path.is_relative_to(REPO_ROOT) else str(path)


def _case(schema: Any, interaction: Interaction) -> Any:
    parts = urlsplit(interaction.url)
    operation, path_values = find(interaction.method, parts.path)
    query = {k: v for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != TOKEN_PARAMETER}
    body = interaction.request_body
    return schema.find_operation_by_id(operation.operation_id).Case(
        path_parameters=path_values,
        query=query,
        body=json.loads(body) if body else NOT_SET,
        media_type=interaction.request_content_type or None,
    )


def _response(interaction: Interaction) -> schemathesis.Response:
    headers = {"Content-Type": interaction.request_content_type} if interaction.request_content_type else {}
    request = requests.Request(
        interaction.method, interaction.url, headers=headers, data=interaction.request_body or None
    ).prepare()
    return schemathesis.Response(
        interaction.status_code,
        interaction.headers,
        interaction.content,
        request,
        elapsed=0.0,
        verify=True,
        message=str(interaction.response["status"].get("message", "")),
    )


def check_interaction(schema: Any, interaction: Interaction) -> None:
    """Raise AssertionError, naming operation, cassette and case, if the pair breaks the contract."""
    operation, _ = find(interaction.method, urlsplit(interaction.url).path)
    where = (
        f"{operation}, cassette {shown(interaction.cassette)},"
        f" interaction {interaction.index} ({interaction.case!r})"
    )
    try:
        _case(schema, interaction).validate_response(_response(interaction))
    except (AssertionError, FailureGroup) as failure:
        raise AssertionError(f"{where}: the recorded response breaks the contract\n{failure}") from None
    if interaction.sent_a_wrong_token:
        messages = interaction.json().get("messages")
        if messages != FAILED_LOGIN:
            raise AssertionError(
                f"{where}: a wrong token must get {FAILED_LOGIN}, the recording has {messages}"
            )
