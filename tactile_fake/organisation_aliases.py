"""The parts of an organisation save stored outside the organisation row: address and contact aliases.

Address (facts §6.2): top-level street1..3, town, county and country_code, when non-empty, are
moved into the nested `address` object; a top-level `postcode` is ignored (it is only read from
`address.postcode`). The main address row is created or updated; an empty country_code means
the account's country.

Contact aliases `phone`, `email`, `fax`, `website`: a string adds a new main contact method of
that type (the previous main one stays, demoted), `{"id": N, "contact": ...}` updates method N,
and `""`/null deletes the main one (or method N).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from tactile_fake.contact_methods import DEFAULT_NAME, make_main
from tactile_fake.envelope import Messages
from tactile_fake.options import default_country
from tactile_fake.php import JsonValue, NotScalar, field_value, php_empty, strict_int
from tactile_fake.store import insert_row, update_row
from tactile_fake.validation import INVALID_FK, NOT_SCALAR

ADDRESS_FIELDS = ("street1", "street2", "street3", "town", "county", "postcode", "country_code")
TOP_LEVEL_ADDRESS_FIELDS = ("street1", "street2", "street3", "town", "county", "country_code")
ADDRESS_MODEL = "tactile_organisationaddress"
CONTACT_ALIASES = {"phone": "T", "email": "E", "fax": "F", "website": "W"}


@dataclass(frozen=True)
class AddressChange:
    values: dict[str, str]

    def apply(self, conn: sqlite3.Connection, org_id: int) -> None:
        values: dict[str, object] = {name: (value or None) for name, value in self.values.items()}
        if "country_code" in values and values["country_code"] is None:
            values["country_code"] = default_country(conn)
        row = conn.execute(
            "SELECT MIN(id) AS id FROM organisation_addresses WHERE organisation_id = ? AND main = 1",
            (org_id,),
        ).fetchone()
        if row["id"] is None:
            values.setdefault("country_code", default_country(conn))
            insert_row(conn, "organisation_addresses", {"organisation_id": org_id, "main": 1, **values})
        else:
            update_row(conn, "organisation_addresses", row["id"], values)


def address_change(
    conn: sqlite3.Connection, data: dict[str, JsonValue], messages: Messages
) -> AddressChange | None:
    nested = data.get("address")
    if nested is not None and not isinstance(nested, dict):
        messages.add("address must be a JSON object", f"{ADDRESS_MODEL}_address")
        return None
    values: dict[str, str] = {}
    sources = [(nested or {}, ADDRESS_FIELDS, False), (data, TOP_LEVEL_ADDRESS_FIELDS, True)]
    for source, fields, only_non_empty in sources:
        for name in fields:
            if name not in source:
                continue
            try:
                value = field_value(source[name])
            except NotScalar:
                messages.add(NOT_SCALAR.format(label=name), f"{ADDRESS_MODEL}_{name}")
                continue
            if only_non_empty and php_empty(value):
                continue
            values[name] = value
    code = values.get("country_code")
    if code and conn.execute("SELECT 1 FROM countries WHERE code = ?", (code,)).fetchone() is None:
        messages.add(INVALID_FK, f"{ADDRESS_MODEL}_country_code")
    return AddressChange(values) if values else None


@dataclass(frozen=True)
class ContactChange:
    type_letter: str
    contact: str  # '' deletes
    method_id: int | None = None
    name: str | None = None

    def apply(self, conn: sqlite3.Connection, org_id: int) -> None:
        if self.contact == "":
            if self.method_id is not None:
                conn.execute("DELETE FROM contact_methods WHERE id = ?", (self.method_id,))
            else:
                conn.execute(
                    "DELETE FROM contact_methods WHERE organisation_id = ? AND type = ? AND main = 1",
                    (org_id, self.type_letter),
                )
        elif self.method_id is not None:
            conn.execute(
                "UPDATE contact_methods SET contact = ?, name = COALESCE(?, name) WHERE id = ?",
                (self.contact, self.name, self.method_id),
            )
        else:
            values = {"type": self.type_letter, "name": self.name or DEFAULT_NAME, "contact": self.contact}
            make_main(
                conn, insert_row(conn, "contact_methods", {"organisation_id": org_id, "main": 1, **values})
            )


def _contact_change(
    conn: sqlite3.Connection, alias: str, value: JsonValue, org_id: int | None, messages: Messages
) -> ContactChange | None:
    letter = CONTACT_ALIASES[alias]
    if isinstance(value, list):
        messages.add(f"{alias} must be a string, or an object with contact, id and name", alias)
        return None
    if not isinstance(value, dict):
        return ContactChange(letter, field_value(value))
    try:
        contact = field_value(value.get("contact"))
        raw_id = field_value(value.get("id"))
        name = field_value(value.get("name")) or None
    except NotScalar:
        messages.add(NOT_SCALAR.format(label=alias), alias)
        return None
    method_id = None
    if raw_id:
        method_id = strict_int(raw_id)
        owned = (
            method_id is not None
            and org_id is not None
            and conn.execute(
                "SELECT 1 FROM contact_methods WHERE id = ? AND organisation_id = ?", (method_id, org_id)
            ).fetchone()
        )
        if not owned:
            messages.add(INVALID_FK, alias)
            return None
    return ContactChange(letter, contact, method_id, name)


def contact_changes(
    conn: sqlite3.Connection, data: dict[str, JsonValue], org_id: int | None, messages: Messages
) -> list[ContactChange]:
    changes = []
    for alias in CONTACT_ALIASES:
        if alias in data:
            change = _contact_change(conn, alias, data[alias], org_id, messages)
            if change is not None:
                changes.append(change)
    return changes
