"""POST /opportunities/save (facts §6.1, §6.3).

Required: name, enddate and status_id. Like the real server, the pre-checks (exists, may edit,
not archived) look at the *top-level* id (path, query or body) while create-vs-update is decided
by `Opportunity.id`. Where the real server fails with a database error, the fake answers an
error naming the field: cost beyond numeric(10,2), impossible dates, non-numeric ids. It also
rejects probabilities that are not multiples of 5, which the real server stores but then reads
back as null.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from decimal import Decimal

from tactile_fake.context import Context
from tactile_fake.envelope import ApiError, Messages
from tactile_fake.lookups import OPPORTUNITY_SOURCE, OPPORTUNITY_STATUS, OPPORTUNITY_TYPE
from tactile_fake.organisation_save import create_named_organisation
from tactile_fake.permissions import can_edit_opportunity
from tactile_fake.php import JsonValue, NotScalar, field_value, php_truthy, strict_int
from tactile_fake.store import insert_row, update_row
from tactile_fake.validation import INVALID_FK, SaveForm, compulsory, money_pence, wrapper_object

WRAPPER = "Opportunity"
INVALID_TOP_LEVEL_ID = "Invalid id specified"
NO_EDIT_PERMISSION = "You do not have permission to edit this opportunity"
ARCHIVED = "You cannot edit archived opportunities"
NO_ITEM_PERMISSION = "You don't have permission to edit this item"
INVALID_ENDDATE = "Invalid date specified for Expected Close Date, should be of the form d/m/Y"
PROBABILITY_RANGE = "The value for Probability must be between 0 and 100"
PROBABILITY_STEP = "Probability must be a whole multiple of 5 (0, 5, 10 ... 100)"
COST_RANGE = "Cost must be between -99999999.99 and 99999999.99"

ENDDATE_FORMATS = ("%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%d/%m/%Y")


def _lookup_exists(kind: str) -> str:
    return f"SELECT 1 FROM lookups WHERE kind = '{kind}' AND id = ?"


def _load(conn: sqlite3.Connection, raw_id: str) -> sqlite3.Row | None:
    opp_id = strict_int(raw_id)
    if opp_id is None:
        return None
    row: sqlite3.Row | None = conn.execute("SELECT * FROM opportunities WHERE id = ?", (opp_id,)).fetchone()
    return row


def _pre_checks(ctx: Context) -> None:
    raw = ctx.request.text_param("id")
    if not raw:
        return
    row = _load(ctx.conn, raw)
    if row is None:
        raise ApiError.single(INVALID_TOP_LEVEL_ID)
    if not can_edit_opportunity(ctx.conn, ctx.user, row):
        raise ApiError.single(NO_EDIT_PERMISSION)
    if row["archived"]:
        raise ApiError.single(ARCHIVED)


def _existing(ctx: Context, data: dict[str, JsonValue]) -> sqlite3.Row | None:
    try:
        raw_id = field_value(data.get("id"))
    except NotScalar:
        raise ApiError.single(
            "id must be a single value, not a JSON array or object", "opportunity_id"
        ) from None
    if raw_id == "":
        return None
    row = _load(ctx.conn, raw_id)
    if row is None:
        raise ApiError.single(INVALID_FK)
    if not can_edit_opportunity(ctx.conn, ctx.user, row):
        raise ApiError.single(NO_ITEM_PERMISSION)
    return row


def enddate_value(text: str) -> str | None:
    for pattern in ENDDATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).strftime("%Y-%m-%d")
        except ValueError:
            continue
    return None


def _create_named_links(ctx: Context, data: dict[str, JsonValue]) -> dict[str, JsonValue]:
    """`organisation`/`person` strings create those records when no id is given (undocumented)."""
    data = dict(data)
    organisation = data.get("organisation")
    if not data.get("organisation_id") and isinstance(organisation, str) and organisation.strip():
        data["organisation_id"] = create_named_organisation(ctx, organisation.strip())
    person = data.get("person")
    if not data.get("person_id") and isinstance(person, str) and person.strip():
        firstname, _, surname = person.strip().partition(" ")
        org_ref = data.get("organisation_id")
        org_id = (
            strict_int(str(org_ref))
            if isinstance(org_ref, int | str) and not isinstance(org_ref, bool)
            else None
        )
        person_row = {"firstname": firstname, "surname": surname.strip(), "owner": ctx.user.username}
        data["person_id"] = insert_row(ctx.conn, "people", {**person_row, "organisation_id": org_id})
    return data


def _probability(form: SaveForm) -> int | None:
    value = form.decimal("probability", "Probability")
    if value is None:
        return None
    if value == "":
        return 0  # clearing a NOT NULL DEFAULT 0 column: the default (the real server fails)
    assert isinstance(value, Decimal)
    if not 0 <= value <= 100:
        form.error("probability", PROBABILITY_RANGE)
        return None
    if value % 5 != 0:
        form.error("probability", PROBABILITY_STEP)
        return None
    return int(value)


def _columns(form: SaveForm, ctx: Context, creating: bool) -> dict[str, object]:
    """Validated columns in the opportunities table's column order."""
    columns: dict[str, object] = {}
    status = form.reference("status_id", "Status", _lookup_exists(OPPORTUNITY_STATUS), required=True)
    if status is None and creating and not form.given("status_id"):
        form.error("status_id", compulsory("Status"))
    elif status is not None:
        columns["status_id"] = status
    # Campaigns are not modelled: any campaign id is an unknown one.
    form.reference("campaign_id", "Campaign", "SELECT 1 WHERE 0 AND ?")
    organisation = form.reference(
        "organisation_id", "Organisation", "SELECT 1 FROM organisations WHERE id = ?"
    )
    if organisation is not None:
        columns["organisation_id"] = organisation or None
    person = form.reference("person_id", "Person", "SELECT 1 FROM people WHERE id = ?")
    if person is not None:
        columns["person_id"] = person or None
    if creating:
        columns["owner"] = form.username("owner", "Owner") or ctx.user.username
    name = form.required_text("name", "Name", creating=creating)
    if name:
        columns["name"] = name
        columns["name_key"] = name.lower()
    description = form.text("description", "Description")
    if description is not None:
        columns["description"] = description or None
    cost = form.decimal("cost", "Cost")
    if isinstance(cost, Decimal):
        pence = money_pence(cost)
        if pence is None:
            form.error("cost", COST_RANGE)
        columns["cost_pence"] = pence
    elif cost == "":
        columns["cost_pence"] = None
    elif creating:
        columns["cost_pence"] = 0
    probability = _probability(form)
    if probability is not None:
        columns["probability"] = probability
    enddate = form.text("enddate", "Expected Close Date")
    if enddate == "" or (enddate is None and creating and not form.given("enddate")):
        form.error("enddate", compulsory("Expected Close Date"))
    elif enddate is not None:
        parsed = enddate_value(enddate)
        if parsed is None:
            form.error("enddate", INVALID_ENDDATE)
        columns["enddate"] = parsed
    for column, label, kind in (
        ("type_id", "Type", OPPORTUNITY_TYPE),
        ("source_id", "Source", OPPORTUNITY_SOURCE),
    ):
        value = form.reference(column, label, _lookup_exists(kind))
        if value is not None:
            columns[column] = value or None
    assigned = form.username("assigned_to", "Assigned To")
    if assigned is not None:
        columns["assigned_to"] = assigned or (ctx.user.username if creating else None)
    elif creating:
        columns["assigned_to"] = ctx.user.username
    archived = form.text("archived", "Archived")
    if archived is not None:
        # BooleanValidator: any PHP-truthy string (even "false") archives, as on the real server.
        columns["archived"] = int(php_truthy(archived))
    return columns


def save_opportunity(ctx: Context) -> dict[str, JsonValue]:
    _pre_checks(ctx)
    data = wrapper_object(ctx.request.body, WRAPPER)
    existing = _existing(ctx, data)
    creating = existing is None
    data = _create_named_links(ctx, data)
    messages = Messages()
    form = SaveForm("opportunity", data, ctx.conn, messages)
    columns = _columns(form, ctx, creating)
    if messages:
        raise ApiError(messages)

    columns["alteredby"] = ctx.user.username
    columns["lastupdated"] = ctx.timestamp
    if existing is None:
        columns["created"] = ctx.timestamp
        return {"id": insert_row(ctx.conn, "opportunities", columns)}
    update_row(ctx.conn, "opportunities", int(existing["id"]), columns)
    return {"id": int(existing["id"])}
