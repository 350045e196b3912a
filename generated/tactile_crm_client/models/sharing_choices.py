from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SharingChoices")

# The keys this model reads; any other key of a response goes to `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "everyone",
        "private",
    }
)


@_attrs_define
class SharingChoices:
    """
    Attributes:
        everyone (LabelMap | list[str] | Unset): A map of id → label. An empty map may arrive as `[]`.
        private (LabelMap | list[str] | Unset): A map of id → label. An empty map may arrive as `[]`.
    """

    everyone: LabelMap | list[str] | Unset = UNSET
    private: LabelMap | list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        everyone: dict[str, Any] | list[str] | Unset
        if isinstance(self.everyone, Unset):
            everyone = UNSET
        elif isinstance(self.everyone, LabelMap):
            everyone = self.everyone.to_dict()
        else:
            everyone = self.everyone

        private: dict[str, Any] | list[str] | Unset
        if isinstance(self.private, Unset):
            private = UNSET
        elif isinstance(self.private, LabelMap):
            private = self.private.to_dict()
        else:
            private = self.private

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if everyone is not UNSET:
            field_dict["everyone"] = everyone
        if private is not UNSET:
            field_dict["private"] = private

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_everyone(data: object) -> LabelMap | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_options_type_0 = LabelMap.from_dict(data)

                return componentsschemas_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_options_type_1 = cast(list[str], data)

            return componentsschemas_options_type_1

        everyone = _parse_everyone(src_dict.get("everyone", UNSET))

        def _parse_private(data: object) -> LabelMap | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_options_type_0 = LabelMap.from_dict(data)

                return componentsschemas_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_options_type_1 = cast(list[str], data)

            return componentsschemas_options_type_1

        private = _parse_private(src_dict.get("private", UNSET))

        sharing_choices = cls(
            everyone=everyone,
            private=private,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            sharing_choices.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return sharing_choices

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class so that models referring to each other still import.
from ..models.label_map import LabelMap  # noqa: E402
