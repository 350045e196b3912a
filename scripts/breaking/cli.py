"""python -m scripts.breaking --base OLD.yaml --head NEW.yaml [--acknowledged FILE] [--format text|json]

Exit status: 0 when every breaking / breaks-typed-clients finding is acknowledged, 1 when one is not,
2 when an input cannot be read (bad YAML, external or dangling $ref, malformed acknowledgement file).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from scripts.breaking.acknowledgements import AcknowledgementError, judge, load_acknowledgements
from scripts.breaking.comparison import compare
from scripts.breaking.locations import UnsupportedRefError
from scripts.breaking.report import render_json, render_text, stale_warning
from scripts.breaking.rules import RULES

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_ACKNOWLEDGED = REPO_ROOT / "openapi" / "breaking-acknowledged.yaml"


class InputError(Exception):
    pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.breaking", description="Direction-aware breaking-change gate for OpenAPI 3.0."
    )
    parser.add_argument("--base", type=Path, help="the spec clients were built against")
    parser.add_argument("--head", type=Path, help="the proposed spec")
    parser.add_argument(
        "--acknowledged",
        type=Path,
        default=DEFAULT_ACKNOWLEDGED,
        help="YAML list of {rule, path, reason} (default: %(default)s; absent = nothing acknowledged)",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--list-rules", action="store_true", help="print every rule and its severity")
    return parser


def _load_spec(path: Path) -> Mapping[str, Any]:
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise InputError(f"{path}: {error}") from error
    if not isinstance(document, Mapping):
        raise InputError(f"{path}: not an OpenAPI document (expected a mapping at the top)")
    return document


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.list_rules:
        for rule in RULES.values():
            print(f"{rule.severity.value:<21} {rule.id:<30} {rule.summary}")
        return 0
    if args.base is None or args.head is None:
        parser.error("--base and --head are required")
    try:
        findings = compare(_load_spec(args.base), _load_spec(args.head))
        acknowledgements = load_acknowledgements(args.acknowledged)
    except (InputError, UnsupportedRefError, AcknowledgementError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    verdicts, stale = judge(findings, acknowledgements)
    for acknowledgement in stale:
        print(stale_warning(acknowledgement), file=sys.stderr)
    sys.stdout.write(render_json(verdicts) if args.format == "json" else render_text(verdicts))
    return 1 if any(verdict.blocks for verdict in verdicts) else 0
