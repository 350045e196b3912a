"""N synthetic organisations with opportunities, notes, emails, contacts and tags, for benchmarks.

Deterministic from N (the random generator is seeded with it), plausible rather than random
noise, and bulk-inserted with executemany: 10,000 organisations take about a second.
"""

from __future__ import annotations

import random
import sqlite3
from collections import defaultdict
from datetime import datetime, timedelta

from tactile_fake import lookups
from tactile_fake.account_numbers import account_number_stem, with_suffix
from tactile_fake.auth import USER_SUFFIX
from tactile_fake.store import EMAIL_COLUMNS, NOTE_COLUMNS, OPPORTUNITY_COLUMNS, insert_rows

START = datetime(2007, 1, 1, 8, 0, 0)
SPAN_DAYS = (datetime(2025, 12, 31) - START).days
WORKING_DAY_SECONDS = 10 * 3600

PREFIXES = [
    "Northern",
    "Southern",
    "Bright",
    "Apex",
    "Silver",
    "Granite",
    "Harbour",
    "Meadow",
    "Crown",
    "Pioneer",
    "Riverside",
    "Summit",
    "Oak",
    "Kestrel",
    "Beacon",
    "Bluebell",
    "Castle",
    "Copper",
    "Evergreen",
    "Falcon",
    "Highland",
    "Ivy",
    "Juniper",
    "Lakeside",
    "Maple",
    "Orchard",
    "Phoenix",
    "Quarry",
    "Redwood",
    "Sterling",
]
NOUNS = [
    "Logistics",
    "Bakery",
    "Engineering",
    "Consulting",
    "Textiles",
    "Joinery",
    "Software",
    "Dental Care",
    "Print Works",
    "Motors",
    "Brewing",
    "Architects",
    "Plumbing",
    "Roofing",
    "Catering",
    "Media",
    "Solicitors",
    "Veterinary",
    "Recruitment",
    "Landscaping",
    "Electrical",
    "Analytics",
    "Florists",
    "Removals",
    "Optics",
]
SUFFIXES = ["Ltd", "Ltd", "Ltd", "PLC", "& Co", "Group", "LLP", "Partners", ""]
TOWNS = [
    ("Coventry", "West Midlands", "CV"),
    ("Leeds", "West Yorkshire", "LS"),
    ("Bristol", None, "BS"),
    ("Norwich", "Norfolk", "NR"),
    ("Exeter", "Devon", "EX"),
    ("York", "North Yorkshire", "YO"),
    ("Cardiff", None, "CF"),
    ("Glasgow", None, "G"),
    ("Brighton", "East Sussex", "BN"),
    ("Oxford", None, "OX"),
]
STREETS = [
    "High Street",
    "Station Road",
    "Church Lane",
    "Mill Road",
    "Victoria Street",
    "Park Avenue",
    "Quay Side",
]
FIRST_NAMES = [
    "Alice",
    "Ben",
    "Chloe",
    "Dan",
    "Emma",
    "Farid",
    "Grace",
    "Hugo",
    "Isla",
    "Jack",
    "Kiran",
    "Lucy",
]
SURNAMES = ["Walker", "Patel", "Hughes", "Khan", "Murphy", "Evans", "Wood", "Turner", "Reid", "Shaw", "Price"]
OPPORTUNITY_NAMES = [
    "Website Redesign",
    "Annual Maintenance",
    "New Premises Fit-out",
    "Fleet Renewal",
    "Staff Training",
    "Marketing Campaign",
    "Software Licences",
    "Consultancy Retainer",
    "Equipment Lease",
    "Support Contract",
]
NOTE_TITLES = ["Phone call", "Meeting notes", "Follow-up", "Quote requested", "Complaint", "Visit booked"]
NOTE_BODIES = [
    "Spoke to {person}; they want a revised quote by Friday.",
    "Met {person} on site. Next step: send the proposal.\nBudget confirmed.",
    "{person} asked for references - see https://www.example.com/case-studies",
    "Left a voicemail for {person}.",
]
EMAIL_SUBJECTS = ["Re: Quote", "Invoice query", "Meeting next week", "Re: Proposal", "Introduction"]
TAG_NAMES = ["VIP", "Supplier", "Partner", "Newsletter", "Trade", "Dormant"]
ACTIVE_USERS = ["dave", "david", "george", "greg", "paul"]


# Timestamps below are whole seconds, so isoformat(" ") is the DB format (and much faster than strftime).


def _when(rng: random.Random) -> datetime:
    """A moment in office hours (08:00-18:00) between 2007 and 2025."""
    return START + timedelta(days=rng.randrange(SPAN_DAYS), seconds=rng.randrange(WORKING_DAY_SECONDS))


def _later(rng: random.Random, moment: datetime, max_days: int = 400) -> datetime:
    return moment + timedelta(seconds=rng.randrange(max_days * 86400))


def _next_id(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}").fetchone()[0])


def _lookup_ids(conn: sqlite3.Connection, kind: str) -> list[int]:
    return [row[0] for row in conn.execute("SELECT id FROM lookups WHERE kind = ? ORDER BY id", (kind,))]


class _Ids:
    """Consecutive ids per table, continuing after the example data."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._next = {
            table: _next_id(conn, table)
            for table in (
                "organisations",
                "opportunities",
                "notes",
                "emails",
                "contact_methods",
                "people",
                "tags",
            )
        }

    def take(self, table: str) -> int:
        number = self._next[table]
        self._next[table] = number + 1
        return number


def add_synthetic(conn: sqlite3.Connection, count: int) -> None:
    if count <= 0:
        return
    rng = random.Random(count)
    ids = _Ids(conn)
    org_lookups = {field: _lookup_ids(conn, kind) for field, kind in lookups.ORGANISATION_LOOKUPS.items()}
    statuses = _lookup_ids(conn, lookups.OPPORTUNITY_STATUS)
    opp_types = _lookup_ids(conn, lookups.OPPORTUNITY_TYPE)
    opp_sources = _lookup_ids(conn, lookups.OPPORTUNITY_SOURCE)
    roles = {str(row["name"]): int(row["id"]) for row in conn.execute("SELECT id, name FROM roles")}
    taken_numbers: defaultdict[str, int] = defaultdict(int)
    existing_numbers = {str(row[0]) for row in conn.execute("SELECT accountnumber FROM organisations")}
    tag_ids = {}
    for name in TAG_NAMES:
        conn.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (name,))
        tag_ids[name] = int(conn.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()[0])

    orgs, grants, addresses, contacts, people, opps, notes, emails, tag_rows = ([] for _ in range(9))
    for _ in range(count):
        org_id = ids.take("organisations")
        name = " ".join(
            part for part in (rng.choice(PREFIXES), rng.choice(NOUNS), rng.choice(SUFFIXES)) if part
        )
        stem = account_number_stem(name)
        number = taken_numbers[stem] + 1
        while with_suffix(stem, number) in existing_numbers:
            number += 1
        taken_numbers[stem] = number
        owner = f"{rng.choice(ACTIVE_USERS)}{USER_SUFFIX}"
        assigned = f"{rng.choice(ACTIVE_USERS)}{USER_SUFFIX}" if rng.random() < 0.9 else owner
        created = _when(rng)
        updated = _later(rng, created)
        choices = [rng.choice(values) if rng.random() < 0.6 else None for values in org_lookups.values()]
        orgs.append(
            (org_id, name, name.lower(), with_suffix(stem, number), None, owner, assigned, owner, *choices,
             created.isoformat(" "), updated.isoformat(" "))
        )  # fmt: skip
        private = rng.random() < 0.1
        grants.append((org_id, roles[owner] if private else roles[USER_SUFFIX], 1, 1))

        town, county, area = rng.choice(TOWNS)
        if rng.random() < 0.9:
            street = f"{rng.randint(1, 250)} {rng.choice(STREETS)}"
            inward = f"{rng.randint(1, 9)}{rng.choice('ABDEFGHJLN')}{rng.choice('PQRSTUWXYZ')}"
            postcode = f"{area}{rng.randint(1, 20)} {inward}"
            addresses.append((org_id, street, None, None, town, county, postcode, "GB"))
        domain = f"{name.split()[0].lower()}{org_id}.example.com"
        if rng.random() < 0.8:
            phone = f"0{rng.randint(1100, 1999)} {rng.randint(100000, 999999)}"
            contacts.append((ids.take("contact_methods"), org_id, "T", "Main", phone, 1))
        if rng.random() < 0.7:
            contacts.append((ids.take("contact_methods"), org_id, "E", "Main", f"info@{domain}", 1))
        if rng.random() < 0.4:
            contacts.append((ids.take("contact_methods"), org_id, "W", "Main", f"www.{domain}", 1))
        person_id = ids.take("people")
        person = (rng.choice(FIRST_NAMES), rng.choice(SURNAMES))
        people.append((person_id, *person, org_id, owner))
        if rng.random() < 0.2:
            tag_rows.append((tag_ids[rng.choice(TAG_NAMES)], org_id))

        for _ in range(rng.choice((0, 0, 0, 1, 1, 2))):
            opp_created = _later(rng, created)
            opp_name = rng.choice(OPPORTUNITY_NAMES)
            opps.append(
                (ids.take("opportunities"), opp_name, opp_name.lower(), None, org_id,
                 person_id if rng.random() < 0.5 else None, owner, assigned, assigned, rng.choice(statuses),
                 rng.choice(opp_types), rng.choice(opp_sources), rng.randrange(0, 5_000_000) * 100,
                 rng.randrange(0, 21) * 5, _later(rng, opp_created, 120).date().isoformat(),
                 int(rng.random() < 0.1), opp_created.isoformat(" "),
                 _later(rng, opp_created, 60).isoformat(" "))
            )  # fmt: skip
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            note_created = _later(rng, created)
            note_updated = note_created if rng.random() < 0.7 else _later(rng, note_created, 10)
            notes.append(
                (ids.take("notes"), rng.choice(NOTE_TITLES),
                 rng.choice(NOTE_BODIES).format(person=" ".join(person)),
                 org_id, person_id, None, int(rng.random() < 0.1), owner, assigned,
                 note_created.isoformat(" "), note_updated.isoformat(" "))
            )  # fmt: skip
        if rng.random() < 0.4:
            received = _later(rng, created)
            emails.append(
                (ids.take("emails"), rng.choice(EMAIL_SUBJECTS),
                 f"Dear {person[0]},\nThanks for your message.",
                 f"{person[0].lower()}@{domain}", "sales@tactilecrm.com", org_id, person_id, None, assigned,
                 (received + timedelta(minutes=2)).isoformat(" "), received.isoformat(" "))
            )  # fmt: skip

    lookup_columns = [f"{field}_id" for field in lookups.ORGANISATION_LOOKUPS]
    org_columns = (
        "id",
        "name",
        "name_key",
        "accountnumber",
        "description",
        "owner",
        "assigned_to",
        "alteredby",
    )
    insert_rows(conn, "organisations", (*org_columns, *lookup_columns, "created", "lastupdated"), orgs)
    insert_rows(conn, "organisation_roles", ("organisation_id", "role_id", "read", "write"), grants)
    address_columns = ("organisation_id", "street1", "street2", "street3", "town", "county", "postcode")
    insert_rows(conn, "organisation_addresses", (*address_columns, "country_code"), addresses)
    insert_rows(
        conn, "contact_methods", ("id", "organisation_id", "type", "name", "contact", "main"), contacts
    )
    insert_rows(conn, "people", ("id", "firstname", "surname", "organisation_id", "owner"), people)
    insert_rows(conn, "opportunities", OPPORTUNITY_COLUMNS, opps)
    insert_rows(conn, "notes", NOTE_COLUMNS, notes)
    insert_rows(conn, "emails", EMAIL_COLUMNS, emails)
    insert_rows(conn, "tag_map", ("tag_id", "organisation_id"), tag_rows)
