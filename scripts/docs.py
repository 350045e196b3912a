"""Build the offline HTML reference of the spec: `python -m scripts.docs [--out DIR]`.

Redoc renders it, from the pinned npm package (node_modules/redoc, `npm ci`): its standalone bundle is
copied next to the page and the spec is embedded in the page, so viewing needs no network at all, from
a local web server or straight from disk (file://). Redoc 2.5 hard-codes one remote asset, the
"API docs by Redocly" logo (cdn.redoc.ly); the copy points it at an empty inline SVG instead (the
attribution text stays). A Content-Security-Policy forbids any request that is not to the page's own
origin, so a future Redoc that tried to load fonts or telemetry would fail visibly (the page test
records every request and console error) instead of phoning out.

The output, build/docs/ by default, is not committed: it is rebuilt from the committed spec and
package-lock.json at any time.
"""

from __future__ import annotations

import argparse
import html
import json
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from scripts.paths import REPO_ROOT, SPEC_PATH
from scripts.publish.serialise import SpecLoadError, load_document

REDOC_DIR = REPO_ROOT / "node_modules" / "redoc"
REDOC_BUNDLE = "redoc.standalone.js"
DOCS_DIR = REPO_ROOT / "build" / "docs"
CSP = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "worker-src 'self' blob:",
        "connect-src 'self'",
    )
)
# Remote URLs in the Redoc bundle → offline replacements. Each must occur exactly once.
OFFLINE_PATCHES = {
    '"https://cdn.redoc.ly/redoc/logo-mini.svg"': "\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E\"",
}
REDOC_OPTIONS = {"expandResponses": "200", "jsonSampleExpandLevel": 3, "hideHostname": False}

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="Content-Security-Policy" content="{csp}">
  <title>{title}</title>
  <link rel="icon" href="data:,">
  <style>body {{ margin: 0; padding: 0; }}</style>
</head>
<body>
  <noscript>This reference needs JavaScript. The spec itself is in published/ next to the sources.</noscript>
  <div id="redoc-container"></div>
  <script id="spec" type="application/json">{spec}</script>
  <script src="{bundle}"></script>
  <script src="init.js"></script>
</body>
</html>
"""

INIT = """// Renders the spec embedded in index.html (no request is made for it).
(function () {{
  var spec = JSON.parse(document.getElementById("spec").textContent);
  Redoc.init(spec, {options}, document.getElementById("redoc-container"));
}})();
"""


class DocsError(Exception):
    pass


def page(document: dict[str, Any], bundle: str = REDOC_BUNDLE) -> str:
    info = document.get("info", {})
    title = f"{info.get('title', 'API')} {info.get('version', '')} reference".strip()
    # `</` would end the script element early; `\\u003c` is the same JSON string.
    embedded = json.dumps(document, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    return PAGE.format(csp=CSP, title=html.escape(title), spec=embedded, bundle=bundle)


def offline_bundle(source: str) -> str:
    """The Redoc bundle with its remote assets replaced (see OFFLINE_PATCHES)."""
    for remote, local in OFFLINE_PATCHES.items():
        if source.count(remote) != 1:
            raise DocsError(
                f"the Redoc bundle holds {remote} {source.count(remote)} times, not once: Redoc changed; "
                "review what it loads and update OFFLINE_PATCHES"
            )
        source = source.replace(remote, local)
    return source


def build(out: Path = DOCS_DIR, spec: Path = SPEC_PATH, redoc: Path = REDOC_DIR) -> list[Path]:
    """Write index.html, init.js and the Redoc bundle (with its licence) into `out`."""
    bundle = redoc / "bundles" / REDOC_BUNDLE
    if not bundle.is_file():
        raise DocsError(f"{bundle} is missing: install the pinned Node tools with `npm ci`")
    try:
        document = load_document(spec)
    except SpecLoadError as error:
        raise DocsError(str(error)) from error
    out.mkdir(parents=True, exist_ok=True)
    written = [out / "index.html", out / "init.js", out / REDOC_BUNDLE, out / f"{REDOC_BUNDLE}.LICENSE.txt"]
    written[0].write_text(page(document), encoding="utf-8")
    written[1].write_text(INIT.format(options=json.dumps(REDOC_OPTIONS)), encoding="utf-8")
    written[2].write_text(offline_bundle(bundle.read_text(encoding="utf-8")), encoding="utf-8")
    shutil.copyfile(bundle.with_name(f"{REDOC_BUNDLE}.LICENSE.txt"), written[3])
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.docs", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DOCS_DIR)
    parser.add_argument("--spec", type=Path, default=SPEC_PATH)
    args = parser.parse_args(argv)
    try:
        written = build(args.out, args.spec)
    except DocsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for path in written:
        print(f"{path.stat().st_size:>9,} B  {path}")
    print(f"open {written[0]} in a browser (works offline, also from disk)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
