"""Cutting a release, in a temporary repository: the version must match what changed, breaks must be
acknowledged, and the CHANGELOG says what changed with the breaks marked. Also the CI gate against the
newest release."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from scripts import breaking_gate
from scripts.breaking import RULES, Severity
from scripts.release.cli import Layout, ReleaseError, release
from scripts.release.cli import main as release_main
from scripts.release.edits import EditError, cleared_acknowledgements, set_info_version
from scripts.release.levels import ADDITIONS, REFINEMENTS
from scripts.released import Version, newest_release

DAY = dt.date(2026, 1, 2)
ACK_HEADER = "# Breaking changes shipped on purpose.\n#   - rule: ...\n"

SPEC = """\
openapi: 3.0.3
info:
  title: Tactile CRM API
  # bumped by `python -m scripts.release`
  version: 1.0.0
  description: Test spec.
paths:
  /organisations/view/{id}:
    get:
      operationId: viewOrganisation
      summary: View one organisation
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
      responses:
        '200':
          description: The organisation.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/OrganisationViewResponse'
  /organisations/mine:
    get:
      operationId: listMyOrganisations
      summary: List my organisations
      responses:
        '200':
          description: A list.
          content:
            application/json:
              schema:
                type: object
                properties:
                  status: {$ref: '#/components/schemas/Status'}
components:
  schemas:
    Status:
      type: string
      enum: [success, error]
    OrganisationViewResponse:
      type: object
      required: [status]
      properties:
        status: {$ref: '#/components/schemas/Status'}
        organisation: {$ref: '#/components/schemas/Organisation'}
    Organisation:
      type: object
      required: [id, name]
      properties:
        id: {type: integer}
        name: {type: string}
        fax: {type: string, nullable: true}
"""


@pytest.fixture
def repo(tmp_path: Path) -> Layout:
    """A repository whose 1.0.0 is released."""
    layout = Layout(tmp_path)
    layout.spec.parent.mkdir(parents=True)
    layout.spec.write_text(SPEC)
    layout.acknowledged.write_text(ACK_HEADER + "[]\n")
    release(layout, "1.0.0", DAY)
    return layout


def edit(layout: Layout, old: str, new: str) -> None:
    text = layout.spec.read_text()
    assert old in text
    layout.spec.write_text(text.replace(old, new))


def acknowledge(layout: Layout, rule: str, path: str, reason: str) -> None:
    layout.acknowledged.write_text(ACK_HEADER + f"- rule: {rule}\n  path: {path}\n  reason: {reason}\n")


def snapshot(layout: Layout) -> dict[str, str]:
    return {
        str(p.relative_to(layout.root)): p.read_text() for p in sorted(layout.root.rglob("*")) if p.is_file()
    }


def test_the_first_release_copies_the_spec_and_lists_its_operations(repo: Layout) -> None:
    assert (repo.released / "1.0.0.yaml").read_text() == SPEC
    changelog = repo.changelog.read_text()
    assert changelog.startswith("# Changelog of the Tactile CRM OpenAPI spec")
    assert "## 1.0.0 (2026-01-02)" in changelog
    assert "- `GET /organisations/view/{id}` (viewOrganisation): View one organisation" in changelog


def test_an_addition_is_a_minor_release_and_nothing_else_will_do(repo: Layout) -> None:
    edit(
        repo,
        "        fax: {type: string, nullable: true}\n",
        "        fax: {type: string, nullable: true}\n        town: {type: string}\n",
    )
    before = snapshot(repo)
    for wrong, level in (("1.0.1", "minor"), ("2.0.0", "minor"), ("1.2.0", "minor")):
        with pytest.raises(ReleaseError, match=f"this is a {level} release.*release it as 1.1.0"):
            release(repo, wrong, DAY)
    assert snapshot(repo) == before  # a refused release writes nothing

    entry = release(repo, "1.1.0", DAY)
    assert "### Additions" in entry
    assert (
        "- field 'town' added (`response-field-added` at `/components/schemas/Organisation/properties/town`)"
        in entry
    )
    assert "BREAKING" not in entry
    assert "version: 1.1.0" in repo.spec.read_text()
    assert (
        "  # bumped by `python -m scripts.release`\n  version: 1.1.0\n" in repo.spec.read_text()
    )  # comments kept
    assert (repo.released / "1.1.0.yaml").read_text() == repo.spec.read_text()
    changelog = repo.changelog.read_text()
    assert changelog.index("## 1.1.0") < changelog.index("## 1.0.0")  # newest first


def test_an_unacknowledged_break_stops_the_release_and_names_it(repo: Layout) -> None:
    edit(repo, "        fax: {type: string, nullable: true}\n", "")
    before = snapshot(repo)
    with pytest.raises(ReleaseError, match="unacknowledged breaking") as refused:
        release(repo, "2.0.0", DAY)
    assert "response-field-removed" in str(refused.value)
    assert "/paths/~1organisations~1view~1{id}/get/responses/200/content/application~1json/schema" in str(
        refused.value
    )
    assert snapshot(repo) == before


def test_an_acknowledged_break_is_a_major_release_marked_breaking_with_its_reason(repo: Layout) -> None:
    edit(repo, "        fax: {type: string, nullable: true}\n", "")
    acknowledge(
        repo, "response-field-removed", "/components/schemas/Organisation/properties/fax", "nobody has a fax"
    )
    with pytest.raises(ReleaseError, match="major release because it breaks clients"):
        release(repo, "1.1.0", DAY)
    entry = release(repo, "2.0.0", DAY, note="Faxes are gone.")
    assert "### Breaking changes" in entry
    assert "Faxes are gone." in entry
    line = next(line for line in entry.splitlines() if "fax" in line and line.startswith("- "))
    assert line.startswith("- **BREAKING** field 'fax' removed")
    assert "`/components/schemas/Organisation/properties/fax`" in line
    assert "affects `GET /organisations/view/{id}`" in line
    assert line.endswith("Why: nobody has a fax")
    assert repo.acknowledged.read_text() == ACK_HEADER + "[]\n"  # cleared, its comments kept


def test_a_new_response_enum_value_is_marked_as_breaking_typed_clients(repo: Layout) -> None:
    edit(repo, "enum: [success, error]", "enum: [success, error, pending]")
    acknowledge(repo, "response-enum-widened", "/components/schemas/Status", "the server now queues saves")
    entry = release(repo, "2.0.0", DAY)
    assert "### Changes that break typed clients" in entry
    lines = [line for line in entry.splitlines() if "pending" in line]
    assert len(lines) == 1  # one change on a shared component, listed once ...
    assert lines[0].startswith("- **BREAKS TYPED CLIENTS** ")
    assert (
        "`GET /organisations/view/{id}`, `GET /organisations/mine`" in lines[0]
    )  # ... with every operation it reaches


def test_an_invisible_change_is_a_patch_and_an_unchanged_spec_is_no_release(repo: Layout) -> None:
    with pytest.raises(ReleaseError, match="nothing to release"):
        release(repo, "1.0.1", DAY)
    edit(repo, "description: Test spec.", "description: A clearer test spec.")
    entry = release(repo, "1.0.1", DAY)
    assert "No change a client can notice" in entry


@pytest.mark.parametrize(
    ("version", "message"),
    [("1.0", "not a semantic version"), ("v1.1.0", "not a semantic version"), ("0.9.0", "not newer")],
)
def test_malformed_or_older_versions_are_refused(repo: Layout, version: str, message: str) -> None:
    edit(repo, "description: Test spec.", "description: Changed.")
    with pytest.raises(ReleaseError, match=message):
        release(repo, version, DAY)


def test_the_command_line_reports_a_refusal_and_succeeds_on_a_good_release(
    repo: Layout, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(repo, "description: Test spec.", "description: Changed.")
    assert release_main(["1.1.0", "--date", "2026-01-03"], root=repo.root) == 1
    assert "release refused" in capsys.readouterr().err
    assert release_main(["1.0.1", "--date", "2026-01-03"], root=repo.root) == 0
    assert "## 1.0.1 (2026-01-03)" in capsys.readouterr().out


def test_every_rule_has_a_release_level() -> None:
    compatible = {rule.id for rule in RULES.values() if rule.severity is Severity.NON_BREAKING}
    assert compatible == ADDITIONS | REFINEMENTS
    assert not ADDITIONS & REFINEMENTS


def test_the_newest_release_is_the_highest_version_not_the_last_in_name_order(tmp_path: Path) -> None:
    for name in ("1.9.0.yaml", "1.10.0.yaml", "notes.yaml", "2.0.0-rc1.yaml"):
        (tmp_path / name).write_text("{}")
    assert newest_release(tmp_path) == (Version(1, 10, 0), tmp_path / "1.10.0.yaml")
    assert newest_release(tmp_path / "missing") is None


def test_info_version_is_edited_in_place_and_only_there() -> None:
    text = "info:\n  title: T\n  version: '1.0.0'  # quoted\n  x-other:\n    version: 9\npaths: {}\n"
    assert set_info_version(text, "1.1.0") == text.replace("'1.0.0'", "1.1.0")
    with pytest.raises(EditError):
        set_info_version("openapi: 3.0.3\ninfo:\n  title: T\n", "1.1.0")
    assert cleared_acknowledgements("# why\n\n- rule: x\n  path: y\n") == "# why\n\n[]\n"


def test_the_gate_compares_with_the_newest_release_and_prints_json_paths(
    repo: Layout, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [
        "--spec",
        str(repo.spec),
        "--released",
        str(repo.released),
        "--acknowledged",
        str(repo.acknowledged),
    ]
    assert breaking_gate.main(args) == 0
    assert "against release 1.0.0" in capsys.readouterr().err

    edit(repo, "        fax: {type: string, nullable: true}\n", "")
    assert breaking_gate.main(args) == 1
    out = capsys.readouterr().out
    assert "BREAKING  response-field-removed  /paths/~1organisations~1view~1{id}/get/responses/200/" in out
    assert "gate FAILED, 1 unacknowledged" in out

    acknowledge(repo, "response-field-removed", "/components/schemas/Organisation/properties/fax", "no faxes")
    assert breaking_gate.main([*args, "--format", "json"]) == 0
    (finding,) = json.loads(capsys.readouterr().out)
    assert finding["acknowledged"] and finding["path"].endswith("/properties/fax")

    assert breaking_gate.main([*args[:2], "--released", str(repo.root / "none")]) == 2


def test_the_working_spec_passes_the_gate_against_its_newest_release(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """CI's breaking-change gate: a break since the last release must be acknowledged (with its reason)
    in openapi/breaking-acknowledged.yaml, and then ships only in a major release."""
    newest = newest_release()
    assert newest is not None, "openapi/released/ holds no X.Y.Z.yaml"
    status = breaking_gate.main([])
    assert status == 0, capsys.readouterr().out
