from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="Opportunity")

# The keys this model reads; any other key of a response goes to `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "organisation",
        "organisation_id",
        "person",
        "person_id",
        "owner",
        "assigned_to",
        "alteredby",
        "probability",
        "cost",
        "archived",
        "status",
        "type",
        "source",
        "created",
        "lastupdated",
        "enddate",
        "tags",
        "custom_fields",
        "custom_values",
    }
)


@_attrs_define
class Opportunity:
    """An opportunity (a potential sale).

    Attributes:
        id (int): A record id (a positive 64-bit integer).
        name (str):  Example: Boating eCommerce Website.
        description (None | str):
        organisation (None | str): The organisation's name.
        organisation_id (int | None): A record id, or null when there is none.
        person (None | str): The person's name ("First Surname").
        person_id (int | None): A record id, or null when there is none.
        owner (None | str): A user's username, or null. The real server sends the stored form `name//site` (e.g.
            `greg//sample`); the docs show the short form (`greg`). Requests may use either; the server
            appends `//site`.
             Example: greg//sample.
        assigned_to (None | str): A user's username, or null. The real server sends the stored form `name//site` (e.g.
            `greg//sample`); the docs show the short form (`greg`). Requests may use either; the server
            appends `//site`.
             Example: greg//sample.
        alteredby (None | str): A user's username, or null. The real server sends the stored form `name//site` (e.g.
            `greg//sample`); the docs show the short form (`greg`). Requests may use either; the server
            appends `//site`.
             Example: greg//sample.
        probability (int | None): Likelihood of winning in percent, a multiple of 5. The real server reads a stored non-
            multiple of 5 back as null.
        cost (float | None): The value of the opportunity. Example: 100000.
        archived (bool):
        status (None | str): The status's label. HTML-escaped by the real server in `view`.
        type_ (None | str): The type's label. HTML-escaped by the real server.
        source (None | str): The source's label. HTML-escaped by the real server.
        created (datetime.datetime | None): An ISO 8601 timestamp with an offset, or null. The real server writes the
            offset without a colon
            (`2009-03-16T13:49:02+0000`, `+0100` in British Summer Time); the docs write `+00:00`.
             Example: 2009-03-16T13:49:02+0000.
        lastupdated (datetime.datetime | None): An ISO 8601 timestamp with an offset, or null. The real server writes
            the offset without a colon
            (`2009-03-16T13:49:02+0000`, `+0100` in British Summer Time); the docs write `+00:00`.
             Example: 2009-03-16T13:49:02+0000.
        enddate (datetime.date | None): The expected close date.
        tags (list[str] | Unset): Tag names, newest first. Absent when the opportunity has no tags.
        custom_fields (list[CustomField] | Unset):
        custom_values (list[CustomValue] | Unset):
    """

    id: int
    name: str
    description: None | str
    organisation: None | str
    organisation_id: int | None
    person: None | str
    person_id: int | None
    owner: None | str
    assigned_to: None | str
    alteredby: None | str
    probability: int | None
    cost: float | None
    archived: bool
    status: None | str
    type_: None | str
    source: None | str
    created: datetime.datetime | None
    lastupdated: datetime.datetime | None
    enddate: datetime.date | None
    tags: list[str] | Unset = UNSET
    custom_fields: list[CustomField] | Unset = UNSET
    custom_values: list[CustomValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        organisation: None | str
        organisation = self.organisation

        organisation_id: int | None
        organisation_id = self.organisation_id

        person: None | str
        person = self.person

        person_id: int | None
        person_id = self.person_id

        owner: None | str
        owner = self.owner

        assigned_to: None | str
        assigned_to = self.assigned_to

        alteredby: None | str
        alteredby = self.alteredby

        probability: int | None
        probability = self.probability

        cost: float | None
        cost = self.cost

        archived = self.archived

        status: None | str
        status = self.status

        type_: None | str
        type_ = self.type_

        source: None | str
        source = self.source

        created: None | str
        if isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        lastupdated: None | str
        if isinstance(self.lastupdated, datetime.datetime):
            lastupdated = self.lastupdated.isoformat()
        else:
            lastupdated = self.lastupdated

        enddate: None | str
        if isinstance(self.enddate, datetime.date):
            enddate = self.enddate.isoformat()
        else:
            enddate = self.enddate

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        custom_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_values, Unset):
            custom_values = []
            for custom_values_item_data in self.custom_values:
                custom_values_item = custom_values_item_data.to_dict()
                custom_values.append(custom_values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "organisation": organisation,
                "organisation_id": organisation_id,
                "person": person,
                "person_id": person_id,
                "owner": owner,
                "assigned_to": assigned_to,
                "alteredby": alteredby,
                "probability": probability,
                "cost": cost,
                "archived": archived,
                "status": status,
                "type": type_,
                "source": source,
                "created": created,
                "lastupdated": lastupdated,
                "enddate": enddate,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if custom_values is not UNSET:
            field_dict["custom_values"] = custom_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        name = src_dict["name"]

        description = src_dict["description"]

        organisation = src_dict["organisation"]

        organisation_id = src_dict["organisation_id"]

        person = src_dict["person"]

        person_id = src_dict["person_id"]

        owner = src_dict["owner"]

        assigned_to = src_dict["assigned_to"]

        alteredby = src_dict["alteredby"]

        probability = src_dict["probability"]

        cost = src_dict["cost"]

        archived = src_dict["archived"]

        status = src_dict["status"]

        type_ = src_dict["type"]

        source = src_dict["source"]

        def _parse_created(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_nullable_timestamp_type_0 = parse_datetime(data)

            return componentsschemas_nullable_timestamp_type_0

        created = _parse_created(src_dict["created"])

        def _parse_lastupdated(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_nullable_timestamp_type_0 = parse_datetime(data)

            return componentsschemas_nullable_timestamp_type_0

        lastupdated = _parse_lastupdated(src_dict["lastupdated"])

        def _parse_enddate(data: object) -> datetime.date | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            enddate_type_0 = datetime.date.fromisoformat(data)

            return enddate_type_0

        enddate = _parse_enddate(src_dict["enddate"])

        tags = cast(list[str], src_dict.get("tags", UNSET))

        _custom_fields = src_dict.get("custom_fields", UNSET)
        custom_fields: list[CustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = CustomField.list_from_dicts(_custom_fields)

        _custom_values = src_dict.get("custom_values", UNSET)
        custom_values: list[CustomValue] | Unset = UNSET
        if _custom_values is not UNSET:
            custom_values = []
            for custom_values_item_data in _custom_values:
                custom_values_item = CustomValue.from_dict(custom_values_item_data)

                custom_values.append(custom_values_item)

        opportunity = cls(
            id=id,
            name=name,
            description=description,
            organisation=organisation,
            organisation_id=organisation_id,
            person=person,
            person_id=person_id,
            owner=owner,
            assigned_to=assigned_to,
            alteredby=alteredby,
            probability=probability,
            cost=cost,
            archived=archived,
            status=status,
            type_=type_,
            source=source,
            created=created,
            lastupdated=lastupdated,
            enddate=enddate,
            tags=tags,
            custom_fields=custom_fields,
            custom_values=custom_values,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            opportunity.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return opportunity

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
from ..models.custom_field import CustomField  # noqa: E402
from ..models.custom_value import CustomValue  # noqa: E402
