from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field import CustomField
    from ..models.custom_value import CustomValue


T = TypeVar("T", bound="Organisation")


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
        from ..models.custom_field import CustomField  # noqa: PLC0415
        from ..models.custom_value import CustomValue  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_accountnumber(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        accountnumber = _parse_accountnumber(d.pop("accountnumber"))

        def _parse_owner(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        owner = _parse_owner(d.pop("owner"))

        def _parse_street1(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        street1 = _parse_street1(d.pop("street1"))

        def _parse_street2(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        street2 = _parse_street2(d.pop("street2"))

        def _parse_street3(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        street3 = _parse_street3(d.pop("street3"))

        def _parse_town(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        town = _parse_town(d.pop("town"))

        def _parse_county(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        county = _parse_county(d.pop("county"))

        def _parse_postcode(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        postcode = _parse_postcode(d.pop("postcode"))

        def _parse_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country = _parse_country(d.pop("country"))

        def _parse_parent_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        def _parse_parent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent = _parse_parent(d.pop("parent"))

        def _parse_created(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            from tactile_crm_client.types import parse_datetime  # noqa: PLC0415

            componentsschemas_nullable_timestamp_type_0 = parse_datetime(data)

            return componentsschemas_nullable_timestamp_type_0

        created = _parse_created(d.pop("created"))

        def _parse_lastupdated(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            from tactile_crm_client.types import parse_datetime  # noqa: PLC0415

            componentsschemas_nullable_timestamp_type_0 = parse_datetime(data)

            return componentsschemas_nullable_timestamp_type_0

        lastupdated = _parse_lastupdated(d.pop("lastupdated"))

        def _parse_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status = _parse_status(d.pop("status"))

        def _parse_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source = _parse_source(d.pop("source"))

        def _parse_classification(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        classification = _parse_classification(d.pop("classification"))

        def _parse_rating(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rating = _parse_rating(d.pop("rating"))

        def _parse_industry(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        industry = _parse_industry(d.pop("industry"))

        def _parse_type_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_ = _parse_type_(d.pop("type"))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_assigned_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assigned_to = _parse_assigned_to(d.pop("assigned_to", UNSET))

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _custom_values = d.pop("custom_values", UNSET)
        custom_values: list[CustomValue] | Unset = UNSET
        if _custom_values is not UNSET:
            custom_values = []
            for custom_values_item_data in _custom_values:
                custom_values_item = CustomValue.from_dict(custom_values_item_data)

                custom_values.append(custom_values_item)

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        def _parse_vatnumber(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vatnumber = _parse_vatnumber(d.pop("vatnumber", UNSET))

        def _parse_companynumber(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        companynumber = _parse_companynumber(d.pop("companynumber", UNSET))

        def _parse_employees(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        employees = _parse_employees(d.pop("employees", UNSET))

        def _parse_creditlimit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        creditlimit = _parse_creditlimit(d.pop("creditlimit", UNSET))

        def _parse_assigned(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assigned = _parse_assigned(d.pop("assigned", UNSET))

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

        organisation.additional_properties = d
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
