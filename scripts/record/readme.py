"""The README written next to the cassettes: where and when they were recorded, and how to re-record."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from scripts.record.cassettes import load
from scripts.record.fake import FIXED_NOW

README = "README.md"


def readme_text(source: str, cassettes: list[Path], recorded_on: dt.date, spec_version: str) -> str:
    interactions = sum(len(load(path)) for path in cassettes)
    size_kb = sum(path.stat().st_size for path in cassettes) / 1024
    return f"""# Recorded Tactile traffic

Recorded on **{recorded_on.isoformat()}** from **{source}**
by `python -m scripts.record`, through the generated client (spec {spec_version}).

{len(cassettes)} cassettes (vcrpy YAML), one per operation, {interactions} interactions, {size_kb:.0f} KB.
Each holds the operation's success and its main error paths (bad token, unknown id, invalid
input); its `metadata.cases` names each interaction's case in `scripts/record/scenario.py`.

- The API token is recorded as `api_token=REDACTED`, the deliberately wrong one of the "bad token"
  cases as `REDACTED-WRONG-TOKEN`. The recorder refuses to write a cassette in which a token, or any
  40-hex value, survives (`scripts/record/scrub.py`).
- Only `Content-Type` (and `Location`) headers are kept; against the fake the clock is fixed at
  {FIXED_NOW.isoformat()} and its loopback URL is recorded as `http://tactile-fake.test`, so
  re-recording the fake gives the same bytes.

Re-record:

```sh
scripts/nox -s record        # the fake, on loopback
TACTILE_BASE_URL=https://acme.tactilecrm.com TACTILE_API_TOKEN=<yours> scripts/nox -s record  # live
```

A live recording creates an organisation, a contact method, an opportunity and tags in that account.

Replay (offline): `scripts/nox -s tests -- tests/recorded`. Contract-test a recording:
`TACTILE_CASSETTES=tests/recorded/cassettes scripts/nox -s contract`.
"""


def write_readme(out_dir: Path, source: str, cassettes: list[Path], spec_version: str) -> Path:
    path = out_dir / README
    path.write_text(
        readme_text(source, cassettes, dt.datetime.now(dt.UTC).date(), spec_version), encoding="utf-8"
    )
    return path
