"""Lint OpenAPI documents with Spectral and the project ruleset (spectral/ruleset.yaml).

Usage: ``python -m scripts.lint_spec [SPEC ...]`` (default: openapi/tactile.yaml).

Spectral comes from the pinned Node toolchain (``npm ci`` at the repository root installs it into
node_modules/). Every finding is printed as ``file:line:col severity code message``; the exit status is 0
when there is none at all, 1 when there is any (warnings included), 2 when Spectral cannot run.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from scripts.paths import REPO_ROOT, SPEC_PATH

SPECTRAL = REPO_ROOT / "node_modules" / ".bin" / "spectral"
RULESET = REPO_ROOT / "spectral" / "ruleset.yaml"

SEVERITIES = ("error", "warn", "info", "hint")


class LintSetupError(RuntimeError):
    """Spectral could not lint at all (not installed, a spec missing, a crash)."""


@dataclass(frozen=True)
class Finding:
    """One Spectral result."""

    code: str
    message: str
    path: tuple[str, ...]
    severity: str
    source: str
    line: int  # 1-based
    column: int  # 1-based

    def __str__(self) -> str:
        where = ".".join(self.path) or "(document)"
        return f"{self.source}:{self.line}:{self.column} {self.severity} {self.code} {self.message} [{where}]"


def spectral_command(specs: Sequence[Path], *, ruleset: Path = RULESET) -> list[str]:
    """The Spectral command line that lints ``specs`` with JSON output."""
    return [
        str(SPECTRAL),
        "lint",
        "--ruleset",
        str(ruleset),
        "--format",
        "json",
        "--fail-severity=warn",
        "--fail-on-unmatched-globs",
        "--quiet",
        *(str(spec) for spec in specs),
    ]


def _finding(raw: dict[str, object]) -> Finding:
    start = raw.get("range", {})
    position = start.get("start", {}) if isinstance(start, dict) else {}
    line = position.get("line", 0) if isinstance(position, dict) else 0
    column = position.get("character", 0) if isinstance(position, dict) else 0
    severity = raw.get("severity", 0)
    path = raw.get("path", [])
    return Finding(
        code=str(raw.get("code", "")),
        message=str(raw.get("message", "")),
        path=tuple(str(part) for part in path) if isinstance(path, list) else (),
        severity=SEVERITIES[severity] if isinstance(severity, int) and 0 <= severity < 4 else str(severity),
        source=str(raw.get("source", "")),
        line=int(line) + 1 if isinstance(line, int) else 0,
        column=int(column) + 1 if isinstance(column, int) else 0,
    )


def lint(specs: Sequence[Path], *, ruleset: Path = RULESET) -> list[Finding]:
    """Run Spectral once over ``specs`` and return every finding (all severities).

    Raises LintSetupError when Spectral is not installed, a spec does not exist, or Spectral fails
    without producing a result list.
    """
    missing = [str(spec) for spec in specs if not spec.is_file()]
    if missing:
        raise LintSetupError(f"spec file(s) not found: {', '.join(missing)}")
    if not SPECTRAL.exists():
        raise LintSetupError(
            f"Spectral is not installed ({SPECTRAL.relative_to(REPO_ROOT)} is missing): "
            f"run `npm ci` in {REPO_ROOT} first."
        )
    proc = subprocess.run(
        spectral_command(specs, ruleset=ruleset),
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        raw = json.loads(proc.stdout)
    except json.JSONDecodeError:
        raw = None
    if proc.returncode not in (0, 1) or not isinstance(raw, list):
        raise LintSetupError(
            f"spectral exited with {proc.returncode} and no result list.\n"
            f"stdout:\n{proc.stdout.strip()}\nstderr:\n{proc.stderr.strip()}"
        )
    return [_finding(item) for item in raw if isinstance(item, dict)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.lint_spec",
        description="Lint OpenAPI documents with Spectral and the project ruleset.",
    )
    parser.add_argument(
        "specs",
        metavar="SPEC",
        nargs="*",
        type=Path,
        default=[SPEC_PATH],
        help=f"OpenAPI document(s) to lint (default: {SPEC_PATH.relative_to(REPO_ROOT)})",
    )
    args = parser.parse_args(argv)
    specs: list[Path] = [spec.resolve() for spec in args.specs]
    try:
        findings = lint(specs)
    except LintSetupError as exc:
        print(f"lint_spec: {exc}", file=sys.stderr)
        return 2
    for finding in findings:
        print(finding)
    names = ", ".join(str(spec) for spec in specs)
    if findings:
        counts = {severity: sum(f.severity == severity for f in findings) for severity in SEVERITIES}
        summary = ", ".join(f"{n} {severity}" for severity, n in counts.items() if n)
        print(f"lint_spec: {len(findings)} finding(s) ({summary}) in {names}", file=sys.stderr)
        return 1
    print(f"lint_spec: no findings in {names}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
