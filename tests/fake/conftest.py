"""Fixtures for the fake server's tests: an in-memory app with a frozen clock, validating every response."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from starlette.applications import Starlette

from tactile_fake import create_app
from tactile_fake.spec_check import DEFAULT_SPEC
from tactile_fake.store import Store
from tests.fake.support import Api, Client, client_for

# Friday 27 March 2009, 12:00 GMT: just after the docs' examples, two days before BST starts.
FROZEN_NOW = datetime(2009, 3, 27, 12, 0, 0, tzinfo=UTC)


def frozen_clock() -> datetime:
    return FROZEN_NOW


@pytest.fixture
def app() -> Starlette:
    # Validation mode is on whenever the spec exists: a response that violates it becomes a 500.
    return create_app(validate_responses=DEFAULT_SPEC.is_file(), clock=frozen_clock)


@pytest.fixture
def store(app: Starlette) -> Store:
    """The app's database, for arranging states the API cannot create (e.g. an empty lookup)."""
    result: Store = app.state.store
    return result


@pytest.fixture
def client(app: Starlette) -> Iterator[Client]:
    with client_for(app) as test_client:
        yield test_client


@pytest.fixture
def api(client: Client) -> Api:
    return Api(client)
