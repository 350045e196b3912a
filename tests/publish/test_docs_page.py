"""The offline reference page, opened in headless Chromium from a loopback web server: every operation
is there, nothing is fetched from anywhere else, the console stays clean, and a screenshot is kept
(build/docs/screenshot.png) for a person to look at."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Request, Route, sync_playwright

from scripts import docs
from scripts.paths import SPEC_PATH
from scripts.publish.serialise import load_document
from tests.publish.processes import LOOPBACK, static_files

CHROMIUM = "chromium"  # Debian's package; never a browser downloaded by Playwright
LAUNCH_ARGS = [
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOT = docs.DOCS_DIR / "screenshot.png"
FIRST_OPERATION = "tag/organisations/operation/listOrganisations"


def chromium_path() -> str:
    path = shutil.which(CHROMIUM)
    if path is None:
        pytest.fail(
            "Chromium is missing: install Debian's package with `apt-get install -y chromium`", pytrace=False
        )
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Headless Chromium driven by Playwright's bundled driver; each launch gets a fresh temporary profile."""
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=chromium_path(), headless=True, args=LAUNCH_ARGS
        )
        try:
            yield launched
        finally:
            launched.close()


class Recorder:
    """Every request the page makes (local ones go through, others are aborted) and every console error."""

    def __init__(self, page: Page, origin: str) -> None:
        self.origin = origin
        self.requests: list[str] = []
        self.errors: list[str] = []
        page.route("**/*", self._route)
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.errors.append(f"uncaught: {error}"))

    def is_local(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme == "blob":
            return url.startswith(f"blob:{self.origin}/")
        return parts.scheme == "data" or parts.hostname == LOOPBACK

    @property
    def remote(self) -> list[str]:
        return [url for url in self.requests if not self.is_local(url)]

    def _route(self, route: Route, request: Request) -> None:
        self.requests.append(request.url)
        if self.is_local(request.url):
            route.continue_()
        else:
            route.abort()

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append(f"console.error: {message.text}")


def operations(document: dict[str, Any]) -> dict[str, str]:
    """operationId → summary."""
    return {
        operation["operationId"]: operation["summary"]
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }


def test_the_reference_page_lists_every_operation_offline(browser: Browser) -> None:
    docs.build(docs.DOCS_DIR)
    expected = operations(load_document(SPEC_PATH))
    with static_files(docs.DOCS_DIR) as origin:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        recorder = Recorder(page, origin)
        try:
            page.goto(f"{origin}/index.html#{FIRST_OPERATION}", wait_until="load")
            page.wait_for_selector(f"[id='{FIRST_OPERATION}'] h2", state="visible", timeout=20_000)
            rendered = page.eval_on_selector_all(
                "[id*='/operation/']",
                "sections => sections.map(s => [s.id, s.querySelector('h2').innerText])",
            )
            menu = page.eval_on_selector_all(
                "[role=menuitem][data-item-id*='/operation/']",
                "items => items.map(i => i.getAttribute('aria-label'))",
            )
            title = page.inner_text("h1")
            page.screenshot(path=SCREENSHOT)
        finally:
            page.close()

    assert len(expected) == 15
    assert {section.rsplit("/", 1)[1]: heading for section, heading in rendered} == expected
    assert sorted(menu) == sorted(expected.values())
    assert title.startswith("Tactile CRM API")
    assert recorder.remote == [], "the page reached beyond 127.0.0.1"
    assert recorder.requests, "no request was recorded: the recorder is broken"
    assert recorder.errors == []
    assert SCREENSHOT.stat().st_size > 20_000, "the screenshot looks blank"


def test_the_page_embeds_the_spec_and_loads_only_files_next_to_it() -> None:
    html = docs.page({"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "x": "</script><b>"})
    assert "</script><b>" not in html  # embedded JSON cannot end its script element early
    assert "https://" not in html.replace("http://www.w3.org", "")
    bundle = (docs.REDOC_DIR / "bundles" / docs.REDOC_BUNDLE).read_text(encoding="utf-8")
    assert "cdn.redoc.ly" not in docs.offline_bundle(bundle)


def test_a_changed_redoc_bundle_is_refused_rather_than_published_with_remote_assets() -> None:
    with pytest.raises(docs.DocsError, match="Redoc changed"):
        docs.offline_bundle("no remote asset here")
