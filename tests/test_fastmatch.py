"""The indexed attribute-ruler match gives exactly what spaCy's Matcher gives."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from generator import fastmatch
from generator.ingest import read_article
from generator.nlp import MODEL, adapted, pipeline
from generator.quotes import paragraphs
from generator.synth import write_corpus

from .conftest import SEEDS

PROBE = Path(__file__).parent / "eval" / "probe"


def _paragraphs(tmp_path: Path) -> list[str]:
    write_corpus(tmp_path / "synth", 15)
    paths = sorted(SEEDS.glob("*.txt")) + sorted(PROBE.glob("*.txt"))
    paths += sorted((tmp_path / "synth").iterdir())
    texts = [read_article(p).text for p in paths]
    return [t[s:e] for t in texts for s, e in paragraphs(t)]


def _annotations(doc: spacy.tokens.Doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_,
             t.ent_type_) for t in doc]


def test_the_model_gets_the_indexed_match() -> None:
    ruler = pipeline().get_pipe("attribute_ruler")
    assert ruler.match.__self__.__class__ is fastmatch.RuleTable


def test_every_token_is_annotated_as_by_spacy_alone(tmp_path: Path) -> None:
    plain = adapted(spacy.load(MODEL))  # all the same but spaCy's own attribute ruler
    texts = _paragraphs(tmp_path)
    ours = [_annotations(d) for d in pipeline().pipe(texts)]
    theirs = [_annotations(d) for d in plain.pipe(texts)]
    assert sum(map(len, ours)) > 10_000
    assert ours == theirs


def test_matches_equal_the_matcher_on_real_and_synthetic_text(tmp_path: Path) -> None:
    nlp = spacy.load(MODEL)
    ruler = nlp.get_pipe("attribute_ruler")
    table = fastmatch.RuleTable(ruler.patterns, nlp.vocab.strings)
    docs = list(nlp.pipe(_paragraphs(tmp_path), disable=["attribute_ruler", "lemmatizer"]))
    assert [table.match(d) for d in docs] == [ruler.match(d) for d in docs]


# Rules of every kind the table compiles, on words chosen to hit each one.
RULES = [
    {"patterns": [[{"LOWER": "said"}]], "attrs": {"LEMMA": "say"}},
    {"patterns": [[{"ORTH": "Lee"}, {"IS_PUNCT": True}]], "attrs": {"NORM": "lee"}},
    {"patterns": [[{"LOWER": {"IN": ["gon", "wan"]}}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"},
     "index": 1},
    {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'?$"}}]], "attrs": {"LEMMA": "nothing"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"NORM": "_"}},
    {"patterns": [[{"IS_DIGIT": True, "ORTH": {"NOT_IN": ["2021"]}}]], "attrs": {"NORM": "#"}},
    {"patterns": [[{"IS_ALPHA": True, "LOWER": {"NOT_IN": ["the"]}}, {"ORTH": ","}]],
     "attrs": {"NORM": "w,"}, "index": -1},
    {"patterns": [[{"LOWER": "said"}], [{"LOWER": "says"}]], "attrs": {"NORM": "say"}},
]
TEXT = ("Lee said, \"We are gon na win.\"  He says nothin' on 12 or 2021 and wan na go.\n"
        "The, minister said nuthin to Lee.")


def test_hand_written_rules_of_every_kind() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(RULES)
    doc = nlp.make_doc(TEXT)
    expected = ruler.match(doc)
    assert len({m[0] for m in expected}) == len(RULES)  # every rule is exercised
    assert fastmatch.RuleTable(ruler.patterns, nlp.vocab.strings).match(doc) == expected
    assert fastmatch.RuleTable(ruler.patterns, nlp.vocab.strings).match(nlp.make_doc("")) == []


@pytest.mark.parametrize("rule", [
    {"patterns": [[{"LOWER": "very", "OP": "+"}]], "attrs": {"NORM": "very"}},
    {"patterns": [[{"LENGTH": 3}]], "attrs": {"NORM": "three"}},
    {"patterns": [[{"LOWER": {">=": "a"}}]], "attrs": {"NORM": "x"}},
])
def test_a_rule_it_cannot_copy_leaves_the_ruler_as_it_was(rule: dict) -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns([rule])
    own = ruler.match
    assert fastmatch.speed_up(nlp) is False
    assert ruler.match == own
