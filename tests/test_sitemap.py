"""The split sitemap of a big site (generator.sitemap), without MkDocs."""

from __future__ import annotations

from xml.etree import ElementTree

import pytest

from generator.sitemap import Entry, split_sitemap

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
BASE = "https://example.org/record/"


def test_entries_are_split_in_order_into_files_of_at_most_the_limit() -> None:
    entries = [Entry(f"{BASE}statements/{n}/", "2026-12-02") for n in range(7)]
    files = split_sitemap(entries, BASE, 3)
    assert list(files) == ["sitemaps/1.xml", "sitemaps/2.xml", "sitemaps/3.xml", "sitemap.xml"]
    index = ElementTree.fromstring(files["sitemap.xml"])
    assert [loc.text for loc in index.iterfind("s:sitemap/s:loc", NS)] == [
        f"{BASE}sitemaps/{n}.xml" for n in (1, 2, 3)]
    parts = [ElementTree.fromstring(files[f"sitemaps/{n}.xml"]) for n in (1, 2, 3)]
    assert [len(part) for part in parts] == [3, 3, 1]
    assert [url.findtext("s:loc", namespaces=NS) for part in parts for url in part] == [
        e.loc for e in entries]
    assert parts[2][0].findtext("s:lastmod", namespaces=NS) == "2026-12-02"


def test_urls_are_escaped_and_lastmod_is_optional() -> None:
    files = split_sitemap([Entry(f"{BASE}a?b=1&c=<2>")], BASE, 10)
    assert "a?b=1&amp;c=&lt;2&gt;" in files["sitemaps/1.xml"]
    url = ElementTree.fromstring(files["sitemaps/1.xml"])[0]
    assert url.findtext("s:loc", namespaces=NS) == f"{BASE}a?b=1&c=<2>"
    assert url.find("s:lastmod", NS) is None


def test_the_same_entries_give_the_same_bytes() -> None:
    entries = [Entry(f"{BASE}{n}/") for n in range(5)]
    assert split_sitemap(entries, BASE, 2) == split_sitemap(list(entries), BASE, 2)


@pytest.mark.parametrize("limit", [0, 50_001])
def test_a_limit_outside_the_protocol_is_refused(limit: int) -> None:
    with pytest.raises(ValueError, match="1 to 50000 URLs"):
        split_sitemap([Entry(BASE)], BASE, limit)
