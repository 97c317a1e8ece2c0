"""The site as a reader uses it, in headless Chromium (Debian's package, driven by
Playwright with executable_path; never a downloaded browser), with an axe-core audit.

Screenshots of the main page types land in test-artifacts/screenshots/ (not committed).
Skips with the reason when Chromium, Playwright or axe-core is not installed;
`make test` / .ci/run install them.
"""

from __future__ import annotations

import functools
import http.server
import re
import shutil
import socketserver
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import ROOT
from .test_site_build import build, make_project

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SHOTS = ROOT / "test-artifacts" / "screenshots"
playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="no Chromium: apt-get install chromium"),
]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = make_project(tmp_path_factory.mktemp("browser"))
    result = build(project)
    assert result.returncode == 0, result.stderr
    yield from _served(project / "site")


def _served(site: Path) -> Iterator[str]:
    """The base URL of ``site`` served on 127.0.0.1 while the caller's fixture lives."""
    handler = functools.partial(_Quiet, directory=str(site))
    with socketserver.TCPServer(("127.0.0.1", 0), handler) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        yield f"http://127.0.0.1:{server.server_address[1]}/"
        server.shutdown()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1200, "height": 900})  # type: ignore[attr-defined]
    # The site is served from 127.0.0.1; anything else (the theme's GitHub repository
    # stats) is answered locally, as the network is closed here.
    context.route(re.compile(r"^https?://(?!127\.0\.0\.1)"), lambda route: route.fulfill(
        status=200, content_type="application/json", body="{}"))
    tab = context.new_page()
    tab.errors = []
    tab.on("console", lambda msg: tab.errors.append(msg.text) if msg.type == "error" else None)
    tab.on("pageerror", lambda exc: tab.errors.append(str(exc)))
    yield tab
    context.close()


def shot(page: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def test_home_loads_without_console_errors(page: object, base_url: str) -> None:
    page.goto(base_url)
    assert "Who said what" in page.title()
    assert page.locator("h2#latest-statements").count() == 1
    shot(page, "home")
    assert page.errors == []


def _index_requests(page: object) -> int:
    return page.evaluate(  # type: ignore[attr-defined]
        "performance.getEntriesByType('resource')"
        ".filter(e => e.name.includes('search_index.json')).length")


def test_search_index_waits_for_a_reader_who_searches(page: object, base_url: str) -> None:
    page.goto(base_url + "actors/cho-hey-sil/", wait_until="networkidle")
    page.wait_for_timeout(500)
    assert _index_requests(page) == 0  # a reader who only reads never downloads it
    page.locator(".md-search__input").first.focus()
    page.wait_for_function("performance.getEntriesByType('resource')"
                           ".some(e => e.name.includes('search_index.json'))", timeout=10000)
    assert page.errors == []


def test_search_finds_a_statement_by_its_words(page: object, base_url: str) -> None:
    page.goto(base_url, wait_until="networkidle")
    page.locator(".md-search__input").first.click()  # this asks for the index
    page.locator(".md-search__input").press_sequentially("herd immunity", delay=30)
    result = page.locator(".md-search-result__item > a").first
    result.wait_for(timeout=10000)
    assert "/statements/" in result.get_attribute("href")  # a statement ranks first
    shot(page, "search")
    result.click()
    page.wait_for_url("**/statements/**")
    assert "herd immunity" in page.locator("article").inner_text()


def test_search_terms_in_the_address_are_highlighted(page: object, base_url: str) -> None:
    page.goto(base_url + "actors/cho-hey-sil/")  # Material's search.highlight needs the index
    href = page.locator('article li:has-text("stance") a[href*="statements/"]').first
    page.goto(href.evaluate("a => a.href") + "?h=stance")
    page.locator("article mark[data-md-highlight]").first.wait_for(timeout=10000)
    assert "stance" in page.locator("article mark[data-md-highlight]").first.inner_text().lower()


def test_citation_lands_on_the_highlighted_words(page: object, base_url: str) -> None:
    page.goto(base_url + "actors/cho-hey-sil/")
    page.locator('article a[href*="statements/"]').first.click()
    page.wait_for_url("**/statements/**")
    shot(page, "statement")
    page.locator("a", has_text="The exact words in the article").click()
    page.wait_for_url("**/sources/**#st-*")
    anchor = page.url.split("#", 1)[1]
    mark = page.locator(f"mark#{anchor}")
    assert mark.count() == 1 and mark.is_visible()
    box = mark.bounding_box()
    assert box is not None and 0 <= box["y"] < 900
    shot(page, "source")


def test_actor_and_date_pages_list_their_statements(page: object, base_url: str) -> None:
    page.goto(base_url + "actors/lee-in-young/")
    assert page.locator('article li a[href*="statements/"]').count() >= 8
    shot(page, "actor")
    page.goto(base_url + "dates/2020-03-23/")
    assert page.locator('article li a[href*="statements/"]').count() == 3
    shot(page, "date")


def test_timeline_filter_by_speaker(page: object, base_url: str) -> None:
    page.goto(base_url + "timeline/")
    items = page.locator("li.fs-item")
    total = items.count()
    page.select_option("#fs-actor", "cnn")
    visible = page.locator("li.fs-item:visible").count()
    assert 0 < visible < total
    assert page.locator(".fs-count").inner_text() == f"{visible} of {total} statements"
    shot(page, "timeline")
    assert page.errors == []


AUDITED = ["", "timeline/", "actors/", "actors/lee-in-young/", "statements/",
           "sources/", "dates/2021-02-03/"]


@pytest.mark.skipif(not AXE.exists(), reason="axe-core is not installed: npm install")
@pytest.mark.parametrize("path", AUDITED)
def test_accessibility_audit(page: object, base_url: str, path: str) -> None:
    if path == "statements/":
        page.goto(base_url + "actors/lee-in-young/")
        page.locator('article a[href*="statements/"]').first.click()
        page.wait_for_url("**/statements/**")
    elif path == "sources/":
        page.goto(base_url + "sources/")
        page.locator('article a[href*="sources/"]').first.click()
    else:
        page.goto(base_url + path)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [f"{v['id']} ({v['impact']}): {v['help']} — "
               f"{[n['target'] for n in v['nodes']][:3]}"
               for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], "\n".join(serious)


@pytest.fixture(scope="module")
def pagefind_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The same site with `search: pagefind`."""
    project = make_project(tmp_path_factory.mktemp("pagefind"))
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace(
        "      unreviewed: mark\n", "      unreviewed: mark\n      search: pagefind\n"), "utf-8")
    result = build(project)
    assert result.returncode == 0, result.stderr
    assert not (project / "site" / "search" / "search_index.json").exists()
    yield from _served(project / "site")


def test_pagefind_search_finds_a_statement_by_its_words(page: object, pagefind_url: str
                                                        ) -> None:
    page.goto(pagefind_url + "actors/")
    page.locator("a.fs-search-button").click()  # the header's search button
    page.wait_for_url("**/search/")
    box = page.locator("#fs-search input")
    box.wait_for(timeout=10000)
    box.press_sequentially("herd immunity", delay=30)
    result = page.locator(".pagefind-ui__result-link").first
    result.wait_for(timeout=10000)
    assert "/statements/" in result.get_attribute("href")
    shot(page, "search-pagefind")
    page.add_script_tag(path=str(AXE))
    audit = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [v["id"] for v in audit["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []
    result.click()
    page.wait_for_url("**/statements/**")
    assert "herd immunity" in page.locator("article").inner_text()
    assert page.errors == []


def test_pagefind_search_takes_a_query_in_the_address(page: object, pagefind_url: str
                                                      ) -> None:
    page.goto(pagefind_url + "search/?q=vaccine")
    page.locator(".pagefind-ui__result-link").first.wait_for(timeout=10000)
    assert page.locator(".pagefind-ui__result-link").count() >= 3
