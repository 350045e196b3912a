from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import Client, aiterate_pages, iterate_pages
from ...models.timeline_item import TimelineItem
from ...models.timeline_response import TimelineResponse
from ...types import UNSET, Page, Response, Unset

_OPERATION = errors.Operation(
    name="getOpportunityTimeline",
    method="GET",
    path="/opportunities/timeline",
)


def _get_kwargs(
    *,
    id: int,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/opportunities/timeline",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: Client, response: httpx.Response
) -> TimelineResponse | None:
    if response.status_code == 200:
        return errors.decode(response, TimelineResponse.from_dict, _OPERATION)
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(
            response.status_code,
            response.content,
            operation=_OPERATION,
            content_type=response.headers.get("content-type", ""),
            location=response.headers.get("location", ""),
        )
    return None


def _build_response(
    *, client: Client, response: httpx.Response
) -> Response[TimelineResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _unwrap(
    response: Response[TimelineResponse], requested_page: int | Unset
) -> Page[TimelineItem]:
    envelope = errors.unwrap(response, _OPERATION)
    return Page.build(
        errors.require(envelope.timeline, "timeline", response, _OPERATION),
        requested_page=requested_page,
        cur_page=envelope.cur_page,
        num_pages=envelope.num_pages,
        per_page=envelope.per_page,
        total=envelope.total,
    )


def sync_detailed(
    *,
    client: Client,
    id: int,
    page: int | Unset = UNSET,
) -> Response[TimelineResponse]:
    """Notes, emails and other timeline items of an opportunity

     Timeline items (notes, emails, flags, files, activities) attached to the opportunity, newest first,
    50 to a page. The real server also accepts the id in the path (`/opportunities/timeline/1234`).

    Args:
        id (int): A record id (a positive 64-bit integer).
        page (int | Unset):

    Raises:
        errors.UnexpectedResponseError: If a 200 body is not JSON or does not match the spec.
        errors.UnexpectedStatus: If the status is not 200 and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        Response[TimelineResponse]: the whole envelope, ``status: error`` included.
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    id: int,
    page: int | Unset = UNSET,
) -> Page[TimelineItem]:
    """Notes, emails and other timeline items of an opportunity

     Timeline items (notes, emails, flags, files, activities) attached to the opportunity, newest first,
    50 to a page. The real server also accepts the id in the path (`/opportunities/timeline/1234`).

    Args:
        id (int): A record id (a positive 64-bit integer).
        page (int | Unset):

    Raises:
        errors.TactileError: If the server answered ``status: error``; the subclass says why
            (AuthenticationError, NotFoundError, ValidationError, PermissionDeniedError).
        errors.UnexpectedResponseError: If the response is not a JSON envelope matching the spec.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        Page[TimelineItem]
    """

    return _unwrap(
        sync_detailed(
            client=client,
            id=id,
            page=page,
        ),
        page,
    )


async def asyncio_detailed(
    *,
    client: Client,
    id: int,
    page: int | Unset = UNSET,
) -> Response[TimelineResponse]:
    """Notes, emails and other timeline items of an opportunity

     Timeline items (notes, emails, flags, files, activities) attached to the opportunity, newest first,
    50 to a page. The real server also accepts the id in the path (`/opportunities/timeline/1234`).

    Args:
        id (int): A record id (a positive 64-bit integer).
        page (int | Unset):

    Raises:
        errors.UnexpectedResponseError: If a 200 body is not JSON or does not match the spec.
        errors.UnexpectedStatus: If the status is not 200 and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        Response[TimelineResponse]: the whole envelope, ``status: error`` included.
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
    )

    response = await client.arequest(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    id: int,
    page: int | Unset = UNSET,
) -> Page[TimelineItem]:
    """Notes, emails and other timeline items of an opportunity

     Timeline items (notes, emails, flags, files, activities) attached to the opportunity, newest first,
    50 to a page. The real server also accepts the id in the path (`/opportunities/timeline/1234`).

    Args:
        id (int): A record id (a positive 64-bit integer).
        page (int | Unset):

    Raises:
        errors.TactileError: If the server answered ``status: error``; the subclass says why
            (AuthenticationError, NotFoundError, ValidationError, PermissionDeniedError).
        errors.UnexpectedResponseError: If the response is not a JSON envelope matching the spec.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        Page[TimelineItem]
    """

    return _unwrap(
        (
            await asyncio_detailed(
                client=client,
                id=id,
                page=page,
            )
        ),
        page,
    )


def iterate(
    *,
    client: Client,
    id: int,
) -> Iterator[TimelineItem]:
    """Every record over all pages, fetched lazily one page at a time (same filters as ``sync()``).

    Raises the same errors as ``sync()``, when the page that fails is reached.
    """
    return iterate_pages(
        lambda page: sync(
            client=client,
            page=page,
            id=id,
        )
    )


def aiterate(
    *,
    client: Client,
    concurrency: int = 1,
    id: int,
) -> AsyncIterator[TimelineItem]:
    """Every record over all pages, as an async iterator (same filters as ``asyncio()``).

    With ``concurrency=1`` pages are fetched one at a time, lazily. With ``concurrency=N`` the first page is
    fetched, then the remaining pages (now known) up to N at a time, ahead of the consumer; records still come
    out in page order. Requires asyncio.
    """
    return aiterate_pages(
        lambda page: asyncio(
            client=client,
            page=page,
            id=id,
        ),
        concurrency=concurrency,
    )
