"""Reading opportunities: /opportunities and /opportunities/view."""

from __future__ import annotations

import sqlite3

from tactile_fake.context import Context
from tactile_fake.envelope import ApiError
from tactile_fake.listing import Where, add_date_filters, add_text_filters, page_of_ids, paged
from tactile_fake.lookups import OPPORTUNITY_LOOKUPS, OPPORTUNITY_STATUS, lookup_join
from tactile_fake.permissions import can_view_opportunity, role_grant_sql
from tactile_fake.php import JsonValue, php_empty, strict_int
from tactile_fake.records import RecordKind, records_json
from tactile_fake.serialise import opportunity_json

INVALID_ID = "Invalid id specified"
NO_VIEW_PERMISSION = "You don't have permission to view that Opportunity"

_SELECT = (
    "SELECT op.*, org.name AS organisation, p.firstname || ' ' || p.surname AS person, "
    + ", ".join(f"l_{field}.name AS {field}" for field in OPPORTUNITY_LOOKUPS)
    + " FROM opportunities op"
    " LEFT JOIN organisations org ON org.id = op.organisation_id"
    " LEFT JOIN people p ON p.id = op.person_id"
    + "".join(
        lookup_join(f"l_{field}", kind, f"op.{field}_id") for field, kind in OPPORTUNITY_LOOKUPS.items()
    )
)


_OPPORTUNITIES = RecordKind(
    select=_SELECT,
    id_column="op.id",
    owner_key="opportunity_id",
    enabled_for="opportunities",
    serialise=opportunity_json,
)


def _add_exact_id_filter(ctx: Context, where: Where, param: str) -> None:
    value = ctx.request.text_param(param)
    if php_empty(value):
        return
    assert value is not None
    number = strict_int(value)
    if number is None:
        # The real server passes it to PostgreSQL and fails with a non-JSON body.
        raise ApiError.single("Invalid ID specified", param)
    where.add(f"op.{param} = ?", number)


def list_opportunities(ctx: Context) -> dict[str, JsonValue]:
    """Open (status flag) and not archived, by name; visibility per facts §2 for non-admins."""
    where = Where()
    where.add(
        "EXISTS (SELECT 1 FROM lookups s WHERE s.kind = ? AND s.id = op.status_id AND s.open = 1)",
        OPPORTUNITY_STATUS,
    )
    where.add("op.archived = 0")
    if not ctx.user.is_admin:
        me = ctx.user.username
        where.add(
            f"({role_grant_sql('op.organisation_id', 'read')} OR op.owner = ? OR op.assigned_to = ?"
            " OR op.organisation_id IS NULL)",
            me,
            me,
            me,
        )
    add_text_filters(ctx, where, {"name": "op.name_key LIKE ? ESCAPE '\\'"})
    _add_exact_id_filter(ctx, where, "organisation_id")
    _add_exact_id_filter(ctx, where, "person_id")
    add_date_filters(ctx, where, "op.created", "op.lastupdated")
    page, total, ids = page_of_ids(ctx, "opportunities", "op", where)
    return paged("opportunities", records_json(ctx.conn, _OPPORTUNITIES, ids, in_list=True), page, total)


def requested_opportunity(ctx: Context, *, invalid: str) -> sqlite3.Row:
    raw = ctx.request.text_param("id")
    opp_id = None if raw is None else strict_int(raw)
    row: sqlite3.Row | None = None
    if opp_id is not None:
        row = ctx.conn.execute("SELECT * FROM opportunities WHERE id = ?", (opp_id,)).fetchone()
    if row is None:
        raise ApiError.single(invalid)
    return row


def view_opportunity(ctx: Context) -> dict[str, JsonValue]:
    row = requested_opportunity(ctx, invalid=INVALID_ID)
    if not can_view_opportunity(ctx.conn, ctx.user, row):
        raise ApiError.single(NO_VIEW_PERMISSION)
    return {"opportunity": records_json(ctx.conn, _OPPORTUNITIES, [row["id"]], in_list=False)[0]}
