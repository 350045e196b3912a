from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.opportunity_options_response import OpportunityOptionsResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/opportunities/options",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OpportunityOptionsResponse | None:
    if response.status_code == 200:
        response_200 = OpportunityOptionsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OpportunityOptionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[OpportunityOptionsResponse]:
    """Values for the opportunity's enumerated fields

     Maps of id → label for `status_id`, `type_id` and `source_id`, and the account's users for
    `assigned_to`. An empty map arrives as `[]` (PHP's `json_encode` of an empty array).

    The docs' request example names `/organisations/options` by mistake; this is the opportunities one.
    The current real server has a template bug that makes every map empty; the documented content is
    what it is meant to send.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpportunityOptionsResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> OpportunityOptionsResponse | None:
    """Values for the opportunity's enumerated fields

     Maps of id → label for `status_id`, `type_id` and `source_id`, and the account's users for
    `assigned_to`. An empty map arrives as `[]` (PHP's `json_encode` of an empty array).

    The docs' request example names `/organisations/options` by mistake; this is the opportunities one.
    The current real server has a template bug that makes every map empty; the documented content is
    what it is meant to send.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpportunityOptionsResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[OpportunityOptionsResponse]:
    """Values for the opportunity's enumerated fields

     Maps of id → label for `status_id`, `type_id` and `source_id`, and the account's users for
    `assigned_to`. An empty map arrives as `[]` (PHP's `json_encode` of an empty array).

    The docs' request example names `/organisations/options` by mistake; this is the opportunities one.
    The current real server has a template bug that makes every map empty; the documented content is
    what it is meant to send.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpportunityOptionsResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> OpportunityOptionsResponse | None:
    """Values for the opportunity's enumerated fields

     Maps of id → label for `status_id`, `type_id` and `source_id`, and the account's users for
    `assigned_to`. An empty map arrives as `[]` (PHP's `json_encode` of an empty array).

    The docs' request example names `/organisations/options` by mistake; this is the opportunities one.
    The current real server has a template bug that makes every map empty; the documented content is
    what it is meant to send.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpportunityOptionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
