"""Text edits a release makes, keeping each file's comments and formatting."""

from __future__ import annotations

import re

_TOP_LEVEL_KEY = re.compile(r"^[^\s#]")
_VERSION_LINE = re.compile(r"^(?P<indent>[ ]+)version:(?P<value>[^#\n]*?)(?P<comment>\s+#.*)?$")


class EditError(ValueError):
    pass


def set_info_version(spec_text: str, version: str) -> str:
    """The spec with `info.version` set, found as the first `version:` line directly inside `info:`."""
    lines = spec_text.splitlines(keepends=True)
    try:
        start = next(i for i, line in enumerate(lines) if line.rstrip() == "info:")
    except StopIteration:
        raise EditError("no top-level `info:` block in the spec") from None
    child_indent: str | None = None
    for index in range(start + 1, len(lines)):
        line = lines[index]
        if _TOP_LEVEL_KEY.match(line):
            break
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        indent = line[: len(line) - len(line.lstrip(" "))]
        child_indent = child_indent if child_indent is not None else indent
        match = _VERSION_LINE.match(line.rstrip("\n"))
        if match and match["indent"] == child_indent:
            ending = line[len(line.rstrip("\r\n")) :]
            lines[index] = f"{child_indent}version: {version}{match['comment'] or ''}{ending}"
            return "".join(lines)
    raise EditError("no `version:` line directly inside `info:`")


def cleared_acknowledgements(text: str) -> str:
    """The acknowledgement file emptied (`[]`), its leading comment block kept."""
    header = []
    for line in text.splitlines(keepends=True):
        if line.strip() and not line.lstrip().startswith("#"):
            break
        header.append(line)
    return "".join(header) + "[]\n"
