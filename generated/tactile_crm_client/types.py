"""Contains some shared types for properties"""

import datetime
import functools
from collections.abc import Iterator, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar
from zoneinfo import ZoneInfo

from attrs import define, frozen


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


@frozen
class Page(Generic[T]):
    """One page of a paged list, as returned by the ``sync()``/``asyncio()`` functions of paged operations.

    ``items`` holds the records; the other fields are the envelope's paging fields. A response without paging
    fields (the docs' timeline form) is a single, complete page: ``num_pages`` is 1 (0 if empty) and
    ``per_page``/``total`` are the number of items. Iterating a page iterates its items.
    """

    items: list[T]
    cur_page: int
    num_pages: int
    per_page: int
    total: int

    @property
    def has_next(self) -> bool:
        """Whether a later page holds more records."""
        return bool(self.items) and self.cur_page < self.num_pages

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    @classmethod
    def build(
        cls,
        items: list[T],
        *,
        requested_page: int | Unset,
        cur_page: int | Unset,
        num_pages: int | Unset,
        per_page: int | Unset,
        total: int | Unset,
    ) -> "Page[T]":
        """A page from an envelope's fields; missing paging fields describe a single, complete page."""
        if isinstance(num_pages, Unset):
            return cls(
                items=items,
                cur_page=cur_page if not isinstance(cur_page, Unset) else 1,
                num_pages=1 if items else 0,
                per_page=per_page if not isinstance(per_page, Unset) else len(items),
                total=total if not isinstance(total, Unset) else len(items),
            )
        if isinstance(cur_page, Unset):
            cur_page = requested_page if not isinstance(requested_page, Unset) else 1
        return cls(
            items=items,
            cur_page=cur_page,
            num_pages=num_pages,
            per_page=per_page if not isinstance(per_page, Unset) else len(items),
            total=total if not isinstance(total, Unset) else len(items),
        )


SERVER_TIMEZONE = "Europe/London"


@functools.cache
def server_timezone() -> ZoneInfo:
    """The zone of the server's naive timestamps (loaded lazily: Windows needs the ``tzdata`` package)."""
    return ZoneInfo(SERVER_TIMEZONE)


def parse_datetime(value: str) -> datetime.datetime:
    """Parse an ISO 8601 timestamp; a value without an offset is Europe/London local time (the server's zone).

    ``+0000``/``+00:00``/``Z`` offsets are kept as sent. A naive wall time that occurs twice (the autumn clock
    change) is read as its first occurrence, as ``zoneinfo`` does by default.
    """
    parsed = datetime.datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=server_timezone())
    return parsed


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "Page",
    "RequestFiles",
    "Response",
    "Unset",
    "parse_datetime",
]
