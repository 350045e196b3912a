"""python -m scripts.release X.Y.Z [--note TEXT] [--date YYYY-MM-DD]

Cuts a release of openapi/tactile.yaml:

1. compares it with the newest openapi/released/*.yaml (the breaking-change gate): unacknowledged
   breaks stop the release;
2. checks that X.Y.Z is the bump the findings call for: anything breaking (typed clients included)
   → major, additions → minor, anything else → patch;
3. sets `info.version` to X.Y.Z in the spec and copies it to openapi/released/X.Y.Z.yaml;
4. prepends an entry generated from the findings to openapi/CHANGELOG.md, breaks marked;
5. empties openapi/breaking-acknowledged.yaml (its reasons are now in the CHANGELOG).

The first release (no released spec yet) takes any version and lists the operations.
Nothing is written unless every check passes. Then rebuild what depends on the spec
(`python -m scripts.publish`, `python -m scripts.generate`) and commit.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from scripts.breaking import UnsupportedRefError, compare
from scripts.breaking.acknowledgements import AcknowledgementError, judge, load_acknowledgements
from scripts.paths import REPO_ROOT
from scripts.release import changelog
from scripts.release.edits import EditError, cleared_acknowledgements, set_info_version
from scripts.release.levels import required_level
from scripts.released import Version, newest_release


class ReleaseError(Exception):
    """The release cannot be cut; the message says why and what to do."""


@dataclass(frozen=True)
class Layout:
    """Where a repository keeps the files a release touches."""

    root: Path

    @property
    def spec(self) -> Path:
        return self.root / "openapi" / "tactile.yaml"

    @property
    def released(self) -> Path:
        return self.root / "openapi" / "released"

    @property
    def changelog(self) -> Path:
        return self.root / "openapi" / "CHANGELOG.md"

    @property
    def acknowledged(self) -> Path:
        return self.root / "openapi" / "breaking-acknowledged.yaml"


def release(layout: Layout, version_text: str, date: dt.date, note: str | None = None) -> str:
    """Cut the release; return the CHANGELOG entry. Raises ReleaseError before writing anything."""
    try:
        version = Version.parse(version_text)
    except ValueError as error:
        raise ReleaseError(str(error)) from None
    spec_text = layout.spec.read_text(encoding="utf-8")
    try:
        new_spec_text = set_info_version(spec_text, str(version))
        head = _load(new_spec_text, layout.spec)
    except EditError as error:
        raise ReleaseError(f"{layout.spec}: {error}") from None
    if str(head.get("info", {}).get("version")) != str(version):
        raise ReleaseError(f"{layout.spec}: could not set info.version (is it quoted oddly?)")

    newest = newest_release(layout.released)
    if newest is None:
        entry = changelog.first_entry(version, date, head, note)
    else:
        entry = _entry_against(layout, newest, version, new_spec_text, head, date, note)

    target = layout.released / f"{version}.yaml"
    layout.released.mkdir(parents=True, exist_ok=True)
    layout.spec.write_text(new_spec_text, encoding="utf-8")
    target.write_text(new_spec_text, encoding="utf-8")
    existing = layout.changelog.read_text(encoding="utf-8") if layout.changelog.exists() else None
    layout.changelog.write_text(changelog.prepend(existing, entry), encoding="utf-8")
    if layout.acknowledged.exists():
        text = layout.acknowledged.read_text(encoding="utf-8")
        layout.acknowledged.write_text(cleared_acknowledgements(text), encoding="utf-8")
    return entry


def _entry_against(
    layout: Layout,
    newest: tuple[Version, Path],
    version: Version,
    new_spec_text: str,
    head: dict[str, Any],
    date: dt.date,
    note: str | None,
) -> str:
    previous, previous_path = newest
    if version <= previous:
        raise ReleaseError(f"{version} is not newer than the last release, {previous}")
    if (layout.released / f"{version}.yaml").exists():
        raise ReleaseError(f"{version} was already released")
    base_text = previous_path.read_text(encoding="utf-8")
    if set_info_version(base_text, str(version)) == new_spec_text:
        raise ReleaseError(f"the spec has not changed since {previous}: nothing to release")
    try:
        findings = compare(_load(base_text, previous_path), head)
        verdicts, _ = judge(findings, load_acknowledgements(layout.acknowledged))
    except (UnsupportedRefError, AcknowledgementError) as error:
        raise ReleaseError(str(error)) from None
    blocking = [v.finding for v in verdicts if v.blocks]
    if blocking:
        listed = "\n".join(f"  {f.severity.value}  {f.rule}  {f.path}  {f.message}" for f in blocking)
        raise ReleaseError(
            f"{len(blocking)} unacknowledged breaking change(s) since {previous}; acknowledge each in "
            f"{layout.acknowledged.name} with its reason (it goes into the CHANGELOG), or undo it:\n{listed}"
        )
    level = required_level(findings)
    expected = previous.bumped(level)
    if version != expected:
        why = {
            "major": "it breaks clients built on the last release",
            "minor": "it adds to the API without breaking it",
            "patch": "clients cannot notice the changes",
        }[str(level)]
        raise ReleaseError(
            f"{previous} → {version} does not match the changes: this is a {level} release because {why}; "
            f"release it as {expected}"
        )
    return changelog.entry(version, date, verdicts, note)


def _load(text: str, path: Path) -> dict[str, Any]:
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ReleaseError(f"{path}: {error}") from None
    if not isinstance(document, dict):
        raise ReleaseError(f"{path}: not an OpenAPI document")
    return document


def main(argv: Sequence[str] | None = None, root: Path = REPO_ROOT) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.release",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("version", help="the new version, MAJOR.MINOR.PATCH")
    parser.add_argument("--note", help="a sentence or two for the top of the CHANGELOG entry")
    parser.add_argument("--date", type=dt.date.fromisoformat, default=dt.date.today(), help="default: today")
    args = parser.parse_args(argv)
    layout = Layout(root)
    try:
        entry = release(layout, args.version, args.date, args.note)
    except ReleaseError as error:
        print(f"release refused: {error}", file=sys.stderr)
        return 1
    print(entry)
    print(f"released {args.version}: {layout.released / (args.version + '.yaml')}, {layout.changelog}")
    print("next: python -m scripts.publish && python -m scripts.generate, then commit")
    return 0
