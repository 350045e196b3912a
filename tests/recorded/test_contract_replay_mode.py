"""`TACTILE_CASSETTES=<folder> scripts/nox -s contract`: the contract suite checks a recording, not a server.

Run here on a copy of the committed cassettes with one field renamed: exactly that interaction fails,
and the report names the operation, the field and the cassette file.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

# Imported before pytester's in-process run (see tests/contract/test_suite_catches_faults.py).
import tests.contract.recorded  # noqa: F401
from scripts.record.cassettes import CASSETTES_DIR, load_all
from tests.recorded.edit import rename_field

CONTRACT_SUITE = Path(__file__).parent.parent / "contract"

pytestmark = pytest.mark.block_network


def test_the_contract_suite_checks_a_recording_and_names_what_broke(
    tmp_path: Path, pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cassettes"
    shutil.copytree(CASSETTES_DIR, folder)
    rename_field(folder / "viewOrganisation.yaml", 0, "name", "title")
    monkeypatch.setenv("TACTILE_CASSETTES", str(folder))
    monkeypatch.delenv("TACTILE_BASE_URL", raising=False)
    monkeypatch.delitem(sys.modules, "tests.contract.test_recorded_interactions", raising=False)

    result = pytester.runpytest_inprocess(str(CONTRACT_SUITE), "-p", "no:cacheprovider", "-q")

    output = result.stdout.str()
    interactions = len(load_all(CASSETTES_DIR))
    # every interaction plus the coverage test; nothing generated, nothing from test_contract.py
    result.assert_outcomes(passed=interactions, failed=1)
    assert "test_recorded_interaction_keeps_the_contract[viewOrganisation.yaml#0 (success)]" in output
    assert (
        f"viewOrganisation (GET /organisations/view/{{id}}), cassette {folder / 'viewOrganisation.yaml'}"
        in output
    )
    assert '"name" is a required property' in output
