"""One session per job. Run them through scripts/nox (a pinned nox), e.g. `scripts/nox -s generate`.

Every session installs the same exact pins (requirements/dev.txt) into its own virtualenv (uv backend),
and Node tools from package-lock.json with `npm ci` when a session needs them.
"""

from __future__ import annotations

from pathlib import Path

import nox

ROOT = Path(__file__).parent
DEV_REQUIREMENTS = "requirements/dev.txt"
PYTHON_SOURCES = ["scripts", "tests", "tactile_fake", "examples", "noxfile.py"]

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["lint", "tests"]
nox.options.error_on_missing_interpreters = True


def install_dev(session: nox.Session) -> None:
    session.install("-r", DEV_REQUIREMENTS)


def npm_ci(session: nox.Session) -> None:
    """Install the pinned Node tools unless node_modules already matches package-lock.json."""
    installed = ROOT / "node_modules" / ".package-lock.json"
    lock = ROOT / "package-lock.json"
    if installed.exists() and installed.stat().st_mtime >= lock.stat().st_mtime:
        return
    session.run("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error", external=True)


@nox.session(python="3.11")
def generate(session: nox.Session) -> None:
    """Regenerate the typed client: openapi/ + overrides/ → generated/ (validate, generate, format, swap)."""
    install_dev(session)
    session.run("python", "-m", "scripts.generate", *session.posargs)


@nox.session(python="3.11")
def check_generated(session: nox.Session) -> None:
    """Fail when generated/ differs from a fresh generation (drift check)."""
    install_dev(session)
    session.run("python", "-m", "scripts.generate", "--check")


@nox.session(python="3.11")
def lint(session: nox.Session) -> None:
    """Spec validation, example validation and Spectral house rules; ruff and mypy --strict."""
    install_dev(session)
    npm_ci(session)
    session.run("python", "-m", "scripts.spec_validation")
    session.run("python", "-m", "scripts.spec_examples")
    session.run("python", "-m", "scripts.lint_spec")
    session.run("python", "-m", "scripts.publish", "--check")
    session.run("ruff", "check", *PYTHON_SOURCES)
    session.run("ruff", "format", "--check", *PYTHON_SOURCES)
    session.run("mypy", *PYTHON_SOURCES)
    with session.chdir("generated"):
        session.run("mypy", "--strict", "--config-file", "/dev/null", "tactile_crm_client")


@nox.session(python="3.11")
def tests(session: nox.Session) -> None:
    """The whole test suite (spec, lint rules, pipeline, fake, contract, client, publish)."""
    install_dev(session)
    npm_ci(session)
    session.run("pytest", *session.posargs)


@nox.session(python="3.11")
def contract(session: nox.Session) -> None:
    """The schemathesis contract suite. In-process against the fake by default; set TACTILE_BASE_URL and
    TACTILE_API_TOKEN to test any server, TACTILE_CONTRACT_DEPTH=deep for a long randomised run,
    TACTILE_CASSETTES=<folder> to check a recording instead of a server."""
    install_dev(session)
    session.run("pytest", "tests/contract", *session.posargs)


@nox.session(python="3.11")
def mock(session: nox.Session) -> None:
    """Serve the fake Tactile server on 127.0.0.1 (prints the base URL and demo tokens)."""
    install_dev(session)
    session.run(
        "python", "-m", "tactile_fake", "--host", "127.0.0.1", *(session.posargs or ["--port", "8080"])
    )


@nox.session(python="3.11")
def publish(session: nox.Session) -> None:
    """Write published/ (3.0.3 + 3.1.0, YAML + JSON, dereferenced); `-- --check` fails on drift."""
    install_dev(session)
    session.run("python", "-m", "scripts.publish", *session.posargs)


@nox.session(python="3.11")
def breaking(session: nox.Session) -> None:
    """Breaking-change gate: openapi/tactile.yaml against the newest openapi/released/X.Y.Z.yaml."""
    install_dev(session)
    session.run("python", "-m", "scripts.breaking_gate", *session.posargs)


@nox.session(python="3.11")
def release(session: nox.Session) -> None:
    """Cut a release: `scripts/nox -s release -- X.Y.Z [--note TEXT]`; rebuilds published/ and the client."""
    install_dev(session)
    if not session.posargs:
        session.error("usage: scripts/nox -s release -- X.Y.Z [--note TEXT]")
    session.run("python", "-m", "scripts.release", *session.posargs)
    session.run("python", "-m", "scripts.publish")
    session.run("python", "-m", "scripts.generate")


@nox.session(python="3.11")
def docs(session: nox.Session) -> None:
    """Offline HTML reference (Redoc from node_modules) in build/docs/."""
    install_dev(session)
    npm_ci(session)
    session.run("python", "-m", "scripts.docs", *session.posargs)


@nox.session(python="3.11")
def record(session: nox.Session) -> None:
    """Re-record tests/recorded/cassettes through the generated client: the fake on 127.0.0.1 by default;
    TACTILE_BASE_URL + TACTILE_API_TOKEN record that server (a live account). A surviving token writes
    nothing."""
    install_dev(session)
    session.run("python", "-m", "scripts.record", *session.posargs)


@nox.session(python="3.11")
def bench(session: nox.Session) -> None:
    """Benchmarks and robustness figures as ratios against their baselines; writes bench/latest.md.
    `-- --quick` for tiny sizes, `-- --only paging throughput` for some sections."""
    install_dev(session)
    npm_ci(session)
    session.run("python", "-m", "scripts.bench", *session.posargs)
