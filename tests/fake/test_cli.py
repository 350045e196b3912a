"""`python -m tactile_fake`: loopback by default, prints the base URL and demo tokens, serves."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from tactile_fake.__main__ import is_loopback, parse_args
from tactile_fake.auth import demo_token

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("::1", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("192.168.1.5", False),
        ("example.com", False),
    ],
)
def test_loopback_detection(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_non_loopback_host_is_refused_unless_allowed(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parse_args(["--host", "0.0.0.0"])
    assert "refusing to listen on 0.0.0.0" in capsys.readouterr().err
    assert parse_args(["--host", "0.0.0.0", "--allow-remote"]).host == "0.0.0.0"


def test_serves_on_a_free_port_and_prints_the_tokens(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tactile_fake",
            "--port",
            "0",
            "--db",
            str(tmp_path / "cli.sqlite"),
            "--seed",
            "5",
        ],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner = [process.stdout.readline() for _ in range(4)]
        base_url = banner[0].split()[3]
        assert base_url.startswith("http://127.0.0.1:")
        assert demo_token("greg") in banner[1] and demo_token("paul") in banner[2]
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: never via a proxy
        with opener.open(f"{base_url}/organisations?api_token={demo_token('greg')}", timeout=10) as reply:
            assert reply.headers["content-type"] == "application/json"
            assert json.load(reply)["total"] == 13
    finally:
        process.terminate()
        process.wait(timeout=10)
