"""Tests of the contract suite itself: a server with a deliberate fault must make it fail.

Each case runs the relevant part of tests/contract/test_contract.py in a subprocess against the fake
wrapped in one fault (tests/contract/faults.py) and checks which check caught it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# Imported here, before pytester's in-process runs: modules first imported inside a run are dropped
# after it, and PyYAML's C extension does not survive being imported twice in one process.
import tests.contract.checks
import tests.contract.target  # noqa: F401
from tests.contract.faults import FAULTS

SUITE = Path(__file__).parent / "test_contract.py"
SCHEMA_VIOLATION = "ST108 Response violates schema"
LISTS = "keeps_the_contract and GET and organisations and not view"
# fault → (tests to run, the check or test that must catch it, a detail of what it reports)
CATCHES = {
    "wrong_type": (LISTS, SCHEMA_VIOLATION, 'is not of type "integer"'),
    "missing_required_field": (LISTS, SCHEMA_VIOLATION, '"name" is a required property'),
    "forbidden_null": (LISTS, SCHEMA_VIOLATION, 'null is not of type "string"'),
    "wrong_status": (LISTS, SCHEMA_VIOLATION, '"ok" is not one of'),
    "page_count_off_by_one": (LISTS, "tactile_paging_consistent", "num_pages is"),
    "ignored_token": ("bad_token", "test_a_bad_token_is_refused", "Failed to login"),
    "wildcard_ignored": (
        "wildcard",
        "test_name_filter_treats_star_as_a_wildcard_and_ignores_case",
        "assert [] ==",
    ),
}


def test_every_fault_has_an_expected_catch() -> None:
    assert sorted(CATCHES) == FAULTS


@pytest.mark.parametrize("fault", sorted(CATCHES))
def test_suite_fails_against_a_faulty_server(
    fault: str, pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    selection, caught_by, detail = CATCHES[fault]
    monkeypatch.setenv("TACTILE_CONTRACT_FAULT", fault)
    monkeypatch.delenv("TACTILE_BASE_URL", raising=False)
    # The suite builds its schema at import: make the in-process run import it afresh with the fault.
    monkeypatch.delitem(sys.modules, "tests.contract.test_contract", raising=False)
    result = pytester.runpytest_inprocess(str(SUITE), "-x", "-k", selection, "-p", "no:cacheprovider", "-q")
    output = result.stdout.str()
    assert result.ret == pytest.ExitCode.TESTS_FAILED, output[-3000:]
    assert caught_by in output, output[-3000:]
    assert detail in output, output[-3000:]
