from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpportunityOptions")

# The keys this model reads; any other key of a response goes to `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "assigned_to",
        "status",
        "type",
        "source",
    }
)


@_attrs_define
class OpportunityOptions:
    """
    Attributes:
        assigned_to (LabelMap | list[str] | Unset): A map of id → label. An empty map may arrive as `[]`.
        status (LabelMap | list[str] | Unset): A map of id → label. An empty map may arrive as `[]`.
        type_ (LabelMap | list[str] | Unset): A map of id → label. An empty map may arrive as `[]`.
        source (LabelMap | list[str] | Unset): A map of id → label. An empty map may arrive as `[]`.
    """

    assigned_to: LabelMap | list[str] | Unset = UNSET
    status: LabelMap | list[str] | Unset = UNSET
    type_: LabelMap | list[str] | Unset = UNSET
    source: LabelMap | list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assigned_to: dict[str, Any] | list[str] | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        elif isinstance(self.assigned_to, LabelMap):
            assigned_to = self.assigned_to.to_dict()
        else:
            assigned_to = self.assigned_to

        status: dict[str, Any] | list[str] | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, LabelMap):
            status = self.status.to_dict()
        else:
            status = self.status

        type_: dict[str, Any] | list[str] | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, LabelMap):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_

        source: dict[str, Any] | list[str] | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, LabelMap):
            source = self.source.to_dict()
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_assigned_to(data: object) -> LabelMap | list[str] | Unset:
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

        assigned_to = _parse_assigned_to(src_dict.get("assigned_to", UNSET))

        def _parse_status(data: object) -> LabelMap | list[str] | Unset:
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

        status = _parse_status(src_dict.get("status", UNSET))

        def _parse_type_(data: object) -> LabelMap | list[str] | Unset:
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

        type_ = _parse_type_(src_dict.get("type", UNSET))

        def _parse_source(data: object) -> LabelMap | list[str] | Unset:
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

        source = _parse_source(src_dict.get("source", UNSET))

        opportunity_options = cls(
            assigned_to=assigned_to,
            status=status,
            type_=type_,
            source=source,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            opportunity_options.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return opportunity_options

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
