"""Property tests: news-like text assembled at random from wire-style fragments."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.actors import Registry
from generator.authoring import draft_article
from generator.extract import ExtractOptions
from generator.ingest import parse_article

SUBJECTS = ["Foreign Minister Anna Weber", "he", "she", "the ministry", "Seoul", "officials",
            "an unnamed diplomat", "The spokesperson", "Kim Yo-jong", "the agency", "Lee"]
VERBS = ["said", "told reporters", "added", "stressed", "warned", "has said", "claims"]
WHEN = ["", " on Monday", " yesterday", " last week", " in December", " on Feb. 3"]
CLAUSES = ["the talks would resume", "aid would be sent", "it was \u201cdeeply concerned\u201d",
           "the border stays shut"]
QUOTES = ["\u201cWe will not give up,\u201d", '"The door is open,"',
          "\u201cThis is only the start.", '"No comment."']


@st.composite
def sentences(draw: st.DrawFn) -> str:
    form = draw(st.integers(0, 3))
    subject, verb, when = draw(st.sampled_from(SUBJECTS)), draw(st.sampled_from(VERBS)), draw(
        st.sampled_from(WHEN))
    clause, quote = draw(st.sampled_from(CLAUSES)), draw(st.sampled_from(QUOTES))
    if form == 0:
        return f"{subject[0].upper()}{subject[1:]} {verb}{when} that {clause}."
    if form == 1:
        return f"{quote} {subject} {verb}{when}."
    if form == 2:
        return f"{clause[0].upper()}{clause[1:]}, {subject} {verb}{when}."
    return f"According to {subject}, {clause}."


@st.composite
def articles(draw: st.DrawFn) -> str:
    paras = draw(st.lists(st.lists(sentences(), min_size=1, max_size=3), min_size=1,
                          max_size=6))
    return "SEOUL, Feb. 3, 2021 (Wire) -- " + "\n\n".join(" ".join(p) for p in paras)


@settings(max_examples=30, deadline=None)
@given(articles())
def test_spans_slice_their_words_and_ids_are_stable(raw: str) -> None:
    article = parse_article(raw, "x.txt")
    first = draft_article(article, Registry(), ExtractOptions())
    for statement in first.statements:
        assert article.text[statement.span[0]:statement.span[1]] == statement.text
        assert statement.said_on is None or statement.said_on <= "2021-02-03"
    again = draft_article(article, Registry(), ExtractOptions())
    assert [s.id for s in again.statements] == [s.id for s in first.statements]
    assert len({s.id for s in first.statements}) == len(first.statements)
    assert dt.date(2021, 2, 3) == article.published
