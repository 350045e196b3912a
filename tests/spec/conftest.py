from __future__ import annotations

from typing import Any

import pytest

from scripts.paths import SPEC_PATH
from scripts.spec_examples import SchemaValidator
from scripts.spec_validation import load_spec


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec(SPEC_PATH)


@pytest.fixture(scope="session")
def validator(spec: dict[str, Any]) -> SchemaValidator:
    return SchemaValidator(spec)
