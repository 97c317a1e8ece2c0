"""The MkDocs adapter: the only module that imports mkdocs.

Each handler is a few lines delegating to the core: load and validate ``data/``
once per build, render every page in memory, add them as generated files, point
"edit this page" at the YAML record, and watch ``data/`` and ``seeds/`` under
``mkdocs serve``.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from . import export
from .render import RenderOptions, render_home, render_site
from .validate import load_and_check

HOME_MARKER = "<!-- factsite:home -->"


class FactsiteConfig(Config):
    data_dir = c.Type(str, default="data")
    seeds_dir = c.Type(str, default="seeds")
    unreviewed = c.Choice(("show", "mark", "hide"), default="mark")
    edit_data_uri = c.Optional(c.Type(str))


class FactsitePlugin(BasePlugin[FactsiteConfig]):
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(config.config_file_path or ".").resolve().parent
        self.data_dir = root / self.config.data_dir
        self.seeds_dir = root / self.config.seeds_dir
        for folder in (self.data_dir, self.seeds_dir):
            if folder.is_dir() and str(folder) not in config.watch:
                config.watch.append(str(folder))
        self.edit_base = self.config.edit_data_uri or _edit_base(config, self.config.data_dir)
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        loaded = load_and_check(self.data_dir)
        if loaded.problems:
            lines = "\n".join(str(p) for p in loaded.problems)
            raise PluginError(f"factsite: {len(loaded.problems)} problems in "
                              f"{self.config.data_dir}/:\n{lines}")
        self.records = loaded.catalog.files
        self.catalog = loaded.catalog
        self.options = RenderOptions(unreviewed=self.config.unreviewed)
        pages = render_site(loaded.catalog, self.options)
        pages.update({  # the facts for machines, linked from the home page
            "facts.json": export.to_json(loaded.catalog),
            "facts.csv": export.to_csv(loaded.catalog),
            "feed.xml": export.to_atom(loaded.catalog, config.site_url or "/")})
        for path, content in pages.items():
            if files.get_file_from_path(path) is None:  # a hand-written page wins
                files.append(File.generated(config, path, content=content))
        return files

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig,
                         files: Files) -> str:
        record = self._record(page.file.src_uri) if page.file.generated_by else None
        if record and self.edit_base:  # a hand-written page keeps its own edit link
            page.edit_url = urljoin(self.edit_base, record)
        if HOME_MARKER in markdown:  # a hand-written page asks for the live figures
            markdown = markdown.replace(HOME_MARKER, render_home(self.catalog, self.options))
        return markdown

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
