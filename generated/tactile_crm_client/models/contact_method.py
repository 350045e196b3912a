from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactMethod")

# The keys this model reads; any other key of a response goes to `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "organisation_id",
        "contact",
        "type",
        "name",
        "main",
    }
)


@_attrs_define
class ContactMethod:
    """
    Attributes:
        id (int): A record id (a positive 64-bit integer).
        organisation_id (int): A record id (a positive 64-bit integer).
        contact (str): The number, address or handle itself.
        type_ (str): One letter: `T` telephone, `F` fax, `E` email (the documented three), and on the real server also
            `M` mobile, `W` website, `S` Skype, `I` Twitter, `L` LinkedIn, `K` Facebook. The server stores
            other single letters unchecked, so clients should not treat this as a closed set.
        name (str): The user-entered name, "Main" by default.
        main (bool | Unset): Whether this is the organisation's main contact method of its type.
    """

    id: int
    organisation_id: int
    contact: str
    type_: str
    name: str
    main: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organisation_id = self.organisation_id

        contact = self.contact

        type_ = self.type_

        name = self.name

        main = self.main

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organisation_id": organisation_id,
                "contact": contact,
                "type": type_,
                "name": name,
            }
        )
        if main is not UNSET:
            field_dict["main"] = main

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        organisation_id = src_dict["organisation_id"]

        contact = src_dict["contact"]

        type_ = src_dict["type"]

        name = src_dict["name"]

        main = src_dict.get("main", UNSET)

        contact_method = cls(
            id=id,
            organisation_id=organisation_id,
            contact=contact,
            type_=type_,
            name=name,
            main=main,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            contact_method.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return contact_method

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
