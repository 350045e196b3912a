"""/organisations/timeline and /opportunities/timeline (facts §4.4).

Items come from notes, emails and (organisation timelines only) non-archived opportunities,
shaped like the real `timeline_*` SQL views: every item has every key, ids are strings,
timestamps are raw 'YYYY-MM-DD HH:MM:SS', newest first, 50 per page.
"""

from __future__ import annotations

from tactile_fake.context import Context
from tactile_fake.envelope import ApiError
from tactile_fake.formatting import pretty_timestamp, short_username, url_parsing_format
from tactile_fake.listing import INVALID_PAGE, Where
from tactile_fake.opportunities import requested_opportunity
from tactile_fake.organisations import INVALID_ID, requested_organisation
from tactile_fake.permissions import can_read_organisation, role_grant_sql
from tactile_fake.php import JsonValue, php_empty, php_int

PER_PAGE = 50
NO_VIEW_PERMISSION = "You don't have permission to view that organisation"

_NOTES = (
    "SELECT 'note' AS kind, id, organisation_id, person_id, opportunity_id, NULL AS activity_id, private,"
    " owner, alteredby, owner AS assigned_to, created, lastupdated, lastupdated AS received,"
    " title, note AS body, lastupdated AS when_ts FROM notes"
)
_EMAILS = (
    "SELECT 'email', id, organisation_id, person_id, opportunity_id, NULL, 0,"
    " owner, owner, owner, created, created, received, subject, body, received FROM emails"
)
_OPPORTUNITIES = (
    "SELECT 'opportunity', id, organisation_id, person_id, id, id, 0,"
    " owner, alteredby, owner, created, created, created, name, description, created"
    " FROM opportunities WHERE archived = 0"
)

_VERBS = {"note": "Created by", "email": "Received by", "opportunity": "Created by"}
_URLS = {"note": "/notes/view/", "email": "/emails/view/", "opportunity": "/opportunities/view/"}


def _page(ctx: Context) -> int:
    # Timelines read `page` from the merged data, and treat '' and '0' as page 1 (PHP empty()).
    raw = ctx.request.text_param("page")
    number = 1 if php_empty(raw) else php_int(raw)
    if number <= 0:
        raise ApiError.single(INVALID_PAGE, "page")
    return number


def _visible_to(ctx: Context, where: Where) -> None:
    """Timeline::load's row filter for non-admins. Admins see everything, private notes included."""
    if ctx.user.is_admin:
        return
    me = ctx.user.username
    role_read = role_grant_sql("t.organisation_id", "read")
    where.add(
        "(CASE WHEN t.kind = 'note' THEN"
        f" (t.private = 0 AND (t.organisation_id IS NULL OR {role_read})) OR (t.private = 1 AND t.owner = ?)"
        f" ELSE {role_read} OR t.owner = ? OR t.assigned_to = ?"
        " OR (t.organisation_id IS NULL AND t.private = 0)"
        " END)",
        me,
        me,
        me,
        me,
        me,
    )


def _cell(value: object) -> JsonValue:
    return value if value is None or isinstance(value, str | int | float) else str(value)


def _item(ctx: Context, row: dict[str, object]) -> dict[str, JsonValue]:
    kind = str(row["kind"])
    owner = str(row["owner"])
    when = f"{_VERBS[kind]} {short_username(owner)} {pretty_timestamp(str(row['when_ts']), ctx.now)}"
    if kind == "note" and row["created"] != row["lastupdated"]:
        updater = short_username(str(row["alteredby"]))
        when += f", updated by {updater} {pretty_timestamp(str(row['lastupdated']), ctx.now)}"
    own_type = kind == "opportunity"

    def text_id(key: str) -> str | None:
        value = row[key]
        return None if value is None else str(value)

    body = url_parsing_format(None if row["body"] is None else str(row["body"]))
    fields: dict[str, JsonValue] = {
        "id": text_id("id"),
        "organisation_id": text_id("organisation_id"),
        "organisation": _cell(row["organisation"]),
        "person_id": text_id("person_id"),
        "person": _cell(row["person"]),
        "opportunity_id": text_id("opportunity_id"),
        "opportunity": "" if own_type else _cell(row["opportunity"]),
        "activity_id": text_id("activity_id"),
        "activity": "" if own_type else None,
        "private": bool(row["private"]),
        "owner": owner,
        "created": _cell(row["created"]),
        "lastupdated": _cell(row["lastupdated"]),
        "received": _cell(row["received"]),
        "title": _cell(row["title"]),
        "subject": _cell(row["title"]),
        "body": body,
        "note": body,
        "when": when,
        "url": f"{_URLS[kind]}{row['id']}",
    }
    return {kind: fields}


def _timeline(ctx: Context, sources: str, where: Where) -> dict[str, JsonValue]:
    page = _page(ctx)
    _visible_to(ctx, where)
    union = f"({sources}) t"
    total = ctx.conn.execute(f"SELECT COUNT(*) FROM {union} WHERE {where.sql}", where.params).fetchone()[0]
    items: list[JsonValue] = []
    offset = (page - 1) * PER_PAGE
    if offset < total:
        rows = ctx.conn.execute(
            "SELECT t.*, org.name AS organisation, opp.name AS opportunity,"
            " p.firstname || ' ' || p.surname AS person"
            f" FROM {union}"
            " LEFT JOIN organisations org ON org.id = t.organisation_id"
            " LEFT JOIN opportunities opp ON opp.id = t.opportunity_id"
            " LEFT JOIN people p ON p.id = t.person_id"
            f" WHERE {where.sql} ORDER BY t.when_ts DESC, t.kind, t.id DESC LIMIT ? OFFSET ?",
            [*where.params, PER_PAGE, offset],
        ).fetchall()
        items = [_item(ctx, dict(row)) for row in rows]
    return {
        "timeline": items,
        "cur_page": page,
        "num_pages": -(-total // PER_PAGE),
        "per_page": PER_PAGE,
        "total": total,
    }


def organisation_timeline(ctx: Context) -> dict[str, JsonValue]:
    org_id = requested_organisation(ctx, invalid=INVALID_ID)
    if not can_read_organisation(ctx.conn, ctx.user, org_id):
        raise ApiError.single(NO_VIEW_PERMISSION)
    where = Where()
    where.add("t.organisation_id = ?", org_id)
    return _timeline(ctx, f"{_NOTES} UNION ALL {_EMAILS} UNION ALL {_OPPORTUNITIES}", where)


def opportunity_timeline(ctx: Context) -> dict[str, JsonValue]:
    # Like the real server, no canView() check here; the row filter still applies (facts §2).
    opportunity = requested_opportunity(ctx, invalid=INVALID_ID)
    where = Where()
    where.add("t.opportunity_id = ?", opportunity["id"])
    return _timeline(ctx, f"{_NOTES} UNION ALL {_EMAILS}", where)
