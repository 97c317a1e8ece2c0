"""A strict MkDocs build of a tiny project made in a temporary folder, and of the
repository's own data, with every internal link and anchor of the result checked."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag

import pytest

from .conftest import ROOT, write_files


def make_project(tmp_path: Path, files: dict[str, str | bytes] | None = None) -> Path:
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "content", tmp_path / "content")
    shutil.copytree(ROOT / "overrides", tmp_path / "overrides")
    shutil.copytree(ROOT / "data", tmp_path / "data")
    (tmp_path / "seeds").mkdir()
    return write_files(tmp_path, files or {})


def build(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f",
                           str(project / "mkdocs.yml")], capture_output=True, text=True,
                          cwd=project, env={"NO_MKDOCS_2_WARNING": "1", "PATH": ""})


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("site"))
    result = build(project)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return project / "site"


def statement_pages(site: Path) -> list[Path]:
    return sorted((site / "statements").glob("*/index.html"))


def test_every_statement_page_links_speaker_date_and_source_span(site: Path) -> None:
    pages = statement_pages(site)
    assert len(pages) == 28
    for page in pages:
        html = page.read_text("utf-8")
        sid = page.parent.name
        assert re.search(r'href="\.\./\.\./actors/[^"]+/"', html)
        assert 'sources/' in html and f'#st-{sid}"' in html
        if "Said on</td>" in html and "not given" not in html:
            assert re.search(r'href="\.\./\.\./dates/[0-9-]+/"', html)


def test_edit_link_points_at_the_yaml_record(site: Path) -> None:
    html = statement_pages(site)[0].read_text("utf-8")
    assert re.search(r'href="https://github\.com/factsite/factsite/edit/main/data/statements/'
                     r'[a-z0-9-]+\.yaml"', html)


def test_text_from_records_reads_as_written(site: Path) -> None:
    """No backslash of an escape is left visible; descriptions stay one attribute."""
    for page in site.rglob("*.html"):
        html = page.read_text("utf-8")
        visible = re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", "", html, flags=re.S)
        assert not re.search(r"\\[-:~=^.!#*_`()\[\]{}|+]", visible), page
        for meta in re.findall(r'<meta name="description"[^>]*>', html):
            assert re.fullmatch(r'<meta name="description" content="[^"<]*">', meta), meta


def test_every_cited_span_is_marked_on_its_source_page(site: Path) -> None:
    for page in statement_pages(site):
        link = re.search(r'href="\.\./\.\./sources/([^/"]+)/#st-([^"]+)"',
                         page.read_text("utf-8"))
        assert link, page
        source = (site / "sources" / link[1] / "index.html").read_text("utf-8")
        assert f'<mark id="st-{link[2]}">' in source


def test_a_hand_written_page_wins_over_a_generated_one(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"content/actors/lee-in-young.md": "# Written by hand\n"})
    result = build(project)
    assert result.returncode == 0, result.stderr
    html = (project / "site" / "actors" / "lee-in-young" / "index.html").read_text("utf-8")
    assert "Written by hand" in html and "edit/main/data/" not in html
    assert "edit/main/content/actors/lee-in-young.md" in html


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        d = dict(attrs)
        if d.get("id"):
            self.ids.add(d["id"] or "")
        if tag == "a" and d.get("href"):
            self.links.append(d["href"] or "")


def test_no_internal_link_or_anchor_is_broken(site: Path) -> None:
    parsed: dict[Path, _Links] = {}
    for page in site.rglob("*.html"):
        parser = _Links()
        parser.feed(page.read_text("utf-8"))
        parsed[page] = parser
    broken = []
    for page, parser in parsed.items():
        if page.name == "404.html":
            continue  # served from any path, so its links are absolute by design
        for href in parser.links:
            if re.match(r"^[a-z]+:", href) or href.startswith("//"):
                continue
            path, frag = urldefrag(href)
            target = (page.parent / unquote(path)).resolve() if path else page
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(site)}: {href}")
            elif frag and target in parsed and unquote(frag) not in parsed[target].ids:
                broken.append(f"{page.relative_to(site)}: {href} (no anchor)")
    assert broken == []


def test_hostile_quote_renders_as_text_in_html(tmp_path: Path) -> None:
    from generator.validate import text_hash

    text = 'LONDON (Wire) -- "<script>alert(1)</script> **now**," Ann Lee said.'
    quote = "<script>alert(1)</script> **now**"
    start = text.index(quote)
    body = "text: |-\n  " + text + "\n"
    project = make_project(tmp_path, {
        "data/sources/2021-01-01-x.yaml": f"id: 2021-01-01-x\nfile: x.txt\ntitle: X\n"
        f"content_hash: {text_hash(text)}\n" + body,
        "data/actors/ann-lee.yaml": "id: ann-lee\nname: Ann Lee\nkind: person\n",
        "data/statements/2021-01-01-x.yaml": "source: 2021-01-01-x\nstatements:\n"
        f"- id: x-1\n  status: reviewed\n  speaker: ann-lee\n  kind: direct\n"
        f"  text: '{quote}'\n  span: [{start}, {start + len(quote)}]\n"})
    result = build(project)
    assert result.returncode == 0, result.stderr
    html = (project / "site" / "statements" / "x-1" / "index.html").read_text("utf-8")
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
    assert "<strong>now</strong>" not in html


def test_changed_source_text_fails_the_build(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    path = next((project / "data" / "statements").glob("*.yaml"))
    source = project / "data" / "sources" / path.name
    text = source.read_text("utf-8").replace("South and North Korea should",
                                             "South <script>x</script> should", 1)
    source.write_text(text, "utf-8")
    from generator.validate import load_and_check, text_hash

    body = load_and_check(project / "data").catalog.sources[path.stem].text
    source.write_text(re.sub(r"content_hash: \S+", f"content_hash: {text_hash(body)}", text),
                      "utf-8")
    result = build(project)
    assert result.returncode != 0  # the changed text no longer matches the statement span
    assert "is not the source's words at span" in result.stderr
    assert "Traceback" not in result.stderr


def test_broken_data_fails_the_build_with_located_problems(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"data/actors/bad.yaml": "id: bad\nname: Bad\nkind: robot\n"})
    result = build(project)
    assert result.returncode != 0
    assert "data/actors/bad.yaml:3: kind: must be one of" in result.stderr
    assert "Traceback" not in result.stderr


def test_renamed_actor_old_url_redirects(tmp_path: Path) -> None:
    from generator.actions import rename_actor

    project = make_project(tmp_path)
    rename_actor(project / "data", "cnn", "cnn-news")
    result = build(project)
    assert result.returncode == 0, result.stderr
    old = (project / "site" / "actors" / "cnn" / "index.html").read_text("utf-8")
    assert 'http-equiv="refresh" content="0; url=../cnn-news/"' in old


def test_machine_readable_outputs(site: Path) -> None:
    import json
    from xml.etree import ElementTree

    facts = json.loads((site / "facts.json").read_text("utf-8"))
    assert len(facts["statements"]) == 28
    assert (site / "facts.csv").read_text("utf-8").startswith("id,status,speaker,")
    feed = ElementTree.parse(site / "feed.xml").getroot()
    assert feed.tag == "{http://www.w3.org/2005/Atom}feed"
    assert len(feed.findall("{http://www.w3.org/2005/Atom}entry")) == 28
    home = (site / "index.html").read_text("utf-8")
    assert "Latest statements" in home and 'href="facts.json"' in home
    assert 'type="application/atom+xml"' in home


def test_statement_pages_carry_schema_org_quotation(site: Path) -> None:
    import json

    html = statement_pages(site)[0].read_text("utf-8")
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert raw is not None
    data = json.loads(raw.group(1))
    assert data["@type"] == "Quotation" and data["spokenByCharacter"]["name"]
    assert data["isBasedOn"]["@type"] == "NewsArticle" and data["text"]


def test_topic_pages_list_tagged_statements(site: Path) -> None:
    topics = (site / "topics" / "index.html").read_text("utf-8")
    assert 'href="vaccines/"' in topics
    vaccines = (site / "topics" / "vaccines" / "index.html").read_text("utf-8")
    assert vaccines.count('href="../../statements/') >= 3
    tagged = [p for p in statement_pages(site) if "../../topics/" in p.read_text("utf-8")]
    assert len(tagged) >= 20


def test_search_index_leaves_out_lists_of_other_statements(site: Path) -> None:
    index = (site / "search" / "search_index.json").read_text("utf-8")
    assert "More from this article" not in index  # teasers of other statements
    assert "herd immunity" in index


def test_a_site_over_the_sitemap_limit_gets_a_sitemap_index(tmp_path: Path,
                                                           site: Path) -> None:
    from xml.etree import ElementTree

    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    whole = ElementTree.parse(site / "sitemap.xml").getroot()  # MkDocs' own, one file
    assert whole.tag == f"{{{ns['s']}}}urlset"
    pages = [loc.text for loc in whole.iterfind("s:url/s:loc", ns)]
    project = make_project(tmp_path)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace(
        "      data_dir: data\n", "      data_dir: data\n      sitemap_limit: 40\n"), "utf-8")
    result = build(project)
    assert result.returncode == 0, result.stderr
    index = ElementTree.parse(project / "site" / "sitemap.xml").getroot()
    assert index.tag == f"{{{ns['s']}}}sitemapindex"
    listed: list[str | None] = []
    for loc in index.iterfind("s:sitemap/s:loc", ns):
        assert loc.text and loc.text.startswith("https://factsite.github.io/factsite/sitemaps/")
        part = project / "site" / loc.text.removeprefix("https://factsite.github.io/factsite/")
        urls = ElementTree.parse(part).getroot().findall("s:url", ns)
        assert 0 < len(urls) <= 40
        assert all(url.find("s:lastmod", ns) is not None for url in urls)
        listed += [url.findtext("s:loc", namespaces=ns) for url in urls]
    assert listed == pages  # every page once, in MkDocs' order
    assert not (project / "site" / "sitemap.xml.gz").exists()  # (it would be stale)


def test_a_sitemap_limit_out_of_the_protocol_fails_the_build(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace(
        "      data_dir: data\n", "      data_dir: data\n      sitemap_limit: 60000\n"), "utf-8")
    result = build(project)
    assert result.returncode != 0
    assert "sitemap_limit is 60000; a sitemap holds 1 to 50000 pages" in result.stderr


def test_only_the_home_page_announces_the_feed(site: Path) -> None:
    # Material fetches and walks sitemap.xml again for every <link rel="alternate">
    # (it takes them for language versions): one more walk on every page load
    assert 'type="application/atom+xml"' in (site / "index.html").read_text("utf-8")
    page = statement_pages(site)[0].read_text("utf-8")
    assert 'rel="alternate"' not in page
