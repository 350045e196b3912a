from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.organisation_options_response import OrganisationOptionsResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organisations/options",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrganisationOptionsResponse | None:
    if response.status_code == 200:
        response_200 = OrganisationOptionsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OrganisationOptionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[OrganisationOptionsResponse]:
    """Values for the organisation's enumerated fields

     Maps of id → label for the classification fields (`status_id`, `source_id`, `classification_id`,
    `rating_id`, `industry_id`, `type_id`), the account's enabled users for `assigned_to`, and country
    codes. The real server adds `default_country_code` and `sharing`. An empty map arrives as `[]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganisationOptionsResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> OrganisationOptionsResponse | None:
    """Values for the organisation's enumerated fields

     Maps of id → label for the classification fields (`status_id`, `source_id`, `classification_id`,
    `rating_id`, `industry_id`, `type_id`), the account's enabled users for `assigned_to`, and country
    codes. The real server adds `default_country_code` and `sharing`. An empty map arrives as `[]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganisationOptionsResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[OrganisationOptionsResponse]:
    """Values for the organisation's enumerated fields

     Maps of id → label for the classification fields (`status_id`, `source_id`, `classification_id`,
    `rating_id`, `industry_id`, `type_id`), the account's enabled users for `assigned_to`, and country
    codes. The real server adds `default_country_code` and `sharing`. An empty map arrives as `[]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganisationOptionsResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> OrganisationOptionsResponse | None:
    """Values for the organisation's enumerated fields

     Maps of id → label for the classification fields (`status_id`, `source_id`, `classification_id`,
    `rating_id`, `industry_id`, `type_id`), the account's enabled users for `assigned_to`, and country
    codes. The real server adds `default_country_code` and `sharing`. An empty map arrives as `[]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganisationOptionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
