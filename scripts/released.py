"""Released versions of the spec: `openapi/released/X.Y.Z.yaml`, one frozen copy per release.

Versions are semantic (MAJOR.MINOR.PATCH, numbers only); the newest by version, not by file date, is
what the breaking-change gate compares the working spec with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

from scripts.paths import REPO_ROOT

RELEASED_DIR = REPO_ROOT / "openapi" / "released"
_VERSION = re.compile(r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)")


class Level(IntEnum):
    """How big a release is; a bigger level is a bigger promise broken."""

    PATCH = 0
    MINOR = 1
    MAJOR = 2

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, text: str) -> Version:
        match = _VERSION.fullmatch(text.strip())
        if match is None:
            raise ValueError(f"{text!r} is not a semantic version MAJOR.MINOR.PATCH (e.g. 1.2.0)")
        return cls(*(int(part) for part in match.groups()))

    def bumped(self, level: Level) -> Version:
        if level is Level.MAJOR:
            return Version(self.major + 1, 0, 0)
        if level is Level.MINOR:
            return Version(self.major, self.minor + 1, 0)
        return Version(self.major, self.minor, self.patch + 1)

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


def released_specs(directory: Path = RELEASED_DIR) -> list[tuple[Version, Path]]:
    """Every `X.Y.Z.yaml` in `directory`, oldest first; other files are ignored."""
    found = []
    for path in directory.glob("*.yaml") if directory.is_dir() else []:
        try:
            found.append((Version.parse(path.stem), path))
        except ValueError:
            continue
    return sorted(found)


def newest_release(directory: Path = RELEASED_DIR) -> tuple[Version, Path] | None:
    specs = released_specs(directory)
    return specs[-1] if specs else None
