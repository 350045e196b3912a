from __future__ import annotations

from enum import StrEnum


class NullablePgBooleanType1(StrEnum):
    F = "f"
    T = "t"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> NullablePgBooleanType1:
        """The member whose value is ``value``; ValueError (as ``NullablePgBooleanType1(value)`` raises) if none."""
        try:
            return _MEMBERS_BY_VALUE[value]
        except KeyError:
            raise ValueError(
                f"{value!r} is not a valid NullablePgBooleanType1"
            ) from None


_MEMBERS_BY_VALUE: dict[str, NullablePgBooleanType1] = {
    member.value: member for member in NullablePgBooleanType1
}
