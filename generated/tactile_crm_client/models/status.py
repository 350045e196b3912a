from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    ERROR = "error"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> Status:
        """The member whose value is ``value``; ValueError (as ``Status(value)`` raises) if none."""
        try:
            return _MEMBERS_BY_VALUE[value]
        except KeyError:
            raise ValueError(f"{value!r} is not a valid Status") from None


_MEMBERS_BY_VALUE: dict[str, Status] = {member.value: member for member in Status}
