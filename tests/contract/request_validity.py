"""Is a request schema-valid, as the server reads it off the wire?

Schemathesis' own negative/positive checks expect 4xx for bad input; this API answers everything with
HTTP 200 and an error envelope, so our checks need to know themselves whether a request broke the
contract. Query and path values are judged in their wire form (strings coerced the way a server
reads them: "5" is the integer 5, "true" is not), bodies as JSON.

A violation confined to something the spec marks `x-tactile-server-leniency` (e.g. `limit=500`,
which the real server silently turns into 30) places no requirement on the answer either way.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from scripts.spec_examples import SchemaValidator
from scripts.spec_validation import resolve_ref

INTEGER = re.compile(r"^-?[0-9]+$")
REQUIRED = re.compile(r"^'(?P<name>[^']+)' is a required property$")
NUMBER = re.compile(r"^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$")


class Validity(enum.Enum):
    VALID = "valid"
    INVALID = "invalid"
    LENIENT_ONLY = "invalid only where the server is documented as lenient"


@dataclass(frozen=True)
class Verdict:
    validity: Validity
    problems: tuple[str, ...] = ()


def _wire_value(raw: str, schema: Mapping[str, Any]) -> Any:
    """What a server sees: the string, or the number it spells when the schema wants a number."""
    kind = schema.get("type")
    if kind == "integer" and INTEGER.match(raw):
        return int(raw)
    if kind == "number" and NUMBER.match(raw):
        return float(raw)
    return raw


def _lenient_properties(
    spec: Mapping[str, Any], node: Any, seen: frozenset[int] = frozenset()
) -> Iterator[str]:
    node = resolve_ref(spec, node)
    if not isinstance(node, dict) or id(node) in seen:
        return
    seen = seen | {id(node)}
    for name, prop in (node.get("properties") or {}).items():
        if isinstance(prop, dict) and "x-tactile-server-leniency" in prop:
            yield name
        yield from _lenient_properties(spec, prop, seen)
    for key in ("allOf", "oneOf", "anyOf"):
        for branch in node.get(key) or []:
            yield from _lenient_properties(spec, branch, seen)


class RequestJudge:
    """Judges requests to the operations of one spec."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self._spec = spec
        self._validator = SchemaValidator(spec)

    def judge(
        self,
        path_template: str,
        operation: Mapping[str, Any],
        url: str,
        body: Any,
        has_body: bool,
        content_type: str = "application/json",
    ) -> Verdict:
        strict: list[str] = []
        lenient: list[str] = []
        parts = urlsplit(url)
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        path_values = self._path_values(path_template, parts.path)
        if not query.get("api_token"):
            strict.append("the api_token query parameter (the global security requirement) is missing")
        for parameter in (resolve_ref(self._spec, p) for p in operation.get("parameters", [])):
            name, where = parameter["name"], parameter["in"]
            schema = resolve_ref(self._spec, parameter["schema"])
            present = query if where == "query" else path_values
            bucket = lenient if "x-tactile-server-leniency" in parameter else strict
            if name not in present:
                if parameter.get("required"):
                    strict.append(f"{where} parameter {name!r} is missing")
                continue
            for error in self._validator.errors(parameter["schema"], _wire_value(present[name], schema)):
                bucket.append(f"{where} parameter {name!r}{error.removeprefix('/')}")
        request_body = resolve_ref(self._spec, operation.get("requestBody") or {})
        if request_body:
            schema = request_body["content"]["application/json"]["schema"]
            if not has_body:
                strict.append("the JSON body is missing")
            elif "application/json" not in content_type:
                strict.append(f"the body is sent as {content_type!r}, not application/json")
            else:
                lenient_names = set(_lenient_properties(self._spec, schema))
                for error in self._validator.errors(schema, body):
                    pointer, _, message = error.partition(": ")
                    missing = REQUIRED.match(message)
                    leaf = missing["name"] if missing else pointer.rsplit("/", 1)[-1]
                    (lenient if leaf in lenient_names else strict).append(f"body {error}")
        if strict:
            return Verdict(Validity.INVALID, tuple(strict))
        if lenient:
            return Verdict(Validity.LENIENT_ONLY, tuple(lenient))
        return Verdict(Validity.VALID)

    @staticmethod
    def _path_values(path_template: str, path: str) -> dict[str, str]:
        template = path_template.strip("/").split("/")
        actual = path.strip("/").split("/")
        return {
            t[1:-1]: a
            for t, a in zip(template, actual, strict=False)
            if t.startswith("{") and t.endswith("}")
        }
