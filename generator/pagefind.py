"""Pagefind, the static search index for big records (plugin setting ``search: pagefind``).

Pagefind reads the built HTML and writes a chunked index under ``site/pagefind/``: a
browser downloads only the chunks a query needs, where Material's search downloads
one JSON file of every page (about 1.9 KB per page: 200 MB at 10,000 articles).
It is a Rust binary and runs offline. The project pins two copies: npm's 1.6
(``package.json``, installed by ``make``), which the plugin prefers, and PyPI's 1.5.2
(``pagefind[bin]``), the fallback where npm is missing. The search code a browser runs
ships inside the binary, and 1.6 answers a common phrase on 146,000 pages in 0.5-1.8 s
where 1.5.2 needs 18-23 s (the Performance page).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

log = logging.getLogger("mkdocs.plugins.factsite")

# Index the article only (not menus or footers), and leave out what Material's search
# leaves out: blocks marked data-search-exclude (lists of other statements).
OPTIONS = ["--root-selector", "article.md-content__inner",
           "--exclude-selectors", "[data-search-exclude], .headerlink", "--silent"]


class PagefindError(Exception):
    pass


# factsite's own checkout (an editable install), whose node_modules `make` fills
CHECKOUT = Path(__file__).resolve().parent.parent


def command(project_dir: str | os.PathLike[str] | None) -> list[str]:
    """Pagefind's command: the npm copy in the project's ``node_modules`` or in
    factsite's checkout when installed (and Node is there to run its wrapper), else the
    Python package's."""
    if shutil.which("node"):
        for root in ([Path(project_dir)] if project_dir is not None else []) + [CHECKOUT]:
            local = root / "node_modules" / ".bin" / "pagefind"
            if local.is_file() and os.access(local, os.X_OK):
                return [str(local)]
    return [sys.executable, "-m", "pagefind"]


def index(site_dir: str, project_dir: str | os.PathLike[str] | None = None) -> None:
    """Index the built site in ``site_dir`` with the Pagefind of ``project_dir`` (see
    :func:`command`); raises :class:`PagefindError`."""
    try:
        result = subprocess.run([*command(project_dir), *OPTIONS, "--site", site_dir],
                                capture_output=True, text=True, check=False)
    except OSError as exc:  # pragma: no cover - the interpreter itself is missing
        raise PagefindError(str(exc)) from exc
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()[-3:]
        hint = " (install it: npm ci, or pip install 'pagefind[bin]')" if (
            "No module" in "".join(detail)) else ""
        raise PagefindError(f"pagefind failed{hint}: {' '.join(detail)}")


class Background:
    """Index after each ``mkdocs serve`` rebuild without holding the page back: one
    run at a time, and one more if the site changed while it ran."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._again = False
        self._thread: threading.Thread | None = None

    def request(self, site_dir: str,
                project_dir: str | os.PathLike[str] | None = None) -> None:
        with self._lock:
            self._again = True
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run,
                                                args=(site_dir, project_dir),
                                                daemon=True)
                self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _run(self, site_dir: str, project_dir: str | os.PathLike[str] | None) -> None:
        while True:
            with self._lock:
                if not self._again:
                    return
                self._again = False
            try:
                index(site_dir, project_dir)
            except PagefindError as exc:
                log.error("factsite: %s", exc)
