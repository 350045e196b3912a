"""The acknowledgement file: breaking changes someone decided to ship anyway, and why.

    - rule: response-field-removed
      path: /components/schemas/Organisation/properties/fax   # or a finding's `path`
      reason: the server stopped sending it in 2024 (issue #12)

An entry matches a finding with the same rule whose `path` or `defined_at` equals its path, so one
entry on a component covers every operation that uses it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from scripts.breaking.rules import RULES, Finding


class AcknowledgementError(ValueError):
    """The file is unreadable or an entry is malformed: failing beats silently acknowledging nothing."""


@dataclass(frozen=True)
class Acknowledgement:
    rule: str
    path: str
    reason: str

    def matches(self, finding: Finding) -> bool:
        return self.rule == finding.rule and self.path in (finding.path, finding.defined_at)


@dataclass(frozen=True)
class Verdict:
    finding: Finding
    acknowledgement: Acknowledgement | None

    @property
    def blocks(self) -> bool:
        return self.finding.severity.fails_gate and self.acknowledgement is None


def load_acknowledgements(path: Path) -> list[Acknowledgement]:
    """A missing file acknowledges nothing."""
    if not path.exists():
        return []
    try:
        entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise AcknowledgementError(f"{path}: {error}") from error
    if entries is None:
        return []
    if not isinstance(entries, list):
        raise AcknowledgementError(f"{path}: expected a list of {{rule, path, reason}} entries")
    return [_entry(path, index, entry) for index, entry in enumerate(entries)]


def _entry(path: Path, index: int, entry: object) -> Acknowledgement:
    where = f"{path}: entry {index}"
    if not isinstance(entry, dict):
        raise AcknowledgementError(f"{where}: expected a mapping with rule, path and reason")
    fields = {key: entry.get(key) for key in ("rule", "path", "reason")}
    for key, value in fields.items():
        if not isinstance(value, str) or not value.strip():
            raise AcknowledgementError(f"{where}: {key!r} must be a non-empty string")
    if fields["rule"] not in RULES:
        raise AcknowledgementError(f"{where}: unknown rule {fields['rule']!r}")
    return Acknowledgement(str(fields["rule"]), str(fields["path"]), str(fields["reason"]))


def judge(
    findings: list[Finding], acknowledgements: list[Acknowledgement]
) -> tuple[list[Verdict], list[Acknowledgement]]:
    """Pair each finding with the acknowledgement covering it; also return the stale acknowledgements."""
    verdicts = [
        Verdict(finding, next((ack for ack in acknowledgements if ack.matches(finding)), None))
        for finding in findings
    ]
    used = {verdict.acknowledgement for verdict in verdicts}
    return verdicts, [ack for ack in acknowledgements if ack not in used]
