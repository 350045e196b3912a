"""Proof for TypeScript users: openapi-typescript reads the published spec, and `tsc --strict` compiles
a small typed consumer (examples/typescript/consumer.ts) against the generated types."""

from __future__ import annotations

import subprocess

import pytest

from scripts.paths import REPO_ROOT
from scripts.publish.serialise import load_document
from tests.publish.processes import node_tool, run

PUBLISHED = REPO_ROOT / "published"
TYPES_DIR = (
    REPO_ROOT / "build" / "typescript"
)  # examples/typescript/tsconfig.json reads tactile-openapi.d.ts here
CONSUMER = REPO_ROOT / "examples" / "typescript"
SOURCES = {
    "tactile-openapi.d.ts": "tactile-openapi.yaml",
    "tactile-openapi-3.1.d.ts": "tactile-openapi-3.1.yaml",
}


@pytest.fixture(scope="module")
def types() -> dict[str, str]:
    """openapi-typescript run on the 3.0.3 and the 3.1.0 file at once; output name → text."""
    TYPES_DIR.mkdir(parents=True, exist_ok=True)
    for name in SOURCES:
        (TYPES_DIR / name).unlink(missing_ok=True)
    processes = {
        name: subprocess.Popen(
            [str(node_tool("openapi-typescript")), str(PUBLISHED / spec), "-o", str(TYPES_DIR / name)],
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for name, spec in SOURCES.items()
    }
    for name, process in processes.items():
        output, _ = process.communicate(timeout=120)
        if process.returncode != 0:
            pytest.fail(f"openapi-typescript failed on {SOURCES[name]}:\n{output}", pytrace=False)
    return {name: (TYPES_DIR / name).read_text(encoding="utf-8") for name in SOURCES}


def test_generated_types_compile_a_strict_consumer_and_rule_out_misuse(types: dict[str, str]) -> None:
    document = load_document(PUBLISHED / "tactile-openapi.yaml")
    operation_ids = [op["operationId"] for item in document["paths"].values() for op in item.values()]
    assert len(operation_ids) == 15
    assert all(f"    {operation_id}: {{" in types["tactile-openapi.d.ts"] for operation_id in operation_ids)
    # consumer.ts also holds lines marked @ts-expect-error (a misspelt field, a missing required field,
    # a null where a string is promised): tsc fails if any of them compiles, so the types are not `any`.
    run([node_tool("tsc"), "-p", CONSUMER, "--strict"])


def test_the_31_variant_gives_typescript_users_the_same_types(types: dict[str, str]) -> None:
    assert types["tactile-openapi-3.1.d.ts"] == types["tactile-openapi.d.ts"]
