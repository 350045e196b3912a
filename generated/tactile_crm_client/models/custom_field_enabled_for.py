from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pg_boolean_type_1 import PgBooleanType1
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldEnabledFor")

# The last list `list_from_dicts` parsed: (a private copy of its JSON, its items). The server repeats the same
# definitions in every record of a response, so the next list is almost always equal to it.
_last_list: tuple[Any, tuple[Any, ...]] = (None, ())
_NO_ADDITIONAL_PROPERTIES: Mapping[str, Any] = MappingProxyType({})

# The keys this model reads; any other key of a response goes to `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "organisations",
        "opportunities",
        "activities",
        "people",
    }
)


@_attrs_define(frozen=True)
class CustomFieldEnabledFor:
    """
    Immutable: the server repeats these definitions in every record, and records whose definitions are equal
    share one instance (`list_from_dicts`).

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
    additional_properties: Mapping[str, Any] = _attrs_field(
        init=False, default=_NO_ADDITIONAL_PROPERTIES
    )

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
        def _parse_organisations(data: object) -> bool | PgBooleanType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_pg_boolean_type_1 = PgBooleanType1.from_wire(data)

                return componentsschemas_pg_boolean_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | PgBooleanType1 | Unset, data)

        organisations = _parse_organisations(src_dict.get("organisations", UNSET))

        def _parse_opportunities(data: object) -> bool | PgBooleanType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_pg_boolean_type_1 = PgBooleanType1.from_wire(data)

                return componentsschemas_pg_boolean_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | PgBooleanType1 | Unset, data)

        opportunities = _parse_opportunities(src_dict.get("opportunities", UNSET))

        def _parse_activities(data: object) -> bool | PgBooleanType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_pg_boolean_type_1 = PgBooleanType1.from_wire(data)

                return componentsschemas_pg_boolean_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | PgBooleanType1 | Unset, data)

        activities = _parse_activities(src_dict.get("activities", UNSET))

        def _parse_people(data: object) -> bool | PgBooleanType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_pg_boolean_type_1 = PgBooleanType1.from_wire(data)

                return componentsschemas_pg_boolean_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | PgBooleanType1 | Unset, data)

        people = _parse_people(src_dict.get("people", UNSET))

        custom_field_enabled_for = cls(
            organisations=organisations,
            opportunities=opportunities,
            activities=activities,
            people=people,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            object.__setattr__(
                custom_field_enabled_for,
                "additional_properties",
                MappingProxyType(
                    {
                        key: value
                        for key, value in src_dict.items()
                        if key not in _KNOWN_KEYS
                    }
                ),
            )
        return custom_field_enabled_for

    @classmethod
    def list_from_dicts(cls: type[T], src_list: Sequence[Mapping[str, Any]]) -> list[T]:
        """Parse a list of CustomFieldEnabledFor; a list equal to the previous one shares its (immutable) items.

        Equality is Python's on the decoded JSON; the previous list is kept as a private copy, so changing a dict
        after parsing it cannot leak into a later result.
        """
        global _last_list
        last_source, last_items = _last_list
        if cls is CustomFieldEnabledFor and src_list == last_source:
            return list(last_items)
        items = [cls.from_dict(src) for src in src_list]
        if cls is CustomFieldEnabledFor:
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
