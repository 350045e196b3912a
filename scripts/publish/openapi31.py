"""Convert an OpenAPI 3.0.x document to 3.1.0, mechanically (never kept by hand).

What changes, in Schema Objects only (found by structure, so example values, extensions and
properties that happen to be called `nullable` or `example` are left alone):

- `nullable: true` next to `type` becomes a type array, `type: [string, "null"]`; an `enum` gains
  `null` too (otherwise the enum would still reject it). This applies to `oneOf`/`anyOf` branches
  like any other schema. `nullable: true` *without* a `type` has no effect in 3.0.3 and an unclear one
  elsewhere, so it is refused: write the type.
- `example: X` becomes `examples: [X]` (3.1 schemas are JSON Schema 2020-12, where `example` is
  deprecated and `examples` is a list). Parameter and media-type `example`s are valid 3.1 as they are.
- Boolean `exclusiveMinimum`/`exclusiveMaximum` become the numeric bound itself.

The version becomes `openapi: 3.1.0`. Everything else is copied as is, in the same key order.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

OPENAPI_31 = "3.1.0"
# Keywords whose value is a schema, or a list or map of schemas (3.0 Schema Object).
_SUBSCHEMA = ("items", "not", "additionalProperties")
_SUBSCHEMA_LISTS = ("allOf", "oneOf", "anyOf")
_SUBSCHEMA_MAPS = ("properties",)
# Keys of non-schema objects whose values are data or free-form, never OpenAPI structure.
_OPAQUE = ("example", "examples", "default", "enum")


class ConversionError(ValueError):
    """The 3.0 document holds something with no faithful 3.1 equivalent; the message says where."""


def to_openapi31(document: Mapping[str, Any]) -> dict[str, Any]:
    """A new 3.1.0 document; `document` (3.0.x) is not modified."""
    converted = _walk_document(document, "")
    assert isinstance(converted, dict)
    converted["openapi"] = OPENAPI_31
    return converted


def _walk_document(node: Any, pointer: str) -> Any:
    """Non-schema structure: copy, converting every schema found under a `schema` key or in components."""
    if isinstance(node, list):
        return [_walk_document(item, f"{pointer}/{index}") for index, item in enumerate(node)]
    if not isinstance(node, Mapping):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        here = f"{pointer}/{_escape(key)}"
        if str(key).startswith("x-") or key in _OPAQUE:
            out[key] = value
        elif key == "schema" and isinstance(value, Mapping):
            out[key] = convert_schema(value, here)
        elif pointer == "/components" and key == "schemas":
            out[key] = {
                name: convert_schema(schema, f"{here}/{_escape(name)}") for name, schema in value.items()
            }
        else:
            out[key] = _walk_document(value, here)
    return out


def convert_schema(schema: Mapping[str, Any], pointer: str = "") -> dict[str, Any]:
    """One 3.0 Schema Object (and its subschemas) as a 3.1 Schema Object."""
    if "$ref" in schema:
        return dict(schema)
    out: dict[str, Any] = {}
    for key, value in schema.items():
        here = f"{pointer}/{_escape(key)}"
        if key in _SUBSCHEMA and isinstance(value, Mapping):
            out[key] = convert_schema(value, here)
        elif key in _SUBSCHEMA_LISTS:
            out[key] = [convert_schema(item, f"{here}/{index}") for index, item in enumerate(value)]
        elif key in _SUBSCHEMA_MAPS:
            out[key] = {name: convert_schema(item, f"{here}/{_escape(name)}") for name, item in value.items()}
        else:
            out[key] = value
    for rewrite in (_nullable, _example, _exclusive_bounds):
        rewrite(out, pointer)
    return out


def _nullable(schema: dict[str, Any], pointer: str) -> None:
    if not schema.pop("nullable", False):
        return
    if "type" not in schema:
        raise ConversionError(
            f"{pointer}/nullable: `nullable: true` without `type` has no effect in OpenAPI 3.0.3 and no "
            "faithful 3.1 form; add the `type` it qualifies"
        )
    types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
    schema["type"] = types if "null" in types else [*types, "null"]
    if isinstance(schema.get("enum"), list) and None not in schema["enum"]:
        schema["enum"] = [*schema["enum"], None]


def _example(schema: dict[str, Any], pointer: str) -> None:
    if "example" not in schema:
        return
    if "examples" in schema:
        raise ConversionError(f"{pointer}: both `example` and `examples`; 3.0 schemas have only `example`")
    _replace_key(schema, "example", "examples", [schema["example"]])


def _exclusive_bounds(schema: dict[str, Any], pointer: str) -> None:
    for flag, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if flag not in schema:
            continue
        if schema[flag] is True:
            if bound not in schema:
                raise ConversionError(f"{pointer}/{flag}: `{flag}: true` without `{bound}`")
            _replace_key(schema, flag, flag, schema.pop(bound))
        elif schema[flag] is False:
            del schema[flag]


def _replace_key(schema: dict[str, Any], old: str, new: str, value: Any) -> None:
    """Swap a key in place, keeping its position (published key order follows the source)."""
    items = [(new, value) if key == old else (key, v) for key, v in schema.items()]
    schema.clear()
    schema.update(items)


def _escape(key: object) -> str:
    return str(key).replace("~", "~0").replace("/", "~1")
