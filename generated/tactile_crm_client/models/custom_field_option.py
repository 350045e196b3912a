from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomFieldOption")

# The last list `list_from_dicts` parsed: (a private copy of its JSON, its items). The server repeats the same
# definitions in every record of a response, so the next list is almost always equal to it.
_last_list: tuple[Any, tuple[Any, ...]] = (None, ())
_NO_ADDITIONAL_PROPERTIES: Mapping[str, Any] = MappingProxyType({})

# The keys this model reads; any other key of a response goes to `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "value",
    }
)


@_attrs_define(frozen=True)
class CustomFieldOption:
    """
    Immutable: the server repeats these definitions in every record, and records whose definitions are equal
    share one instance (`list_from_dicts`).

    Attributes:
        id (int | str): An id as a JSON integer (the docs) or a string of digits (the real server's timeline and custom
            fields, which copy raw database values).
        value (str):
    """

    id: int | str
    value: str
    additional_properties: Mapping[str, Any] = _attrs_field(
        init=False, default=_NO_ADDITIONAL_PROPERTIES
    )

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        value = src_dict["value"]

        custom_field_option = cls(
            id=id,
            value=value,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            object.__setattr__(
                custom_field_option,
                "additional_properties",
                MappingProxyType(
                    {
                        key: value
                        for key, value in src_dict.items()
                        if key not in _KNOWN_KEYS
                    }
                ),
            )
        return custom_field_option

    @classmethod
    def list_from_dicts(cls: type[T], src_list: Sequence[Mapping[str, Any]]) -> list[T]:
        """Parse a list of CustomFieldOption; a list equal to the previous one shares its (immutable) items.

        Equality is Python's on the decoded JSON; the previous list is kept as a private copy, so changing a dict
        after parsing it cannot leak into a later result.
        """
        global _last_list
        last_source, last_items = _last_list
        if cls is CustomFieldOption and src_list == last_source:
            return list(last_items)
        items = [cls.from_dict(src) for src in src_list]
        if cls is CustomFieldOption:
            try:
                _last_list = (json.loads(json.dumps(src_list)), tuple(items))
            except (TypeError, ValueError):  # not JSON data: parse it, remember nothing
                pass
        return items

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
