"""Which semantic-version level a set of gate findings calls for.

Anything the gate blocks (`breaking` and `breaks-typed-clients`) needs a major release: our users
generate typed clients, for which a new response enum value is as breaking as a removed field.
Additions need a minor release; every other compatible change a patch.
"""

from __future__ import annotations

from collections.abc import Iterable

from scripts.breaking import Finding
from scripts.released import Level

ADDITIONS = frozenset(
    {
        "server-added",
        "operation-added",
        "optional-parameter-added",
        "content-type-added",
        "response-status-added",
        "optional-request-field-added",
        "request-type-widened",
        "request-enum-widened",
        "request-constraint-relaxed",
        "request-variant-added",
        "response-field-added",
    }
)
# Compatible changes that add nothing a client can use: a patch.
REFINEMENTS = frozenset({"response-enum-narrowed", "response-variant-removed", "response-constraint-changed"})


def level_of(finding: Finding) -> Level:
    if finding.severity.fails_gate:
        return Level.MAJOR
    if finding.rule in ADDITIONS:
        return Level.MINOR
    return Level.PATCH


def required_level(findings: Iterable[Finding]) -> Level:
    return max((level_of(finding) for finding in findings), default=Level.PATCH)
