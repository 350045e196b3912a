from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="Organisation")

# The keys this model reads; any other key of a response goes to `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "accountnumber",
        "owner",
        "street1",
        "street2",
        "street3",
        "town",
        "county",
        "postcode",
        "country",
        "parent_id",
        "parent",
        "created",
        "lastupdated",
        "status",
        "source",
        "classification",
        "rating",
        "industry",
        "type",
        "phone",
        "email",
        "assigned_to",
        "country_code",
        "tags",
        "custom_fields",
        "custom_values",
        "website",
        "vatnumber",
        "companynumber",
        "employees",
        "creditlimit",
        "assigned",
    }
)


@_attrs_define
class Organisation:
    """An organisation (a company). The real server sends every property below except the ones marked
    `x-tactile-docs-only`, and `tags` only when the organisation has tags.

    Attributes:
        id (int): A record id (a positive 64-bit integer).
        name (str):  Example: Bob the Builder.
        description (None | str):
        accountnumber (None | str): Unique within the account (case-sensitive). Generated from the name when left empty
            on create. Example: BTB01.
        owner (None | str): A user's username, or null. The real server sends the stored form `name//site` (e.g.
            `greg//sample`); the docs show the short form (`greg`). Requests may use either; the server
            appends `//site`.
             Example: greg//sample.
        street1 (None | str):
        street2 (None | str):
        street3 (None | str):
        town (None | str):
        county (None | str):
        postcode (None | str):
        country (None | str): The country's name, e.g. "United Kingdom".
        parent_id (int | None): A record id, or null when there is none.
        parent (None | str): The parent organisation's name, HTML-escaped by the real server.
        created (datetime.datetime | None): An ISO 8601 timestamp with an offset, or null. The real server writes the
            offset without a colon
            (`2009-03-16T13:49:02+0000`, `+0100` in British Summer Time); the docs write `+00:00`.
             Example: 2009-03-16T13:49:02+0000.
        lastupdated (datetime.datetime | None): An ISO 8601 timestamp with an offset, or null. The real server writes
            the offset without a colon
            (`2009-03-16T13:49:02+0000`, `+0100` in British Summer Time); the docs write `+00:00`.
             Example: 2009-03-16T13:49:02+0000.
        status (None | str): The status's label (not its id).
        source (None | str):
        classification (None | str):
        rating (None | str):
        industry (None | str):
        type_ (None | str):
        phone (None | str | Unset): The main telephone contact method. `""` (view) or `null` (lists) when there is none.
        email (None | str | Unset): The main email contact method. `""` (view) or `null` (lists) when there is none.
        assigned_to (None | str | Unset): A user's username, or null. The real server sends the stored form `name//site`
            (e.g.
            `greg//sample`); the docs show the short form (`greg`). Requests may use either; the server
            appends `//site`.
             Example: greg//sample.
        country_code (None | str | Unset): The country's ISO 3166 two-letter code, e.g. "GB".
        tags (list[str] | Unset): Tag names, newest first. Absent when the organisation has no tags.
        custom_fields (list[CustomField] | Unset): The account's custom field definitions.
        custom_values (list[CustomValue] | Unset): This organisation's custom field values (employees, credit limit, VAT
            and company numbers live here now).
        website (None | str | Unset): Documented, but now a contact method of type `W`; the current server does not send
            it.
        vatnumber (None | str | Unset): Documented; now the custom field "VAT Number". Not sent by the current server.
        companynumber (None | str | Unset): Documented; now the custom field "Company Number". Not sent by the current
            server.
        employees (int | None | Unset): Documented; now the custom field "Employees". Not sent by the current server.
        creditlimit (float | None | Unset): Documented; now the custom field "Credit Limit". Not sent by the current
            server.
        assigned (None | str | Unset): Documented name of `assigned_to`. Not sent by the current server.
    """

    id: int
    name: str
    description: None | str
    accountnumber: None | str
    owner: None | str
    street1: None | str
    street2: None | str
    street3: None | str
    town: None | str
    county: None | str
    postcode: None | str
    country: None | str
    parent_id: int | None
    parent: None | str
    created: datetime.datetime | None
    lastupdated: datetime.datetime | None
    status: None | str
    source: None | str
    classification: None | str
    rating: None | str
    industry: None | str
    type_: None | str
    phone: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    assigned_to: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    custom_fields: list[CustomField] | Unset = UNSET
    custom_values: list[CustomValue] | Unset = UNSET
    website: None | str | Unset = UNSET
    vatnumber: None | str | Unset = UNSET
    companynumber: None | str | Unset = UNSET
    employees: int | None | Unset = UNSET
    creditlimit: float | None | Unset = UNSET
    assigned: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        accountnumber: None | str
        accountnumber = self.accountnumber

        owner: None | str
        owner = self.owner

        street1: None | str
        street1 = self.street1

        street2: None | str
        street2 = self.street2

        street3: None | str
        street3 = self.street3

        town: None | str
        town = self.town

        county: None | str
        county = self.county

        postcode: None | str
        postcode = self.postcode

        country: None | str
        country = self.country

        parent_id: int | None
        parent_id = self.parent_id

        parent: None | str
        parent = self.parent

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

        status: None | str
        status = self.status

        source: None | str
        source = self.source

        classification: None | str
        classification = self.classification

        rating: None | str
        rating = self.rating

        industry: None | str
        industry = self.industry

        type_: None | str
        type_ = self.type_

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        assigned_to: None | str | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        else:
            assigned_to = self.assigned_to

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

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

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        vatnumber: None | str | Unset
        if isinstance(self.vatnumber, Unset):
            vatnumber = UNSET
        else:
            vatnumber = self.vatnumber

        companynumber: None | str | Unset
        if isinstance(self.companynumber, Unset):
            companynumber = UNSET
        else:
            companynumber = self.companynumber

        employees: int | None | Unset
        if isinstance(self.employees, Unset):
            employees = UNSET
        else:
            employees = self.employees

        creditlimit: float | None | Unset
        if isinstance(self.creditlimit, Unset):
            creditlimit = UNSET
        else:
            creditlimit = self.creditlimit

        assigned: None | str | Unset
        if isinstance(self.assigned, Unset):
            assigned = UNSET
        else:
            assigned = self.assigned

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "accountnumber": accountnumber,
                "owner": owner,
                "street1": street1,
                "street2": street2,
                "street3": street3,
                "town": town,
                "county": county,
                "postcode": postcode,
                "country": country,
                "parent_id": parent_id,
                "parent": parent,
                "created": created,
                "lastupdated": lastupdated,
                "status": status,
                "source": source,
                "classification": classification,
                "rating": rating,
                "industry": industry,
                "type": type_,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if tags is not UNSET:
            field_dict["tags"] = tags
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if custom_values is not UNSET:
            field_dict["custom_values"] = custom_values
        if website is not UNSET:
            field_dict["website"] = website
        if vatnumber is not UNSET:
            field_dict["vatnumber"] = vatnumber
        if companynumber is not UNSET:
            field_dict["companynumber"] = companynumber
        if employees is not UNSET:
            field_dict["employees"] = employees
        if creditlimit is not UNSET:
            field_dict["creditlimit"] = creditlimit
        if assigned is not UNSET:
            field_dict["assigned"] = assigned

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        name = src_dict["name"]

        description = src_dict["description"]

        accountnumber = src_dict["accountnumber"]

        owner = src_dict["owner"]

        street1 = src_dict["street1"]

        street2 = src_dict["street2"]

        street3 = src_dict["street3"]

        town = src_dict["town"]

        county = src_dict["county"]

        postcode = src_dict["postcode"]

        country = src_dict["country"]

        parent_id = src_dict["parent_id"]

        parent = src_dict["parent"]

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

        status = src_dict["status"]

        source = src_dict["source"]

        classification = src_dict["classification"]

        rating = src_dict["rating"]

        industry = src_dict["industry"]

        type_ = src_dict["type"]

        phone = src_dict.get("phone", UNSET)

        email = src_dict.get("email", UNSET)

        assigned_to = src_dict.get("assigned_to", UNSET)

        country_code = src_dict.get("country_code", UNSET)

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

        website = src_dict.get("website", UNSET)

        vatnumber = src_dict.get("vatnumber", UNSET)

        companynumber = src_dict.get("companynumber", UNSET)

        employees = src_dict.get("employees", UNSET)

        creditlimit = src_dict.get("creditlimit", UNSET)

        assigned = src_dict.get("assigned", UNSET)

        organisation = cls(
            id=id,
            name=name,
            description=description,
            accountnumber=accountnumber,
            owner=owner,
            street1=street1,
            street2=street2,
            street3=street3,
            town=town,
            county=county,
            postcode=postcode,
            country=country,
            parent_id=parent_id,
            parent=parent,
            created=created,
            lastupdated=lastupdated,
            status=status,
            source=source,
            classification=classification,
            rating=rating,
            industry=industry,
            type_=type_,
            phone=phone,
            email=email,
            assigned_to=assigned_to,
            country_code=country_code,
            tags=tags,
            custom_fields=custom_fields,
            custom_values=custom_values,
            website=website,
            vatnumber=vatnumber,
            companynumber=companynumber,
            employees=employees,
            creditlimit=creditlimit,
            assigned=assigned,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            organisation.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return organisation

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
