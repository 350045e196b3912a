"""A typed tour of the generated client, checked with ``mypy --strict`` and run against the fake by the tests.

Every ``assert_type`` pins what the client promises: success results are never Optional, paged lists return
``Page[...]``, saves return the new id, iterators yield the models.

Run it against the fake server:

    python -m tactile_fake --port 8765 &
    TACTILE_API_TOKEN=<demo token it prints> python examples/usage.py http://127.0.0.1:8765
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
from collections.abc import AsyncIterator, Iterator
from typing import assert_type

from tactile_crm_client import (
    AuthenticationError,
    Client,
    NotFoundError,
    Page,
    PermissionDeniedError,
    RetryPolicy,
    TactileError,
    UnexpectedResponseError,
    ValidationError,
)
from tactile_crm_client.api.opportunities import (
    add_opportunity_tag,
    get_opportunity_options,
    get_opportunity_timeline,
    list_opportunities,
    save_opportunity,
    view_opportunity,
)
from tactile_crm_client.api.organisations import (
    add_organisation_tag,
    get_organisation_options,
    get_organisation_timeline,
    list_my_organisations,
    list_organisation_contact_methods,
    list_organisations,
    save_organisation,
    save_organisation_contact,
    view_organisation,
)
from tactile_crm_client.models import (
    ContactMethod,
    ContactMethodInput,
    ContactMethodType,
    Opportunity,
    OpportunityCreate,
    OpportunityOptions,
    OpportunitySaveRequest,
    Organisation,
    OrganisationCreate,
    OrganisationOptions,
    OrganisationSaveRequest,
    OrganisationUpdate,
    TimelineItem,
)
from tactile_crm_client.models.organisation_view_response import OrganisationViewResponse
from tactile_crm_client.types import Response


def tour(client: Client) -> int:
    """Every operation once, synchronously; returns the id of the organisation it creates."""
    page = list_organisations.sync(client=client, name="acme*", limit=10)
    assert_type(page, Page[Organisation])
    assert_type(page.items, list[Organisation])
    assert_type(page.total, int)
    assert_type(list_my_organisations.sync(client=client), Page[Organisation])
    assert_type(list_opportunities.sync(client=client, organisation_id=9876), Page[Opportunity])

    organisation = view_organisation.sync(1234, client=client)
    assert_type(organisation, Organisation)
    created = organisation.created
    if isinstance(created, dt.datetime):
        assert created.tzinfo is not None
    assert_type(view_opportunity.sync(1234, client=client), Opportunity)
    assert_type(get_organisation_timeline.sync(client=client, id=1234), Page[TimelineItem])
    assert_type(get_opportunity_timeline.sync(client=client, id=1234, page=1), Page[TimelineItem])
    assert_type(list_organisation_contact_methods.sync(client=client, id=1234), list[ContactMethod])
    assert_type(get_organisation_options.sync(client=client), OrganisationOptions)
    assert_type(get_opportunity_options.sync(client=client), OpportunityOptions)

    new_id = save_organisation.sync(
        client=client,
        body=OrganisationSaveRequest(
            organisation=OrganisationCreate(name="Typed Tour Ltd", country_code="GB")
        ),
    )
    assert_type(new_id, int)
    same_id = save_organisation.sync(
        client=client,
        body=OrganisationSaveRequest(organisation=OrganisationUpdate(id=new_id, description="typed")),
    )
    assert same_id == new_id
    contact_id = save_organisation_contact.sync(
        client=client,
        body=ContactMethodInput(
            organisation_id=new_id, contact="tour@example.com", type_=ContactMethodType.E
        ),
    )
    assert_type(contact_id, int)
    assert_type(add_organisation_tag.sync(client=client, id=new_id, tag="Typed"), str)
    opportunity_id = save_opportunity.sync(
        client=client,
        body=OpportunitySaveRequest(
            opportunity=OpportunityCreate(
                name="Typed deal", status_id=1, enddate=dt.date(2030, 1, 1), organisation_id=new_id
            )
        ),
    )
    assert_type(add_opportunity_tag.sync(client=client, id=opportunity_id, tag="Typed"), str)

    detailed = view_organisation.sync_detailed(new_id, client=client)
    assert_type(detailed, Response[OrganisationViewResponse])

    everything = client.iter_organisations(name="typed*")
    assert_type(everything, Iterator[Organisation])
    assert [org.id for org in everything] == [new_id]
    return new_id


def errors(client: Client) -> None:
    try:
        view_organisation.sync(987654321, client=client)
    except NotFoundError as error:
        assert_type(error.messages, dict[str, str])
    try:
        save_organisation.sync(
            client=client, body=OrganisationSaveRequest(organisation=OrganisationCreate(name=""))
        )
    except ValidationError as error:
        assert_type(error.field_errors, dict[str, str])
        assert "organisation_name" in error.field_errors
    except (AuthenticationError, PermissionDeniedError, UnexpectedResponseError):
        raise
    except TactileError as error:
        assert_type(error.operation, str)
        raise


async def async_tour(client: Client) -> list[str]:
    organisation = await view_organisation.asyncio(1234, client=client)
    assert_type(organisation, Organisation)
    page = await list_organisations.asyncio(client=client, page=1)
    assert_type(page, Page[Organisation])
    names = client.aiter_organisations(limit=100, concurrency=4)
    assert_type(names, AsyncIterator[Organisation])
    return [org.name async for org in names]


def main(base_url: str) -> None:
    with Client(
        base_url=base_url, retries=RetryPolicy(max_retries=2)
    ) as client:  # token from the environment
        new_id = tour(client)
        errors(client)
        print(f"created organisation {new_id}")

    async def run() -> None:
        async with Client(base_url=base_url) as client:
            print(f"{len(await async_tour(client))} organisations")

    asyncio.run(run())


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8765")
