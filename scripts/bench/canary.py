"""A canary token (fresh and random each run) and how often it shows up where it must not.

The canary is made the admin's token on the fake, used by the client in every failure it can meet, by
the contract suite's failure reports and by a fresh recording; then exceptions, logs (the client's,
captured at DEBUG, and the fake server's output), cassettes and reports are searched for it.
"""

from __future__ import annotations

import secrets
import tempfile
from pathlib import Path

from scripts.bench.canary_client import captured_logs, exception_texts
from scripts.bench.canary_sources import Scan, cassettes, contract_reports, with_token
from scripts.bench.report import Report, Row
from scripts.bench.servers import fake_server, free_port
from scripts.bench.sizes import Sizes


def new_canary() -> str:
    """Shaped like a real Tactile token (40 hex digits), so scrubbers that look for tokens see one."""
    return secrets.token_hex(20)


def _database_with(token: str, path: Path) -> None:
    from tactile_fake import create_app

    app = with_token(create_app(db_path=str(path)), token)
    app.state.store.close()


def _row(key: str, figure: str, scan: Scan, token: str, checked: str, *, clean: bool = True) -> Row:
    found = scan.occurrences(token)
    refused = any("refused" in problem for problem in scan.problems)
    return Row(key, figure, f"{found} in {checked}", target="0", met=found == 0 and clean and not refused)


def run(sizes: Sizes, report: Report) -> None:
    """Add the canary rows. The canary goes into `report.secrets`: the bench's own output is checked too."""
    token = new_canary()
    report.secrets.append(token)
    with tempfile.TemporaryDirectory(prefix="bench-canary-") as tmp:
        workdir = Path(tmp)
        database, server_log = workdir / "canary.sqlite", workdir / "server.log"
        _database_with(token, database)
        with (
            server_log.open("wb") as output,
            fake_server(0, extra_args=["--db", str(database)], output=output) as server,
            captured_logs() as log_lines,
        ):
            errors, client_repr = exception_texts(server.base_url, token, free_port())
        exceptions = Scan({f"exception {n}": text for n, text in enumerate(errors)})
        exceptions.texts["client repr"] = client_repr
        logs = Scan({"client logs": "\n".join(log_lines), "fake server output": server_log.read_text()})
        reports = contract_reports(token, sizes.canary_contract_select, workdir)
        recorded, token_shaped = cassettes(token, workdir)
    raised = sum(1 for text in errors if text)
    urls = sum(1 for line in log_lines if "api_token=" in line)
    report.add(
        _row(
            "canary.exceptions",
            "canary token in exceptions",
            exceptions,
            token,
            f"{raised} exceptions ({len(errors)} failure scenarios) and the client's repr",
        )
    )
    report.add(
        _row(
            "canary.logs",
            "canary token in logs",
            logs,
            token,
            f"{len(log_lines)} log records ({urls} with a request URL) + the fake's output",
            clean=urls > 0,  # the URLs carrying the token were logged, so the check saw something
        )
    )
    cassette_files = len(recorded.texts)
    report.add(
        _row(
            "canary.cassettes",
            "canary token in cassettes",
            recorded,
            token,
            f"{cassette_files} cassette files ({token_shaped} token-shaped strings in the committed ones)",
            clean=token_shaped == 0,
        ),
        *(f"canary: {problem}" for problem in recorded.problems),
    )
    report.add(
        _row(
            "canary.reports",
            "canary token in contract-suite reports",
            reports,
            token,
            " + ".join(reports.texts)
            + f" of a run against a faulty fake (-k {sizes.canary_contract_select!r})",
        )
    )
