"""Extract the JSON examples of the two API docs pages, correcting what is not valid JSON.

The docs' examples elide with ``[...]``, leave trailing commas and repeat keys. Corrections, in order:
- ``[...]`` inside an object means "the other fields": the object is completed from the same docs
  page's full example of that resource (the docs say list items have the view's fields);
  ``[...]`` as an array element or inside a map is dropped;
- trailing commas are removed;
- a repeated key keeps its last value (as JSON parsers do), and the repetition is recorded.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DOCS_DIR = Path(__file__).parent / "fixtures" / "docs"
ELIDED = "__elided__"
HEADING = re.compile(r"^/(organisations|opportunities)(/[a-z_]+)?/?$")
TRAILING_COMMA = re.compile(r",(\s*[}\]])")
DOUBLE_COMMA = re.compile(r",(\s*),")


@dataclass
class DocsExample:
    source: str  # file name and line, e.g. "organisations.txt:97"
    heading: str  # the docs section, e.g. "/organisations/view"
    kind: str  # "request" or "response"
    raw: str
    value: Any = None
    duplicate_keys: list[str] = field(default_factory=list)
    elided_objects: int = 0


def _mark_elisions(text: str) -> str:
    """Replace each ``[...]`` by a marker valid in its context (object member or array element)."""
    out: list[str] = []
    stack: list[str] = []
    in_string = False
    i = 0
    while i < len(text):
        char = text[i]
        if in_string:
            out.append(char)
            if char == "\\":
                out.append(text[i + 1])
                i += 1
            elif char == '"':
                in_string = False
        elif text.startswith("[...]", i):
            marker = f'"{ELIDED}": true' if stack and stack[-1] == "{" else f'"{ELIDED}"'
            previous = "".join(out).rstrip()[-1:]
            out.append((marker if previous in ",{[" else "," + marker) + ",")
            i += len("[...]")
            continue
        else:
            if char == '"':
                in_string = True
            elif char in "{[":
                stack.append(char)
            elif char in "}]":
                stack.pop()
            out.append(char)
        i += 1
    return "".join(out)


def _parse(example: DocsExample) -> None:
    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                example.duplicate_keys.append(key)
            result[key] = value
        return result

    text = TRAILING_COMMA.sub(r"\1", DOUBLE_COMMA.sub(r",\1", _mark_elisions(example.raw)))
    example.value = json.loads(text, object_pairs_hook=pairs_hook)


def _strip_markers(node: Any, complete_from: dict[str, Any] | None, example: DocsExample) -> Any:
    if isinstance(node, dict):
        elided = node.pop(ELIDED, False)
        cleaned = {k: _strip_markers(v, complete_from, example) for k, v in node.items()}
        if elided and complete_from is not None and "name" in cleaned:
            example.elided_objects += 1
            return {**complete_from, **cleaned}
        return cleaned
    if isinstance(node, list):
        return [_strip_markers(v, complete_from, example) for v in node if v != ELIDED]
    return node


def _json_blocks(lines: list[str]) -> list[tuple[int, str]]:
    blocks: list[tuple[int, str]] = []
    start: int | None = None
    depth = 0
    buffer: list[str] = []
    for number, line in enumerate(lines, start=1):
        if start is None and line.strip().startswith("{"):
            start, depth, buffer = number, 0, []
        if start is not None:
            buffer.append(line)
            depth += line.count("{") - line.count("}")
            if depth == 0:
                blocks.append((start, "\n".join(buffer)))
                start = None
    return blocks


def extract(file_name: str) -> list[DocsExample]:
    lines = (DOCS_DIR / file_name).read_text(encoding="utf-8").splitlines()
    blocks = dict(_json_blocks(lines))
    examples: list[DocsExample] = []
    heading, kind = "", "response"
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if HEADING.match(stripped):
            heading, kind = stripped.rstrip("/"), "response"
        elif stripped == "Request" or stripped.startswith("POST "):
            kind = "request"
        elif stripped == "Response":
            kind = "response"
        if number in blocks:
            example = DocsExample(f"{file_name}:{number}", heading, kind, blocks[number])
            _parse(example)
            examples.append(example)
    # Complete elided list items from the page's full view example of the same resource.
    views = {
        key: ex.value[key]
        for ex in examples
        if ex.heading.endswith("/view")
        for key in ("organisation", "opportunity")
        if isinstance(ex.value, dict) and key in ex.value
    }
    resource = "opportunity" if file_name.startswith("opportunities") else "organisation"
    for example in examples:
        example.value = _strip_markers(example.value, views.get(resource), example)
    return examples


def all_examples() -> list[DocsExample]:
    return extract("opportunities.txt") + extract("organisations.txt")
