"""A schema seen through its `$ref`s and `allOf` members, as one object to compare."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from scripts.breaking.locations import Loc, Resolver, Tokens, UnsupportedRefError, to_pointer


class Direction(Enum):
    REQUEST = "request"  # what clients send: the server must keep accepting it
    RESPONSE = "response"  # what clients receive: they must keep understanding it


@dataclass(frozen=True)
class Layer:
    schema: Mapping[str, Any]
    physical: Tokens


@dataclass(frozen=True)
class SchemaView:
    resolver: Resolver
    logical: Tokens
    declared: Tokens  # where the schema (or the $ref to it) is written
    # The schema itself first, then its allOf members (flattened): keywords are read from the first
    # layer that has them, properties and required are merged across layers.
    layers: tuple[Layer, ...]
    members: tuple[SchemaView, ...]  # the allOf members, kept whole for nullability
    ref: str | None
    # Where the content lives: `allOf: [$ref X]` + nullable has X's identity, so recursion through
    # that idiom is recognised one level earlier.
    identity: Tokens

    @property
    def loc(self) -> Loc:
        return Loc(self.logical, self.layers[0].physical)

    @property
    def declared_loc(self) -> Loc:
        return Loc(self.logical, self.declared)

    @property
    def nullable(self) -> bool:
        return self._nullable(frozenset())

    def _nullable(self, seen: frozenset[Tokens]) -> bool:
        """3.0.3: `nullable` on the schema itself; or on every allOf member (so `allOf: [$ref X]` +
        `nullable: true` and `allOf: [$ref NullableX]` agree); or on any oneOf/anyOf alternative,
        wherever null sits inside the union it is one of its values."""
        here = self.layers[0].physical
        if here in seen:
            return False
        seen = seen | {here}
        if self.layers[0].schema.get("nullable") is True:
            return True
        if self.members and all(member._nullable(seen) for member in self.members):
            return True
        return any(branch._nullable(seen) for branch in self._branches_of(self.layers[0]))

    def keyword(self, name: str) -> Any:
        for layer in self.layers:
            if name in layer.schema:
                return layer.schema[name]
        return None

    @property
    def type(self) -> str | None:
        value = self.keyword("type")
        return value if isinstance(value, str) else None

    @property
    def required(self) -> set[str]:
        names: set[str] = set()
        for layer in self.layers:
            names.update(str(name) for name in layer.schema.get("required") or ())
        return names

    def is_visible(self, direction: Direction) -> bool:
        """readOnly fields are never sent, writeOnly fields never received."""
        hidden_by = "readOnly" if direction is Direction.REQUEST else "writeOnly"
        return self.keyword(hidden_by) is not True

    def properties(self) -> dict[str, SchemaView]:
        found: dict[str, SchemaView] = {}
        for layer in self.layers:
            for name, raw in (layer.schema.get("properties") or {}).items():
                if name not in found:
                    loc = Loc(self.logical, layer.physical).child("properties", name)
                    found[name] = schema_view(self.resolver, raw, loc)
        return found

    def items(self) -> SchemaView | None:
        return self._subschema("items")

    def additional_properties(self) -> SchemaView | bool:
        """True (the 3.0 default) or False for open or closed objects, else the map's value schema."""
        value = self.keyword("additionalProperties")
        if value is None or isinstance(value, bool):
            return value is not False
        return self._subschema("additionalProperties") or True

    def branches(self) -> list[SchemaView]:
        """oneOf/anyOf alternatives; both are unions as far as clients and servers are concerned."""
        for layer in self.layers:
            if found := self._branches_of(layer):
                return found
        return []

    def _branches_of(self, layer: Layer) -> list[SchemaView]:
        for keyword in ("oneOf", "anyOf"):
            alternatives = layer.schema.get(keyword)
            if isinstance(alternatives, list) and alternatives:
                union = Loc(self.logical, layer.physical)
                return [
                    schema_view(self.resolver, raw, union.child(keyword, index))
                    for index, raw in enumerate(alternatives)
                ]
        return []

    def _subschema(self, name: str) -> SchemaView | None:
        for layer in self.layers:
            raw = layer.schema.get(name)
            if isinstance(raw, Mapping):
                return schema_view(self.resolver, raw, Loc(self.logical, layer.physical).child(name))
        return None


def schema_view(
    resolver: Resolver, raw: Any, loc: Loc, _flattening: frozenset[Tokens] = frozenset()
) -> SchemaView:
    resolved = resolver.resolve(raw, loc)
    own = resolved.node
    if resolved.loc.physical in _flattening:
        raise UnsupportedRefError(f"allOf includes itself at {to_pointer(resolved.loc.physical)}")
    flattening = _flattening | {resolved.loc.physical}
    members = [
        schema_view(resolver, member, resolved.loc.child("allOf", index), flattening)
        for index, member in enumerate(own.get("allOf") or ())
    ]
    layers = (Layer(own, resolved.loc.physical), *(layer for member in members for layer in member.layers))
    wraps_one = len(members) == 1 and all(key in _WRAPPER_KEYWORDS or key.startswith("x-") for key in own)
    ref = resolved.ref or (members[0].ref if wraps_one else None)
    identity = members[0].identity if wraps_one else resolved.loc.physical
    return SchemaView(resolver, loc.logical, loc.physical, layers, tuple(members), ref, identity)


_WRAPPER_KEYWORDS = frozenset(
    {"allOf", "nullable", "description", "title", "example", "externalDocs", "deprecated"}
)
