from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import Client
from ...models.organisation_options import OrganisationOptions
from ...models.organisation_options_response import OrganisationOptionsResponse
from ...types import Response

_OPERATION = errors.Operation(
    name="getOrganisationOptions",
    method="GET",
    path="/organisations/options",
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organisations/options",
    }

    return _kwargs


def _parse_response(
    *, client: Client, response: httpx.Response
) -> OrganisationOptionsResponse | None:
    if response.status_code == 200:
        return errors.decode(
            response, OrganisationOptionsResponse.from_dict, _OPERATION
        )
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
) -> Response[OrganisationOptionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _unwrap(response: Response[OrganisationOptionsResponse]) -> OrganisationOptions:
    envelope = errors.unwrap(response, _OPERATION)
    return errors.require(
        envelope.organisation_options, "organisation_options", response, _OPERATION
    )


def sync_detailed(
    *,
    client: Client,
) -> Response[OrganisationOptionsResponse]:
    """Values for the organisation's enumerated fields

     Maps of id → label for the classification fields (`status_id`, `source_id`, `classification_id`,
    `rating_id`, `industry_id`, `type_id`), the account's enabled users for `assigned_to`, and country
    codes. The real server adds `default_country_code` and `sharing`. An empty map arrives as `[]`.

    Raises:
        errors.UnexpectedResponseError: If a 200 body is not JSON or does not match the spec.
        errors.UnexpectedStatus: If the status is not 200 and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        Response[OrganisationOptionsResponse]: the whole envelope, ``status: error`` included.
    """

    kwargs = _get_kwargs()

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
) -> OrganisationOptions:
    """Values for the organisation's enumerated fields

     Maps of id → label for the classification fields (`status_id`, `source_id`, `classification_id`,
    `rating_id`, `industry_id`, `type_id`), the account's enabled users for `assigned_to`, and country
    codes. The real server adds `default_country_code` and `sharing`. An empty map arrives as `[]`.

    Raises:
        errors.TactileError: If the server answered ``status: error``; the subclass says why
            (AuthenticationError, NotFoundError, ValidationError, PermissionDeniedError).
        errors.UnexpectedResponseError: If the response is not a JSON envelope matching the spec.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        OrganisationOptions
    """

    return _unwrap(
        sync_detailed(
            client=client,
        )
    )


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[OrganisationOptionsResponse]:
    """Values for the organisation's enumerated fields

     Maps of id → label for the classification fields (`status_id`, `source_id`, `classification_id`,
    `rating_id`, `industry_id`, `type_id`), the account's enabled users for `assigned_to`, and country
    codes. The real server adds `default_country_code` and `sharing`. An empty map arrives as `[]`.

    Raises:
        errors.UnexpectedResponseError: If a 200 body is not JSON or does not match the spec.
        errors.UnexpectedStatus: If the status is not 200 and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        Response[OrganisationOptionsResponse]: the whole envelope, ``status: error`` included.
    """

    kwargs = _get_kwargs()

    response = await client.arequest(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
) -> OrganisationOptions:
    """Values for the organisation's enumerated fields

     Maps of id → label for the classification fields (`status_id`, `source_id`, `classification_id`,
    `rating_id`, `industry_id`, `type_id`), the account's enabled users for `assigned_to`, and country
    codes. The real server adds `default_country_code` and `sharing`. An empty map arrives as `[]`.

    Raises:
        errors.TactileError: If the server answered ``status: error``; the subclass says why
            (AuthenticationError, NotFoundError, ValidationError, PermissionDeniedError).
        errors.UnexpectedResponseError: If the response is not a JSON envelope matching the spec.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        OrganisationOptions
    """

    return _unwrap(
        await asyncio_detailed(
            client=client,
        )
    )
