"""Operations matched by (method, path): parameters, request bodies, responses."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from scripts.breaking.locations import Loc, Resolved, Resolver
from scripts.breaking.rules import Collector
from scripts.breaking.schema_rules import compare_schema
from scripts.breaking.schema_views import Direction, schema_view
from scripts.breaking.security import compare_operation_security

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TEMPLATE_PARAMETER = re.compile(r"\{([^}/]+)\}")


@dataclass(frozen=True)
class Operation:
    resolver: Resolver
    template: str
    path_item: Resolved
    operation: Resolved

    def get(self, key: str) -> Any:
        return self.operation.node.get(key)

    @property
    def loc(self) -> Loc:
        return self.operation.loc


def _paths_by_shape(resolver: Resolver) -> dict[str, str]:
    """Keyed by template with parameter names blanked: `/a/{id}` and `/a/{key}` are the same path."""
    shapes: dict[str, str] = {}
    for template in resolver.document.get("paths") or {}:
        if template.startswith("/"):
            shape = _TEMPLATE_PARAMETER.sub("{}", template)
            shapes[template if shape in shapes else shape] = template
    return shapes


def compare_paths(out: Collector, base: Resolver, head: Resolver) -> None:
    base_shapes, head_shapes = _paths_by_shape(base), _paths_by_shape(head)
    for shape in [*base_shapes, *(shape for shape in head_shapes if shape not in base_shapes)]:
        base_item = _path_item(base, base_shapes.get(shape))
        head_item = _path_item(head, head_shapes.get(shape))
        for method in HTTP_METHODS:
            before = _operation(base, base_shapes.get(shape), base_item, method)
            after = _operation(head, head_shapes.get(shape), head_item, method)
            if before and after:
                _compare_operation(out, before, after)
            elif before:
                out.add("operation-removed", before.loc, f"{method.upper()} {before.template} removed")
            elif after:
                out.add("operation-added", after.loc, f"{method.upper()} {after.template} added")


def _path_item(resolver: Resolver, template: str | None) -> Resolved | None:
    if template is None:
        return None
    return resolver.resolve(resolver.document["paths"][template], Loc.root("paths", template))


def _operation(
    resolver: Resolver, template: str | None, item: Resolved | None, method: str
) -> Operation | None:
    if template is None or item is None or method not in item.node:
        return None
    return Operation(resolver, template, item, resolver.resolve(item.node[method], item.loc.child(method)))


def _compare_operation(out: Collector, base: Operation, head: Operation) -> None:
    if base.get("operationId") != head.get("operationId"):
        message = f"operationId {base.get('operationId')!r} -> {head.get('operationId')!r}"
        out.add("operation-id-changed", head.loc.child("operationId"), message)
    _compare_parameters(out, base, head)
    _compare_request_body(out, base, head)
    _compare_responses(out, base, head)
    compare_operation_security(
        out, base.resolver, base.operation.node, head.resolver, head.operation.node, head.loc
    )


def _parameters(op: Operation) -> dict[tuple[str, str], Resolved]:
    """Path-item parameters overridden by operation ones. Path parameters are keyed by their position
    in the template, so renaming `{id}` to `{organisation_id}` is not a removal."""
    in_template = _TEMPLATE_PARAMETER.findall(op.template)
    found: dict[tuple[str, str], Resolved] = {}
    for owner in (op.path_item, op.operation):
        for index, raw in enumerate(owner.node.get("parameters") or ()):
            parameter = op.resolver.resolve(raw, owner.loc.child("parameters", index))
            location, name = str(parameter.node.get("in")), str(parameter.node.get("name"))
            if location == "path" and name in in_template:
                name = f"#{in_template.index(name)}"
            elif location == "header":
                name = name.lower()
            found[location, name] = parameter
    return found


def _describe_parameter(parameter: Resolved) -> str:
    return f"{parameter.node.get('in')} parameter {parameter.node.get('name')!r}"


def _compare_parameters(out: Collector, base: Operation, head: Operation) -> None:
    before, after = _parameters(base), _parameters(head)
    for key, old in before.items():
        if key not in after:
            out.add("parameter-removed", old.loc, f"{_describe_parameter(old)} removed")
    for key, new in after.items():
        if key not in before:
            rule = (
                "required-parameter-added" if new.node.get("required") is True else "optional-parameter-added"
            )
            out.add(rule, new.loc, f"{_describe_parameter(new)} added")
            continue
        old = before[key]
        old_required, new_required = old.node.get("required") is True, new.node.get("required") is True
        if new_required and not old_required:
            out.add("parameter-became-required", new.loc, f"{_describe_parameter(new)} became required")
        elif old_required and not new_required:
            out.add("request-constraint-relaxed", new.loc, f"{_describe_parameter(new)} became optional")
        if "schema" in old.node and "schema" in new.node:
            compare_schema(
                out,
                schema_view(base.resolver, old.node["schema"], old.loc.child("schema")),
                schema_view(head.resolver, new.node["schema"], new.loc.child("schema")),
                Direction.REQUEST,
            )


def _request_body(op: Operation) -> Resolved | None:
    raw = op.get("requestBody")
    return None if raw is None else op.resolver.resolve(raw, op.loc.child("requestBody"))


def _compare_request_body(out: Collector, base: Operation, head: Operation) -> None:
    before, after = _request_body(base), _request_body(head)
    if after and after.node.get("required") is True and not (before and before.node.get("required") is True):
        out.add("request-body-became-required", after.loc, "request body became required")
    # No body is compared as a body with no media types: each old one counts as removed.
    old = before or Resolved({}, base.loc.child("requestBody"), None)
    new = after or Resolved({}, head.loc.child("requestBody"), None)
    _compare_content(out, base, old, head, new, Direction.REQUEST)


def _compare_responses(out: Collector, base: Operation, head: Operation) -> None:
    before: Mapping[str, Any] = base.get("responses") or {}
    after: Mapping[str, Any] = head.get("responses") or {}
    for status in before:
        if status not in after:
            out.add(
                "response-status-removed", base.loc.child("responses", status), f"response {status} removed"
            )
    for status in after:
        if status not in before:
            out.add("response-status-added", head.loc.child("responses", status), f"response {status} added")
            continue
        old = base.resolver.resolve(before[status], base.loc.child("responses", status))
        new = head.resolver.resolve(after[status], head.loc.child("responses", status))
        _compare_content(out, base, old, head, new, Direction.RESPONSE)


def _compare_content(
    out: Collector, base: Operation, old: Resolved, head: Operation, new: Resolved, direction: Direction
) -> None:
    """Media types of one request body or response: removed, added, or schemas compared."""
    before: Mapping[str, Any] = old.node.get("content") or {}
    after: Mapping[str, Any] = new.node.get("content") or {}
    for media_type in before:
        if media_type not in after:
            loc = old.loc.child("content", media_type)
            out.add("content-type-removed", loc, f"{direction.value} media type {media_type} removed")
    for media_type, media in after.items():
        if media_type not in before:
            loc = new.loc.child("content", media_type)
            out.add("content-type-added", loc, f"{direction.value} media type {media_type} added")
        elif "schema" in before[media_type] and "schema" in media:
            old_schema = before[media_type]["schema"]
            old_view = schema_view(base.resolver, old_schema, old.loc.child("content", media_type, "schema"))
            new_view = schema_view(
                head.resolver, media["schema"], new.loc.child("content", media_type, "schema")
            )
            compare_schema(out, old_view, new_view, direction)
