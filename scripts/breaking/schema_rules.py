"""Direction-aware schema comparison.

Request side: HEAD must accept every value BASE accepted (narrowing breaks clients).
Response side: HEAD must not send anything BASE could not (widening breaks clients).
Descriptions, examples, titles and `x-` extensions are not compared at all.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from scripts.breaking.locations import Loc, Tokens
from scripts.breaking.rules import Collector
from scripts.breaking.schema_views import Direction, SchemaView

REQUEST, RESPONSE = Direction.REQUEST, Direction.RESPONSE

Stack = frozenset[tuple[Tokens, Tokens]]


def compare_schema(
    out: Collector,
    base: SchemaView,
    head: SchemaView,
    direction: Direction,
    stack: Stack = frozenset(),
    *,
    check_nullable: bool = True,
) -> None:
    if check_nullable:
        _compare_nullable(out, base, head, direction)
    # A pair already being compared higher up is a recursive schema: its findings come from there.
    key = (base.identity, head.identity)
    if key in stack:
        return
    stack = stack | {key}
    if _compare_unions(out, base, head, direction, stack) or _compare_type(out, base, head, direction):
        return
    _compare_format(out, base, head, direction)
    _compare_enum(out, base, head, direction)
    _compare_constraints(out, base, head, direction)
    _compare_properties(out, base, head, direction, stack)
    _compare_additional_properties(out, base, head, direction, stack)
    base_items, head_items = base.items(), head.items()
    if base_items and head_items:
        compare_schema(out, base_items, head_items, direction, stack)


def _site(base: SchemaView, head: SchemaView) -> Loc:
    """Where a value-level change was made: inside the shared target when both sides resolve to the
    same place (one edit to a component, one acknowledgement for every use), else where HEAD declares
    the schema (a $ref retargeted or an inline schema edited)."""
    return head.loc if base.loc.physical == head.loc.physical else head.declared_loc


def _compare_nullable(out: Collector, base: SchemaView, head: SchemaView, direction: Direction) -> None:
    if base.nullable == head.nullable:
        return
    if direction is REQUEST:
        if head.nullable:
            out.add("request-type-widened", _site(base, head), "now accepts null")
        else:
            out.add("request-nullable-removed", _site(base, head), "no longer accepts null")
    elif head.nullable:
        out.add("response-field-became-nullable", _site(base, head), "may now be null")
    else:
        out.add("response-constraint-changed", _site(base, head), "is no longer null")


def _accepts_type(wider: str | None, narrower: str | None) -> bool:
    """Every `narrower` value is also a `wider` value (None: no type keyword, anything goes)."""
    return wider is None or wider == narrower or (wider, narrower) == ("number", "integer")


def _compare_type(out: Collector, base: SchemaView, head: SchemaView, direction: Direction) -> bool:
    """Report a type change; True when the types are unrelated, so comparing deeper is noise."""
    if base.type == head.type:
        return False
    change = f"type {base.type or 'any'} -> {head.type or 'any'}"
    if direction is REQUEST:
        if not _accepts_type(head.type, base.type):
            out.add("request-type-narrowed", _site(base, head), change)
            return True
        out.add("request-type-widened", _site(base, head), change)
    else:
        if not _accepts_type(base.type, head.type):
            out.add("response-type-changed", _site(base, head), change)
            return True
        out.add("response-constraint-changed", _site(base, head), change)
    return False


def _compare_format(out: Collector, base: SchemaView, head: SchemaView, direction: Direction) -> None:
    before, after = base.keyword("format"), head.keyword("format")
    if before == after:
        return
    change = f"format {before or 'none'} -> {after or 'none'}"
    if direction is RESPONSE:
        out.add("response-format-changed", _site(base, head), change)
    elif after is None:
        out.add("request-type-widened", _site(base, head), change)
    else:
        out.add("request-type-narrowed", _site(base, head), change)


def _enum_values(view: SchemaView) -> dict[str, Any] | None:
    """Enum values keyed by their JSON text (so 1, 1.0 and true stay distinct). null is left to the
    nullable rules."""
    values = view.keyword("enum")
    if not isinstance(values, list):
        return None
    return {json.dumps(v, sort_keys=True, default=str): v for v in values if v is not None}


def _listed(keys: set[str]) -> str:
    return ", ".join(sorted(keys))


def _compare_enum(out: Collector, base: SchemaView, head: SchemaView, direction: Direction) -> None:
    before, after = _enum_values(base), _enum_values(head)
    if before == after:
        return
    narrowed, widened = f"{direction.value}-enum-narrowed", f"{direction.value}-enum-widened"
    if before is None and after is not None:
        out.add(narrowed, _site(base, head), f"now restricted to enum [{_listed(set(after))}]")
    elif after is None and before is not None:
        out.add(widened, _site(base, head), f"enum [{_listed(set(before))}] removed, any value allowed")
    elif before is not None and after is not None:
        if removed := set(before) - set(after):
            out.add(narrowed, _site(base, head), f"enum values removed: {_listed(removed)}")
        if added := set(after) - set(before):
            out.add(widened, _site(base, head), f"enum values added: {_listed(added)}")


# Constraint keyword -> does going from BASE to HEAD value tighten it? (values are never equal here)
def _upper_bound(before: Any, after: Any) -> bool:
    return after is not None and (before is None or after < before)


def _lower_bound(before: Any, after: Any) -> bool:
    return after is not None and (before is None or after > before)


def _flag(before: Any, after: Any) -> bool:
    return after is True


def _present(before: Any, after: Any) -> bool:
    return after is not None


def _multiple_of(before: Any, after: Any) -> bool:
    # Relaxed only when every multiple of the old factor is still a multiple of the new one.
    if after is None:
        return False
    return before is None or (Fraction(str(before)) / Fraction(str(after))).denominator != 1


_CONSTRAINTS: dict[str, Callable[[Any, Any], bool]] = {
    "maxLength": _upper_bound,
    "maximum": _upper_bound,
    "maxItems": _upper_bound,
    "maxProperties": _upper_bound,
    "minLength": _lower_bound,
    "minimum": _lower_bound,
    "minItems": _lower_bound,
    "minProperties": _lower_bound,
    "exclusiveMaximum": _flag,
    "exclusiveMinimum": _flag,
    "uniqueItems": _flag,
    "pattern": _present,  # a changed pattern cannot be proven wider, so it counts as tightened
    "multipleOf": _multiple_of,
}
_DEFAULTS: dict[str, Any] = {
    "minLength": 0,
    "minItems": 0,
    "minProperties": 0,
    "exclusiveMaximum": False,
    "exclusiveMinimum": False,
    "uniqueItems": False,
}


def _report_constraint(
    out: Collector, base: SchemaView, head: SchemaView, direction: Direction, tightened: bool, message: str
) -> None:
    if direction is RESPONSE:
        out.add("response-constraint-changed", _site(base, head), message)
    elif tightened:
        out.add("request-constraint-tightened", _site(base, head), message)
    else:
        out.add("request-constraint-relaxed", _site(base, head), message)


def _compare_constraints(out: Collector, base: SchemaView, head: SchemaView, direction: Direction) -> None:
    for keyword, tightens in _CONSTRAINTS.items():
        default = _DEFAULTS.get(keyword)
        before = base.keyword(keyword)
        after = head.keyword(keyword)
        before = default if before is None else before
        after = default if after is None else after
        if before != after:
            message = f"{keyword} {_show(before)} -> {_show(after)}"
            _report_constraint(out, base, head, direction, tightens(before, after), message)


def _show(value: Any) -> str:
    return "absent" if value is None else repr(value)


def _visible_properties(view: SchemaView, direction: Direction) -> dict[str, SchemaView]:
    return {name: prop for name, prop in view.properties().items() if prop.is_visible(direction)}


def _compare_properties(
    out: Collector, base: SchemaView, head: SchemaView, direction: Direction, stack: Stack
) -> None:
    base_props, head_props = _visible_properties(base, direction), _visible_properties(head, direction)
    hidden = (set(base.properties()) - set(base_props)) | (set(head.properties()) - set(head_props))
    base_required, head_required = base.required - hidden, head.required - hidden

    for name, prop in base_props.items():
        if name not in head_props:
            out.add(f"{direction.value}-field-removed", prop.declared_loc, f"field {name!r} removed")
    for name, prop in head_props.items():
        if name in base_props:
            continue
        if direction is RESPONSE:
            out.add("response-field-added", prop.declared_loc, f"field {name!r} added")
        elif name in head_required:
            out.add("required-request-field-added", prop.declared_loc, f"new required field {name!r}")
        else:
            out.add("optional-request-field-added", prop.declared_loc, f"new optional field {name!r}")

    for name in sorted(head_required - base_required):
        if name in base_props or name not in head_props:  # new declared fields were reported above
            loc = head_props[name].declared_loc if name in head_props else head.loc
            if direction is REQUEST:
                out.add("request-field-became-required", loc, f"field {name!r} became required")
            else:
                out.add("response-constraint-changed", loc, f"field {name!r} is now always present")
    for name in sorted(base_required - head_required):
        if name in head_props:
            if direction is REQUEST:
                out.add(
                    "request-constraint-relaxed",
                    head_props[name].declared_loc,
                    f"field {name!r} became optional",
                )
            else:
                message = f"field {name!r} became optional (may be absent)"
                out.add("response-field-became-optional", head_props[name].declared_loc, message)

    for name in [name for name in head_props if name in base_props]:
        compare_schema(out, base_props[name], head_props[name], direction, stack)


def _compare_additional_properties(
    out: Collector, base: SchemaView, head: SchemaView, direction: Direction, stack: Stack
) -> None:
    before, after = base.additional_properties(), head.additional_properties()
    if isinstance(before, SchemaView) and isinstance(after, SchemaView):
        compare_schema(out, before, after, direction, stack)
        return
    if before == after:
        return

    tightened = _openness(after) < _openness(before)
    message = f"additionalProperties {_describe_additional(before)} -> {_describe_additional(after)}"
    _report_constraint(out, base, head, direction, tightened, message)


def _openness(value: SchemaView | bool) -> int:
    """Open (True) accepts more than a value schema, which accepts more than closed (False)."""
    if isinstance(value, SchemaView):
        return 1
    return 2 if value else 0


def _describe_additional(value: SchemaView | bool) -> str:
    return "a schema" if isinstance(value, SchemaView) else str(value).lower()


def _branch_keys(branches: list[SchemaView]) -> dict[str, SchemaView]:
    """Match alternatives by component name, title or type; by position where those repeat."""
    keys = [b.ref or b.keyword("title") or b.type or "" for b in branches]
    return {
        (key if keys.count(key) == 1 else f"#{index}"): branch
        for index, (key, branch) in enumerate(zip(keys, branches, strict=True))
    }


def _compare_unions(
    out: Collector, base: SchemaView, head: SchemaView, direction: Direction, stack: Stack
) -> bool:
    base_branches, head_branches = base.branches(), head.branches()
    if not base_branches and not head_branches:
        return False
    # A plain schema on one side is a union of one: `string` -> `oneOf [string, integer]` adds a branch.
    before = _branch_keys(base_branches or [base])
    after = _branch_keys(head_branches or [head])
    for key, branch in before.items():
        if key not in after:
            out.add(
                f"{direction.value}-variant-removed", branch.declared_loc, f"alternative {key or '#'} removed"
            )
    for key, branch in after.items():
        if key not in before:
            out.add(
                f"{direction.value}-variant-added", branch.declared_loc, f"alternative {key or '#'} added"
            )
    # Null belongs to the union as a whole (compared by the caller), whichever branch admits it.
    for key in [key for key in after if key in before]:
        compare_schema(out, before[key], after[key], direction, stack, check_nullable=False)
    return True
