"""The contract suite in CI mode: wall time of one run, and how many requests it sends to the fake."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scripts.bench.report import Report, Row, ratio, seconds
from scripts.bench.sizes import Sizes
from scripts.paths import REPO_ROOT

SUITE = "tests/contract/test_contract.py"
TARGET_SECONDS = 60.0
TIMEOUT = 900.0
SUMMARY = re.compile(r"(\d+) (passed|failed|error|errors|skipped|deselected)")


def _summary(output: str) -> str:
    last = next((line for line in reversed(output.splitlines()) if SUMMARY.search(line)), "")
    return ", ".join(f"{n} {word}" for n, word in SUMMARY.findall(last) if word != "deselected")


def run(sizes: Sizes, report: Report) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-contract-") as tmp:
        count_file = Path(tmp) / "requests"
        command = [sys.executable, "-m", "pytest", SUITE, "-q", "-p", "no:cacheprovider"]
        if sizes.contract_select:
            command += ["-k", sizes.contract_select]
        env = {
            **os.environ,
            "CI": "true",
            "TACTILE_CONTRACT_COUNT_FILE": str(count_file),
            "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")])),
        }
        for name in ("TACTILE_BASE_URL", "TACTILE_API_TOKEN", "TACTILE_CONTRACT_DEPTH", "TACTILE_CASSETTES"):
            env.pop(name, None)  # CI mode: the in-process fake, default depth
        started = time.perf_counter()
        result = subprocess.run(
            command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False
        )
        elapsed = time.perf_counter() - started
        requests = int(count_file.read_text().strip()) if count_file.exists() else None
    outcome = _summary(result.stdout) or f"exit {result.returncode}"
    sent = f"{requests:,} requests" if requests is not None else "requests not counted"
    what = "CI mode" if sizes.contract_select is None else f"-k {sizes.contract_select!r}"
    report.add(
        Row(
            key="contract",
            figure=f"contract suite ({what}): wall time, requests sent to the in-process fake",
            measured=f"{seconds(elapsed)} · {sent} · {outcome}",
            baseline=f"{TARGET_SECONDS:.0f} s budget",
            ratio=ratio(elapsed, TARGET_SECONDS),
            target=f"≤ {TARGET_SECONDS:.0f} s, all pass",
            met=elapsed <= TARGET_SECONDS and result.returncode == 0,
        )
    )
