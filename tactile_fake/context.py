"""What a handler gets: the parsed request, the caller, the database and the time."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime

from tactile_fake.auth import User
from tactile_fake.clock import db_timestamp
from tactile_fake.envelope import ApiError
from tactile_fake.php import JsonValue, NotScalar, php_string


@dataclass(frozen=True)
class ApiRequest:
    method: str
    area: str  # 'organisations' | 'opportunities'
    action: str  # 'index', 'view', ...
    path_id: str | None  # digits from /area/action/<id>, as the real route captures them
    query: dict[str, str] = field(default_factory=dict)
    body: dict[str, JsonValue] = field(default_factory=dict)
    has_body: bool = False  # a JSON body was sent (even `{}`), as opposed to none at all

    def param(self, key: str) -> JsonValue:
        """The server's merged request data: route id, then query string, then JSON body."""
        if key == "id" and self.path_id is not None:
            return self.path_id
        if key in self.query:
            return self.query[key]
        return self.body.get(key)

    def text_param(self, key: str) -> str | None:
        """A merged parameter as a string; None when absent (PHP `isset` is false)."""
        value = self.param(key)
        if value is None:
            return None
        try:
            return php_string(value)
        except NotScalar:
            raise ApiError.single(f"{key} must be a single value, not a JSON array or object", key) from None


@dataclass(frozen=True)
class Context:
    conn: sqlite3.Connection
    user: User
    request: ApiRequest
    now: datetime

    @property
    def timestamp(self) -> str:
        return db_timestamp(self.now)
