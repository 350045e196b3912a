from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import Client, aiterate_pages, iterate_pages
from ...models.opportunity import Opportunity
from ...models.opportunity_list_response import OpportunityListResponse
from ...types import UNSET, Page, Response, Unset

_OPERATION = errors.Operation(
    name="listOpportunities",
    method="GET",
    path="/opportunities",
)


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    name: str | Unset = UNSET,
    organisation_id: int | Unset = UNSET,
    person_id: int | Unset = UNSET,
    created_before: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    updated_after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params["name"] = name

    params["organisation_id"] = organisation_id

    params["person_id"] = person_id

    params["created_before"] = created_before

    params["created_after"] = created_after

    params["updated_before"] = updated_before

    params["updated_after"] = updated_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/opportunities",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: Client, response: httpx.Response
) -> OpportunityListResponse | None:
    if response.status_code == 200:
        return errors.decode(response, OpportunityListResponse.from_dict, _OPERATION)
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
) -> Response[OpportunityListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _unwrap(
    response: Response[OpportunityListResponse], requested_page: int | Unset
) -> Page[Opportunity]:
    envelope = errors.unwrap(response, _OPERATION)
    return Page.build(
        errors.require(envelope.opportunities, "opportunities", response, _OPERATION),
        requested_page=requested_page,
        cur_page=envelope.cur_page,
        num_pages=envelope.num_pages,
        per_page=envelope.per_page,
        total=envelope.total,
    )


def sync_detailed(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    name: str | Unset = UNSET,
    organisation_id: int | Unset = UNSET,
    person_id: int | Unset = UNSET,
    created_before: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    updated_after: str | Unset = UNSET,
) -> Response[OpportunityListResponse]:
    """List open, non-archived opportunities

     A page of opportunities, ordered by name. Only opportunities that are not archived are returned.
    The real server also leaves out opportunities whose status is not an "open" one (won or lost) and
    those without a status; the docs only mention archiving.

    Args:
        limit (int | Unset):
        page (int | Unset):
        name (str | Unset):
        organisation_id (int | Unset): A record id (a positive 64-bit integer).
        person_id (int | Unset): A record id (a positive 64-bit integer).
        created_before (str | Unset):
        created_after (str | Unset):
        updated_before (str | Unset):
        updated_after (str | Unset):

    Raises:
        errors.UnexpectedResponseError: If a 200 body is not JSON or does not match the spec.
        errors.UnexpectedStatus: If the status is not 200 and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        Response[OpportunityListResponse]: the whole envelope, ``status: error`` included.
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        name=name,
        organisation_id=organisation_id,
        person_id=person_id,
        created_before=created_before,
        created_after=created_after,
        updated_before=updated_before,
        updated_after=updated_after,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    name: str | Unset = UNSET,
    organisation_id: int | Unset = UNSET,
    person_id: int | Unset = UNSET,
    created_before: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    updated_after: str | Unset = UNSET,
) -> Page[Opportunity]:
    """List open, non-archived opportunities

     A page of opportunities, ordered by name. Only opportunities that are not archived are returned.
    The real server also leaves out opportunities whose status is not an "open" one (won or lost) and
    those without a status; the docs only mention archiving.

    Args:
        limit (int | Unset):
        page (int | Unset):
        name (str | Unset):
        organisation_id (int | Unset): A record id (a positive 64-bit integer).
        person_id (int | Unset): A record id (a positive 64-bit integer).
        created_before (str | Unset):
        created_after (str | Unset):
        updated_before (str | Unset):
        updated_after (str | Unset):

    Raises:
        errors.TactileError: If the server answered ``status: error``; the subclass says why
            (AuthenticationError, NotFoundError, ValidationError, PermissionDeniedError).
        errors.UnexpectedResponseError: If the response is not a JSON envelope matching the spec.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        Page[Opportunity]
    """

    return _unwrap(
        sync_detailed(
            client=client,
            limit=limit,
            page=page,
            name=name,
            organisation_id=organisation_id,
            person_id=person_id,
            created_before=created_before,
            created_after=created_after,
            updated_before=updated_before,
            updated_after=updated_after,
        ),
        page,
    )


async def asyncio_detailed(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    name: str | Unset = UNSET,
    organisation_id: int | Unset = UNSET,
    person_id: int | Unset = UNSET,
    created_before: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    updated_after: str | Unset = UNSET,
) -> Response[OpportunityListResponse]:
    """List open, non-archived opportunities

     A page of opportunities, ordered by name. Only opportunities that are not archived are returned.
    The real server also leaves out opportunities whose status is not an "open" one (won or lost) and
    those without a status; the docs only mention archiving.

    Args:
        limit (int | Unset):
        page (int | Unset):
        name (str | Unset):
        organisation_id (int | Unset): A record id (a positive 64-bit integer).
        person_id (int | Unset): A record id (a positive 64-bit integer).
        created_before (str | Unset):
        created_after (str | Unset):
        updated_before (str | Unset):
        updated_after (str | Unset):

    Raises:
        errors.UnexpectedResponseError: If a 200 body is not JSON or does not match the spec.
        errors.UnexpectedStatus: If the status is not 200 and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        Response[OpportunityListResponse]: the whole envelope, ``status: error`` included.
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        name=name,
        organisation_id=organisation_id,
        person_id=person_id,
        created_before=created_before,
        created_after=created_after,
        updated_before=updated_before,
        updated_after=updated_after,
    )

    response = await client.arequest(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    name: str | Unset = UNSET,
    organisation_id: int | Unset = UNSET,
    person_id: int | Unset = UNSET,
    created_before: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    updated_after: str | Unset = UNSET,
) -> Page[Opportunity]:
    """List open, non-archived opportunities

     A page of opportunities, ordered by name. Only opportunities that are not archived are returned.
    The real server also leaves out opportunities whose status is not an "open" one (won or lost) and
    those without a status; the docs only mention archiving.

    Args:
        limit (int | Unset):
        page (int | Unset):
        name (str | Unset):
        organisation_id (int | Unset): A record id (a positive 64-bit integer).
        person_id (int | Unset): A record id (a positive 64-bit integer).
        created_before (str | Unset):
        created_after (str | Unset):
        updated_before (str | Unset):
        updated_after (str | Unset):

    Raises:
        errors.TactileError: If the server answered ``status: error``; the subclass says why
            (AuthenticationError, NotFoundError, ValidationError, PermissionDeniedError).
        errors.UnexpectedResponseError: If the response is not a JSON envelope matching the spec.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        Page[Opportunity]
    """

    return _unwrap(
        (
            await asyncio_detailed(
                client=client,
                limit=limit,
                page=page,
                name=name,
                organisation_id=organisation_id,
                person_id=person_id,
                created_before=created_before,
                created_after=created_after,
                updated_before=updated_before,
                updated_after=updated_after,
            )
        ),
        page,
    )


def iterate(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    organisation_id: int | Unset = UNSET,
    person_id: int | Unset = UNSET,
    created_before: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    updated_after: str | Unset = UNSET,
) -> Iterator[Opportunity]:
    """Every record over all pages, fetched lazily one page at a time (same filters as ``sync()``).

    Raises the same errors as ``sync()``, when the page that fails is reached.
    """
    return iterate_pages(
        lambda page: sync(
            client=client,
            page=page,
            limit=limit,
            name=name,
            organisation_id=organisation_id,
            person_id=person_id,
            created_before=created_before,
            created_after=created_after,
            updated_before=updated_before,
            updated_after=updated_after,
        )
    )


def aiterate(
    *,
    client: Client,
    concurrency: int = 1,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    organisation_id: int | Unset = UNSET,
    person_id: int | Unset = UNSET,
    created_before: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    updated_after: str | Unset = UNSET,
) -> AsyncIterator[Opportunity]:
    """Every record over all pages, as an async iterator (same filters as ``asyncio()``).

    With ``concurrency=1`` pages are fetched one at a time, lazily. With ``concurrency=N`` the first page is
    fetched, then the remaining pages (now known) up to N at a time, ahead of the consumer; records still come
    out in page order. Requires asyncio.
    """
    return aiterate_pages(
        lambda page: asyncio(
            client=client,
            page=page,
            limit=limit,
            name=name,
            organisation_id=organisation_id,
            person_id=person_id,
            created_before=created_before,
            created_after=created_after,
            updated_before=updated_before,
            updated_after=updated_after,
        ),
        concurrency=concurrency,
    )
