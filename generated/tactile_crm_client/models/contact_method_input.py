from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.contact_method_type import ContactMethodType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactMethodInput")


@_attrs_define
class ContactMethodInput:
    """A contact method. All three of `organisation_id`, `contact` and `type` are needed to create one;
    when updating one (the `id` query parameter) omitted fields keep their values.

    Attributes:
        organisation_id (int): A record id (a positive 64-bit integer).
        contact (str): The email address, number or handle.
        type_ (ContactMethodType): A contact method type, as a letter or a word the server maps to its letter.
        name (str | Unset): A name for the contact method; "Main" when omitted.
        main (bool | Unset): Make it the main one of its type. By default the first of a type becomes main.
    """

    organisation_id: int
    contact: str
    type_: ContactMethodType
    name: str | Unset = UNSET
    main: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        organisation_id = self.organisation_id

        contact = self.contact

        type_ = self.type_.value

        name = self.name

        main = self.main

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "organisation_id": organisation_id,
                "contact": contact,
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if main is not UNSET:
            field_dict["main"] = main

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        organisation_id = src_dict["organisation_id"]

        contact = src_dict["contact"]

        type_ = ContactMethodType.from_wire(src_dict["type"])

        name = src_dict.get("name", UNSET)

        main = src_dict.get("main", UNSET)

        contact_method_input = cls(
            organisation_id=organisation_id,
            contact=contact,
            type_=type_,
            name=name,
            main=main,
        )

        return contact_method_input
