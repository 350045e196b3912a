"""Replay mode (`TACTILE_CASSETTES=<folder>`): only the recorded interactions are checked.

A recording can only answer the requests it holds, so the generated, stateful, token and filter tests
(which need a server that answers new requests) are not collected then; otherwise the replay module is
not collected, and the suite runs as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.contract import target

HERE = Path(__file__).parent
REPLAY_MODULE = "test_recorded_interactions.py"


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if collection_path.parent != HERE or not collection_path.name.startswith("test_"):
        return None
    replaying = target.cassettes_dir() is not None
    return True if (collection_path.name == REPLAY_MODULE) != replaying else None
