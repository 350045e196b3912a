from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status import Status
from ..types import UNSET, Unset

T = TypeVar("T", bound="OpportunityOptionsResponse")

# The keys this model reads; any other key of a response goes to `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "status",
        "messages",
        "opportunity_options",
    }
)


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
        status = Status.from_wire(src_dict["status"])

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

        messages = _parse_messages(src_dict.get("messages", UNSET))

        _opportunity_options = src_dict.get("opportunity_options", UNSET)
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

        if not _KNOWN_KEYS.issuperset(src_dict):
            opportunity_options_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
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


# Imported after the class so that models referring to each other still import.
from ..models.message_map import MessageMap  # noqa: E402
from ..models.opportunity_options import OpportunityOptions  # noqa: E402
