"""Pagefind, the static search index for big records (plugin setting ``search: pagefind``).

Pagefind reads the built HTML and writes a chunked index under ``site/pagefind/``: a
browser downloads only the chunks a query needs, where Material's search downloads
one JSON file of every page (about 1.9 KB per page: 200 MB at 10,000 articles).
It is a Rust binary shipped on PyPI (``pagefind[bin]``) and runs offline.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import threading

log = logging.getLogger("mkdocs.plugins.factsite")

# Index the article only (not menus or footers), and leave out what Material's search
# leaves out: blocks marked data-search-exclude (lists of other statements).
COMMAND = ["-m", "pagefind", "--root-selector", "article.md-content__inner",
           "--exclude-selectors", "[data-search-exclude], .headerlink", "--silent"]


class PagefindError(Exception):
    pass


def index(site_dir: str) -> None:
    """Index the built site in ``site_dir``; raises :class:`PagefindError`."""
    try:
        result = subprocess.run([sys.executable, *COMMAND, "--site", site_dir],
                                capture_output=True, text=True, check=False)
    except OSError as exc:  # pragma: no cover - the interpreter itself is missing
        raise PagefindError(str(exc)) from exc
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()[-3:]
        hint = " (install it: pip install 'pagefind[bin]')" if "No module" in "".join(
            detail) else ""
        raise PagefindError(f"pagefind failed{hint}: {' '.join(detail)}")


class Background:
    """Index after each ``mkdocs serve`` rebuild without holding the page back: one
    run at a time, and one more if the site changed while it ran."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._again = False
        self._thread: threading.Thread | None = None

    def request(self, site_dir: str) -> None:
        with self._lock:
            self._again = True
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, args=(site_dir,),
                                                daemon=True)
                self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _run(self, site_dir: str) -> None:
        while True:
            with self._lock:
                if not self._again:
                    return
                self._again = False
            try:
                index(site_dir)
            except PagefindError as exc:
                log.error("factsite: %s", exc)
