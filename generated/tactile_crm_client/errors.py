"""Errors raised by the client, and the envelope handling that raises them.

Every Tactile response is HTTP 200 with ``{"status": "success"|"error", ...}``. The ``sync()``/``asyncio()``
functions raise a :class:`TactileError` subclass when ``status`` is ``error``:

==========================  =====================================================================
AuthenticationError         messages keyed ``"403"`` or "Failed to login" (bad token, API disabled)
PermissionDeniedError       "You don't have permission…", "You do not have permission…",
                            "You cannot edit archived opportunities"
NotFoundError               "Invalid id specified", "Invalid ID", "Invalid ID specified" under a
                            field-less key (``_0``) or in the documented list form
ValidationError             any message keyed by a field (``organisation_name``, ``tag``, …), and
                            field-less validation texts ("… is a compulsory field…",
                            "Invalid Date Value for created_after", …)
TactileError                anything else (e.g. ``{"500": "Template missing"}``)
==========================  =====================================================================

A body that is not JSON, or does not match the spec, raises :class:`UnexpectedResponseError` saying what came
back. The API token never appears in these messages (:func:`scrub`).
"""

import logging
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Protocol, TypeVar

import httpx
from attrs import frozen

from .types import Response, Unset

T = TypeVar("T")

REDACTED = "***"

# ---------------------------------------------------------------------------------------------------------
# Token scrubbing

# `api_token=<value>` in URLs (also URL-encoded), and `'api_token': '<value>'`-like pairs in reprs.
_TOKEN_PATTERNS = (
    re.compile(r"(?i)(api_token(?:=|%3D))[^&\s'\"#<>]+"),
    re.compile(r"(?i)(['\"]?api_token['\"]?\s*[:,]\s*b?['\"])[^'\"]+"),
)
_known_secrets: set[str] = set()


def register_secret(secret: str) -> None:
    """Scrub this exact value from every exception text and log record from now on (the Client does this)."""
    if len(secret) >= 4:
        _known_secrets.add(secret)


def scrub(text: str) -> str:
    """``text`` with API tokens replaced by ``***``."""
    for pattern in _TOKEN_PATTERNS:
        text = pattern.sub(lambda match: match.group(1) + REDACTED, text)
    for secret in _known_secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


class TokenScrubbingFilter(logging.Filter):
    """A logging filter that removes API tokens from records (httpx logs every request URL at INFO).

    Installed on the ``httpx`` and ``httpcore`` loggers when the package is imported. Add it to your own
    handlers too if they receive records from other libraries that may print request URLs.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is not ours to fix
            return True
        cleaned = scrub(message)
        if cleaned != message:
            record.msg = cleaned
            record.args = None
        return True


SCRUBBED_LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    __name__.rpartition(".")[0],
    __name__.rpartition(".")[0] + ".client",
)


def install_log_scrubbing(logger_names: Iterable[str] = SCRUBBED_LOGGERS) -> None:
    """Attach one :class:`TokenScrubbingFilter` to each named logger (idempotent)."""
    for name in logger_names:
        logger = logging.getLogger(name)
        if not any(
            isinstance(existing, TokenScrubbingFilter) for existing in logger.filters
        ):
            logger.addFilter(TokenScrubbingFilter())


# ---------------------------------------------------------------------------------------------------------
# Messages


_FIELDLESS_KEY = re.compile(r"^_\d+$")


def is_field_key(key: str) -> bool:
    """Whether a messages key names a field (``organisation_name``, ``tag``) rather than ``_0`` or ``403``."""
    return not _FIELDLESS_KEY.match(key) and not key.isdigit()


def normalise_messages(raw: object) -> dict[str, str]:
    """The server's messages as ``{key: text}``.

    The real server sends an object keyed by field (``{"organisation_name": "…"}``, ``{"_0": "…"}``,
    ``{"403": "Failed to login"}``); the docs show a list of strings, whose items get the keys ``_0``, ``_1``, …
    like the server's field-less messages.
    """
    if raw is None or isinstance(raw, Unset):
        return {}
    additional = getattr(
        raw, "additional_properties", None
    )  # the generated MessageMap model
    if isinstance(additional, Mapping):
        raw = additional
    if isinstance(raw, Mapping):
        return {str(key): str(value) for key, value in raw.items()}
    if isinstance(raw, list | tuple):
        return {f"_{index}": str(value) for index, value in enumerate(raw)}
    return {"_0": str(raw)}


# ---------------------------------------------------------------------------------------------------------
# Exceptions


@frozen
class Operation:
    """Which operation a response belongs to (for error messages)."""

    name: str
    method: str
    path: str

    def __str__(self) -> str:
        return f"{self.name} ({self.method} {self.path})"


def _describe(messages: Mapping[str, str]) -> str:
    if not messages:
        return "the server reported an error without messages"
    return "; ".join(
        f"{key}: {text}" if is_field_key(key) else text
        for key, text in messages.items()
    )


class TactileError(Exception):
    """The server answered ``{"status": "error"}``; the base class of every error about a response.

    Attributes:
        messages: the server's messages, ``{key: text}``, e.g. ``{"organisation_name": "Name is a compulsory
            field, you must enter a value"}`` or ``{"_0": "Invalid id specified"}`` (list-form messages get the
            keys ``_0``, ``_1``, …).
        operation: the operationId of the call, e.g. ``"saveOrganisation"`` ("" if unknown).
    """

    def __init__(
        self,
        messages: Mapping[str, str] | None = None,
        *,
        operation: Operation | None = None,
        detail: str | None = None,
    ) -> None:
        self.messages: dict[str, str] = dict(messages or {})
        self.operation: str = operation.name if operation else ""
        self._operation = operation
        text = detail if detail is not None else _describe(self.messages)
        super().__init__(scrub(f"{operation} failed: {text}" if operation else text))

    @property
    def field_errors(self) -> dict[str, str]:
        """The messages that name a field (e.g. ``organisation_name``, ``tag``), keys as the server sent them."""
        return {key: text for key, text in self.messages.items() if is_field_key(key)}

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_error, (type(self), self.__dict__, self.args))


def _rebuild_error(
    cls: type[Exception], state: dict[str, Any], args: tuple[Any, ...]
) -> Exception:
    error = Exception.__new__(cls)
    error.__dict__.update(state)
    error.args = args
    return error


class AuthenticationError(TactileError):
    """The token was refused (``{"403": "Failed to login"}``): wrong token, disabled user, or API access off."""


class PermissionDeniedError(TactileError):
    """The user may not read or change this record."""


class NotFoundError(TactileError):
    """No record has this id (or the user cannot see it): "Invalid id specified" and its variants."""


class ValidationError(TactileError):
    """The request was rejected as invalid; :attr:`field_errors` holds the per-field messages."""


class UnexpectedResponseError(TactileError):
    """The response is not a Tactile JSON envelope matching the spec: what came back is in the message.

    Attributes:
        status_code: the HTTP status.
        content_type: the Content-Type header ("" if none).
        content: the raw body (may be large; the message shows its first 200 characters, token scrubbed).
    """

    def __init__(
        self,
        reason: str,
        *,
        operation: Operation | None = None,
        status_code: int = 0,
        content_type: str = "",
        content: bytes = b"",
        location: str = "",
    ) -> None:
        self.status_code = status_code
        self.content_type = content_type
        self.content = content
        self.reason = reason
        excerpt = content[:200].decode("utf-8", errors="replace")
        more = "…" if len(content) > 200 else ""
        parts = [
            f"{reason}: HTTP {status_code}, Content-Type {content_type or '(none)'}"
        ]
        if location:
            parts.append(f"Location {location}")
        parts.append(f"body {excerpt!r}{more}" if content else "empty body")
        detail = ", ".join(parts)
        if "html" in content_type.lower() or content.lstrip()[:1] == b"<":
            detail += (
                ". An HTML page usually means the request was not treated as an API call: the real server"
                " answers its login page when api_token is missing or the path is not an API action"
            )
        super().__init__({}, operation=operation, detail=detail)

    @classmethod
    def from_response(
        cls,
        reason: str,
        response: "httpx.Response | Response[Any]",
        operation: Operation | None = None,
    ) -> "UnexpectedResponseError":
        return cls(
            reason,
            operation=operation,
            status_code=int(response.status_code),
            content_type=response.headers.get("content-type", ""),
            content=response.content,
            location=response.headers.get("location", ""),
        )


class UnexpectedStatus(UnexpectedResponseError):
    """An HTTP status the spec does not document (every Tactile response is 200; 302 means terms not agreed
    or account suspended). Raised by ``sync()``/``asyncio()`` always, and by the ``*_detailed`` functions when
    ``Client.raise_on_unexpected_status`` is set (the generator's name and behaviour)."""

    def __init__(
        self,
        status_code: int,
        content: bytes,
        *,
        operation: Operation | None = None,
        content_type: str = "",
        location: str = "",
    ) -> None:
        super().__init__(
            "unexpected HTTP status",
            operation=operation,
            status_code=status_code,
            content_type=content_type,
            content=content,
            location=location,
        )


class MissingTokenError(ValueError):
    """No API token: pass ``api_token=`` or set the ``TACTILE_API_TOKEN`` environment variable."""


# ---------------------------------------------------------------------------------------------------------
# Classification of error envelopes

_NOT_FOUND_TEXTS = frozenset({"invalid id specified", "invalid id"})
_PERMISSION_PREFIXES = (
    "you don't have permission",
    "you do not have permission",
    "you cannot edit archived",
)
_VALIDATION_TEXT = re.compile(
    r"is a compulsory field|must contain a numeric value|must be between|invalid date|needs to be unique"
    r"|cannot be it's own parent|already has that tag",
    re.IGNORECASE,
)


def error_for_messages(
    messages: Mapping[str, str], operation: Operation | None = None
) -> TactileError:
    """The exception for an error envelope with these (normalised) messages; see the module docstring."""
    texts = [text.strip().lower() for text in messages.values()]
    cls: type[TactileError]
    if "403" in messages or "failed to login" in texts:
        cls = AuthenticationError
    elif any(text.startswith(_PERMISSION_PREFIXES) for text in texts):
        cls = PermissionDeniedError
    elif any(
        not is_field_key(key) and text.strip().lower() in _NOT_FOUND_TEXTS
        for key, text in messages.items()
    ):
        cls = NotFoundError
    elif any(is_field_key(key) for key in messages) or any(
        _VALIDATION_TEXT.search(text) for text in texts
    ):
        cls = ValidationError
    else:
        cls = TactileError
    return cls(messages, operation=operation)


# ---------------------------------------------------------------------------------------------------------
# Envelope helpers used by the endpoint modules


class Envelope(Protocol):
    """What every response model has: ``status`` and ``messages``."""

    @property
    def status(self) -> object: ...

    @property
    def messages(self) -> object: ...


E = TypeVar("E", bound=Envelope)


def decode(
    response: httpx.Response,
    from_dict: Callable[[Mapping[str, Any]], E],
    operation: Operation,
) -> E:
    """Parse a 200 body into the operation's envelope model, or raise :class:`UnexpectedResponseError`."""
    try:
        data = response.json()
    except ValueError:  # JSONDecodeError and UnicodeDecodeError
        raise UnexpectedResponseError.from_response(
            "expected a JSON body", response, operation
        ) from None
    if not isinstance(data, dict):
        raise UnexpectedResponseError.from_response(
            f"expected a JSON object, got a JSON {type(data).__name__}",
            response,
            operation,
        )
    try:
        return from_dict(data)
    except KeyError as exc:
        reason = (
            f"the body does not match the spec: required key {exc.args[0]!r} is missing"
        )
        raise UnexpectedResponseError.from_response(
            reason, response, operation
        ) from exc
    except (ValueError, TypeError, AttributeError) as exc:
        reason = f"the body does not match the spec: {type(exc).__name__}: {exc}"
        raise UnexpectedResponseError.from_response(
            reason, response, operation
        ) from exc


def unwrap(response: Response[E], operation: Operation) -> E:
    """The envelope of a successful call; raises the typed error for ``status: error`` or a missing body."""
    envelope = response.parsed
    if envelope is None:
        raise UnexpectedStatus(
            int(response.status_code),
            response.content,
            operation=operation,
            content_type=response.headers.get("content-type", ""),
            location=response.headers.get("location", ""),
        )
    if envelope.status == "error":
        raise error_for_messages(normalise_messages(envelope.messages), operation)
    return envelope


def require(
    value: T | Unset, key: str, response: Response[Any], operation: Operation
) -> T:
    """The envelope's data key, which a success envelope must carry."""
    if isinstance(value, Unset):
        raise UnexpectedResponseError.from_response(
            f"status is success but the {key!r} key is missing", response, operation
        )
    return value


__all__ = [
    "AuthenticationError",
    "MissingTokenError",
    "NotFoundError",
    "Operation",
    "PermissionDeniedError",
    "TactileError",
    "TokenScrubbingFilter",
    "UnexpectedResponseError",
    "UnexpectedStatus",
    "ValidationError",
    "error_for_messages",
    "install_log_scrubbing",
    "normalise_messages",
    "scrub",
]
