from __future__ import annotations

from enum import StrEnum


class SharingKeyword(StrEnum):
    EVERYONE = "everyone"
    PRIVATE = "private"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> SharingKeyword:
        """The member whose value is ``value``; ValueError (as ``SharingKeyword(value)`` raises) if none."""
        try:
            return _MEMBERS_BY_VALUE[value]
        except KeyError:
            raise ValueError(f"{value!r} is not a valid SharingKeyword") from None


_MEMBERS_BY_VALUE: dict[str, SharingKeyword] = {
    member.value: member for member in SharingKeyword
}
