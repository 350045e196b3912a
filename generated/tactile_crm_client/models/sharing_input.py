from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.sharing_keyword import SharingKeyword
from ..types import UNSET, Unset

T = TypeVar("T", bound="SharingInput")


@_attrs_define
class SharingInput:
    """Who may read and write the organisation. Default everyone. On update by the owner or an admin, omitted sharing
    resets to everyone.

    Attributes:
        read (list[int] | SharingKeyword | Unset): `everyone`, `private` (only the owner), or a list of role ids.
        write (list[int] | SharingKeyword | Unset): `everyone`, `private` (only the owner), or a list of role ids.
    """

    read: list[int] | SharingKeyword | Unset = UNSET
    write: list[int] | SharingKeyword | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        read: list[int] | str | Unset
        if isinstance(self.read, Unset):
            read = UNSET
        elif isinstance(self.read, SharingKeyword):
            read = self.read.value
        else:
            read = self.read

        write: list[int] | str | Unset
        if isinstance(self.write, Unset):
            write = UNSET
        elif isinstance(self.write, SharingKeyword):
            write = self.write.value
        else:
            write = self.write

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if read is not UNSET:
            field_dict["read"] = read
        if write is not UNSET:
            field_dict["write"] = write

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_read(data: object) -> list[int] | SharingKeyword | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_sharing_target_type_0 = SharingKeyword.from_wire(data)

                return componentsschemas_sharing_target_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_sharing_target_type_1 = cast(list[int], data)

            return componentsschemas_sharing_target_type_1

        read = _parse_read(src_dict.get("read", UNSET))

        def _parse_write(data: object) -> list[int] | SharingKeyword | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_sharing_target_type_0 = SharingKeyword.from_wire(data)

                return componentsschemas_sharing_target_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_sharing_target_type_1 = cast(list[int], data)

            return componentsschemas_sharing_target_type_1

        write = _parse_write(src_dict.get("write", UNSET))

        sharing_input = cls(
            read=read,
            write=write,
        )

        return sharing_input
