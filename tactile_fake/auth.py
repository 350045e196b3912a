"""api_token authentication against the account's users.

The real server reads the token from the query string only, and answers a bad token with
`{"403": "Failed to login"}`. A missing token gets its HTML login page there; the fake answers
JSON under the same "403" key so a client can classify both as authentication failures.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass

from tactile_fake.envelope import LOGIN_KEY, ApiError

ACCOUNT = "sample"
USER_SUFFIX = f"//{ACCOUNT}"

FAILED_LOGIN = "Failed to login"
MISSING_TOKEN = "Missing api_token query parameter"


@dataclass(frozen=True)
class User:
    username: str  # 'greg//sample'
    is_admin: bool

    @property
    def short_name(self) -> str:
        return self.username.removesuffix(USER_SUFFIX)


def full_username(name: str) -> str:
    """Username fields get the account suffix appended when missing (DataObject::Factory)."""
    return name if "//" in name else f"{name}{USER_SUFFIX}"


def demo_token(short_name: str) -> str:
    """Deterministic 40-hex tokens, shaped like the real sha1 ones, so docs and tests can use them."""
    phrase = f"tactile-fake demo api_token for {short_name}{USER_SUFFIX}"
    return hashlib.sha1(phrase.encode()).hexdigest()


def authenticate(conn: sqlite3.Connection, token: str | None) -> User:
    if not token:
        raise ApiError.single(MISSING_TOKEN, LOGIN_KEY)
    row = conn.execute(
        "SELECT username, is_admin FROM users WHERE api_token = ? AND enabled = 1", (token,)
    ).fetchone()
    if row is None:
        raise ApiError.single(FAILED_LOGIN, LOGIN_KEY)
    return User(username=row["username"], is_admin=bool(row["is_admin"]))
