"""SQLite storage: the schema, one shared connection, and the lock that serialises requests.

Every request runs its whole read or write under one re-entrant lock, inside one transaction.
That is what makes concurrent saves safe (no lost updates, unique account numbers) without
relying on SQLite's own busy handling, and it costs nothing at the request rates of a fake.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SCHEMA_VERSION = "1"

SCHEMA = """
CREATE TABLE IF NOT EXISTS settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS users (
    username TEXT PRIMARY KEY,          -- 'greg//sample', as the real server stores it
    is_admin INTEGER NOT NULL DEFAULT 0,
    enabled INTEGER NOT NULL DEFAULT 1,
    api_token TEXT UNIQUE,
    firstname TEXT NOT NULL,
    surname TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS roles (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS hasrole (
    role_id INTEGER NOT NULL REFERENCES roles(id),
    username TEXT NOT NULL REFERENCES users(username),
    PRIMARY KEY (role_id, username)
);
CREATE INDEX IF NOT EXISTS hasrole_username ON hasrole(username);

-- One table for every user-configurable lookup (organisation status, opportunity source, ...).
CREATE TABLE IF NOT EXISTS lookups (
    kind TEXT NOT NULL,
    id INTEGER NOT NULL,
    name TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    open INTEGER NOT NULL DEFAULT 1,    -- opportunity statuses only
    won INTEGER NOT NULL DEFAULT 0,     -- opportunity statuses only
    PRIMARY KEY (kind, id)
);
CREATE TABLE IF NOT EXISTS countries (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS organisations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,             -- lower(name): ordering and case-insensitive filters
    accountnumber TEXT UNIQUE,
    description TEXT,
    parent_id INTEGER,
    owner TEXT NOT NULL,
    assigned_to TEXT,
    alteredby TEXT,
    status_id INTEGER,
    source_id INTEGER,
    classification_id INTEGER,
    rating_id INTEGER,
    industry_id INTEGER,
    type_id INTEGER,
    created TEXT NOT NULL,               -- 'YYYY-MM-DD HH:MM:SS', Europe/London wall clock
    lastupdated TEXT NOT NULL
);
-- The lists' order (name_key, name, id): one index walk, no sort of the whole table per page.
DROP INDEX IF EXISTS organisations_name_key;
CREATE INDEX IF NOT EXISTS organisations_list_order ON organisations(name_key, name, id);
CREATE INDEX IF NOT EXISTS organisations_created ON organisations(created);
CREATE INDEX IF NOT EXISTS organisations_lastupdated ON organisations(lastupdated);
CREATE INDEX IF NOT EXISTS organisations_assigned_to ON organisations(assigned_to);
CREATE INDEX IF NOT EXISTS organisations_parent_id ON organisations(parent_id);

CREATE TABLE IF NOT EXISTS organisation_roles (
    organisation_id INTEGER NOT NULL,
    role_id INTEGER NOT NULL,
    read INTEGER NOT NULL DEFAULT 0,
    write INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (organisation_id, role_id)
);
CREATE INDEX IF NOT EXISTS organisation_roles_role ON organisation_roles(role_id, organisation_id);

CREATE TABLE IF NOT EXISTS organisation_addresses (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL,
    street1 TEXT,
    street2 TEXT,
    street3 TEXT,
    town TEXT,
    county TEXT,
    postcode TEXT,
    country_code TEXT,
    main INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS organisation_addresses_org ON organisation_addresses(organisation_id, main);

CREATE TABLE IF NOT EXISTS contact_methods (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    contact TEXT NOT NULL,
    main INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS contact_methods_org ON contact_methods(organisation_id, type, main);

CREATE TABLE IF NOT EXISTS people (
    id INTEGER PRIMARY KEY,
    firstname TEXT NOT NULL,
    surname TEXT NOT NULL,
    organisation_id INTEGER,
    owner TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS opportunities (
    id INTEGER PRIMARY KEY,
    status_id INTEGER,
    organisation_id INTEGER,
    person_id INTEGER,
    owner TEXT NOT NULL,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    description TEXT,
    cost_pence INTEGER,                 -- numeric(10,2) held exactly
    probability INTEGER NOT NULL DEFAULT 0,
    enddate TEXT NOT NULL,
    type_id INTEGER,
    source_id INTEGER,
    assigned_to TEXT,
    created TEXT NOT NULL,
    lastupdated TEXT NOT NULL,
    alteredby TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0
);
DROP INDEX IF EXISTS opportunities_name_key;
CREATE INDEX IF NOT EXISTS opportunities_list_order ON opportunities(name_key, name, id);
CREATE INDEX IF NOT EXISTS opportunities_organisation ON opportunities(organisation_id);
CREATE INDEX IF NOT EXISTS opportunities_created ON opportunities(created);
CREATE INDEX IF NOT EXISTS opportunities_lastupdated ON opportunities(lastupdated);

CREATE TABLE IF NOT EXISTS notes (
    id INTEGER PRIMARY KEY,
    title TEXT,
    note TEXT,
    organisation_id INTEGER,
    person_id INTEGER,
    opportunity_id INTEGER,
    private INTEGER NOT NULL DEFAULT 0,
    owner TEXT NOT NULL,
    alteredby TEXT NOT NULL,
    created TEXT NOT NULL,
    lastupdated TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS notes_organisation ON notes(organisation_id, lastupdated);
CREATE INDEX IF NOT EXISTS notes_opportunity ON notes(opportunity_id, lastupdated);

CREATE TABLE IF NOT EXISTS emails (
    id INTEGER PRIMARY KEY,
    subject TEXT,
    body TEXT,
    email_from TEXT,
    email_to TEXT,
    organisation_id INTEGER,
    person_id INTEGER,
    opportunity_id INTEGER,
    owner TEXT NOT NULL,
    created TEXT NOT NULL,
    received TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS emails_organisation ON emails(organisation_id, received);
CREATE INDEX IF NOT EXISTS emails_opportunity ON emails(opportunity_id, received);

CREATE TABLE IF NOT EXISTS tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE           -- exact, case-sensitive, like the real UNIQUE(name, account)
);
CREATE TABLE IF NOT EXISTS tag_map (
    id INTEGER PRIMARY KEY,             -- insertion order: entities list tags newest first
    tag_id INTEGER NOT NULL,
    organisation_id INTEGER,
    opportunity_id INTEGER
);
CREATE UNIQUE INDEX IF NOT EXISTS tag_map_org ON tag_map(organisation_id, tag_id)
    WHERE organisation_id IS NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS tag_map_opp ON tag_map(opportunity_id, tag_id)
    WHERE opportunity_id IS NOT NULL;

CREATE TABLE IF NOT EXISTS custom_fields (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,                 -- 't' text, 'n' numeric, 's' select, 'c' checkbox
    organisations INTEGER NOT NULL DEFAULT 0,
    opportunities INTEGER NOT NULL DEFAULT 0,
    activities INTEGER NOT NULL DEFAULT 0,
    people INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS custom_field_options (
    id INTEGER PRIMARY KEY,
    field_id INTEGER NOT NULL,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS custom_field_map (
    id INTEGER PRIMARY KEY,
    field_id INTEGER NOT NULL,
    organisation_id INTEGER,
    opportunity_id INTEGER,
    value TEXT,
    value_numeric TEXT,
    enabled INTEGER,
    option_id INTEGER
);
CREATE INDEX IF NOT EXISTS custom_field_map_org ON custom_field_map(organisation_id);
CREATE INDEX IF NOT EXISTS custom_field_map_opp ON custom_field_map(opportunity_id);
"""


# Column orders shared by the seed data and the synthetic generator.
OPPORTUNITY_COLUMNS = (
    "id",
    "name",
    "name_key",
    "description",
    "organisation_id",
    "person_id",
    "owner",
    "assigned_to",
    "alteredby",
    "status_id",
    "type_id",
    "source_id",
    "cost_pence",
    "probability",
    "enddate",
    "archived",
    "created",
    "lastupdated",
)
NOTE_COLUMNS = (
    "id",
    "title",
    "note",
    "organisation_id",
    "person_id",
    "opportunity_id",
    "private",
    "owner",
    "alteredby",
    "created",
    "lastupdated",
)
EMAIL_COLUMNS = (
    "id",
    "subject",
    "body",
    "email_from",
    "email_to",
    "organisation_id",
    "person_id",
    "opportunity_id",
    "owner",
    "created",
    "received",
)


def _fold(value: str | None) -> str | None:
    return None if value is None else str(value).lower()


class SchemaMismatch(RuntimeError):
    """The database file was written by an incompatible version of the fake."""


class Store:
    """One SQLite connection shared by all requests, guarded by a lock."""

    def __init__(self, db_path: str | None = None) -> None:
        self.path = db_path
        target = ":memory:" if db_path is None else str(Path(db_path))
        # isolation_level=None: transactions are opened explicitly by `transaction()`.
        self._conn = sqlite3.connect(target, check_same_thread=False, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        # SQLite's lower() folds ASCII only; filters compare with Python's Unicode lower().
        self._conn.create_function("fold", 1, _fold, deterministic=True)
        self.lock = threading.RLock()
        if db_path is not None:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.executescript(SCHEMA)
        self._check_version()

    def _check_version(self) -> None:
        row = self._conn.execute("SELECT value FROM settings WHERE key = 'schema_version'").fetchone()
        if row is None:
            self._conn.execute(
                "INSERT INTO settings (key, value) VALUES ('schema_version', ?)", (SCHEMA_VERSION,)
            )
        elif row["value"] != SCHEMA_VERSION:
            raise SchemaMismatch(
                f"{self.path}: schema version {row['value']}, this fake needs {SCHEMA_VERSION}; "
                "delete the file to start afresh"
            )

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run a unit of work atomically; readers use it too, for a consistent snapshot."""
        with self.lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def setting(self, key: str) -> str | None:
        with self.lock:
            row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row["value"])

    def close(self) -> None:
        with self.lock:
            self._conn.close()


def dict_rows(cursor: sqlite3.Cursor) -> Iterator[dict[str, Any]]:
    """A result's rows as plain dicts: a serialiser reading ~40 columns by name per row does it
    several times faster than with sqlite3.Row, whose lookup by name scans the column names."""
    names = [column[0] for column in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))


def insert_rows(
    conn: sqlite3.Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]
) -> None:
    """Bulk INSERT of rows given in `columns` order."""
    marks = ", ".join("?" * len(columns))
    conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


def insert_row(conn: sqlite3.Connection, table: str, values: Mapping[str, object]) -> int:
    """INSERT one row from a column -> value mapping; returns the new rowid."""
    marks = ", ".join("?" * len(values))
    cursor = conn.execute(
        f"INSERT INTO {table} ({', '.join(values)}) VALUES ({marks})", list(values.values())
    )
    return int(cursor.lastrowid or 0)


def update_row(conn: sqlite3.Connection, table: str, row_id: int, values: Mapping[str, object]) -> None:
    if values:
        assignments = ", ".join(f"{name} = ?" for name in values)
        conn.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*values.values(), row_id])
