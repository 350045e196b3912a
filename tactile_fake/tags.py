"""Tags: listing them on entities (newest first) and the add_tag action of both families."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from tactile_fake.context import Context
from tactile_fake.envelope import ApiError, Messages
from tactile_fake.permissions import can_edit_opportunity, can_write_organisation
from tactile_fake.php import PHP_TRIM_CHARS, JsonValue, strict_int

ERROR_TAGGING = "Error Tagging"
ALREADY_TAGGED = "Item already has that tag"
TAG_REQUIRED = "Name is a compulsory field, you must enter a value"
NO_PERMISSION = "You do not have permission to edit this item"
INVALID_ID = "Invalid ID specified"

_COLUMNS = {"organisations": "organisation_id", "opportunities": "opportunity_id"}


def tags_for(conn: sqlite3.Connection, column: str, ids: Sequence[int]) -> dict[int, list[str]]:
    if column not in _COLUMNS.values():
        raise ValueError(column)
    result: dict[int, list[str]] = {entity_id: [] for entity_id in ids}
    if not ids:
        return result
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        f"SELECT m.{column} AS entity_id, t.name FROM tag_map m JOIN tags t ON t.id = m.tag_id"
        f" WHERE m.{column} IN ({marks}) ORDER BY m.id DESC",
        list(ids),
    ).fetchall()
    for row in rows:
        result[row["entity_id"]].append(row["name"])
    return result


def _may_tag(ctx: Context, area: str, entity_id: int) -> bool | None:
    """None when the entity does not exist, else whether the caller may edit it."""
    if area == "organisations":
        exists = ctx.conn.execute("SELECT 1 FROM organisations WHERE id = ?", (entity_id,)).fetchone()
        return None if exists is None else can_write_organisation(ctx.conn, ctx.user, entity_id)
    row = ctx.conn.execute("SELECT * FROM opportunities WHERE id = ?", (entity_id,)).fetchone()
    return None if row is None else can_edit_opportunity(ctx.conn, ctx.user, row)


def add_tag(ctx: Context) -> dict[str, JsonValue]:
    area = ctx.request.area
    raw_id = ctx.request.text_param("id")
    entity_id = None if raw_id is None else strict_int(raw_id)
    allowed = None if entity_id is None else _may_tag(ctx, area, entity_id)
    if entity_id is None or allowed is None:
        raise ApiError.single(INVALID_ID)
    if not allowed:
        raise ApiError.single(NO_PERMISSION)

    sent = ctx.request.text_param("tag")
    name = (sent or "").strip(PHP_TRIM_CHARS)
    if not name:
        messages = Messages()
        messages.add(TAG_REQUIRED, "name")
        messages.add(ERROR_TAGGING)
        raise ApiError(messages)

    conn = ctx.conn
    conn.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (name,))
    tag_id = conn.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()["id"]
    column = _COLUMNS[area]
    already = conn.execute(
        f"SELECT 1 FROM tag_map WHERE tag_id = ? AND {column} = ?", (tag_id, entity_id)
    ).fetchone()
    if already is not None:
        messages = Messages()
        messages.add(ALREADY_TAGGED, "tag")
        messages.add(ERROR_TAGGING)
        raise ApiError(messages)
    conn.execute(f"INSERT INTO tag_map (tag_id, {column}) VALUES (?, ?)", (tag_id, entity_id))
    # The real template interpolates the raw tag and breaks on '"'; here it is JSON-encoded properly.
    return {"tag": sent}
