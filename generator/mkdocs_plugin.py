"""The MkDocs adapter: the only module that imports mkdocs.

Each handler is a few lines delegating to the core: load and validate ``data/``
once per build, render every page in memory, add them as generated files, point
"edit this page" at the YAML record, and watch ``data/`` and ``seeds/`` under
``mkdocs serve``.

Under ``mkdocs serve --dirty`` (``make serve``) a rebuild after an edit is
incremental: the plugin stays alive between builds (it has ``on_startup``), parses
only the changed YAML files, re-renders only the pages the edit can reach
(:mod:`generator.incremental`) and marks only pages whose Markdown changed as
modified, so MkDocs converts a few dozen pages instead of every page. Material's
search keeps a whole index because this plugin merges the rebuilt pages' entries
into the previous ones (Material's own dirty merge assumes one rebuilt page).
"""

from __future__ import annotations

import logging
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from . import export, pagefind
from .catalog import Catalog
from .incremental import touched_pages
from .render import RenderOptions, render_home, render_search_page, render_site, site_paths
from .store import LoadCache
from .validate import load_and_check

HOME_MARKER = "<!-- factsite:home -->"
log = logging.getLogger("mkdocs.plugins.factsite")


class FactsiteConfig(Config):
    data_dir = c.Type(str, default="data")
    seeds_dir = c.Type(str, default="seeds")
    unreviewed = c.Choice(("show", "mark", "hide"), default="mark")
    edit_data_uri = c.Optional(c.Type(str))
    list_limit = c.Type(int, default=500)
    # material: Material's search (one JSON index, fine to a few thousand pages);
    # pagefind: a chunked static index built after the site, for big records.
    search = c.Choice(("material", "pagefind"), default="material")


class _Generated(File):
    """A generated file; a dirty build rebuilds it only when its content changed."""

    changed = True

    def is_modified(self) -> bool:
        return self.changed


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
        self.search_entries: list[dict[str, Any]] | None = None
        self.exports: dict[str, str] = {}
        self.marker_pages: set[str] = set()  # hand-written pages with the home marker
        self.pagefind = pagefind.Background()
        if command == "serve" and not dirty:
            log.info("factsite: `mkdocs serve --dirty` (make serve) rebuilds only the "
                     "pages an edit changes")

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(config.config_file_path or ".").resolve().parent
        self.data_dir = root / self.config.data_dir
        self.seeds_dir = root / self.config.seeds_dir
        for folder in (self.data_dir, self.seeds_dir):
            if folder.is_dir() and str(folder) not in config.watch:
                config.watch.append(str(folder))
        self.edit_base = self.config.edit_data_uri or _edit_base(config, self.config.data_dir)
        if self.config.search == "pagefind":
            material = config.plugins.get("material/search")
            if material is not None:  # one index: Pagefind's (and no 200 MB JSON)
                material.config.enabled = False
            config.extra["factsite_search"] = "pagefind"  # overrides/partials/header.html
        self.rebuilt: set[str] = set()  # URLs of the pages this build writes
        return config

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
        pages = self._render(loaded.catalog, last)
        self.home = render_home(loaded.catalog, self.options)
        if last and self.home != last.home:  # hand-written pages with live figures
            for src_uri in self.marker_pages:
                if (page := files.get_file_from_path(src_uri)) is not None:
                    Path(page.abs_dest_path).unlink(missing_ok=True)  # so: modified
        for path in last.pages.keys() - pages.keys() if last else ():  # a page that went
            gone = Path(File.generated(config, path, content="").abs_dest_path)
            gone.unlink(missing_ok=True)
            with suppress(OSError):
                gone.parent.rmdir()  # statements/<id>/ when it held only that page
        data_changed = last is None or bool(self.pending)
        if self.incremental:
            self.built = _Built(loaded.catalog, self.options, pages, self.home)
        self.pending = set()
        pages = {**pages, **self._exports(config, loaded.catalog, data_changed)}
        if self.config.search == "pagefind":
            pages["search.md"] = render_search_page()
        for path, content in pages.items():
            if files.get_file_from_path(path) is None:  # a hand-written page wins
                file = _Generated.generated(config, path, content=content)
                file.changed = last is None or last.pages.get(path) != content
                files.append(file)
        return files

    def _render(self, catalog: Catalog, last: _Built | None) -> dict[str, str]:
        """Every generated page; after an edit, only the pages it can reach are new."""
        touched = (touched_pages(last.catalog, catalog, self.pending)
                   if last and last.options == self.options else None)
        if last is None or touched is None:
            return render_site(catalog, self.options)
        paths = site_paths(catalog, self.options)
        pages = {path: last.pages[path] for path in paths - touched if path in last.pages}
        pages.update(render_site(catalog, self.options, only=paths - pages.keys()))
        return dict(sorted(pages.items()))

    def _exports(self, config: MkDocsConfig, catalog: Catalog, changed: bool
                 ) -> dict[str, str]:
        """The facts for machines, linked from the home page (made again only when
        the data changed)."""
        if not changed and self.exports:
            return self.exports
        self.exports = {"facts.json": export.to_json(catalog), "facts.csv": export.to_csv(catalog),
                        "feed.xml": export.to_atom(catalog, config.site_url or "/")}
        return self.exports

    def on_env(self, env: Any, config: MkDocsConfig, files: Files) -> Any:
        # page URLs as search locations write them ("" for the home page, not "./")
        self.urls = {file.page.url for file in files.documentation_pages() if file.page}
        return env

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

    @event_priority(50)  # before Material's search plugin writes its index
    def on_post_build(self, config: MkDocsConfig) -> None:
        """Keep the search index whole across dirty builds: the previous entries of
        every page not rebuilt, and the new entries of those that were."""
        if self.config.search == "pagefind":
            if self.incremental:  # pages first; the index catches up in the background
                self.pagefind.request(config.site_dir)
            else:
                try:
                    pagefind.index(config.site_dir)
                except pagefind.PagefindError as exc:
                    raise PluginError(f"factsite: {exc}") from exc
            return
        if not self.incremental:
            return
        search = config.plugins.get("material/search")
        index = getattr(search, "search_index", None)
        if index is None or not isinstance(getattr(index, "entries", None), list):
            return  # another search plugin: nothing to merge
        if self.search_entries is not None:
            kept = [entry for entry in self.search_entries
                    if (url := entry["location"].split("#")[0]) in self.urls
                    and url not in self.rebuilt]
            index.entries = kept + index.entries
        search.search_index_prev = None  # this merge replaces Material's
        self.search_entries = list(index.entries)

    def _record(self, src_uri: str) -> str | None:
        kind, _, name = src_uri.partition("/")
        key = f"{kind}/{name.removesuffix('.md')}"
        return self.records.get(key) if kind in ("actors", "sources", "statements") else None


def _edit_base(config: MkDocsConfig, data_dir: str) -> str | None:
    """ "https://github.com/o/r/edit/main/content/" -> ".../edit/main/data/"."""
    if not config.repo_url or not config.edit_uri:
        return None
    docs_edit = urljoin(config.repo_url.rstrip("/") + "/", config.edit_uri)
    return urljoin(docs_edit.rstrip("/") + "/", f"../{data_dir}/")
