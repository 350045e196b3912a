"""Servers: the base URL clients are configured with."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from scripts.breaking.locations import Loc, Resolver
from scripts.breaking.rules import Collector

_VARIABLE = re.compile(r"\{[^}]*\}")


def _servers_by_shape(document: Mapping[str, Any]) -> dict[str, tuple[int, Mapping[str, Any]]]:
    """Keyed by URL with variable names blanked, so a renamed variable is still the same server."""
    servers = document.get("servers") or [{"url": "/"}]  # the 3.0 default
    return {
        _VARIABLE.sub("{}", str(server.get("url"))): (index, server) for index, server in enumerate(servers)
    }


def compare_servers(out: Collector, base: Resolver, head: Resolver) -> None:
    before, after = _servers_by_shape(base.document), _servers_by_shape(head.document)
    for shape, (index, server) in before.items():
        if shape not in after:
            out.add(
                "server-removed", Loc.root("servers", str(index)), f"server {server.get('url')!r} removed"
            )
            continue
        head_variables = after[shape][1].get("variables") or {}
        for name in server.get("variables") or {}:
            if name not in head_variables:
                loc = Loc.root("servers", str(index), "variables", name)
                out.add("server-variable-removed", loc, f"server variable {name!r} removed")
    for shape, (index, server) in after.items():
        if shape not in before:
            out.add("server-added", Loc.root("servers", str(index)), f"server {server.get('url')!r} added")
