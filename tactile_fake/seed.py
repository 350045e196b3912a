"""The seed data: the API documentation's own examples, on one account called "sample".

Users paul, george, greg (admin), dave and david, plus sam (disabled); the lookups of the docs'
options examples; Acme Boats Ltd. (9876) with opportunity 1234 "Boating eCommerce Website" for
Bill Smith (87254); Bob the Builder (1234) with contact methods 1-4, note 16936 and email 3985;
Adam the Plumber (ATP01); Acme Corp. (12676) with note 885 "Invoices Sent". A few more records
exercise the permission rules: a private organisation, one whose owner cannot list it, a shared
group role, a won, an archived and an organisation-less opportunity, a private note.
"""

from __future__ import annotations

import logging
import sqlite3

from tactile_fake import lookups
from tactile_fake.auth import USER_SUFFIX, demo_token
from tactile_fake.store import EMAIL_COLUMNS, NOTE_COLUMNS, OPPORTUNITY_COLUMNS, Store, insert_rows
from tactile_fake.synthetic import add_synthetic

log = logging.getLogger(__name__)

# short name, admin, enabled, first name, surname
USERS = [
    ("dave", False, True, "Dave", "Jones"),
    ("david", False, True, "David", "Clarke"),
    ("george", False, True, "George", "Step"),
    ("greg", True, True, "Greg", "Hartley"),
    ("paul", False, True, "Paul", "Dixon"),
    ("sam", False, False, "Sam", "Carter"),
]
ADMIN_USER = "greg"
NORMAL_USER = "paul"

LOOKUPS: dict[str, list[tuple[int, str]]] = {
    lookups.ORGANISATION_STATUS: [
        (1, "Prospect"),
        (2, "Lead"),
        (3, "Qualified"),
        (4, "Developed"),
        (5, "Closed"),
    ],
    lookups.ORGANISATION_SOURCE: [
        (3, "Word of Mouth"),
        (7, "Website"),
        (8, "Telephone"),
        (11, "Newsletters"),
    ],
    lookups.ORGANISATION_CLASSIFICATION: [
        (1, "Micro"),
        (2, "SME"),
        (3, "Medium"),
        (4, "Large"),
        (5, "Multi-National"),
        (6, "Public Sector"),
    ],
    lookups.ORGANISATION_RATING: [(1, "Poor"), (2, "Fair"), (3, "Good")],
    lookups.ORGANISATION_INDUSTRY: [
        (2, "Design Agency"),
        (3, "Software House"),
        (4, "Consultancy"),
        (5, "Utilities"),
    ],
    lookups.ORGANISATION_TYPE: [(1, "Ltd"), (2, "Government Funded"), (3, "PLC")],
    # Opportunity lookups are listed in position order.
    lookups.OPPORTUNITY_TYPE: [(1, "Existing Business"), (2, "New Business")],
    lookups.OPPORTUNITY_SOURCE: [
        (3, "Google"),
        (17, "Newsletters"),
        (8, "Website"),
        (394, "Telemarketing (Internal)"),
        (5, "Word of Mouth"),
        (7, "Yellow Pages"),
    ],
}
# id, name, open, won (in position order)
OPPORTUNITY_STATUSES = [
    (1, "New", True, False),
    (2, "Preliminaries", True, False),
    (3, "Discussion", True, False),
    (4, "Negotiation", True, False),
    (5, "Won", False, True),
    (6, "Lost", False, False),
]

COUNTRIES = [
    ("AF", "Afghanistan"),
    ("AL", "Albania"),
    ("DZ", "Algeria"),
    ("AR", "Argentina"),
    ("AU", "Australia"),
    ("AT", "Austria"),
    ("BE", "Belgium"),
    ("BR", "Brazil"),
    ("CA", "Canada"),
    ("CN", "China"),
    ("DK", "Denmark"),
    ("FI", "Finland"),
    ("FR", "France"),
    ("DE", "Germany"),
    ("GR", "Greece"),
    ("IN", "India"),
    ("IE", "Ireland"),
    ("IT", "Italy"),
    ("JP", "Japan"),
    ("MX", "Mexico"),
    ("NL", "Netherlands"),
    ("NZ", "New Zealand"),
    ("NO", "Norway"),
    ("PL", "Poland"),
    ("PT", "Portugal"),
    ("ZA", "South Africa"),
    ("ES", "Spain"),
    ("SE", "Sweden"),
    ("CH", "Switzerland"),
    ("GB", "United Kingdom"),
    ("US", "United States"),
    ("ZM", "Zambia"),
    ("ZW", "Zimbabwe"),
]

# Roles: the account-wide one ('//sample'), one personal role per user, and a group.
SALES_ROLE = "Sales"
SALES_MEMBERS = ("paul", "george")

# id, name, type, organisations, opportunities
CUSTOM_FIELDS = [
    (1, "Employees", "n", True, False),
    (2, "Credit Limit", "n", True, False),
    (3, "VAT Number", "t", True, False),
    (4, "Company Number", "t", True, False),
    (5, "Region", "s", True, True),
]
REGIONS = [(1, "North"), (2, "Midlands"), (3, "South"), (4, "Overseas")]


def _u(short: str) -> str:
    return f"{short}{USER_SUFFIX}"


# fmt: off
# id, name, accountnumber, description, parent_id, owner, assigned_to, status, source, classification,
# rating, industry, type, created, lastupdated, sharing ('everyone' | role name)
ORGANISATIONS = [
    (1201, "Adam the Plumber", "ATP01", None, None, "greg", "greg", 2, 3, 1, 2, None, 1,
     "2009-03-13 09:12:24", "2009-03-16 13:48:22", "everyone"),
    (1234, "Bob the Builder", "BTB01", "A Building company", None, "george", "george", None, None, None, None,
     None, None, "2007-07-31 16:35:09", "2009-03-17 11:13:15", "everyone"),
    (9876, "Acme Boats Ltd.", "ABL01", "Boat accessories, chandlery and repairs", None, "paul", "paul",
     3, 7, 2, 3, 3, 1, "2008-11-20 10:02:11", "2009-02-02 15:31:43", "everyone"),
    (12676, "Acme Corp.", "ACME01", None, None, "george", "george", 4, 11, 4, 3, 4, 3,
     "2007-10-30 09:30:00", "2007-11-02 12:58:50", "everyone"),
    (1300, "Hartley Holdings", "HAHO01", "Greg's own investments", None, "greg", "greg",
     None, None, None, None, None, None, "2008-05-01 08:00:00", "2008-05-01 08:00:00", "greg"),
    (1301, "Dixon & Daughters", "DID01", "Family firm <est. 1952>", None, "paul", "paul", 1, None, 1, None,
     None, 1, "2009-01-05 14:20:00", "2009-01-05 14:20:00", "greg"),
    (1302, "Coventry Tiles Ltd", "CTL01", None, 1234, "george", "dave", None, 3, 2, None, None, 1,
     "2009-02-10 11:00:00", "2009-02-11 16:45:10", "everyone"),
    (1303, "Zenith Analytics", "ZEAN01", "Data consultancy", 1301, "greg", "paul", 2, 8, 3, 2, 4, 3,
     "2009-06-15 09:45:00", "2009-07-01 12:00:00", SALES_ROLE),
]

# id, organisation_id, street1, street2, street3, town, county, postcode, country_code
ADDRESSES = [
    (1, 1234, "Business Innovation Centre", "Binley Business Park", None, "Coventry", None, "CV3 2TX", "GB"),
    (2, 9876, "Ocean Village", "Canute Road", None, "Southampton", "Hampshire", "SO14 3JS", "GB"),
    (3, 12676, "1 Infinite Loop", None, None, "Cupertino", "California", "95014", "US"),
    (4, 1201, "14 Pipe Lane", None, None, "Leamington Spa", "Warwickshire", "CV32 4AB", "GB"),
    (5, 1301, "2 Mill Street", None, None, "Kenilworth", None, "CV8 1AA", "GB"),
]

# id, organisation_id, type, name, contact, main
CONTACT_METHODS = [
    (1, 1234, "T", "Main", "02476 555 400", True),
    (2, 1234, "W", "Main", "www.example.com", True),
    (3, 1234, "E", "Main", "info@example.com", True),
    (4, 1234, "F", "Main", "02476 555 401", True),
    (5, 9876, "T", "Main", "023 8055 5100", True),
    (6, 9876, "E", "Main", "sales@acmeboats.example.com", True),
    (7, 9876, "E", "Accounts", "accounts@acmeboats.example.com", False),
    (8, 12676, "E", "Main", "hello@acme-corp.example.com", True),
    (9, 1201, "M", "Adam", "07700 900123", True),
]

PEOPLE = [(87254, "Bill", "Smith", 9876, "paul"), (105992, "Bob", "Builder", 1234, "george")]

# id, name, description, organisation_id, person_id, owner, assigned_to, alteredby, status, type, source,
# cost (pence), probability, enddate, archived, created, lastupdated
OPPORTUNITIES = [
    (1234, "Boating eCommerce Website", "They're after a new website for selling boat accessories",
     9876, 87254, "paul", "paul", "paul", 1, None, None, 10000000, 70, "2009-03-06", False,
     "2009-02-02 15:31:43", "2009-02-02 15:31:43"),
    (5678, "New Site Design", "A refresh of the plumbing site", 1201, None, "greg", "greg", "greg", 2, 2, 3,
     450000, 40, "2009-04-30", False, "2009-03-14 10:00:00", "2009-03-16 09:30:00"),
    (1240, "Chase Invoices", None, 12676, None, "george", "george", "george", 3, 1, 5, 123450, 90,
     "2007-11-30", False, "2007-10-30 10:00:00", "2007-11-02 12:58:50"),
    (1241, "Harbour Extension", "Private venture", 1300, None, "greg", "greg", "greg", 4, 2, 17,
     2500000000, 25, "2009-12-01", False, "2008-05-02 09:00:00", "2008-05-02 09:00:00"),
    (1242, "Annual Support Contract", None, 9876, 87254, "paul", "paul", "paul", 5, 1, 8, 1200000, 100,
     "2009-01-31", False, "2008-12-01 11:00:00", "2009-01-31 17:00:00"),
    (1243, "Old Brochure Reprint", None, 1234, None, "george", "george", "george", 1, 1, None, 30000, 10,
     "2008-06-30", True, "2008-04-01 09:00:00", "2008-07-01 09:00:00"),
    (1244, "Office Refit", "No organisation yet", None, None, "dave", "dave", "dave", 2, 2, 394, 800000, 50,
     "2009-09-30", False, "2009-05-05 13:00:00", "2009-05-05 13:00:00"),
    (1245, "Loft Conversion", None, 1301, None, "greg", "paul", "greg", 3, 2, 5, 1500050, 60, "2009-08-31",
     False, "2009-01-06 10:00:00", "2009-01-07 10:00:00"),
]

# id, title, note, organisation_id, person_id, opportunity_id, private, owner, alteredby, created, lastupdated
NOTES = [
    (16936, "Bob Rang", "He'd like details of the plumbing", 1234, None, None, False, "george", "george",
     "2009-03-25 11:30:41", "2009-03-25 11:30:41"),
    (885, "Invoices Sent", "They have never received the invoices so have resent them.", 12676, None, 1240,
     False, "george", "george", "2007-11-02 12:58:50", "2007-11-02 12:58:50"),
    (16937, "Pricing thoughts", "Could go 10% lower if they sign for two years.", 1234, None, None, True,
     "greg", "greg", "2009-03-26 09:00:00", "2009-03-26 09:00:00"),
    (16938, "Proposal sent",
     "See http://www.example.com/proposals?id=1234 for the draft.\nCall Bill on Monday.",
     9876, 87254, 1234, False, "paul", "greg", "2009-02-03 10:00:00", "2009-02-04 09:15:00"),
]

# id, subject, body, from, to, organisation_id, person_id, opportunity_id, owner, created, received
EMAILS = [
    (3985, "Re: New Work",
     "Hi Bob, Please ring us if you need any more information, the office is open all day. George",
     "george.step@tactilecrm.com", "bob@example.com", 1234, 105992, None, "george",
     "2009-01-13 16:00:15", "2009-01-13 15:56:00"),
    (3986, "Website brief", "Attached is our brief & budget for the new shop.", "bill@acmeboats.example.com",
     "paul.dixon@tactilecrm.com", 9876, 87254, 1234, "paul", "2009-01-29 09:12:00", "2009-01-29 09:10:30"),
]

TAGS = [(1, "Trade"), (2, "Web")]
ORGANISATION_TAGS = [(1, 1234)]
OPPORTUNITY_TAGS = [(2, 1234)]
# fmt: on

# field_id, organisation_id, opportunity_id, value, value_numeric, option_id
CUSTOM_VALUES = [
    (1, 1234, None, "11", "11", None),
    (2, 1234, None, "2000", "2000", None),
    (3, 1234, None, "GB 793 814 324", None, None),
    (4, 1234, None, "0441343", None, None),
    (5, 9876, None, None, None, 3),
    (5, None, 1234, None, None, 3),
]


def _seed_account(conn: sqlite3.Connection) -> None:
    insert_rows(
        conn,
        "users",
        ("username", "is_admin", "enabled", "api_token", "firstname", "surname"),
        [(_u(s), int(a), int(e), demo_token(s), first, last) for s, a, e, first, last in USERS],
    )
    role_names = [USER_SUFFIX, *(_u(s) for s, *_ in USERS), SALES_ROLE]
    roles = {name: number for number, name in enumerate(role_names, start=1)}
    insert_rows(conn, "roles", ("id", "name"), [(number, name) for name, number in roles.items()])
    members = [(roles[USER_SUFFIX], _u(s)) for s, *_ in USERS]
    members += [(roles[_u(s)], _u(s)) for s, *_ in USERS]
    members += [(roles[SALES_ROLE], _u(s)) for s in SALES_MEMBERS]
    insert_rows(conn, "hasrole", ("role_id", "username"), members)

    insert_rows(
        conn,
        "lookups",
        ("kind", "id", "name", "position"),
        [
            (kind, n, name, pos)
            for kind, items in LOOKUPS.items()
            for pos, (n, name) in enumerate(items, start=1)
        ],
    )
    insert_rows(
        conn,
        "lookups",
        ("kind", "id", "name", "position", "open", "won"),
        [
            (lookups.OPPORTUNITY_STATUS, n, name, pos, int(is_open), int(won))
            for pos, (n, name, is_open, won) in enumerate(OPPORTUNITY_STATUSES, start=1)
        ],
    )
    insert_rows(conn, "countries", ("code", "name"), COUNTRIES)
    insert_rows(conn, "settings", ("key", "value"), [("default_country_code", "GB")])
    insert_rows(
        conn,
        "custom_fields",
        ("id", "name", "type", "organisations", "opportunities"),
        [(n, name, kind, int(orgs), int(opps)) for n, name, kind, orgs, opps in CUSTOM_FIELDS],
    )
    insert_rows(conn, "custom_field_options", ("id", "field_id", "value"), [(n, 5, v) for n, v in REGIONS])


def role_id(conn: sqlite3.Connection, name: str) -> int:
    return int(conn.execute("SELECT id FROM roles WHERE name = ?", (name,)).fetchone()["id"])


def _seed_organisations(conn: sqlite3.Connection) -> None:
    rows = []
    grants = []
    for (
        org_id,
        name,
        number,
        description,
        parent,
        owner,
        assigned,
        *choices,
        created,
        updated,
        sharing,
    ) in ORGANISATIONS:
        rows.append(
            (org_id, name, name.lower(), number, description, parent, _u(owner), _u(assigned), _u(owner),
             *choices, created, updated)
        )  # fmt: skip
        role = USER_SUFFIX if sharing == "everyone" else sharing if sharing == SALES_ROLE else _u(sharing)
        grants.append((org_id, role_id(conn, role), 1, 1))
    lookup_columns = [f"{field}_id" for field in lookups.ORGANISATION_LOOKUPS]
    columns = ("id", "name", "name_key", "accountnumber", "description", "parent_id", "owner", "assigned_to")
    insert_rows(
        conn, "organisations", (*columns, "alteredby", *lookup_columns, "created", "lastupdated"), rows
    )
    insert_rows(conn, "organisation_roles", ("organisation_id", "role_id", "read", "write"), grants)
    address_columns = ("id", "organisation_id", "street1", "street2", "street3", "town", "county", "postcode")
    insert_rows(conn, "organisation_addresses", (*address_columns, "country_code"), ADDRESSES)
    insert_rows(
        conn, "contact_methods", ("id", "organisation_id", "type", "name", "contact", "main"), CONTACT_METHODS
    )
    insert_rows(
        conn,
        "people",
        ("id", "firstname", "surname", "organisation_id", "owner"),
        [(n, first, last, org, _u(owner)) for n, first, last, org, owner in PEOPLE],
    )


def _seed_opportunities_and_timeline(conn: sqlite3.Connection) -> None:
    insert_rows(
        conn,
        "opportunities",
        OPPORTUNITY_COLUMNS,
        [
            (n, name, name.lower(), d, org, person, _u(o), _u(a), _u(b), *rest)
            for n, name, d, org, person, o, a, b, *rest in OPPORTUNITIES
        ],
    )
    insert_rows(
        conn,
        "notes",
        NOTE_COLUMNS,
        [
            (*head, _u(owner), _u(altered), created, updated)
            for *head, owner, altered, created, updated in NOTES
        ],
    )
    insert_rows(
        conn,
        "emails",
        EMAIL_COLUMNS,
        [(*head, _u(owner), created, received) for *head, owner, created, received in EMAILS],
    )
    insert_rows(conn, "tags", ("id", "name"), TAGS)
    insert_rows(conn, "tag_map", ("tag_id", "organisation_id"), ORGANISATION_TAGS)
    insert_rows(conn, "tag_map", ("tag_id", "opportunity_id"), OPPORTUNITY_TAGS)
    insert_rows(
        conn,
        "custom_field_map",
        ("field_id", "organisation_id", "opportunity_id", "value", "value_numeric", "option_id"),
        CUSTOM_VALUES,
    )


def seed_database(store: Store, synthetic: int = 0) -> None:
    """Fill a new database; an existing one (a file from an earlier run) is left as it is."""
    if store.setting("seeded") is not None:
        if synthetic:
            log.warning("database %s is already seeded; --seed %d ignored", store.path, synthetic)
        return
    with store.transaction() as conn:
        _seed_account(conn)
        _seed_organisations(conn)
        _seed_opportunities_and_timeline(conn)
        add_synthetic(conn, synthetic)
        conn.execute("INSERT INTO settings (key, value) VALUES ('seeded', ?)", (str(synthetic),))
