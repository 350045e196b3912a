"""The Spectral ruleset (spectral/ruleset.yaml): each house rule fires, where it should, and only it.

Every fixture under fixtures/lint/ breaks exactly one rule, and each test compares the (rule, path) pairs
found in its fixture with the expected set, so a rule that fires too often, too rarely, at the wrong
place, or a second rule firing, all fail. The real spec must have no finding at all, warnings included.
One Spectral run (about 3 s) lints the fixtures and the real spec together.

Spectral comes from the pinned Node toolchain: `npm ci` at the repository root. Without it these tests
fail (they never skip), saying so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import lint_spec
from scripts.lint_spec import Finding, LintSetupError, lint
from scripts.paths import REPO_ROOT, SPEC_PATH

FIXTURES = Path(__file__).parent / "fixtures" / "lint"

VIEW = ("paths", "/organisations/view/{id}", "get")
SAVE = ("paths", "/organisations/save", "post")
JSON_200 = ("responses", "200", "content", "application/json")
ORGANISATION = ("components", "schemas", "Organisation")

Pairs = set[tuple[str, tuple[str, ...]]]

EXPECTED: dict[str, Pairs] = {
    "clean.yaml": set(),
    "nullable-enum-without-null.yaml": {
        ("tactile-nullable-enum-lists-null", (*ORGANISATION, "properties", "rating", "enum")),
    },
    "nullable-without-type.yaml": {
        ("tactile-nullable-needs-type", (*ORGANISATION, "properties", "owner", "nullable")),
    },
    "operation-id.yaml": {
        ("tactile-operation-id", (*VIEW, "operationId")),
        ("tactile-operation-id", ("paths", "/organisations", "get")),
    },
    "operation-tag.yaml": {
        ("tactile-operation-tag", (*VIEW, "tags")),
        ("tactile-operation-tag", ("paths", "/organisations", "get", "tags", "0")),
        ("tactile-operation-tag", ("paths", "/organisations/mine", "get")),
    },
    "operation-examples.yaml": {
        ("tactile-operation-examples", (*VIEW, *JSON_200)),
        ("tactile-operation-examples", (*SAVE, "requestBody", "content", "application/json")),
        ("tactile-operation-examples", ("paths", "/organisations/options", "get", "responses", "200")),
    },
    # Only example `bad` is reported: `good` (null in a nullable property, an offset without a colon
    # under the unknown format tactile-date-time) passes.
    "examples-invalid.yaml": {
        ("tactile-examples-valid", (*VIEW, *JSON_200, "examples", "bad", "value", "id")),
        ("tactile-examples-valid", (*VIEW, *JSON_200, "examples", "bad", "value", "created")),
    },
    "sibling-nullable-ref.yaml": {
        ("tactile-no-sibling-nullable-ref", (*ORGANISATION, "properties", "owner", "nullable")),
        # Spectral's own rule reports the same spot, with a generic message.
        ("no-$ref-siblings", (*ORGANISATION, "properties", "owner", "nullable")),
    },
    "operation-security.yaml": {
        ("tactile-security-global-only", ()),
        ("tactile-security-global-only", (*VIEW, "security")),
    },
    "response-closed.yaml": {
        ("tactile-response-additional-properties", (*ORGANISATION, "additionalProperties")),
    },
    "oneof-inline-object.yaml": {
        ("tactile-oneof-branches-named", (*ORGANISATION, "properties", "contact", "oneOf", "0")),
    },
    "link-broken.yaml": {
        ("tactile-link-targets-exist", (*SAVE, "responses", "200", "links", "ViewMissing", "operationId")),
        (
            "tactile-link-targets-exist",
            (*SAVE, "responses", "200", "links", "ViewBadParameter", "parameters", "query.organisation_id"),
        ),
    },
    # Built-in rules the generator depends on, kept at error level.
    "path-param-optional.yaml": {
        ("path-params", (*VIEW, "parameters", "0")),
        ("oas3-schema", (*VIEW, "parameters", "0", "required")),
    },
    "duplicate-operation-id.yaml": {
        ("operation-operationId-unique", ("paths", "/organisations", "get", "operationId")),
    },
}


def _lint_or_fail(specs: list[Path]) -> list[Finding]:
    try:
        return lint(specs)
    except LintSetupError as exc:
        problem = str(exc)
    pytest.fail(problem, pytrace=False)  # outside `except`: no chained traceback


@pytest.fixture(scope="session")
def findings_by_file() -> dict[Path, list[Finding]]:
    """The lint fixtures and the real spec (when it exists), linted by one Spectral run, by file."""
    specs = sorted(FIXTURES.glob("*.yaml"))
    if SPEC_PATH.is_file():
        specs.append(SPEC_PATH)
    by_file: dict[Path, list[Finding]] = {spec.resolve(): [] for spec in specs}
    for finding in _lint_or_fail(specs):
        by_file[Path(finding.source).resolve()].append(finding)
    return by_file


@pytest.fixture(scope="session")
def fixture_findings(findings_by_file: dict[Path, list[Finding]]) -> dict[str, list[Finding]]:
    return {path.name: found for path, found in findings_by_file.items() if path.parent == FIXTURES.resolve()}


def test_every_fixture_has_expectations() -> None:
    assert {path.name for path in FIXTURES.glob("*.yaml")} == set(EXPECTED)


@pytest.mark.parametrize("fixture", sorted(EXPECTED))
def test_fixture_findings(fixture: str, fixture_findings: dict[str, list[Finding]]) -> None:
    found = fixture_findings.get(fixture, [])
    assert {(f.code, f.path) for f in found} == EXPECTED[fixture], "\n".join(map(str, found))


def test_house_rule_messages_name_the_location(fixture_findings: dict[str, list[Finding]]) -> None:
    house = [f for findings in fixture_findings.values() for f in findings if f.code.startswith("tactile-")]
    assert house
    for finding in house:
        if finding.path:  # the one document-level finding names the document instead
            assert "components." in finding.message or "/organisations" in finding.message, finding
    assert {f.severity for f in house if f.code == "tactile-response-additional-properties"} == {"warn"}
    assert {f.severity for f in house if f.code != "tactile-response-additional-properties"} == {"error"}


def test_real_spec_lints_clean(findings_by_file: dict[Path, list[Finding]]) -> None:
    # Never skipped: a missing spec fails here, saying so.
    assert SPEC_PATH.is_file(), f"{SPEC_PATH} does not exist"
    findings = findings_by_file[SPEC_PATH.resolve()]
    assert findings == [], "\n".join(map(str, findings))


def test_missing_spectral_says_run_npm_ci(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(lint_spec, "SPECTRAL", REPO_ROOT / "node_modules" / ".bin" / "no-such-spectral")
    with pytest.raises(LintSetupError, match="run `npm ci`"):
        lint([FIXTURES / "clean.yaml"])
    assert lint_spec.main([str(FIXTURES / "clean.yaml")]) == 2
    assert "npm ci" in capsys.readouterr().err


def test_missing_spec_is_an_error_not_a_pass(tmp_path: Path) -> None:
    with pytest.raises(LintSetupError, match="not found"):
        lint([tmp_path / "absent.yaml"])
