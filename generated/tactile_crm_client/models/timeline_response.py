from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status import Status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_map import MessageMap
    from ..models.timeline_item import TimelineItem


T = TypeVar("T", bound="TimelineResponse")


@_attrs_define
class TimelineResponse:
    """
    Attributes:
        status (Status): Whether the request succeeded. Every response is HTTP 200; look here instead.
        messages (list[str] | MessageMap | Unset): Why the request failed. The docs describe a list of strings; the real
            server always sends an
            object keyed by field. Both validate.
        timeline (list[TimelineItem] | Unset):
        cur_page (int | Unset):
        num_pages (int | Unset):
        per_page (int | Unset): Always 50 on the real server.
        total (int | Unset):
    """

    status: Status
    messages: list[str] | MessageMap | Unset = UNSET
    timeline: list[TimelineItem] | Unset = UNSET
    cur_page: int | Unset = UNSET
    num_pages: int | Unset = UNSET
    per_page: int | Unset = UNSET
    total: int | Unset = UNSET
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

        timeline: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.timeline, Unset):
            timeline = []
            for timeline_item_data in self.timeline:
                timeline_item = timeline_item_data.to_dict()
                timeline.append(timeline_item)

        cur_page = self.cur_page

        num_pages = self.num_pages

        per_page = self.per_page

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if messages is not UNSET:
            field_dict["messages"] = messages
        if timeline is not UNSET:
            field_dict["timeline"] = timeline
        if cur_page is not UNSET:
            field_dict["cur_page"] = cur_page
        if num_pages is not UNSET:
            field_dict["num_pages"] = num_pages
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_map import MessageMap  # noqa: PLC0415
        from ..models.timeline_item import TimelineItem  # noqa: PLC0415

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

        _timeline = d.pop("timeline", UNSET)
        timeline: list[TimelineItem] | Unset = UNSET
        if _timeline is not UNSET:
            timeline = []
            for timeline_item_data in _timeline:
                timeline_item = TimelineItem.from_dict(timeline_item_data)

                timeline.append(timeline_item)

        cur_page = d.pop("cur_page", UNSET)

        num_pages = d.pop("num_pages", UNSET)

        per_page = d.pop("per_page", UNSET)

        total = d.pop("total", UNSET)

        timeline_response = cls(
            status=status,
            messages=messages,
            timeline=timeline,
            cur_page=cur_page,
            num_pages=num_pages,
            per_page=per_page,
            total=total,
        )

        timeline_response.additional_properties = d
        return timeline_response

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
