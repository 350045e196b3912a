"""Where else a token could end up: contract-suite failure reports, and cassettes.

- Reports: the contract suite run against a deliberately faulty fake (ids sent as strings) on loopback,
  with the canary as its valid token, so that schemathesis writes failure reports with reproduction
  commands; its output and JUnit XML are scanned.
- Cassettes: the committed ones (tests/recorded/cassettes) are scanned for the canary and for anything
  token-shaped (40 hex digits); and a fresh recording is made with the canary (scripts.record, against
  the fake), and scanned, when the recorder is there.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scripts.paths import REPO_ROOT
from tactile_fake.serving import serve_in_thread

CASSETTES = REPO_ROOT / "tests" / "recorded" / "cassettes"
TOKEN_SHAPE = re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{40}(?![0-9A-Fa-f])")
REPORT_FAULT = "wrong_type"


@dataclass
class Scan:
    texts: dict[str, str] = field(default_factory=dict)  # where -> content
    problems: list[str] = field(default_factory=list)  # what could not be checked, or leaked

    def occurrences(self, token: str) -> int:
        return sum(text.count(token) for text in self.texts.values())


def with_token(app: Any, token: str) -> Any:
    """Make `token` the admin's API token in a fake app's store; return the app."""
    from tactile_fake.auth import full_username
    from tactile_fake.seed import ADMIN_USER

    with app.state.store.transaction() as conn:
        conn.execute("UPDATE users SET api_token = ? WHERE username = ?", (token, full_username(ADMIN_USER)))
    return app


def contract_reports(token: str, select: str, workdir: Path) -> Scan:
    from tactile_fake import create_app
    from tests.contract.faults import wrap

    scan = Scan()
    junit = workdir / "contract-junit.xml"
    app = wrap(with_token(create_app(seed=25), token), REPORT_FAULT)
    with serve_in_thread(app) as url:
        env = {**os.environ, "CI": "true", "TACTILE_BASE_URL": url, "TACTILE_API_TOKEN": token}
        env.pop("TACTILE_CONTRACT_COUNT_FILE", None)
        command = [sys.executable, "-m", "pytest", "tests/contract/test_contract.py", "-q"]
        command += ["-p", "no:cacheprovider", "-k", select, f"--junitxml={junit}"]
        result = subprocess.run(command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=900)
    scan.texts["contract output"] = result.stdout + result.stderr
    if junit.exists():
        scan.texts["JUnit XML"] = junit.read_text(encoding="utf-8", errors="replace")
    return scan


def _fresh_recording(token: str, workdir: Path, scan: Scan) -> None:
    try:
        from scripts.record.fake import FAKE_ORIGIN, fake_app
        from scripts.record.recorder import Target, record
        from scripts.record.scrub import TokenLeakError
    except ImportError as exc:
        scan.problems.append(f"no fresh recording: the recorder is not importable ({exc})")
        return
    out = workdir / "cassettes"
    try:
        with serve_in_thread(with_token(fake_app(), token)) as url:
            written = record(Target(url, token, origin=FAKE_ORIGIN), out)
    except TokenLeakError as exc:
        scan.texts["fresh recording (refused)"] = str(exc)
        scan.problems.append(f"the recorder refused to write a cassette: {exc}")
        return
    except Exception as exc:  # the recorder is another module's work: report, do not crash the bench
        scan.problems.append(f"no fresh recording: {type(exc).__name__}: {exc}")
        return
    for path in written:
        scan.texts[f"fresh {path.name}"] = path.read_text(encoding="utf-8", errors="replace")


def cassettes(token: str, workdir: Path) -> tuple[Scan, int]:
    """The scan, and how many token-shaped strings the committed cassettes hold."""
    scan = Scan()
    shaped = 0
    if CASSETTES.is_dir():
        for path in sorted(p for p in CASSETTES.rglob("*") if p.is_file()):
            text = path.read_text(encoding="utf-8", errors="replace")
            scan.texts[str(path.relative_to(REPO_ROOT))] = text
            shaped += len(TOKEN_SHAPE.findall(text))
    else:
        scan.problems.append(f"no committed cassettes ({CASSETTES.relative_to(REPO_ROOT)} is missing)")
    _fresh_recording(token, workdir, scan)
    return scan, shaped
