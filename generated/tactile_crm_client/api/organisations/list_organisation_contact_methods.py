from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import Client
from ...models.contact_method import ContactMethod
from ...models.contact_methods_response import ContactMethodsResponse
from ...types import UNSET, Response

_OPERATION = errors.Operation(
    name="listOrganisationContactMethods",
    method="GET",
    path="/organisations/contact_methods",
)


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
    *, client: Client, response: httpx.Response
) -> ContactMethodsResponse | None:
    if response.status_code == 200:
        return errors.decode(response, ContactMethodsResponse.from_dict, _OPERATION)
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
) -> Response[ContactMethodsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _unwrap(response: Response[ContactMethodsResponse]) -> list[ContactMethod]:
    envelope = errors.unwrap(response, _OPERATION)
    return errors.require(
        envelope.contact_methods, "contact_methods", response, _OPERATION
    )


def sync_detailed(
    *,
    client: Client,
    id: int,
) -> Response[ContactMethodsResponse]:
    """Contact methods of an organisation

     All phone numbers, fax numbers, email addresses, websites and social handles of the organisation,
    ordered by type, then non-main before main, then name. No paging. The server also accepts the id in
    the path (`/organisations/contact_methods/1234`).

    Args:
        id (int): A record id (a positive 64-bit integer).

    Raises:
        errors.UnexpectedResponseError: If a 200 body is not JSON or does not match the spec.
        errors.UnexpectedStatus: If the status is not 200 and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        Response[ContactMethodsResponse]: the whole envelope, ``status: error`` included.
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    id: int,
) -> list[ContactMethod]:
    """Contact methods of an organisation

     All phone numbers, fax numbers, email addresses, websites and social handles of the organisation,
    ordered by type, then non-main before main, then name. No paging. The server also accepts the id in
    the path (`/organisations/contact_methods/1234`).

    Args:
        id (int): A record id (a positive 64-bit integer).

    Raises:
        errors.TactileError: If the server answered ``status: error``; the subclass says why
            (AuthenticationError, NotFoundError, ValidationError, PermissionDeniedError).
        errors.UnexpectedResponseError: If the response is not a JSON envelope matching the spec.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        list[ContactMethod]
    """

    return _unwrap(
        sync_detailed(
            client=client,
            id=id,
        )
    )


async def asyncio_detailed(
    *,
    client: Client,
    id: int,
) -> Response[ContactMethodsResponse]:
    """Contact methods of an organisation

     All phone numbers, fax numbers, email addresses, websites and social handles of the organisation,
    ordered by type, then non-main before main, then name. No paging. The server also accepts the id in
    the path (`/organisations/contact_methods/1234`).

    Args:
        id (int): A record id (a positive 64-bit integer).

    Raises:
        errors.UnexpectedResponseError: If a 200 body is not JSON or does not match the spec.
        errors.UnexpectedStatus: If the status is not 200 and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        Response[ContactMethodsResponse]: the whole envelope, ``status: error`` included.
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.arequest(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    id: int,
) -> list[ContactMethod]:
    """Contact methods of an organisation

     All phone numbers, fax numbers, email addresses, websites and social handles of the organisation,
    ordered by type, then non-main before main, then name. No paging. The server also accepts the id in
    the path (`/organisations/contact_methods/1234`).

    Args:
        id (int): A record id (a positive 64-bit integer).

    Raises:
        errors.TactileError: If the server answered ``status: error``; the subclass says why
            (AuthenticationError, NotFoundError, ValidationError, PermissionDeniedError).
        errors.UnexpectedResponseError: If the response is not a JSON envelope matching the spec.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        list[ContactMethod]
    """

    return _unwrap(
        await asyncio_detailed(
            client=client,
            id=id,
        )
    )
