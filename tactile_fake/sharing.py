"""Organisation sharing: the save body's top-level `Sharing` and the role grants it becomes.

`{"Sharing": {"read": "everyone" | "private" | [roleId, ...], "write": ...}}`; write implies read.
Without it, everyone may read and write. As on the real server, the grants are rewritten on
create, and on every update made by the owner or an admin (so such an update without `Sharing`
makes the organisation public again).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from tactile_fake.auth import USER_SUFFIX, User
from tactile_fake.envelope import Messages
from tactile_fake.php import JsonValue, strict_int

EVERYONE_ROLE = USER_SUFFIX  # the account-wide role is named '//sample'
LEVELS = ("read", "write")
KEY = "Sharing"


@dataclass(frozen=True)
class Grant:
    read: bool = False
    write: bool = False


def _role_id(conn: sqlite3.Connection, name: str) -> int:
    row = conn.execute("SELECT id FROM roles WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise LookupError(f"role {name!r} is missing from the seed data")
    return int(row["id"])


def _roles_for(
    conn: sqlite3.Connection, user: User, choice: JsonValue, level: str, messages: Messages
) -> list[int]:
    if choice == "everyone":
        return [_role_id(conn, EVERYONE_ROLE)]
    if choice == "private":
        return [_role_id(conn, user.username)]
    if isinstance(choice, list):
        role_ids: list[int] = []
        for item in choice:
            number = (
                strict_int(str(item)) if isinstance(item, int | str) and not isinstance(item, bool) else None
            )
            if (
                number is None
                or conn.execute("SELECT 1 FROM roles WHERE id = ?", (number,)).fetchone() is None
            ):
                messages.add(f"Invalid role ID specified for {level} sharing: {item!r}", KEY)
                continue
            role_ids.append(number)
        return role_ids
    messages.add(f'{KEY} {level} must be "everyone", "private" or a list of role IDs', KEY)
    return []


def requested_grants(
    conn: sqlite3.Connection, user: User, sharing: JsonValue, messages: Messages
) -> dict[int, Grant]:
    """The role grants a save asks for; invalid parts are reported in `messages`."""
    if sharing in (None, "", [], {}):
        sharing = {"read": "everyone", "write": "everyone"}
    if not isinstance(sharing, dict):
        messages.add(f'{KEY} must be a JSON object with "read" and "write"', KEY)
        return {}
    grants: dict[int, Grant] = {}
    for level in LEVELS:
        if level not in sharing:
            continue
        for role_id in _roles_for(conn, user, sharing[level], level, messages):
            grant = grants.get(role_id, Grant())
            grants[role_id] = Grant(read=True, write=grant.write or level == "write")
    return grants


def apply_grants(conn: sqlite3.Connection, org_id: int, grants: dict[int, Grant]) -> None:
    conn.execute("DELETE FROM organisation_roles WHERE organisation_id = ?", (org_id,))
    conn.executemany(
        "INSERT INTO organisation_roles (organisation_id, role_id, read, write) VALUES (?, ?, ?, ?)",
        [(org_id, role_id, int(g.read), int(g.write)) for role_id, g in grants.items()],
    )
