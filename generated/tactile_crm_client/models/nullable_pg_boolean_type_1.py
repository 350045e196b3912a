from enum import StrEnum


class NullablePgBooleanType1(StrEnum):
    F = "f"
    T = "t"

    def __str__(self) -> str:
        return str(self.value)
