"""``mypy --strict`` passes on the generated package, the typed usage example and the quickstart snippets; the
usage example also runs against the fake."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tactile_fake import create_app
from tactile_fake.auth import demo_token
from tactile_fake.serving import serve_in_thread
from tests.client.test_quickstart import snippets

REPO = Path(__file__).resolve().parents[2]
GENERATED = REPO / "generated"
USAGE = REPO / "examples" / "usage.py"


def mypy(*targets: str, cwd: Path, mypy_path: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ}
    if mypy_path is not None:
        env["MYPYPATH"] = str(mypy_path)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            os.devnull,
            "--cache-dir",
            str(REPO / ".mypy_cache" / "client-tests"),
            *targets,
        ],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_generated_package_is_strictly_typed() -> None:
    result = mypy("tactile_crm_client", cwd=GENERATED)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def test_the_usage_example_and_quickstart_snippets_are_strictly_typed(tmp_path: Path) -> None:
    files = [str(USAGE)]
    for index, code in enumerate(snippets(), start=1):
        path = tmp_path / f"quickstart_snippet_{index}.py"
        path.write_text(code, encoding="utf-8")
        files.append(str(path))
    result = mypy(*files, cwd=tmp_path, mypy_path=GENERATED)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def fake_url() -> Iterator[str]:
    with serve_in_thread(create_app(seed=20)) as url:
        yield url


def test_the_usage_example_runs(
    fake_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TACTILE_API_TOKEN", demo_token("greg"))
    spec = importlib.util.spec_from_file_location("examples_usage", USAGE)
    assert spec is not None and spec.loader is not None
    usage = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(usage)

    usage.main(fake_url)
    output = capsys.readouterr().out
    assert "created organisation" in output
    assert "organisations" in output
