"""Retries: GETs are sent again after transient failures (connection errors, timeouts, 429, 5xx) with
exponential backoff and jitter; a save (POST) is never sent twice."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import httpx
import pytest
from tactile_crm_client import Client, RetryPolicy, UnexpectedStatus
from tactile_crm_client.api.organisations import (
    list_organisations,
    save_organisation,
    save_organisation_contact,
    view_organisation,
)
from tactile_crm_client.models import (
    ContactMethodInput,
    ContactMethodType,
    OrganisationCreate,
    OrganisationSaveRequest,
)

from tests.client.support import TOKEN, Recorder, json_response

FAST = RetryPolicy(backoff=0.001, max_backoff=0.005)
PAGE = {"status": "success", "organisations": [], "cur_page": 1, "num_pages": 0, "per_page": 30, "total": 0}
SAVED = {"status": "success", "id": 12346}


def flaky(failures: list[Callable[[httpx.Request], httpx.Response]], then: object) -> Recorder:
    """Answers with each failure in turn (a response or a raised exception), then with ``then`` as JSON."""
    remaining = list(failures)

    def respond(request: httpx.Request) -> httpx.Response:
        if remaining:
            return remaining.pop(0)(request)
        return json_response(then)

    return Recorder(respond)


def status(code: int, headers: dict[str, str] | None = None) -> Callable[[httpx.Request], httpx.Response]:
    return lambda _request: httpx.Response(code, headers=headers or {}, content=b"busy")


def raises(error: type[httpx.TransportError]) -> Callable[[httpx.Request], httpx.Response]:
    def respond(request: httpx.Request) -> httpx.Response:
        raise error("simulated", request=request)

    return respond


def client_for(recorder: Recorder, retries: RetryPolicy | None = FAST) -> Client:
    return Client(
        base_url="https://sample.tactilecrm.com",
        api_token=TOKEN,
        retries=retries,
        httpx_args={"transport": recorder.transport()},
    )


def a_save() -> OrganisationSaveRequest:
    return OrganisationSaveRequest(organisation=OrganisationCreate(name="Acme"))


# ---------------------------------------------------------------------------------------------------------


def test_503_twice_then_200_is_one_successful_call_in_three_attempts() -> None:
    recorder = flaky([status(503), status(503)], PAGE)
    with client_for(recorder) as client:
        page = list_organisations.sync(client=client, name="bob*")
    assert page.total == 0
    assert len(recorder.requests) == 3
    assert {str(request.url) for request in recorder.requests} == {
        f"https://sample.tactilecrm.com/organisations?api_token={TOKEN}&name=bob%2A"
    }


@pytest.mark.parametrize(
    "failure",
    [
        raises(httpx.ConnectError),
        raises(httpx.ConnectTimeout),
        raises(httpx.ReadTimeout),
        raises(httpx.ReadError),
        raises(httpx.RemoteProtocolError),
        status(429),
        status(500),
        status(502),
        status(504),
    ],
    ids=[
        "connect-error",
        "connect-timeout",
        "read-timeout",
        "read-error",
        "dropped",
        "429",
        "500",
        "502",
        "504",
    ],
)
def test_transient_failures_of_a_get_are_retried(failure: Callable[[httpx.Request], httpx.Response]) -> None:
    recorder = flaky([failure, failure], PAGE)
    with client_for(recorder) as client:
        list_organisations.sync(client=client)
    assert len(recorder.requests) == 3


@pytest.mark.anyio
async def test_async_gets_are_retried_too() -> None:
    recorder = flaky([raises(httpx.ReadTimeout), status(503)], PAGE)
    async with client_for(recorder) as client:
        await list_organisations.asyncio(client=client)
    assert len(recorder.requests) == 3


def test_retries_give_up_after_max_retries() -> None:
    recorder = flaky([status(503)] * 10, PAGE)
    with (
        client_for(recorder, RetryPolicy(max_retries=2, backoff=0.001)) as client,
        pytest.raises(UnexpectedStatus) as caught,
    ):
        view_organisation.sync(1, client=client)
    assert caught.value.status_code == 503
    assert len(recorder.requests) == 3


def test_transport_errors_are_raised_as_is_when_retries_run_out() -> None:
    recorder = flaky([raises(httpx.ConnectError)] * 10, PAGE)
    with (
        client_for(recorder, RetryPolicy(max_retries=1, backoff=0.001)) as client,
        pytest.raises(httpx.ConnectError),
    ):
        view_organisation.sync(1, client=client)
    assert len(recorder.requests) == 2


@pytest.mark.parametrize("retries", [None, RetryPolicy.disabled()], ids=["None", "disabled"])
def test_retries_can_be_switched_off(retries: RetryPolicy | None) -> None:
    recorder = flaky([status(503)], PAGE)
    with client_for(recorder, retries) as client, pytest.raises(UnexpectedStatus):
        list_organisations.sync(client=client)
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("code", [400, 401, 403, 404, 302])
def test_other_statuses_are_not_retried(code: int) -> None:
    recorder = flaky([status(code)], PAGE)
    with client_for(recorder) as client, pytest.raises(UnexpectedStatus):
        list_organisations.sync(client=client)
    assert len(recorder.requests) == 1


def test_an_error_envelope_is_not_retried() -> None:
    recorder = Recorder(
        lambda _r: json_response({"status": "error", "messages": {"_0": "Invalid id specified"}})
    )
    with client_for(recorder) as client, pytest.raises(Exception, match="Invalid id specified"):
        view_organisation.sync(1, client=client)
    assert len(recorder.requests) == 1


# -- saves are never sent twice ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "failure",
    [
        status(503),
        status(500),
        status(429),
        raises(httpx.ConnectError),
        raises(httpx.ReadTimeout),
        raises(httpx.RemoteProtocolError),
    ],
    ids=["503", "500", "429", "connect-error", "read-timeout", "dropped"],
)
def test_a_failed_save_is_raised_after_exactly_one_request(
    failure: Callable[[httpx.Request], httpx.Response],
) -> None:
    recorder = flaky([failure], SAVED)
    with (
        client_for(recorder, RetryPolicy(max_retries=5, backoff=0.001)) as client,
        pytest.raises((UnexpectedStatus, httpx.TransportError)),
    ):
        save_organisation.sync(client=client, body=a_save())
    assert len(recorder.requests) == 1
    assert recorder.last.method == "POST"


@pytest.mark.anyio
async def test_a_failed_async_save_is_raised_after_exactly_one_request() -> None:
    recorder = flaky([status(503)], SAVED)
    async with client_for(recorder) as client:
        with pytest.raises(UnexpectedStatus):
            await save_organisation_contact.asyncio(
                client=client,
                body=ContactMethodInput(
                    organisation_id=1, contact="a@example.com", type_=ContactMethodType.E
                ),
            )
    assert len(recorder.requests) == 1


def test_a_post_is_not_retried_even_if_the_policy_names_it() -> None:
    # Documented escape hatch: methods= decides; the default never includes POST.
    assert "POST" not in RetryPolicy().methods
    recorder = flaky([status(503)], SAVED)
    with client_for(recorder, RetryPolicy(backoff=0.001, methods=frozenset({"GET", "POST"}))) as client:
        assert save_organisation.sync(client=client, body=a_save()) == 12346
    assert len(recorder.requests) == 2


# -- backoff ------------------------------------------------------------------------------------------------


def test_backoff_is_exponential_capped_and_jittered() -> None:
    plain = RetryPolicy(backoff=0.5, max_backoff=3.0, jitter=False)
    assert [plain.delay(n) for n in range(1, 6)] == [0.5, 1.0, 2.0, 3.0, 3.0]
    jittered = RetryPolicy(backoff=0.5, max_backoff=3.0)
    for n in range(1, 6):
        samples = {jittered.delay(n) for _ in range(50)}
        assert all(plain.delay(n) / 2 <= sample <= plain.delay(n) for sample in samples)
        assert len(samples) > 1


def test_retry_after_is_honoured_and_capped() -> None:
    policy = RetryPolicy(max_backoff=8.0)
    assert policy.delay(1, retry_after=2.0) == 2.0
    assert policy.delay(1, retry_after=120.0) == 8.0
    assert policy.delay(1, retry_after=-5.0) == 0.0


def test_a_429_with_retry_after_waits_that_long(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)
    recorder = flaky([status(429, {"Retry-After": "3"}), status(503)], PAGE)
    with client_for(recorder, RetryPolicy(backoff=0.25, jitter=False)) as client:
        list_organisations.sync(client=client)
    assert slept == [3.0, 0.5]


def test_retries_are_logged_without_the_token(caplog: pytest.LogCaptureFixture) -> None:
    recorder = flaky([status(503)], PAGE)
    with caplog.at_level(logging.INFO, logger="tactile_crm_client"), client_for(recorder) as client:
        list_organisations.sync(client=client, name="x")
    retry_logs = [
        record.getMessage() for record in caplog.records if record.name.startswith("tactile_crm_client")
    ]
    assert len(retry_logs) == 1
    assert "retrying GET /organisations" in retry_logs[0]
    assert "HTTP 503" in retry_logs[0]
    assert TOKEN not in caplog.text


def test_default_timeouts() -> None:
    client = Client(base_url="https://sample.tactilecrm.com", api_token=TOKEN)
    timeout = client.get_httpx_client().timeout
    assert (timeout.connect, timeout.read, timeout.write, timeout.pool) == (10.0, 30.0, 30.0, 30.0)
    assert Client(base_url="https://x", api_token=TOKEN, timeout=5).get_httpx_client().timeout.read == 5.0
