from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import Client
from ...models.contact_method_input import ContactMethodInput
from ...models.save_response import SaveResponse
from ...types import UNSET, Response, Unset

_OPERATION = errors.Operation(
    name="saveOrganisationContact",
    method="POST",
    path="/organisations/save_contact",
)


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


def _parse_response(*, client: Client, response: httpx.Response) -> SaveResponse | None:
    if response.status_code == 200:
        return errors.decode(response, SaveResponse.from_dict, _OPERATION)
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
) -> Response[SaveResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _unwrap(response: Response[SaveResponse]) -> int:
    envelope = errors.unwrap(response, _OPERATION)
    return errors.require(envelope.id, "id", response, _OPERATION)


def sync_detailed(
    *,
    client: Client,
    body: ContactMethodInput,
    id: int | Unset = UNSET,
) -> Response[SaveResponse]:
    """Add (or update) a contact method of an organisation

     Attaches a contact method to an existing organisation. With the `id` query parameter the contact
    method with that id is updated instead. The body is flat (no wrapper key). The first contact method
    of a type becomes the main one unless `main` says otherwise.

    Args:
        id (int | Unset): A record id (a positive 64-bit integer).
        body (ContactMethodInput): A contact method. All three of `organisation_id`, `contact` and
            `type` are needed to create one;
            when updating one (the `id` query parameter) omitted fields keep their values.

    Raises:
        errors.UnexpectedResponseError: If a 200 body is not JSON or does not match the spec.
        errors.UnexpectedStatus: If the status is not 200 and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        Response[SaveResponse]: the whole envelope, ``status: error`` included.
    """

    kwargs = _get_kwargs(
        body=body,
        id=id,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    body: ContactMethodInput,
    id: int | Unset = UNSET,
) -> int:
    """Add (or update) a contact method of an organisation

     Attaches a contact method to an existing organisation. With the `id` query parameter the contact
    method with that id is updated instead. The body is flat (no wrapper key). The first contact method
    of a type becomes the main one unless `main` says otherwise.

    Args:
        id (int | Unset): A record id (a positive 64-bit integer).
        body (ContactMethodInput): A contact method. All three of `organisation_id`, `contact` and
            `type` are needed to create one;
            when updating one (the `id` query parameter) omitted fields keep their values.

    Raises:
        errors.TactileError: If the server answered ``status: error``; the subclass says why
            (AuthenticationError, NotFoundError, ValidationError, PermissionDeniedError).
        errors.UnexpectedResponseError: If the response is not a JSON envelope matching the spec.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        int
    """

    return _unwrap(
        sync_detailed(
            client=client,
            body=body,
            id=id,
        )
    )


async def asyncio_detailed(
    *,
    client: Client,
    body: ContactMethodInput,
    id: int | Unset = UNSET,
) -> Response[SaveResponse]:
    """Add (or update) a contact method of an organisation

     Attaches a contact method to an existing organisation. With the `id` query parameter the contact
    method with that id is updated instead. The body is flat (no wrapper key). The first contact method
    of a type becomes the main one unless `main` says otherwise.

    Args:
        id (int | Unset): A record id (a positive 64-bit integer).
        body (ContactMethodInput): A contact method. All three of `organisation_id`, `contact` and
            `type` are needed to create one;
            when updating one (the `id` query parameter) omitted fields keep their values.

    Raises:
        errors.UnexpectedResponseError: If a 200 body is not JSON or does not match the spec.
        errors.UnexpectedStatus: If the status is not 200 and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        Response[SaveResponse]: the whole envelope, ``status: error`` included.
    """

    kwargs = _get_kwargs(
        body=body,
        id=id,
    )

    response = await client.arequest(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    body: ContactMethodInput,
    id: int | Unset = UNSET,
) -> int:
    """Add (or update) a contact method of an organisation

     Attaches a contact method to an existing organisation. With the `id` query parameter the contact
    method with that id is updated instead. The body is flat (no wrapper key). The first contact method
    of a type becomes the main one unless `main` says otherwise.

    Args:
        id (int | Unset): A record id (a positive 64-bit integer).
        body (ContactMethodInput): A contact method. All three of `organisation_id`, `contact` and
            `type` are needed to create one;
            when updating one (the `id` query parameter) omitted fields keep their values.

    Raises:
        errors.TactileError: If the server answered ``status: error``; the subclass says why
            (AuthenticationError, NotFoundError, ValidationError, PermissionDeniedError).
        errors.UnexpectedResponseError: If the response is not a JSON envelope matching the spec.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        int
    """

    return _unwrap(
        await asyncio_detailed(
            client=client,
            body=body,
            id=id,
        )
    )
