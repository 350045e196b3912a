"""Regenerate the typed client: openapi/ + overrides/ → generated/.

Pipeline: validate the spec (exact location on failure) → build the generator's input (format
aliases from overrides/generator-input.yaml) → openapi-python-client with --fail-on-warning and the
pinned, isolated ruff hooks from overrides/config.yaml, into a temporary folder → record provenance →
swap the result into generated/. Any failure leaves generated/ byte-for-byte untouched.

Usage:
  python -m scripts.generate            regenerate generated/ and print what changed
  python -m scripts.generate --check    fail if generated/ differs from a fresh generation
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml

from scripts.paths import GENERATED_DIR, OVERRIDES_DIR, PACKAGE_NAME, SPEC_PATH
from scripts.spec_validation import SpecLoadError, check_document, load_spec

GENERATOR = "openapi-python-client"
# Tool caches that may appear in generated/ when someone runs mypy or pytest there; not generator output.
CACHE_DIRS = frozenset({"__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache"})


class PipelineError(Exception):
    """A step failed; the message says which and why."""


@dataclass
class TreeDiff:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    def lines(self) -> Iterator[str]:
        for label, names in (("added", self.added), ("removed", self.removed), ("changed", self.changed)):
            for name in names:
                yield f"  {label:8} {name}"


def apply_format_aliases(document: dict[str, Any], aliases: dict[str, str]) -> dict[str, Any]:
    """A copy of the document in which every schema ``format`` named in ``aliases`` is replaced."""

    def rewrite(node: object) -> object:
        if isinstance(node, dict):
            out = {key: rewrite(value) for key, value in node.items()}
            fmt = out.get("format")
            if isinstance(fmt, str) and fmt in aliases and "type" in out:
                out["format"] = aliases[fmt]
            return out
        if isinstance(node, list):
            return [rewrite(item) for item in node]
        return node

    result = rewrite(copy.deepcopy(document))
    assert isinstance(result, dict)
    return result


def read_format_aliases(overrides: Path) -> dict[str, str]:
    path = overrides / "generator-input.yaml"
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    aliases = data.get("format_aliases", {})
    if not isinstance(aliases, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in aliases.items()
    ):
        raise PipelineError(f"{path}: format_aliases must map format names to format names")
    return aliases


def generator_executable() -> str:
    candidate = Path(sys.executable).parent / GENERATOR
    if candidate.exists():
        return str(candidate)
    found = shutil.which(GENERATOR)
    if not found:
        raise PipelineError(f"{GENERATOR} is not installed (pip install -r requirements/dev.txt)")
    return found


def start_generator(spec_input: Path, output: Path, overrides: Path) -> subprocess.Popen[str]:
    command = [
        generator_executable(),
        "generate",
        "--path",
        str(spec_input),
        "--output-path",
        str(output),
        "--meta",
        "uv",
        "--config",
        str(overrides / "config.yaml"),
        "--fail-on-warning",
    ]
    templates = overrides / "templates"
    if templates.is_dir():
        command += ["--custom-template-path", str(templates)]
    # The post hooks call ruff by name: make sure the pinned ruff of this environment is found first.
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)


def finish_generator(process: subprocess.Popen[str]) -> None:
    output, _ = process.communicate()
    if process.returncode != 0 or "Warning(s) encountered" in output:
        raise PipelineError(f"{GENERATOR} failed (exit {process.returncode}):\n{output}")


def provenance_source(spec_bytes: bytes, spec_version: str) -> str:
    generator = f"{GENERATOR} {metadata.version(GENERATOR)}"
    return (
        '"""Which spec and generator produced this package (written by scripts/generate.py)."""\n'
        "\n"
        f"SPEC_VERSION = {json.dumps(spec_version)}\n"
        f"SPEC_SHA256 = {json.dumps(hashlib.sha256(spec_bytes).hexdigest())}\n"
        f"GENERATOR = {json.dumps(generator)}\n"
    )


def build_fresh_tree(spec: Path, overrides: Path, workdir: Path) -> Path:
    """Validate and generate into ``workdir/client``; return that folder.

    The generator runs in a subprocess while the spec is validated here (they take about as long);
    invalid spec problems win over whatever the generator says about the same document.
    """
    try:
        document = load_spec(spec)
    except SpecLoadError as exc:
        raise PipelineError(str(exc)) from exc
    generator_input = workdir / "generator-input.json"
    generator_input.write_text(
        json.dumps(apply_format_aliases(document, read_format_aliases(overrides)), indent=1),
        encoding="utf-8",
    )
    output = workdir / "client"
    process = start_generator(generator_input, output, overrides)
    try:
        problems = check_document(document)
        if problems:
            listing = "\n".join(f"  {spec}#{problem}" for problem in problems)
            raise PipelineError(f"the spec is invalid ({len(problems)} problem(s)):\n{listing}")
        finish_generator(process)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    (output / PACKAGE_NAME / "_provenance.py").write_text(
        provenance_source(spec.read_bytes(), str(document.get("info", {}).get("version", ""))),
        encoding="utf-8",
    )
    return output


def _files(root: Path) -> dict[str, Path]:
    if not root.exists():
        return {}
    return {
        path.relative_to(root).as_posix(): path
        for path in sorted(root.rglob("*"))
        if path.is_file() and not CACHE_DIRS.intersection(path.parts)
    }


def diff_trees(old: Path, new: Path) -> TreeDiff:
    before, after = _files(old), _files(new)
    return TreeDiff(
        added=sorted(set(after) - set(before)),
        removed=sorted(set(before) - set(after)),
        changed=sorted(
            name for name in set(before) & set(after) if before[name].read_bytes() != after[name].read_bytes()
        ),
    )


def swap_in(fresh: Path, target: Path) -> None:
    """Replace ``target`` by ``fresh`` with two renames on one filesystem; roll back on failure."""
    backup = target.with_name(target.name + ".previous")
    if backup.exists():
        shutil.rmtree(backup)
    if target.exists():
        target.rename(backup)
    try:
        fresh.rename(target)
    except OSError:
        if backup.exists():
            backup.rename(target)
        raise
    if backup.exists():
        shutil.rmtree(backup)


def regenerate(spec: Path, overrides: Path, output: Path, *, check: bool) -> TreeDiff:
    """Generate next to ``output``; swap it in (or, with ``check``, only compare)."""
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".generate-", dir=output.parent) as tmp:
        fresh = build_fresh_tree(spec, overrides, Path(tmp))
        changes = diff_trees(output, fresh)
        if not check and changes:
            swap_in(fresh, output)
        return changes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Regenerate the typed client from the spec.")
    parser.add_argument("--spec", type=Path, default=SPEC_PATH)
    parser.add_argument("--overrides", type=Path, default=OVERRIDES_DIR)
    parser.add_argument("--output", type=Path, default=GENERATED_DIR)
    parser.add_argument(
        "--check", action="store_true", help="compare with a fresh generation; change nothing"
    )
    args = parser.parse_args(argv)
    try:
        changes = regenerate(args.spec, args.overrides, args.output, check=args.check)
    except PipelineError as exc:
        print(f"generate: {exc}", file=sys.stderr)
        print(f"generate: {args.output} was left untouched", file=sys.stderr)
        return 1
    if args.check:
        if changes:
            print(f"{args.output} differs from a fresh generation (was it edited by hand?):", file=sys.stderr)
            for line in changes.lines():
                print(line, file=sys.stderr)
            print("run `nox -s generate` and commit the result", file=sys.stderr)
            return 1
        print(f"{args.output} matches a fresh generation")
        return 0
    if changes:
        print(f"{args.output} regenerated:")
        for line in changes.lines():
            print(line)
    else:
        print(f"{args.output} is already up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
