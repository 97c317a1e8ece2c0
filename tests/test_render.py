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
                        date_basis="publication date", mentions=["ministry"], status=status,
                        topics=["dialogue"]),
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


def crowd(count: int, dates: list[str | None]) -> Catalog:
    """One speaker, ``count`` statements cycling through ``dates``, one source each."""
    sources, statements = {}, {}
    for i in range(count):
        text = f"Statement number {i} was made."
        source = Source(id=f"src-{i:03d}", file=f"{i}.txt", title=f"Article {i}", text=text,
                        content_hash=text_hash(text), publisher="Wire", published="2021-03-01")
        sources[source.id] = source
        statements[f"st-{i:03d}"] = Statement(
            f"st-{i:03d}", "envoy", "indirect", text, source.id, (0, len(text)),
            said_on=dates[i % len(dates)], date_basis="test" if dates[i % len(dates)] else None,
            status="reviewed")
    actors = {"envoy": Actor("envoy", "The Envoy", "person", country="South Korea"),
              "other": Actor("other", "Other", "person", country="South Korea")}
    return Catalog(sources=sources, actors=actors, statements=statements)


def test_big_periods_list_their_parts_and_every_statement_stays_reachable() -> None:
    dates = ["2021-01-05", "2021-01-06", "2021-02-10", "2021-02", "2021", None]
    cat = crowd(30, dates)
    pages = render_site(cat, RenderOptions(list_limit=6))
    timeline = pages["timeline.md"]
    assert "30 statements: too many for one page" in timeline
    assert "- [January 2021](dates/2021-01.md) (10 statements)" in timeline
    assert "fs-item" not in timeline.split("## Undated")[0]  # months, not statements
    year = pages["dates/2021.md"]
    assert "## Dated only to 2021" in year and "[January 2021](../dates/2021-01.md) (10)" in year
    assert year.count("statements/st-") == 5  # the five dated only to the year
    assert pages["dates/2021-02-10.md"].count("statements/st-") == 5  # small: listed
    # every dated statement is listed on some date page, every one on the source page
    listed = {m for path, text in pages.items() if path.startswith("dates/")
              for m in re.findall(r"statements/(st-\d+)\.md", text)}
    dated = {st.id for st in cat.statements.values() if st.said_on}
    assert listed == dated
    actor = pages["actors/envoy.md"]
    assert "The latest 6 of 30 statements" in actor
    assert actor.count("](../statements/st-") == 6


def test_small_record_lists_everything_on_the_timeline() -> None:
    pages = render_site(crowd(6, ["2021-01-05", None]), RenderOptions(list_limit=6))
    assert pages["timeline.md"].count("{: .fs-item") == 6
    assert "too many" not in pages["timeline.md"] + pages["actors/envoy.md"]


@settings(max_examples=60, deadline=None)
@given(hs.lists(hs.sampled_from(["2020", "2020-12", "2020-12-30", "2021-01-01", "2021-01-02",
                                 "2021-03", None]), min_size=1, max_size=14),
       hs.integers(min_value=1, max_value=4))
def test_around_is_the_nearest_in_time_then_by_id(dates: list[str | None], per_source: int
                                                   ) -> None:
    """The fast walk gives what sorting every other statement by (distance, id) gives."""
    cat = crowd(len(dates), dates)
    for i, st in enumerate(sorted(cat.statements.values(), key=lambda s: s.id)):
        cat.statements[st.id] = Statement(st.id, st.speaker, st.kind, st.text,
                                          f"src-{i // per_source:03d}", st.span,
                                          said_on=st.said_on, status="reviewed")
    cat.reindex()

    def day(v: str) -> int:
        parts = [int(p) for p in v.split("-")] + [1, 1]
        return parts[0] * 372 + parts[1] * 31 + parts[2]

    def naive(st: Statement) -> list[str]:
        others = [o for o in cat.statements.values() if o is not st and o.source != st.source]
        far = lambda o: (abs(day(st.said_on) - day(o.said_on))  # noqa: E731
                         if st.said_on and o.said_on else 10**6, o.id)
        return [o.id for o in sorted(others, key=far)[:5]]

    pages = render_site(cat)
    for st in cat.statements.values():
        page = pages[f"statements/{st.id}.md"]
        section = page.split("around then", 1)[1] if "around then" in page else ""
        assert re.findall(r"statements/(st-\d+)\.md", section.split("</div>")[0]) == naive(st)
