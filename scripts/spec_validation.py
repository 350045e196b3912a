"""Validate the OpenAPI document and say exactly where it is wrong.

openapi-spec-validator names only the enclosing component for errors inside a schema, dumps the
whole document for a missing ``$ref``, and raises instead of reporting for unresolvable references.
This module checks references itself first, then runs the validator and joins its nested errors
into one JSON pointer per problem, e.g. ``/components/schemas/Opportunity/properties/probability/minimum``.

Usage: ``python -m scripts.spec_validation [SPEC]`` (exit 1 on any problem).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from scripts.paths import SPEC_PATH

# libyaml's loader is ~6x faster on the spec; fall back to the pure-Python one where it is missing.
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DUPLICATE_OPERATION_ID = re.compile(
    r"Operation ID '[^']*' for '(?P<method>\w+)' in '(?P<path>[^']+)' is not unique"
)
ROOT_KEYS = frozenset(
    {"openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs"}
)


@dataclass(frozen=True)
class SpecProblem:
    pointer: str
    message: str

    def __str__(self) -> str:
        return f"{self.pointer or '/'}: {self.message}"


def json_pointer(parts: Sequence[object]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def load_spec(path: Path) -> dict[str, Any]:
    try:
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        raise SpecLoadError(f"{path}: not valid YAML: {exc}") from exc
    except OSError as exc:
        raise SpecLoadError(f"{path}: cannot read: {exc.strerror}") from exc
    if not isinstance(document, dict):
        raise SpecLoadError(f"{path}: the document must be a mapping, got {type(document).__name__}")
    return document


class SpecLoadError(Exception):
    """The file is missing, unreadable or not a YAML mapping."""


def _walk_refs(node: object, parts: tuple[object, ...] = ()) -> Iterator[tuple[tuple[object, ...], str]]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield parts, ref
        for key, value in node.items():
            yield from _walk_refs(value, (*parts, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk_refs(value, (*parts, index))


def pointer_target(document: Any, ref: str) -> Any:
    """What a local reference (``#/components/schemas/Id``) points to; KeyError when it points to nothing."""
    node = document
    for raw in ref.removeprefix("#").removeprefix("/").split("/") if ref not in ("#", "#/") else []:
        key = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            raise KeyError(ref)
    return node


def resolve_ref(document: Any, node: Any) -> Any:
    """Follow local ``$ref``s from ``node`` until a node that is not a reference."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        node = pointer_target(document, node["$ref"])
    return node


def _resolves(document: dict[str, Any], ref: str) -> bool:
    try:
        pointer_target(document, ref)
    except KeyError:
        return False
    return True


def reference_problems(document: dict[str, Any]) -> list[SpecProblem]:
    problems = []
    for parts, ref in _walk_refs(document):
        where = json_pointer((*parts, "$ref"))
        if not ref.startswith("#"):
            problems.append(SpecProblem(where, f"external $ref {ref!r} is not supported: keep one document"))
        elif not _resolves(document, ref):
            problems.append(SpecProblem(where, f"$ref {ref!r} points to nothing"))
    return problems


def validator_problems(document: dict[str, Any]) -> list[SpecProblem]:
    # Imported here: the validator takes ~0.6 s to import and is only needed on this path.
    from jsonschema_path import SchemaPath
    from openapi_spec_validator import OpenAPIV30SpecValidator

    problems: list[SpecProblem] = []
    enclosing: tuple[object, ...] = ()
    for error in OpenAPIV30SpecValidator(SchemaPath.from_dict(document)).iter_errors():
        parts = tuple(error.absolute_path)
        if parts and parts[0] in ROOT_KEYS:
            enclosing = parts
        elif parts or enclosing:
            # Errors found inside a schema object come with paths relative to that schema.
            parts = enclosing + parts
        message = error.message
        duplicate = DUPLICATE_OPERATION_ID.match(message)
        if duplicate and not parts:
            # The validator gives no location for this one; its message names the operation.
            parts = ("paths", duplicate["path"], duplicate["method"], "operationId")
        if len(message) > 300:
            message = message[:300] + "…"
        problems.append(SpecProblem(json_pointer(parts), message))
    return _drop_enclosing_duplicates(problems)


def _drop_enclosing_duplicates(problems: list[SpecProblem]) -> list[SpecProblem]:
    """Keep the most precise problem when the validator also reports its enclosing schema."""
    pointers = [p.pointer for p in problems]
    return [
        p
        for p in problems
        if not any(other != p.pointer and other.startswith(p.pointer + "/") for other in pointers)
    ]


def check_document(document: dict[str, Any]) -> list[SpecProblem]:
    """All problems of an already loaded document; references first (the validator stops on them)."""
    problems = reference_problems(document)
    if problems:
        return problems
    return validator_problems(document)


def check_file(path: Path) -> list[SpecProblem]:
    try:
        document = load_spec(path)
    except SpecLoadError as exc:
        return [SpecProblem("", str(exc))]
    return check_document(document)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("spec", nargs="?", type=Path, default=SPEC_PATH)
    args = parser.parse_args(argv)
    problems = check_file(args.spec)
    for problem in problems:
        print(f"{args.spec}#{problem}", file=sys.stderr)
    if problems:
        print(f"{args.spec}: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"{args.spec}: valid OpenAPI 3.0")
    return 0


if __name__ == "__main__":
    sys.exit(main())
