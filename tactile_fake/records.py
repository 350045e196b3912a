"""The JSON of organisations or opportunities by id, in the order asked: one query for the rows, one each
for their tags, the account's custom field definitions and the records' custom values."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from tactile_fake.custom_fields import custom_fields, custom_values
from tactile_fake.php import JsonValue
from tactile_fake.store import dict_rows
from tactile_fake.tags import tags_for


class Serialiser(Protocol):
    """(row, tags, custom field definitions, custom values, in_list) -> the record's JSON."""

    def __call__(
        self,
        row: Mapping[str, Any],
        tags: list[str],
        fields: JsonValue,
        values: list[JsonValue],
        /,
        *,
        in_list: bool,
    ) -> dict[str, JsonValue]: ...


@dataclass(frozen=True)
class RecordKind:
    select: str  # the SELECT … FROM … JOIN … of the kind's rows
    id_column: str  # the row id in that query, e.g. "o.id"
    owner_key: str  # the column that points at the record from tags and custom values
    enabled_for: str  # custom fields enabled for this kind ("organisations", "opportunities")
    serialise: Serialiser


def records_json(
    conn: sqlite3.Connection, kind: RecordKind, ids: Sequence[int], *, in_list: bool
) -> list[JsonValue]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    cursor = conn.execute(f"{kind.select} WHERE {kind.id_column} IN ({marks})", list(ids))
    rows = {row["id"]: row for row in dict_rows(cursor)}
    tags = tags_for(conn, kind.owner_key, ids)
    fields = custom_fields(conn, kind.enabled_for)
    values = custom_values(conn, kind.owner_key, ids)
    return [kind.serialise(rows[i], tags[i], fields, values[i], in_list=in_list) for i in ids]
