"""Inline every local `$ref`, for tools that cannot follow references.

A Reference Object is replaced by (a copy of the dereferenced form of) its target; OpenAPI 3.0 ignores
a `$ref`'s siblings, so they go too. `components` stays, itself dereferenced, for tools that list
models by name. A reference cycle cannot be inlined and is refused with the cycle spelled out.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class DereferenceError(ValueError):
    """An external, dangling or cyclic `$ref`."""


def dereference(document: Mapping[str, Any]) -> dict[str, Any]:
    """A new document without `$ref`s; `document` is not modified."""
    resolved: dict[str, Any] = {}

    def inline(node: Any, stack: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [inline(item, stack) for item in node]
        if not isinstance(node, Mapping):
            return node
        ref = node.get("$ref")
        if not isinstance(ref, str):
            return {key: inline(value, stack) for key, value in node.items()}
        if ref in stack:
            raise DereferenceError(f"cyclic $ref cannot be inlined: {' -> '.join((*stack, ref))}")
        if ref not in resolved:
            resolved[ref] = inline(_target(document, ref), (*stack, ref))
        return resolved[ref]

    result = inline(document, ())
    assert isinstance(result, dict)
    return result


def _target(document: Mapping[str, Any], ref: str) -> Any:
    if not ref.startswith("#/"):
        raise DereferenceError(f"only local references can be inlined, not {ref!r}")
    node: Any = document
    for raw in ref[2:].split("/"):
        key = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, Mapping) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            raise DereferenceError(f"$ref {ref!r} points to nothing")
    return node
