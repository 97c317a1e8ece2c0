"""Rendering: golden pages for every page type, hostile strings, review settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.catalog import Catalog
from generator.markup import md
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
