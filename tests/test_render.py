"""Rendering: golden pages for every page type, hostile strings, review settings."""

from __future__ import annotations

import html
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as hs

from generator.catalog import Catalog
from generator.markup import Span, mark_paragraphs, md, yaml_str
from generator.model import Actor, Role, Source, Statement
from generator.render import RenderOptions, render_site
from generator.validate import text_hash

GOLDEN = Path(__file__).parent / "golden" / "site"
TEXT = ('SEOUL, Jan. 4 (Wire) -- "We will <b>talk</b> **soon**," the envoy said.\n\n'
        "The ministry said talks would resume in December.")


def catalog(status: str = "reviewed") -> Catalog:
    q = "We will <b>talk</b> **soon**"
    r = "talks would resume in December"
    source = Source(id="2021-01-04-talks", file="talks.txt", title="Talks [to] resume",
                    text=TEXT, content_hash=text_hash(TEXT), publisher="Wire",
                    published="2021-01-04", url="https://example.com/a")
    actors = {
        "kim-envoy": Actor("kim-envoy", "Kim <Envoy>", "person", aliases=["the envoy"],
                           roles=[Role("Special Envoy", "ministry")], country="South Korea"),
        "ministry": Actor("ministry", "Unification Ministry", "government"),
    }
    statements = {
        "s1": Statement("s1", "kim-envoy", "direct", q, source.id,
                        (TEXT.index(q), TEXT.index(q) + len(q)), said_on="2021-01-04",
                        date_basis="publication date", mentions=["ministry"], status=status),
        "s2": Statement("s2", "ministry", "indirect", r, source.id,
                        (TEXT.index(r), TEXT.index(r) + len(r)), said_on="2020-12",
                        date_basis="in December", status="reviewed"),
        "s3": Statement("s3", "ministry", "indirect", "The ministry", source.id, (0, 5),
                        status="rejected"),
    }
    return Catalog(sources={source.id: source}, actors=actors, statements=statements)


def test_golden_pages() -> None:
    pages = render_site(catalog())
    if os.environ.get("FACTSITE_REGEN_GOLDEN"):
        for path, content in pages.items():
            (GOLDEN / path).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / path).write_text(content, encoding="utf-8")
    expected = {p.relative_to(GOLDEN).as_posix(): p.read_text("utf-8")
                for p in GOLDEN.rglob("*.md")}
    assert pages == expected


def test_hostile_strings_render_as_text() -> None:
    pages = render_site(catalog())
    statement = pages["statements/s1.md"]
    assert "<b>" not in statement and "&lt;b&gt;talk&lt;/b&gt;" in statement
    assert "\\*\\*soon\\*\\*" in statement
    assert "Kim &lt;Envoy&gt;" in pages["actors/kim-envoy.md"]
    assert "Talks \\[to\\] resume" in pages["sources/2021-01-04-talks.md"]


@pytest.mark.parametrize("text", ["<script>alert(1)</script>", "{{ x }}", "a | b", "`code`",
                                  "[l](http://x)", "# heading", "&amp;", "1. item"])
def test_markdown_escape(text: str) -> None:
    escaped = md(text)
    assert "<script" not in escaped and "](" not in escaped
    assert not escaped.startswith(("#", "1.")) and "|" not in escaped


def test_rejected_never_shown_and_unreviewed_marked_or_hidden() -> None:
    marked = render_site(catalog("extracted"), RenderOptions(unreviewed="mark"))
    assert "statements/s3.md" not in marked
    assert "*(unreviewed)*" in marked["actors/kim-envoy.md"]
    hidden = render_site(catalog("extracted"), RenderOptions(unreviewed="hide"))
    assert "statements/s1.md" not in hidden and "statements/s2.md" in hidden


def test_source_page_anchors_each_span() -> None:
    page = render_site(catalog())["sources/2021-01-04-talks.md"]
    assert '<mark id="st-s1">' in page and '<mark id="st-s2">' in page


def test_render_is_deterministic() -> None:
    assert render_site(catalog()) == render_site(catalog())


# --- escaping, checked against the Markdown engine and extensions the site uses -------

ROOT = Path(__file__).resolve().parent.parent
EXTENSIONS = [next(iter(e)) if isinstance(e, dict) else e for e in yaml.safe_load(
    (ROOT / "mkdocs.yml").read_text("utf-8"))["markdown_extensions"]]
HOSTILE = ["<script>alert(1)</script>", "**bold** _em_", "[link](http://x)", "{{ jinja }}",
           "a | b", "`code`", "&amp; &copy; &#124;", "# heading #", "1. item", "- item",
           "!!! note", "[^1]: foot", "{: #id }", "Name: text", "~~no~~ ==mark== 2^3",
           "a\\b \\*", "---", "> quoted", "<!-- c -->", "x  \n\ny"]


def as_html(markdown_text: str) -> str:
    """Python-Markdown's HTML; ``&#124;`` (how ``|`` is written, for tables) as ``|``."""
    return _MARKDOWN.reset().convert(markdown_text).replace("&#124;", "|")


_MARKDOWN = markdown.Markdown(extensions=EXTENSIONS)


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_renders_exactly_as_the_text(text: str) -> None:
    assert as_html(md(text)) == f"<p>{html.escape(' '.join(text.split()), quote=False)}</p>"


@settings(max_examples=300, deadline=None)
@given(hs.text(alphabet="ab 1.:-+*_`\\#[](){}<>&|!^~=\"'\n", min_size=1).filter(str.strip))
def test_any_text_renders_as_itself(text: str) -> None:
    assert as_html(md(text)) == f"<p>{html.escape(' '.join(text.split()), quote=False)}</p>"


@pytest.mark.parametrize("text", ['a "quoted" word & more', "</title><script>x</script>",
                                  "back\\slash", "tab\tand\x07bell"])
def test_front_matter_values_are_yaml_and_html_safe(text: str) -> None:
    value = yaml.safe_load(f"title: {yaml_str(text)}")["title"]
    assert '"' not in value and "<" not in value and ">" not in value
    assert "\x07" not in value and "\t" not in value


# --- cited spans in the article text ----------------------------------------------------


class _Nesting(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)
        self.ids += [v or "" for k, v in attrs if k == "id"]

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, "marks do not nest"


def test_overlapping_and_nested_spans_nest_and_keep_spaces() -> None:
    text = 'He said "we will talk soon, maybe" and left.\n\nNext para.'
    spans = [Span(9, 33, "a"), Span(17, 26, "b"), Span(20, 40, "c"), Span(3, 3, "d"),
             Span(35, text.index("Next") + 4, "e")]
    lines = mark_paragraphs(text, spans)
    assert lines[0].startswith('He <mark id="st-d"></mark>said "<mark id="st-a">we will ')
    assert lines[1] == "<mark>Next</mark> para\\."
    parser = _Nesting()
    parser.feed("".join(lines))
    assert sorted(parser.ids) == ["st-a", "st-b", "st-c", "st-d", "st-e"]
    assert parser.stack == []


@hs.composite
def text_and_spans(draw: hs.DrawFn) -> tuple[str, list[Span]]:
    text = draw(hs.text(alphabet="ab *_<&\n.", min_size=1, max_size=60))
    ends = hs.integers(0, len(text))
    pairs = draw(hs.lists(hs.tuples(ends, ends), max_size=6))
    return text, [Span(min(p), max(p), f"s{i}") for i, p in enumerate(pairs)]


@settings(max_examples=300, deadline=None)
@given(text_and_spans())
def test_marked_text_nests_anchors_every_span_and_reads_as_the_text(
        case: tuple[str, list[Span]]) -> None:
    text, spans = case
    lines = mark_paragraphs(text, spans)
    parser = _Nesting()
    parser.feed("".join(lines))
    assert parser.stack == []
    inside = [s for s in spans if text.strip() and s.start < len(text.rstrip()) + 1]
    assert len(parser.ids) == len(set(parser.ids)) <= len(spans)
    assert {f"st-{s.ident}" for s in inside if text[s.start:s.end].strip()} <= set(parser.ids)
    words = [re.sub(r"</?mark[^>]*>", "", line) for line in lines]
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
    assert [as_html(w) for w in words] == [f"<p>{html.escape(p, quote=False)}</p>"
                                           for p in paragraphs]
