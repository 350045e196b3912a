"""The ASGI application: routing like the real server's CRUDRoute, the request data, the envelope.

`/<area>[/<action>[/<id>]][/]` with any HTTP method, as the real server (which never checks the
method). The JSON body is read only for POST with a JSON content type. Every API answer is HTTP 200
with `Content-Type: application/json` and the `{"status": ...}` envelope.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tactile_fake.auth import authenticate
from tactile_fake.clock import Clock, system_clock
from tactile_fake.contact_methods import list_contact_methods, save_contact
from tactile_fake.context import ApiRequest, Context
from tactile_fake.envelope import ApiError, Messages, error, success
from tactile_fake.opportunities import list_opportunities, view_opportunity
from tactile_fake.opportunity_save import save_opportunity
from tactile_fake.options import opportunity_options, organisation_options
from tactile_fake.organisation_save import save_organisation
from tactile_fake.organisations import list_my_organisations, list_organisations, view_organisation
from tactile_fake.php import JsonValue, json_encode
from tactile_fake.request_shapes import check_body, load_shapes
from tactile_fake.seed import seed_database
from tactile_fake.spec_check import DEFAULT_SPEC, SpecValidator, load_validator
from tactile_fake.store import Store
from tactile_fake.tags import add_tag
from tactile_fake.timeline import opportunity_timeline, organisation_timeline

log = logging.getLogger(__name__)

Handler = Callable[[Context], dict[str, JsonValue]]

HANDLERS: dict[tuple[str, str], Handler] = {
    ("organisations", "index"): list_organisations,
    ("organisations", "mine"): list_my_organisations,
    ("organisations", "view"): view_organisation,
    ("organisations", "contact_methods"): list_contact_methods,
    ("organisations", "timeline"): organisation_timeline,
    ("organisations", "save"): save_organisation,
    ("organisations", "save_contact"): save_contact,
    ("organisations", "options"): organisation_options,
    ("organisations", "add_tag"): add_tag,
    ("opportunities", "index"): list_opportunities,
    ("opportunities", "view"): view_opportunity,
    ("opportunities", "timeline"): opportunity_timeline,
    ("opportunities", "save"): save_opportunity,
    ("opportunities", "options"): opportunity_options,
    ("opportunities", "add_tag"): add_tag,
}

# CRUDRoute: area, optional lowercase action, optional id (used only when it is all digits).
API_PATH = re.compile(r"/(?P<area>organisations|opportunities)(?:/(?P<action>[^/]*)(?:/(?P<id>[^/]*))?)?/?")
MAX_BODY = 1_000_000
JSON_MEDIA_TYPE = "application/json"


def _json_response(payload: dict[str, JsonValue], status: int = 200) -> Response:
    return Response(json_encode(payload), status_code=status, media_type=JSON_MEDIA_TYPE)


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not valid JSON")


def parse_body(method: str, content_type: str, raw: bytes) -> dict[str, JsonValue] | str:
    """The JSON body as the server reads it, or a message saying why it cannot be used."""
    if method != "POST" or not raw.strip():
        return {}
    if JSON_MEDIA_TYPE not in content_type:  # case-sensitive, as the real server's regex
        return (
            "Only JSON request bodies are read (Content-Type: application/json); "
            f"this one was sent as {content_type or 'no content type'}"
        )
    if len(raw) > MAX_BODY:
        return f"The request body is larger than {MAX_BODY} bytes"
    try:
        parsed = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
        # Lone surrogates (\ud800) decode fine but cannot be stored as UTF-8.
        json.dumps(parsed, ensure_ascii=False).encode("utf-8")
    except (UnicodeError, ValueError, RecursionError) as exc:
        return f"The request body is not valid JSON: {exc}"
    if parsed is None:
        return {}
    if not isinstance(parsed, dict):
        kind = {"list": "array", "str": "string", "bool": "boolean"}.get(type(parsed).__name__, "number")
        return f"The request body must be a JSON object, not a JSON {kind}"
    return parsed


class FakeTactile:
    """Per-app state: the store, the clock and the optional response validator."""

    def __init__(self, store: Store, clock: Clock, validator: SpecValidator | None, spec_path: Path) -> None:
        self.store = store
        self.clock = clock
        self.validator = validator
        self.spec_path = spec_path
        self.body_shapes = load_shapes(spec_path)

    def run(
        self, api_request: ApiRequest, token: str | None, body_problem: str | None
    ) -> dict[str, JsonValue]:
        """Authenticate, then run the action in one transaction; an ApiError rolls it back."""
        handler = HANDLERS[(api_request.area, api_request.action)]
        try:
            with self.store.transaction() as conn:
                user = authenticate(conn, token)
                if body_problem is not None:
                    raise ApiError.single(body_problem, "body")
                shape = self.body_shapes.get((api_request.area, api_request.action))
                if shape is not None:
                    check_body(shape, api_request.body, api_request.has_body)
                return success(handler(Context(conn, user, api_request, self.clock())))
        except ApiError as failure:
            return error(failure.messages.as_dict())

    async def dispatch(self, request: Request) -> Response:
        match = API_PATH.fullmatch(request.url.path)
        if match is None:
            # Outside the two API areas: a JSON 404 rather than Starlette's plain-text one.
            return _json_response(error({"404": f"No such path: {request.url.path}"}), 404)
        return await self.api(request, match)

    async def api(self, request: Request, match: re.Match[str]) -> Response:
        area = match["area"]
        action = match["action"] or "index"
        if (area, action) not in HANDLERS:
            messages = Messages()
            messages.add(
                f"Unknown API method /{area}/{action}: the fake serves only the documented ones", "404"
            )
            return _json_response(error(messages.as_dict()))
        path_id = match["id"] if match["id"] and match["id"].isdigit() else None
        query = dict(request.query_params.multi_items())  # the last of repeated keys wins, as in PHP
        raw = await request.body() if request.method == "POST" else b""
        body = parse_body(request.method, request.headers.get("content-type", ""), raw)
        api_request = ApiRequest(
            method=request.method,
            area=area,
            action=action,
            path_id=path_id,
            query={k: v for k, v in query.items() if k != "api_token"},
            body=body if isinstance(body, dict) else {},
            has_body=raw.strip() not in (b"", b"null"),  # whitespace or null is no body
        )
        try:
            # Run on the event loop thread: every action is short, synchronous and serialised by the
            # store's lock anyway, and a worker-thread hop per request (plus the GIL hand-overs it
            # causes) cost more than the action itself for small requests.
            payload = self.run(api_request, query.get("api_token"), body if isinstance(body, str) else None)
        except Exception as exc:  # a bug in the fake: say so in JSON rather than as a bare 500 page
            log.exception("internal error handling %s %s", request.method, request.url.path)
            return _json_response(error({"_fake": f"internal error in the fake server: {exc!r}"}), 500)
        response = _json_response(payload)
        if self.validator is not None:
            return self._checked(request, (area, action), response)
        return response

    def _checked(self, request: Request, route: tuple[str, str], response: Response) -> Response:
        assert self.validator is not None
        headers = {"content-type": response.headers["content-type"]}
        # The decoded path may hold characters a URL cannot (e.g. NUL); it only labels the report.
        url = f"http://fake{quote(request.url.path)}"
        problem = self.validator.problem(
            route, request.method, url, response.status_code, headers, bytes(response.body)
        )
        if problem is None:
            return response
        log.error("response violates the spec: %s", problem)
        return _json_response(error({"_fake": f"response violates the spec: {problem}"}), 500)

    async def spec(self, request: Request) -> Response:
        if not self.spec_path.is_file():
            return _json_response(error({"404": f"{self.spec_path.name} is not available"}), 404)
        return Response(self.spec_path.read_bytes(), media_type="application/yaml")


ALL_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]


def create_app(
    db_path: str | None = None,
    seed: int = 0,
    validate_responses: bool = False,
    *,
    clock: Clock = system_clock,
    spec_path: Path | None = None,
) -> Starlette:
    """The fake Tactile API. In memory unless `db_path` is given (then data survives restarts).

    `seed` adds that many synthetic organisations (with opportunities, notes and emails) to the
    docs' example data when the database is first created. `validate_responses` checks every
    response against the spec and turns a violation into HTTP 500 with a `_fake` message.
    """
    spec = spec_path or DEFAULT_SPEC
    store = Store(db_path)
    seed_database(store, synthetic=seed)
    validator = load_validator(spec) if validate_responses else None
    fake = FakeTactile(store, clock, validator, spec)
    app = Starlette(
        routes=[
            Route("/openapi.yaml", fake.spec, methods=["GET"]),
            Route("/{path:path}", fake.dispatch, methods=ALL_METHODS),
        ]
    )
    app.state.fake = fake
    app.state.store = store
    return app
