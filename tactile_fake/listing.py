"""Paging and filters shared by the organisation and opportunity lists (facts §5)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from tactile_fake.context import Context
from tactile_fake.dates import filter_timestamp
from tactile_fake.envelope import ApiError
from tactile_fake.php import JsonValue, php_empty, php_int

DEFAULT_PER_PAGE = 30
MAX_PER_PAGE = 100
INVALID_PAGE = "Invalid page specified, it must be a whole number of 1 or more"


@dataclass(frozen=True)
class PageRequest:
    number: int
    per_page: int

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.per_page


def page_request(query: Mapping[str, str]) -> PageRequest:
    """`limit` 1..100 else silently 30; `page` defaults to 1. Both read from the query string only.

    The real server sends page <= 0 to PostgreSQL as a negative OFFSET and fails with a non-JSON
    body; the fake answers an error envelope naming the parameter instead.
    """
    limit = php_int(query.get("limit"), DEFAULT_PER_PAGE)
    per_page = limit if 1 <= limit <= MAX_PER_PAGE else DEFAULT_PER_PAGE
    raw_page = query.get("page")
    number = 1 if raw_page is None or raw_page == "" else php_int(raw_page)
    if number <= 0:
        raise ApiError.single(INVALID_PAGE, "page")
    return PageRequest(number=number, per_page=per_page)


def paged(key: str, items: list[JsonValue], page: PageRequest, total: int) -> dict[str, JsonValue]:
    num_pages = -(-total // page.per_page)  # ceil; 0 when there is nothing
    return {
        key: items,
        "cur_page": page.number,
        "num_pages": num_pages,
        "per_page": page.per_page,
        "total": total,
    }


def like_pattern(value: str) -> str:
    """`*` is the only wildcard. LIKE's own `%` and `_` are escaped (the real server forgets to)."""
    escaped = value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped.replace("*", "%")


@dataclass
class Where:
    """A growing SQL WHERE clause with its parameters."""

    clauses: list[str] = field(default_factory=list)
    params: list[object] = field(default_factory=list)

    def add(self, clause: str, *params: object) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    @property
    def sql(self) -> str:
        return " AND ".join(self.clauses) if self.clauses else "1"


def page_of_ids(ctx: Context, table: str, alias: str, where: Where) -> tuple[PageRequest, int, list[int]]:
    """The requested page of a name-ordered list: the page asked for, the total, and that page's ids.

    Ordered by the lower-cased name (the index `(name_key, name, id)` serves it), then name, then id.
    """
    page = page_request(ctx.request.query)
    total: int = ctx.conn.execute(
        f"SELECT COUNT(*) FROM {table} {alias} WHERE {where.sql}", where.params
    ).fetchone()[0]
    if page.offset >= total:
        return page, total, []
    rows = ctx.conn.execute(
        f"SELECT {alias}.id FROM {table} {alias} WHERE {where.sql}"
        f" ORDER BY {alias}.name_key, {alias}.name, {alias}.id LIMIT ? OFFSET ?",
        [*where.params, page.per_page, page.offset],
    )
    return page, total, [row[0] for row in rows]


def add_text_filters(ctx: Context, where: Where, columns: Mapping[str, str]) -> None:
    """ILIKE filters: case-insensitive, exact unless the value has a `*`. '' and '0' are ignored."""
    for param, column_sql in columns.items():
        value = ctx.request.text_param(param)
        if php_empty(value):
            continue
        assert value is not None
        where.add(column_sql, like_pattern(value))


def add_date_filters(ctx: Context, where: Where, created_column: str, updated_column: str) -> None:
    """Strict </> bounds on created/lastupdated. The first unparseable one is the error."""
    columns = {"updated": updated_column, "created": created_column}
    for prefix, column in columns.items():
        for suffix, operator in (("after", ">"), ("before", "<")):
            name = f"{prefix}_{suffix}"
            value = ctx.request.text_param(name)
            if php_empty(value):
                continue
            assert value is not None
            bound = filter_timestamp(value, ctx.now)
            if bound is None:
                raise ApiError.single(f"Invalid Date Value for {name}")
            where.add(f"{column} {operator} ?", bound)
