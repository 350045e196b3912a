"""/organisations/options and /opportunities/options (facts §7).

Empty maps are emitted as `[]`, as PHP's json_encode does with an empty array. The real
/opportunities/options is broken in HEAD (every map empty); the fake returns the intended,
documented content: users, and statuses/types/sources by position.
"""

from __future__ import annotations

import sqlite3

from tactile_fake.auth import USER_SUFFIX
from tactile_fake.context import Context
from tactile_fake.lookups import OPPORTUNITY_LOOKUPS, ORGANISATION_LOOKUPS
from tactile_fake.php import JsonValue, php_map


def default_country(conn: sqlite3.Connection) -> str:
    """The account's country: options' default_country_code, and an address's default."""
    row = conn.execute("SELECT value FROM settings WHERE key = 'default_country_code'").fetchone()
    return "GB" if row is None else str(row["value"])


def _assignable_users(conn: sqlite3.Connection) -> JsonValue:
    rows = conn.execute("SELECT username FROM users WHERE enabled = 1 ORDER BY username").fetchall()
    names = [str(row["username"]).removesuffix(USER_SUFFIX) for row in rows]
    return php_map({name: name for name in names})


def _lookup(conn: sqlite3.Connection, kind: str, order: str) -> JsonValue:
    if order not in ("name", "position"):
        raise ValueError(order)
    rows = conn.execute(
        f"SELECT id, name FROM lookups WHERE kind = ? ORDER BY {order}, id", (kind,)
    ).fetchall()
    return php_map({str(row["id"]): row["name"] for row in rows})


def organisation_options(ctx: Context) -> dict[str, JsonValue]:
    conn = ctx.conn
    options: dict[str, JsonValue] = {"assigned_to": _assignable_users(conn)}
    for key, kind in ORGANISATION_LOOKUPS.items():
        options[key] = _lookup(conn, kind, "name")
    countries = conn.execute("SELECT code, name FROM countries ORDER BY name, code").fetchall()
    options["country_code"] = php_map({row["code"]: row["name"] for row in countries})
    options["default_country_code"] = default_country(conn)
    roles = conn.execute("SELECT id, name FROM roles ORDER BY name, id").fetchall()
    private: JsonValue = php_map({str(row["id"]): row["name"] for row in roles})
    options["sharing"] = {
        "read": {"everyone": [], "private": private},
        "write": {"everyone": [], "private": private},
    }
    return {"organisation_options": options}


def opportunity_options(ctx: Context) -> dict[str, JsonValue]:
    conn = ctx.conn
    options: dict[str, JsonValue] = {"assigned_to": _assignable_users(conn)}
    for key, kind in OPPORTUNITY_LOOKUPS.items():
        options[key] = _lookup(conn, kind, "position")
    return {"opportunity_options": options}
