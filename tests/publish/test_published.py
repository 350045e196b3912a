"""The committed artifacts in published/: fresh, deterministic, and the same contract in every variant."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema_path import SchemaPath
from openapi_schema_validator import OAS31Validator, oas31_format_checker
from openapi_spec_validator import OpenAPIV30SpecValidator

from scripts.paths import SPEC_PATH
from scripts.publish import ARTIFACT_NAMES, build_artifacts
from scripts.publish.cli import PUBLISHED_DIR
from scripts.publish.cli import main as publish_main
from scripts.publish.openapi31 import convert_schema
from scripts.publish.serialise import PURE_DUMPER, SpecLoadError, load_document, to_yaml
from scripts.spec_examples import is_tactile_date_time, is_tactile_local_date_time, iter_examples

STEM = "tactile-openapi"


@pytest.fixture(scope="module")
def fresh() -> dict[str, bytes]:
    return build_artifacts(SPEC_PATH)


@pytest.fixture(scope="module")
def published(fresh: dict[str, bytes]) -> dict[str, Any]:
    """Each variant's document, read back from the fresh build."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return {
        name: yaml.load(content, Loader=loader) for name, content in fresh.items() if name.endswith(".yaml")
    }


def test_committed_artifacts_are_those_a_fresh_build_writes(fresh: dict[str, bytes]) -> None:
    stale = [
        name
        for name in ARTIFACT_NAMES
        if not (PUBLISHED_DIR / name).is_file() or (PUBLISHED_DIR / name).read_bytes() != fresh[name]
    ]
    unexpected = sorted(p.name for p in PUBLISHED_DIR.iterdir() if p.name not in fresh)
    assert (stale, unexpected) == ([], []), "published/ is stale: run `python -m scripts.publish` and commit"


def test_yaml_and_json_hold_the_same_document(fresh: dict[str, bytes], published: dict[str, Any]) -> None:
    for name, document in published.items():
        assert json.loads(fresh[name.replace(".yaml", ".json")]) == document, name


def test_the_checksums_file_matches_the_spec_files(fresh: dict[str, bytes]) -> None:
    import hashlib

    lines = fresh["SHA256SUMS"].decode().splitlines()
    assert len(lines) == 6
    for line in lines:
        digest, name = line.split("  ")
        assert hashlib.sha256(fresh[name]).hexdigest() == digest


def test_libyaml_and_pure_python_emitters_write_the_same_bytes(published: dict[str, Any]) -> None:
    document = published[f"{STEM}.yaml"]
    assert to_yaml(document) == to_yaml(document, dumper=PURE_DUMPER)


def test_key_order_follows_the_source_even_through_merge_keys(published: dict[str, Any]) -> None:
    source = load_document(SPEC_PATH)
    assert list(published[f"{STEM}.yaml"]) == list(source)
    update = published[f"{STEM}.yaml"]["components"]["schemas"]["OrganisationUpdate"]["properties"]
    assert next(iter(update)) == "id"  # written before `<<: *organisationInputProperties`


def test_merge_keys_expand_in_place_and_explicit_keys_win(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("base: &base {a: 1, b: 2}\nthing:\n  first: 0\n  <<: *base\n  b: 3\n  last: 4\n")
    assert list(load_document(spec)["thing"].items()) == [("first", 0), ("a", 1), ("b", 3), ("last", 4)]


def test_values_json_cannot_hold_are_refused_with_their_location(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("info:\n  released: 2009-03-16\n")
    with pytest.raises(SpecLoadError, match=r"/info/released.*quote it"):
        load_document(spec)


def test_the_dereferenced_variant_has_no_ref_and_is_valid_openapi_30(published: dict[str, Any]) -> None:
    document = published[f"{STEM}-dereferenced.yaml"]
    assert "$ref" not in json.dumps(document)
    assert document["paths"] == copy.deepcopy(document["paths"])  # a plain tree
    assert list(OpenAPIV30SpecValidator(SchemaPath.from_dict(document)).iter_errors()) == []


def test_every_example_of_the_spec_is_valid_against_the_31_schemas(published: dict[str, Any]) -> None:
    source, converted = load_document(SPEC_PATH), published[f"{STEM}-3.1.yaml"]
    checker = copy.deepcopy(oas31_format_checker)
    checker.checks("tactile-date-time")(is_tactile_date_time)
    checker.checks("tactile-local-date-time")(is_tactile_local_date_time)
    examples = list(iter_examples(source))
    assert len(examples) > 50
    failures = []
    for example in examples:
        root = {**convert_schema(example.schema), "components": converted["components"]}
        for error in OAS31Validator(root, format_checker=checker).iter_errors(example.value):
            failures.append(f"{example.pointer}: {error.message}")
    assert failures == []


def test_the_check_lists_missing_changed_and_unexpected_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("openapi: 3.0.3\ninfo: {title: T, version: 1.0.0}\npaths: {}\n")
    out = tmp_path / "published"
    assert publish_main(["--spec", str(spec), "--out", str(out)]) == 0
    assert publish_main(["--spec", str(spec), "--out", str(out), "--check"]) == 0
    (out / f"{STEM}.json").write_text("{}")
    (out / f"{STEM}-3.1.yaml").unlink()
    (out / "notes.txt").write_text("hand-written")
    capsys.readouterr()
    assert publish_main(["--spec", str(spec), "--out", str(out), "--check"]) == 1
    report = capsys.readouterr().err
    assert "run `python -m scripts.publish`" in report
    assert f"changed     {STEM}.json" in report
    assert f"missing     {STEM}-3.1.yaml" in report
    assert "unexpected  notes.txt" in report
    assert publish_main(["--spec", str(spec), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(ARTIFACT_NAMES)


def test_a_spec_that_cannot_be_converted_fails_the_build_with_its_location(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: T, version: 1.0.0}\npaths: {}\n"
        "components:\n  schemas:\n    Odd: {allOf: [{type: string}], nullable: true}\n"
    )
    assert publish_main(["--spec", str(spec), "--out", str(tmp_path / "out")]) == 2
    assert "/components/schemas/Odd/nullable" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
