"""The save actions' field rules and message texts (facts §3, §6).

A `SaveForm` walks the fields of one wrapper object (`Organisation` / `Opportunity`) in the
real table's column order, so multiple errors come out in the same order as the real server's,
keyed `<model>_<field>`. Omitted fields are left alone; present ones are normalised as
DataObject::Factory does (trim; `null`, `""`, `"null"`, `false` clear).
"""

from __future__ import annotations

import sqlite3
from decimal import ROUND_HALF_UP, Decimal

from tactile_fake.auth import full_username
from tactile_fake.envelope import ApiError, Messages
from tactile_fake.php import JsonValue, NotScalar, decimal_value, field_value, strict_int

INVALID_FK = "Invalid ID specified"
NOT_SCALAR = "{label} must be a single value, not a JSON array or object"
MONEY_LIMIT = Decimal("99999999.995")  # the smallest amount numeric(10,2) rounds out of range


def compulsory(label: str) -> str:
    return f"{label} is a compulsory field, you must enter a value"


def not_numeric(label: str) -> str:
    return f"{label} must contain a numeric value"


def wrapper_object(body: dict[str, JsonValue], key: str) -> dict[str, JsonValue]:
    """The save body's `{"Organisation": {...}}` object. Keys are case-sensitive, as on the real server."""
    value = body.get(key)
    if value is None or value == []:  # PHP decodes [] as an empty array, the same as {}
        return {}
    if not isinstance(value, dict):
        raise ApiError.single(f"{key} must be a JSON object", key)
    return value


class SaveForm:
    """One model's submitted fields, with the error messages they produced."""

    def __init__(
        self, model: str, data: dict[str, JsonValue], conn: sqlite3.Connection, messages: Messages
    ) -> None:
        self.model = model
        self.data = data
        self.conn = conn
        self.messages = messages

    def key(self, field: str) -> str:
        return f"{self.model}_{field}"

    def error(self, field: str, text: str) -> None:
        self.messages.add(text, self.key(field))

    def given(self, field: str) -> bool:
        return field in self.data

    def text(self, field: str, label: str) -> str | None:
        """The normalised value, '' when cleared, None when omitted or unusable (error recorded)."""
        if field not in self.data:
            return None
        try:
            return field_value(self.data[field])
        except NotScalar:
            self.error(field, NOT_SCALAR.format(label=label))
            return None

    def required_text(self, field: str, label: str, *, creating: bool) -> str | None:
        value = self.text(field, label)
        if value == "" or (value is None and creating and field not in self.data):
            self.error(field, compulsory(label))
            return None
        return value

    def reference(
        self, field: str, label: str, exists_sql: str, *, required: bool = False
    ) -> int | str | None:
        """A foreign key: its id, '' when cleared, None when omitted or invalid (error recorded)."""
        value = self.text(field, label)
        if value is None:
            return None
        if value == "":
            if required:
                self.error(field, compulsory(label))
                return None
            return ""
        number = strict_int(value)
        # A non-numeric id is a database error on the real server; here it is an invalid reference.
        if number is None or self.conn.execute(exists_sql, (number,)).fetchone() is None:
            self.error(field, INVALID_FK)
            return None
        return number

    def username(self, field: str, label: str) -> str | None:
        """A user reference, `//account` appended. Disabled users are accepted, as on the real server."""
        value = self.text(field, label)
        if value is None or value == "":
            return value
        username = full_username(value)
        if self.conn.execute("SELECT 1 FROM users WHERE username = ?", (username,)).fetchone() is None:
            self.error(field, INVALID_FK)
            return None
        return username

    def decimal(self, field: str, label: str) -> Decimal | str | None:
        """A numeric field: its value, '' when cleared, None when omitted or not numeric."""
        value = self.text(field, label)
        if value is None or value == "":
            return value
        number = decimal_value(value)
        if number is None or not number.is_finite():
            self.error(field, not_numeric(label))
            return None
        return number


def money_pence(amount: Decimal) -> int | None:
    """numeric(10,2): rounded to pennies, None when it would overflow the column."""
    if abs(amount) >= MONEY_LIMIT:
        return None
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
