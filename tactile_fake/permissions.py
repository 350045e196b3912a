"""Who may read and edit what, as the real server decides it (facts §2).

Organisations carry per-role read/write grants (`organisation_roles`); a user holds roles
(`hasrole`): the account-wide "everyone" role, a personal role, and any groups. Admins bypass
every check. Opportunities inherit from their organisation, or are public without one.
"""

from __future__ import annotations

import sqlite3

from tactile_fake.auth import User


def role_grant_sql(org_column: str, level: str) -> str:
    """SQL true when the caller (one `?` parameter: username) holds a role granting `level`."""
    if level not in ("read", "write"):
        raise ValueError(level)
    return (
        "EXISTS (SELECT 1 FROM organisation_roles gr JOIN hasrole hr ON hr.role_id = gr.role_id"
        f" WHERE gr.organisation_id = {org_column} AND gr.{level} = 1 AND hr.username = ?)"
    )


def _has_access(conn: sqlite3.Connection, user: User, org_id: int, level: str) -> bool:
    """Organisation::checkAccess: owner, or a role grant. False for an unknown id."""
    allowed = f"o.owner = ? OR {role_grant_sql('o.id', level)}"
    row = conn.execute(
        f"SELECT {allowed} AS allowed FROM organisations o WHERE o.id = ?",
        (user.username, user.username, org_id),
    ).fetchone()
    return row is not None and bool(row["allowed"])


def can_read_organisation(conn: sqlite3.Connection, user: User, org_id: int) -> bool:
    return user.is_admin or _has_access(conn, user, org_id, "read")


def can_write_organisation(conn: sqlite3.Connection, user: User, org_id: int) -> bool:
    return user.is_admin or _has_access(conn, user, org_id, "write")


def can_view_opportunity(conn: sqlite3.Connection, user: User, opportunity: sqlite3.Row) -> bool:
    org_id = opportunity["organisation_id"]
    return org_id is None or can_read_organisation(conn, user, org_id)


def can_edit_opportunity(conn: sqlite3.Connection, user: User, opportunity: sqlite3.Row) -> bool:
    if user.is_admin:
        return True
    org_id = opportunity["organisation_id"]
    if org_id is None:
        return user.username in (opportunity["owner"], opportunity["assigned_to"])
    return can_write_organisation(conn, user, org_id)
