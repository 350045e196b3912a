from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomFieldOptions")

# The last list `list_from_dicts` parsed: (a private copy of its JSON, its items). The server repeats the same
# definitions in every record of a response, so the next list is almost always equal to it.
_last_list: tuple[Any, tuple[Any, ...]] = (None, ())
_NO_ADDITIONAL_PROPERTIES: Mapping[str, Any] = MappingProxyType({})

# The keys this model reads; any other key of a response goes to `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset()


@_attrs_define(frozen=True)
class CustomFieldOptions:
    """For select fields, the options keyed by option id.

    Immutable: the server repeats these definitions in every record, and records whose definitions are equal
    share one instance (`list_from_dicts`).

    """

    additional_properties: Mapping[str, CustomFieldOption] = _attrs_field(
        init=False, default=_NO_ADDITIONAL_PROPERTIES
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        custom_field_options = cls()

        if not _KNOWN_KEYS.issuperset(src_dict):
            additional_properties = {}
            for prop_name, prop_dict in src_dict.items():
                if prop_name in _KNOWN_KEYS:
                    continue
                additional_property = CustomFieldOption.from_dict(prop_dict)

                additional_properties[prop_name] = additional_property

            object.__setattr__(
                custom_field_options,
                "additional_properties",
                MappingProxyType(additional_properties),
            )
        return custom_field_options

    @classmethod
    def list_from_dicts(cls: type[T], src_list: Sequence[Mapping[str, Any]]) -> list[T]:
        """Parse a list of CustomFieldOptions; a list equal to the previous one shares its (immutable) items.

        Equality is Python's on the decoded JSON; the previous list is kept as a private copy, so changing a dict
        after parsing it cannot leak into a later result.
        """
        global _last_list
        last_source, last_items = _last_list
        if cls is CustomFieldOptions and src_list == last_source:
            return list(last_items)
        items = [cls.from_dict(src) for src in src_list]
        if cls is CustomFieldOptions:
            try:
                _last_list = (json.loads(json.dumps(src_list)), tuple(items))
            except (TypeError, ValueError):  # not JSON data: parse it, remember nothing
                pass
        return items

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> CustomFieldOption:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class so that models referring to each other still import.
from ..models.custom_field_option import CustomFieldOption  # noqa: E402
