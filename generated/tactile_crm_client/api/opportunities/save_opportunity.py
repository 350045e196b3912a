from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.opportunity_save_request import OpportunitySaveRequest
from ...models.save_response import SaveResponse
from ...types import Response


def _get_kwargs(
    *,
    body: OpportunitySaveRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/opportunities/save",
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
    body: OpportunitySaveRequest,
) -> Response[SaveResponse]:
    """Create or update an opportunity

     Creates an opportunity when `Opportunity.id` is absent and updates the one with that id otherwise.
    On update, omitted fields keep their values and a field sent as `null` or `""` is cleared.
    The docs list only `name` and `enddate` as required; the server also requires `status_id`.

    Args:
        body (OpportunitySaveRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SaveResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OpportunitySaveRequest,
) -> SaveResponse | None:
    """Create or update an opportunity

     Creates an opportunity when `Opportunity.id` is absent and updates the one with that id otherwise.
    On update, omitted fields keep their values and a field sent as `null` or `""` is cleared.
    The docs list only `name` and `enddate` as required; the server also requires `status_id`.

    Args:
        body (OpportunitySaveRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SaveResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OpportunitySaveRequest,
) -> Response[SaveResponse]:
    """Create or update an opportunity

     Creates an opportunity when `Opportunity.id` is absent and updates the one with that id otherwise.
    On update, omitted fields keep their values and a field sent as `null` or `""` is cleared.
    The docs list only `name` and `enddate` as required; the server also requires `status_id`.

    Args:
        body (OpportunitySaveRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SaveResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OpportunitySaveRequest,
) -> SaveResponse | None:
    """Create or update an opportunity

     Creates an opportunity when `Opportunity.id` is absent and updates the one with that id otherwise.
    On update, omitted fields keep their values and a field sent as `null` or `""` is cleared.
    The docs list only `name` and `enddate` as required; the server also requires `status_id`.

    Args:
        body (OpportunitySaveRequest):

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
        )
    ).parsed
