from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_method_input import ContactMethodInput
from ...models.save_response import SaveResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ContactMethodInput,
    id: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/organisations/save_contact",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SaveResponse | None:
    if response.status_code == 200:
        response_200 = SaveResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SaveResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactMethodInput,
    id: int | Unset = UNSET,
) -> Response[SaveResponse]:
    """Add (or update) a contact method of an organisation

     Attaches a contact method to an existing organisation. With the `id` query parameter the contact
    method with that id is updated instead. The body is flat (no wrapper key). The first contact method
    of a type becomes the main one unless `main` says otherwise.

    Args:
        id (int | Unset): A record id (a positive 64-bit integer).
        body (ContactMethodInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SaveResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ContactMethodInput,
    id: int | Unset = UNSET,
) -> SaveResponse | None:
    """Add (or update) a contact method of an organisation

     Attaches a contact method to an existing organisation. With the `id` query parameter the contact
    method with that id is updated instead. The body is flat (no wrapper key). The first contact method
    of a type becomes the main one unless `main` says otherwise.

    Args:
        id (int | Unset): A record id (a positive 64-bit integer).
        body (ContactMethodInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SaveResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        id=id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactMethodInput,
    id: int | Unset = UNSET,
) -> Response[SaveResponse]:
    """Add (or update) a contact method of an organisation

     Attaches a contact method to an existing organisation. With the `id` query parameter the contact
    method with that id is updated instead. The body is flat (no wrapper key). The first contact method
    of a type becomes the main one unless `main` says otherwise.

    Args:
        id (int | Unset): A record id (a positive 64-bit integer).
        body (ContactMethodInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SaveResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactMethodInput,
    id: int | Unset = UNSET,
) -> SaveResponse | None:
    """Add (or update) a contact method of an organisation

     Attaches a contact method to an existing organisation. With the `id` query parameter the contact
    method with that id is updated instead. The body is flat (no wrapper key). The first contact method
    of a type becomes the main one unless `main` says otherwise.

    Args:
        id (int | Unset): A record id (a positive 64-bit integer).
        body (ContactMethodInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SaveResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            id=id,
        )
    ).parsed
