from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nullable_pg_boolean_type_1 import NullablePgBooleanType1
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomValue")

# The keys this model reads; any other key of a response goes to `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "field_id",
        "organisation_id",
        "person_id",
        "activity_id",
        "opportunity_id",
        "value",
        "value_numeric",
        "enabled",
        "option",
        "hash",
        "option_name",
        "name",
        "type",
    }
)


@_attrs_define
class CustomValue:
    """A custom field value of a record, copied raw from the database by the real server.

    Attributes:
        id (int | str): An id as a JSON integer (the docs) or a string of digits (the real server's timeline and custom
            fields, which copy raw database values).
        field_id (int | str): An id as a JSON integer (the docs) or a string of digits (the real server's timeline and
            custom
            fields, which copy raw database values).
        organisation_id (int | None | str | Unset): Like FlexibleId, or null.
        person_id (int | None | str | Unset): Like FlexibleId, or null.
        activity_id (int | None | str | Unset): Like FlexibleId, or null.
        opportunity_id (int | None | str | Unset): Like FlexibleId, or null.
        value (None | str | Unset):
        value_numeric (None | str | Unset):
        enabled (bool | None | NullablePgBooleanType1 | Unset): A PgBoolean, or null.
        option (None | str | Unset):
        hash_ (None | str | Unset):
        option_name (None | str | Unset):
        name (None | str | Unset):
        type_ (None | str | Unset):
    """

    id: int | str
    field_id: int | str
    organisation_id: int | None | str | Unset = UNSET
    person_id: int | None | str | Unset = UNSET
    activity_id: int | None | str | Unset = UNSET
    opportunity_id: int | None | str | Unset = UNSET
    value: None | str | Unset = UNSET
    value_numeric: None | str | Unset = UNSET
    enabled: bool | None | NullablePgBooleanType1 | Unset = UNSET
    option: None | str | Unset = UNSET
    hash_: None | str | Unset = UNSET
    option_name: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        field_id: int | str
        field_id = self.field_id

        organisation_id: int | None | str | Unset
        if isinstance(self.organisation_id, Unset):
            organisation_id = UNSET
        else:
            organisation_id = self.organisation_id

        person_id: int | None | str | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        activity_id: int | None | str | Unset
        if isinstance(self.activity_id, Unset):
            activity_id = UNSET
        else:
            activity_id = self.activity_id

        opportunity_id: int | None | str | Unset
        if isinstance(self.opportunity_id, Unset):
            opportunity_id = UNSET
        else:
            opportunity_id = self.opportunity_id

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        value_numeric: None | str | Unset
        if isinstance(self.value_numeric, Unset):
            value_numeric = UNSET
        else:
            value_numeric = self.value_numeric

        enabled: bool | None | str | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        elif isinstance(self.enabled, NullablePgBooleanType1):
            enabled = self.enabled.value
        else:
            enabled = self.enabled

        option: None | str | Unset
        if isinstance(self.option, Unset):
            option = UNSET
        else:
            option = self.option

        hash_: None | str | Unset
        if isinstance(self.hash_, Unset):
            hash_ = UNSET
        else:
            hash_ = self.hash_

        option_name: None | str | Unset
        if isinstance(self.option_name, Unset):
            option_name = UNSET
        else:
            option_name = self.option_name

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "field_id": field_id,
            }
        )
        if organisation_id is not UNSET:
            field_dict["organisation_id"] = organisation_id
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if opportunity_id is not UNSET:
            field_dict["opportunity_id"] = opportunity_id
        if value is not UNSET:
            field_dict["value"] = value
        if value_numeric is not UNSET:
            field_dict["value_numeric"] = value_numeric
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if option is not UNSET:
            field_dict["option"] = option
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if option_name is not UNSET:
            field_dict["option_name"] = option_name
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        field_id = src_dict["field_id"]

        organisation_id = src_dict.get("organisation_id", UNSET)

        person_id = src_dict.get("person_id", UNSET)

        activity_id = src_dict.get("activity_id", UNSET)

        opportunity_id = src_dict.get("opportunity_id", UNSET)

        value = src_dict.get("value", UNSET)

        value_numeric = src_dict.get("value_numeric", UNSET)

        def _parse_enabled(
            data: object,
        ) -> bool | None | NullablePgBooleanType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_pg_boolean_type_1 = (
                    NullablePgBooleanType1.from_wire(data)
                )

                return componentsschemas_nullable_pg_boolean_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | None | NullablePgBooleanType1 | Unset, data)

        enabled = _parse_enabled(src_dict.get("enabled", UNSET))

        option = src_dict.get("option", UNSET)

        hash_ = src_dict.get("hash", UNSET)

        option_name = src_dict.get("option_name", UNSET)

        name = src_dict.get("name", UNSET)

        type_ = src_dict.get("type", UNSET)

        custom_value = cls(
            id=id,
            field_id=field_id,
            organisation_id=organisation_id,
            person_id=person_id,
            activity_id=activity_id,
            opportunity_id=opportunity_id,
            value=value,
            value_numeric=value_numeric,
            enabled=enabled,
            option=option,
            hash_=hash_,
            option_name=option_name,
            name=name,
            type_=type_,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            custom_value.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return custom_value

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
