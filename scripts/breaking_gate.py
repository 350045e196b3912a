"""The breaking-change gate for CI: the working spec against the newest released one.

    python -m scripts.breaking_gate [--format text|json] [--acknowledged FILE]

Compares openapi/tactile.yaml with the newest openapi/released/X.Y.Z.yaml using scripts.breaking and
prints every finding with its JSON pointer (most severe first). Exit 1 when a `breaking` or
`breaks-typed-clients` finding is not acknowledged in openapi/breaking-acknowledged.yaml, 2 when there
is no released spec or an input cannot be read, 0 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from scripts.breaking.cli import DEFAULT_ACKNOWLEDGED
from scripts.breaking.cli import main as breaking_main
from scripts.paths import SPEC_PATH
from scripts.released import RELEASED_DIR, newest_release


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.breaking_gate", description=__doc__)
    parser.add_argument(
        "--spec", type=Path, default=SPEC_PATH, help="the working spec (default: %(default)s)"
    )
    parser.add_argument("--released", type=Path, default=RELEASED_DIR, help="folder of X.Y.Z.yaml releases")
    parser.add_argument("--acknowledged", type=Path, default=DEFAULT_ACKNOWLEDGED)
    parser.add_argument("--format", choices=("text", "json"), default="text")
    args = parser.parse_args(argv)
    newest = newest_release(args.released)
    if newest is None:
        print(f"error: no released spec (X.Y.Z.yaml) in {args.released}", file=sys.stderr)
        return 2
    version, path = newest
    print(f"breaking-change gate: {args.spec} against release {version} ({path.name})", file=sys.stderr)
    base, head, acknowledged = str(path), str(args.spec), str(args.acknowledged)
    return breaking_main(
        ["--base", base, "--head", head, "--acknowledged", acknowledged, "--format", args.format]
    )


if __name__ == "__main__":
    sys.exit(main())
