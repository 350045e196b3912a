"""POST /organisations/save (facts §6.1, §6.2).

Create without `Organisation.id`, update with it. The organisation's own fields are validated
first; only when they pass are the address, contact aliases and sharing checked, as the real
server saves those "aliases" after the organisation itself.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from tactile_fake.account_numbers import next_account_number
from tactile_fake.context import Context
from tactile_fake.envelope import ApiError, Messages
from tactile_fake.lookups import ORGANISATION_LOOKUPS
from tactile_fake.organisation_aliases import AddressChange, ContactChange, address_change, contact_changes
from tactile_fake.permissions import can_write_organisation
from tactile_fake.php import JsonValue, NotScalar, field_value, strict_int
from tactile_fake.sharing import KEY as SHARING_KEY
from tactile_fake.sharing import Grant, apply_grants, requested_grants
from tactile_fake.store import insert_row, update_row
from tactile_fake.validation import INVALID_FK, SaveForm, wrapper_object

WRAPPER = "Organisation"
NO_EDIT_PERMISSION = "You don't have permission to edit this Organisation"
NOT_UNIQUE = "Account Number needs to be unique"
OWN_PARENT = "Account cannot be it's own parent"

_LABELS = {
    "status_id": "Status",
    "source_id": "Source",
    "classification_id": "Classification",
    "rating_id": "Rating",
    "industry_id": "Industry",
    "type_id": "Type",
}


@dataclass
class OrganisationChanges:
    columns: dict[str, object] = field(default_factory=dict)
    address: AddressChange | None = None
    contacts: list[ContactChange] = field(default_factory=list)
    grants: dict[int, Grant] | None = None


def _existing(ctx: Context, data: dict[str, JsonValue]) -> sqlite3.Row | None:
    """The organisation being updated, after the real server's two pre-checks."""
    try:
        raw_id = field_value(data.get("id"))
    except NotScalar:
        raise ApiError.single(
            "id must be a single value, not a JSON array or object", "organisation_id"
        ) from None
    if raw_id == "":
        return None
    org_id = strict_int(raw_id)
    # The permission check comes first: a non-admin gets it even for an id that does not exist.
    if not ctx.user.is_admin and (org_id is None or not can_write_organisation(ctx.conn, ctx.user, org_id)):
        raise ApiError.single(NO_EDIT_PERMISSION)
    row: sqlite3.Row | None = None
    if org_id is not None:
        row = ctx.conn.execute("SELECT * FROM organisations WHERE id = ?", (org_id,)).fetchone()
    if row is None:
        raise ApiError.single(INVALID_FK)
    return row


def _own_fields(form: SaveForm, ctx: Context, existing: sqlite3.Row | None) -> dict[str, object]:
    """The organisations-table columns to write, in the table's column order."""
    creating = existing is None
    columns: dict[str, object] = {}
    name = form.required_text("name", "Name", creating=creating)
    if name:
        columns["name"] = name
        columns["name_key"] = name.lower()
    accountnumber = form.text("accountnumber", "Account Number")
    if accountnumber is not None:
        columns["accountnumber"] = accountnumber or None
    parent = form.reference("parent_id", "Parent", "SELECT 1 FROM organisations WHERE id = ?")
    if parent is not None:
        columns["parent_id"] = parent or None
    if creating:
        owner = form.username("owner", "Owner")
        columns["owner"] = owner or ctx.user.username
    assigned = form.username("assigned_to", "Assigned To")
    if assigned is not None:
        columns["assigned_to"] = assigned or (ctx.user.username if creating else None)
    elif creating:
        columns["assigned_to"] = ctx.user.username
    description = form.text("description", "Description")
    if description is not None:
        columns["description"] = description or None
    for column, label in _LABELS.items():
        kind = ORGANISATION_LOOKUPS[column.removesuffix("_id")]
        exists = f"SELECT 1 FROM lookups WHERE kind = '{kind}' AND id = ?"
        value = form.reference(column, label, exists)
        if value is not None:
            columns[column] = value or None

    # Model-level validators run after the field ones.
    own_id = None if existing is None else existing["id"]
    number = columns.get("accountnumber")
    if number is not None:
        clash = ctx.conn.execute(
            "SELECT 1 FROM organisations WHERE accountnumber = ? AND id IS NOT ?", (number, own_id)
        ).fetchone()
        if clash is not None:
            form.error("accountnumber", NOT_UNIQUE)
    if own_id is not None and columns.get("parent_id") == own_id:
        form.messages.add(OWN_PARENT, "organisation_id")
    return columns


def _validate(ctx: Context, existing: sqlite3.Row | None) -> OrganisationChanges:
    data = wrapper_object(ctx.request.body, WRAPPER)
    messages = Messages()
    form = SaveForm("organisation", data, ctx.conn, messages)
    changes = OrganisationChanges(columns=_own_fields(form, ctx, existing))
    if messages:
        raise ApiError(messages)

    org_id = None if existing is None else int(existing["id"])
    changes.address = address_change(ctx.conn, data, messages)
    changes.contacts = contact_changes(ctx.conn, data, org_id, messages)
    rewrites_sharing = existing is None or ctx.user.is_admin or existing["owner"] == ctx.user.username
    if rewrites_sharing:
        changes.grants = requested_grants(ctx.conn, ctx.user, ctx.request.body.get(SHARING_KEY), messages)
    if messages:
        raise ApiError(messages)
    return changes


def _write(ctx: Context, existing: sqlite3.Row | None, changes: OrganisationChanges) -> int:
    conn = ctx.conn
    columns = changes.columns
    columns["alteredby"] = ctx.user.username
    columns["lastupdated"] = ctx.timestamp
    if existing is None:
        columns["created"] = ctx.timestamp
        if not columns.get("accountnumber"):
            columns["accountnumber"] = next_account_number(conn, str(columns["name"]))
        org_id = insert_row(conn, "organisations", columns)
    else:
        org_id = int(existing["id"])
        update_row(conn, "organisations", org_id, columns)
    if changes.address is not None:
        changes.address.apply(conn, org_id)
    for contact in changes.contacts:
        contact.apply(conn, org_id)
    if changes.grants is not None:
        apply_grants(conn, org_id, changes.grants)
    return org_id


def create_named_organisation(ctx: Context, name: str) -> int:
    """An organisation made on the fly from a name (opportunity save's `organisation` string)."""
    form = SaveForm("organisation", {"name": name}, ctx.conn, Messages())
    changes = OrganisationChanges(columns=_own_fields(form, ctx, None))
    changes.grants = requested_grants(ctx.conn, ctx.user, None, Messages())
    return _write(ctx, None, changes)


def save_organisation(ctx: Context) -> dict[str, JsonValue]:
    data = wrapper_object(ctx.request.body, WRAPPER)
    existing = _existing(ctx, data)
    changes = _validate(ctx, existing)
    return {"id": _write(ctx, existing, changes)}
