"""Checks for an API that answers every request with HTTP 200 and a `status` envelope.

They replace schemathesis' `negative_data_rejection` and `positive_data_acceptance` (which expect 4xx
for bad input) and add what the schema alone cannot say about paging. Each raises AssertionError with
a message naming the operation and what came back.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import schemathesis
from schemathesis.core import NotSet

from scripts.paths import SPEC_PATH
from scripts.spec_validation import load_spec
from tests.contract.request_validity import RequestJudge, Validity

# Errors a schema-valid request may still get: the token is not a user's, the record does not exist,
# the user may not touch it, the value clashes with stored data, or a free-form filter could not be
# read. Texts from shared/reference/tactile-server-facts.md §3 and §6-7.
BUSINESS_ERRORS = [
    re.compile(pattern)
    for pattern in (
        r"^Failed to login$",
        r"^Invalid (id|ID) specified$",
        r"^Invalid ID$",
        r"^Invalid role ID specified for (read|write) sharing",
        r"^You (don't|do not) have permission to ",
        r"^You cannot edit archived opportunities$",
        r"^Item already has that tag$",
        r"^Error Tagging$",
        r" needs to be unique$",
        r"^Invalid Date Value for (created|updated)_(before|after)$",
        r"^Account cannot be it's own parent$",
        r"^Unable to save .* past the limit of ",
    )
]
DEFAULT_PER_PAGE = 30
PHP_INT_MAX = 2**63 - 1
LIST_KEYS = ("organisations", "opportunities", "timeline")

_JUDGE: RequestJudge | None = None


def judge() -> RequestJudge:
    global _JUDGE
    if _JUDGE is None:
        _JUDGE = RequestJudge(load_spec(SPEC_PATH))
    return _JUDGE


def _other_method_probe(case: Any) -> bool:
    """Coverage-phase probes with undocumented methods (TRACE, PUT, ...): out of these checks' scope.

    The real server answers any method like the documented one; the built-in check for that is off.
    """
    return bool(case.method.upper() != case.operation.method.upper())


def _envelope(response: Any, case: Any) -> dict[str, Any]:
    where = f"{case.operation.method.upper()} {case.operation.path}"
    try:
        body = json.loads(response.content)
    except ValueError:
        snippet = response.content[:200].decode("utf-8", "replace")
        raise AssertionError(f"{where}: the body is not JSON: {snippet!r}") from None
    if not isinstance(body, dict) or body.get("status") not in ("success", "error"):
        raise AssertionError(f"{where}: not a Tactile envelope (status success|error): {str(body)[:200]}")
    return body


def _messages(body: dict[str, Any]) -> list[str]:
    messages = body.get("messages")
    if isinstance(messages, dict):
        return [str(v) for v in messages.values()]
    if isinstance(messages, list):
        return [str(v) for v in messages]
    return []


def _verdict(response: Any, case: Any) -> Any:
    has_body = not isinstance(case.body, NotSet)
    return judge().judge(
        case.operation.path,
        case.operation.definition.raw,
        response.request.url,
        case.body if has_body else None,
        has_body,
        response.request.headers.get("Content-Type", ""),
    )


@schemathesis.check
def tactile_envelope(ctx: Any, response: Any, case: Any) -> bool | None:
    """Every answer is HTTP 200 with a JSON `{"status": "success"|"error"}` object; errors say why."""
    if _other_method_probe(case):
        return None
    body = _envelope(response, case)
    if response.status_code != 200:
        raise AssertionError(f"HTTP {response.status_code} (the API answers everything with 200): {body}")
    if body["status"] == "error" and not _messages(body):
        raise AssertionError(f"an error envelope without messages: {body}")
    return None


@schemathesis.check
def tactile_rejects_invalid_input(ctx: Any, response: Any, case: Any) -> bool | None:
    """A request that breaks the contract gets the error envelope, not a success."""
    if _other_method_probe(case):
        return None
    verdict = _verdict(response, case)
    if verdict.validity is Validity.INVALID and _envelope(response, case)["status"] == "success":
        raise AssertionError(
            "schema-invalid request accepted with status success: " + "; ".join(verdict.problems)
        )
    return None


@schemathesis.check
def tactile_accepts_valid_input(ctx: Any, response: Any, case: Any) -> bool | None:
    """A request within the contract is never refused for its shape (only for business reasons)."""
    if _other_method_probe(case):
        return None
    body = _envelope(response, case)
    if body["status"] != "error" or _verdict(response, case).validity is not Validity.VALID:
        return None
    shape_errors = [m for m in _messages(body) if not any(p.search(m) for p in BUSINESS_ERRORS)]
    if shape_errors:
        raise AssertionError(f"schema-valid request rejected: {body['messages']}")
    return None


@schemathesis.check
def tactile_paging_consistent(ctx: Any, response: Any, case: Any) -> bool | None:
    """Paging numbers agree with each other and with the request."""
    if _other_method_probe(case):
        return None
    body = _envelope(response, case)
    key = next((k for k in LIST_KEYS if k in body), None)
    if body["status"] != "success" or key is None or "total" not in body:
        return None
    numbers = [body.get(k) for k in ("total", "per_page", "num_pages", "cur_page")]
    if not all(isinstance(n, int) for n in numbers) or not numbers[1]:
        return None  # wrong types are the schema check's to report
    total, per_page, num_pages, cur_page = (int(n) for n in numbers if n is not None)
    items = body[key]
    expected_pages = math.ceil(total / per_page)
    problems = []
    if num_pages != expected_pages:
        problems.append(
            f"num_pages is {num_pages}, ceil(total {total} / per_page {per_page}) is {expected_pages}"
        )
    if len(items) > per_page:
        problems.append(f"{len(items)} items on a page of {per_page}")
    query = dict(parse_qsl(urlsplit(response.request.url).query))
    page = query.get("page", "1")
    if page.isdigit() and int(page) >= 1:
        # A page number beyond a 64-bit integer saturates, as PHP's (int) does on the real server.
        if cur_page != min(int(page), PHP_INT_MAX):
            problems.append(f"cur_page is {cur_page} for page={page}")
        expected_items = max(0, min(per_page, total - (int(page) - 1) * per_page))
        if len(items) != expected_items:
            problems.append(f"{len(items)} items on page {page}, expected {expected_items} of {total}")
    limit = query.get("limit")
    if key != "timeline":
        wanted = int(limit) if limit and limit.isdigit() and 1 <= int(limit) <= 100 else DEFAULT_PER_PAGE
        if per_page != wanted:
            problems.append(f"per_page is {per_page} for limit={limit!r}, expected {wanted}")
    if problems:
        raise AssertionError("inconsistent paging: " + "; ".join(problems))
    return None


CUSTOM_CHECKS = [
    tactile_envelope,
    tactile_rejects_invalid_input,
    tactile_accepts_valid_input,
    tactile_paging_consistent,
]
