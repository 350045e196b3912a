from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import Client
from ...models.organisation_save_request import OrganisationSaveRequest
from ...models.save_response import SaveResponse
from ...types import Response

_OPERATION = errors.Operation(
    name="saveOrganisation",
    method="POST",
    path="/organisations/save",
)


def _get_kwargs(
    *,
    body: OrganisationSaveRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/organisations/save",
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
    body: OrganisationSaveRequest,
) -> Response[SaveResponse]:
    """Create or update an organisation

     Creates an organisation when `Organisation.id` is absent (then `name` is required) and updates the
    one with that id otherwise. On update, omitted fields keep their values and a field sent as `null`
    or `""` is cleared. An empty `accountnumber` on create is generated from the name (e.g.
    "Bob The Builder" → `BTB01`).

    Args:
        body (OrganisationSaveRequest):

    Raises:
        errors.UnexpectedResponseError: If a 200 body is not JSON or does not match the spec.
        errors.UnexpectedStatus: If the status is not 200 and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        Response[SaveResponse]: the whole envelope, ``status: error`` included.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    body: OrganisationSaveRequest,
) -> int:
    """Create or update an organisation

     Creates an organisation when `Organisation.id` is absent (then `name` is required) and updates the
    one with that id otherwise. On update, omitted fields keep their values and a field sent as `null`
    or `""` is cleared. An empty `accountnumber` on create is generated from the name (e.g.
    "Bob The Builder" → `BTB01`).

    Args:
        body (OrganisationSaveRequest):

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
        )
    )


async def asyncio_detailed(
    *,
    client: Client,
    body: OrganisationSaveRequest,
) -> Response[SaveResponse]:
    """Create or update an organisation

     Creates an organisation when `Organisation.id` is absent (then `name` is required) and updates the
    one with that id otherwise. On update, omitted fields keep their values and a field sent as `null`
    or `""` is cleared. An empty `accountnumber` on create is generated from the name (e.g.
    "Bob The Builder" → `BTB01`).

    Args:
        body (OrganisationSaveRequest):

    Raises:
        errors.UnexpectedResponseError: If a 200 body is not JSON or does not match the spec.
        errors.UnexpectedStatus: If the status is not 200 and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        Response[SaveResponse]: the whole envelope, ``status: error`` included.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.arequest(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    body: OrganisationSaveRequest,
) -> int:
    """Create or update an organisation

     Creates an organisation when `Organisation.id` is absent (then `name` is required) and updates the
    one with that id otherwise. On update, omitted fields keep their values and a field sent as `null`
    or `""` is cleared. An empty `accountnumber` on create is generated from the name (e.g.
    "Bob The Builder" → `BTB01`).

    Args:
        body (OrganisationSaveRequest):

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
        )
    )
