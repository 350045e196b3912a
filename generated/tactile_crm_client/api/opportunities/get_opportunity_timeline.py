from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.timeline_response import TimelineResponse
from ...types import UNSET, Response, Unset


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
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TimelineResponse | None:
    if response.status_code == 200:
        response_200 = TimelineResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TimelineResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int,
    page: int | Unset = UNSET,
) -> Response[TimelineResponse]:
    """Notes and emails of an opportunity

     Timeline items (notes, emails, flags, files, activities) attached to the opportunity, newest first,
    50 to a page. The real server also accepts the id in the path (`/opportunities/timeline/1234`).

    Args:
        id (int): A record id (a positive 64-bit integer).
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TimelineResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: int,
    page: int | Unset = UNSET,
) -> TimelineResponse | None:
    """Notes and emails of an opportunity

     Timeline items (notes, emails, flags, files, activities) attached to the opportunity, newest first,
    50 to a page. The real server also accepts the id in the path (`/opportunities/timeline/1234`).

    Args:
        id (int): A record id (a positive 64-bit integer).
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TimelineResponse
    """

    return sync_detailed(
        client=client,
        id=id,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int,
    page: int | Unset = UNSET,
) -> Response[TimelineResponse]:
    """Notes and emails of an opportunity

     Timeline items (notes, emails, flags, files, activities) attached to the opportunity, newest first,
    50 to a page. The real server also accepts the id in the path (`/opportunities/timeline/1234`).

    Args:
        id (int): A record id (a positive 64-bit integer).
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TimelineResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: int,
    page: int | Unset = UNSET,
) -> TimelineResponse | None:
    """Notes and emails of an opportunity

     Timeline items (notes, emails, flags, files, activities) attached to the opportunity, newest first,
    50 to a page. The real server also accepts the id in the path (`/opportunities/timeline/1234`).

    Args:
        id (int): A record id (a positive 64-bit integer).
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TimelineResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            page=page,
        )
    ).parsed
