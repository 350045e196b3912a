"""The benchmark table: one row per figure, printed as text and written as Markdown with the machine."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from scripts.paths import REPO_ROOT

PRISM_PACKAGE = REPO_ROOT / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
TIMES = "\u00d7"  # the multiplication sign
COLUMNS = ("figure", "measured", "baseline", "ratio", "target", "")


@dataclass(frozen=True)
class Row:
    key: str  # stable name, e.g. "paging.iterator" (the smoke test checks that every one is there)
    figure: str
    measured: str
    baseline: str = "—"
    ratio: str = "—"
    target: str = "—"
    met: bool | None = None  # None: no target, or not measurable here

    @property
    def verdict(self) -> str:
        return {True: "✓", False: "✗", None: ""}[self.met]

    def cells(self) -> tuple[str, ...]:
        return (self.figure, self.measured, self.baseline, self.ratio, self.target, self.verdict)


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what dominates where a target is missed, etc.
    secrets: list[str] = field(default_factory=list)  # must not appear in the rendered report

    def add(self, row: Row, *notes: str) -> None:
        self.rows.append(row)
        self.notes.extend(notes)


def ratio(measured: float, baseline: float) -> str:
    return f"{measured / baseline:.2f}{TIMES}" if baseline > 0 else "—"


def seconds(value: float) -> str:
    return f"{value:.2f} s" if value < 100 else f"{value:.0f} s"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _prism_version() -> str:
    try:
        return str(json.loads(PRISM_PACKAGE.read_text(encoding="utf-8"))["version"])
    except (OSError, ValueError, KeyError):
        return "not installed"


def machine() -> dict[str, str]:
    """What the numbers were measured on."""
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {
        "cores": str(os.cpu_count()),
        "CPU": _cpu_model(),
        "Python": f"{platform.python_version()} ({platform.python_implementation()})",
        "OS": platform.platform(terse=True),
        "Prism": _prism_version(),
        "load average at start": " ".join(f"{v:.2f}" for v in load) if load else "unknown",
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def _widths(rows: Sequence[tuple[str, ...]]) -> list[int]:
    return [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]


def render_text(report: Report, machine_info: dict[str, str]) -> str:
    table = [COLUMNS, *(row.cells() for row in report.rows)]
    widths = _widths(table)
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)) for cells in table
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    lines.append("")
    lines.append("machine: " + "; ".join(f"{key} {value}" for key, value in machine_info.items()))
    lines.extend(f"note: {note}" for note in report.notes)
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|")


def render_markdown(report: Report, machine_info: dict[str, str], *, command: str) -> str:
    lines = [
        "# Benchmarks and robustness figures",
        "",
        f"Written by `{command}`. Ratios compare each figure with its natural baseline, measured side by",
        "side in the same run (interleaved, medians), so a busy machine moves both.",
        "",
        "| " + " | ".join(COLUMNS) + " |",
        "|" + "---|" * len(COLUMNS),
    ]
    lines += ["| " + " | ".join(_md_cell(cell) for cell in row.cells()) + " |" for row in report.rows]
    lines += ["", "**Machine:** " + "; ".join(f"{key}: {value}" for key, value in machine_info.items())]
    if report.notes:
        lines += ["", "**Notes**", ""]
        lines += [f"- {note}" for note in report.notes]
    return "\n".join(lines) + "\n"
