"""The MkDocs adapter: the only module that imports mkdocs.

Each handler is a few lines delegating to the core: load and validate ``data/``
once per build, render every page in memory, add them as generated files, point
"edit this page" at the YAML record, and watch ``data/`` under ``mkdocs serve``
(not ``seeds/``: articles reach the site through ``factsite extract``, and polling
thousands of files the site never reads would slow every rebuild).

Under ``mkdocs serve --dirty`` (``make serve``) a rebuild after an edit is
incremental: the plugin stays alive between builds (it has ``on_startup``), parses
only the changed YAML files, re-renders only the pages the edit can reach
(:mod:`generator.incremental`) and marks only pages whose Markdown changed as
modified, so MkDocs converts a few dozen pages instead of every page. Material's
search keeps a whole index because this plugin merges the rebuilt pages' entries
into the previous ones (Material's own dirty merge assumes one rebuilt page).
"""

from __future__ import annotations

import gc
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urljoin

import jinja2
import jinja2.bccache
import mkdocs
import watchdog.events
import watchdog.observers
from mkdocs.commands import build as mkdocs_build
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from . import export, pagefind, sitemap
from .catalog import Catalog
from .incremental import LISTS, same_page_set, touched_pages
from .render import (
    RenderOptions,
    render_home,
    render_search_page,
    render_site,
    rerender_site,
)
from .store import LoadCache
from .validate import load_and_check
from .yamlio import replace_file

HOME_MARKER = "<!-- factsite:home -->"
log = logging.getLogger("mkdocs.plugins.factsite")
# The plugins a rebuild of pages alone is known to keep right (it runs their page and
# post-build events, not the others'): with any other, every rebuild is MkDocs' own.
PAGES_ALONE_PLUGINS = frozenset({"factsite", "material/search"})
# That rebuild calls three of MkDocs' private functions, as its build() does; checked on
# this minor version (tests/test_serve.py), so another gets MkDocs' own rebuilds.
PAGES_ALONE_MKDOCS = "1.6."


class FactsiteConfig(Config):
    data_dir = c.Type(str, default="data")
    unreviewed = c.Choice(("show", "mark", "hide"), default="mark")
    edit_data_uri = c.Optional(c.Type(str))
    list_limit = c.Type(int, default=500)
    # material: Material's search (one JSON index, fine to a few thousand pages);
    # pagefind: a chunked static index built after the site, for big records.
    search = c.Choice(("material", "pagefind"), default="material")
    # events: `mkdocs serve` hears of changes from the operating system (inotify and
    # the like); polling: MkDocs' own watcher, which stats every file twice a second
    # (for file systems that send no events, such as some network mounts).
    watcher = c.Choice(("events", "polling"), default="events")
    # Most pages in one sitemap file; a bigger site gets a sitemap index (and
    # Material's instant loading, which walks the sitemap on every page load, stops).
    sitemap_limit = c.Type(int, default=10_000)
    # pages: under `mkdocs serve --dirty`, an edit of data/ alone rebuilds the pages
    # it changes without MkDocs' whole build (which walks every file, page and the
    # navigation); full: every rebuild is MkDocs' own (to rule the first out).
    serve_rebuild = c.Choice(("pages", "full"), default="pages")


class _Generated(File):
    """A generated file; a dirty build rebuilds it only when its content changed."""

    changed = True

    def is_modified(self) -> bool:
        return self.changed

    def is_documentation_page(self) -> bool:  # asked of every file, several times a build
        if not hasattr(self, "_is_page"):
            self._is_page = super().is_documentation_page()
        return self._is_page


class _Files(Files):
    """MkDocs' collection of files, answering "which are pages" faster: a build asks
    three times over 56,000 files, and the enum lookups of each file's inclusion level
    were a tenth of a one-page rebuild. Same answers (an inclusion test is a function
    of the level alone), and each answer is kept until a file comes or goes or an
    inclusion level is set: the first question comes after MkDocs has set them."""

    def __init__(self, files: Iterable[File]) -> None:
        super().__init__(files)
        self._docs: list[File] | None = None  # the documentation pages, any level
        self._pages: dict[Callable[[InclusionLevel], bool], tuple[tuple, list[File]]] = {}

    def append(self, file: File) -> None:
        super().append(file)
        self._docs = None
        self._pages.clear()

    def remove(self, file: File) -> None:
        super().remove(file)
        self._docs = None
        self._pages.clear()

    def documentation_pages(self, *, inclusion: Callable[[InclusionLevel], bool]
                            = InclusionLevel.is_included) -> Sequence[File]:
        if self._docs is None:
            self._docs = [file for file in self if file.is_documentation_page()]
        levels = tuple(map(id, (f.inclusion for f in self._docs)))  # (no Enum hashing)
        cached = self._pages.get(inclusion)
        if cached is None or cached[0] != levels:
            verdicts = {id(level): inclusion(level) for level in InclusionLevel}
            if all(verdicts[level] for level in set(levels)):  # (usually: every page)
                cached = levels, self._docs
            else:
                cached = levels, [f for f, level in zip(self._docs, levels, strict=True)
                                  if verdicts[level]]
            self._pages[inclusion] = cached
        return list(cached[1])


class _Worker:
    """The exports after a dirty rebuild, written once the server has been idle for
    ``delay`` seconds: they take seconds of the interpreter at scale (40,000
    statements as JSON and CSV), and written at once they slowed the browser's reload
    of the edited page, which the same process serves. A newer job replaces one not
    yet started (its catalog is newer); one job runs at a time. A rebuild postpones
    a job not yet started until it is done: started in the middle of the next edit's
    rebuild, the job made that rebuild up to a second slower at 5,000 articles."""

    def __init__(self, delay: float = 3.0) -> None:
        self.delay = delay
        self._lock = threading.Lock()
        self._running = threading.Lock()
        self._timer: threading.Timer | None = None
        self._job: Callable[[], None] | None = None  # the job of the timer, if not run
        self._held: Callable[[], None] | None = None  # a job postponed by a rebuild

    def submit(self, job: Callable[[], None]) -> None:
        with self._lock:
            self._held = None  # (this one is newer)
            self._start(job)

    def _start(self, job: Callable[[], None]) -> None:
        if self._timer is not None:
            self._timer.cancel()  # (a job already running finishes)
        self._job = job
        self._timer = threading.Timer(self.delay, self._run, args=(job,))
        self._timer.daemon = True
        self._timer.start()

    def postpone(self) -> None:
        """A rebuild starts: a job waiting for its delay waits for the rebuild too."""
        with self._lock:
            if self._timer is not None and self._job is not None:
                self._timer.cancel()
                self._held, self._job = self._job, None

    def resume(self) -> None:
        """The rebuild is done: a postponed job waits its delay again."""
        with self._lock:
            if self._held is not None:
                job, self._held = self._held, None
                self._start(job)

    def _run(self, job: Callable[[], None]) -> None:
        with self._lock:
            if self._job is not job:
                return  # postponed or replaced just as the timer fired
            self._job = None
        with self._running:
            try:
                job()
            except OSError as exc:  # the site folder went away (serve stopped)
                log.warning("factsite: background job failed: %s", exc)

    def wait(self, timeout: float | None = None) -> None:
        """Until the latest job has run (for tests and benchmarks)."""
        with self._lock:
            timer = self._timer
        if timer is not None:
            timer.join(timeout)


@dataclass
class _Site:
    """The objects of the last good build that a rebuild of a few pages reuses."""

    config: MkDocsConfig
    files: Files
    nav: Navigation
    env: jinja2.Environment
    docs: Sequence[File]  # the pages, as MkDocs' build under `mkdocs serve` lists them


@dataclass
class _Built:
    """What the last good build rendered, for the next incremental one."""

    catalog: Catalog
    options: RenderOptions
    pages: dict[str, str]
    home: str


class FactsitePlugin(BasePlugin[FactsiteConfig]):
    def __init__(self) -> None:
        super().__init__()
        self.on_startup(command="build", dirty=False)

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Having this handler keeps the instance alive between `mkdocs serve` builds
        # (and MkDocs reuses it for the next config a process loads: start afresh).
        self.incremental = command == "serve" and dirty
        self.cache = LoadCache() if command == "serve" else None
        self.built: _Built | None = None
        self.pending: set[str] = set()  # data files changed since the last good build
        self.search_entries: dict[str, bytes] | None = None  # page URL -> its entries' JSON
        self.theme_cache = _ThemeCache() if command == "serve" else None
        self.exports: dict[str, str] = {}
        self.late_exports: Catalog | None = None  # to write after this dirty build
        self.background = _Worker()
        self.marker_pages: set[str] = set()  # hand-written pages with the home marker
        self.made: dict[str, _Generated] = {}  # the generated files of the last build
        self.fresh: list[_Generated] = []  # those made new in it (the others: unchanged)
        self.handwritten: set[str] = set()  # and the other files it had
        self.same_files = False  # whether this build has the same files as the last
        self.pagefind = pagefind.Background()
        self.root = Path.cwd()  # the folder of mkdocs.yml, from on_config
        self.site: _Site | None = None  # the last build's, while nothing but data changed
        self.heard: _Heard | None = None  # what the server's watches report (events)
        if command == "serve" and not dirty:
            log.info("factsite: `mkdocs serve --dirty` (make serve) rebuilds only the "
                     "pages an edit changes")

    @event_priority(50)  # before Material's search plugin asks for a template
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.background.postpone()  # (the exports of the last edit wait for this build)
        root = self.root = Path(config.config_file_path or ".").resolve().parent
        if self.theme_cache is not None:
            self.theme_cache.install(config.theme, root)
        self.data_dir = root / self.config.data_dir
        if self.data_dir.is_dir() and str(self.data_dir) not in config.watch:
            config.watch.append(str(self.data_dir))
        self.edit_base = self.config.edit_data_uri or _edit_base(config, self.config.data_dir)
        if self.config.search == "pagefind":
            material = config.plugins.get("material/search")
            if material is not None:  # one index: Pagefind's (and no 200 MB JSON)
                material.config.enabled = False
            config.extra["factsite_search"] = "pagefind"  # overrides/partials/header.html
        self.rebuilt: set[str] = set()  # URLs of the pages this build writes
        self.sitemaps: dict[str, str] = {}  # a big site's sitemap files, to write
        if not 1 <= self.config.sitemap_limit <= sitemap.PROTOCOL_LIMIT:
            raise PluginError(f"factsite: sitemap_limit is {self.config.sitemap_limit}; a "
                              f"sitemap holds 1 to {sitemap.PROTOCOL_LIMIT} pages")
        return config

    def on_serve(self, server: LiveReloadServer, config: MkDocsConfig,
                 builder: Callable[..., None]) -> LiveReloadServer:
        if self.config.watcher == "events" and self.data_dir.is_dir():
            self.heard = _hear_events(server, config)
            if self.cache is not None:  # the loader checks only what the watcher reports
                server.observer.schedule(_Reporter(self.cache), str(self.data_dir),
                                         recursive=True)
                self.cache.watched()
        if self.incremental and self.heard is not None and server.builder is builder:
            server.builder = partial(self._serve_build, builder)
        return server

    def _serve_build(self, builder: Callable[[], None]) -> None:
        """Each rebuild of `mkdocs serve --dirty`: of the pages an edit changes when
        only data changed, else MkDocs' own."""
        heard = self.heard.take() if self.heard is not None else None
        if heard is not None and self.rebuild_pages(heard):
            return
        self.site = None  # (until that build ends well)
        builder()

    def rebuild_pages(self, heard: set[str]) -> bool:
        """After edits of the data files ``heard`` (absolute paths), rebuild only the
        pages whose Markdown they change, with the last build's files, navigation and
        theme, as MkDocs' dirty build would rebuild them: the same plugin events for
        those pages, then every plugin's post-build. A page that comes (a new date or
        topic) gets its File and Page as MkDocs' build makes them; one that goes (a
        rejected statement) loses them and its output; the sitemap is written again.
        Skipped is the rest of MkDocs' build, which walks every file and page (at
        5,000 articles, 56,000 pages: most of a rebuild). False, having changed
        nothing MkDocs' build relies on, when the edit needs more (another file
        changed, a record fails its checks, another plugin is on, a hand-written page
        has the path of one that comes or goes, the sitemap would change from one
        file to an index or back): MkDocs' own rebuild is next."""
        started = time.monotonic()
        site, last = self.site, self.built
        if (site is None or last is None or not heard or site.config.strict
                or self.config.serve_rebuild != "pages"
                or not mkdocs.__version__.startswith(PAGES_ALONE_MKDOCS)
                or set(site.config.plugins) - PAGES_ALONE_PLUGINS
                or not all(_inside(path, self.data_dir) for path in heard)):
            return False
        self.background.postpone()  # (resumed by on_post_build or the build next)
        loaded = load_and_check(self.data_dir, self.cache)
        self.pending |= loaded.changed or set()
        if loaded.problems:  # MkDocs' rebuild reports them
            return False
        catalog, options = loaded.catalog, last.options
        touched = touched_pages(last.catalog, catalog, self.pending, options)
        if touched is None:
            return False
        same = same_page_set(last.catalog, catalog, self.pending, options)
        pages = rerender_site(catalog, options, last.pages, touched, same_paths=same)
        added = [path for path in pages if path not in last.pages]
        gone = [path for path in last.pages if path not in pages]
        limit = self.config.sitemap_limit
        count = len(site.docs) + len(added) - len(gone)
        if self.handwritten.intersection([*added, *gone]) or (  # (a hand-written page wins)
                (len(site.docs) > limit) != (count > limit)):  # (the sitemap's kind changes)
            return False
        home = render_home(catalog, options) if touched & LISTS else last.home
        changed = [self.made[path] for path in sorted(touched & self.made.keys())
                   if path in pages and pages[path] != last.pages[path]]
        markers = [file for file in site.docs
                   if file.src_uri in self.marker_pages] if home != last.home else []
        if any(file.page is None for file in (*changed, *markers)):
            return False
        # from here on as on_files, _tidy, _replace and MkDocs' build would do it
        self.built = _Built(catalog, options, pages, home)
        self.catalog, self.records, self.home = catalog, catalog.files, home
        self.pending, self.rebuilt, self.sitemaps = set(), set(), {}
        self.late_exports = catalog
        for file in self.fresh:
            _unchanged(file)
        for file in changed:
            file.content_string = pages[file.src_uri]
            file.changed = True
        if added or gone:
            site, new = self._change_pages(site, pages, added, gone)
            changed += new
        self.fresh = changed
        for file in markers:  # hand-written: MkDocs rebuilds one without its output
            Path(file.abs_dest_path).unlink(missing_ok=True)
        search = site.config.plugins.get("material/search")
        if hasattr(search, "search_index"):  # (enabled) this build's entries, as on_config
            search.search_index = type(search.search_index)(**search.config)
        try:
            self._build_pages(site, [*changed, *markers])
            if added or gone:
                self._build_sitemap(site)
            site.config.plugins.on_post_build(config=site.config)
        except Exception:
            self.site = None  # (the server reports it; the next rebuild is MkDocs' own)
            raise
        log.info("Documentation built in %.2f seconds (factsite: %d pages, for an edit "
                 "of %s/ alone)", time.monotonic() - started, len(changed) + len(markers),
                 self.config.data_dir)
        return True

    def _change_pages(self, site: _Site, pages: dict[str, str], added: list[str],
                      gone: list[str]) -> tuple[_Site, list[_Generated]]:
        """The last build's files, pages and search locations with the pages that went
        deleted (files and output) and new ones made, listed in the order a fresh build
        lists them; and the new files, to build."""
        config = site.config
        before = {id(file) for file in self.made.values()}
        for path in gone:
            file = self.made.pop(path)
            if file.page is not None:
                self.urls.discard(file.page.url)
            _delete_output(config, path)
        new: list[_Generated] = []
        for path in added:
            file = self.made[path] = _Generated.generated(config, path, content=pages[path])
            Page(None, file, config)  # as MkDocs' navigation makes a page it does not list
            assert file.page is not None
            self.urls.add(file.page.url)
            new.append(file)
        files = _Files([*(file for file in site.files if id(file) not in before),
                        *(self.made[path] for path in pages if path in self.made)])
        self.files, self.same_files = files, False  # (the search merge checks urls)
        docs = files.documentation_pages(inclusion=InclusionLevel.is_in_serve)
        self.site = _Site(config, files, site.nav, site.env, docs)
        return self.site, new

    def _build_sitemap(self, site: _Site) -> None:
        """The sitemap of the pages after some came or went: MkDocs' one file (its
        private function, as its build() calls it), or the index of a big site."""
        self._split_sitemap(site.files, site.config)
        if not self.sitemaps:
            mkdocs_build._build_theme_template("sitemap.xml", site.env, site.files,
                                               site.config, site.nav)

    def _build_pages(self, site: _Site, files: list[File]) -> None:
        """MkDocs' build() for these pages alone (its private functions, see
        PAGES_ALONE_MKDOCS)."""
        config, docs = site.config, site.docs
        for file in files:
            assert file.page is not None
            mkdocs_build._populate_page(file.page, config, site.files, dirty=True)
        for file in files:
            assert file.page is not None
            mkdocs_build._build_page(file.page, config, docs, site.nav, site.env, dirty=True,
                                     excluded=file.inclusion.is_excluded())
            file.page.validate_anchor_links(files=site.files,
                                            log_level=config.validation.links.anchors)

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        loaded = load_and_check(self.data_dir, self.cache)
        self.pending |= loaded.changed or set()
        if loaded.problems:
            lines = "\n".join(str(p) for p in loaded.problems)
            raise PluginError(f"factsite: {len(loaded.problems)} problems in "
                              f"{self.config.data_dir}/:\n{lines}")
        self.records = loaded.catalog.files
        self.catalog = loaded.catalog
        self.options = RenderOptions(unreviewed=self.config.unreviewed,
                                     list_limit=self.config.list_limit)
        last = self.built if self.incremental else None
        pages, touched = self._render(loaded.catalog, last)
        lists = touched is None or bool(touched & LISTS)  # the home page shows what they do
        self.home = render_home(loaded.catalog, self.options) if lists or not last else last.home
        if last is None:
            exports = self._exports(config, loaded.catalog)
        else:  # a dirty rebuild: the site it leaves behind is brought up to date
            self._tidy(files, config, last, pages)
            exports = self.exports  # their new content is written after the pages
            if self.pending:
                self.late_exports = loaded.catalog
        if self.incremental:
            self.built = _Built(loaded.catalog, self.options, pages, self.home)
        self.pending = set()
        extra = {"search.md": render_search_page()} if self.config.search == "pagefind" else {}
        made = self._add(files, config, last, {**pages, **exports, **extra}, touched)
        return _Files([*files, *made])

    def _tidy(self, files: Files, config: MkDocsConfig, last: _Built,
              pages: dict[str, str]) -> None:
        """Before a dirty build: pages that went are deleted, hand-written pages with
        the home figures rebuilt when those changed, the sitemap kept if it can be."""
        if self.home != last.home:
            for src_uri in self.marker_pages:
                if (page := files.get_file_from_path(src_uri)) is not None:
                    Path(page.abs_dest_path).unlink(missing_ok=True)  # so: modified
        if last.pages.keys() == pages.keys():  # the same pages: the sitemap stands
            config.theme.static_templates.discard("sitemap.xml")  # (60,000 entries)
        config.theme.static_templates.discard("404.html")  # the nav is mkdocs.yml's
        for path in last.pages.keys() - pages.keys():
            _delete_output(config, path)

    def _add(self, files: Files, config: MkDocsConfig, last: _Built | None,
             pages: dict[str, str], touched: set[str] | None) -> list[File]:
        """Every generated file; a hand-written page of the same path wins."""
        handwritten = {file.src_uri for file in files}
        self.same_files = last is not None and handwritten == self.handwritten and (
            pages.keys() - handwritten == self.made.keys())
        self.handwritten = handwritten
        if self.same_files and touched is not None and last is not None and all(
                file.dest_dir == config.site_dir for file in self.fresh[:1]):
            self._replace(config, last, pages, touched)
            return list(self.made.values())
        made: dict[str, _Generated] = {}
        for path, content in pages.items():
            if path in handwritten:
                continue
            file = self.made.get(path) if last else None
            if (file is not None and last is not None and last.pages.get(path) == content
                    and file.dest_dir == config.site_dir):
                # the same File (and Page) as last build: MkDocs neither re-derives its
                # URL and Page (the cost of a 60,000-page build's navigation) nor
                # rebuilds it, and links into it still find its anchors; its own links
                # were checked when it was built
                _unchanged(file)
            else:
                file = _Generated.generated(config, path, content=content)
            made[path] = file
        self.fresh = [file for file in made.values() if file.changed]
        self.made = made if self.incremental else {}
        return list(made.values())

    def _replace(self, config: MkDocsConfig, last: _Built, pages: dict[str, str],
                 touched: set[str]) -> None:
        """The same files as last build, but for the touched pages whose words changed:
        only those get a new File, and only last build's new ones are marked unchanged
        (the rest already are), instead of a walk over every page."""
        for file in self.fresh:
            _unchanged(file)
        self.fresh = []
        for path in sorted(touched & self.made.keys()):
            if pages[path] != last.pages[path]:
                file = _Generated.generated(config, path, content=pages[path])
                self.made[path] = file
                self.fresh.append(file)

    def _render(self, catalog: Catalog, last: _Built | None
                ) -> tuple[dict[str, str], set[str] | None]:
        """Every generated page, and which were rendered again after an edit (None: all)."""
        touched = (touched_pages(last.catalog, catalog, self.pending, self.options)
                   if last and last.options == self.options else None)
        if last is None or touched is None:
            return render_site(catalog, self.options), None
        same = same_page_set(last.catalog, catalog, self.pending, self.options)
        return rerender_site(catalog, self.options, last.pages, touched, same), touched

    def _exports(self, config: MkDocsConfig, catalog: Catalog) -> dict[str, str]:
        """The facts for machines, linked from the home page."""
        self.exports = {"facts.json": export.to_json(catalog), "facts.csv": export.to_csv(catalog),
                        "feed.xml": export.to_atom(catalog, config.site_url or "/")}
        return self.exports

    def on_nav(self, nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
        self.nav = nav
        return nav

    def on_env(self, env: Any, config: MkDocsConfig, files: Files) -> Any:
        self.env, self.files = env, files
        # page URLs as search locations write them ("" for the home page, not "./");
        # the same files as last build: the same URLs (no walk over 56,000 pages)
        if not self.same_files:
            self.urls = {file.page.url for file in files.documentation_pages() if file.page}
        if "sitemap.xml" in config.theme.static_templates:  # (a dirty rebuild may keep it)
            self._split_sitemap(files, config)
        return env

    def _split_sitemap(self, files: Files, config: MkDocsConfig) -> None:
        """Over ``sitemap_limit`` pages, a sitemap index instead of MkDocs' one file."""
        pages = [file.page for file in files.documentation_pages() if file.page]
        if len(pages) <= self.config.sitemap_limit:
            return
        config.theme.static_templates.discard("sitemap.xml")
        entries = [sitemap.Entry(page.canonical_url or page.abs_url or page.url,
                                 page.update_date) for page in pages]
        self.sitemaps = sitemap.split_sitemap(entries, config.site_url or "/",
                                              self.config.sitemap_limit)

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig,
                         files: Files) -> str:
        record = self._record(page.file.src_uri) if page.file.generated_by else None
        if record and self.edit_base:  # a hand-written page keeps its own edit link
            page.edit_url = urljoin(self.edit_base, record)
        if HOME_MARKER in markdown:  # a hand-written page asks for the live figures
            self.marker_pages.add(page.file.src_uri)
            markdown = markdown.replace(HOME_MARKER, self.home)
        return markdown

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        self.rebuilt.add(page.url)
        return output

    @event_priority(-50)  # after Material's search plugin wrote this build's entries
    def on_post_build(self, config: MkDocsConfig) -> None:
        self._write_sitemaps(config)
        if self.late_exports is not None:  # after a dirty rebuild: pages first
            catalog, self.late_exports = self.late_exports, None
            self.background.submit(partial(self._write_exports, config, catalog))
        else:
            self.background.resume()
        if self.config.search == "pagefind":
            if self.incremental:  # pages first; the index catches up in the background
                self.pagefind.request(config.site_dir, self.root)
            else:
                try:
                    pagefind.index(config.site_dir, self.root)
                except pagefind.PagefindError as exc:
                    raise PluginError(f"factsite: {exc}") from exc
        elif self.incremental:
            self._whole_search_index(config)
        if self.incremental:
            # What a 60,000-page build leaves in memory stays until the server stops;
            # without this every later collection walks all of it (a third of a rebuild)
            gc.freeze()
            docs = (self.site.docs if self.site is not None and self.site.files is self.files
                    else self.files.documentation_pages(inclusion=InclusionLevel.is_in_serve))
            self.site = _Site(config, self.files, self.nav, self.env, docs)

    def on_build_error(self, error: Exception) -> None:
        self.site = None  # the next rebuild is MkDocs' own

    def _write_sitemaps(self, config: MkDocsConfig) -> None:
        if not self.sitemaps:
            return
        site = Path(config.site_dir)
        (site / "sitemap.xml.gz").unlink(missing_ok=True)  # MkDocs' single file, stale
        old = site / "sitemaps"
        for stale in old.glob("*.xml") if old.is_dir() else ():
            if f"sitemaps/{stale.name}" not in self.sitemaps:
                stale.unlink()
        for path, text in self.sitemaps.items():
            (site / path).parent.mkdir(parents=True, exist_ok=True)
            (site / path).write_text(text, encoding="utf-8")

    def _write_exports(self, config: MkDocsConfig, catalog: Catalog) -> None:
        for path, content in self._exports(config, catalog).items():
            target = Path(config.site_dir) / path
            target.write_text(content, encoding="utf-8")

    def _whole_search_index(self, config: MkDocsConfig) -> None:
        """Keep Material's search index whole across dirty builds: the entries of every
        page not rebuilt (kept as JSON text, so a 60,000-page index is joined, not
        encoded again) and the new entries of those that were. Material's own dirty
        merge assumes one rebuilt page, and drops everything when it is the home page."""
        search = config.plugins.get("material/search")
        index = getattr(search, "search_index", None)
        path = Path(config.site_dir) / "search" / "search_index.json"
        if index is None or not isinstance(getattr(index, "entries", None), list) or (
                not path.exists()):
            return  # another search plugin: nothing to merge
        search.search_index_prev = None  # this merge replaces Material's
        fresh: dict[str, list[bytes]] = {}
        for entry in index.entries:
            fresh.setdefault(entry["location"].split("#")[0], []).append(
                json.dumps(entry, separators=(",", ":"), default=str).encode())
        rebuilt = {url: b",".join(texts) for url, texts in fresh.items()}
        if self.search_entries is None:  # the first build wrote every entry
            self.search_entries = rebuilt
            return
        entries = self.search_entries
        gone = self.rebuilt if self.same_files else [  # (the same files: the same URLs)
            url for url in entries if url in self.rebuilt or url not in self.urls]
        for url in gone:
            entries.pop(url, None)
        entries.update(rebuilt)
        head = {key: index.config[key] for key in ("lang", "separator", "pipeline", "fields")}
        config_json = json.dumps(head, separators=(",", ":")).encode()
        # (a reader searching during the rebuild gets one whole index or the other)
        replace_file(path, _index_pieces(config_json, entries.values()), durable=False)

    def _record(self, src_uri: str) -> str | None:
        kind, _, name = src_uri.partition("/")
        key = f"{kind}/{name.removesuffix('.md')}"
        return self.records.get(key) if kind in ("actors", "sources", "statements") else None


def _delete_output(config: MkDocsConfig, path: str) -> None:
    """The built page of a generated page that went."""
    gone = Path(File.generated(config, path, content="").abs_dest_path)
    gone.unlink(missing_ok=True)
    with suppress(OSError):
        gone.parent.rmdir()  # statements/<id>/ when it held only that page


def _unchanged(file: _Generated) -> None:
    """Left as the last build made it: MkDocs does not rebuild it, and its links, checked
    when it was built, are not checked again."""
    file.changed = False
    if file.page is not None:
        file.page.links_to_anchors = None


def _event_paths(event: watchdog.events.FileSystemEvent) -> list[str]:
    """The paths a file event names (a move names two)."""
    return [os.fsdecode(p) for p in (event.src_path, getattr(event, "dest_path", "")) if p]


def _index_pieces(config_json: bytes, entries: Iterable[bytes]) -> Iterator[bytes]:
    """Material's search index, ``{"config":...,"docs":[...]}``, in pieces: joined
    into one 90 MB buffer (and copied once more per concatenation) it took most of a
    one-page rebuild at 5,000 articles."""
    yield b'{"config":' + config_json + b',"docs":['
    first = True
    for text in entries:
        if text:
            if not first:
                yield b","
            first = False
            yield text
    yield b"]}"


def _hear_events(server: LiveReloadServer, config: MkDocsConfig) -> _Heard | None:
    """MkDocs' watcher polls: it lists and stats every watched file twice a second,
    and with 15,000 records that costs about as much as the rebuild it waits for (and
    holds the interpreter while it runs). Watch the same paths through the operating
    system's file events instead; MkDocs' own handler still starts each rebuild.
    Returns what the watches report from then on (None: polling, not known)."""
    heard = _Heard()
    try:
        observer = _EditsObserver(heard)
    except OSError as exc:  # no inotify (or its limits reached): keep polling
        log.warning("factsite: file events unavailable (%s); MkDocs keeps polling", exc)
        return None
    watched = [p for p in (config.docs_dir, config.config_file_path, *config.theme.dirs)
               if p and _unwatch(server, p)]
    server.observer = observer  # its watches are made from here on (config.watch next)
    for path in watched:
        server.watch(path)
    return heard


class _Heard:
    """The paths the server's watches reported since a rebuild last asked."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._paths: set[str] = set()

    def add(self, event: watchdog.events.FileSystemEvent) -> None:
        with self._lock:
            self._paths.update(_event_paths(event))

    def take(self) -> set[str]:
        with self._lock:
            paths, self._paths = self._paths, set()
        return paths


class _Telling(watchdog.events.FileSystemEventHandler):
    """A watch's handler, which first tells ``heard`` of each event."""

    def __init__(self, handler: watchdog.events.FileSystemEventHandler, heard: _Heard) -> None:
        self.handler, self.heard = handler, heard

    def dispatch(self, event: watchdog.events.FileSystemEvent) -> None:
        self.heard.add(event)  # before the handler asks for a rebuild
        self.handler.dispatch(event)


def _inside(path: str, folder: Path) -> bool:
    return os.path.commonpath([os.path.abspath(path), folder]) == str(folder)


class _EditsObserver(watchdog.observers.Observer):  # type: ignore[misc,valid-type]
    """The native observer, telling only of edits: reading a file is an event too
    (inotify's open and close), and each build reads the files it watches, so MkDocs,
    which rebuilds on any event, would rebuild for ever. Each event is also told to
    ``heard``, for the rebuild to know what changed."""

    def __init__(self, heard: _Heard) -> None:
        super().__init__()
        self.heard = heard

    EDITS: ClassVar[list[type[watchdog.events.FileSystemEvent]]] = [
        watchdog.events.FileCreatedEvent, watchdog.events.FileModifiedEvent,
        watchdog.events.FileDeletedEvent, watchdog.events.FileMovedEvent,
        watchdog.events.DirCreatedEvent, watchdog.events.DirDeletedEvent,
        watchdog.events.DirMovedEvent]

    def schedule(self, event_handler: watchdog.events.FileSystemEventHandler, path: Any, *,
                 recursive: bool = False, event_filter: Any = None,
                 follow_symlink: bool = False) -> Any:
        return super().schedule(_Telling(event_handler, self.heard), path, recursive=recursive,
                                event_filter=event_filter or self.EDITS,
                                follow_symlink=follow_symlink)


def _unwatch(server: LiveReloadServer, path: str) -> bool:
    try:
        server.unwatch(path)
    except KeyError:  # not watched (the theme, unless --watch-theme)
        return False
    return True


class _Reporter(watchdog.events.FileSystemEventHandler):
    """Tells the loader which data files changed (a folder event: it checks all)."""

    def __init__(self, cache: LoadCache) -> None:
        self.cache = cache

    def on_any_event(self, event: watchdog.events.FileSystemEvent) -> None:
        if event.is_directory:
            if event.event_type != "modified":  # a folder made, moved or deleted
                self.cache.changed_since_last_load(None)
            return
        self.cache.changed_since_last_load(_event_paths(event))


class _ThemeCache(jinja2.BytecodeCache):
    """What `mkdocs serve` would otherwise redo for the theme on every rebuild, kept.

    MkDocs makes a new Jinja environment each build (and Material's search plugin
    three more), so every template is parsed and compiled again, and the listing of
    the installed theme (thousands of icons) walked again: together half of a
    one-page rebuild. Compiled templates are kept by Jinja's own bytecode cache,
    keyed by the template's source, so an edited override is compiled afresh;
    listings are kept only for folders outside the project (installed packages), and
    the verdicts of MkDocs' static-file filter (a dozen globs per file, a function
    of the name and the theme's static templates) by those two.
    """

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}
        self.listings: dict[str, list[str]] = {}
        self.verdicts: dict[tuple[object, frozenset[str]], dict[str, bool]] = {}

    def install(self, theme: Any, root: Path) -> None:
        make_env = theme.get_env

        def get_env() -> jinja2.Environment:
            env = make_env()
            env.bytecode_cache = self
            if isinstance(env.loader, jinja2.FileSystemLoader):
                env.loader.list_templates = partial(  # type: ignore[method-assign]
                    self._list_templates, env.loader.searchpath, root)
                env.list_templates = partial(  # type: ignore[method-assign]
                    self._filtered, env, theme)
            return env

        theme.get_env = get_env

    def _list_templates(self, searchpath: list[str], root: Path) -> list[str]:
        found: set[str] = set()
        for folder in searchpath:
            listing = self.listings.get(folder)
            if listing is None:
                listing = jinja2.FileSystemLoader(folder).list_templates()
                if not Path(folder).resolve().is_relative_to(root):
                    self.listings[folder] = listing
            found.update(listing)
        return sorted(found)

    def _filtered(self, env: jinja2.Environment, theme: Any, extensions: Any = None,
                  filter_func: Callable[[str], bool] | None = None) -> list[str]:
        if extensions is not None or filter_func is None or env.loader is None:
            return jinja2.Environment.list_templates(env, extensions, filter_func)
        names = env.loader.list_templates()
        key = (getattr(filter_func, "__code__", filter_func), frozenset(theme.static_templates))
        verdicts = self.verdicts.setdefault(key, {})
        kept = []
        for name in names:
            if (keep := verdicts.get(name)) is None:
                keep = verdicts[name] = filter_func(name)
            if keep:
                kept.append(name)
        return kept

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if (code := self.code.get(bucket.key)) is not None:
            bucket.bytecode_from_string(code)  # a stale checksum leaves it empty

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()


def _edit_base(config: MkDocsConfig, data_dir: str) -> str | None:
    """ "https://github.com/o/r/edit/main/content/" -> ".../edit/main/data/"."""
    if not config.repo_url or not config.edit_uri:
        return None
    docs_edit = urljoin(config.repo_url.rstrip("/") + "/", config.edit_uri)
    return urljoin(docs_edit.rstrip("/") + "/", f"../{data_dir}/")
