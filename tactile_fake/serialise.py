"""Entities as the real server's asJson() methods emit them: key order, types and quirks (facts §4)."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

from tactile_fake.clock import iso_timestamp
from tactile_fake.formatting import h
from tactile_fake.php import JsonValue


def _text(value: object) -> str | None:
    """asJson's string fields: '' and NULL both become null."""
    if value is None or value == "":
        return None
    return str(value)


def _number(value: int | None) -> int | None:
    return None if value is None else int(value)


def cost_number(pence: int | None) -> int | float | None:
    """PHP json_encode of a float: whole amounts print without a fraction (100000, 1234.5)."""
    if pence is None:
        return None
    if pence % 100 == 0:
        return pence // 100
    return pence / 100


def organisation_json(
    row: Mapping[str, Any],
    tags: list[str],
    custom_fields: JsonValue,
    custom_values: list[JsonValue],
    *,
    in_list: bool,
) -> dict[str, JsonValue]:
    """Tactile_Organisation::asJson. `phone`/`email` are "" when absent on view, null in lists."""
    missing_contact = None if in_list else ""
    json: dict[str, JsonValue] = {
        "name": _text(row["name"]),
        "description": _text(row["description"]),
        "accountnumber": _text(row["accountnumber"]),
        "phone": _text(row["phone"]) if row["phone"] else missing_contact,
        "email": _text(row["email"]) if row["email"] else missing_contact,
        "owner": _text(row["owner"]),
        "assigned_to": _text(row["assigned_to"]),
    }
    for field in ("street1", "street2", "street3", "town", "county", "postcode", "country", "country_code"):
        json[field] = _text(row[field])
    json["id"] = _number(row["id"])
    json["parent_id"] = _number(row["parent_id"])
    json["parent"] = h(_text(row["parent"]))
    json["created"] = iso_timestamp(_text(row["created"]))
    json["lastupdated"] = iso_timestamp(_text(row["lastupdated"]))
    for field in ("status", "source", "classification", "rating", "industry", "type"):
        json[field] = _text(row[field])
    if tags:
        json["tags"] = list(tags)
    json["custom_fields"] = custom_fields
    json["custom_values"] = custom_values
    return json


def opportunity_json(
    row: Mapping[str, Any],
    tags: list[str],
    custom_fields: JsonValue,
    custom_values: list[JsonValue],
    *,
    in_list: bool,
) -> dict[str, JsonValue]:
    """Tactile_Opportunity::asJson. Lookup names are HTML-escaped, except `status` in lists."""
    status = _text(row["status"])
    json: dict[str, JsonValue] = {
        "name": _text(row["name"]),
        "description": _text(row["description"]),
        "organisation": _text(row["organisation"]),
        "owner": _text(row["owner"]),
        "assigned_to": _text(row["assigned_to"]),
        "alteredby": _text(row["alteredby"]),
        "id": _number(row["id"]),
        "probability": _number(row["probability"]),
        "organisation_id": _number(row["organisation_id"]),
        "cost": cost_number(row["cost_pence"]),
        "archived": bool(row["archived"]),
        "status": status if in_list else h(status),
        "type": h(_text(row["type"])),
        "source": h(_text(row["source"])),
        "created": iso_timestamp(_text(row["created"])),
        "lastupdated": iso_timestamp(_text(row["lastupdated"])),
        "enddate": _text(row["enddate"]),
    }
    if row["person_id"] is None:
        json["person_id"] = None
        json["person"] = None
    else:
        json["person_id"] = _number(row["person_id"])
        json["person"] = _text(row["person"])
    if tags:
        json["tags"] = list(tags)
    json["custom_fields"] = custom_fields
    json["custom_values"] = custom_values
    return json


def contact_method_json(row: sqlite3.Row) -> dict[str, JsonValue]:
    """Tactile_Organisationcontactmethod::asJson, including the undocumented `main`."""
    return {
        "contact": row["contact"],
        "type": row["type"],
        "name": row["name"],
        "id": int(row["id"]),
        "organisation_id": int(row["organisation_id"]),
        "main": bool(row["main"]),
    }
