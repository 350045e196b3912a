from enum import StrEnum


class SharingKeyword(StrEnum):
    EVERYONE = "everyone"
    PRIVATE = "private"

    def __str__(self) -> str:
        return str(self.value)
