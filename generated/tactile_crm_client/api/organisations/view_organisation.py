from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import Client
from ...models.organisation import Organisation
from ...models.organisation_view_response import OrganisationViewResponse
from ...types import Response

_OPERATION = errors.Operation(
    name="viewOrganisation",
    method="GET",
    path="/organisations/view/{id}",
)


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organisations/view/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: Client, response: httpx.Response
) -> OrganisationViewResponse | None:
    if response.status_code == 200:
        return errors.decode(response, OrganisationViewResponse.from_dict, _OPERATION)
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
) -> Response[OrganisationViewResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _unwrap(response: Response[OrganisationViewResponse]) -> Organisation:
    envelope = errors.unwrap(response, _OPERATION)
    return errors.require(envelope.organisation, "organisation", response, _OPERATION)


def sync_detailed(
    id: int,
    *,
    client: Client,
) -> Response[OrganisationViewResponse]:
    """View one organisation

     The organisation with the given id, if the user may read it.

    Args:
        id (int): A record id (a positive 64-bit integer).

    Raises:
        errors.UnexpectedResponseError: If a 200 body is not JSON or does not match the spec.
        errors.UnexpectedStatus: If the status is not 200 and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        Response[OrganisationViewResponse]: the whole envelope, ``status: error`` included.
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: Client,
) -> Organisation:
    """View one organisation

     The organisation with the given id, if the user may read it.

    Args:
        id (int): A record id (a positive 64-bit integer).

    Raises:
        errors.TactileError: If the server answered ``status: error``; the subclass says why
            (AuthenticationError, NotFoundError, ValidationError, PermissionDeniedError).
        errors.UnexpectedResponseError: If the response is not a JSON envelope matching the spec.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        Organisation
    """

    return _unwrap(
        sync_detailed(
            id=id,
            client=client,
        )
    )


async def asyncio_detailed(
    id: int,
    *,
    client: Client,
) -> Response[OrganisationViewResponse]:
    """View one organisation

     The organisation with the given id, if the user may read it.

    Args:
        id (int): A record id (a positive 64-bit integer).

    Raises:
        errors.UnexpectedResponseError: If a 200 body is not JSON or does not match the spec.
        errors.UnexpectedStatus: If the status is not 200 and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        Response[OrganisationViewResponse]: the whole envelope, ``status: error`` included.
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.arequest(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: Client,
) -> Organisation:
    """View one organisation

     The organisation with the given id, if the user may read it.

    Args:
        id (int): A record id (a positive 64-bit integer).

    Raises:
        errors.TactileError: If the server answered ``status: error``; the subclass says why
            (AuthenticationError, NotFoundError, ValidationError, PermissionDeniedError).
        errors.UnexpectedResponseError: If the response is not a JSON envelope matching the spec.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        Organisation
    """

    return _unwrap(
        await asyncio_detailed(
            id=id,
            client=client,
        )
    )
