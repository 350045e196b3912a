"""The rule catalogue, and the findings the comparison produces."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from scripts.breaking.locations import Loc, to_pointer


class Severity(StrEnum):
    BREAKING = "breaking"
    BREAKS_TYPED_CLIENTS = "breaks-typed-clients"
    NON_BREAKING = "non-breaking"

    @property
    def fails_gate(self) -> bool:
        return self is not Severity.NON_BREAKING

    @property
    def rank(self) -> int:
        """Sort key: the most serious first."""
        return list(Severity).index(self)


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    summary: str


_B, _T, _N = Severity.BREAKING, Severity.BREAKS_TYPED_CLIENTS, Severity.NON_BREAKING

RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        # Document level.
        Rule("server-removed", _B, "a server URL was removed"),
        Rule("server-variable-removed", _B, "a server variable was removed"),
        Rule("security-scheme-changed", _B, "a security scheme was removed or redefined"),
        Rule("security-requirement-changed", _B, "credentials that used to work are no longer accepted"),
        Rule("server-added", _N, "a server URL was added"),
        # Operations.
        Rule("operation-removed", _B, "an operation was removed"),
        Rule("operation-id-changed", _B, "operationId changed (generated clients rename the function)"),
        Rule("operation-added", _N, "an operation was added"),
        # Parameters.
        Rule("parameter-removed", _B, "a parameter was removed"),
        Rule("parameter-became-required", _B, "an optional parameter became required"),
        Rule("required-parameter-added", _B, "a new required parameter"),
        Rule("optional-parameter-added", _N, "a new optional parameter"),
        # Content and status codes.
        Rule("content-type-removed", _B, "a request or response media type was removed"),
        Rule("content-type-added", _N, "a request or response media type was added"),
        Rule("request-body-became-required", _B, "the request body became required"),
        Rule("response-status-removed", _B, "a response status code was removed"),
        Rule("response-status-added", _N, "a response status code was added"),
        # Request schemas: what clients send must still be accepted.
        Rule("request-field-removed", _B, "a request body field was removed"),
        Rule("request-field-became-required", _B, "an optional request body field became required"),
        Rule("required-request-field-added", _B, "a new required request body field"),
        Rule("request-type-narrowed", _B, "request value type or format narrowed"),
        Rule("request-enum-narrowed", _B, "request enum lost values (or gained an enum)"),
        Rule("request-constraint-tightened", _B, "a request constraint was tightened"),
        Rule("request-nullable-removed", _B, "a request value no longer accepts null"),
        Rule("request-variant-removed", _B, "a oneOf/anyOf branch was removed from a request schema"),
        Rule("optional-request-field-added", _N, "a new optional request body field"),
        Rule("request-type-widened", _N, "request value type widened (or now accepts null)"),
        Rule("request-enum-widened", _N, "request enum gained values"),
        Rule("request-constraint-relaxed", _N, "a request constraint was relaxed"),
        Rule("request-variant-added", _N, "a oneOf/anyOf branch was added to a request schema"),
        # Response schemas: what clients receive must still be understood.
        Rule("response-field-removed", _B, "a response field was removed"),
        Rule("response-type-changed", _B, "a response value was retyped"),
        Rule("response-field-became-nullable", _B, "a response value may now be null"),
        Rule("response-field-became-optional", _B, "a required response field became optional"),
        Rule("response-enum-widened", _T, "a response enum gained values"),
        Rule("response-format-changed", _T, "a response string format changed (typed clients parse it)"),
        Rule("response-variant-added", _T, "a oneOf/anyOf branch was added to a response schema"),
        Rule("response-field-added", _N, "a response field was added"),
        Rule("response-enum-narrowed", _N, "a response enum lost values"),
        Rule("response-variant-removed", _N, "a oneOf/anyOf branch was removed from a response schema"),
        Rule("response-constraint-changed", _N, "a response constraint changed in a compatible way"),
    )
}


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    # RFC 6901 pointer: HEAD spec, or BASE spec for removals. $refs are followed, so it reads like a
    # JSON Schema keywordLocation (logical, per operation) ...
    path: str
    message: str
    # ... and this is where the changed node is written (absoluteKeywordLocation), e.g. a component.
    defined_at: str

    def as_dict(self) -> dict[str, str]:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "path": self.path,
            "defined_at": self.defined_at,
            "message": self.message,
        }


@dataclass
class Collector:
    findings: list[Finding] = field(default_factory=list)

    def add(self, rule_id: str, loc: Loc, message: str) -> None:
        rule = RULES[rule_id]
        self.findings.append(
            Finding(rule.id, rule.severity, to_pointer(loc.logical), message, to_pointer(loc.physical))
        )
