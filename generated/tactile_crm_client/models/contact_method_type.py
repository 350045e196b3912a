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
