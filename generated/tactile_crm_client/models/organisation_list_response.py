from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status import Status
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganisationListResponse")

# The keys this model reads; any other key of a response goes to `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "status",
        "messages",
        "organisations",
        "cur_page",
        "num_pages",
        "per_page",
        "total",
    }
)


@_attrs_define
class OrganisationListResponse:
    """
    Attributes:
        status (Status): Whether the request succeeded. Every response is HTTP 200; look here instead.
        messages (list[str] | MessageMap | Unset): Why the request failed. The docs describe a list of strings; the real
            server always sends an
            object keyed by field. Both validate.
        organisations (list[Organisation] | Unset):
        cur_page (int | Unset): The page returned (the requested one, even beyond the last).
        num_pages (int | Unset): How many pages there are (0 when there are no results).
        per_page (int | Unset): The page size used.
        total (int | Unset): How many organisations match, over all pages.
    """

    status: Status
    messages: list[str] | MessageMap | Unset = UNSET
    organisations: list[Organisation] | Unset = UNSET
    cur_page: int | Unset = UNSET
    num_pages: int | Unset = UNSET
    per_page: int | Unset = UNSET
    total: int | Unset = UNSET
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

        organisations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organisations, Unset):
            organisations = []
            for organisations_item_data in self.organisations:
                organisations_item = organisations_item_data.to_dict()
                organisations.append(organisations_item)

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
        if organisations is not UNSET:
            field_dict["organisations"] = organisations
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

        _organisations = src_dict.get("organisations", UNSET)
        organisations: list[Organisation] | Unset = UNSET
        if _organisations is not UNSET:
            organisations = []
            for organisations_item_data in _organisations:
                organisations_item = Organisation.from_dict(organisations_item_data)

                organisations.append(organisations_item)

        cur_page = src_dict.get("cur_page", UNSET)

        num_pages = src_dict.get("num_pages", UNSET)

        per_page = src_dict.get("per_page", UNSET)

        total = src_dict.get("total", UNSET)

        organisation_list_response = cls(
            status=status,
            messages=messages,
            organisations=organisations,
            cur_page=cur_page,
            num_pages=num_pages,
            per_page=per_page,
            total=total,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            organisation_list_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return organisation_list_response

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
from ..models.organisation import Organisation  # noqa: E402
