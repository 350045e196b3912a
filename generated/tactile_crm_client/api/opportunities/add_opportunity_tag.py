from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import Client
from ...models.add_tag_response import AddTagResponse
from ...types import UNSET, Response

_OPERATION = errors.Operation(
    name="addOpportunityTag",
    method="GET",
    path="/opportunities/add_tag",
)


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
    *, client: Client, response: httpx.Response
) -> AddTagResponse | None:
    if response.status_code == 200:
        return errors.decode(response, AddTagResponse.from_dict, _OPERATION)
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
) -> Response[AddTagResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _unwrap(response: Response[AddTagResponse]) -> str:
    envelope = errors.unwrap(response, _OPERATION)
    return errors.require(envelope.tag, "tag", response, _OPERATION)


def sync_detailed(
    *,
    client: Client,
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
        errors.UnexpectedResponseError: If a 200 body is not JSON or does not match the spec.
        errors.UnexpectedStatus: If the status is not 200 and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        Response[AddTagResponse]: the whole envelope, ``status: error`` included.
    """

    kwargs = _get_kwargs(
        id=id,
        tag=tag,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    id: int,
    tag: str,
) -> str:
    """Tag an opportunity

     Adds the tag (created if the account does not have it yet; matched by exact, case-sensitive name)
    to the opportunity. Tagging twice answers an error. The caller needs edit permission.
    The docs write the path with a trailing slash; the server accepts both.

    Args:
        id (int): A record id (a positive 64-bit integer).
        tag (str):

    Raises:
        errors.TactileError: If the server answered ``status: error``; the subclass says why
            (AuthenticationError, NotFoundError, ValidationError, PermissionDeniedError).
        errors.UnexpectedResponseError: If the response is not a JSON envelope matching the spec.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        str
    """

    return _unwrap(
        sync_detailed(
            client=client,
            id=id,
            tag=tag,
        )
    )


async def asyncio_detailed(
    *,
    client: Client,
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
        errors.UnexpectedResponseError: If a 200 body is not JSON or does not match the spec.
        errors.UnexpectedStatus: If the status is not 200 and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        Response[AddTagResponse]: the whole envelope, ``status: error`` included.
    """

    kwargs = _get_kwargs(
        id=id,
        tag=tag,
    )

    response = await client.arequest(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    id: int,
    tag: str,
) -> str:
    """Tag an opportunity

     Adds the tag (created if the account does not have it yet; matched by exact, case-sensitive name)
    to the opportunity. Tagging twice answers an error. The caller needs edit permission.
    The docs write the path with a trailing slash; the server accepts both.

    Args:
        id (int): A record id (a positive 64-bit integer).
        tag (str):

    Raises:
        errors.TactileError: If the server answered ``status: error``; the subclass says why
            (AuthenticationError, NotFoundError, ValidationError, PermissionDeniedError).
        errors.UnexpectedResponseError: If the response is not a JSON envelope matching the spec.
        httpx.TransportError: If the request failed (after the client's retries, for GETs).

    Returns:
        str
    """

    return _unwrap(
        await asyncio_detailed(
            client=client,
            id=id,
            tag=tag,
        )
    )
