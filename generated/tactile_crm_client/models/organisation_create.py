from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganisationCreate")


@_attrs_define
class OrganisationCreate:
    """A new organisation. `name` is required; an `id` makes it an update instead. Its properties are shared with
    OrganisationUpdate.

    Attributes:
        name (str):
        accountnumber (None | str | Unset): Must be unique within the account (case-sensitive). Left empty on create, it
            is generated from the name.
        description (None | str | Unset):
        parent_id (int | None | Unset): A record id, or null when there is none.
        assigned_to (None | str | Unset): A username (with or without `//site`). Defaults to the calling user on create.
        street1 (None | str | Unset):
        street2 (None | str | Unset):
        street3 (None | str | Unset):
        town (None | str | Unset):
        county (None | str | Unset):
        postcode (None | str | Unset): The postcode. The real server ignores a top-level postcode; send it in
            `address.postcode` to be safe.
        country_code (None | str | Unset): Upper-case ISO 3166 two-letter code. Empty means the account's default
            country.
        address (AddressInput | Unset): The main address, nested. The only way the real server accepts a postcode.
        status_id (int | None | Unset): A record id, or null when there is none.
        source_id (int | None | Unset): A record id, or null when there is none.
        classification_id (int | None | Unset): A record id, or null when there is none.
        rating_id (int | None | Unset): A record id, or null when there is none.
        industry_id (int | None | Unset): A record id, or null when there is none.
        type_id (int | None | Unset): A record id, or null when there is none.
        phone (None | str | Unset): The main telephone number. `""` removes it.
        email (None | str | Unset): The main email address. `""` removes it.
        fax (None | str | Unset): The main fax number. `""` removes it.
        website (None | str | Unset): The main website. `""` removes it. (Documented as a plain field; now a contact
            method.)
        creditlimit (float | None | Unset): Documented, but ignored by the current server (now a custom field).
        vatnumber (None | str | Unset): Documented, but ignored by the current server (now a custom field).
        companynumber (None | str | Unset): Documented, but ignored by the current server (now a custom field).
        employees (int | None | Unset): Documented, but ignored by the current server (now a custom field).
        assigned (None | str | Unset): The documented name of `assigned_to`; ignored by the current server.
    """

    name: str
    accountnumber: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    assigned_to: None | str | Unset = UNSET
    street1: None | str | Unset = UNSET
    street2: None | str | Unset = UNSET
    street3: None | str | Unset = UNSET
    town: None | str | Unset = UNSET
    county: None | str | Unset = UNSET
    postcode: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    address: AddressInput | Unset = UNSET
    status_id: int | None | Unset = UNSET
    source_id: int | None | Unset = UNSET
    classification_id: int | None | Unset = UNSET
    rating_id: int | None | Unset = UNSET
    industry_id: int | None | Unset = UNSET
    type_id: int | None | Unset = UNSET
    phone: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    creditlimit: float | None | Unset = UNSET
    vatnumber: None | str | Unset = UNSET
    companynumber: None | str | Unset = UNSET
    employees: int | None | Unset = UNSET
    assigned: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        accountnumber: None | str | Unset
        if isinstance(self.accountnumber, Unset):
            accountnumber = UNSET
        else:
            accountnumber = self.accountnumber

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        assigned_to: None | str | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        else:
            assigned_to = self.assigned_to

        street1: None | str | Unset
        if isinstance(self.street1, Unset):
            street1 = UNSET
        else:
            street1 = self.street1

        street2: None | str | Unset
        if isinstance(self.street2, Unset):
            street2 = UNSET
        else:
            street2 = self.street2

        street3: None | str | Unset
        if isinstance(self.street3, Unset):
            street3 = UNSET
        else:
            street3 = self.street3

        town: None | str | Unset
        if isinstance(self.town, Unset):
            town = UNSET
        else:
            town = self.town

        county: None | str | Unset
        if isinstance(self.county, Unset):
            county = UNSET
        else:
            county = self.county

        postcode: None | str | Unset
        if isinstance(self.postcode, Unset):
            postcode = UNSET
        else:
            postcode = self.postcode

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        status_id: int | None | Unset
        if isinstance(self.status_id, Unset):
            status_id = UNSET
        else:
            status_id = self.status_id

        source_id: int | None | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        classification_id: int | None | Unset
        if isinstance(self.classification_id, Unset):
            classification_id = UNSET
        else:
            classification_id = self.classification_id

        rating_id: int | None | Unset
        if isinstance(self.rating_id, Unset):
            rating_id = UNSET
        else:
            rating_id = self.rating_id

        industry_id: int | None | Unset
        if isinstance(self.industry_id, Unset):
            industry_id = UNSET
        else:
            industry_id = self.industry_id

        type_id: int | None | Unset
        if isinstance(self.type_id, Unset):
            type_id = UNSET
        else:
            type_id = self.type_id

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

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        creditlimit: float | None | Unset
        if isinstance(self.creditlimit, Unset):
            creditlimit = UNSET
        else:
            creditlimit = self.creditlimit

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

        assigned: None | str | Unset
        if isinstance(self.assigned, Unset):
            assigned = UNSET
        else:
            assigned = self.assigned

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if accountnumber is not UNSET:
            field_dict["accountnumber"] = accountnumber
        if description is not UNSET:
            field_dict["description"] = description
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if street1 is not UNSET:
            field_dict["street1"] = street1
        if street2 is not UNSET:
            field_dict["street2"] = street2
        if street3 is not UNSET:
            field_dict["street3"] = street3
        if town is not UNSET:
            field_dict["town"] = town
        if county is not UNSET:
            field_dict["county"] = county
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if address is not UNSET:
            field_dict["address"] = address
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if classification_id is not UNSET:
            field_dict["classification_id"] = classification_id
        if rating_id is not UNSET:
            field_dict["rating_id"] = rating_id
        if industry_id is not UNSET:
            field_dict["industry_id"] = industry_id
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if fax is not UNSET:
            field_dict["fax"] = fax
        if website is not UNSET:
            field_dict["website"] = website
        if creditlimit is not UNSET:
            field_dict["creditlimit"] = creditlimit
        if vatnumber is not UNSET:
            field_dict["vatnumber"] = vatnumber
        if companynumber is not UNSET:
            field_dict["companynumber"] = companynumber
        if employees is not UNSET:
            field_dict["employees"] = employees
        if assigned is not UNSET:
            field_dict["assigned"] = assigned

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        accountnumber = src_dict.get("accountnumber", UNSET)

        description = src_dict.get("description", UNSET)

        parent_id = src_dict.get("parent_id", UNSET)

        assigned_to = src_dict.get("assigned_to", UNSET)

        street1 = src_dict.get("street1", UNSET)

        street2 = src_dict.get("street2", UNSET)

        street3 = src_dict.get("street3", UNSET)

        town = src_dict.get("town", UNSET)

        county = src_dict.get("county", UNSET)

        postcode = src_dict.get("postcode", UNSET)

        country_code = src_dict.get("country_code", UNSET)

        _address = src_dict.get("address", UNSET)
        address: AddressInput | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = AddressInput.from_dict(_address)

        status_id = src_dict.get("status_id", UNSET)

        source_id = src_dict.get("source_id", UNSET)

        classification_id = src_dict.get("classification_id", UNSET)

        rating_id = src_dict.get("rating_id", UNSET)

        industry_id = src_dict.get("industry_id", UNSET)

        type_id = src_dict.get("type_id", UNSET)

        phone = src_dict.get("phone", UNSET)

        email = src_dict.get("email", UNSET)

        fax = src_dict.get("fax", UNSET)

        website = src_dict.get("website", UNSET)

        creditlimit = src_dict.get("creditlimit", UNSET)

        vatnumber = src_dict.get("vatnumber", UNSET)

        companynumber = src_dict.get("companynumber", UNSET)

        employees = src_dict.get("employees", UNSET)

        assigned = src_dict.get("assigned", UNSET)

        organisation_create = cls(
            name=name,
            accountnumber=accountnumber,
            description=description,
            parent_id=parent_id,
            assigned_to=assigned_to,
            street1=street1,
            street2=street2,
            street3=street3,
            town=town,
            county=county,
            postcode=postcode,
            country_code=country_code,
            address=address,
            status_id=status_id,
            source_id=source_id,
            classification_id=classification_id,
            rating_id=rating_id,
            industry_id=industry_id,
            type_id=type_id,
            phone=phone,
            email=email,
            fax=fax,
            website=website,
            creditlimit=creditlimit,
            vatnumber=vatnumber,
            companynumber=companynumber,
            employees=employees,
            assigned=assigned,
        )

        return organisation_create


# Imported after the class so that models referring to each other still import.
from ..models.address_input import AddressInput  # noqa: E402
