from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimelineItem")

# The keys this model reads; any other key of a response goes to `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "note",
        "email",
        "flag",
        "file",
        "opportunity",
        "new activity",
        "completed activity",
        "overdue activity",
    }
)


@_attrs_define
class TimelineItem:
    """One timeline item: an object with a single key naming its kind. The docs show `note` and `email`;
    the real server also sends `flag`, `file`, `opportunity` (organisation timelines) and the activity
    kinds, whose keys contain a space. Unknown kinds are accepted with the same entry shape.

    Attributes:
        note (TimelineEntry | Unset): A note, email, flag, file, opportunity or activity in a timeline. The docs show
            the note and email
            shapes (`Note::asJson`, `Email::asJson`); the real server sends the same set of keys for every kind,
            with string ids and raw timestamps. Every property except `id` may be absent.
        email (TimelineEntry | Unset): A note, email, flag, file, opportunity or activity in a timeline. The docs show
            the note and email
            shapes (`Note::asJson`, `Email::asJson`); the real server sends the same set of keys for every kind,
            with string ids and raw timestamps. Every property except `id` may be absent.
        flag (TimelineEntry | Unset): A note, email, flag, file, opportunity or activity in a timeline. The docs show
            the note and email
            shapes (`Note::asJson`, `Email::asJson`); the real server sends the same set of keys for every kind,
            with string ids and raw timestamps. Every property except `id` may be absent.
        file (TimelineEntry | Unset): A note, email, flag, file, opportunity or activity in a timeline. The docs show
            the note and email
            shapes (`Note::asJson`, `Email::asJson`); the real server sends the same set of keys for every kind,
            with string ids and raw timestamps. Every property except `id` may be absent.
        opportunity (TimelineEntry | Unset): A note, email, flag, file, opportunity or activity in a timeline. The docs
            show the note and email
            shapes (`Note::asJson`, `Email::asJson`); the real server sends the same set of keys for every kind,
            with string ids and raw timestamps. Every property except `id` may be absent.
        new_activity (TimelineEntry | Unset): A note, email, flag, file, opportunity or activity in a timeline. The docs
            show the note and email
            shapes (`Note::asJson`, `Email::asJson`); the real server sends the same set of keys for every kind,
            with string ids and raw timestamps. Every property except `id` may be absent.
        completed_activity (TimelineEntry | Unset): A note, email, flag, file, opportunity or activity in a timeline.
            The docs show the note and email
            shapes (`Note::asJson`, `Email::asJson`); the real server sends the same set of keys for every kind,
            with string ids and raw timestamps. Every property except `id` may be absent.
        overdue_activity (TimelineEntry | Unset): A note, email, flag, file, opportunity or activity in a timeline. The
            docs show the note and email
            shapes (`Note::asJson`, `Email::asJson`); the real server sends the same set of keys for every kind,
            with string ids and raw timestamps. Every property except `id` may be absent.
    """

    note: TimelineEntry | Unset = UNSET
    email: TimelineEntry | Unset = UNSET
    flag: TimelineEntry | Unset = UNSET
    file: TimelineEntry | Unset = UNSET
    opportunity: TimelineEntry | Unset = UNSET
    new_activity: TimelineEntry | Unset = UNSET
    completed_activity: TimelineEntry | Unset = UNSET
    overdue_activity: TimelineEntry | Unset = UNSET
    additional_properties: dict[str, TimelineEntry] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.note, Unset):
            note = self.note.to_dict()

        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        flag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flag, Unset):
            flag = self.flag.to_dict()

        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

        opportunity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opportunity, Unset):
            opportunity = self.opportunity.to_dict()

        new_activity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.new_activity, Unset):
            new_activity = self.new_activity.to_dict()

        completed_activity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.completed_activity, Unset):
            completed_activity = self.completed_activity.to_dict()

        overdue_activity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overdue_activity, Unset):
            overdue_activity = self.overdue_activity.to_dict()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if note is not UNSET:
            field_dict["note"] = note
        if email is not UNSET:
            field_dict["email"] = email
        if flag is not UNSET:
            field_dict["flag"] = flag
        if file is not UNSET:
            field_dict["file"] = file
        if opportunity is not UNSET:
            field_dict["opportunity"] = opportunity
        if new_activity is not UNSET:
            field_dict["new activity"] = new_activity
        if completed_activity is not UNSET:
            field_dict["completed activity"] = completed_activity
        if overdue_activity is not UNSET:
            field_dict["overdue activity"] = overdue_activity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _note = src_dict.get("note", UNSET)
        note: TimelineEntry | Unset
        if isinstance(_note, Unset):
            note = UNSET
        else:
            note = TimelineEntry.from_dict(_note)

        _email = src_dict.get("email", UNSET)
        email: TimelineEntry | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = TimelineEntry.from_dict(_email)

        _flag = src_dict.get("flag", UNSET)
        flag: TimelineEntry | Unset
        if isinstance(_flag, Unset):
            flag = UNSET
        else:
            flag = TimelineEntry.from_dict(_flag)

        _file = src_dict.get("file", UNSET)
        file: TimelineEntry | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = TimelineEntry.from_dict(_file)

        _opportunity = src_dict.get("opportunity", UNSET)
        opportunity: TimelineEntry | Unset
        if isinstance(_opportunity, Unset):
            opportunity = UNSET
        else:
            opportunity = TimelineEntry.from_dict(_opportunity)

        _new_activity = src_dict.get("new activity", UNSET)
        new_activity: TimelineEntry | Unset
        if isinstance(_new_activity, Unset):
            new_activity = UNSET
        else:
            new_activity = TimelineEntry.from_dict(_new_activity)

        _completed_activity = src_dict.get("completed activity", UNSET)
        completed_activity: TimelineEntry | Unset
        if isinstance(_completed_activity, Unset):
            completed_activity = UNSET
        else:
            completed_activity = TimelineEntry.from_dict(_completed_activity)

        _overdue_activity = src_dict.get("overdue activity", UNSET)
        overdue_activity: TimelineEntry | Unset
        if isinstance(_overdue_activity, Unset):
            overdue_activity = UNSET
        else:
            overdue_activity = TimelineEntry.from_dict(_overdue_activity)

        timeline_item = cls(
            note=note,
            email=email,
            flag=flag,
            file=file,
            opportunity=opportunity,
            new_activity=new_activity,
            completed_activity=completed_activity,
            overdue_activity=overdue_activity,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            additional_properties = {}
            for prop_name, prop_dict in src_dict.items():
                if prop_name in _KNOWN_KEYS:
                    continue
                additional_property = TimelineEntry.from_dict(prop_dict)

                additional_properties[prop_name] = additional_property

            timeline_item.additional_properties = additional_properties
        return timeline_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> TimelineEntry:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: TimelineEntry) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class so that models referring to each other still import.
from ..models.timeline_entry import TimelineEntry  # noqa: E402
