"""Offline, direction-aware breaking-change gate for OpenAPI 3.0 documents.

`compare(base, head)` lists what changed in a way clients can notice; `python -m scripts.breaking`
turns that into a CI gate with an acknowledgement file (see cli.py).
"""

from scripts.breaking.comparison import compare
from scripts.breaking.locations import UnsupportedRefError
from scripts.breaking.rules import RULES, Finding, Rule, Severity

__all__ = ["RULES", "Finding", "Rule", "Severity", "UnsupportedRefError", "compare"]
