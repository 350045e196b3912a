"""An organisation's contact methods: /organisations/contact_methods and /organisations/save_contact."""

from __future__ import annotations

import sqlite3

from tactile_fake.context import Context
from tactile_fake.envelope import ApiError, Messages
from tactile_fake.organisations import requested_organisation
from tactile_fake.php import JsonValue, NotScalar, field_value, php_truthy, strict_int
from tactile_fake.serialise import contact_method_json
from tactile_fake.store import insert_row, update_row

# save_contact's `type`: the letters in use, and the words the real server maps to them.
TYPE_WORDS = {
    "phone": "T",
    "fax": "F",
    "email": "E",
    "mobile": "M",
    "website": "W",
    "skype": "S",
    "twitter": "I",
    "linkedin": "L",
    "facebook": "K",
}
TYPE_LETTERS = frozenset(TYPE_WORDS.values())
INVALID_TYPE = (
    "Type must be one of the letters T, F, E, M, W, S, I, L, K or the words "
    "phone, fax, email, mobile, website, skype, twitter, linkedin, facebook"
)
DEFAULT_NAME = "Main"


def compulsory(label: str) -> str:
    return f"{label} is a compulsory field, you must enter a value"


def contact_type(value: str) -> str | None:
    """The stored one-letter type, or None when the value names no known type."""
    if value in TYPE_LETTERS:
        return value
    return TYPE_WORDS.get(value.lower())


def list_contact_methods(ctx: Context) -> dict[str, JsonValue]:
    # Like the real server, no permission check beyond the account (facts §2).
    org_id = requested_organisation(ctx, invalid="Invalid ID")
    rows = ctx.conn.execute(
        "SELECT * FROM contact_methods WHERE organisation_id = ? ORDER BY type, main, name, id", (org_id,)
    ).fetchall()
    return {"contact_methods": [contact_method_json(row) for row in rows]}


def make_main(conn: sqlite3.Connection, method_id: int) -> None:
    """Mark one method as its type's main one, demoting any other."""
    row = conn.execute(
        "SELECT organisation_id, type FROM contact_methods WHERE id = ?", (method_id,)
    ).fetchone()
    conn.execute(
        "UPDATE contact_methods SET main = (id = ?) WHERE organisation_id = ? AND type = ?",
        (method_id, row["organisation_id"], row["type"]),
    )


def has_main(conn: sqlite3.Connection, org_id: int, type_letter: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM contact_methods WHERE organisation_id = ? AND type = ? AND main = 1",
        (org_id, type_letter),
    ).fetchone()
    return row is not None


def _flat_values(ctx: Context) -> dict[str, str]:
    """The flat keys save_contact reads, normalised as DataObject::Factory does."""
    values: dict[str, str] = {}
    for key in ("contact", "type", "organisation_id", "name", "main"):
        if key not in ctx.request.query and key not in ctx.request.body:
            continue
        try:
            values[key] = field_value(ctx.request.param(key))
        except NotScalar:
            raise ApiError.single(f"{key} must be a single value, not a JSON array or object", key) from None
    return values


def save_contact(ctx: Context) -> dict[str, JsonValue]:
    conn = ctx.conn
    existing: sqlite3.Row | None = None
    raw_id = ctx.request.text_param("id")
    if raw_id:
        method_id = strict_int(raw_id)
        if method_id is not None:
            existing = conn.execute("SELECT * FROM contact_methods WHERE id = ?", (method_id,)).fetchone()
        if existing is None:
            raise ApiError.single("Invalid ID specified")

    given = _flat_values(ctx)
    current = dict(existing) if existing is not None else {}
    messages = Messages()

    contact = given.get("contact", current.get("contact", ""))
    if not contact:
        messages.add(compulsory("Contact"), "contact")

    type_letter: str | None = given.get("type", current.get("type", ""))
    if not type_letter:
        messages.add(compulsory("Type"), "type")
    else:
        type_letter = contact_type(type_letter)
        if type_letter is None:
            messages.add(INVALID_TYPE, "type")

    raw_org = given.get("organisation_id", str(current.get("organisation_id", "")))
    org_id = strict_int(raw_org) if raw_org else None
    if not raw_org:
        messages.add(compulsory("Organisation"), "organisation_id")
    elif (
        org_id is None
        or conn.execute("SELECT 1 FROM organisations WHERE id = ?", (org_id,)).fetchone() is None
    ):
        messages.add("Invalid ID specified", "organisation_id")

    if messages:
        raise ApiError(messages)
    assert type_letter is not None and org_id is not None

    name = given.get("name", current.get("name", "")) or DEFAULT_NAME
    if "main" in given:
        main = php_truthy(given["main"])
    elif existing is not None and existing["type"] == type_letter and existing["organisation_id"] == org_id:
        main = bool(existing["main"])
    else:
        main = not has_main(conn, org_id, type_letter)

    values = {
        "organisation_id": org_id,
        "type": type_letter,
        "name": name,
        "contact": contact,
        "main": int(main),
    }
    if existing is None:
        method_id = insert_row(conn, "contact_methods", values)
    else:
        method_id = int(existing["id"])
        update_row(conn, "contact_methods", method_id, values)
    if main:
        make_main(conn, method_id)
    return {"id": method_id}
