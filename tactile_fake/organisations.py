"""Reading organisations: /organisations, /organisations/mine and /organisations/view."""

from __future__ import annotations

from tactile_fake.context import Context
from tactile_fake.envelope import ApiError
from tactile_fake.listing import Where, add_date_filters, add_text_filters, page_of_ids, paged
from tactile_fake.lookups import ORGANISATION_LOOKUPS, lookup_join
from tactile_fake.permissions import can_read_organisation, role_grant_sql
from tactile_fake.php import JsonValue, strict_int
from tactile_fake.records import RecordKind, records_json
from tactile_fake.serialise import organisation_json

INVALID_ID = "Invalid id specified"
NO_VIEW_PERMISSION = "You don't have permission to view that Organisation"


def _main_contact(type_letter: str) -> str:
    return (
        "(SELECT cm.contact FROM contact_methods cm WHERE cm.organisation_id = o.id"
        f" AND cm.type = '{type_letter}' AND cm.main = 1 ORDER BY cm.id DESC LIMIT 1)"
    )


_SELECT = (
    "SELECT o.*, a.street1, a.street2, a.street3, a.town, a.county, a.postcode, a.country_code,"
    f" c.name AS country, {_main_contact('T')} AS phone, {_main_contact('E')} AS email, p.name AS parent, "
    + ", ".join(f"l_{field}.name AS {field}" for field in ORGANISATION_LOOKUPS)
    + " FROM organisations o"
    " LEFT JOIN organisation_addresses a ON a.id ="
    " (SELECT MIN(id) FROM organisation_addresses WHERE organisation_id = o.id AND main = 1)"
    " LEFT JOIN countries c ON c.code = a.country_code"
    " LEFT JOIN organisations p ON p.id = o.parent_id"
    + "".join(
        lookup_join(f"l_{field}", kind, f"o.{field}_id") for field, kind in ORGANISATION_LOOKUPS.items()
    )
)

# List filters: parameter -> SQL condition on one LIKE pattern (already lower-cased).
_TEXT_FILTERS = {
    "name": "o.name_key LIKE ? ESCAPE '\\'",
    "accountnumber": "fold(o.accountnumber) LIKE ? ESCAPE '\\'",
    "email": (
        "EXISTS (SELECT 1 FROM contact_methods e WHERE e.organisation_id = o.id AND e.type = 'E'"
        " AND e.main = 1 AND fold(e.contact) LIKE ? ESCAPE '\\')"
    ),
}


_ORGANISATIONS = RecordKind(
    select=_SELECT,
    id_column="o.id",
    owner_key="organisation_id",
    enabled_for="organisations",
    serialise=organisation_json,
)


def _list(ctx: Context, *, mine: bool) -> dict[str, JsonValue]:
    where = Where()
    if not ctx.user.is_admin:
        # Lists show role-readable organisations only; ownership alone is not enough (facts §2).
        where.add(role_grant_sql("o.id", "read"), ctx.user.username)
    if mine:
        where.add("o.assigned_to = ?", ctx.user.username)
    add_text_filters(ctx, where, _TEXT_FILTERS)
    add_date_filters(ctx, where, "o.created", "o.lastupdated")
    page, total, ids = page_of_ids(ctx, "organisations", "o", where)
    return paged("organisations", records_json(ctx.conn, _ORGANISATIONS, ids, in_list=True), page, total)


def list_organisations(ctx: Context) -> dict[str, JsonValue]:
    return _list(ctx, mine=False)


def list_my_organisations(ctx: Context) -> dict[str, JsonValue]:
    return _list(ctx, mine=True)


def requested_organisation(ctx: Context, *, invalid: str) -> int:
    """The `id` parameter naming an existing organisation, else the action's own error text."""
    raw = ctx.request.text_param("id")
    org_id = None if raw is None else strict_int(raw)
    if (
        org_id is None
        or ctx.conn.execute("SELECT 1 FROM organisations WHERE id = ?", (org_id,)).fetchone() is None
    ):
        raise ApiError.single(invalid)
    return org_id


def view_organisation(ctx: Context) -> dict[str, JsonValue]:
    org_id = requested_organisation(ctx, invalid=INVALID_ID)
    if not can_read_organisation(ctx.conn, ctx.user, org_id):
        raise ApiError.single(NO_VIEW_PERMISSION)
    return {"organisation": records_json(ctx.conn, _ORGANISATIONS, [org_id], in_list=False)[0]}
