"""End to end: every operation through the generated client against the fake server, sync and async.

Async clients talk to the fake in-process (``httpx.ASGITransport``); sync clients talk to it through uvicorn
on 127.0.0.1 (an ephemeral port, one server per module, a fresh fake app per test).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import httpx
import pytest
from tactile_crm_client import (
    AuthenticationError,
    Client,
    NotFoundError,
    Page,
    PermissionDeniedError,
    TactileError,
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
    LabelMap,
    Opportunity,
    OpportunityCreate,
    OpportunityOptions,
    OpportunitySaveRequest,
    OpportunityUpdate,
    Organisation,
    OrganisationCreate,
    OrganisationOptions,
    OrganisationSaveRequest,
    OrganisationUpdate,
    TimelineItem,
)

from tactile_fake import create_app
from tactile_fake.auth import demo_token
from tactile_fake.serving import serve_in_thread
from tests.client.fake_server import SwitchableApp

ADMIN = demo_token("greg")
NORMAL = demo_token("paul")
MISSING = 987654321


@pytest.fixture(scope="module")
def loopback() -> Iterator[tuple[SwitchableApp, str]]:
    switch = SwitchableApp()
    with serve_in_thread(switch) as url:
        yield switch, url


@dataclass
class Api:
    """One client, driven the same way in both modes: ``await api.call(module, ...)``."""

    mode: str
    client: Client

    async def call(self, module: ModuleType, *args: Any, **kwargs: Any) -> Any:
        if self.mode == "sync":
            return module.sync(*args, client=self.client, **kwargs)
        return await module.asyncio(*args, client=self.client, **kwargs)

    async def all(self, stem: str, *args: Any, **kwargs: Any) -> list[Any]:
        if self.mode == "sync":
            return list(getattr(self.client, f"iter_{stem}")(*args, **kwargs))
        return [item async for item in getattr(self.client, f"aiter_{stem}")(*args, **kwargs)]


Connect = Callable[..., Any]


@pytest.fixture(params=["sync", "async"])
async def connect(
    request: pytest.FixtureRequest, loopback: tuple[SwitchableApp, str]
) -> AsyncIterator[Callable[..., Api]]:
    """``connect(token=…, seed=…)``: a fresh fake app and an Api for it in this test's mode."""
    mode: str = request.param
    switch, url = loopback
    clients: list[Client] = []

    def make(token: str = ADMIN, seed: int = 0) -> Api:
        app = create_app(seed=seed)
        if mode == "sync":
            switch.app = app
            client = Client(base_url=url, api_token=token)
        else:
            client = Client(
                base_url="http://testserver",
                api_token=token,
                httpx_args={"transport": httpx.ASGITransport(app=app)},
            )
        clients.append(client)
        return Api(mode, client)

    yield make
    for client in clients:
        client.close()
        await client.aclose()


# ---------------------------------------------------------------------------------------------------------
# Reads


@pytest.mark.anyio
async def test_lists(connect: Callable[..., Api]) -> None:
    api = connect()
    page = await api.call(list_organisations)
    assert isinstance(page, Page)
    assert page.cur_page == 1 and page.total == len(page.items) > 0
    assert all(isinstance(org, Organisation) for org in page)
    names = [org.name for org in page]
    assert names == sorted(names, key=str.casefold)

    acme = await api.call(list_organisations, name="acme*")
    assert {org.name for org in acme} == {"Acme Boats Ltd.", "Acme Corp."}

    mine = await api.call(list_my_organisations, limit=2)
    assert mine.per_page == 2
    assert {org.assigned_to for org in await api.all("my_organisations")} == {"greg//sample"}

    opportunities = await api.call(list_opportunities)
    assert all(isinstance(opp, Opportunity) and opp.archived is False for opp in opportunities)
    assert 1243 not in {opp.id for opp in opportunities}, "archived opportunities are not listed"
    boats = await api.call(list_opportunities, organisation_id=9876)
    assert {opp.organisation for opp in boats} == {"Acme Boats Ltd."}


@pytest.mark.anyio
async def test_views_and_aware_timestamps(connect: Callable[..., Api]) -> None:
    api = connect()
    bob = await api.call(view_organisation, 1234)
    assert isinstance(bob, Organisation)
    assert (bob.name, bob.accountnumber, bob.town) == ("Bob the Builder", "BTB01", "Coventry")
    assert isinstance(bob.created, dt.datetime) and bob.created.utcoffset() is not None
    assert bob.created == dt.datetime(2007, 7, 31, 15, 35, 9, tzinfo=dt.UTC)  # 16:35:09 BST

    boats = await api.call(view_opportunity, 1234)
    assert isinstance(boats, Opportunity)
    assert (boats.name, boats.organisation_id, boats.enddate) == (
        "Boating eCommerce Website",
        9876,
        dt.date(2009, 3, 6),
    )


@pytest.mark.anyio
async def test_timelines(connect: Callable[..., Api]) -> None:
    api = connect()
    for module, record in ((get_organisation_timeline, 1234), (get_opportunity_timeline, 1234)):
        page = await api.call(module, id=record)
        assert isinstance(page, Page) and page.items
        assert all(isinstance(item, TimelineItem) for item in page)
        entries = [entry for item in page for entry in (item.note, item.email) if entry]
        assert entries
        for entry in entries:
            assert isinstance(entry.created, dt.datetime)
            assert entry.created.tzinfo is not None, "naive server timestamps become Europe/London"
    items = await api.all("organisation_timeline", id=1234)
    assert len(items) == (await api.call(get_organisation_timeline, id=1234)).total


@pytest.mark.anyio
async def test_contact_methods_and_options(connect: Callable[..., Api]) -> None:
    api = connect()
    methods = await api.call(list_organisation_contact_methods, id=1234)
    assert all(isinstance(method, ContactMethod) for method in methods)
    assert {method.contact for method in methods} >= {"02476 555 400", "info@example.com"}

    organisation_options = await api.call(get_organisation_options)
    assert isinstance(organisation_options, OrganisationOptions)
    opportunity_options = await api.call(get_opportunity_options)
    assert isinstance(opportunity_options, OpportunityOptions)
    assert isinstance(opportunity_options.status, LabelMap)
    assert "New" in opportunity_options.status.additional_properties.values()


# ---------------------------------------------------------------------------------------------------------
# Writes


@pytest.mark.anyio
async def test_save_view_tag_and_contact(connect: Callable[..., Api]) -> None:
    api = connect()
    created = await api.call(
        save_organisation,
        body=OrganisationSaveRequest(
            organisation=OrganisationCreate(
                name="Quickstart Ltd", description="made by a test", country_code="GB"
            )
        ),
    )
    assert isinstance(created, int)
    await api.call(
        save_organisation,
        body=OrganisationSaveRequest(organisation=OrganisationUpdate(id=created, description="updated")),
    )
    contact_id = await api.call(
        save_organisation_contact,
        body=ContactMethodInput(
            organisation_id=created, contact="hello@quickstart.example", type_=ContactMethodType.E
        ),
    )
    assert isinstance(contact_id, int)
    assert await api.call(add_organisation_tag, id=created, tag="Prospects") == "Prospects"

    organisation = await api.call(view_organisation, created)
    assert (organisation.name, organisation.description, organisation.email) == (
        "Quickstart Ltd",
        "updated",
        "hello@quickstart.example",
    )
    assert organisation.tags == ["Prospects"]
    methods = await api.call(list_organisation_contact_methods, id=created)
    assert [method.id for method in methods] == [contact_id]

    opportunity_id = await api.call(
        save_opportunity,
        body=OpportunitySaveRequest(
            opportunity=OpportunityCreate(
                name="Big Deal",
                status_id=1,
                enddate=dt.date(2030, 1, 31),
                organisation_id=created,
                probability=50,
            )
        ),
    )
    assert await api.call(add_opportunity_tag, id=opportunity_id, tag="Hot") == "Hot"
    opportunity = await api.call(view_opportunity, opportunity_id)
    assert (opportunity.name, opportunity.organisation_id, opportunity.probability, opportunity.tags) == (
        "Big Deal",
        created,
        50,
        ["Hot"],
    )

    with pytest.raises(ValidationError) as twice:
        await api.call(add_opportunity_tag, id=opportunity_id, tag="Hot")
    assert "tag" in twice.value.field_errors


# ---------------------------------------------------------------------------------------------------------
# Error paths

MINIMAL_CALLS: list[tuple[ModuleType, tuple[Any, ...], dict[str, Any]]] = [
    (list_opportunities, (), {}),
    (view_opportunity, (1234,), {}),
    (get_opportunity_timeline, (), {"id": 1234}),
    (
        save_opportunity,
        (),
        {"body": OpportunitySaveRequest(opportunity=OpportunityUpdate(id=1234, probability=80))},
    ),
    (get_opportunity_options, (), {}),
    (add_opportunity_tag, (), {"id": 1234, "tag": "x"}),
    (list_organisations, (), {}),
    (list_my_organisations, (), {}),
    (view_organisation, (1234,), {}),
    (list_organisation_contact_methods, (), {"id": 1234}),
    (get_organisation_timeline, (), {"id": 1234}),
    (save_organisation, (), {"body": OrganisationSaveRequest(organisation=OrganisationCreate(name="x"))}),
    (
        save_organisation_contact,
        (),
        {
            "body": ContactMethodInput(
                organisation_id=1234, contact="x@example.com", type_=ContactMethodType.E
            )
        },
    ),
    (get_organisation_options, (), {}),
    (add_organisation_tag, (), {"id": 1234, "tag": "x"}),
]


@pytest.mark.anyio
async def test_a_bad_token_fails_every_operation_with_authentication_error(
    connect: Callable[..., Api],
) -> None:
    api = connect(token="0" * 40)
    assert len(MINIMAL_CALLS) == 15
    for module, args, kwargs in MINIMAL_CALLS:
        with pytest.raises(AuthenticationError) as caught:
            await api.call(module, *args, **kwargs)
        assert caught.value.messages == {"403": "Failed to login"}
        assert "0" * 40 not in str(caught.value)


@pytest.mark.anyio
async def test_invalid_ids_raise_not_found(connect: Callable[..., Api]) -> None:
    api = connect()
    cases: list[tuple[ModuleType, tuple[Any, ...], dict[str, Any]]] = [
        (view_organisation, (MISSING,), {}),
        (view_opportunity, (MISSING,), {}),
        (get_organisation_timeline, (), {"id": MISSING}),
        (get_opportunity_timeline, (), {"id": MISSING}),
        (list_organisation_contact_methods, (), {"id": MISSING}),
        (add_organisation_tag, (), {"id": MISSING, "tag": "x"}),
        (add_opportunity_tag, (), {"id": MISSING, "tag": "x"}),
        (
            save_organisation,
            (),
            {"body": OrganisationSaveRequest(organisation=OrganisationUpdate(id=MISSING))},
        ),
    ]
    for module, args, kwargs in cases:
        with pytest.raises(NotFoundError):
            await api.call(module, *args, **kwargs)


@pytest.mark.anyio
async def test_validation_errors_carry_field_messages(connect: Callable[..., Api]) -> None:
    api = connect()
    with pytest.raises(ValidationError) as caught:
        await api.call(
            save_organisation, body=OrganisationSaveRequest(organisation=OrganisationCreate(name=""))
        )
    assert caught.value.field_errors == {
        "organisation_name": "Name is a compulsory field, you must enter a value"
    }
    assert caught.value.messages == caught.value.field_errors

    with pytest.raises(ValidationError) as opportunity:
        await api.call(
            save_opportunity,
            body=OpportunitySaveRequest(opportunity=OpportunityUpdate(id=1234, name="", probability=50)),
        )
    assert set(opportunity.value.field_errors) == {"opportunity_name"}

    with pytest.raises(ValidationError) as date_filter:
        await api.call(list_organisations, created_after="not a date at all")
    assert "created_after" in str(date_filter.value)


@pytest.mark.anyio
async def test_permissions(connect: Callable[..., Api]) -> None:
    normal = connect(token=NORMAL)
    with pytest.raises(PermissionDeniedError, match="permission to view that Organisation"):
        await normal.call(view_organisation, 1300)  # shared with greg only
    with pytest.raises(PermissionDeniedError, match="permission to view that Opportunity"):
        await normal.call(view_opportunity, 1241)  # its organisation is 1300
    with pytest.raises(PermissionDeniedError, match="permission to edit"):
        await normal.call(
            save_opportunity,
            body=OpportunitySaveRequest(opportunity=OpportunityUpdate(id=1241, probability=20)),
        )


# ---------------------------------------------------------------------------------------------------------
# Iterating a few hundred records


@pytest.mark.anyio
async def test_full_iteration_over_hundreds_of_records(connect: Callable[..., Api]) -> None:
    api = connect(seed=300)
    first = await api.call(list_organisations, limit=25)
    assert first.total >= 300 and first.num_pages == -(-first.total // 25)
    everything = await api.all("organisations", limit=25)
    assert len(everything) == first.total
    assert len({org.id for org in everything}) == first.total
    page_by_page: list[Organisation] = []
    for number in range(1, first.num_pages + 1):
        page_by_page += (await api.call(list_organisations, limit=25, page=number)).items
    assert [org.id for org in everything] == [org.id for org in page_by_page]

    if api.mode == "async":
        concurrent = [org.id async for org in api.client.aiter_organisations(limit=25, concurrency=5)]
        assert concurrent == [org.id for org in everything]

    opportunities = await api.all("opportunities", limit=100)
    assert len(opportunities) == (await api.call(list_opportunities)).total


@pytest.mark.anyio
async def test_errors_are_tactile_errors(connect: Callable[..., Api]) -> None:
    api = connect()
    with pytest.raises(TactileError):
        await api.call(view_organisation, MISSING)
