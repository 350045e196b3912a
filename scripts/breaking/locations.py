"""JSON pointers and local `$ref` resolution.

Every node is tracked at two locations: `logical` is the route from the document root with every
`$ref` followed (so one component change shows up under each operation that uses it, and the same
field has the same route in BASE and HEAD however it is factored), `physical` is where the node is
actually written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

Tokens = tuple[str, ...]


class UnsupportedRefError(ValueError):
    """A `$ref` this offline gate cannot follow (external file, dangling, or a pure cycle)."""


def to_pointer(tokens: Tokens) -> str:
    return "".join("/" + token.replace("~", "~0").replace("/", "~1") for token in tokens)


def from_local_ref(ref: str) -> Tokens:
    if not ref.startswith("#"):
        raise UnsupportedRefError(f"only local $refs are supported, bundle the spec first: {ref!r}")
    fragment = unquote(ref[1:])
    if fragment and not fragment.startswith("/"):
        raise UnsupportedRefError(f"$ref fragment is not a JSON pointer: {ref!r}")
    return tuple(token.replace("~1", "/").replace("~0", "~") for token in fragment.split("/")[1:] if fragment)


@dataclass(frozen=True)
class Loc:
    logical: Tokens
    physical: Tokens

    @classmethod
    def root(cls, *tokens: str) -> Loc:
        return cls(tokens, tokens)

    def child(self, *tokens: object) -> Loc:
        extra = tuple(str(token) for token in tokens)
        return Loc(self.logical + extra, self.physical + extra)


def stringify_keys(node: Any) -> Any:
    """YAML reads `200:` as an int; pointers and lookups want every mapping key as a string."""
    if isinstance(node, Mapping):
        return {str(key): stringify_keys(value) for key, value in node.items()}
    if isinstance(node, list):
        return [stringify_keys(item) for item in node]
    return node


@dataclass(frozen=True)
class Resolved:
    node: Mapping[str, Any]
    loc: Loc
    ref: str | None  # the first $ref followed, identifies a named component


class Resolver:
    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document

    def lookup(self, tokens: Tokens) -> Any:
        node: Any = self.document
        for token in tokens:
            if isinstance(node, Mapping) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                raise UnsupportedRefError(f"$ref target does not exist: {to_pointer(tokens)}")
        return node

    def resolve(self, node: Any, loc: Loc) -> Resolved:
        """Follow a chain of $refs; the logical location stays, the physical one moves to the target."""
        first_ref: str | None = None
        seen: set[Tokens] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            first_ref = first_ref or ref
            target = from_local_ref(ref)
            if target in seen:
                raise UnsupportedRefError(f"$ref cycle without content at {to_pointer(target)}")
            seen.add(target)
            node = self.lookup(target)
            loc = Loc(loc.logical, target)
        if not isinstance(node, Mapping):
            raise UnsupportedRefError(f"expected an object at {to_pointer(loc.physical)}")
        return Resolved(node, loc, first_ref)
