"""The few PHP value conversions the real server applies to its input and output.

The server casts request values with PHP rules (`trim`, `(int)`, `empty()`, `is_numeric`) and
encodes with `json_encode`; clients notice those rules, so the fake applies the same ones.
"""

from __future__ import annotations

import json
import math
import re
import secrets
from decimal import Decimal, InvalidOperation
from typing import TypeAlias

JsonValue: TypeAlias = "bool | int | float | str | list[JsonValue] | dict[str, JsonValue] | Shared | None"

INT64_MAX = 2**63 - 1
INT64_MIN = -(2**63)

# PHP's trim() strips exactly these characters, not Unicode spaces.
PHP_TRIM_CHARS = " \t\n\r\0\x0b"

_NUMERIC = re.compile(r"[ \t\n\r\v\f]*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?[ \t\n\r\v\f]*")
_LEADING_NUMBER = re.compile(r"[ \t\n\r\v\f]*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)")
_INTEGER = re.compile(r"[+-]?\d+")


class NotScalar(TypeError):
    """A JSON array or object where the server expects a single value."""


def php_string(value: JsonValue) -> str:
    """A JSON value as PHP sees it after `json_decode` and a string cast."""
    if value is None or value is False:
        return ""
    if value is True:
        return "1"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _php_float_string(value)
    if isinstance(value, str):
        return value
    raise NotScalar(type(value).__name__)


def _php_float_string(value: float) -> str:
    # PHP prints floats with 14 significant digits, and whole numbers without a fraction.
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    text = format(value, ".14G")
    mantissa, _, exponent = text.partition("E")
    if exponent and "." not in mantissa:
        text = f"{mantissa}.0E{exponent}"
    return text


def field_value(value: JsonValue) -> str:
    """DataObject::Factory's normalisation: trim, and the strings 'null'/'NULL' mean empty."""
    text = php_string(value).strip(PHP_TRIM_CHARS)
    return "" if text in ("null", "NULL") else text


def php_empty(value: str | None) -> bool:
    """PHP `empty()` on a request string: unset, '' and '0' are all empty."""
    return value is None or value in ("", "0")


def php_truthy(value: str) -> bool:
    return not php_empty(value)


def is_numeric(value: str) -> bool:
    """PHP `is_numeric` on a string (decimal and exponent forms, surrounding whitespace)."""
    return _NUMERIC.fullmatch(value) is not None


def php_int(value: str | None, default: int = 0) -> int:
    """PHP `(int)$string`: the leading number, truncated, saturating at the 64-bit bounds."""
    if value is None:
        return default
    match = _LEADING_NUMBER.match(value)
    if match is None:
        return 0
    number = match.group(1)
    if _INTEGER.fullmatch(number):
        return max(INT64_MIN, min(INT64_MAX, int(number)))
    as_float = float(number)
    if math.isinf(as_float) or abs(as_float) >= 2**63:
        return INT64_MAX if as_float > 0 else INT64_MIN
    return int(as_float)


def strict_int(value: str) -> int | None:
    """An id as PostgreSQL's bigint input accepts it; None when it would be a query error."""
    text = value.strip()
    if not _INTEGER.fullmatch(text):
        return None
    number = int(text)
    return number if INT64_MIN <= number <= INT64_MAX else None


def decimal_value(value: str) -> Decimal | None:
    if not is_numeric(value):
        return None
    try:
        return Decimal(value.strip())
    except InvalidOperation:
        return None


class Shared:
    """A JSON value that many records of one response repeat verbatim (every listed organisation
    carries the same custom field definitions): `json_encode` encodes it once and copies the text
    into each place, instead of encoding it again per record. The output is the same."""

    __slots__ = ("value",)

    def __init__(self, value: JsonValue) -> None:
        self.value = value


# Stands in for a Shared value during encoding: a NUL and a per-process random nonce, which no
# request can guess, so no stored string can be mistaken for it.
_PLACEHOLDER = f"\0shared-json-{secrets.token_hex(16)}-"


def _dumps(payload: JsonValue, default: object = None) -> str:
    return json.dumps(
        payload,
        ensure_ascii=True,
        separators=(",", ":"),
        allow_nan=False,
        default=default,  # type: ignore[arg-type]
    )


def json_encode(payload: JsonValue) -> bytes:
    """PHP `json_encode`: ASCII only (\\uXXXX), and '/' escaped as '\\/'."""
    shared: dict[int, tuple[str, str]] = {}  # id(Shared) -> (placeholder, its JSON text)

    def placeholder(value: object) -> str:
        if not isinstance(value, Shared):
            raise TypeError(f"{type(value).__name__} is not JSON serialisable")
        if id(value) not in shared:
            shared[id(value)] = (f"{_PLACEHOLDER}{len(shared)}", _dumps(value.value, placeholder))
        return shared[id(value)][0]

    text = _dumps(payload, placeholder)
    # A Shared value nested in another is registered before it: expand the outer ones first.
    for marker, encoded in reversed(shared.values()):
        text = text.replace(_dumps(marker), encoded)
    # After ensure_ascii a '/' can only appear inside a string, so this is a safe textual rewrite.
    return text.replace("/", "\\/").encode("ascii")


def php_map(mapping: dict[str, JsonValue]) -> JsonValue:
    """An associative PHP array: json_encode writes an empty one as `[]`, not `{}`."""
    return mapping if mapping else []
