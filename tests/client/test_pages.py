"""Page iterators: lazy sync and async iteration over every paged list, and the concurrent async variant."""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

import httpx
import pytest
from tactile_crm_client import Client, NotFoundError, Page
from tactile_crm_client.api.opportunities import list_opportunities
from tactile_crm_client.api.organisations import list_organisations

from tests.client.support import TOKEN, Recorder, json_response, organisation_body


def organisation(number: int) -> dict[str, Any]:
    return organisation_body(number, f"Org {number:04d}")


def opportunity(number: int) -> dict[str, Any]:
    return {
        "id": number,
        "name": f"Opp {number}",
        "description": None,
        "organisation": None,
        "organisation_id": None,
        "person": None,
        "person_id": None,
        "owner": None,
        "assigned_to": None,
        "alteredby": None,
        "probability": None,
        "cost": None,
        "archived": False,
        "status": None,
        "type": None,
        "source": None,
        "created": None,
        "lastupdated": None,
        "enddate": None,
    }


def timeline_item(number: int) -> dict[str, Any]:
    return {"note": {"id": str(number), "title": f"Note {number}", "created": "2009-03-25 11:30:41"}}


FACTORIES = {"organisations": organisation, "opportunities": opportunity, "timeline": timeline_item}


def paged_server(key: str, total: int, per_page: int = 30, *, paging: bool = True) -> Recorder:
    """A server holding ``total`` records of ``key``, paged like the real one (limit/page from the query)."""

    def respond(request: httpx.Request) -> httpx.Response:
        size = int(request.url.params.get("limit", per_page)) if key != "timeline" else 50
        page = int(request.url.params.get("page", 1))
        numbers = range((page - 1) * size + 1, min(total, page * size) + 1)
        body: dict[str, Any] = {"status": "success", key: [FACTORIES[key](n) for n in numbers]}
        if paging:
            body |= {"cur_page": page, "num_pages": -(-total // size), "per_page": size, "total": total}
        return json_response(body)

    return Recorder(respond)


def client_for(recorder: Recorder) -> Client:
    return Client(
        base_url="https://sample.tactilecrm.com",
        api_token=TOKEN,
        httpx_args={"transport": recorder.transport()},
    )


def pages_requested(recorder: Recorder) -> list[int]:
    return [int(request.url.params.get("page", 1)) for request in recorder.requests]


# ---------------------------------------------------------------------------------------------------------


def test_sync_returns_a_page() -> None:
    recorder = paged_server("organisations", total=75)
    with client_for(recorder) as client:
        page = list_organisations.sync(client=client, page=2)
    assert isinstance(page, Page)
    assert (page.cur_page, page.num_pages, page.per_page, page.total, len(page), page.has_next) == (
        2,
        3,
        30,
        75,
        30,
        True,
    )
    assert [org.id for org in page][:2] == [31, 32]


def test_iterating_fetches_every_page_once_in_order() -> None:
    recorder = paged_server("organisations", total=301)
    with client_for(recorder) as client:
        ids = [org.id for org in client.iter_organisations(name="org*", limit=100)]
    assert ids == list(range(1, 302))
    assert pages_requested(recorder) == [1, 2, 3, 4]
    assert all(request.url.params["name"] == "org*" for request in recorder.requests)
    assert all(request.url.params["limit"] == "100" for request in recorder.requests)


def test_iteration_is_lazy() -> None:
    recorder = paged_server("opportunities", total=100, per_page=10)
    with client_for(recorder) as client:
        first_15 = list(itertools.islice(client.iter_opportunities(limit=10), 15))
    assert [opp.id for opp in first_15] == list(range(1, 16))
    assert pages_requested(recorder) == [1, 2]


@pytest.mark.parametrize("total", [0, 1, 30, 31])
def test_edges(total: int) -> None:
    recorder = paged_server("organisations", total=total)
    with client_for(recorder) as client:
        assert [org.id for org in client.iter_my_organisations()] == list(range(1, total + 1))
    assert len(recorder.requests) == max(1, -(-total // 30))
    assert recorder.last.url.path == "/organisations/mine"


def test_every_paged_list_has_iterators() -> None:
    names = {name for name in dir(Client) if name.startswith(("iter_", "aiter_"))}
    assert names == {
        f"{prefix}{stem}"
        for prefix in ("iter_", "aiter_")
        for stem in (
            "organisations",
            "my_organisations",
            "opportunities",
            "organisation_timeline",
            "opportunity_timeline",
        )
    }


@pytest.mark.parametrize("kind", ["organisations", "opportunities"])
def test_timelines_iterate_over_their_pages(kind: str) -> None:
    recorder = paged_server("timeline", total=120)
    with client_for(recorder) as client:
        iterate = (
            client.iter_organisation_timeline if kind == "organisations" else client.iter_opportunity_timeline
        )
        items = list(iterate(id=1234))
    assert len(items) == 120
    assert items[0].note and items[0].note.title == "Note 1"
    assert pages_requested(recorder) == [1, 2, 3]
    assert {request.url.path for request in recorder.requests} == {f"/{kind}/timeline"}
    assert {request.url.params["id"] for request in recorder.requests} == {"1234"}


def test_a_timeline_without_paging_fields_is_one_page() -> None:
    # The docs' form has no cur_page/num_pages: asking for page 2 would return everything again.
    recorder = paged_server("timeline", total=70, paging=False)
    with client_for(recorder) as client:
        items = list(client.iter_organisation_timeline(id=1))
    assert len(items) == 50
    assert len(recorder.requests) == 1


def test_an_error_on_a_later_page_is_raised_when_reached() -> None:
    inner = paged_server("organisations", total=90)

    def respond(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("page") == "3":
            return json_response({"status": "error", "messages": {"_0": "Invalid id specified"}})
        return inner.respond(request)

    with client_for(Recorder(respond)) as client:
        iterator = client.iter_organisations()
        seen = [next(iterator) for _ in range(60)]
        with pytest.raises(NotFoundError):
            next(iterator)
    assert len(seen) == 60


# -- async ------------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_iteration_is_lazy_and_ordered() -> None:
    recorder = paged_server("organisations", total=95, per_page=10)
    async with client_for(recorder) as client:
        ids = [org.id async for org in client.aiter_organisations(limit=10)]
        assert ids == list(range(1, 96))
        assert pages_requested(recorder) == list(range(1, 11))
        recorder.requests.clear()
        async for org in client.aiter_organisations(limit=10):
            if org.id == 12:
                break
        assert pages_requested(recorder) == [1, 2]


@pytest.mark.anyio
async def test_module_level_async_iterator() -> None:
    recorder = paged_server("opportunities", total=45)
    async with client_for(recorder) as client:
        ids = [opp.id async for opp in list_opportunities.aiterate(client=client, name="boat*")]
    assert ids == list(range(1, 46))


class SlowServer:
    """An async server that answers after a delay and records how many requests overlap."""

    def __init__(self, total: int, per_page: int, delays: dict[int, float] | None = None) -> None:
        self.inner = paged_server("organisations", total=total, per_page=per_page)
        self.delays = delays or {}
        self.in_flight = 0
        self.max_in_flight = 0
        self.pages: list[int] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", 1))
        self.pages.append(page)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            await asyncio.sleep(self.delays.get(page, 0.01))
            return self.inner.respond(request)
        finally:
            self.in_flight -= 1


def async_client_for(server: SlowServer) -> Client:
    return Client(
        base_url="https://sample.tactilecrm.com",
        api_token=TOKEN,
        httpx_args={"transport": httpx.MockTransport(server)},
    )


@pytest.mark.anyio
@pytest.mark.parametrize("concurrency", [2, 4, 8])
async def test_concurrent_iteration_is_bounded_and_keeps_order(concurrency: int) -> None:
    # Later pages answer faster than earlier ones, so completion order differs from page order.
    server = SlowServer(total=200, per_page=10, delays={page: 0.05 / page for page in range(1, 21)})
    async with async_client_for(server) as client:
        ids = [org.id async for org in client.aiter_organisations(limit=10, concurrency=concurrency)]
    assert ids == list(range(1, 201))
    assert sorted(server.pages) == list(range(1, 21))
    assert server.pages[0] == 1
    assert server.max_in_flight == concurrency


@pytest.mark.anyio
async def test_concurrent_iteration_stops_fetching_when_left_early() -> None:
    server = SlowServer(total=500, per_page=10)
    async with async_client_for(server) as client:
        async for org in client.aiter_organisations(limit=10, concurrency=3):
            if org.id == 25:
                break
        await asyncio.sleep(0.05)
    assert max(server.pages) <= 3 + 3, "no more than the window ahead of the consumer"
    assert server.in_flight == 0


@pytest.mark.anyio
async def test_concurrency_must_be_positive() -> None:
    async with async_client_for(SlowServer(total=1, per_page=10)) as client:
        with pytest.raises(ValueError, match="concurrency must be at least 1"):
            async for _ in client.aiter_organisations(concurrency=0):
                pass
