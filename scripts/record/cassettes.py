"""Reading cassettes back: one `Interaction` per recorded request/response, named by file, index and case.

Each cassette (vcrpy YAML, read with vcrpy's own deserialiser) holds one operation's interactions, and
its metadata names the operation and, in order, the scenario case of each interaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from vcr.serialize import deserialize
from vcr.serializers import yamlserializer

from scripts.paths import REPO_ROOT
from scripts.record.scrub import TOKEN_PARAMETER, WRONG_TOKEN

CASSETTES_DIR = REPO_ROOT / "tests" / "recorded" / "cassettes"
SUFFIX = ".yaml"


class CassetteError(ValueError):
    """A cassette that cannot be read as one of ours (not vcrpy YAML, or without its case names)."""


@dataclass(frozen=True)
class Interaction:
    cassette: Path
    index: int
    operation_id: str
    case: str
    request: Any  # vcr.request.Request
    response: dict[str, Any]  # vcrpy's {"status": {...}, "headers": {...}, "body": {"string": bytes}}

    def __str__(self) -> str:
        return f"{self.cassette.name}#{self.index} ({self.case})"

    @property
    def method(self) -> str:
        return str(self.request.method).upper()

    @property
    def url(self) -> str:
        return str(self.request.uri)

    @property
    def origin(self) -> str:
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc}"

    @property
    def request_body(self) -> bytes:
        body = self.request.body
        return body if isinstance(body, bytes) else (body or "").encode("utf-8")

    @property
    def request_content_type(self) -> str:
        return str(self.request.headers.get("content-type", ""))

    @property
    def sent_a_wrong_token(self) -> bool:
        return (TOKEN_PARAMETER, WRONG_TOKEN) in self.request.query

    @property
    def status_code(self) -> int:
        return int(self.response["status"]["code"])

    @property
    def headers(self) -> dict[str, list[str]]:
        return {str(k): [str(v) for v in values] for k, values in self.response["headers"].items()}

    @property
    def content(self) -> bytes:
        body = self.response["body"]["string"]
        return body if isinstance(body, bytes) else (body or "").encode("utf-8")

    def json(self) -> Any:
        return json.loads(self.content)


def load(path: Path) -> list[Interaction]:
    try:
        requests, responses, *rest = deserialize(path.read_text(encoding="utf-8"), yamlserializer)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CassetteError(f"{path}: not a vcrpy cassette: {exc}") from exc
    metadata: dict[str, Any] = rest[0] if rest else {}
    cases = metadata.get("cases")
    operation_id = metadata.get("operation")
    if not isinstance(cases, list) or not isinstance(operation_id, str) or len(cases) != len(requests):
        raise CassetteError(
            f"{path}: its metadata must name the operation and one case per interaction"
            f" ({len(requests)} interactions, cases {cases!r})"
        )
    return [
        Interaction(path, index, operation_id, str(case), request, response)
        for index, (case, request, response) in enumerate(zip(cases, requests, responses, strict=True))
    ]


def cassette_paths(directory: Path) -> list[Path]:
    return sorted(directory.glob(f"*{SUFFIX}"))


def load_all(directory: Path) -> list[Interaction]:
    """Every interaction of every cassette in `directory`, in file and recording order."""
    paths = cassette_paths(directory)
    if not paths:
        raise CassetteError(f"no cassettes (*{SUFFIX}) in {directory}")
    return [interaction for path in paths for interaction in load(path)]
