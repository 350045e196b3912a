from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_enabled_for import CustomFieldEnabledFor
    from ..models.custom_field_options import CustomFieldOptions


T = TypeVar("T", bound="CustomField")


@_attrs_define
class CustomField:
    """A custom field definition, copied raw from the database by the real server.

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        from ..models.custom_field_enabled_for import CustomFieldEnabledFor  # noqa: PLC0415
        from ..models.custom_field_options import CustomFieldOptions  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        name = d.pop("name")

        type_ = d.pop("type")

        _enabled_for = d.pop("enabled_for", UNSET)
        enabled_for: CustomFieldEnabledFor | Unset
        if isinstance(_enabled_for, Unset):
            enabled_for = UNSET
        else:
            enabled_for = CustomFieldEnabledFor.from_dict(_enabled_for)

        _options = d.pop("options", UNSET)
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

        custom_field.additional_properties = d
        return custom_field

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
