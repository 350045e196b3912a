"""A client library for accessing Tactile CRM API"""

from ._provenance import GENERATOR, SPEC_SHA256, SPEC_VERSION
from .client import DEFAULT_TIMEOUT, TOKEN_ENV_VAR, Client, RetryPolicy
from .errors import (
    AuthenticationError,
    MissingTokenError,
    NotFoundError,
    PermissionDeniedError,
    TactileError,
    TokenScrubbingFilter,
    UnexpectedResponseError,
    UnexpectedStatus,
    ValidationError,
)
from .types import UNSET, Page, Response, Unset

__version__ = SPEC_VERSION

__all__ = (
    "DEFAULT_TIMEOUT",
    "GENERATOR",
    "SPEC_SHA256",
    "SPEC_VERSION",
    "TOKEN_ENV_VAR",
    "UNSET",
    "AuthenticationError",
    "Client",
    "MissingTokenError",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "Response",
    "RetryPolicy",
    "TactileError",
    "TokenScrubbingFilter",
    "UnexpectedResponseError",
    "UnexpectedStatus",
    "Unset",
    "ValidationError",
)
