from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddressInput")


@_attrs_define
class AddressInput:
    """The main address, nested. The only way the real server accepts a postcode.

    Attributes:
        street1 (None | str | Unset):
        street2 (None | str | Unset):
        street3 (None | str | Unset):
        town (None | str | Unset):
        county (None | str | Unset):
        postcode (None | str | Unset):
        country_code (None | str | Unset):
    """

    street1: None | str | Unset = UNSET
    street2: None | str | Unset = UNSET
    street3: None | str | Unset = UNSET
    town: None | str | Unset = UNSET
    county: None | str | Unset = UNSET
    postcode: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        street1 = src_dict.get("street1", UNSET)

        street2 = src_dict.get("street2", UNSET)

        street3 = src_dict.get("street3", UNSET)

        town = src_dict.get("town", UNSET)

        county = src_dict.get("county", UNSET)

        postcode = src_dict.get("postcode", UNSET)

        country_code = src_dict.get("country_code", UNSET)

        address_input = cls(
            street1=street1,
            street2=street2,
            street3=street3,
            town=town,
            county=county,
            postcode=postcode,
            country_code=country_code,
        )

        return address_input
