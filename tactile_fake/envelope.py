"""The response envelope and the real server's error-message bookkeeping (SessionFlash)."""

from __future__ import annotations

from tactile_fake.php import JsonValue

# Messages keys used throughout, as the real server spells them.
LOGIN_KEY = "403"


class Messages:
    """SessionFlash::addError: keyed by field, `_N` when unnamed, duplicate texts dropped."""

    def __init__(self) -> None:
        self._items: dict[str, str] = {}

    def add(self, text: str, field: str | None = None) -> None:
        if text in self._items.values():
            return
        key = field if field is not None else f"_{len(self._items)}"
        self._items[key] = text

    def __bool__(self) -> bool:
        return bool(self._items)

    def as_dict(self) -> dict[str, str]:
        return dict(self._items)


class ApiError(Exception):
    """Abort the request with an error envelope."""

    def __init__(self, messages: Messages) -> None:
        super().__init__(messages.as_dict())
        self.messages = messages

    @classmethod
    def single(cls, text: str, field: str | None = None) -> ApiError:
        messages = Messages()
        messages.add(text, field)
        return cls(messages)


def success(payload: dict[str, JsonValue]) -> dict[str, JsonValue]:
    return {"status": "success", **payload}


def error(messages: dict[str, str]) -> dict[str, JsonValue]:
    return {"status": "error", "messages": dict(messages)}
