"""Every example in the spec, paired with the schema it must satisfy, and one validator for both.

Validation follows OpenAPI 3.0.3 exactly (openapi-schema-validator's OAS30Validator: `nullable` only
where `type` is in the same schema) and checks formats, including our custom timestamp formats, which
must be real calendar instants (their `pattern` alone would admit 31 February).

Usage: ``python -m scripts.spec_examples [SPEC]`` lists each example and fails on any invalid one.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scripts.paths import SPEC_PATH
from scripts.spec_validation import json_pointer, load_spec, resolve_ref

SCHEMA_KEYS = frozenset({"type", "$ref", "allOf", "oneOf", "anyOf", "properties", "items", "format"})
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Example:
    pointer: str
    schema: dict[str, Any]
    value: Any
    operation_id: str | None


def _parse_instant(value: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


def is_tactile_date_time(value: object) -> bool:
    """An ISO 8601 instant with an offset, colon optional (the real server writes ``+0000``)."""
    if not isinstance(value, str) or " " in value:
        return False
    parsed = _parse_instant(value)
    return parsed is not None and parsed.tzinfo is not None


def is_tactile_local_date_time(value: object) -> bool:
    """As above, or a zone-less ``YYYY-MM-DD HH:MM:SS`` (raw database value, Europe/London)."""
    return isinstance(value, str) and _parse_instant(value) is not None


def _format_checker() -> Any:
    from openapi_schema_validator import oas30_format_checker

    checker = copy.deepcopy(oas30_format_checker)  # the shared instance must not learn our formats
    checker.checks("tactile-date-time")(is_tactile_date_time)
    checker.checks("tactile-local-date-time")(is_tactile_local_date_time)
    return checker


class SchemaValidator:
    """Validates instances against schemas of one document (``$ref``s resolve inside it)."""

    def __init__(self, document: dict[str, Any]) -> None:
        from openapi_schema_validator import OAS30Validator

        self._components = document.get("components", {})
        self._validator_class = OAS30Validator
        self._format_checker = _format_checker()

    def errors(self, schema: dict[str, Any], value: Any) -> list[str]:
        root = {**schema, "components": self._components}
        validator = self._validator_class(root, format_checker=self._format_checker)
        return sorted(
            f"{json_pointer(list(error.absolute_path)) or '/'}: {error.message}"
            for error in validator.iter_errors(value)
        )


def _media_examples(
    document: dict[str, Any], content: dict[str, Any], parts: tuple[object, ...], operation_id: str | None
) -> Iterator[Example]:
    for media_type, media in content.items():
        schema = media.get("schema")
        if not isinstance(schema, dict):
            continue
        here = (*parts, media_type)
        if "example" in media:
            yield Example(json_pointer((*here, "example")), schema, media["example"], operation_id)
        for name, example in (media.get("examples") or {}).items():
            resolved = resolve_ref(document, example)
            if "value" in resolved:
                yield Example(
                    json_pointer((*here, "examples", name)), schema, resolved["value"], operation_id
                )


def _operation_examples(document: dict[str, Any]) -> Iterator[Example]:
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            op_id = operation.get("operationId")
            base = ("paths", path, method)
            body = resolve_ref(document, operation.get("requestBody") or {})
            yield from _media_examples(
                document, body.get("content", {}), (*base, "requestBody", "content"), op_id
            )
            for status, response in operation.get("responses", {}).items():
                resolved = resolve_ref(document, response)
                yield from _media_examples(
                    document, resolved.get("content", {}), (*base, "responses", status, "content"), op_id
                )
            for index, parameter in enumerate(
                [*item.get("parameters", []), *operation.get("parameters", [])]
            ):
                param = resolve_ref(document, parameter)
                schema = param.get("schema")
                if not isinstance(schema, dict):
                    continue
                for name, example in (param.get("examples") or {}).items():
                    yield Example(
                        json_pointer((*base, "parameters", index, "examples", name)),
                        schema,
                        resolve_ref(document, example).get("value"),
                        op_id,
                    )


def _schema_examples(node: object, parts: tuple[object, ...]) -> Iterator[Example]:
    """`example` keywords written on schemas themselves (components and inline)."""
    if isinstance(node, dict):
        if "example" in node and SCHEMA_KEYS & node.keys():
            schema = {k: v for k, v in node.items() if k != "example"}
            yield Example(json_pointer((*parts, "example")), schema, node["example"], None)
        for key, value in node.items():
            if key not in ("example", "examples"):
                yield from _schema_examples(value, (*parts, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _schema_examples(value, (*parts, index))


def iter_examples(document: dict[str, Any]) -> Iterator[Example]:
    yield from _operation_examples(document)
    yield from _schema_examples(document.get("components", {}).get("schemas", {}), ("components", "schemas"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Validate every example in the spec against its schema.")
    parser.add_argument("spec", nargs="?", type=Path, default=SPEC_PATH)
    args = parser.parse_args(argv)
    document = load_spec(args.spec)
    validator = SchemaValidator(document)
    failures = 0
    examples = list(iter_examples(document))
    for example in examples:
        errors = validator.errors(example.schema, example.value)
        failures += bool(errors)
        for error in errors:
            print(f"{args.spec}#{example.pointer}: {error}", file=sys.stderr)
    print(f"{len(examples)} examples, {failures} invalid")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
