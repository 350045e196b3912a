"""Load the spec in source order; write YAML and JSON byte-for-byte deterministically.

Loading expands YAML anchors and merge keys (`<<: *properties`). PyYAML puts merged keys before the
mapping's own keys; this loader keeps them where the `<<` is written, so published key order is the
order a reader sees in the source. Explicit keys still win over merged ones, as YAML requires.

Writing uses two-space indents (sequences not indented under their key, PyYAML's usual style), no
line folding, literal blocks for multi-line strings and no anchors/aliases. libyaml's emitter is ten
times faster than the pure-Python one and writes the same bytes with these settings (a test holds
them to it), so it is used where PyYAML has it.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

MERGE_TAG = "tag:yaml.org,2002:merge"
_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class SpecLoadError(ValueError):
    """The file is not YAML, or holds something JSON cannot represent."""


class SourceOrderLoader(_Base):  # type: ignore[misc, valid-type]
    def flatten_mapping(self, node: MappingNode) -> None:
        explicit = {_key(key) for key, _ in node.value if key.tag != MERGE_TAG}
        seen: set[object] = set()
        pairs: list[tuple[Node, Node]] = []
        for key, value in node.value:
            if key.tag != MERGE_TAG:
                pairs.append((key, value))
                continue
            for source in _merge_sources(value):
                self.flatten_mapping(source)
                for merged_key, merged_value in source.value:
                    name = _key(merged_key)
                    if name not in explicit and name not in seen:
                        seen.add(name)
                        pairs.append((merged_key, merged_value))
        node.value = pairs


def _key(node: Node) -> object:
    return (node.tag, node.value) if isinstance(node, ScalarNode) else id(node)


def _merge_sources(value: Node) -> list[MappingNode]:
    if isinstance(value, MappingNode):
        return [value]
    if isinstance(value, SequenceNode) and all(isinstance(item, MappingNode) for item in value.value):
        return list(value.value)
    raise yaml.constructor.ConstructorError(
        None, None, "a merge key (<<) needs a mapping or a list of mappings", value.start_mark
    )


def load_document(path: Path) -> dict[str, Any]:
    try:
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=SourceOrderLoader)
    except (OSError, yaml.YAMLError) as error:
        raise SpecLoadError(f"{path}: {error}") from error
    if not isinstance(document, dict):
        raise SpecLoadError(f"{path}: not an OpenAPI document (expected a mapping at the top)")
    _check_json_compatible(document, path, "")
    return document


def _check_json_compatible(node: object, path: Path, pointer: str) -> None:
    """YAML admits dates and non-string keys; a JSON artifact would silently change them."""
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{pointer}/{key}"
            if not isinstance(key, str):
                raise SpecLoadError(f"{path}#{here}: key {key!r} is not a string: quote it")
            _check_json_compatible(value, path, here)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _check_json_compatible(value, path, f"{pointer}/{index}")
    elif isinstance(node, dt.date | dt.datetime):
        raise SpecLoadError(f"{path}#{pointer}: {node} was read as a date: quote it")


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value.rstrip("\n") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _dumper(base: type[yaml.SafeDumper]) -> type[yaml.SafeDumper]:
    class Dumper(base):  # type: ignore[valid-type, misc]
        def ignore_aliases(self, data: Any) -> bool:
            return True

    Dumper.add_representer(str, _represent_str)
    return Dumper


PURE_DUMPER = _dumper(yaml.SafeDumper)
FAST_DUMPER = _dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper))


def to_yaml(document: dict[str, Any], *, dumper: type[yaml.SafeDumper] = FAST_DUMPER) -> str:
    return yaml.dump(
        document,
        Dumper=dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        indent=2,
        width=1_000_000,
    )


def to_json(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
