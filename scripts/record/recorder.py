"""Run the scenario under vcrpy: one cassette per operation, the token scrubbed, or nothing written.

Everything is recorded into a staging folder first; the cassettes replace the old ones only when
every step turned out as expected and every cassette passed the token check, so a failed recording
leaves the committed set as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import ExitStack
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit

import vcr
from tactile_crm_client import Client

from scripts.record.cassettes import SUFFIX
from scripts.record.operations import find, operations
from scripts.record.outcome import check, promised
from scripts.record.scenario import A_WRONG_TOKEN, SCENARIO, Session, Step
from scripts.record.scrub import RefusingPersister, Scrubber

# Replays must send the same body too: two saves to one URL differ only there.
MATCH_ON = ("method", "scheme", "host", "port", "path", "query", "body")


class RecordingError(RuntimeError):
    """A step did not send exactly one request to its own operation."""


@dataclass(frozen=True)
class Target:
    """Where to record: a base URL and its token; `origin` is what the URL is recorded as (default: it)."""

    base_url: str
    token: str
    origin: str | None = None

    @property
    def recorded_origin(self) -> str:
        parts = urlsplit(self.base_url)
        return self.origin or f"{parts.scheme}://{parts.netloc}"


def make_vcr(scrubber: Scrubber, persister: RefusingPersister) -> vcr.VCR:
    recorder = vcr.VCR(
        record_mode="once", match_on=MATCH_ON, record_on_exception=False, **scrubber.vcr_options()
    )
    recorder.register_persister(persister)
    return recorder


def _record_cassette(
    recorder: vcr.VCR, path: Path, operation_id: str, steps: tuple[Step, ...], session: Session
) -> None:
    operation = operations()[operation_id]
    returns = promised(operation.client_module())
    with recorder.use_cassette(str(path)) as cassette:
        for number, step in enumerate(steps):
            where = f"{operation} '{step.case}'"
            check(step, where, returns, partial(step.call, session))
            if len(cassette.data) != number + 1:
                raise RecordingError(f"{where}: sent {len(cassette.data) - number} requests instead of one")
            request = cassette.data[number][0]
            sent_to = find(request.method, urlsplit(request.uri).path)[0]
            if sent_to is not operation:
                raise RecordingError(f"{where}: the request went to {sent_to}")
        cassette.get_metadata("operation", operation_id)
        cassette.get_metadata("cases", [step.case for step in steps])


def _swap_in(staging: Path, out_dir: Path, names: list[str]) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob(f"*{SUFFIX}"):
        if old.name not in names:
            old.unlink()
    for name in names:
        os.replace(staging / name, out_dir / name)


def record(target: Target, out_dir: Path, scenario: dict[str, tuple[Step, ...]] = SCENARIO) -> list[Path]:
    """Record `scenario` against `target` into `out_dir` (its cassettes replaced); return the cassettes.

    Raises TokenLeakError (nothing written), OutcomeError, ScenarioError or RecordingError.
    """
    base = target.base_url.rstrip("/")
    origin = target.recorded_origin
    scrubber = Scrubber(target.token, (urlsplit(base)._replace(path="").geturl(), origin), (A_WRONG_TOKEN,))
    persister = RefusingPersister([target.token, A_WRONG_TOKEN])
    recorder = make_vcr(scrubber, persister)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".recording-", dir=out_dir.parent))
    try:
        with ExitStack() as stack:
            client = stack.enter_context(Client(base_url=base, api_token=target.token, retries=None))
            wrong = stack.enter_context(Client(base_url=base, api_token=A_WRONG_TOKEN, retries=None))
            session = Session(client, wrong)
            names = []
            for operation_id, steps in scenario.items():
                name = f"{operation_id}{SUFFIX}"
                _record_cassette(recorder, staging / name, operation_id, steps, session)
                persister.check(staging / name, shown_as=str(out_dir / name))
                names.append(name)
        _swap_in(staging, out_dir, names)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [out_dir / name for name in names]
