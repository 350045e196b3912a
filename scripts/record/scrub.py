"""Keeping API tokens out of cassettes.

`Scrubber` holds vcrpy's hooks: the account's token becomes `REDACTED` wherever it appears (the
`api_token` query parameter, and any URL, header or body that echoes it), any other `api_token` value
becomes `REDACTED-WRONG-TOKEN`, and only the headers a replay needs are kept (no dates, server names,
cookies or user agents, so re-recording gives the same bytes).

`RefusingPersister` is the last line of defence: it writes a cassette only when neither the token nor
anything shaped like one (40 hex digits, as Tactile's sha1 tokens) survived, and otherwise records
where it found one. The recorder then raises `TokenLeakError` naming the cassette and each place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from vcr.persisters.filesystem import FilesystemPersister
from vcr.serialize import serialize

TOKEN_PARAMETER = "api_token"
ACCOUNT_TOKEN = "REDACTED"
WRONG_TOKEN = "REDACTED-WRONG-TOKEN"
PLACEHOLDERS = frozenset({ACCOUNT_TOKEN, WRONG_TOKEN})
TOKEN_SHAPE = re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{40}(?![0-9A-Fa-f])")
KEPT_REQUEST_HEADERS = frozenset({"content-type"})
KEPT_RESPONSE_HEADERS = frozenset({"content-type", "location"})


class TokenLeakError(RuntimeError):
    """A cassette was not written because a token survived scrubbing."""


def _spellings(token: str) -> set[str]:
    return {token, quote(token, safe="")}


def _as_text(body: Any) -> str:
    if body is None:
        return ""
    if isinstance(body, bytes | bytearray):
        return bytes(body).decode("utf-8", "replace")
    return str(body)


@dataclass(frozen=True)
class Scrubber:
    """vcrpy hooks that scrub `token` from what is recorded (and from requests matched on replay).

    `wrong_tokens` (the deliberately wrong ones the scenario sends) become `REDACTED-WRONG-TOKEN`.
    `origin` = (actual, recorded) rewrites the start of every URL, e.g. the fake's random loopback port
    to a fixed name.
    """

    token: str
    origin: tuple[str, str] | None = None
    wrong_tokens: tuple[str, ...] = ()
    _replacements: dict[str, str] = field(init=False, repr=False)
    _pattern: re.Pattern[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if not self.token or not all(self.wrong_tokens):
            raise ValueError("a Scrubber needs non-empty tokens")
        replacements = {s.lower(): WRONG_TOKEN for wrong in self.wrong_tokens for s in _spellings(wrong)}
        replacements.update({s.lower(): ACCOUNT_TOKEN for s in _spellings(self.token)})
        alternatives = "|".join(re.escape(s) for s in sorted(replacements, key=len, reverse=True))
        object.__setattr__(self, "_replacements", replacements)
        object.__setattr__(self, "_pattern", re.compile(alternatives, re.IGNORECASE))

    def vcr_options(self) -> dict[str, Any]:
        return {
            "filter_query_parameters": [(TOKEN_PARAMETER, self.token_value)],
            "before_record_request": self.request,
            "before_record_response": self.response,
            "decode_compressed_response": True,
        }

    def token_value(self, key: str, value: str, request: Any) -> str:
        """The recorded `api_token`: which kind of token was sent, never the token."""
        if value in PLACEHOLDERS:
            return value
        return ACCOUNT_TOKEN if value == self.token else WRONG_TOKEN

    def text(self, text: str) -> str:
        return self._pattern.sub(lambda match: self._replacements[match.group().lower()], text)

    def body(self, body: Any) -> Any:
        if isinstance(body, bytes | bytearray):
            try:
                return self.text(bytes(body).decode("utf-8")).encode("utf-8")
            except UnicodeDecodeError:
                return body  # not text: the leak check still scans it
        return self.text(body) if isinstance(body, str) else body

    def request(self, request: Any) -> Any:
        uri: str = request.uri
        if self.origin is not None and uri.startswith(self.origin[0]):
            uri = self.origin[1] + uri[len(self.origin[0]) :]
        request.uri = self.text(uri)
        request.body = self.body(request.body)
        request.headers = {
            name: self.text(value)
            for name, value in request.headers.items()
            if name.lower() in KEPT_REQUEST_HEADERS
        }
        return request

    def response(self, response: dict[str, Any]) -> dict[str, Any]:
        response["headers"] = {
            name: [self.text(value) for value in values]
            for name, values in response["headers"].items()
            if name.lower() in KEPT_RESPONSE_HEADERS
        }
        response["body"]["string"] = self.body(response["body"]["string"])
        return response


def tokens_in(text: str, secrets: Iterable[str]) -> list[str]:
    """What token-like things `text` holds, described without repeating them."""
    found = []
    lowered = text.lower()
    known = {s.lower() for secret in secrets for s in _spellings(secret)}
    if any(secret in lowered for secret in known):
        found.append("the API token")
    for match in TOKEN_SHAPE.finditer(text):
        if match.group().lower() not in known:
            found.append(f"a 40-hex token-like value ({match.group()[:4]}…)")
    return list(dict.fromkeys(found))


def _parts(request: Any, response: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    yield "request URL", request.uri
    for name, value in request.headers.items():
        yield f"request header {name!r}", str(value)
    yield "request body", _as_text(request.body)
    for name, values in response.get("headers", {}).items():
        for value in values:
            yield f"response header {name!r}", str(value)
    yield "response body", _as_text(response.get("body", {}).get("string"))


def find_leaks(cassette: Mapping[str, Any], secrets: Iterable[str], text: str = "") -> list[str]:
    """Where a token survives in a cassette about to be written (vcrpy's requests/responses lists).

    `text`, the serialised cassette, is scanned too, for anything outside the interactions.
    """
    secrets = list(secrets)
    leaks = []
    for index, (request, response) in enumerate(
        zip(cassette["requests"], cassette["responses"], strict=True)
    ):
        label = f"interaction {index} ({request.method} {urlsplit(request.uri).path})"
        for part, content in _parts(request, response):
            leaks += [f"{label} {part}: {what}" for what in tokens_in(content, secrets)]
    if not leaks:
        for number, line in enumerate(text.splitlines(), start=1):
            leaks += [f"line {number}: {what}" for what in tokens_in(line, secrets)]
    return leaks


class RefusingPersister(FilesystemPersister):  # type: ignore[misc]
    """vcrpy's file persister, except that a cassette holding a token is not written.

    It does not raise inside vcrpy's save (which would leave vcrpy's patches installed); `check(path)`
    raises `TokenLeakError` once the cassette's context has closed.
    """

    def __init__(self, secrets: Iterable[str]) -> None:
        self.secrets = [s for s in secrets if s]
        self.refused: dict[Path, list[str]] = {}

    def save_cassette(self, cassette_path: Any, cassette_dict: dict[str, Any], serializer: Any) -> None:
        path = Path(cassette_path)
        text = serialize(cassette_dict, serializer)
        leaks = find_leaks(cassette_dict, self.secrets, text)
        if leaks:
            self.refused[path] = leaks
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def check(self, path: Path, shown_as: str | None = None) -> None:
        leaks = self.refused.get(path)
        if leaks:
            raise TokenLeakError(
                f"refusing to write {shown_as or path}: a token survived scrubbing\n"
                + "\n".join(f"  - {leak}" for leak in leaks)
                + "\nNothing was written. Scrub it in scripts/record/scrub.py, or record other data."
            )
