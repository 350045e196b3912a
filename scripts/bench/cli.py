"""`python -m scripts.bench`: run every benchmark, print one table, write it as Markdown."""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from scripts.bench import canary, contract, fuzz, paging, regen, saves, throughput
from scripts.bench.report import Report, Row, machine, render_markdown, render_text
from scripts.bench.sizes import FULL, QUICK, Sizes
from scripts.paths import REPO_ROOT

DEFAULT_OUTPUT = REPO_ROOT / "bench" / "latest.md"


@dataclass(frozen=True)
class Section:
    name: str
    keys: tuple[str, ...]  # the rows it adds
    run: Callable[[Sizes, Report, str], None]  # (sizes, report, the fake's admin token)


SECTIONS = (
    Section("regeneration", ("regeneration",), lambda sizes, report, _: regen.run(sizes, report)),
    Section("contract", ("contract",), lambda sizes, report, _: contract.run(sizes, report)),
    Section("paging", ("paging.iterator", "paging.async", "paging.raw_concurrent"), paging.run),
    Section(
        "throughput",
        ("throughput.list", "throughput.list_floor", "throughput.save", "throughput.save_floor"),
        throughput.run,
    ),
    Section("fuzz", ("fuzz",), fuzz.run),
    Section("saves", ("saves",), saves.run),
    Section(
        "canary",
        ("canary.exceptions", "canary.logs", "canary.cassettes", "canary.reports"),
        lambda sizes, report, _: canary.run(sizes, report),
    ),
)
ROW_KEYS = tuple(key for section in SECTIONS for key in section.keys)


def _admin_token() -> str:
    from tactile_fake.auth import demo_token
    from tactile_fake.seed import ADMIN_USER

    return demo_token(ADMIN_USER)


def run_sections(sizes: Sizes, names: Sequence[str]) -> tuple[Report, list[str]]:
    """Run the chosen sections; a section that crashes gets a failed row per figure instead."""
    report = Report()
    failed: list[str] = []
    token = _admin_token()
    for section in SECTIONS:
        if section.name not in names:
            continue
        print(f"bench: {section.name} …", file=sys.stderr, flush=True)
        started = time.perf_counter()
        try:
            section.run(sizes, report, token)
        except Exception as exc:
            traceback.print_exc()
            failed.append(section.name)
            for key in section.keys:
                report.add(
                    Row(key, f"{section.name}: did not run", f"{type(exc).__name__}: {exc}", met=False)
                )
            continue
        print(
            f"bench: {section.name} done in {time.perf_counter() - started:.0f} s",
            file=sys.stderr,
            flush=True,
        )
    return report, failed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.bench", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="tiny sizes (smoke test): the numbers mean nothing"
    )
    parser.add_argument(
        "--output", type=Path, default=DEFAULT_OUTPUT, help="Markdown file (default: %(default)s)"
    )
    parser.add_argument("--json", type=Path, help="also write the rows as JSON (for tools and tests)")
    parser.add_argument(
        "--only", nargs="+", choices=[s.name for s in SECTIONS], help="run only these sections"
    )
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    names = args.only or [section.name for section in SECTIONS]
    machine_info = machine()
    report, failed = run_sections(sizes, names)
    command = "python -m scripts.bench" + (" --quick" if args.quick else "")
    text = render_text(report, machine_info)
    markdown = render_markdown(report, machine_info, command=command)
    leaked = [secret for secret in report.secrets if secret in text or secret in markdown]
    if leaked:
        print("bench: the canary token appears in the bench's own report; not writing it", file=sys.stderr)
        return 1
    print(text, end="")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(markdown, encoding="utf-8")
    print(f"written to {args.output}")
    if args.json:
        rows = [asdict(row) for row in report.rows]
        args.json.write_text(json.dumps({"machine": machine_info, "rows": rows}, indent=1), encoding="utf-8")
    if failed:
        print(f"bench: these sections did not run: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0
