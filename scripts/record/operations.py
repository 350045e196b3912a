"""The spec's operations, their client modules, and the client call that sends a given request.

A recorded request is matched to its operation by method and path template; `client_call` turns it
back into the generated client's arguments (path and query values typed as the spec says, the JSON
body as the operation's body model), so a replay sends exactly what was recorded.
"""

from __future__ import annotations

import importlib
import json
import re
import typing
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from scripts.paths import SPEC_PATH
from scripts.record.scrub import TOKEN_PARAMETER
from scripts.spec_validation import load_spec, resolve_ref

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
CLIENT_PACKAGE = "tactile_crm_client.api"


def snake_case(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    tag: str
    parameter_types: dict[str, str] = field(repr=False)  # name → the schema's type ("integer", "string", …)

    def __str__(self) -> str:
        return f"{self.operation_id} ({self.method} {self.path})"

    @property
    def module_name(self) -> str:
        return f"{CLIENT_PACKAGE}.{self.tag}.{snake_case(self.operation_id)}"

    def client_module(self) -> ModuleType:
        return importlib.import_module(self.module_name)

    def path_values(self, path: str) -> dict[str, str] | None:
        """The path parameters if `path` is one of this operation's, else None."""
        pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(self.path.rstrip("/")))
        match = re.fullmatch(pattern + "/?", path)
        return match.groupdict() if match else None


@cache
def operations() -> dict[str, Operation]:
    spec = load_spec(SPEC_PATH)
    found = {}
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method not in item:
                continue
            raw = item[method]
            types = {}
            for parameter in (resolve_ref(spec, p) for p in raw.get("parameters", [])):
                types[parameter["name"]] = str(resolve_ref(spec, parameter.get("schema", {})).get("type", ""))
            found[raw["operationId"]] = Operation(
                raw["operationId"], method.upper(), path, raw["tags"][0], types
            )
    return found


def find(method: str, path: str) -> tuple[Operation, dict[str, str]]:
    """The operation a request went to, and its path parameters."""
    for operation in operations().values():
        values = operation.path_values(path)
        if operation.method == method.upper() and values is not None:
            return operation, values
    raise LookupError(f"no operation of the spec answers {method.upper()} {path}")


def _typed(value: str, kind: str) -> Any:
    return int(value) if kind == "integer" else value


def client_call(method: str, url: str, body: bytes | None) -> tuple[Operation, dict[str, Any]]:
    """The operation and the keyword arguments (without `client`) of the call that sends this request."""
    parts = urlsplit(url)
    operation, values = find(method, parts.path)
    query = {k: v for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != TOKEN_PARAMETER}
    sync = operation.client_module().sync
    hints = typing.get_type_hints(sync)
    arguments: dict[str, Any] = {}
    for name, value in {**query, **values}.items():
        if name not in hints:
            raise LookupError(f"{operation}: the client has no argument for the recorded parameter {name!r}")
        arguments[name] = _typed(value, operation.parameter_types.get(name, "string"))
    if "body" in hints:
        if not body:
            raise LookupError(f"{operation}: the recorded request has no body")
        arguments["body"] = hints["body"].from_dict(json.loads(body))
    return operation, arguments
