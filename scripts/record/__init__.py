"""Recorded Tactile traffic: cassettes of the generated client's requests, token scrubbed, replayable offline.

- `scenario`: what is recorded — every operation, its success and its main error paths, as client calls;
- `scrub`: the token is replaced before anything is written, and a cassette in which a token survives is
  refused (`TokenLeakError`);
- `recorder` and `fake`: run the scenario under vcrpy against a base URL (by default the fake on loopback);
- `cassettes` and `operations`: read a cassette back and rebuild each recorded client call (for the replay
  tests and the contract suite's replay mode).

`python -m scripts.record` (nox session `record`) re-records tests/recorded/cassettes.
"""

import sys

from scripts.paths import GENERATED_DIR

# As in tests/conftest.py: the generated client is used from generated/, not installed.
if str(GENERATED_DIR) not in sys.path:
    sys.path.insert(0, str(GENERATED_DIR))
