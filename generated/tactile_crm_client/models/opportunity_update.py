from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpportunityUpdate")


@_attrs_define
class OpportunityUpdate:
    """Changes to an existing opportunity. Omitted fields keep their values; `null` or `""` clears one.

    Attributes:
        id (int): A record id (a positive 64-bit integer).
        name (str | Unset):
        description (None | str | Unset):
        status_id (int | Unset): A record id (a positive 64-bit integer).
        enddate (datetime.date | Unset): The expected close date, `YYYY-MM-DD`.
        organisation_id (int | None | Unset): A record id, or null when there is none.
        person_id (int | None | Unset): A record id, or null when there is none.
        organisation (None | str | Unset): With no `organisation_id`, a new organisation of this name is created and
            linked.
        person (None | str | Unset): With no `person_id`, a new person of this name is created and linked.
        assigned_to (None | str | Unset): A username (with or without `//site`). Defaults to the calling user on create.
        cost (float | None | Unset): The value of the opportunity (stored with two decimals).
        probability (int | None | Unset): Likelihood of winning in percent, a multiple of 5.
        source_id (int | None | Unset): A record id, or null when there is none.
        type_id (int | None | Unset): A record id, or null when there is none.
        campaign_id (int | None | Unset): A record id, or null when there is none.
        archived (bool | Unset): Archive or unarchive the opportunity.
        date (str | Unset): Documented for 'todo' and 'event' opportunities; ignored by the current server.
        time (str | Unset): Documented for 'todo' and 'event' opportunities; ignored by the current server.
        later (bool | Unset): Documented for 'todo' opportunities; ignored by the current server.
        location (str | Unset): Documented for 'event' opportunities; ignored by the current server.
        end_date (str | Unset): Documented for 'event' opportunities; ignored by the current server.
        end_time (str | Unset): Documented for 'event' opportunities; ignored by the current server.
    """

    id: int
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    status_id: int | Unset = UNSET
    enddate: datetime.date | Unset = UNSET
    organisation_id: int | None | Unset = UNSET
    person_id: int | None | Unset = UNSET
    organisation: None | str | Unset = UNSET
    person: None | str | Unset = UNSET
    assigned_to: None | str | Unset = UNSET
    cost: float | None | Unset = UNSET
    probability: int | None | Unset = UNSET
    source_id: int | None | Unset = UNSET
    type_id: int | None | Unset = UNSET
    campaign_id: int | None | Unset = UNSET
    archived: bool | Unset = UNSET
    date: str | Unset = UNSET
    time: str | Unset = UNSET
    later: bool | Unset = UNSET
    location: str | Unset = UNSET
    end_date: str | Unset = UNSET
    end_time: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status_id = self.status_id

        enddate: str | Unset = UNSET
        if not isinstance(self.enddate, Unset):
            enddate = self.enddate.isoformat()

        organisation_id: int | None | Unset
        if isinstance(self.organisation_id, Unset):
            organisation_id = UNSET
        else:
            organisation_id = self.organisation_id

        person_id: int | None | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        organisation: None | str | Unset
        if isinstance(self.organisation, Unset):
            organisation = UNSET
        else:
            organisation = self.organisation

        person: None | str | Unset
        if isinstance(self.person, Unset):
            person = UNSET
        else:
            person = self.person

        assigned_to: None | str | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        else:
            assigned_to = self.assigned_to

        cost: float | None | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        probability: int | None | Unset
        if isinstance(self.probability, Unset):
            probability = UNSET
        else:
            probability = self.probability

        source_id: int | None | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        type_id: int | None | Unset
        if isinstance(self.type_id, Unset):
            type_id = UNSET
        else:
            type_id = self.type_id

        campaign_id: int | None | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        archived = self.archived

        date = self.date

        time = self.time

        later = self.later

        location = self.location

        end_date = self.end_date

        end_time = self.end_time

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if enddate is not UNSET:
            field_dict["enddate"] = enddate
        if organisation_id is not UNSET:
            field_dict["organisation_id"] = organisation_id
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if organisation is not UNSET:
            field_dict["organisation"] = organisation
        if person is not UNSET:
            field_dict["person"] = person
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if cost is not UNSET:
            field_dict["cost"] = cost
        if probability is not UNSET:
            field_dict["probability"] = probability
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if archived is not UNSET:
            field_dict["archived"] = archived
        if date is not UNSET:
            field_dict["date"] = date
        if time is not UNSET:
            field_dict["time"] = time
        if later is not UNSET:
            field_dict["later"] = later
        if location is not UNSET:
            field_dict["location"] = location
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        status_id = src_dict.get("status_id", UNSET)

        _enddate = src_dict.get("enddate", UNSET)
        enddate: datetime.date | Unset
        if isinstance(_enddate, Unset):
            enddate = UNSET
        else:
            enddate = datetime.date.fromisoformat(_enddate)

        organisation_id = src_dict.get("organisation_id", UNSET)

        person_id = src_dict.get("person_id", UNSET)

        organisation = src_dict.get("organisation", UNSET)

        person = src_dict.get("person", UNSET)

        assigned_to = src_dict.get("assigned_to", UNSET)

        cost = src_dict.get("cost", UNSET)

        probability = src_dict.get("probability", UNSET)

        source_id = src_dict.get("source_id", UNSET)

        type_id = src_dict.get("type_id", UNSET)

        campaign_id = src_dict.get("campaign_id", UNSET)

        archived = src_dict.get("archived", UNSET)

        date = src_dict.get("date", UNSET)

        time = src_dict.get("time", UNSET)

        later = src_dict.get("later", UNSET)

        location = src_dict.get("location", UNSET)

        end_date = src_dict.get("end_date", UNSET)

        end_time = src_dict.get("end_time", UNSET)

        opportunity_update = cls(
            id=id,
            name=name,
            description=description,
            status_id=status_id,
            enddate=enddate,
            organisation_id=organisation_id,
            person_id=person_id,
            organisation=organisation,
            person=person,
            assigned_to=assigned_to,
            cost=cost,
            probability=probability,
            source_id=source_id,
            type_id=type_id,
            campaign_id=campaign_id,
            archived=archived,
            date=date,
            time=time,
            later=later,
            location=location,
            end_date=end_date,
            end_time=end_time,
        )

        return opportunity_update
