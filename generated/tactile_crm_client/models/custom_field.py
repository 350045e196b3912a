from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomField")

# The last list `list_from_dicts` parsed: (a private copy of its JSON, its items). The server repeats the same
# definitions in every record of a response, so the next list is almost always equal to it.
_last_list: tuple[Any, tuple[Any, ...]] = (None, ())
_NO_ADDITIONAL_PROPERTIES: Mapping[str, Any] = MappingProxyType({})

# The keys this model reads; any other key of a response goes to `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "type",
        "enabled_for",
        "options",
    }
)


@_attrs_define(frozen=True)
class CustomField:
    """A custom field definition, copied raw from the database by the real server. Every record carries the
    account's definitions for its kind (all fields enabled for organisations, or for opportunities), so
    the same list repeats in every record of a page.

    Immutable: the server repeats these definitions in every record, and records whose definitions are equal
    share one instance (`list_from_dicts`).

    Attributes:
        id (int | str): An id as a JSON integer (the docs) or a string of digits (the real server's timeline and custom
            fields, which copy raw database values).
        name (str):
        type_ (str): The field's kind (`t` text, `s` select, `c` checkbox, `n` numeric, …).
        enabled_for (CustomFieldEnabledFor | Unset):
        options (CustomFieldOptions | Unset): For select fields, the options keyed by option id.
    """

    id: int | str
    name: str
    type_: str
    enabled_for: CustomFieldEnabledFor | Unset = UNSET
    options: CustomFieldOptions | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(
        init=False, default=_NO_ADDITIONAL_PROPERTIES
    )

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        name = self.name

        type_ = self.type_

        enabled_for: dict[str, Any] | Unset = UNSET
        if not isinstance(self.enabled_for, Unset):
            enabled_for = self.enabled_for.to_dict()

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
            }
        )
        if enabled_for is not UNSET:
            field_dict["enabled_for"] = enabled_for
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        name = src_dict["name"]

        type_ = src_dict["type"]

        _enabled_for = src_dict.get("enabled_for", UNSET)
        enabled_for: CustomFieldEnabledFor | Unset
        if isinstance(_enabled_for, Unset):
            enabled_for = UNSET
        else:
            enabled_for = CustomFieldEnabledFor.from_dict(_enabled_for)

        _options = src_dict.get("options", UNSET)
        options: CustomFieldOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = CustomFieldOptions.from_dict(_options)

        custom_field = cls(
            id=id,
            name=name,
            type_=type_,
            enabled_for=enabled_for,
            options=options,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            object.__setattr__(
                custom_field,
                "additional_properties",
                MappingProxyType(
                    {
                        key: value
                        for key, value in src_dict.items()
                        if key not in _KNOWN_KEYS
                    }
                ),
            )
        return custom_field

    @classmethod
    def list_from_dicts(cls: type[T], src_list: Sequence[Mapping[str, Any]]) -> list[T]:
        """Parse a list of CustomField; a list equal to the previous one shares its (immutable) items.

        Equality is Python's on the decoded JSON; the previous list is kept as a private copy, so changing a dict
        after parsing it cannot leak into a later result.
        """
        global _last_list
        last_source, last_items = _last_list
        if cls is CustomField and src_list == last_source:
            return list(last_items)
        items = [cls.from_dict(src) for src in src_list]
        if cls is CustomField:
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


# Imported after the class so that models referring to each other still import.
from ..models.custom_field_enabled_for import CustomFieldEnabledFor  # noqa: E402
from ..models.custom_field_options import CustomFieldOptions  # noqa: E402
