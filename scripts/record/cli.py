"""python -m scripts.record [--out DIR]

Records one cassette per operation of the spec into tests/recorded/cassettes (or DIR), through the
generated client: by default against the fake server, started on 127.0.0.1 (a free port) and stopped
afterwards; with TACTILE_BASE_URL and TACTILE_API_TOKEN, against that server (e.g. a live account).

Exit 1 when a step does not turn out as the scenario expects or a token survives scrubbing (nothing is
written then); exit 2 for a bad invocation.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from scripts.paths import SPEC_PATH
from scripts.record.cassettes import CASSETTES_DIR
from scripts.record.fake import FAKE_ORIGIN, fake_app
from scripts.record.outcome import OutcomeError
from scripts.record.readme import write_readme
from scripts.record.recorder import RecordingError, Target, record
from scripts.record.scenario import ScenarioError
from scripts.record.scrub import TokenLeakError
from scripts.spec_validation import load_spec
from tactile_fake.serving import serve_in_thread

FAKE_SOURCE = "the fake server (tactile_fake: seed data, in-memory database, fixed clock)"


def _record_fake(out: Path) -> list[Path]:
    from tactile_fake.auth import demo_token
    from tactile_fake.seed import ADMIN_USER

    with serve_in_thread(fake_app()) as url:
        return record(Target(url, demo_token(ADMIN_USER), origin=FAKE_ORIGIN), out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.record", description=__doc__.split("\n\n")[1])
    parser.add_argument(
        "--out", type=Path, default=CASSETTES_DIR, help="the cassette folder (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    base_url = os.environ.get("TACTILE_BASE_URL", "").strip()
    token = os.environ.get("TACTILE_API_TOKEN", "").strip()
    if base_url and not token:
        parser.error("TACTILE_BASE_URL is set: set TACTILE_API_TOKEN to a token of that account too")
    try:
        if base_url:
            source = f"the server at {base_url.rstrip('/')}"
            cassettes = record(Target(base_url, token), args.out)
        else:
            source = FAKE_SOURCE
            cassettes = _record_fake(args.out)
    except (TokenLeakError, OutcomeError, ScenarioError, RecordingError) as exc:
        print(f"recording failed: {exc}", file=sys.stderr)
        return 1
    write_readme(args.out, source, cassettes, str(load_spec(SPEC_PATH)["info"]["version"]))
    size_kb = sum(path.stat().st_size for path in cassettes) / 1024
    print(f"Recorded {len(cassettes)} cassettes ({size_kb:.0f} KB) from {source} into {args.out}")
    return 0
