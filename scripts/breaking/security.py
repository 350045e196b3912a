"""Security schemes and requirements: a credential that used to work must keep working."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scripts.breaking.locations import Loc, Resolver
from scripts.breaking.rules import Collector

# One way to authenticate: every scheme in it, each with its scopes.
Requirement = frozenset[tuple[str, tuple[str, ...]]]

_SCHEME_KEYWORDS = ("type", "in", "name", "scheme", "bearerFormat", "openIdConnectUrl")
_FLOW_KEYWORDS = ("authorizationUrl", "tokenUrl", "refreshUrl")


def _signature(scheme: Mapping[str, Any]) -> dict[str, Any]:
    """What clients depend on; descriptions (including scope descriptions) are left out."""
    signature = {key: scheme.get(key) for key in _SCHEME_KEYWORDS}
    for flow_name, flow in (scheme.get("flows") or {}).items():
        signature[f"flows.{flow_name}"] = (
            *(flow.get(key) for key in _FLOW_KEYWORDS),
            sorted(flow.get("scopes") or {}),
        )
    return signature


def compare_security_schemes(out: Collector, base: Resolver, head: Resolver) -> None:
    base_schemes = (base.document.get("components") or {}).get("securitySchemes") or {}
    head_schemes = (head.document.get("components") or {}).get("securitySchemes") or {}
    for name, raw in base_schemes.items():
        before = base.resolve(raw, Loc.root("components", "securitySchemes", name))
        if name not in head_schemes:
            out.add("security-scheme-changed", before.loc, f"security scheme {name!r} removed")
            continue
        after = head.resolve(head_schemes[name], Loc.root("components", "securitySchemes", name))
        old, new = _signature(before.node), _signature(after.node)
        keys = sorted(old.keys() | new.keys())
        changed = [
            f"{key} {old.get(key)!r} -> {new.get(key)!r}" for key in keys if old.get(key) != new.get(key)
        ]
        if changed:
            out.add("security-scheme-changed", after.loc, f"security scheme {name!r}: {'; '.join(changed)}")


def _alternatives(raw: Any) -> list[Requirement]:
    if not raw:  # absent or [] both mean no authentication required
        return [frozenset()]
    return [
        frozenset((str(name), tuple(sorted(scopes or ()))) for name, scopes in alternative.items())
        for alternative in raw
    ]


def _describe(requirement: Requirement) -> str:
    return " + ".join(sorted(name for name, _ in requirement)) or "no authentication"


def _report_lost(out: Collector, loc: Loc, before: Any, after: Any) -> None:
    """A client satisfies one BASE alternative; HEAD must accept it (an alternative needing no more)."""
    new = _alternatives(after)
    lost = [old for old in _alternatives(before) if not any(option <= old for option in new)]
    if lost:
        accepted = ", ".join(_describe(r) for r in new)
        message = f"no longer accepted: {', '.join(_describe(r) for r in lost)} (now: {accepted})"
        out.add("security-requirement-changed", loc, message)


def compare_global_security(out: Collector, base: Resolver, head: Resolver) -> None:
    _report_lost(out, Loc.root("security"), base.document.get("security"), head.document.get("security"))


def compare_operation_security(
    out: Collector,
    base: Resolver,
    base_op: Mapping[str, Any],
    head: Resolver,
    head_op: Mapping[str, Any],
    head_loc: Loc,
) -> None:
    """Only where an operation overrides the global requirement; global changes are reported once."""
    if "security" not in base_op and "security" not in head_op:
        return
    before = base_op.get("security", base.document.get("security"))
    after = head_op.get("security", head.document.get("security"))
    _report_lost(out, head_loc.child("security"), before, after)
