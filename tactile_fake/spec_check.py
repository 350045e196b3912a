"""Validation mode: check every response the fake sends against openapi/tactile.yaml.

The spec is read, not restated: schemathesis loads it once and validates each response with the
operation's own response schema (`APIOperation.validate_response`). The fake maps each of its
routes to the spec operation whose path has the same literal segments ("/organisations/view/{id}"
-> organisations/view), so path-id and query-id requests are checked alike.
"""

from __future__ import annotations

import functools
import logging
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx

log = logging.getLogger(__name__)

DEFAULT_SPEC = Path(__file__).resolve().parent.parent / "openapi" / "tactile.yaml"


def route_key(spec_path: str) -> tuple[str, str] | None:
    """'/organisations/view/{id}' -> ('organisations', 'view'); '/organisations' -> (.., 'index')."""
    segments = [s for s in spec_path.strip("/").split("/") if s and not s.startswith("{")]
    if not segments or len(segments) > 2:
        return None
    return segments[0], segments[1] if len(segments) == 2 else "index"


class SpecValidator:
    """Validates the fake's responses against the operations of one OpenAPI document."""

    def __init__(self, spec_path: Path) -> None:
        import schemathesis  # imported here: it is slow, and only validation mode needs it

        self.spec_path = spec_path
        schema = schemathesis.openapi.from_path(str(spec_path))
        self._operations: dict[tuple[str, str], dict[str, Any]] = {}
        for result in schema.get_all_operations():
            if not hasattr(result, "ok"):
                log.warning("spec operation could not be loaded: %s", result.err())
                continue
            operation = result.ok()
            key = route_key(operation.path)
            if key is not None:
                self._operations.setdefault(key, {})[operation.method.upper()] = operation

    def operations(self) -> dict[tuple[str, str], dict[str, Any]]:
        return self._operations

    def problem(
        self, route: tuple[str, str], method: str, url: str, status: int, headers: dict[str, str], body: bytes
    ) -> str | None:
        """None when the response conforms; else a readable description of every violation."""
        by_method = self._operations.get(route)
        if not by_method:
            return f"the spec has no operation for /{route[0]}/{route[1]}"
        # The fake answers GET and POST on every route; validate against the method the spec documents.
        operation = by_method.get(method) or by_method.get("GET") or next(iter(by_method.values()))
        if operation.responses.find_by_status_code(status) is None:
            return f"status {status} is not documented for {operation.label}"
        response = httpx.Response(status, headers=headers, content=body, request=httpx.Request(method, url))
        response.elapsed = timedelta(0)  # schemathesis reads it; a hand-built response has none
        try:
            operation.validate_response(response)
        except AssertionError as failure:
            return f"{operation.label}: {failure}"
        except BaseExceptionGroup as group:
            details = "; ".join(str(failure) for failure in group.exceptions)
            return f"{operation.label}: {details}"
        return None


@functools.lru_cache(maxsize=4)
def _cached(path: str, modified: float) -> SpecValidator:
    return SpecValidator(Path(path))


def load_validator(spec_path: Path | None = None) -> SpecValidator:
    """One validator per spec file version, shared by every app (tests build many apps)."""
    path = (spec_path or DEFAULT_SPEC).resolve()
    if not path.is_file():
        raise FileNotFoundError(f"validation mode needs the spec, and {path} does not exist")
    return _cached(str(path), path.stat().st_mtime)
