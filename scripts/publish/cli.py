"""python -m scripts.publish [--check] [--spec FILE] [--out DIR]

Writes the published artifacts (see artifacts.py) into published/. With --check, writes nothing and
fails (exit 1) when a committed file is missing, differs from a fresh build or is not an artifact,
listing each. Exit 2 when the spec cannot be built (the message says where).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from scripts.paths import REPO_ROOT, SPEC_PATH
from scripts.publish.artifacts import InvalidArtifactError, build_artifacts
from scripts.publish.dereference import DereferenceError
from scripts.publish.openapi31 import ConversionError
from scripts.publish.serialise import SpecLoadError

PUBLISHED_DIR = REPO_ROOT / "published"


def drift(expected: dict[str, bytes], out: Path) -> list[str]:
    """One line per file of `out` that differs from `expected` (missing, changed, unexpected)."""
    lines = []
    for name, content in expected.items():
        path = out / name
        if not path.is_file():
            lines.append(f"  missing     {name}")
        elif path.read_bytes() != content:
            lines.append(f"  changed     {name}")
    if out.is_dir():
        lines += [f"  unexpected  {p.name}" for p in sorted(out.iterdir()) if p.name not in expected]
    return lines


def write(expected: dict[str, bytes], out: Path) -> list[str]:
    """Make `out` hold exactly `expected`; return what changed (as `drift` words it)."""
    changes = drift(expected, out)
    out.mkdir(parents=True, exist_ok=True)
    for name, content in expected.items():
        path = out / name
        if not path.is_file() or path.read_bytes() != content:
            path.write_bytes(content)
    for path in out.iterdir():
        if path.name not in expected and path.is_file():
            path.unlink()
    return changes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.publish", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if the committed artifacts are stale")
    parser.add_argument("--spec", type=Path, default=SPEC_PATH)
    parser.add_argument("--out", type=Path, default=PUBLISHED_DIR)
    args = parser.parse_args(argv)
    try:
        expected = build_artifacts(args.spec)
    except (SpecLoadError, ConversionError, DereferenceError, InvalidArtifactError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.check:
        stale = drift(expected, args.out)
        if stale:
            print(f"{args.out} is stale; run `python -m scripts.publish`:", file=sys.stderr)
            print("\n".join(stale), file=sys.stderr)
            return 1
        print(f"{args.out}: {len(expected)} artifacts up to date")
        return 0
    changes = write(expected, args.out)
    for name, content in expected.items():
        print(f"{len(content):>9,} B  {args.out / name}")
    print("\n".join(changes) if changes else "no changes")
    return 0
