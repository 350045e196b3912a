from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SharingOptions")

# The keys this model reads; any other key of a response goes to `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "read",
        "write",
    }
)


@_attrs_define
class SharingOptions:
    """Who may read and write a new organisation.

    Attributes:
        read (SharingChoices | Unset):
        write (SharingChoices | Unset):
    """

    read: SharingChoices | Unset = UNSET
    write: SharingChoices | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        read: dict[str, Any] | Unset = UNSET
        if not isinstance(self.read, Unset):
            read = self.read.to_dict()

        write: dict[str, Any] | Unset = UNSET
        if not isinstance(self.write, Unset):
            write = self.write.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if read is not UNSET:
            field_dict["read"] = read
        if write is not UNSET:
            field_dict["write"] = write

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _read = src_dict.get("read", UNSET)
        read: SharingChoices | Unset
        if isinstance(_read, Unset):
            read = UNSET
        else:
            read = SharingChoices.from_dict(_read)

        _write = src_dict.get("write", UNSET)
        write: SharingChoices | Unset
        if isinstance(_write, Unset):
            write = UNSET
        else:
            write = SharingChoices.from_dict(_write)

        sharing_options = cls(
            read=read,
            write=write,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            sharing_options.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return sharing_options

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
from ..models.sharing_choices import SharingChoices  # noqa: E402
