"""The benchmark session at tiny sizes, so that it cannot rot: every figure gets its row.

No timing is asserted (the machine is shared); the real numbers come from `python -m scripts.bench`.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from scripts.bench.cli import ROW_KEYS
from scripts.paths import REPO_ROOT

ROBUSTNESS = ("fuzz", "saves", "canary.")


def test_the_quick_bench_fills_every_row(tmp_path: Path) -> None:
    markdown, rows_json = tmp_path / "latest.md", tmp_path / "latest.json"
    command = [
        sys.executable,
        "-m",
        "scripts.bench",
        "--quick",
        "--output",
        str(markdown),
        "--json",
        str(rows_json),
    ]
    result = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stdout + result.stderr

    written = json.loads(rows_json.read_text(encoding="utf-8"))
    assert [row["key"] for row in written["rows"]] == list(ROW_KEYS)
    assert {"cores", "CPU", "Python"} <= set(written["machine"])
    table = markdown.read_text(encoding="utf-8")
    for row in written["rows"]:
        assert row["measured"], row
        assert f"| {row['figure']} |" in table
        assert row["figure"] in result.stdout
    assert "**Machine:**" in table
    # The robustness figures are counts, not timings: they must hold even at tiny sizes.
    robustness = {row["key"]: row["met"] for row in written["rows"] if row["key"].startswith(ROBUSTNESS)}
    assert robustness == dict.fromkeys(robustness, True), robustness
