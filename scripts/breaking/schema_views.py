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
    # The schema itself first, then its allOf members (flattened): keywords are read from the first
    # layer that has them, properties and required are merged across layers.
    layers: tuple[Layer, ...]
    nullable: bool
    ref: str | None

    @property
    def loc(self) -> Loc:
        return Loc(self.logical, self.layers[0].physical)

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
            for keyword in ("oneOf", "anyOf"):
                alternatives = layer.schema.get(keyword)
                if isinstance(alternatives, list) and alternatives:
                    base = Loc(self.logical, layer.physical)
                    return [
                        schema_view(self.resolver, raw, base.child(keyword, index))
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
    # `allOf: [$ref]` + `nullable: true` is the 3.0 idiom for "that schema, or null".
    nullable = own.get("nullable") is True or (bool(members) and all(m.nullable for m in members))
    ref = resolved.ref or (members[0].ref if len(members) == 1 else None)
    return SchemaView(resolver, loc.logical, layers, nullable, ref)
