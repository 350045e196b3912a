"""`nox -s generate` / `check_generated`: a broken spec never touches generated/; drift is caught."""

from __future__ import annotations

import copy
import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts import generate
from scripts.paths import GENERATED_DIR, OVERRIDES_DIR, PACKAGE_NAME, SPEC_PATH


def tree_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def fresh_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate.build_fresh_tree(SPEC_PATH, OVERRIDES_DIR, tmp_path_factory.mktemp("fresh"))


@pytest.fixture
def client_copy(tmp_path: Path) -> Path:
    target = tmp_path / "generated"
    shutil.copytree(GENERATED_DIR, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def test_committed_client_is_exactly_a_fresh_generation(fresh_tree: Path) -> None:
    diff = generate.diff_trees(GENERATED_DIR, fresh_tree)
    assert not diff, "generated/ drifted from the spec:\n" + "\n".join(diff.lines())


def test_generated_client_records_its_provenance(fresh_tree: Path, spec: dict[str, Any]) -> None:
    source = (fresh_tree / PACKAGE_NAME / "_provenance.py").read_text()
    assert f'SPEC_VERSION = "{spec["info"]["version"]}"' in source
    assert hashlib.sha256(SPEC_PATH.read_bytes()).hexdigest() in source
    assert 'GENERATOR = "openapi-python-client 0.29.1"' in source


def test_drift_check_fails_after_a_hand_edit(client_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert generate.main(["--check", "--output", str(client_copy)]) == 0
    edited = client_copy / PACKAGE_NAME / "models" / "organisation.py"
    edited.write_text(edited.read_text() + "\n# a hand edit\n")
    assert generate.main(["--check", "--output", str(client_copy)]) == 1
    err = capsys.readouterr().err
    assert "changed  tactile_crm_client/models/organisation.py" in err
    assert "run `nox -s generate`" in err


def _dangling_ref(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["Organisation"]["properties"]["parent_id"] = {
        "$ref": "#/components/schemas/Nope"
    }


def _duplicate_operation_id(spec: dict[str, Any]) -> None:
    spec["paths"]["/opportunities/timeline"]["get"]["operationId"] = "listOpportunities"


def _unsupported_content_type(spec: dict[str, Any]) -> None:
    # Valid OpenAPI, but the generator would silently drop this endpoint without --fail-on-warning.
    body = spec["paths"]["/organisations/save_contact"]["post"]["requestBody"]
    body["content"] = {"application/xml": {"schema": {"type": "object"}}}


@pytest.mark.parametrize(
    ("breakage", "expected"),
    [
        (
            _dangling_ref,
            "#/components/schemas/Organisation/properties/parent_id/$ref: "
            "$ref '#/components/schemas/Nope' points to nothing",
        ),
        (
            _duplicate_operation_id,
            "#/paths/~1opportunities~1timeline/get/operationId: "
            "Operation ID 'listOpportunities' for 'get' in '/opportunities/timeline' is not unique",
        ),
        (_unsupported_content_type, "Unsupported content type application/xml"),
    ],
    ids=["dangling-ref", "duplicate-operationId", "generator-warning"],
)
def test_broken_spec_fails_clearly_and_leaves_the_client_untouched(
    tmp_path: Path,
    client_copy: Path,
    spec: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
    breakage: Callable[[dict[str, Any]], None],
    expected: str,
) -> None:
    broken = copy.deepcopy(spec)
    breakage(broken)
    broken_path = tmp_path / "broken.yaml"
    broken_path.write_text(yaml.safe_dump(broken, sort_keys=False))
    before = tree_digest(client_copy)

    assert generate.main(["--spec", str(broken_path), "--output", str(client_copy)]) == 1

    err = capsys.readouterr().err
    assert expected in err
    assert f"{client_copy} was left untouched" in err
    assert tree_digest(client_copy) == before
    assert not list(client_copy.parent.glob(".generate-*")), "temporary folder left behind"


def test_unreadable_spec_is_reported(
    tmp_path: Path, client_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.0.3\ninfo: {title: x\n")
    assert generate.main(["--spec", str(bad), "--output", str(client_copy)]) == 1
    assert "not valid YAML" in capsys.readouterr().err


def test_regenerating_swaps_in_changes_and_reports_them(
    tmp_path: Path, client_copy: Path, spec: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    changed = copy.deepcopy(spec)
    changed["info"]["version"] = "1.0.1"
    changed_path = tmp_path / "changed.yaml"
    changed_path.write_text(yaml.safe_dump(changed, sort_keys=False))
    assert generate.main(["--spec", str(changed_path), "--output", str(client_copy)]) == 0
    out = capsys.readouterr().out
    assert "changed  tactile_crm_client/_provenance.py" in out
    assert "changed  pyproject.toml" in out
    assert 'SPEC_VERSION = "1.0.1"' in (client_copy / PACKAGE_NAME / "_provenance.py").read_text()
    assert not list(client_copy.parent.glob("*.previous"))
