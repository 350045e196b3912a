from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status import Status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_map import MessageMap
    from ..models.opportunity_options import OpportunityOptions


T = TypeVar("T", bound="OpportunityOptionsResponse")


@_attrs_define
class OpportunityOptionsResponse:
    """
    Attributes:
        status (Status): Whether the request succeeded. Every response is HTTP 200; look here instead.
        messages (list[str] | MessageMap | Unset): Why the request failed. The docs describe a list of strings; the real
            server always sends an
            object keyed by field. Both validate.
        opportunity_options (OpportunityOptions | Unset):
    """

    status: Status
    messages: list[str] | MessageMap | Unset = UNSET
    opportunity_options: OpportunityOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.message_map import MessageMap  # noqa: PLC0415

        status = self.status.value

        messages: dict[str, Any] | list[str] | Unset
        if isinstance(self.messages, Unset):
            messages = UNSET
        elif isinstance(self.messages, MessageMap):
            messages = self.messages.to_dict()
        else:
            messages = self.messages

        opportunity_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opportunity_options, Unset):
            opportunity_options = self.opportunity_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if messages is not UNSET:
            field_dict["messages"] = messages
        if opportunity_options is not UNSET:
            field_dict["opportunity_options"] = opportunity_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_map import MessageMap  # noqa: PLC0415
        from ..models.opportunity_options import OpportunityOptions  # noqa: PLC0415

        d = dict(src_dict)
        status = Status(d.pop("status"))

        def _parse_messages(data: object) -> list[str] | MessageMap | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_messages_type_0 = MessageMap.from_dict(data)

                return componentsschemas_messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_messages_type_1 = cast(list[str], data)

            return componentsschemas_messages_type_1

        messages = _parse_messages(d.pop("messages", UNSET))

        _opportunity_options = d.pop("opportunity_options", UNSET)
        opportunity_options: OpportunityOptions | Unset
        if isinstance(_opportunity_options, Unset):
            opportunity_options = UNSET
        else:
            opportunity_options = OpportunityOptions.from_dict(_opportunity_options)

        opportunity_options_response = cls(
            status=status,
            messages=messages,
            opportunity_options=opportunity_options,
        )

        opportunity_options_response.additional_properties = d
        return opportunity_options_response

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
