from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pg_boolean_type_1 import PgBooleanType1
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldEnabledFor")


@_attrs_define
class CustomFieldEnabledFor:
    """
    Attributes:
        organisations (bool | PgBooleanType1 | Unset): A raw database boolean as the real server copies it (`t`/`f`), or
            a JSON boolean.
        opportunities (bool | PgBooleanType1 | Unset): A raw database boolean as the real server copies it (`t`/`f`), or
            a JSON boolean.
        activities (bool | PgBooleanType1 | Unset): A raw database boolean as the real server copies it (`t`/`f`), or a
            JSON boolean.
        people (bool | PgBooleanType1 | Unset): A raw database boolean as the real server copies it (`t`/`f`), or a JSON
            boolean.
    """

    organisations: bool | PgBooleanType1 | Unset = UNSET
    opportunities: bool | PgBooleanType1 | Unset = UNSET
    activities: bool | PgBooleanType1 | Unset = UNSET
    people: bool | PgBooleanType1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organisations: bool | str | Unset
        if isinstance(self.organisations, Unset):
            organisations = UNSET
        elif isinstance(self.organisations, PgBooleanType1):
            organisations = self.organisations.value
        else:
            organisations = self.organisations

        opportunities: bool | str | Unset
        if isinstance(self.opportunities, Unset):
            opportunities = UNSET
        elif isinstance(self.opportunities, PgBooleanType1):
            opportunities = self.opportunities.value
        else:
            opportunities = self.opportunities

        activities: bool | str | Unset
        if isinstance(self.activities, Unset):
            activities = UNSET
        elif isinstance(self.activities, PgBooleanType1):
            activities = self.activities.value
        else:
            activities = self.activities

        people: bool | str | Unset
        if isinstance(self.people, Unset):
            people = UNSET
        elif isinstance(self.people, PgBooleanType1):
            people = self.people.value
        else:
            people = self.people

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organisations is not UNSET:
            field_dict["organisations"] = organisations
        if opportunities is not UNSET:
            field_dict["opportunities"] = opportunities
        if activities is not UNSET:
            field_dict["activities"] = activities
        if people is not UNSET:
            field_dict["people"] = people

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_organisations(data: object) -> bool | PgBooleanType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_pg_boolean_type_1 = PgBooleanType1(data)

                return componentsschemas_pg_boolean_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | PgBooleanType1 | Unset, data)

        organisations = _parse_organisations(d.pop("organisations", UNSET))

        def _parse_opportunities(data: object) -> bool | PgBooleanType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_pg_boolean_type_1 = PgBooleanType1(data)

                return componentsschemas_pg_boolean_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | PgBooleanType1 | Unset, data)

        opportunities = _parse_opportunities(d.pop("opportunities", UNSET))

        def _parse_activities(data: object) -> bool | PgBooleanType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_pg_boolean_type_1 = PgBooleanType1(data)

                return componentsschemas_pg_boolean_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | PgBooleanType1 | Unset, data)

        activities = _parse_activities(d.pop("activities", UNSET))

        def _parse_people(data: object) -> bool | PgBooleanType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_pg_boolean_type_1 = PgBooleanType1(data)

                return componentsschemas_pg_boolean_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | PgBooleanType1 | Unset, data)

        people = _parse_people(d.pop("people", UNSET))

        custom_field_enabled_for = cls(
            organisations=organisations,
            opportunities=opportunities,
            activities=activities,
            people=people,
        )

        custom_field_enabled_for.additional_properties = d
        return custom_field_enabled_for

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
