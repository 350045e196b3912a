from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import Client
from ...models.opportunity_options import OpportunityOptions
from ...models.opportunity_options_response import OpportunityOptionsResponse
from ...types import Response

_OPERATION = errors.Operation(
    name="getOpportunityOptions",
    method="GET",
    path="/opportunities/options",
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/opportunities/options",
    }

    return _kwargs


def _parse_response(
    *, client: Client, response: httpx.Response
) -> OpportunityOptionsResponse | None:
    if response.status_code == 200:
        return errors.decode(response, OpportunityOptionsResponse.from_dict, _OPERATION)
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
) -> Response[OpportunityOptionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _unwrap(response: Response[OpportunityOptionsResponse]) -> OpportunityOptions:
    envelope = errors.unwrap(response, _OPERATION)
    return errors.require(
        envelope.opportunity_options, "opportunity_options", response, _OPERATION
    )


def sync_detailed(
    *,
    client: Client,
) -> Response[OpportunityOptionsResponse]:
    """Values for the opportunity's enumerated fields

     Maps of id → label for `status_id`, `type_id` and `source_id`, and the account's users for
    `assigned_to`. An empty map arrives as `[]` (PHP's `json_encode` of an empty array).

    The docs' request example names `/organisations/options` by mistake; this is the opportunities one.
    The current real server has a template bug that makes every map empty; the documented content is
    what it is meant to send.

    Raises:
        errors.UnexpectedResponseError: If a 200 body is not JSON or does not match the spec.
        errors.UnexpectedStatus: If the status is not 200 and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        Response[OpportunityOptionsResponse]: the whole envelope, ``status: error`` included.
    """

    kwargs = _get_kwargs()

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
) -> OpportunityOptions:
    """Values for the opportunity's enumerated fields

     Maps of id → label for `status_id`, `type_id` and `source_id`, and the account's users for
    `assigned_to`. An empty map arrives as `[]` (PHP's `json_encode` of an empty array).

    The docs' request example names `/organisations/options` by mistake; this is the opportunities one.
    The current real server has a template bug that makes every map empty; the documented content is
    what it is meant to send.

    Raises:
        errors.TactileError: If the server answered ``status: error``; the subclass says why
            (AuthenticationError, NotFoundError, ValidationError, PermissionDeniedError).
        errors.UnexpectedResponseError: If the response is not a JSON envelope matching the spec.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        OpportunityOptions
    """

    return _unwrap(
        sync_detailed(
            client=client,
        )
    )


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[OpportunityOptionsResponse]:
    """Values for the opportunity's enumerated fields

     Maps of id → label for `status_id`, `type_id` and `source_id`, and the account's users for
    `assigned_to`. An empty map arrives as `[]` (PHP's `json_encode` of an empty array).

    The docs' request example names `/organisations/options` by mistake; this is the opportunities one.
    The current real server has a template bug that makes every map empty; the documented content is
    what it is meant to send.

    Raises:
        errors.UnexpectedResponseError: If a 200 body is not JSON or does not match the spec.
        errors.UnexpectedStatus: If the status is not 200 and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        Response[OpportunityOptionsResponse]: the whole envelope, ``status: error`` included.
    """

    kwargs = _get_kwargs()

    response = await client.arequest(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
) -> OpportunityOptions:
    """Values for the opportunity's enumerated fields

     Maps of id → label for `status_id`, `type_id` and `source_id`, and the account's users for
    `assigned_to`. An empty map arrives as `[]` (PHP's `json_encode` of an empty array).

    The docs' request example names `/organisations/options` by mistake; this is the opportunities one.
    The current real server has a template bug that makes every map empty; the documented content is
    what it is meant to send.

    Raises:
        errors.TactileError: If the server answered ``status: error``; the subclass says why
            (AuthenticationError, NotFoundError, ValidationError, PermissionDeniedError).
        errors.UnexpectedResponseError: If the response is not a JSON envelope matching the spec.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        OpportunityOptions
    """

    return _unwrap(
        await asyncio_detailed(
            client=client,
        )
    )
