"""Custom fields and their values, emitted raw as the real server's DB rows (strings, 't'/'f')."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from tactile_fake.php import JsonValue, Shared


def _flag(value: int | None) -> str | None:
    return None if value is None else ("t" if value else "f")


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def custom_fields(conn: sqlite3.Connection, enabled_for: str) -> Shared:
    """Customfield::toArray for every field enabled for 'organisations' or 'opportunities'.

    Every record of a response carries this same list: it is encoded once per response (Shared).
    """
    if enabled_for not in ("organisations", "opportunities"):
        raise ValueError(enabled_for)
    rows = conn.execute(f"SELECT * FROM custom_fields WHERE {enabled_for} = 1 ORDER BY id").fetchall()
    fields: list[JsonValue] = []
    for row in rows:
        field: dict[str, JsonValue] = {
            "id": str(row["id"]),
            "name": row["name"],
            "type": row["type"],
            "enabled_for": {
                "organisations": _flag(row["organisations"]),
                "opportunities": _flag(row["opportunities"]),
                "activities": _flag(row["activities"]),
                "people": _flag(row["people"]),
            },
        }
        if row["type"] == "s":
            options = conn.execute(
                "SELECT id, value FROM custom_field_options WHERE field_id = ? ORDER BY id", (row["id"],)
            ).fetchall()
            if options:
                field["options"] = {str(o["id"]): {"id": str(o["id"]), "value": o["value"]} for o in options}
        fields.append(field)
    return Shared(fields)


def custom_values(conn: sqlite3.Connection, column: str, ids: Sequence[int]) -> dict[int, list[JsonValue]]:
    """CustomfieldMap::toArray per entity id; `column` is 'organisation_id' or 'opportunity_id'."""
    if column not in ("organisation_id", "opportunity_id"):
        raise ValueError(column)
    result: dict[int, list[JsonValue]] = {entity_id: [] for entity_id in ids}
    if not ids:
        return result
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        "SELECT m.*, f.name AS field_name, f.type AS field_type, o.value AS option_name"
        " FROM custom_field_map m JOIN custom_fields f ON f.id = m.field_id"
        " LEFT JOIN custom_field_options o ON o.id = m.option_id"
        f" WHERE m.{column} IN ({marks}) ORDER BY m.id",
        list(ids),
    ).fetchall()
    hash_prefix = "org" if column == "organisation_id" else "opp"
    for row in rows:
        result[row[column]].append(
            {
                "id": str(row["id"]),
                "field_id": str(row["field_id"]),
                "organisation_id": _text(row["organisation_id"]),
                "person_id": None,
                "activity_id": None,
                "value": row["value"],
                "value_numeric": row["value_numeric"],
                "enabled": _flag(row["enabled"]),
                "option": _text(row["option_id"]),
                "hash": f"{hash_prefix}{row[column]}",
                "option_name": row["option_name"],
                "name": row["field_name"],
                "type": row["field_type"],
            }
        )
    return result
