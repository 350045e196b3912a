from __future__ import annotations

from enum import StrEnum


class ContactMethodType(StrEnum):
    E = "E"
    EMAIL = "email"
    F = "F"
    FACEBOOK = "facebook"
    FAX = "fax"
    I = "I"
    K = "K"
    L = "L"
    LINKEDIN = "linkedin"
    M = "M"
    MOBILE = "mobile"
    PHONE = "phone"
    S = "S"
    SKYPE = "skype"
    T = "T"
    TWITTER = "twitter"
    W = "W"
    WEBSITE = "website"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> ContactMethodType:
        """The member whose value is ``value``; ValueError (as ``ContactMethodType(value)`` raises) if none."""
        try:
            return _MEMBERS_BY_VALUE[value]
        except KeyError:
            raise ValueError(f"{value!r} is not a valid ContactMethodType") from None


_MEMBERS_BY_VALUE: dict[str, ContactMethodType] = {
    member.value: member for member in ContactMethodType
}
