"""The client: construction, the API token, retries, and the page iterators."""

import asyncio
import logging
import os
import random
import re
import ssl
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator, Mapping
from email.utils import parsedate_to_datetime
from typing import Any, Self, TypeVar

import httpx
from attrs import frozen

from .errors import MissingTokenError, install_log_scrubbing, register_secret, scrub
from .models.opportunity import Opportunity
from .models.organisation import Organisation
from .models.timeline_item import TimelineItem
from .types import UNSET, Page, Unset

T = TypeVar("T")

TOKEN_ENV_VAR = "TACTILE_API_TOKEN"
"""The environment variable read when no ``api_token`` is passed."""

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""30 s to read a response (lists of 100 records can be slow), 10 s to connect."""

_ACCOUNT = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
_logger = logging.getLogger(__name__)

install_log_scrubbing()


@frozen
class RetryPolicy:
    """When and how long to wait before sending an idempotent request again.

    A request is retried when its method is in ``methods`` (GET, HEAD, OPTIONS: a save, which is a POST, is
    never sent twice), it failed with a connection error, a timeout or a dropped connection, or it was answered
    with a status in ``statuses``, and fewer than ``max_retries`` retries have been made. Retry ``n`` (from 1)
    waits ``min(max_backoff, backoff * 2 ** (n - 1))`` seconds, scaled by a random factor in [0.5, 1] when
    ``jitter`` is on ("equal jitter"). A ``Retry-After`` header (seconds or an HTTP date) on a 429/503 is
    honoured, capped at ``max_backoff``.

    ``RetryPolicy.disabled()`` (or ``retries=None`` on the client) turns retries off.
    """

    max_retries: int = 3
    backoff: float = 0.5
    max_backoff: float = 8.0
    jitter: bool = True
    statuses: frozenset[int] = frozenset({429, 500, 502, 503, 504})
    methods: frozenset[str] = frozenset({"GET", "HEAD", "OPTIONS"})

    @classmethod
    def disabled(cls) -> "RetryPolicy":
        """A policy that never retries."""
        return cls(max_retries=0)

    def delay(self, retry: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number ``retry`` (1 for the first retry)."""
        if retry_after is not None:
            return max(0.0, min(retry_after, self.max_backoff))
        base = min(self.max_backoff, self.backoff * 2.0 ** (retry - 1))
        return base * random.uniform(0.5, 1.0) if self.jitter else base

    def allows(self, method: str, retries_done: int) -> bool:
        """Whether a request with this method may be sent again after ``retries_done`` retries."""
        return method.upper() in self.methods and retries_done < self.max_retries

    def retries_error(self, error: httpx.TransportError) -> bool:
        """Whether this failure is transient: connection errors, timeouts and dropped connections."""
        return isinstance(
            error,
            httpx.TimeoutException | httpx.NetworkError | httpx.RemoteProtocolError,
        )


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return when.timestamp() - time.time()


def _describe_request(method: str, url: str) -> str:
    return scrub(f"{method.upper()} {url}")


class Client:
    """A Tactile CRM API client, for sync and async calls alike.

    >>> client = Client(account="acme", api_token="…")            # https://acme.tactilecrm.com
    >>> client = Client(base_url="http://127.0.0.1:8000")         # token from $TACTILE_API_TOKEN

    Args:
        account: the account's site address (``acme`` for https://acme.tactilecrm.com). Give this or
            ``base_url``.
        api_token: the user's API token; defaults to the ``TACTILE_API_TOKEN`` environment variable. It is sent
            as the ``api_token`` query parameter on every request and hidden from reprs, error messages and
            httpx's logs. Missing: :class:`errors.MissingTokenError`.
        base_url: the server's URL, for a fake server or a proxy.
        timeout: an ``httpx.Timeout`` or seconds; default 30 s to read, 10 s to connect.
        retries: a :class:`RetryPolicy` for idempotent requests; ``None`` turns retries off.
        headers, cookies, verify_ssl, follow_redirects: passed to the httpx clients.
        httpx_args: further ``httpx.Client``/``httpx.AsyncClient`` arguments (e.g. ``transport``).
        raise_on_unexpected_status: make the ``*_detailed`` functions raise :class:`errors.UnexpectedStatus`
            for a status other than 200 instead of returning ``parsed=None`` (``sync()``/``asyncio()`` always
            raise).

    Use it as a context manager (``with`` or ``async with``), or call :meth:`close`/:meth:`aclose`.
    """

    def __init__(
        self,
        account: str | None = None,
        *,
        api_token: str | None = None,
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        retries: RetryPolicy | None = RetryPolicy(),
        headers: Mapping[str, str] | None = None,
        cookies: Mapping[str, str] | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: Mapping[str, Any] | None = None,
        raise_on_unexpected_status: bool = False,
    ) -> None:
        if (account is None) == (base_url is None):
            raise ValueError(
                "pass either account= (e.g. 'acme') or base_url=, not both and not neither"
            )
        if account is not None:
            if not _ACCOUNT.fullmatch(account):
                raise ValueError(
                    f"account must be a site address such as 'acme', got {account!r}"
                )
            base_url = f"https://{account}.tactilecrm.com"
        assert base_url is not None
        if api_token is None:
            api_token = os.environ.get(TOKEN_ENV_VAR, "").strip()
        if not api_token:
            raise MissingTokenError(
                f"no API token: pass api_token= or set the {TOKEN_ENV_VAR} environment variable"
                " (a user's token is on their preferences page in Tactile CRM)"
            )
        register_secret(api_token)
        self._api_token = api_token
        self._base_url = base_url.rstrip("/")
        self._timeout = (
            timeout
            if isinstance(timeout, httpx.Timeout) or timeout is None
            else httpx.Timeout(timeout)
        )
        self._retries = retries if retries is not None else RetryPolicy.disabled()
        self._headers = dict(headers or {})
        self._cookies = dict(cookies or {})
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self._httpx_args = dict(httpx_args or {})
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None

    def __repr__(self) -> str:
        return f"Client(base_url={self._base_url!r}, api_token='***', retries={self._retries!r})"

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def retries(self) -> RetryPolicy:
        return self._retries

    @property
    def timeout(self) -> httpx.Timeout | None:
        return self._timeout

    # -- copies with changed settings (the generator's API) ---------------------------------------------

    def _copy(self, **changes: Any) -> "Client":
        new = object.__new__(Client)
        new.__dict__.update(self.__dict__)
        new.__dict__.update(changes)
        new._client = None
        new._async_client = None
        return new

    def with_headers(self, headers: Mapping[str, str]) -> "Client":
        """A new client like this one with additional headers (also applied to this one's open httpx clients)."""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return self._copy(_headers={**self._headers, **headers})

    def with_cookies(self, cookies: Mapping[str, str]) -> "Client":
        """A new client like this one with additional cookies (also applied to this one's open httpx clients)."""
        if self._client is not None:
            self._client.cookies.update(dict(cookies))
        if self._async_client is not None:
            self._async_client.cookies.update(dict(cookies))
        return self._copy(_cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "Client":
        """A new client like this one with another timeout (also applied to this one's open httpx clients)."""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return self._copy(_timeout=timeout)

    def with_retries(self, retries: RetryPolicy | None) -> "Client":
        """A new client like this one with another retry policy (``None``: no retries)."""
        return self._copy(
            _retries=retries if retries is not None else RetryPolicy.disabled()
        )

    # -- the httpx clients --------------------------------------------------------------------------------

    def _httpx_kwargs(self) -> dict[str, Any]:
        args = dict(self._httpx_args)
        params = httpx.QueryParams(args.pop("params", None)).merge(
            {"api_token": self._api_token}
        )
        return {
            "base_url": self._base_url,
            "params": params,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **args,
        }

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this httpx.Client. Its own settings apply (base URL, headers, timeout, transport); the API token
        is added to its query parameters. Retries still apply, since they wrap each request."""
        client.params = client.params.merge({"api_token": self._api_token})
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The underlying httpx.Client, created on first use."""
        if self._client is None:
            self._client = httpx.Client(**self._httpx_kwargs())
        return self._client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this httpx.AsyncClient (see :meth:`set_httpx_client`)."""
        async_client.params = async_client.params.merge({"api_token": self._api_token})
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying httpx.AsyncClient, created on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._httpx_kwargs())
        return self._async_client

    def __enter__(self) -> Self:
        """Enter a context manager for the underlying httpx.Client (you cannot enter twice, see httpx docs)."""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.get_httpx_client().__exit__(*args, **kwargs)

    async def __aenter__(self) -> Self:
        """Enter a context manager for the underlying httpx.AsyncClient."""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)

    def close(self) -> None:
        """Close the sync httpx client, if one was created."""
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        """Close the async httpx client, if one was created."""
        if self._async_client is not None:
            await self._async_client.aclose()

    # -- sending, with retries ---------------------------------------------------------------------------

    def _next_delay(
        self,
        method: str,
        retries_done: int,
        response: httpx.Response | None,
        error: httpx.TransportError | None,
    ) -> float | None:
        """Seconds to wait before sending again, or None to stop here."""
        policy = self._retries
        if not policy.allows(method, retries_done):
            return None
        if error is not None:
            return (
                policy.delay(retries_done + 1) if policy.retries_error(error) else None
            )
        assert response is not None
        if response.status_code not in policy.statuses:
            return None
        return policy.delay(retries_done + 1, _retry_after(response))

    def _log_retry(
        self, method: str, url: str, delay: float, retries_done: int, outcome: str
    ) -> None:
        _logger.info(
            "retrying %s in %.2fs (retry %d of %d) after %s",
            _describe_request(method, url),
            delay,
            retries_done + 1,
            self._retries.max_retries,
            outcome,
        )

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Send a request with the API token, applying the retry policy; what every endpoint function calls.

        Also usable for paths the spec does not describe: ``client.request("GET", "/organisations/list_all")``.
        """
        http = self.get_httpx_client()
        retries_done = 0
        while True:
            try:
                response = http.request(method, url, **kwargs)
            except httpx.TransportError as exc:
                delay = self._next_delay(method, retries_done, None, exc)
                if delay is None:
                    raise
                outcome = type(exc).__name__
            else:
                delay = self._next_delay(method, retries_done, response, None)
                if delay is None:
                    return response
                outcome = f"HTTP {response.status_code}"
                response.close()
            self._log_retry(method, url, delay, retries_done, outcome)
            time.sleep(delay)
            retries_done += 1

    async def arequest(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """The async :meth:`request`."""
        http = self.get_async_httpx_client()
        retries_done = 0
        while True:
            try:
                response = await http.request(method, url, **kwargs)
            except httpx.TransportError as exc:
                delay = self._next_delay(method, retries_done, None, exc)
                if delay is None:
                    raise
                outcome = type(exc).__name__
            else:
                delay = self._next_delay(method, retries_done, response, None)
                if delay is None:
                    return response
                outcome = f"HTTP {response.status_code}"
                await response.aclose()
            self._log_retry(method, url, delay, retries_done, outcome)
            await asyncio.sleep(delay)
            retries_done += 1

    # -- page iterators (one pair per paged list in the spec) --------------------------------------------

    def iter_opportunities(
        self,
        *,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
        organisation_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        created_before: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        updated_before: str | Unset = UNSET,
        updated_after: str | Unset = UNSET,
    ) -> Iterator[Opportunity]:
        """List open, non-archived opportunities: every record over all pages, fetched lazily.

        See ``tactile_crm_client.api.opportunities.list_opportunities`` for the filters and errors.
        """
        from .api.opportunities import list_opportunities

        return list_opportunities.iterate(
            client=self,
            limit=limit,
            name=name,
            organisation_id=organisation_id,
            person_id=person_id,
            created_before=created_before,
            created_after=created_after,
            updated_before=updated_before,
            updated_after=updated_after,
        )

    def aiter_opportunities(
        self,
        *,
        concurrency: int = 1,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
        organisation_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        created_before: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        updated_before: str | Unset = UNSET,
        updated_after: str | Unset = UNSET,
    ) -> AsyncIterator[Opportunity]:
        """List open, non-archived opportunities: every record over all pages, as an async iterator.

        ``concurrency=N`` fetches up to N pages at once once the first page says how many there are; records
        still come out in order. See ``tactile_crm_client.api.opportunities.list_opportunities``.
        """
        from .api.opportunities import list_opportunities

        return list_opportunities.aiterate(
            client=self,
            concurrency=concurrency,
            limit=limit,
            name=name,
            organisation_id=organisation_id,
            person_id=person_id,
            created_before=created_before,
            created_after=created_after,
            updated_before=updated_before,
            updated_after=updated_after,
        )

    def iter_opportunity_timeline(
        self,
        *,
        id: int,
    ) -> Iterator[TimelineItem]:
        """Notes, emails and other timeline items of an opportunity: every record over all pages, fetched lazily.

        See ``tactile_crm_client.api.opportunities.get_opportunity_timeline`` for the filters and errors.
        """
        from .api.opportunities import get_opportunity_timeline

        return get_opportunity_timeline.iterate(
            client=self,
            id=id,
        )

    def aiter_opportunity_timeline(
        self,
        *,
        concurrency: int = 1,
        id: int,
    ) -> AsyncIterator[TimelineItem]:
        """Notes, emails and other timeline items of an opportunity: every record over all pages, as an async iterator.

        ``concurrency=N`` fetches up to N pages at once once the first page says how many there are; records
        still come out in order. See ``tactile_crm_client.api.opportunities.get_opportunity_timeline``.
        """
        from .api.opportunities import get_opportunity_timeline

        return get_opportunity_timeline.aiterate(
            client=self,
            concurrency=concurrency,
            id=id,
        )

    def iter_organisations(
        self,
        *,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
        accountnumber: str | Unset = UNSET,
        email: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        updated_before: str | Unset = UNSET,
        updated_after: str | Unset = UNSET,
    ) -> Iterator[Organisation]:
        """List organisations: every record over all pages, fetched lazily.

        See ``tactile_crm_client.api.organisations.list_organisations`` for the filters and errors.
        """
        from .api.organisations import list_organisations

        return list_organisations.iterate(
            client=self,
            limit=limit,
            name=name,
            accountnumber=accountnumber,
            email=email,
            created_before=created_before,
            created_after=created_after,
            updated_before=updated_before,
            updated_after=updated_after,
        )

    def aiter_organisations(
        self,
        *,
        concurrency: int = 1,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
        accountnumber: str | Unset = UNSET,
        email: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        updated_before: str | Unset = UNSET,
        updated_after: str | Unset = UNSET,
    ) -> AsyncIterator[Organisation]:
        """List organisations: every record over all pages, as an async iterator.

        ``concurrency=N`` fetches up to N pages at once once the first page says how many there are; records
        still come out in order. See ``tactile_crm_client.api.organisations.list_organisations``.
        """
        from .api.organisations import list_organisations

        return list_organisations.aiterate(
            client=self,
            concurrency=concurrency,
            limit=limit,
            name=name,
            accountnumber=accountnumber,
            email=email,
            created_before=created_before,
            created_after=created_after,
            updated_before=updated_before,
            updated_after=updated_after,
        )

    def iter_my_organisations(
        self,
        *,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
        accountnumber: str | Unset = UNSET,
        email: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        updated_before: str | Unset = UNSET,
        updated_after: str | Unset = UNSET,
    ) -> Iterator[Organisation]:
        """List the organisations assigned to the user: every record over all pages, fetched lazily.

        See ``tactile_crm_client.api.organisations.list_my_organisations`` for the filters and errors.
        """
        from .api.organisations import list_my_organisations

        return list_my_organisations.iterate(
            client=self,
            limit=limit,
            name=name,
            accountnumber=accountnumber,
            email=email,
            created_before=created_before,
            created_after=created_after,
            updated_before=updated_before,
            updated_after=updated_after,
        )

    def aiter_my_organisations(
        self,
        *,
        concurrency: int = 1,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
        accountnumber: str | Unset = UNSET,
        email: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        updated_before: str | Unset = UNSET,
        updated_after: str | Unset = UNSET,
    ) -> AsyncIterator[Organisation]:
        """List the organisations assigned to the user: every record over all pages, as an async iterator.

        ``concurrency=N`` fetches up to N pages at once once the first page says how many there are; records
        still come out in order. See ``tactile_crm_client.api.organisations.list_my_organisations``.
        """
        from .api.organisations import list_my_organisations

        return list_my_organisations.aiterate(
            client=self,
            concurrency=concurrency,
            limit=limit,
            name=name,
            accountnumber=accountnumber,
            email=email,
            created_before=created_before,
            created_after=created_after,
            updated_before=updated_before,
            updated_after=updated_after,
        )

    def iter_organisation_timeline(
        self,
        *,
        id: int,
    ) -> Iterator[TimelineItem]:
        """Notes, emails and other timeline items of an organisation: every record over all pages, fetched lazily.

        See ``tactile_crm_client.api.organisations.get_organisation_timeline`` for the filters and errors.
        """
        from .api.organisations import get_organisation_timeline

        return get_organisation_timeline.iterate(
            client=self,
            id=id,
        )

    def aiter_organisation_timeline(
        self,
        *,
        concurrency: int = 1,
        id: int,
    ) -> AsyncIterator[TimelineItem]:
        """Notes, emails and other timeline items of an organisation: every record over all pages, as an async iterator.

        ``concurrency=N`` fetches up to N pages at once once the first page says how many there are; records
        still come out in order. See ``tactile_crm_client.api.organisations.get_organisation_timeline``.
        """
        from .api.organisations import get_organisation_timeline

        return get_organisation_timeline.aiterate(
            client=self,
            concurrency=concurrency,
            id=id,
        )


def iterate_pages(fetch: Callable[[int], Page[T]]) -> Iterator[T]:
    """Records from ``fetch(1)``, ``fetch(2)``, … until a page says it is the last (or is empty)."""
    number = 1
    while True:
        page = fetch(number)
        yield from page.items
        if not page.has_next:
            return
        number += 1


async def aiterate_pages(
    fetch: Callable[[int], Coroutine[Any, Any, Page[T]]], *, concurrency: int = 1
) -> AsyncIterator[T]:
    """Records from ``await fetch(1)``, ``await fetch(2)``, … in order.

    With ``concurrency > 1``, once page 1 gives ``num_pages``, up to ``concurrency`` of the remaining pages are
    fetched at once, ahead of the consumer (a sliding window, so memory stays bounded); leaving the loop early
    cancels the fetches in flight.
    """
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, got {concurrency}")
    first = await fetch(1)
    for item in first.items:
        yield item
    if not first.has_next:
        return
    if concurrency == 1:
        number = 2
        while True:
            page = await fetch(number)
            for item in page.items:
                yield item
            if not page.has_next:
                return
            number += 1
    last = first.num_pages
    pending: deque[asyncio.Task[Page[T]]] = deque()
    number = 2
    try:
        while pending or number <= last:
            while number <= last and len(pending) < concurrency:
                pending.append(asyncio.create_task(fetch(number)))
                number += 1
            page = await pending.popleft()
            for item in page.items:
                yield item
    finally:
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)


__all__ = [
    "DEFAULT_TIMEOUT",
    "TOKEN_ENV_VAR",
    "Client",
    "RetryPolicy",
    "aiterate_pages",
    "iterate_pages",
]
