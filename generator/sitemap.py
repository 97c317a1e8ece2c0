"""The sitemap of a big site: an index of sitemap files instead of one long list.

MkDocs writes one ``sitemap.xml`` listing every page. Past a few thousand articles
that file breaks two things:

- the sitemaps.org protocol allows at most 50,000 URLs in one sitemap, and a
  record of 5,000 articles has 56,000 pages;
- Material's instant loading downloads ``sitemap.xml`` and walks it on the
  browser's main thread on every full page load (and on every reload under
  ``mkdocs serve``): at 11,000 pages that froze the page for 0.6 s, and it grows
  with the site.

Above ``limit`` pages the site gets ``sitemap.xml`` as a sitemap index pointing at
``sitemaps/<n>.xml`` files of at most ``limit`` URLs each, in MkDocs' page order.
Crawlers read an index as they read a sitemap; Material finds no ``<url>`` in it,
so links load as plain pages instead of instantly, for a cost that no longer grows
with the record.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

PROTOCOL_LIMIT = 50_000  # URLs in one sitemap file (sitemaps.org)
NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"


@dataclass(frozen=True)
class Entry:
    loc: str  # the page's absolute URL
    lastmod: str | None = None  # YYYY-MM-DD


def split_sitemap(entries: Sequence[Entry], base_url: str, limit: int) -> dict[str, str]:
    """``{path: xml}`` for a site of ``entries``: an index at ``sitemap.xml`` and one
    file per ``limit`` entries under ``sitemaps/``, linked from ``base_url`` (the
    site's URL, ending in ``/``)."""
    if not 1 <= limit <= PROTOCOL_LIMIT:
        raise ValueError(f"a sitemap holds 1 to {PROTOCOL_LIMIT} URLs, not {limit}")
    files: dict[str, str] = {}
    for n, start in enumerate(range(0, len(entries), limit), start=1):
        files[f"sitemaps/{n}.xml"] = urlset(entries[start:start + limit])
    index = "".join(f"<sitemap><loc>{escape(base_url + path)}</loc></sitemap>\n"
                    for path in files)
    files["sitemap.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?>\n'
                            f'<sitemapindex xmlns="{NAMESPACE}">\n{index}</sitemapindex>\n')
    return files


def urlset(entries: Sequence[Entry]) -> str:
    """One sitemap file listing ``entries``."""
    rows = "".join(
        f"<url><loc>{escape(e.loc)}</loc>"
        + (f"<lastmod>{escape(e.lastmod)}</lastmod>" if e.lastmod else "") + "</url>\n"
        for e in entries)
    head = f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"{NAMESPACE}\">\n"
    return f"{head}{rows}</urlset>\n"
