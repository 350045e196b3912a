"""`compare(base, head)`: every difference between two OpenAPI 3.0 documents that clients can notice."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scripts.breaking.locations import Resolver, stringify_keys
from scripts.breaking.operations import compare_paths
from scripts.breaking.rules import Collector, Finding
from scripts.breaking.security import compare_global_security, compare_security_schemes
from scripts.breaking.servers import compare_servers


def compare(base: Mapping[str, Any], head: Mapping[str, Any]) -> list[Finding]:
    """Findings in document order. Raises UnsupportedRefError for $refs that cannot be followed."""
    out = Collector()
    base_resolver, head_resolver = Resolver(stringify_keys(base)), Resolver(stringify_keys(head))
    compare_servers(out, base_resolver, head_resolver)
    compare_security_schemes(out, base_resolver, head_resolver)
    compare_global_security(out, base_resolver, head_resolver)
    compare_paths(out, base_resolver, head_resolver)
    return out.findings
