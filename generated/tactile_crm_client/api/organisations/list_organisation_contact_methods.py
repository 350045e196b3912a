from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_methods_response import ContactMethodsResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organisations/contact_methods",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactMethodsResponse | None:
    if response.status_code == 200:
        response_200 = ContactMethodsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactMethodsResponse]:
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
) -> Response[ContactMethodsResponse]:
    """Contact methods of an organisation

     All phone numbers, fax numbers, email addresses, websites and social handles of the organisation,
    ordered by type, then non-main before main, then name. No paging. The server also accepts the id in
    the path (`/organisations/contact_methods/1234`).

    Args:
        id (int): A record id (a positive 64-bit integer).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactMethodsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: int,
) -> ContactMethodsResponse | None:
    """Contact methods of an organisation

     All phone numbers, fax numbers, email addresses, websites and social handles of the organisation,
    ordered by type, then non-main before main, then name. No paging. The server also accepts the id in
    the path (`/organisations/contact_methods/1234`).

    Args:
        id (int): A record id (a positive 64-bit integer).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactMethodsResponse
    """

    return sync_detailed(
        client=client,
        id=id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int,
) -> Response[ContactMethodsResponse]:
    """Contact methods of an organisation

     All phone numbers, fax numbers, email addresses, websites and social handles of the organisation,
    ordered by type, then non-main before main, then name. No paging. The server also accepts the id in
    the path (`/organisations/contact_methods/1234`).

    Args:
        id (int): A record id (a positive 64-bit integer).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactMethodsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: int,
) -> ContactMethodsResponse | None:
    """Contact methods of an organisation

     All phone numbers, fax numbers, email addresses, websites and social handles of the organisation,
    ordered by type, then non-main before main, then name. No paging. The server also accepts the id in
    the path (`/organisations/contact_methods/1234`).

    Args:
        id (int): A record id (a positive 64-bit integer).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactMethodsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
        )
    ).parsed
