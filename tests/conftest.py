"""Shared test set-up: import the repo's own packages and the generated client without installing them."""

import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
for path in (REPO_ROOT, REPO_ROOT / "generated"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

# pytester runs the contract suite against deliberately broken servers
# (tests/contract/test_suite_catches_faults.py).
pytest_plugins = ["pytester"]
