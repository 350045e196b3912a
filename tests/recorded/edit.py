"""Editing a copy of a cassette, to simulate a server that drifted from the spec."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml


def rename_field(cassette: Path, index: int, old: str, new: str) -> None:
    """Rename every `old` key of interaction `index`'s JSON response body to `new`, in place."""
    data = yaml.safe_load(cassette.read_text(encoding="utf-8"))
    body = data["interactions"][index]["response"]["body"]

    def rename(node: Any) -> Any:
        if isinstance(node, dict):
            return {(new if key == old else key): rename(value) for key, value in node.items()}
        return [rename(item) for item in node] if isinstance(node, list) else node

    body["string"] = json.dumps(rename(json.loads(body["string"])))
    cassette.write_text(yaml.safe_dump(data), encoding="utf-8")
