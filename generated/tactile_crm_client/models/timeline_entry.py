from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="TimelineEntry")

# The keys this model reads; any other key of a response goes to `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "subject",
        "note",
        "body",
        "email_from",
        "email_to",
        "private",
        "owner",
        "organisation_id",
        "organisation",
        "person_id",
        "person",
        "opportunity_id",
        "opportunity",
        "activity_id",
        "activity",
        "created",
        "lastupdated",
        "received",
        "when",
        "url",
    }
)


@_attrs_define
class TimelineEntry:
    """A note, email, flag, file, opportunity or activity in a timeline. The docs show the note and email
    shapes (`Note::asJson`, `Email::asJson`); the real server sends the same set of keys for every kind,
    with string ids and raw timestamps. Every property except `id` may be absent.

    Attributes:
        id (int | str): An id as a JSON integer (the docs) or a string of digits (the real server's timeline and custom
            fields, which copy raw database values).
        title (None | str | Unset):
        subject (None | str | Unset):
        note (None | str | Unset): A note's body. HTML on the real server (entities, links and `<br />`).
        body (None | str | Unset): An email's body. HTML on the real server.
        email_from (None | str | Unset):
        email_to (None | str | Unset):
        private (bool | Unset): Whether the note is private to its owner.
        owner (None | str | Unset): A user's username, or null. The real server sends the stored form `name//site` (e.g.
            `greg//sample`); the docs show the short form (`greg`). Requests may use either; the server
            appends `//site`.
             Example: greg//sample.
        organisation_id (int | None | str | Unset): Like FlexibleId, or null.
        organisation (None | str | Unset):
        person_id (int | None | str | Unset): Like FlexibleId, or null.
        person (None | str | Unset):
        opportunity_id (int | None | str | Unset): Like FlexibleId, or null.
        opportunity (None | str | Unset):
        activity_id (int | None | str | Unset): Like FlexibleId, or null.
        activity (None | str | Unset):
        created (datetime.datetime | None | Unset): A timeline timestamp, or null. The real server sends the raw
            database value, `2009-03-25 11:30:41`,
            in Europe/London local time without an offset; the docs show ISO 8601 with an offset.
             Example: 2009-03-25 11:30:41.
        lastupdated (datetime.datetime | None | Unset): A timeline timestamp, or null. The real server sends the raw
            database value, `2009-03-25 11:30:41`,
            in Europe/London local time without an offset; the docs show ISO 8601 with an offset.
             Example: 2009-03-25 11:30:41.
        received (datetime.datetime | None | Unset): A timeline timestamp, or null. The real server sends the raw
            database value, `2009-03-25 11:30:41`,
            in Europe/London local time without an offset; the docs show ISO 8601 with an offset.
             Example: 2009-03-25 11:30:41.
        when (None | str | Unset): A human-readable time such as "Created by greg Today, 14:05".
        url (None | str | Unset): The item's page in the web app, e.g. `/notes/view/885`.
    """

    id: int | str
    title: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    email_from: None | str | Unset = UNSET
    email_to: None | str | Unset = UNSET
    private: bool | Unset = UNSET
    owner: None | str | Unset = UNSET
    organisation_id: int | None | str | Unset = UNSET
    organisation: None | str | Unset = UNSET
    person_id: int | None | str | Unset = UNSET
    person: None | str | Unset = UNSET
    opportunity_id: int | None | str | Unset = UNSET
    opportunity: None | str | Unset = UNSET
    activity_id: int | None | str | Unset = UNSET
    activity: None | str | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    lastupdated: datetime.datetime | None | Unset = UNSET
    received: datetime.datetime | None | Unset = UNSET
    when: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        email_from: None | str | Unset
        if isinstance(self.email_from, Unset):
            email_from = UNSET
        else:
            email_from = self.email_from

        email_to: None | str | Unset
        if isinstance(self.email_to, Unset):
            email_to = UNSET
        else:
            email_to = self.email_to

        private = self.private

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        organisation_id: int | None | str | Unset
        if isinstance(self.organisation_id, Unset):
            organisation_id = UNSET
        else:
            organisation_id = self.organisation_id

        organisation: None | str | Unset
        if isinstance(self.organisation, Unset):
            organisation = UNSET
        else:
            organisation = self.organisation

        person_id: int | None | str | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        person: None | str | Unset
        if isinstance(self.person, Unset):
            person = UNSET
        else:
            person = self.person

        opportunity_id: int | None | str | Unset
        if isinstance(self.opportunity_id, Unset):
            opportunity_id = UNSET
        else:
            opportunity_id = self.opportunity_id

        opportunity: None | str | Unset
        if isinstance(self.opportunity, Unset):
            opportunity = UNSET
        else:
            opportunity = self.opportunity

        activity_id: int | None | str | Unset
        if isinstance(self.activity_id, Unset):
            activity_id = UNSET
        else:
            activity_id = self.activity_id

        activity: None | str | Unset
        if isinstance(self.activity, Unset):
            activity = UNSET
        else:
            activity = self.activity

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        lastupdated: None | str | Unset
        if isinstance(self.lastupdated, Unset):
            lastupdated = UNSET
        elif isinstance(self.lastupdated, datetime.datetime):
            lastupdated = self.lastupdated.isoformat()
        else:
            lastupdated = self.lastupdated

        received: None | str | Unset
        if isinstance(self.received, Unset):
            received = UNSET
        elif isinstance(self.received, datetime.datetime):
            received = self.received.isoformat()
        else:
            received = self.received

        when: None | str | Unset
        if isinstance(self.when, Unset):
            when = UNSET
        else:
            when = self.when

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if subject is not UNSET:
            field_dict["subject"] = subject
        if note is not UNSET:
            field_dict["note"] = note
        if body is not UNSET:
            field_dict["body"] = body
        if email_from is not UNSET:
            field_dict["email_from"] = email_from
        if email_to is not UNSET:
            field_dict["email_to"] = email_to
        if private is not UNSET:
            field_dict["private"] = private
        if owner is not UNSET:
            field_dict["owner"] = owner
        if organisation_id is not UNSET:
            field_dict["organisation_id"] = organisation_id
        if organisation is not UNSET:
            field_dict["organisation"] = organisation
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if person is not UNSET:
            field_dict["person"] = person
        if opportunity_id is not UNSET:
            field_dict["opportunity_id"] = opportunity_id
        if opportunity is not UNSET:
            field_dict["opportunity"] = opportunity
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if activity is not UNSET:
            field_dict["activity"] = activity
        if created is not UNSET:
            field_dict["created"] = created
        if lastupdated is not UNSET:
            field_dict["lastupdated"] = lastupdated
        if received is not UNSET:
            field_dict["received"] = received
        if when is not UNSET:
            field_dict["when"] = when
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        title = src_dict.get("title", UNSET)

        subject = src_dict.get("subject", UNSET)

        note = src_dict.get("note", UNSET)

        body = src_dict.get("body", UNSET)

        email_from = src_dict.get("email_from", UNSET)

        email_to = src_dict.get("email_to", UNSET)

        private = src_dict.get("private", UNSET)

        owner = src_dict.get("owner", UNSET)

        organisation_id = src_dict.get("organisation_id", UNSET)

        organisation = src_dict.get("organisation", UNSET)

        person_id = src_dict.get("person_id", UNSET)

        person = src_dict.get("person", UNSET)

        opportunity_id = src_dict.get("opportunity_id", UNSET)

        opportunity = src_dict.get("opportunity", UNSET)

        activity_id = src_dict.get("activity_id", UNSET)

        activity = src_dict.get("activity", UNSET)

        def _parse_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_nullable_local_timestamp_type_0 = parse_datetime(data)

            return componentsschemas_nullable_local_timestamp_type_0

        created = _parse_created(src_dict.get("created", UNSET))

        def _parse_lastupdated(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_nullable_local_timestamp_type_0 = parse_datetime(data)

            return componentsschemas_nullable_local_timestamp_type_0

        lastupdated = _parse_lastupdated(src_dict.get("lastupdated", UNSET))

        def _parse_received(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_nullable_local_timestamp_type_0 = parse_datetime(data)

            return componentsschemas_nullable_local_timestamp_type_0

        received = _parse_received(src_dict.get("received", UNSET))

        when = src_dict.get("when", UNSET)

        url = src_dict.get("url", UNSET)

        timeline_entry = cls(
            id=id,
            title=title,
            subject=subject,
            note=note,
            body=body,
            email_from=email_from,
            email_to=email_to,
            private=private,
            owner=owner,
            organisation_id=organisation_id,
            organisation=organisation,
            person_id=person_id,
            person=person,
            opportunity_id=opportunity_id,
            opportunity=opportunity,
            activity_id=activity_id,
            activity=activity,
            created=created,
            lastupdated=lastupdated,
            received=received,
            when=when,
            url=url,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            timeline_entry.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return timeline_entry

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
