"""Text for people, JSON for the CHANGELOG tooling."""

from __future__ import annotations

import json

from scripts.breaking.acknowledgements import Acknowledgement, Verdict
from scripts.breaking.rules import Severity


def ordered(verdicts: list[Verdict]) -> list[Verdict]:
    """Most severe first; within a severity, what still blocks the gate before what is acknowledged."""
    return sorted(verdicts, key=lambda v: (v.finding.severity.rank, v.acknowledgement is not None))


def render_text(verdicts: list[Verdict]) -> str:
    lines = []
    for verdict in ordered(verdicts):
        finding = verdict.finding
        line = f"{finding.severity.value.upper()}  {finding.rule}  {finding.path}  {finding.message}"
        if verdict.acknowledgement:
            line += f"  [acknowledged: {verdict.acknowledgement.reason}]"
        lines.append(line)
    lines.append(summary(verdicts))
    return "\n".join(lines) + "\n"


def summary(verdicts: list[Verdict]) -> str:
    counts = []
    for severity in Severity:
        of_severity = [v for v in verdicts if v.finding.severity is severity]
        count = f"{len(of_severity)} {severity.value}"
        if severity.fails_gate:
            count += f" ({sum(v.acknowledgement is not None for v in of_severity)} acknowledged)"
        counts.append(count)
    blocking = sum(v.blocks for v in verdicts)
    outcome = f"FAILED, {blocking} unacknowledged" if blocking else "passed"
    return f"summary: {', '.join(counts)}; gate {outcome}"


def render_json(verdicts: list[Verdict]) -> str:
    rows = [
        {
            **verdict.finding.as_dict(),
            "acknowledged": verdict.acknowledgement is not None,
            "reason": verdict.acknowledgement.reason if verdict.acknowledgement else None,
        }
        for verdict in ordered(verdicts)
    ]
    return json.dumps(rows, indent=2) + "\n"


def stale_warning(acknowledgement: Acknowledgement) -> str:
    return (
        f"warning: stale acknowledgement matches no finding: {acknowledgement.rule}  {acknowledgement.path}"
        f"  ({acknowledgement.reason})"
    )
