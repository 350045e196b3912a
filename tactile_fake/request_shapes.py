"""Which keys a save body may carry, read from the spec's request schemas (not restated here).

The real server ignores unknown keys; the contract forbids them (`additionalProperties: false`), so a
client's typo would be silently lost there. The fake names each one instead, and refuses a save with
no JSON body at all (the real server would read the keys from the query string instead).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tactile_fake.envelope import ApiError, Messages
from tactile_fake.php import JsonValue

# (area, action) → the spec path of the operation whose request body applies.
SAVE_OPERATIONS = {
    ("organisations", "save"): "/organisations/save",
    ("opportunities", "save"): "/opportunities/save",
    ("organisations", "save_contact"): "/organisations/save_contact",
}


@dataclass(frozen=True)
class BodyShape:
    top_level: frozenset[str]
    objects: frozenset[str]  # top-level keys whose value must be a JSON object
    # wrapper key ("Organisation") → (message key prefix, allowed keys inside it)
    wrappers: dict[str, tuple[str, frozenset[str]]]


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _property_names(spec: dict[str, Any], schema: Any) -> frozenset[str]:
    schema = _resolve(spec, schema)
    names = set(schema.get("properties", {}))
    for branch in schema.get("oneOf", []) + schema.get("anyOf", []):
        names |= _property_names(spec, branch)
    return frozenset(names)


def load_shapes(spec_path: Path) -> dict[tuple[str, str], BodyShape]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec = yaml.load(spec_path.read_text(encoding="utf-8"), Loader=loader)
    shapes = {}
    for route, path in SAVE_OPERATIONS.items():
        operation = spec.get("paths", {}).get(path, {}).get("post")
        if operation is None:
            continue  # a cut-down spec (tests) without this operation: nothing to enforce
        body = operation["requestBody"]["content"]["application/json"]["schema"]
        schema = _resolve(spec, body)
        wrappers = {
            name: (name.lower(), _property_names(spec, prop))
            for name, prop in schema.get("properties", {}).items()
            if name[:1].isupper() and _property_names(spec, prop)
        }
        objects = frozenset(
            name
            for name, prop in schema.get("properties", {}).items()
            if _resolve(spec, prop).get("type") == "object" or name in wrappers
        )
        shapes[route] = BodyShape(_property_names(spec, schema), objects, wrappers)
    return shapes


def check_body(shape: BodyShape, body: dict[str, JsonValue], has_body: bool) -> None:
    """Raise an error envelope naming every key the contract does not know, or the missing body."""
    if not has_body:
        raise ApiError.single("A JSON object body is required (Content-Type: application/json)", "body")
    messages = Messages()
    for key, value in body.items():
        if key not in shape.top_level:
            messages.add(f"Unknown field '{key}': expected one of {', '.join(sorted(shape.top_level))}", key)
        elif key in shape.objects and value is None:
            # Other non-objects get the handlers' own messages; null would otherwise mean "absent".
            messages.add(f"{key} must be a JSON object, not null", key)
    for wrapper, (prefix, allowed) in shape.wrappers.items():
        inner = body.get(wrapper)
        if not isinstance(inner, dict):
            continue
        for key in inner:
            if key not in allowed:
                messages.add(f"Unknown field '{key}' in {wrapper}", f"{prefix}_{key}")
    if messages:
        raise ApiError(messages)
