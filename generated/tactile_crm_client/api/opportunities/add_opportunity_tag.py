from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_tag_response import AddTagResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    id: int,
    tag: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["tag"] = tag

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/opportunities/add_tag",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddTagResponse | None:
    if response.status_code == 200:
        response_200 = AddTagResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddTagResponse]:
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
    tag: str,
) -> Response[AddTagResponse]:
    """Tag an opportunity

     Adds the tag (created if the account does not have it yet; matched by exact, case-sensitive name)
    to the opportunity. Tagging twice answers an error. The caller needs edit permission.
    The docs write the path with a trailing slash; the server accepts both.

    Args:
        id (int): A record id (a positive 64-bit integer).
        tag (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddTagResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        tag=tag,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: int,
    tag: str,
) -> AddTagResponse | None:
    """Tag an opportunity

     Adds the tag (created if the account does not have it yet; matched by exact, case-sensitive name)
    to the opportunity. Tagging twice answers an error. The caller needs edit permission.
    The docs write the path with a trailing slash; the server accepts both.

    Args:
        id (int): A record id (a positive 64-bit integer).
        tag (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddTagResponse
    """

    return sync_detailed(
        client=client,
        id=id,
        tag=tag,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int,
    tag: str,
) -> Response[AddTagResponse]:
    """Tag an opportunity

     Adds the tag (created if the account does not have it yet; matched by exact, case-sensitive name)
    to the opportunity. Tagging twice answers an error. The caller needs edit permission.
    The docs write the path with a trailing slash; the server accepts both.

    Args:
        id (int): A record id (a positive 64-bit integer).
        tag (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddTagResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        tag=tag,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: int,
    tag: str,
) -> AddTagResponse | None:
    """Tag an opportunity

     Adds the tag (created if the account does not have it yet; matched by exact, case-sensitive name)
    to the opportunity. Tagging twice answers an error. The caller needs edit permission.
    The docs write the path with a trailing slash; the server accepts both.

    Args:
        id (int): A record id (a positive 64-bit integer).
        tag (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddTagResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            tag=tag,
        )
    ).parsed
