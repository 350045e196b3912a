from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.organisation_list_response import OrganisationListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    name: str | Unset = UNSET,
    accountnumber: str | Unset = UNSET,
    email: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    updated_after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params["name"] = name

    params["accountnumber"] = accountnumber

    params["email"] = email

    params["created_before"] = created_before

    params["created_after"] = created_after

    params["updated_before"] = updated_before

    params["updated_after"] = updated_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organisations/mine",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrganisationListResponse | None:
    if response.status_code == 200:
        response_200 = OrganisationListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OrganisationListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    name: str | Unset = UNSET,
    accountnumber: str | Unset = UNSET,
    email: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    updated_after: str | Unset = UNSET,
) -> Response[OrganisationListResponse]:
    """List the organisations assigned to the user

     Like `listOrganisations`, restricted to organisations whose `assigned_to` is the calling user.

    Args:
        limit (int | Unset):
        page (int | Unset):
        name (str | Unset):
        accountnumber (str | Unset):
        email (str | Unset):
        created_before (str | Unset):
        created_after (str | Unset):
        updated_before (str | Unset):
        updated_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganisationListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        name=name,
        accountnumber=accountnumber,
        email=email,
        created_before=created_before,
        created_after=created_after,
        updated_before=updated_before,
        updated_after=updated_after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    name: str | Unset = UNSET,
    accountnumber: str | Unset = UNSET,
    email: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    updated_after: str | Unset = UNSET,
) -> OrganisationListResponse | None:
    """List the organisations assigned to the user

     Like `listOrganisations`, restricted to organisations whose `assigned_to` is the calling user.

    Args:
        limit (int | Unset):
        page (int | Unset):
        name (str | Unset):
        accountnumber (str | Unset):
        email (str | Unset):
        created_before (str | Unset):
        created_after (str | Unset):
        updated_before (str | Unset):
        updated_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganisationListResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        page=page,
        name=name,
        accountnumber=accountnumber,
        email=email,
        created_before=created_before,
        created_after=created_after,
        updated_before=updated_before,
        updated_after=updated_after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    name: str | Unset = UNSET,
    accountnumber: str | Unset = UNSET,
    email: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    updated_after: str | Unset = UNSET,
) -> Response[OrganisationListResponse]:
    """List the organisations assigned to the user

     Like `listOrganisations`, restricted to organisations whose `assigned_to` is the calling user.

    Args:
        limit (int | Unset):
        page (int | Unset):
        name (str | Unset):
        accountnumber (str | Unset):
        email (str | Unset):
        created_before (str | Unset):
        created_after (str | Unset):
        updated_before (str | Unset):
        updated_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganisationListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        name=name,
        accountnumber=accountnumber,
        email=email,
        created_before=created_before,
        created_after=created_after,
        updated_before=updated_before,
        updated_after=updated_after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    name: str | Unset = UNSET,
    accountnumber: str | Unset = UNSET,
    email: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
    updated_after: str | Unset = UNSET,
) -> OrganisationListResponse | None:
    """List the organisations assigned to the user

     Like `listOrganisations`, restricted to organisations whose `assigned_to` is the calling user.

    Args:
        limit (int | Unset):
        page (int | Unset):
        name (str | Unset):
        accountnumber (str | Unset):
        email (str | Unset):
        created_before (str | Unset):
        created_after (str | Unset):
        updated_before (str | Unset):
        updated_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganisationListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            page=page,
            name=name,
            accountnumber=accountnumber,
            email=email,
            created_before=created_before,
            created_after=created_after,
            updated_before=updated_before,
            updated_after=updated_after,
        )
    ).parsed
