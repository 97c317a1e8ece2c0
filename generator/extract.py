"""Who said what, when: statements from one article.

A pure function from an article (and the actors known so far) to draft records.
It never writes files. The recipe, per paragraph:

1. parse with spaCy; pair quotation marks (:mod:`generator.quotes`);
2. find speech cues: a speech verb outside quotes with a subject, "according to X",
   "X reported, quoting Y";
3. resolve each cue's speaker to an actor (:mod:`generator.mentions`);
4. find what was said: the quotes in the cue's sentence, the reported clause, or the
   verb's predicate ("accused Washington of ...");
5. date it from the words around the cue, else from its passage (:mod:`generator.dating`);
6. attribute quote-only paragraphs to the speaker just quoted.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import dates, syntax
from .actors import SUBORDINATE, Discourse, Entity, Registry
from .dating import StatementDating
from .ingest import capitals_colon_length, credit_length, dateline_length, stamp_length
from .lexicon import lexicon, name_key, slugify
from .mentions import Context, Resolved, resolve
from .phrases import hyphen_tail, noun_lemma, titled_names
from .quotes import Quote, all_quotes, paragraphs

# A transcript's speaker label before a quote: "SOT, Name, title (German): “...",
# "SOUNDBITE (English) Name, title: “...", "Name: “...".
SPEAKER_LABEL = re.compile(
    r"^(?:(?:SOT|SOUNDBITES?|SOUND ?BITE|UPSOUND|INTERVIEW)\b(?:\s*\([^()\n]*\))?[\s,:]*)?"
    r"(?P<who>[A-Z][^:\u201c\u201d\"\n]{1,150}?)(?P<tail>\s*(?:\([^()\n]*\))?\s*:\s*)"
    r"(?=[\u201c\"])")
# The tag ending a sentence after a closing quote: ", a spokeswoman for the rail operator
# said in Berlin." (a dozen words at most, no other quote in it).
_TAG_AFTER_QUOTE = re.compile(
    r"\s*(?P<tag>(?:[^\s.!?\"\u201c\u201d]+\s+){1,12}?[^\s.!?\"\u201c\u201d]+[.!?])(?=\s|$)")
# A quote named by its speaker's noun of saying after it: "..., was his message to".
COPULAR_TAG = re.compile(
    r"[\s,]*(?:was|is|were|are)\s+(?P<who>his|her|their|(?:[A-Z][\w.\u2019'-]*\s+){0,3}"
    r"[A-Z][\w-]*[\u2019']s)\s+(?:[a-z]+\s+){0,2}?(?:message|response|reply|answer|warning"
    r"|advice|plea|verdict|assessment|reaction|promise|pledge)\b")
# A broadcast transcript's speaker label, in capitals: "JEN PSAKI, WHITE HOUSE PRESS
# SECRETARY:", "FUMIO KISHIDA, JAPANESE PRIME MINISTER (through translator):", "PARK:".
TRANSCRIPT_LABEL = re.compile(
    r"^(?P<who>[A-Z][A-Z'\u2019.\-]+(?: [A-Z][A-Z'\u2019.\-]+){0,3})"
    r"(?:, (?P<role>[A-Z][^:()\n]{1,80}?))?(?: \([^()\n]{1,40}\))?: ")
# The programme's own people in a transcript: they narrate, they are no source.
NARRATORS = re.compile(r"\b(?:ANCHOR|CORRESPONDENT|HOST|REPORTER|PRESENTER|MODERATOR|"
                       r"NARRATOR|CO-HOST|NEWSREADER)S?\b")
# Who a statement was made to, and where: not what was said.
# Verbs that make a speech noun a speech act of their subject: "made a remark that".
MAKING = frozenset({"make", "issue", "deliver", "repeat", "renew", "reiterate"})
WARNING_VERBS = frozenset({"level", "raise", "send"})  # "raised the threat of a boycott"
# Verbs that are speech only as an attribution ending the sentence: "..., the official
# continued." ("continued talks" and "continued to fall" are not).
TRAILING_SPEECH = frozenset({"continue", "go"})
# Heads of an infinitive that cancel the speech act: "declined to say whether".
REFUSALS = {"refuse", "decline", "fail", "hesitate", "avoid", "neglect"}
# Verbs after which "to say" is saying, done: "went on to say", "continued to insist".
GOING_ON = {"go", "continue", "proceed"}
TRIM = " \t\n,;:.\u2014\u2013-"
QUESTION_ENDS = ('?"', '!"', "?\u201d", "!\u201d", "?\u2019", "!\u2019")


LISTED_MAX = 8  # the points "said the following:" sets out, at most
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)]*$")


@dataclass(frozen=True)
class ExtractOptions:
    """How the extractor behaves; one object instead of many keyword arguments."""

    min_quote_words: int = 4  # shorter quoted runs are fragments, not quotes of their own
    quote_carry_paragraphs: int = 2  # a bare quote paragraph goes to a speaker this close
    inherit_dates: bool = True


@dataclass
class Found:
    """One statement before it becomes a record."""

    speaker: Entity
    mention: str
    start: int
    end: int
    kind: str
    cue_at: int
    paragraph: int
    context: tuple[int, int]
    said_on: str | None = None
    date_basis: str | None = None
    mentions: list[str] = field(default_factory=list)
    date_relative: bool = False
    date_phrase: str | None = None
    clauses: list[tuple[int, int]] = field(default_factory=list)  # reported clauses joined


def _first_person(words: list[Token]) -> bool:
    """Words in the speaker's own voice: "I", "we", "our" (news narrates in the third)."""
    return any(t.lower_ in ("i", "we", "our", "us", "my") and t.pos_ in ("PRON", "DET")
               for t in words)


@dataclass
class _Para:
    index: int
    offset: int
    doc: Doc
    quotes: list[Quote]
    units: list[tuple[int, int]]  # sentence-like units in article offsets


# What the parser reads for the text, one character for one so that every offset
# holds: a paragraph's line breaks (text wrapped in the page) are spaces, and
# guillemets are the curly quotes the model was trained on ("«It is vital,» said the
# PM" parsed "»" as the subject of "said"); an acute accent or a modifier letter typed
# for an apostrophe ("Colombia´s defense minister") is the apostrophe it stands for.
PARSE_FORM = str.maketrans({"\n": " ", "\u00ab": "\u201c", "\u00bb": "\u201d",
                            "\u2039": "\u2018", "\u203a": "\u2019", "\u201e": "\u201c",
                            "\u00b4": "\u2019", "\u02bc": "\u2019"})

# A picture's marker after a name, "Lieutenant-colonel Mamady Doumbouya (Photo)", which
# breaks the name for NER: blanked (same length) in the text parsed.
PICTURE_MARK = re.compile(r"\((?:[Pp]hoto|[Pp]ictured|[Ff]ile [Pp]hoto|[Ll]eft|[Rr]ight|"
                          r"[Cc]ent(?:re|er)|[Ii]nset|[Aa]bove|[Bb]elow)\)")


# A name given again in its own script, "Chen Shih-chung (陳時中)", "Lee Jae-myung
# (이재명)": the model knows no such tokens and the parse around them goes wrong.
NATIVE_SCRIPT = re.compile(r"\((?:[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]"
                           r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\s\u00b7]*)\)")


def parse_form(text: str) -> str:
    """The text as the parser reads it: the same length, character for character."""
    blank = text.translate(PARSE_FORM)
    for marks in (PICTURE_MARK, NATIVE_SCRIPT):
        blank = marks.sub(lambda m: " " * len(m[0]), blank)
    return blank


class ArticleExtractor(StatementDating):
    """Extraction state for one article: its text, quotes, discourse and findings."""

    def __init__(self, text: str, published: dt.date | None, registry: Registry,
                 source_tag: str, options: ExtractOptions) -> None:
        self.text = text
        self.published = published
        self.options = options
        self.quotes = all_quotes(text)
        self.ctx = Context(registry, Discourse(), source_tag)
        self.found: list[Found] = []
        self.lex = lexicon()
        self.dateline = dateline_end(text)
        self.previous: _Para | None = None  # the paragraph read before this one
        self.offsets: dict[int, int] = {}  # each paragraph's doc (by id) -> its offset
        self.date_mentions: list[dates.DateMention] = []
        self.scene_dates: list[dates.DateMention] = []  # days set outside any statement
        self.remark_days: list[tuple[int, Entity | frozenset[str], dates.DateMention]] = []
        # "made the remarks at ... on Sunday": (paragraph, whose remarks, the day); whose
        # is an actor, or the names of one reported on that day ("X confirmed ... on
        # Sunday, the press service said", before X is quoted)
        self.documents = dates.document_dates(text, published)  # press releases in full
        self.verbatim: set[tuple[int, int]] = set()  # unquoted words given as said
        self.narrators: dict[str, Entity | None] = {}  # a transcript's labels, by surname
        self.labels: list[tuple[int, int]] = []  # where its labels are
        self.repeated: set[int] = set()  # paragraphs that repeat an earlier one word for word
        self.listed: dict[tuple[int, int], list[tuple[int, int]]] = {}  # "said the
        # following:": its first point -> the points after it

    # --- driver ------------------------------------------------------------------------

    def run(self, nlp: Language) -> list[Found]:
        self.nlp = nlp
        spans = paragraphs(self.text)
        stamp = stamp_end(self.text)  # "date 2022-02-25 Nigeria's Minister ...": the
        if spans and spans[0][0] < stamp < spans[0][1]:  # page's date, not the lead's
            spans[0] = (stamp, spans[0][1])
        if spans and self.dateline > spans[0][0]:  # "BEIJING, March 3 (Reuters) -" is no
            spans[0] = (min(self.dateline, spans[0][1]), spans[0][1])  # part of a sentence
        spans = [(s + credit_length(self.text[s:e]), e) for s, e in spans]  # ("[Asia
        spans = [(s, e) for s, e in spans if e > s]  # Economy Reporter X] Yoon said")
        for i, (s, e) in enumerate(spans[1:3] if not self.dateline else [], start=1):
            if length := dateline_length(self.text[s:e]):  # "Rabat – ..." under a teaser
                spans[i] = (s + length, e)
                break
        self.spans = spans
        docs = nlp.pipe(parse_form(self.text[s:e]) for s, e in spans)
        paras = [self._para(i, s, doc) for i, ((s, _), doc) in enumerate(zip(spans, docs,
                                                                          strict=True))]
        self.ctx.upcoming = list(self._named_mentions(paras))
        self.ctx.titled = [t for p in paras for t in titled_names(list(p.doc), p.offset)]
        self.date_mentions = [m for m in dates.find_dates(self.text, self.published)
                              if m.start >= stamp]
        seen: set[str] = set()
        for para in paras:
            words = " ".join(para.doc.text.split())
            if words in seen and len(words.split()) >= 5:
                self.repeated.add(para.index)  # a page's standfirst or headline printed
                continue  # twice: the same words are the same statements, once
            seen.add(words)
            self._paragraph(para)
        self._carry_quotes(paras)
        self._list_points()
        self.found = [f for f in self.found if not self._inside_another(f)]
        self.found.sort(key=lambda f: (f.start, f.end))
        self._name_described_speakers()
        self._name_in_full()
        self._date_all(paras)
        for found in self.found:
            found.mentions = self._mentioned(found, paras[found.paragraph])
        return self.found

    def _inside_another(self, found: Found) -> bool:
        """Whether a statement is part of what another says: a speech act given as its
        verb and object, inside the other's words, whose tag stands outside them ("In
        light of this, the country thanks its partners ..., said the minister"). A
        speech verb met inside words already taken is content (see _statement); this is
        the same when the inner verb came first."""
        if not found.start <= found.cue_at < found.end:
            return False  # (a report with a clause of its own stays: "X said it assumes
            # ..., participants in the briefing told Yonhap" is X's, relayed)
        return any(other is not found and other.start <= found.cue_at < other.end
                   and other.start <= found.start and found.end <= other.end
                   and not other.start <= other.cue_at < other.end
                   and other.speaker is not found.speaker for other in self.found)

    def _para(self, index: int, offset: int, doc: Doc) -> _Para:
        self.offsets[id(doc)] = offset
        end = offset + len(doc.text)
        quotes = [q for q in self.quotes if q.start < end and q.end > offset]
        return _Para(index, offset, doc, quotes, self._units(doc, offset, quotes))

    def _units(self, doc: Doc, offset: int, quotes: list[Quote]) -> list[tuple[int, int]]:
        """Sentences, merged where spaCy split inside a quote or after a colon."""
        units: list[list[int]] = []
        for sent in doc.sents:
            start, end = offset + sent.start_char, offset + sent.end_char
            inside = any(q.start < start < q.end for q in quotes)
            before = self._before(start)
            after_colon = bool(units) and before.endswith(":")
            asked = (bool(units) and before.endswith(QUESTION_ENDS)  # ""Why would we?"
                     and any(t.lemma_.lower() in self.lex.speech_verbs  # Lee said.": one
                             for t in (sent if len(sent) <= 12 else sent[:5])))  # unit (a
            # longer sentence when the tag opens it: "... X asked, which Y replied: ...")
            if units and (inside or after_colon or asked or not sent.text.strip()):
                units[-1][1] = end
            else:
                units.append([start, end])
        return [(s, e) for s, e in units]

    def _named_mentions(self, paras: list[_Para]) -> Iterator[tuple[int, Entity]]:
        for para in paras:
            for ent in para.doc.ents:
                if ent.label_ in ("ORG", "GPE", "PERSON", "NORP"):
                    found = self.ctx.registry.find(ent.text)
                    if found is not None:
                        yield para.offset + ent.start_char, found

    # --- one paragraph -----------------------------------------------------------------

    def _paragraph(self, para: _Para) -> None:
        self._labelled(para)
        self._transcribed(para)
        self._signed(para)
        for sent in para.doc.sents:  # who the sentence names first: "X issued a statement
            self._remember(sent, para)  # in which he denounced ..." is X's
            for cue in self._cues(sent, para):
                self._statement(cue, para)
        self._quote_after_colon(para)
        self._tag_parsed_alone(para)
        self._copular_tag(para)
        self.previous = para

    def _copular_tag(self, para: _Para) -> None:
        """ ""Do not come. We will not let you in," was his message to migrants": a quote
        named after it, by a noun of saying its speaker owns, is that speaker's."""
        for quote in para.quotes:
            if not quote.closed or quote.words(self.text) < self.options.min_quote_words or (
                    any(f.start <= quote.inner_start < f.end for f in self.found)):
                continue
            tag = COPULAR_TAG.match(self.text, quote.end, para.offset + len(para.doc.text))
            if tag is None or "," not in self.text[quote.inner_end - 1:quote.end + 1]:
                continue
            owner = next((t for t in para.doc if para.offset + t.idx <= tag.end("who") - 1
                          < para.offset + t.idx + len(t.text) + 2 and t.dep_ == "poss"), None)
            resolved = resolve(owner, self.ctx, para.offset + owner.idx) if owner else None
            if resolved is not None:
                self._quoted(resolved.entity, resolved.mention,
                             (quote.inner_start, quote.inner_end), para.offset + owner.idx,
                             para, (quote.start, tag.end()), para.offset + owner.idx)

    def _signed(self, para: _Para) -> None:
        """A block quote signed on the line under it, as web pages set them once their
        markup is gone: "We will not allow what happened on April 28 to happen again.",
        then "Defense Minister Diego Molano" (or "— Diego Molano, defense minister").
        The line is a titled name and nothing else (no verb, no closing stop, not a
        byline or a credit); the paragraph above it, which no statement holds, is the
        named person's words. An untitled name signs only for someone the article has
        already named."""
        before = self.previous
        if before is None or before.index != para.index - 1 or para.offset < self.dateline:
            return
        line = para.doc.text.strip()
        words = line.lstrip(SIGN_DASHES).split()
        if not 2 <= len(words) <= 10 or line[-1] in ".?!:;,\"\u201d\u2019'" or (
                words[0].lower() in NOT_SIGNATURES):
            return
        tokens = [t for t in para.doc if not t.is_space]
        name = next((e for e in para.doc.ents if e.label_ == "PERSON"), None) or next(
            (e for e in para.doc.ents if e.label_ == "ORG"), None)  # (NER's "— X Y")
        if name is None or any(t.pos_ in ("VERB", "AUX") for t in tokens) or not all(
                t.is_title or t.is_punct or t.lower_.rstrip(".") in self.lex.titles
                or t.text in SIGN_DASHES or name.start <= t.i < name.end for t in tokens):
            return
        titled = any(t.lower_.rstrip(".") in self.lex.titles for t in tokens)
        known = self.ctx.discourse.surname(name[-1].text, para.offset + name[-1].idx, None)
        if known is None and (not titled or name.label_ != "PERSON"):
            return
        text = before.doc.text.rstrip()
        start, end = before.offset + len(text) - len(text.lstrip()), before.offset + len(text)
        if len(text.split()) < self.options.min_quote_words or text[-1] not in ".!?\u201d\"" or (
                any(f.paragraph == before.index for f in self.found)
                or syntax.QUOTE_MARKS.intersection(text)):  # (quoted words: quote rules')
            return
        resolved = resolve(name.root, self.ctx, para.offset + name.root.idx)
        speaker = known if known is not None and known.kind == "person" else (
            resolved.entity if resolved is not None else None)
        if speaker is not None:
            self._quoted(speaker, line.lstrip(SIGN_DASHES), (start, end), para.offset,
                         before, (start, end), para.offset + name.root.idx)

    def _tag_parsed_alone(self, para: _Para) -> None:
        """ ""Our teams have been working through the night, but there are still more
        than 200 trees on the tracks between Hamburg, Bremen and Hanover," a spokeswoman
        for the rail operator said in Berlin.": after a long quote the parse of the
        sentence can go wrong (here "trees" became the subject of "said"), and the
        quote is lost. A quote no statement holds, closed by a comma and a short tag
        with a speech verb that ends the sentence, gets the tag parsed on its own."""
        for quote in para.quotes:
            if not quote.closed or quote.words(self.text) < self.options.min_quote_words or (
                    any(f.start <= quote.inner_start < f.end for f in self.found)):
                continue
            tag = _TAG_AFTER_QUOTE.match(self.text, quote.end, para.offset + len(para.doc.text))
            if tag is None or "," not in self.text[quote.inner_end - 1:quote.end]:
                continue  # (the quote closed by its comma: '...,"')
            start = tag.start("tag")
            doc = self.nlp(parse_form(self.text[start:tag.end("tag")]))
            verb = next((t for t in doc if t.lemma_.lower() in self.lex.speech_verbs
                         and t.pos_ in ("VERB", "AUX")), None)
            subject = syntax.subject_of(verb) if verb is not None else None
            if verb is None or subject is None or subject.pos_ == "PRON" and (
                    subject.lower_ in ("i", "we")):
                continue
            resolved = resolve(subject, self.ctx, start + subject.idx)
            if resolved is None:
                continue
            self._quoted(resolved.entity, resolved.mention, (quote.inner_start, quote.inner_end),
                         start + verb.idx, para, (quote.start, tag.end("tag")),
                         start + subject.idx)

    def _quote_after_colon(self, para: _Para) -> None:
        """ "District Collector Naveen Mathur put it plainly: 'Do not burn tyres ...'",
        "Paredes had a clear message for families: 'Stay away ...'": a quote right after
        a colon closing a sentence with no speech verb is the words of its subject."""
        for quote in para.quotes:
            before = self.text[para.offset:quote.start].rstrip()
            if not before.endswith(":") or quote.words(self.text) < self.options.min_quote_words \
                    or any(f.start <= quote.inner_start < f.end for f in self.found):
                continue
            colon = para.offset + len(before) - 1
            mark = next((t for t in para.doc if para.offset + t.idx == colon), None)
            if mark is None:
                continue
            verbs = [t for t in mark.sent if t.i < mark.i and t.pos_ in ("VERB", "AUX")
                     and any(c.dep_ == "nsubj" for c in t.children)  # (the parse may hang
                     and not any(a.dep_ == "relcl" for a in (t, *t.ancestors))]  # the colon
            verb = verbs[-1] if verbs else None  # on the quote's own verb; "talking to a
            # leader who does not share her values:" is not the leader's)
            if verb is None or self._is_speech_verb(verb) or any(
                    c.dep_ == "aux" and c.lower_ in UNREAL_AUX for c in verb.children):
                continue  # ("... it is estimated that X will calm the talks: '...'")
            subject = syntax.subject_of(verb)
            resolved = resolve(subject, self.ctx, para.offset + subject.idx) if (
                subject is not None) else None
            if resolved is None or resolved.entity.kind not in ("person", "organization",
                                                                 "government"):
                continue
            self._quoted(resolved.entity, resolved.mention, (quote.inner_start, quote.inner_end),
                         colon, para, self._unit_of(colon, para), para.offset + subject.idx)

    def _labelled(self, para: _Para) -> None:
        """A transcript's speaker label: "SOT, Steffen Seibert, German government
        spokesperson (German): '...'", "SOUNDBITE (English) Jane Roe, WHO spokeswoman:
        '...'", "Lee: '...'". The quote after the label is the named speaker's, with no
        speech verb to cue it (a label holds no verb; one that does is a sentence)."""
        label = SPEAKER_LABEL.match(para.doc.text)
        if label is None or para.offset < self.dateline:
            return
        after = para.offset + label.end()
        quote = next((q for q in para.quotes if q.start == after), None)
        start, end = para.offset + label.start("who"), para.offset + label.end("who")
        tokens = [t for t in para.doc if start <= para.offset + t.idx < end]
        if quote is None or not tokens or any(t.pos_ in ("VERB", "AUX") for t in tokens):
            return
        name = next((e for e in para.doc.ents if e.label_ in ("PERSON", "ORG")
                     and start <= para.offset + e.start_char < end), None)
        if name is None:
            return
        resolved = resolve(name.root, self.ctx, para.offset + name.root.idx)
        if resolved is None:
            return
        colon = para.offset + label.end("who") + label.group("tail").index(":")
        self._quoted(resolved.entity, resolved.mention, (quote.inner_start, quote.inner_end),
                     colon, para, (para.offset, para.offset + len(para.doc.text)),
                     para.offset + name.root.idx)

    def _transcribed(self, para: _Para) -> None:
        """A broadcast transcript's line: "FUMIO KISHIDA, JAPANESE PRIME MINISTER (through
        translator): This is an outrageous act ...", later "KISHIDA: ...". The words
        after the label are the named person's, verbatim; the programme's own people
        ("MARIA SANTOS, ABN ANCHOR:", then "SANTOS:") narrate, and their lines are
        read for statements like any reporter's."""
        label = TRANSCRIPT_LABEL.match(para.doc.text)
        if label is None or para.offset < self.dateline or not label["who"].isupper() or (
                label["role"] and not label["role"].isupper()):
            return
        self.labels.append((para.offset, para.offset + label.end()))  # (names nobody)
        rest = para.doc.text[label.end():].rstrip()
        if len(rest.split()) < self.options.min_quote_words or rest[0] in syntax.QUOTE_MARKS:
            return  # (a quote after the label: _labelled's)
        name = " ".join(w.capitalize() for w in label["who"].split())
        surname = name_key(name.split()[-1])
        if label["role"]:
            role = label["role"].strip()
            if NARRATORS.search(role):
                self.narrators[surname] = None
                return
            entity = self.ctx.registry.find(name) or self.ctx.registry.add(Entity(
                id=slugify(name), name=name, kind="person", aliases={name},
                roles=[(" ".join(w.capitalize() for w in role.split()), None)]))
            self.narrators[surname] = entity
        else:
            entity = self.narrators.get(surname)
            if entity is None:  # a narrator, or nobody labelled with a role before
                return
        start = para.offset + label.end()
        self._quoted(entity, label.group(0).rstrip(": "), (start, start + len(rest)),
                     para.offset + label.end() - 2, para,
                     (para.offset, para.offset + len(para.doc.text)), para.offset)

    def _quoted(self, speaker: Entity, mention: str, words: tuple[int, int], cue_at: int,
                para: _Para, context: tuple[int, int], named_at: int) -> None:
        """A direct statement of ``speaker`` over ``words``, cued by no speech verb (a
        label, a colon, a tag parsed alone), and the speaker noted as one who spoke."""
        self.found.append(Found(
            speaker=speaker, mention=mention, start=words[0], end=words[1], kind="direct",
            cue_at=cue_at, paragraph=para.index, context=context))
        self.ctx.discourse.note(speaker, named_at, 2)

    def _remember(self, sent: Span, para: _Para) -> None:
        """Note who this sentence mentions, for later pronouns and role nouns."""
        for ent in sent.ents:
            if ent.label_ not in ("PERSON", "ORG", "GPE") or self._in_quote(
                    para.offset + ent.start_char) or ent.text.lower() in self.lex.platforms:
                continue  # (a name inside a quote is the speaker's word, not a referent;
                # "on Twitter" is where it was said)
            found = self.ctx.registry.find(ent.text)
            subject = ent.root.head if ent.root.dep_ == "appos" and syntax.main_subject(
                ent.root.head) else ent.root  # ("The minister, X, did not ...")
            strength = 1 if subject.dep_ in ("nsubj", "nsubjpass") else 0
            if found is None and ent.label_ == "PERSON" and ent.root.dep_ in (
                    "nsubj", "compound", "appos", "pobj", "dobj", "poss", "conj"):
                titled = ent.root.head if ent.root.dep_ == "appos" and noun_lemma(
                    ent.root.head) in self.lex.person_nouns | self.lex.titles else None
                portfolio = [t for t in ent.root.subtree if t.i < ent.start]
                if ent.root.dep_ == "pobj" and ent.root.head.dep_ == "prep" and noun_lemma(
                        ent.root.head.head) in self.lex.titles and portfolio and not any(
                        t.lower_ in self.lex.titles | self.lex.person_nouns for t in portfolio):
                    titled = ent.root.head.head  # "Minister for Health Chris Fearne": the
                    # portfolio's holder, "Health" no part of the name (but "spokesperson
                    # for President-elect Yoon" speaks for Yoon)
                resolved = resolve(titled, self.ctx, para.offset + titled.idx) if (
                    titled is not None) else None  # "the Indian Home Minister, Amit Shah,":
                if resolved is None or resolved.entity.kind != "person":  # with his role
                    resolved = resolve(ent.root, self.ctx, para.offset + ent.start_char)
                found = resolved.entity if resolved else None
            elif ent.label_ == "ORG" and syntax.cited_source(ent.root):  # ", according to
                resolved = resolve(ent.root, self.ctx, para.offset + ent.start_char)  # the
                found, strength = (resolved.entity, 1) if resolved else (found, strength)
                # broadcaster YLE" (relaying another's words): "the report" is theirs
            if found is not None:
                embedded = strength == 1 and not syntax.main_subject(subject)
                self.ctx.discourse.note(found, para.offset + ent.start_char, strength,
                                        embedded=embedded)
        for tok in sent:  # "Trump talked about ...": a known surname NER did not label
            if (tok.dep_ in ("nsubj", "nsubjpass") and tok.is_title  # "Trump" may be a noun
                    and tok.pos_ in ("PROPN", "NOUN")
                    and tok.ent_type_ not in ("PERSON", "GPE", "NORP")
                    and not self._in_quote(para.offset + tok.idx)):
                known = self.ctx.discourse.surname(tok.text, para.offset + tok.idx, None)
                if known is None and tok.pos_ == "PROPN" and not tok.ent_type_ and any(
                        c.dep_ == "compound" and c.is_title for c in tok.children) and any(
                        t.lower_ in self.lex.titles for t in tok.subtree if t.i < tok.i) and (
                        resolved := resolve(tok, self.ctx, para.offset + tok.idx)) and (
                        resolved.entity.kind == "person" and not resolved.entity.anonymous):
                    self.ctx.discourse.note(resolved.entity, para.offset + tok.idx, 0)
                    continue  # "Minister for Health Stephen Donnelly believes ...", the name
                    # untagged: whom "He said" means next if nobody has spoken (mentioned
                    # only: not past a speaker before)
                if known is None and tok.pos_ == "PROPN" and not any(
                        c.dep_ == "compound" for c in tok.children):  # "Uruguay will close
                    place = self.ctx.registry.find(tok.text)  # its border", untagged
                    known = place if place is not None and place.kind == "country" else None
                if known is not None:
                    self.ctx.discourse.note(known, para.offset + tok.idx, 1)
        for tok in sent:  # "China's foreign ministry did not respond ... The ministry said"
            if (tok.dep_ in ("nsubj", "nsubjpass") and not tok.ent_type_
                    and noun_lemma(tok) in self.lex.org_nouns
                    and not self._in_quote(para.offset + tok.idx)
                    and any(c.dep_ in ("poss", "compound", "amod") and c.ent_type_ in (
                        "GPE", "NORP", "ORG") for c in tok.children)):
                resolved = resolve(tok, self.ctx, para.offset + tok.idx)
                if resolved is not None and resolved.entity.kind != "person":
                    self.ctx.discourse.note(resolved.entity, para.offset + tok.idx, 1)
        for tok in sent:  # "..., the spokesperson apologised. ... he said": the subject
            if (tok.dep_ == "nsubj" and not tok.ent_type_ and tok.tag_ == "NN"
                    and noun_lemma(tok) in self.lex.person_nouns
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                    and not self._in_quote(para.offset + tok.idx)):
                known = self.ctx.discourse.role(noun_lemma(tok), para.offset + tok.idx,
                                                ("person",))
                if known is not None:  # (only someone already there: nobody is made up)
                    self.ctx.discourse.note(known, para.offset + tok.idx, 1)
        for tok in sent:  # "the Minister of Health, Salvador Illa, did not specify ...,
            noun = noun_lemma(tok)  # although he pointed out": a name NER missed, in
            if (tok.dep_ == "nsubj" and not tok.ent_type_  # apposition to a title; "Mali's
                    and noun in self.lex.titles | self.lex.person_nouns | self.lex.org_nouns
                    and any(c.dep_ == "appos" and c.pos_ == "PROPN" and not c.ent_type_
                            for c in tok.children)  # opposition coalition, the M5-RFP, has
                    and not self._in_quote(para.offset + tok.idx)):  # not yet said": a body
                resolved = resolve(tok, self.ctx, para.offset + tok.idx)
                person = noun not in self.lex.org_nouns
                if resolved is not None and (resolved.entity.kind == "person") == person:
                    self.ctx.discourse.note(resolved.entity, para.offset + tok.idx, 1,
                                            embedded=not syntax.main_subject(tok))

    def _last_char(self, at: int) -> int:
        """Where the last character before ``at`` that is not white space stands."""
        while at > 0 and self.text[at - 1].isspace():
            at -= 1
        return at - 1

    def _before(self, at: int) -> str:
        """The few characters before ``at``, trailing white space left out (for
        "ends with" checks without copying the text before it)."""
        last = self._last_char(at)
        return self.text[max(0, last - 3):last + 1]

    def _in_quote(self, at: int) -> bool:
        return any(q.inner_start <= at < q.inner_end for q in self.quotes)

    # --- cues ----------------------------------------------------------------------------

    def _cues(self, sent: Span, para: _Para) -> Iterator[tuple[Token, Token]]:
        """(cue word, head of the speaker's noun phrase) for each speech cue."""
        end = para.offset + sent.end_char
        last = self._last_char(end)
        if self.text[last:last + 1] == "?" and not self._in_quote(last):
            return  # "How has Johnson responded to the claims?": a question, not a report
        for tok in sent:
            if tok.pos_ not in CUE_TAGS and not syntax.is_according(tok):
                continue  # (only a verb, a noun of saying or "according to" is a cue)
            if self._in_quote(para.offset + tok.idx):
                continue
            if syntax.is_according(tok):
                obj = syntax.according_object(tok)
                reporter = syntax.subject_of(tok.head)
                if reporter is not None and self._in_quote(para.offset + reporter.idx):
                    reporter = None  # ("According to X, "I spoke out of turn."": X's words)
                if obj is not None and not (self._is_speech_verb(tok.head)
                                            and reporter is not None
                                            and not self._only_spoke(tok.head)):
                    yield tok, obj  # (on a speech verb it sources that report instead;
                    # not on "X spoke on the phone with Y, according to a statement")
                continue
            if (owner := syntax.in_the_words_of(tok)) is not None:
                yield tok, owner  # "In his words, over 6 million people are expected ..."
                continue
            if (tag := syntax.noun_tag(tok) or syntax.participle_tag(tok)) is not None:
                if not any(self._is_speech_verb(t) and syntax.subject_of(t) is not None
                           for t in tok.doc[tok.sent.start:tag[1]]):
                    yield tok, tag[0]  # ", Channel 13 reports." parsed as a noun (not "X
                continue  # recommended that ..., Digi 24 TV reports": X's, relayed)
            if (owner := self._noun_speaker(tok)) is not None:
                yield tok, owner
                continue
            if syntax.asked_aside(tok):
                continue  # "Marquez, asked whether ..., said": the question was put to her
            if not self._is_speech_verb(tok) or self._reported_action(tok):
                continue
            if any(a.tag_ == "VBG" and a.dep_ == "advcl" and a.i < a.head.i
                   and a.lemma_.lower() in self.lex.speech_verbs for a in tok.ancestors):
                continue  # "Noting that the prime minister informs all his interlocutors
                # ..., Oikonomou said": background to the statement after it (as the
                # participle is, see _is_speech_verb)
            if any(c.dep_ == "ccomp" and (made := syntax.remarks_made(c)) is not None
                   and made[0] == "maker" for c in tok.children):
                continue  # "X made the declaration at a news conference on Wednesday, PAP
                # reported": when X's words were said, not words of PAP's
            if tok.lemma_.lower() in ("quote", "cite") and any(
                    d.tag_ == "VBG" and syntax.quoted_as_saying(d) for d in tok.subtree):
                continue  # "the report cited sources as saying ...": the sources speak
            subject = (syntax.quotes_someone(tok) or syntax.quoted_as_saying(tok)
                       or syntax.quoted_speaker(tok) or syntax.subject_of(tok)
                       or syntax.inverted_object(tok))
            if subject is not None and not self._in_quote(para.offset + subject.idx) and (
                    subject.lower_ not in ("i", "we")  # the voice of a statement's text
                    and not syntax.nobody(subject)):
                yield tok, subject

    def _directive(self, verb: Token) -> bool:
        """ "ordered his agency to file another protest": an order given someone, in the
        speaker's own name. Not a court's ruling ("the Supreme Court has ordered
        Parliament to open"), nor an order a report relays ("Kim has ordered the army
        to help ..., state media say", "According to state media, Kim also ordered ..."):
        the report is the statement there."""
        if not (any(c.dep_ == "dobj" for c in verb.children) and any(
                c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children)
                for c in verb.children)):
            return False
        subject = syntax.subject_of(verb)
        if subject is not None and noun_lemma(subject) in ("court", "judge", "tribunal"):
            return False
        if subject is not None and subject.pos_ == "PRON":
            return True  # "Kagame said he had heard of the issue and had instructed the
            # police to address it": his own order, told by him
        above = {t.i for t in verb.ancestors} - (  # ("said ..., and had instructed": one
            {verb.head.i} if verb.dep_ == "conj" else set())  # more act of the speaker)
        return not any(syntax.is_according(t) or (
            t.lemma_.lower() in self.lex.speech_verbs and t.pos_ in ("VERB", "AUX") and (
                t.i in above or t.dep_ == "parataxis" and t.head.i == verb.i
                or syntax.trailing_subject(t) is not None))
            for t in verb.sent if t.i != verb.i)

    def _only_spoke(self, verb: Token) -> bool:
        """ "spoke on the phone Tuesday with Bennett": a verb of speaking with nothing
        said (no clause, no quote, no words of its own after it)."""
        return (verb.lemma_.lower() in self.lex.speaking_verbs and not syntax.has_clause(verb)
                and not syntax.quote_follows(verb) and not any(
                    c.dep_ in ("dobj", "xcomp") and syntax.says_something(c)
                    for c in verb.children))  # ("briefed the cabinet": whom)

    def _noun_speaker(self, tok: Token) -> Token | None:
        """ "North Korea's claim that it sent no letter", "the accusation by Beijing that
        ...": whose speech act a noun of saying with a "that" clause is (a possessive
        pronoun is left alone: "his claim that" inside a statement is that statement's)."""
        if tok.pos_ == "NOUN" and self._appeal_words(tok) is not None and (
                tok.dep_ == "dobj" and tok.head.lemma_.lower() in MAKING | {"launch"} | (
                    WARNING_VERBS if tok.lemma_.lower() in self.lex.warning_nouns else set())):
            subject = syntax.subject_of(tok.head)  # "Gonsalves made a plea for people to leave"
            return subject if subject is not None and subject.pos_ != "PRON" else None
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.lex.speech_nouns or (
                syntax.noun_clause(tok) is None):
            return None
        for child in tok.children:
            if child.dep_ == "poss" and child.pos_ != "PRON":
                return child
            if child.dep_ == "prep" and child.lower_ == "by" and child.i == tok.i + 1:
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in MAKING and (
                subject := syntax.subject_of(tok.head)) is not None and subject.pos_ != "PRON":
            return subject  # "Moon made an improper remark that ...": who made it
        return None

    def _appeal_words(self, noun: Token) -> list[Token] | None:
        """What an appeal or a warning made with a light verb says: "a plea for calm",
        "a stern warning against leaders"."""
        lemma = noun.lemma_.lower()
        if lemma in self.lex.appeal_nouns:
            return syntax.appeal_content(noun)
        return syntax.warning_content(noun) if lemma in self.lex.warning_nouns else None

    def _reported_action(self, tok: Token) -> bool:
        """ "North Korea has rejected the offer, a think tank said": a speech act with
        no clause of its own inside what another speech verb reports is that report's
        content, not a statement of its own (a nested "Kim said that ..." still is)."""
        if tok.dep_ == "ccomp" and self._next_report(tok):
            return False  # "..., Ms Byrne asked, which Mr Walsh replied: ...": his answer
        if tok.dep_ == "ccomp" and tok.i > tok.head.i and (
                subject := syntax.trailing_subject(tok)) is not None and syntax.could_speak(
                subject):
            return False  # the attribution, parsed as the clause of what it attributes
        trailing = self._trailing_attribution(tok)
        if syntax.has_clause(tok) and not (trailing is not None and syntax.could_speak(
                trailing) and all(c.i > trailing.i for c in tok.children if c.dep_ == "ccomp")):
            return False  # (its clause may be the attribution itself: "The Executive has
            # declared a state of emergency ..., Defense Minister X reported on Tuesday.")
        if trailing is not None:
            return not self._is_media(trailing)
        node, reported = tok, False
        offset = self.offsets.get(id(tok.doc))
        while node.dep_ in ("ccomp", "conj") and node.head.i != node.i:
            reported |= node.dep_ == "ccomp"  # "said A and rejected B" are two statements
            node = node.head
            if reported and self._is_speech_verb(node) and (offset is None or not self._in_quote(
                    offset + node.idx)):  # (not ""You asked ... that", Rutte said": the
                return True  # quote's own words hold no report of his)
        return False

    def _trailing_attribution(self, tok: Token) -> Token | None:
        """ "North Korea has rejected the offer, accusing Seoul of ..., a think tank
        said": the speaker of the attribution ending the sentence after ``tok``, whatever
        the parse made of it (a conjunct, the root, a modifier of the last noun)."""
        for verb in tok.sent:
            if verb.i <= tok.i or verb.lemma_.lower() not in self.lex.speech_verbs or (
                    not self._is_speech_verb(verb)):
                continue
            subject = syntax.trailing_subject(verb)
            if subject is not None and subject.left_edge.i > tok.i:
                return subject
        return None

    def _is_media(self, head: Token) -> bool:
        """ "Pyongyang rejected the offer, state media reported": media carry another's
        speech act (the rejection is Pyongyang's); a think tank saying so makes a claim."""
        if noun_lemma(head) in self.lex.media_nouns - self.lex.org_nouns:
            return True
        known = self.ctx.registry.find(head.text)
        return known is not None and known.kind == "media"

    def _issued_to(self, tok: Token) -> bool:
        """ "issued a statement on Wednesday to protest Washington's demand": the
        statement's purpose is the speech act of whoever issued it."""
        head = tok.head
        return (tok.dep_ in ("advcl", "xcomp") and head.lemma_.lower() in syntax.ISSUING
                and tok.lemma_.lower() in self.lex.speech_verbs
                and any(c.dep_ == "dobj" and noun_lemma(c) in self.lex.document_nouns
                        for c in head.children))

    def _is_speech_verb(self, tok: Token) -> bool:
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX") and syntax.passive_agent(tok) is not None and not any(
                c.dep_ == "neg" for c in tok.children):
            return True  # "The deaths were reported by a prosecutor": the prosecutor's
        if tok.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("neg", "auxpass", "nsubjpass")
                                                   for c in tok.children):
            return False
        if any(c.dep_ == "aux" and c.lower_ in UNREAL_AUX or c.dep_ == "mark" and c.lower_ in (
                "whether", "if") for c in tok.children):
            return False  # "the North will respond", "not known whether it will respond"
        if lemma in TRAILING_SPEECH and syntax.trailing_subject(tok) is not None:
            return True  # "..., the official continued.": said, going on
        if lemma == "call" and syntax.paid_a_visit(tok):
            return False  # "the envoy called on him at the State Guest House": a visit
        if lemma in ("call", "name", "dub") and any(
                c.dep_ == "oprd" and c.pos_ == "PROPN" for c in tok.children) and (
                not any(c.dep_ in ("dobj", "ccomp") for c in tok.children)):
            return False  # "an umbrella group called the FNDC": a name, not words
        if any(c.dep_ == "dobj" and c.lemma_.lower() in VISUALS for c in tok.children) and (
                not syntax.has_clause(tok)):
            return False  # "Korea Central TV disclosed an image of Kim wearing a mask"
        if syntax.quotes_someone(tok) is not None:
            return True  # '"...," ERR quotes Prime Minister Kaja Kallas.'
        if lemma == "make" and syntax.made_clear(tok) is not None:
            return True  # "made it clear that ..."
        if lemma in self.lex.speaking_verbs and syntax.to_questions(tok) and not (
                syntax.has_clause(tok) or syntax.quote_follows(tok)):
            return False  # "Kishida answers questions from reporters" (a caption): the
            # occasion, nothing said
        if lemma in ("order", "instruct") and not self._directive(tok):
            return False  # "ordered his agency to file a protest": a directive, said;
            # "ordered the evacuation", "ordered 50 jets": acts
        if lemma == "offer" and not any(c.dep_ == "xcomp" and any(
                a.tag_ == "TO" for a in c.children) for c in tok.children):
            return False  # "offered to help the North": a promise; "offered aid": an act
        if lemma in ("say", "report") and tok.tag_ in ("VBD", "VBN") and (
                tok.i + 2 < len(tok.doc) and tok.nbor(1).lower_ == "to"
                and tok.nbor(2).lemma_ in ("be", "have")):
            return False  # "people in Tigray said to be facing famine", "reported to have
            # fled": a passive of hearsay with its "are" dropped, nobody's words
        if lemma == "dismiss" and any(c.dep_ == "dobj" and (
                noun_lemma(c) in self.lex.titles | self.lex.person_nouns
                or c.ent_type_ == "PERSON") for c in tok.children):
            return False  # "dismissed the country's governors": removed them from office
        if lemma == "encourage" and ((said := syntax.subject_of(tok)) is None
                                     or not syntax.could_speak(said)):
            return False  # "low prices encourage people to buy": no one's words
        if lemma == "continue" and any(c.dep_ == "xcomp" for c in tok.children):
            return False  # "the regime continues to take "criminal measures"": going on
        if lemma == "indicate" and (said := syntax.subject_of(tok)) is not None and (
                noun_lemma(said) in self.lex.document_nouns or said.lower_ in (
                    self.lex.document_nouns)):
            return False  # "The data indicated that ...": no one said it
        if lemma == "put" and syntax.puts_a_figure(tok):
            return True  # "Zaw Min Tun put the death toll at 164": a figure given
        if tok.dep_ == "acl" and lemma in self.lex.speech_verbs and syntax.trailing_subject(tok):
            return True  # "..., the state broadcaster reported on Tuesday." parsed as a modifier
        if lemma in self.lex.speech_verbs and syntax.after_quote_speaker(tok) is not None:
            return True  # ""...," spokesman Yoh Sang-key told reporters" parsed as "told reporters"
        if syntax.quoted_as_saying(tok) is not None:
            return True  # ""...," Kim was quoted as saying."
        if (syntax.relative_subject(tok) and not syntax.has_clause(tok)
                and tok.head.dep_ == "nsubj" and tok.i < tok.head.head.i
                and self._is_speech_verb(tok.head.head)):
            return False  # "the coast guard, which first reported the launch, said ...": an
            # aside on a speaker whose statement follows (after an inverted tag, '"...,"
            # said Browne, who had earlier signalled his intention not to attend', it is
            # a statement of its own)
        if syntax.issued_saying(tok) and syntax.has_clause(tok):
            return True  # "The ministry issued a statement saying that ...": the ministry's
        if lemma in self.lex.speech_verbs and (
                syntax.in_series(tok) or syntax.added_participle(tok)) is not None:
            return True  # "agreed to ..., called on their airlines to ...": one more act;
            # "termed this period a transitional period adding that ...": the subject's
        own_clause = any(c.dep_ == "nsubj" for c in tok.children) and syntax.has_clause(tok)
        if tok.dep_ in ("amod", "acl", "relcl") and tok.tag_ in ("VBN", "VBG") and not (
                syntax.relative_subject(tok)) and not own_clause:  # (not "Kim, who has said
            return False  # that ...", "North Korea, where the government has claimed that
            # ..."): "the report released Monday", "a statement issued by"
        if (tok.tag_ == "VBN" or lemma == "ask") and tok.dep_ == "advcl" and not any(
                c.dep_ in ("nsubj", "aux") for c in tok.children):
            return False  # "Asked whether ..., Lee said": who was asked speaks next
        if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "pcomp", "xcomp"):
            if lemma not in self.lex.speech_verbs:
                return False
            if tok.dep_ == "advcl" and tok.i < tok.head.i and (
                    not syntax.has_clause(tok) or self._is_speech_verb(tok.head)):
                return False  # "While lauding the governor for ..., Kagwe urged": the
                # circumstance of the statement that follows; "Noting that ..., Zhao called
                # on ...": the background to it (no statement of its own)
            if lemma in self.lex.clause_verbs:  # ", referring to Yoon": no words of its own
                return syntax.has_clause(tok)
            if lemma in self.lex.speaking_verbs and syntax.to_questions(tok):
                return False  # ", answering questions from deputies": the occasion
            if lemma in self.lex.speaking_verbs and not syntax.has_clause(tok) and any(
                    c.dep_ == "mark" and c.lower_ in ("while", "when") for c in tok.children):
                return False  # "spoke at KICC while briefing the nation on the locusts":
                # the occasion of the words, not words of its own
            if syntax.has_clause(tok):
                return True  # "..., adding that ..."
            # "..., he said, urging governments to ...", "echoed the criticism, accusing
            # Washington of ...": after a statement with no clause of its own (a quote),
            # a participle saying something is a statement of its own
            return (tok.dep_ == "advcl" and not syntax.reported_clause(tok.head)
                    and lemma not in ("quote", "cite")  # ", citing a source": attribution
                    and any(syntax.says_something(c) for c in tok.children if c.i > tok.i))
        if tok.tag_ == "VB" and any(c.tag_ == "TO" for c in tok.children) and (
                tok.head.lemma_.lower() in GOING_ON and tok.dep_ == "xcomp"
                and lemma in self.lex.speech_verbs
                and (syntax.has_clause(tok) or syntax.quote_follows(tok))):
            return True  # "He went on to say: '...'", "continued to insist that ..."
        if tok.tag_ == "VB" and tok.dep_ == "conj" and not syntax.has_clause(tok) and not any(
                c.dep_ in ("nsubj", "aux") for c in tok.children) and (
                tok.head.tag_ != "VB" or any(c.tag_ == "TO" for c in tok.head.children)):
            return False  # "to help the Ministry to tell people to wear masks, tell people
            # to avoid gatherings": an infinitive's series, no speech act of its own
        if tok.tag_ == "VB" and tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_ == "be" and any(
                c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in tok.head.children):
            return False  # "It is imperative to note that ...": the writer's aside
        if tok.tag_ == "VB" and any(c.tag_ == "TO" for c in tok.children) and (
                not syntax.has_clause(tok) or tok.head.lemma_.lower() in REFUSALS) and not (
                self._issued_to(tok)):
            return False  # "not authorised to speak to ...", "declined to say whether ..."
        if lemma in ("term", "defend") and any(c.dep_ == "dobj" for c in tok.children) and any(
                t.dep_ in ("prep", "oprd") and t.lower_ == "as" and t.i > tok.i
                for t in tok.subtree) or lemma == "term" and any(
                    c.dep_ == "oprd" for c in tok.children):
            return True  # "termed the notices as disappointing", "defended the channels as
            # robust": a verdict given (not "defended the town")
        if lemma == "discuss" and tok.tag_ in ("VBD", "VBZ", "VBP") and any(
                c.dep_ == "ccomp" and c.left_edge.lower_ in ("how", "why", "whether", "that")
                for c in tok.children):
            return True  # "Joly discussed how the invasion had turned geopolitics on its
            # head" (not "discussed the crisis", nor "talks to discuss whether ...")
        if lemma == "remind" and any(c.dep_ == "dobj" for c in tok.children) and any(
                c.dep_ == "prep" and c.lower_ == "of" and c.i > tok.i for c in tok.children):
            return True  # "reminded Australia of its obligation to keep the peace"
        if lemma in self.lex.clause_verbs:  # (a clause that is the sentence's own tag
            tags = frozenset(c.i for c in tok.children if c.dep_ == "ccomp"  # is none:
                             and c.lemma_.lower() in self.lex.speech_verbs  # "Armenia
                             and syntax.trailing_subject(c) is not None)  # continued its
            return syntax.has_clause(tok, tags) or (  # policy, Hajiyev said")
                not tags and syntax.quote_follows(tok))
        if lemma in self.lex.speech_verbs:
            return True
        if lemma in syntax.ISSUING and tok.sent.text.rstrip().endswith(":") and any(
                c.dep_ == "dobj" and noun_lemma(c) in self.lex.document_nouns
                for c in tok.children):
            return True  # "issued the following press statement on Wednesday:" + its text
        subject = syntax.subject_of(tok)
        return (lemma in self.lex.document_verbs and subject is not None
                and subject.lemma_.lower() in self.lex.document_nouns)

    # --- one statement ------------------------------------------------------------------

    def _statement(self, cue: tuple[Token, Token], para: _Para) -> None:
        verb, subject = cue
        cue_at = para.offset + verb.idx
        if any(f.start <= cue_at < f.end for f in self.found) or self._tagged_possibility(verb):
            return  # a speech verb inside another statement's words is content
        if any(a <= para.offset + subject.idx < b for a, b in self.labels):
            return  # "SANTOS: Daniel Kwon in Seoul, thank you.": a transcript's label
        resolved = resolve(subject, self.ctx, para.offset + subject.idx)
        if resolved is not None and subject.lower_ == "they" and (
                resolved.entity.kind == "group" and syntax.made_in(verb, self.lex)
                and (body := self.ctx.discourse.most_recent(
                    para.offset + subject.idx, ("organization", "government"))) is not None):
            resolved = Resolved(body, subject.text)  # "..., they said in a statement": a
            # body issues statements, not the experts quoted since
        span = self._content(verb, subject, para)
        if subject.lower_ == "it" and span is not None and (
                (speaker := self._self_named(span, para)) is not None):
            resolved = Resolved(speaker, subject.text)  # the release names itself
        if resolved is None:
            return
        if span is None:  # "Femi Adesina, who stated this, ...": no words of his own, but
            self.ctx.discourse.note(resolved.entity, para.offset + subject.idx, 1)  # the
            return  # one a later "Adesina" or "he" is
        start, end = span
        if end - start < 2 or any(f.start == start and f.end == end for f in self.found):
            return
        if self._relays(verb, start, end, para):
            return  # "Pokhara Online adds: The district officer told ... that ...": his
        if (first := self._continued(verb, resolved.entity, para)) is not None:
            if not first.clauses:  # "said A, but insisted B": one statement, of two
                first.clauses.append((first.start, first.end))  # clauses (not the words
            first.end = max(first.end, end)  # between them: "A was stressed by X at a
            first.clauses.append((start, end))  # briefing held yesterday, highlighting B")
            first.kind = "direct" if (first.start, first.end) in self.verbatim else self._kind(
                first.start, first.end, para)
            return
        if syntax.trailing_subject(verb) is not None and any(
                f.start < end and start < f.end for f in self.found):
            self.ctx.discourse.note(resolved.entity, para.offset + subject.idx, 1)
            return  # "X rejected the offer, state media reported": X's statement has it
        unit = self._unit_of(cue_at, para)
        self.found.append(Found(
            speaker=resolved.entity, mention=resolved.mention, start=start, end=end,
            kind="direct" if span in self.verbatim else self._kind(start, end, para),
            cue_at=cue_at, paragraph=para.index,
            context=unit))
        self.ctx.discourse.note(resolved.entity, para.offset + subject.idx, 2)
        self.ctx.documents += [(cue_at, noun, resolved.entity)
                               for noun in syntax.made_in(verb, self.lex)]

    def _tagged_possibility(self, verb: Token) -> bool:
        """ "Forces against the republic would question its achievements, Karimi said":
        a possible speech act in the words a tag after it gives, not an act of its own."""
        return _possible_act(verb) and any(
            c.dep_ in ("parataxis", "conj", "ccomp") and c.i > verb.i
            and self._is_speech_verb(c) and syntax.subject_of(c) is not None
            for c in verb.children)

    def _self_named(self, span: tuple[int, int], para: _Para, speaking: bool = False
                    ) -> Entity | None:
        """ ""The Ministry of Foreign Affairs wishes to state categorically that ...," it
        said.": a body's release speaks of itself by name; "it" is that body (not the
        country named last before it). ``speaking``: only when its verb is one of
        saying ("The Ministry of Foreign Affairs informs that ...")."""
        if not self._in_quote(span[0]):
            return None
        first = next((t for t in para.doc if para.offset + t.idx >= span[0]), None)
        if first is None:
            return None
        inside = range(span[0], span[1])
        subject = next((t for t in first.sent if t.dep_ == "nsubj" and t.i >= first.i
                        and para.offset + t.idx in inside and t.head.dep_ in ("ROOT", "ccomp")
                        and para.offset + t.head.idx in inside), None)
        if subject is None or subject.pos_ != "PROPN" or speaking and (
                subject.head.lemma_.lower() not in self.lex.speech_verbs):
            return None
        named = resolve(subject, self.ctx, para.offset + subject.idx)
        return named.entity if named is not None and named.entity.kind in (
            "organization", "government") else None

    def _relays(self, verb: Token, start: int, end: int, para: _Para) -> bool:
        """Whether a colon after the verb sets out a report of someone else's words
        ("Pokhara Online adds: The Chief District Officer ... told Pokhara Online that
        ..."): the outlet's label introduces a statement, it is none itself."""
        after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        if after is None or after.text != ":":
            return False
        return any(start <= para.offset + t.idx < end and t.i != verb.i
                   and not self._in_quote(para.offset + t.idx) and self._is_speech_verb(t)
                   and (subject := syntax.subject_of(t)) is not None
                   and subject.lower_ not in ("i", "we")
                   for t in para.doc)

    def _continued(self, verb: Token, speaker: Entity, para: _Para) -> Found | None:
        """The statement a second speech verb of the same sentence and speaker goes on
        ("Kirby said the US is still analysing the launch, but insisted that ...", "The
        Pentagon condemned the launch and promised to coordinate a response"): news
        reports one speech act there, and so do the blind annotators (sets B to G)."""
        head = verb.head
        rest = para.offset + verb.idx + len(verb.text)  # where a quote right after the verb
        gap = self.text[rest:rest + 4]  # would open (", "", ": "")
        opens = rest + len(gap) - len(gap.lstrip(" ,:"))
        quoted = any(q.start == opens for q in self.quotes)
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.i < verb.i and quoted and (
                self.text[rest:opens].strip() == ":"):
            return None  # "..., he said, adding: "I want to emphasise ..."": a quote of its own
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.i < verb.i and (
                self._is_speech_verb(head)):  # ""...," Hirayama told a news conference,
            at = para.offset + head.idx  # adding that ...": one statement
            return next((f for f in self.found if f.cue_at == at and f.speaker is speaker),
                        None)
        if verb.dep_ != "conj" or head.i == verb.i or not (any(
                c.dep_ == "cc" and c.lower_ in ("but", "and") for c in head.children
                if head.i < c.i < verb.i) or verb.left_edge.i > 0 and verb.doc[  # (or hung
                verb.left_edge.i - 1].lower_ in ("but", "and")):  # on the clause's verb)
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in verb.children):
            return None  # "..., but the ministry said ...": another subject (but "reported
            # that ..., but he noted that ...": the same speaker, one statement)
        after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        if after is not None and after.text == ":":
            return None  # "..., but added: 'We cannot yet say ...'": a quote of its own
        if quoted and any(
                c.dep_ == "ccomp" and c.i < verb.i for c in head.children):
            return None  # "confirmed he had spoken to Kuleba and said, "Good ...": the
            # quote the second verb opens is a statement of its own, after a reported
            # clause (not "countered Kejriwal and asserted, "..."": one)
        at = para.offset + head.idx
        return next((f for f in self.found if f.cue_at == at and f.speaker is speaker), None)

    def _unit_of(self, at: int, para: _Para) -> tuple[int, int]:
        return next((u for u in para.units if u[0] <= at < u[1]), para.units[-1])

    def _content(self, verb: Token, subject: Token, para: _Para) -> tuple[int, int] | None:
        """Offsets of what was said: quotes, reported clause or predicate."""
        unit = self._unit_of(para.offset + verb.idx, para)
        quotes = [q for q in self._unit_quotes(unit) if not q.contains(para.offset + verb.idx)]
        quotes = [q for q in quotes if self._nearest_cue(q, para) == verb.i and not any(
            f.start <= q.inner_start < f.end for f in self.found)]  # (another's words)
        if syntax.is_according(verb):
            return self._according_content(verb, para)
        if syntax.inverted_object(verb) is not None:  # '"...," declared the Minister.'
            mark = verb.doc[verb.i - 1]
            closed = next((q for q in self.quotes if q.end == para.offset + mark.idx + 1), None)
            if closed is not None:
                return closed.inner_start, closed.inner_end
        if syntax.in_the_words_of(verb) is not None:
            return self._according_content(verb.head, para)  # ("In" before "his words")
        if syntax.passive_agent(verb) is not None and (
                pointed := self._pointed_back(verb, para)) is not None:
            return pointed  # "... That was announced by the Health Minister on Tuesday."
        if syntax.passive_agent(verb) is not None:  # "The deaths of 18 people ... were
            said = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)  # reported
            if said is not None:  # by X": what was reported, up to the verb
                return self._span_of([t for t in verb.doc[said.left_edge.i: verb.i + 1]], para)
        if (head := syntax.as_said(verb)) is not None:  # "As Muller recalled, thousands of ..."
            tokens = [t for t in head.subtree if t.i > verb.right_edge.i]
            while tokens and (tokens[0].is_punct or syntax.is_when(tokens[0])):
                tokens.pop(0)  # ", currently, ..."
            if (span := self._span_of(tokens, para)) is not None:
                return span
        if (tag := syntax.noun_tag(verb) or syntax.participle_tag(verb)) is not None:
            return self._span_of(list(verb.doc[verb.sent.start:tag[1]]), para)  # "...,
            # Channel 13 reports.", "..., estimated Kaikkonen.": the sentence before the tag
        if verb.pos_ == "NOUN":  # "North Korea's claim that ...": the clause; "a plea
            clause = syntax.noun_clause(verb)  # for calm": the appeal
            words = list(clause.subtree) if clause is not None else self._appeal_words(verb)
            assert words is not None  # (a cue only with one)
            return self._span_of(words, para)
        if (pointed := self._pointed_back(verb, para)) is not None:
            return pointed
        if syntax.remarks_made(verb) is not None:
            return None  # "Dr Mensah said this at the launch ..., on the theme, '...'": when
            # the words before were said, with the occasion's own slogan after it
        clause_subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if clause_subject is not None and (
                tail := syntax.speaker_after_clause(verb, clause_subject)) is not None:
            return self._span_of(list(verb.doc[verb.sent.start:tail.left_edge.i - 1]), para)
            # ("Georgia would import no vaccine lacking ..., X, Minister, said")
        if (tag := syntax.conjoined_trailing_tag(verb)) is not None:
            return self._span_of(list(verb.doc[verb.sent.start:tag.left_edge.i - 1]), para)
        if syntax.tag_subject(verb, [c for c in verb.children if c.dep_ == "nsubj"]) is not None:
            return self._span_of(list(verb.doc[verb.sent.start:subject.left_edge.i]), para)
            # ("The extension manifested Islamabad's efforts ..., he insisted.")
        clause = self._clause(verb, para) or self._after_leading_tag(verb, para)
        misparsed = subject
        while misparsed.dep_ == "appos":  # "... in more than 80 countries, X said"
            misparsed = misparsed.head
        if clause and misparsed is not subject and misparsed.dep_ == "nsubj":
            clause = self._up_to(clause, misparsed, para)
        if clause and quotes and (tagged := self._tagged_quote(verb, subject, quotes, para)
                                  ) is not None and clause[0] < tagged.start:
            return tagged.inner_start, tagged.inner_end  # "Troops ... summoned ministers
            # – "Any refusal ... a rebellion," he warned.": the tag's words are the quote's
        if clause and quotes:
            return syntax.merge(clause, [(q.start, q.end) for q in quotes if q.start >= clause[0]])
        if clause:
            return self._own_words(clause, verb, para)
        quotes = [q for q in quotes if q.words(self.text) >= self.options.min_quote_words
                  or self._whole_quote(q)]
        if quotes and not self._embedded(verb, quotes[0], para):
            return quotes[0].inner_start, quotes[-1].inner_end
        if (span := self._introduced(verb, para) or self._predicate(verb, subject, para)):
            return span
        leading = self._leading(verb, subject, para)
        return self._own_words(leading, verb, para) if leading is not None else None

    def _pointed_back(self, verb: Token, para: _Para) -> tuple[int, int] | None:
        """ "Relations with Russia have a long history. This is what Foreign Minister X
        declared in parliament today": the sentence before is what was declared."""
        head = verb.head
        passive = syntax.passive_agent(verb) is not None and any(  # "That was announced by
            c.dep_ == "nsubjpass" and c.lower_ in ("this", "that") and c.i == c.sent.start
            for c in verb.children)  # the Health Minister Kiril Ananiev on Tuesday."
        if not passive and (verb.dep_ not in ("ccomp", "relcl") or head.lemma_ != "be" or not any(
                c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children)):
            return None
        if not passive and not any(c.dep_ == "nsubj" and c.lower_ in ("this", "that")
                                   and c.i == c.sent.start for c in head.children):
            return None
        before = [s for s in para.doc.sents if s.end <= verb.sent.start]
        if not before or any(t.text in syntax.QUOTE_MARKS for t in before[-1]):
            return None  # (a quote before it has its own cue, or is carried)
        return self._span_of(list(before[-1]), para)

    def _after_leading_tag(self, verb: Token, para: _Para) -> tuple[int, int] | None:
        """ "Informed sources told Daily Mirror, Rajapaksa had fired a call to ...": a
        tag set before its clause with a comma, which the parse made the clause's
        complement; what follows the comma is what was said."""
        head = verb.head
        after = verb.right_edge.i + 1
        if verb.dep_ != "ccomp" or not verb.i < head.i or after >= len(verb.doc) or (
                verb.doc[after].text != ",") or head.lemma_.lower() in self.lex.speech_verbs or (
                syntax.passive_agent(head) is not None) or not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i > after for c in head.children):
            return None
        words = [t for t in head.subtree if t.i > after]
        if any(self._in_quote(para.offset + t.idx) for t in words[:1]):
            return None  # (a quote after the tag is the quote rules')
        if words and words[0].text in syntax.QUOTE_MARKS and words[0].i == after + 1:
            return None  # 'accused X of being "exploited by ...," an apparent reference
            # to ...': the comma closes a quote of the verb's own, not a tag's
        opening = [t for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and any(
            m.dep_ == "mark" and m.lower_ in CLAUSE_OPENERS and m.i == verb.i + 1
            for m in c.children) for t in c.subtree]  # "He admitted while X could pose a
        return self._span_of(opening + words, para)  # threat, it was not the source": all

    def _tagged_quote(self, verb: Token, subject: Token, quotes: list[Quote], para: _Para
                      ) -> Quote | None:
        """The quote a tag right after it closes ("...," he warned): a quote set off
        from what comes before it (by a stop, a colon or a dash, not a fragment inside
        a sentence: 'is expected to provide an update on this "related
        investigation," officials said'), nothing but its comma between it and the
        speaker and verb."""
        first = min(verb.i, subject.left_edge.i)
        at = para.offset + verb.doc[first].idx
        return next((q for q in quotes if q.end <= at and not self.text[q.end:at].strip(" ,")
                     and self.text[q.inner_start:q.end].rstrip(" \"\u201d'\u2019")[-1:] in ",!?"
                     and self.text[para.offset:q.start].rstrip()[-1:] in ("", *SET_OFF)),
                    None)

    def _introduced(self, verb: Token, para: _Para) -> tuple[int, int] | None:
        """ "The Prime Minister said:" ending its paragraph, and the words in the next:
        a quote, or a statement set out without quotation marks ("issued the following
        press statement on Wednesday:"), which is verbatim all the same."""
        unit = self._unit_of(para.offset + verb.idx, para)
        after = self.text[para.offset + verb.idx + len(verb.text):unit[1]]
        if not after.rstrip().endswith((":", ",")) or len(after.split()) > 12 or '"' in after:
            return None  # (", Nyathi said," ending its paragraph introduces the next too)
        start = unit[1] + len(self.text[unit[1]:]) - len(self.text[unit[1]:].lstrip())
        if start >= len(self.text) or self.text[unit[1]:start].count("\n") < 2:
            return None  # the words follow in the same paragraph: the parse had them
        quote = next((q for q in self.quotes if q.start == start), None)
        if quote is not None:
            return quote.inner_start, quote.inner_end
        listed = any(c.lower_ == "following" and c.i > verb.i for c in verb.children)
        items = self._listed(start) if listed else []
        if items:  # "said the following:", then points under headings of their own
            self.verbatim.update(items)
            self.listed[items[0]] = items[1:]
            return items[0]
        end = self.text.find("\n\n", start)
        span = self._trim(start, len(self.text) if end < 0 else end)
        if span is not None:
            self.verbatim.add(span)
        return span

    def _listed(self, start: int) -> list[tuple[int, int]]:
        """The points "X said the following:" sets out, from ``start``: each paragraph
        that is a sentence, over the headings between them (lines with no full stop),
        up to a quote or the end of the run (a heading not followed by a point, or
        more than ``LISTED_MAX`` points)."""
        items: list[tuple[int, int]] = []
        spans = [(s, e) for s, e in self.spans if s >= start]
        for i, (s, e) in enumerate(spans):
            if any(s <= q.start < e for q in self.quotes) or len(items) >= LISTED_MAX:
                break
            if _ENDS_SENTENCE.search(self.text[s:e].strip()):
                if (span := self._trim(s, e)) is not None:
                    items.append(span)
                continue
            after = spans[i + 1] if i + 1 < len(spans) else None
            if after is None or not _ENDS_SENTENCE.search(self.text[after[0]:after[1]].strip()):
                break  # a heading heads a point
        return items

    def _up_to(self, clause: tuple[int, int], noun: Token, para: _Para) -> tuple[int, int]:
        """The clause run on to ``noun``, a word of it the parse took for the subject."""
        first = min(t.i for t in noun.subtree if t.i <= noun.i)
        gap = self.text[clause[1]:para.offset + noun.doc[first].idx]
        if para.offset + noun.idx < clause[1] or gap.strip():
            return clause
        return clause[0], para.offset + noun.idx + len(noun.text)

    def _whole_quote(self, quote: Quote) -> bool:
        """ "Prices will fall," she said; she said: "No deal." A short quote set off as
        a sentence of its own, not a fragment inside one."""
        inner = self.text[quote.inner_start:quote.end - 1].rstrip()  # with its comma
        before = self.text[:quote.start].rstrip()
        return quote.words(self.text) >= 2 and (inner.endswith((",", ".", "!", "?"))
                                                or before.endswith(":"))

    def _embedded(self, verb: Token, quote: Quote, para: _Para) -> bool:
        """A quote inside the verb's own phrase ("spoke of being "a little short"")
        rather than introduced by it ("said: "...", "...," he said)."""
        verb_end = para.offset + verb.idx + len(verb.text)
        if quote.start < verb_end:
            return False
        between = self.text[verb_end:quote.start].strip()
        return bool(between) and not between.endswith((":", ","))

    def _leading(self, verb: Token, subject: Token, para: _Para) -> tuple[int, int] | None:
        """ "<clause>, a news outlet reported Tuesday.": the clause before the speaker."""
        if syntax.relative_subject(verb):
            return None  # "Adviser ..., Femi Adesina, who stated this": no clause of his
        if subject.dep_ == "appos" and subject.head.dep_ in ("nsubj", "nsubjpass") and (
                subject.head.head.i == verb.i):
            return None  # "Its director general, Rafael Grossi, said": the subject's role
        first = min(t.i for t in subject.subtree)
        if first > verb.i and verb.i > verb.sent.start and (  # "<clause>, said outgoing
                para.doc[verb.i - 1].text == ","  # Prime Minister X.": inverted
                and all(t.is_punct for t in para.doc[subject.right_edge.i + 1: verb.sent.end])):
            first = verb.i
        if first == 0 or para.doc[first - 1].text != ",":
            return None
        sent = verb.sent
        opener = sent[0]
        if opener.tag_ in ("VBN", "VBG", "VBD") and opener.dep_ == "advcl" and not any(
                c.dep_ == "nsubj" for c in opener.children):
            return None  # "Asked how ..., the spokesman apologised": a circumstance
        if opener.dep_ == "prep" and opener.head.i == verb.i and not any(
                t.pos_ in ("VERB", "AUX") for t in sent if t.i < first):
            return None  # "During the interview, Abinader spoke about ...": when, not what
        start = para.offset + sent.start_char
        head, edge = verb.head, verb.right_edge
        set_off = edge.text == "," or (edge.i + 1 < len(para.doc)
                                       and para.doc[edge.i + 1].text == ",")
        if verb.dep_ == "parataxis" and head.i > verb.i and set_off:  # "The appeal, she
            end = head.right_edge  # said, was addressed to ...": the sentence around the
            while end.is_punct and end.i > head.i:  # tag is what was said
                end = end.nbor(-1)
            return self._trim(start, para.offset + end.idx + len(end.text))
        return self._trim(start, para.offset + para.doc[first - 1].idx)

    def _own_words(self, span: tuple[int, int], verb: Token, para: _Para) -> tuple[int, int]:
        """ "We have no interest in ... . After an analysis, ..., said Foreign Minister X":
        first-person words before their tag, set out without quotation marks, are the
        speaker's own, a direct quote; the paragraph's first-person sentences before
        them, no one else's statement, go with them."""
        sent = verb.sent
        if span[0] != para.offset + sent.start_char or span[1] > para.offset + verb.idx:
            return span
        if any(t.text in syntax.QUOTE_MARKS for t in sent):
            return span
        words = [t for t in sent if span[0] <= para.offset + t.idx < span[1]]
        start = span[0]
        for before in reversed([s for s in para.doc.sents if s.end <= sent.start]):
            at = para.offset + before.start_char
            if not _first_person(list(before)) or any(
                    t.text in syntax.QUOTE_MARKS for t in before) or any(
                    f.start < start and at < f.end for f in self.found):
                break
            start = at
        if start == span[0] and not _first_person(words) or start != span[0] and (
                start != para.offset + para.doc[0].idx and not _first_person(words)):
            return span  # (a sentence in the third person goes with first-person ones
        self.verbatim.add((start, span[1]))  # before it only from the paragraph's start)
        return start, span[1]

    def _unit_quotes(self, unit: tuple[int, int]) -> list[Quote]:
        return [q for q in self.quotes if q.start < unit[1] and q.end > unit[0]]

    def _nearest_cue(self, quote: Quote, para: _Para) -> int | None:
        """The token index of the speech verb nearest to ``quote`` in its unit."""
        best: tuple[int, int] | None = None
        for tok in para.doc:
            at = para.offset + tok.idx
            if quote.contains(at) or not any(u[0] <= at < u[1] and u[0] < quote.end
                                             and quote.start < u[1] for u in para.units):
                continue
            if syntax.is_according(tok) or (self._is_speech_verb(tok) and (
                    syntax.quoted_as_saying(tok) or syntax.subject_of(tok))):
                distance = min(abs(at - quote.start), abs(at - quote.end))
                if best is None or distance < best[0]:
                    best = (distance, tok.i)
        return best[1] if best else None

    def _clause(self, verb: Token, para: _Para) -> tuple[int, int] | None:
        """The reported clause: complements of the verb outside quotes."""
        quoting = [c for c in verb.children if c.tag_ == "VBG" and c.dep_ == "advcl"
                   and c.lemma_.lower() in ("quote", "cite")]  # "reported, quoting X, that"
        parts = [c for v in (verb, *quoting) for c in v.children if c.dep_ == "ccomp" and any(
            not t.is_punct and not self._in_quote(para.offset + t.idx) for t in c.subtree)
            and (c.left_edge.tag_ not in ("WP", "WDT")  # "dismissed what she called X"
                 or c.left_edge.lower_ == "that")  # (not "that" the parse took for a WDT)
            and not syntax.asked_aside(c)  # ("X, asked whether ..., said": not what X said)
            and not (c.i < verb.i and c.left_edge.tag_ == "VBG" and c.left_edge.dep_ == "advcl"
                     and c.left_edge.lemma_.lower() in self.lex.speech_verbs)]  # ("Noting
        # that ..., he said, "...": the participle's clause, parsed as the verb's)
        if (cleared := syntax.made_clear(verb)) is not None:
            parts = [cleared]  # "made it clear that ...": the clause, not "it clear"
        quoter = None
        if not parts and syntax.quoted_as_saying(verb) is not None:
            quoter = next(a for a in verb.ancestors if a.lemma_.lower() in ("quote", "cite"))
            parts = [c for c in quoter.children if c.dep_ == "ccomp" and c.i < quoter.i] or (
                [quoter.head] if quoter.dep_ == "advcl" and quoter.head.i < quoter.i else [])
            parts = [c for c in parts if any(not t.is_punct and not self._in_quote(
                para.offset + t.idx) for t in c.subtree)]  # (a quote is its own words)
            # "South Korea is set to ship ..., Yonhap quoted the Ministry as saying": the
            # clause before the attribution is what the ministry was quoted as saying (the
            # parse may hang the attribution on it)
        if any(c.i > verb.i for c in parts) and not any(
                self._in_quote(para.offset + c.idx) for c in parts):
            parts = [c for c in parts if c.i > verb.i]  # "Opposition leaders have yet to
            # react, although a group ..., said it had ...": the parse hung the sentence's
            # first clause on the verb too; what it says follows it
        small = next((c for c in parts if c.pos_ in ("ADJ", "NOUN", "PROPN") and c.i > verb.i
                      and verb.lemma_.lower() in syntax.DECLARING), None)
        if small is not None:  # "declared the country Covid-free, did not implement ...":
            return self._span_of([verb, *small.subtree], para)  # a small clause is what
            # the verb declared, with the verb; the clause the parse ran on is another act
        parts += [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                  and syntax.that_clause(c)]  # "repeated that all flights would stay
        # suspended": a reported clause the parse made adverbial
        if not parts:  # "warned in a statement that ...", "told a briefing that ...": the
            parts = [t for t in verb.subtree if t.dep_ in ("acl", "relcl", "ccomp")  # clause
                     and t.i > verb.i and (t.head.dep_ == "pobj" or (  # hangs on the noun
                         t.head.dep_ == "dobj" and t.head.lemma_.lower() in syntax.CHANNELS))
                     and (t.head.lemma_.lower() in self.lex.document_nouns | syntax.CHANNELS
                          or t.head.lower_ == "time" and syntax.at_the_time(verb))
                     and t.left_edge.lower_ == "that"]  # (not "denied a report that")
            parts = parts or [t for t in verb.subtree if t.dep_ == "ccomp" and t.i > verb.i
                              and t.left_edge.lower_ == "that" and syntax.on_the_day(t, verb)]
            # ("said in a statement the day the decision was announced that ...")
            parts = parts or [c for p in verb.children if p.dep_ == "prep" and p.i > verb.i
                              and p.lower_ in syntax.GERUND_PREPS for g in p.children
                              if g.dep_ == "pcomp" and g.tag_ == "VBG"
                              and g.lemma_.lower() not in self.lex.speech_verbs
                              for c in g.children if c.dep_ == "ccomp" and c.i > g.i
                              and c.left_edge.lower_ == "that"]  # "told reporters before
            # attending the meeting this morning that ...": the parse hung it on the gerund
            parts = parts[:1]
        if not parts:
            return None
        joined = [c for c in parts if c.i > min(p.i for p in parts) and self._next_report(c)]
        parts = [c for c in parts if c not in joined]  # "X said on Monday it was ..., and
        # Y said Canberra would be ...": the parse hung Y's report on X's verb
        parts += self._said_conjuncts(verb, parts)
        first = min(t.i for c in parts for t in c.subtree)
        marked = any(c.dep_ == "mark" for p in parts for c in p.children)
        if first > verb.i and not marked and verb.lemma_.lower() != "tell":  # "said its
            parts += [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < first
                      and not c.ent_type_
                      and c.lemma_.lower() not in syntax.AUDIENCE | syntax.CHANNELS]
            # outreach ... had been": a dobj misparse; whom one tells is an audience)
        attribution = {d.i for c in parts for t in c.subtree if syntax.is_according(t)
                       for d in t.subtree}  # "..., according to a readout": not said
        if quoter is not None:  # (the attribution, not the clause hung on it)
            attribution |= {t.i for t in quoter.subtree} - {
                t.i for c in parts if c.head.i == quoter.i for t in c.subtree}
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and (
                trailing := syntax.trailing_speaker(verb, set_off=True)) is not None:
            attribution |= set(range(trailing.left_edge.i - 1, verb.i))  # "..., the
            # Ministry of Foreign Affairs (MFA) said": hung on the clause's last noun
        for part in parts:  # "said when visiting the camps yesterday that ...": what comes
            mark = next((c for c in part.children if c.dep_ == "mark" and c.lower_ == "that"
                         and c.i > verb.i), None)  # before the "that" is the saying's
            if mark is not None:
                attribution |= {t.i for t in part.subtree if verb.i < t.i < mark.i}
        for cited in syntax.quoting_participles(verb):  # ", citing a source familiar with it,"
            attribution |= {cited.i} | {t.i for c in cited.children if c.dep_ != "ccomp"
                                        for t in c.subtree}
        for other in (t for c in parts for t in c.subtree if t.dep_ == "advcl"):
            if any(k.dep_ == "mark" for k in other.children) and any(
                    k.dep_ == "nsubj" for k in other.children) and self._is_speech_verb(other):
                attribution |= {t.i for t in other.subtree}  # "..., after Lavrov said on
                # Saturday that ...": another speaker's statement, not this one's words
        tokens = [t for c in parts for t in c.subtree if t.i not in attribution
                  and not (verb.dep_ == "relcl" and t.i < verb.i)]  # ("that his opponents
        tokens = self._without_channel(tokens, para.offset)  # say was rigged": "was rigged")
        for part in parts:  # "said on Friday Kenya was ready": the parse took the clause's
            if (lost := syntax.subject_in_date(part)) is not None:  # subject into the date
                tokens = sorted({lost, *tokens}, key=lambda t: t.i)
        while tokens and (_trailing_mark(tokens[-1], tokens) or joined
                          and tokens[-1].dep_ == "cc"):
            tokens.pop()
        if not tokens:
            return None
        start = para.offset + min(t.idx for t in tokens)
        end = para.offset + max(t.idx + len(t.text) for t in tokens)
        lead = next((m for m in self.date_mentions if m.start <= start < m.end < end
                     and not self.text.startswith(("'s", "\u2019s"), m.end)), None)
        if lead is not None:  # "said last week it hoped": the date is the saying's (not
            # "says Friday's Cabinet meeting will ...", whose date is the meeting's; "said on
            # Wednesday Australia stood ready", the parse taking the day into the clause)
            start = lead.end
        return self._trim(start, end)

    def _next_report(self, clause: Token) -> bool:
        """Whether a clause is another speaker's report joined on with "and" or
        "which": a speech verb with a subject of its own and a clause or a quote, after
        a comma and "and", or a comma and "which"."""
        if clause.lemma_.lower() not in self.lex.speech_verbs or not any(
                c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in clause.children):
            return False
        before = [t.lower_ for t in clause.doc[max(clause.left_edge.i - 2, 0):clause.left_edge.i]]
        relative = before[-1:] == [","] and clause.left_edge.tag_ == "WDT"  # "..." X asked,
        offset = self.offsets.get(id(clause.doc))
        end = None if offset is None else offset + clause.idx + len(clause.text)
        quoted = end is not None and any(end <= q.start <= end + 3 for q in self.quotes)
        return (before == [",", "and"] or relative) and (  # which Y replied: "...": Y's
            syntax.has_clause(clause) or quoted) and self._is_speech_verb(clause)

    def _said_conjuncts(self, verb: Token, parts: list[Token]) -> list[Token]:
        """ "said they could quarantine in Fiji, but that had been ruled out": a clause
        the parse joins to the speech verb after its reported clause, with a subject of
        its own that is no speaker ("that", "the programmes"), goes on saying. Not "...,
        but critics doubt it" (people), "but it was unclear" (the reporter's), nor a
        speech verb ("but the ministry denied it", "but insisted")."""
        last = max(t.i for c in parts for t in c.subtree)
        lex = self.lex
        speakers = lex.person_nouns | lex.org_nouns | lex.media_nouns | lex.titles
        found = []
        owner = verb  # ("defended the response, saying A and B had been killed": the
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i < verb.i:  # parse
            owner = verb.head  # joined B to the sentence's verb, not to the participle)
        for conj in (c for c in owner.children if c.dep_ == "conj" and c.i > last):
            subject = next((c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            linked = any(c.dep_ == "cc" and c.lower_ in ("but", "and") and last < c.i < conj.i
                         for c in owner.children)
            passive = subject is not None and subject.dep_ == "nsubjpass" and any(
                c.dep_ == "auxpass" for c in conj.children)  # ("five police ... had been
            if (not linked or subject is None or conj.pos_ not in ("VERB", "AUX")  # killed":
                    or not passive and (subject.pos_ == "PROPN" or subject.ent_type_  # none
                                        or noun_lemma(subject) in speakers)  # speaks)
                    or subject.lower_ in ("it", "there", "he", "she", "they", "we", "i", "you")
                    or self._is_speech_verb(conj)):
                continue
            found.append(conj)
            last = conj.right_edge.i
        return found

    def _without_channel(self, tokens: list[Token], offset: int) -> list[Token]:
        """The clause without a "in a press statement carried by ... on Monday" right
        after its quoted words, which the parse hung inside it: where and when they
        were said, not what."""
        ids = {t.i for t in tokens}
        for n, tok in enumerate(tokens):
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if (n > 0 and tok.dep_ == "prep" and obj is not None and tok.lower_ != "by"
                    and any(t.text in syntax.QUOTE_MARKS for t in tokens[n - 1:n])  # after "..."
                    and noun_lemma(obj) in syntax.CHANNELS | self.lex.document_nouns
                    and {t.i for t in tokens[n:]} <= {t.i for t in tok.subtree}
                    and tok.right_edge.i in ids
                    and not self._in_quote(offset + tok.idx)):
                return tokens[:n]
        return tokens

    def _predicate(self, verb: Token, subject: Token, para: _Para) -> tuple[int, int] | None:
        """ "has accused Washington of making demands": the verb and what follows it."""
        if not any(syntax.says_something(c) for c in verb.children if c.i > verb.i):
            return None
        skip = ({c.i for c in verb.children if c.dep_ == "nsubj"} if syntax.relative_subject(verb)
                else {t.i for t in subject.subtree})  # (a relative clause is the subject's)
        for other in verb.sent:  # "..., state media reported on Tuesday": who carried it
            if other.i == verb.i or other.lemma_.lower() not in self.lex.speech_verbs:
                continue
            trailing = syntax.trailing_subject(other)
            if trailing is not None and self._is_speech_verb(other):
                after = [c for c in other.children if c.i > other.i]
                skip |= {t.i for node in (trailing, *after) for t in node.subtree} | {other.i}
        for child in verb.children:  # "called for talks on Monday": when, not what
            if child.i > verb.i and (syntax.is_when(child) or syntax.is_according(child)):
                skip |= {t.i for t in child.subtree}  # (nor ", according to readouts")
        for rel in verb.subtree:  # "claimed a victory in an election that his opponents
            if rel.dep_ == "relcl" and rel.i > verb.i and self._is_speech_verb(rel) and any(
                    c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in rel.children
            ) and syntax.has_clause(rel):  # say was rigged": their statement, not his (but
                # "larger countries who he said didn't care": his own aside)
                skip |= {t.i for t in rel.subtree if t.i >= rel.left_edge.i}
        for child in verb.children:  # "... and warned that ...": a statement of its own
            if child.dep_ == "conj" and (self._is_speech_verb(child) or (
                    child.i > verb.i and child.pos_ in ("VERB", "AUX") and any(
                        c.dep_ in ("nsubj", "nsubjpass") for a in (child, *child.children)
                        for c in a.children if a is child or a.dep_ in ("aux", "auxpass"))
                    and any(c.dep_ == "cc" and c.lower_ in ("but", "yet") and c.i < child.i
                            for c in verb.children))):
                # (", but as anybody else he must have been surprised": the writer's; not
                # "criticised Wu by saying ..., and that China will ...": more of it)
                skip |= {t.i for t in child.subtree}
                skip |= {c.i for c in verb.children if c.dep_ == "cc" and c.i < child.i}
            if child.dep_ == "advcl" and child.i > verb.i and any(  # "..., while Seoul's
                    c.dep_ in ("nsubj", "nsubjpass") for c in child.children) and not any(
                    c.dep_ == "mark" and c.lower_ in ("for", "if", "unless")
                    for c in child.children):  # ministry urged ...": another's clause (not
                skip |= {t.i for t in child.subtree}  # "called for new reservoirs to store
                # rain", parsed as a clause of "for", nor "warned the US against
                # provocations if it wants ...": the condition is part of the warning)
        first = min([verb.i] + [c.i for c in verb.children if c.i < verb.i and c.dep_ in (
            "aux", "neg", "advmod") and c.i > subject.i and c.lower_ not in syntax.UNDATED_ADVERBS
            | {"reportedly"}] or [verb.i])
        return self._span_of([t for t in verb.subtree if t.i not in skip and t.i >= first],
                             para)

    def _span_of(self, tokens: list[Token], para: _Para) -> tuple[int, int] | None:
        """The trimmed offsets of ``tokens`` (in text order), trailing punctuation off."""
        while tokens and _trailing_mark(tokens[-1], tokens):
            tokens = tokens[:-1]
        if not tokens:
            return None
        return self._trim(para.offset + tokens[0].idx,
                          para.offset + tokens[-1].idx + len(tokens[-1].text))

    def _according_content(self, tok: Token, para: _Para) -> tuple[int, int] | None:
        """ "The talks failed, according to the ministry": the rest of the clause."""
        prep = tok.head if tok.dep_ == "prep" else tok
        head = prep.head if prep.dep_ == "prep" else prep
        while head.dep_ in ("aux", "auxpass") and head.head.i != head.i:
            head = head.head  # "According to him, there has been decline in ...", with
        skip = {t.i for t in tok.subtree}  # "according" hung on "been"
        chunks: list[list[Token]] = [[]]
        for t in head.subtree:
            if t.i in skip:
                chunks.append([])
            else:
                chunks[-1].append(t)
        best = max(chunks, key=len)
        if len(best) < 3:
            return None
        span = self._trim(para.offset + best[0].idx,
                          para.offset + best[-1].idx + len(best[-1].text))
        quote = next((q for q in self.quotes if span is not None
                      and q.start <= span[0] and span[1] <= q.end), None)
        if quote is not None:  # "According to the minister, "I spoke out of turn."": the
            self.verbatim.add((quote.inner_start, quote.inner_end))  # words inside the marks
            return quote.inner_start, quote.inner_end
        return span

    def _trim(self, start: int, end: int) -> tuple[int, int] | None:
        start = max(start, self.dateline) if start < self.dateline else start
        while start < end and self.text[start] in TRIM:
            start += 1
        while end > start and self.text[end - 1] in TRIM:
            end -= 1
        for q in self.quotes:  # never cut a quote in half
            if q.start < end < q.end:
                end = q.end
            if q.start < start < q.inner_end < end:
                start = q.start
            if q.start == end - 1:
                end -= 1
        return (start, end) if end > start else None

    def _kind(self, start: int, end: int, para: _Para) -> str:
        """Direct when the words are a quote, or hold a quoted full clause."""
        inside = [q for q in self.quotes if q.inner_start >= start and q.inner_end <= end]
        if not inside:
            return "indirect"
        if len(inside) == 1 and inside[0].inner_start <= start and inside[0].inner_end >= end:
            return "direct"
        quoted = sum(q.words(self.text) for q in inside)
        total = len(self.text[start:end].split())
        if quoted * 2 >= total and quoted >= 2 * self.options.min_quote_words:
            return "direct"  # mostly quoted, and more than a phrase
        return "direct" if any(self._is_clause(q, para) for q in inside) else "indirect"

    def _is_clause(self, quote: Quote, para: _Para) -> bool:
        if quote.words(self.text) < self.options.min_quote_words:
            return False
        toks = [t for t in para.doc if quote.inner_start <= para.offset + t.idx < quote.inner_end]
        return any(t.dep_ in ("nsubj", "nsubjpass") and t.head in toks for t in toks)

    def _mentioned(self, found: Found, para: _Para) -> list[str]:
        """Known actors named in the statement's words, other than the speaker."""
        ids: list[str] = []
        for ent in para.doc.ents:
            at = para.offset + ent.start_char
            if not (found.start <= at < found.end) or ent.label_ not in (
                    "PERSON", "ORG", "GPE", "NORP"):
                continue
            name = ent.text + "".join(t.text for t in hyphen_tail(ent[-1]))
            entity = self.ctx.registry.find(name)
            if entity is None and ent.label_ == "PERSON":
                entity = self.ctx.discourse.surname(name.split()[-1], at, None)
            if entity is not None and entity.id != found.speaker.id and entity.id not in ids:
                ids.append(entity.id)
        return sorted(ids)

    # --- a described speaker named next ----------------------------------------------------

    def _name_described_speakers(self) -> None:
        """ "The head of the WHO on Monday warned ... "...," Tedros Adhanom Ghebreyesus
        told reporters": news introduces a person by a role that only one person holds
        and names them in the next attribution, bare, as someone already introduced, or
        with the role as a title ("Spokesperson Chen Mingyu made the remarks at a daily
        briefing"). A new person would come with another title ("Foreign Minister Ana
        Reyes said")."""
        for found in list(self.found):
            described = found.speaker
            if not (described.anonymous and described.kind == "person"):
                continue
            if role := syntax.unique_role(described.name) or (
                    "envoy" if syntax.top_diplomat(described.name) else None):
                person = self._named_next(found, role) or self._titled_next(found, role)
            elif self._named_later(found):
                person = self._next_person(found)
            else:
                continue
            if person is None or any(s.entity is person and s.order < found.start
                                     for s in self.ctx.discourse.seen):
                continue
            for f in self.found:
                if f.speaker is described:
                    f.speaker = person
            if not person.known:
                self._take_role(person, described.name)

    def _name_in_full(self) -> None:
        """ "..., Stanley said." in a standfirst, then "Ambassador Marc Stanley said":
        a speaker the article first calls by one word is the one speaker it names in
        full with that word last (not an actor the registry already knows; a one-word
        "organisation" too, which is NER's tag for many a bare surname)."""
        full = {f.speaker.id: f.speaker for f in self.found if f.speaker.kind == "person"
                and not f.speaker.anonymous and len(f.speaker.name.split()) > 1}
        for found in self.found:
            bare = found.speaker
            if bare.kind not in ("person", "organization") or bare.anonymous or (
                    bare.known or " " in bare.name):
                continue
            same = [e for e in full.values()
                    if name_key(e.name.split()[-1]) == name_key(bare.name)]
            same = same or [e for e in full.values()  # "Zaharova was quoted as saying"
                            if _spelled_alike(e.name.split()[-1], bare.name)]  # after
            if len(same) == 1:  # "Maria Zakharova said": one name, spelled two ways
                found.speaker = same[0]

    def _named_later(self, found: Found) -> bool:
        """ "BEIJING (AP) - A Chinese official said Wednesday ... Ma Xiaoguang, spokesman
        for the Taiwan Affairs Office, said ...": wire copy names in the second paragraph
        the official its lead left unnamed. Only "a/an ... official" in the lead, in a
        story that keeps nobody anonymous ("a senior official", "on condition of
        anonymity", "unnamed" are sources who stay unnamed)."""
        words = found.mention.lower().split()
        lead = min(f.paragraph for f in self.found)
        return (found.paragraph == lead and len(words) >= 2 and words[0] in ("a", "an")
                and words[-1] == "official" and "senior" not in words
                and not _ANONYMITY.search(self.text))

    def _next_person(self, found: Found) -> Entity | None:
        """The person the next statement names, in the next paragraph, of the country
        the description gave (if both have one)."""
        named = next((f for f in self.found if f.start > found.start
                      and f.speaker is not found.speaker), None)
        if named is None or named.paragraph != found.paragraph + 1:
            return self._identified_next(found)
        person, described = named.speaker, found.speaker
        if person.kind != "person" or person.anonymous or (
                person.country and described.country and person.country != described.country):
            return None
        return person

    def _identified_next(self, found: Found) -> Entity | None:
        """ "... with Chinese vessels leaving when challenged, an official said. || This
        was PCG Commandant Vice Admiral Leopoldo Laroya's response when asked about
        ...": the next paragraph names whose words they were, a person the story
        quotes by name later."""
        if found.paragraph + 1 >= len(self.spans):
            return None
        start, end = self.spans[found.paragraph + 1]
        match = _IDENTIFIED.match(self.text, start, end)
        if match is None:
            return None
        words = match["who"].split()
        for n in range(min(3, len(words)), 0, -1):  # "Leopoldo Laroya", then "Laroya"
            person = self.ctx.registry.find(" ".join(words[-n:]))
            if person is not None and person.kind == "person" and not person.anonymous:
                if n == 1 and len(words) >= 2 and words[-2][:1].isupper() and (
                        words[-2].lower().rstrip(".") not in self.lex.titles
                        and len(person.name.split()) == 1):  # known by the surname alone:
                    self.ctx.registry.name_in_full(person, " ".join(words[-2:]))
                return person
        return None

    def _take_role(self, person: Entity, described: str) -> None:
        """ "Japan's defence minister" -> country Japan, role "Defence Minister"."""
        country, rest = self.ctx.registry.split_country(described)
        person.country = person.country or country
        words = rest.split()
        title = " ".join(w if w[:1].isupper() else w.title() for w in words)
        if not any(t and t.lower() == title.lower() for t, _ in person.roles):
            person.roles.append((title, None))

    def _named_next(self, found: Found, role: str) -> Entity | None:
        later = [f for f in self.found if f.start >= found.end]  # (not one inside its words:
        # "Critics who accused the police ... had twisted the facts, the security chief said")
        named = next((f for f in later if f.speaker is not found.speaker), None)
        if named is None or named.paragraph - found.paragraph > 1:
            return None
        person = named.speaker
        words = named.mention.split()  # bare, or in apposition to the role ("the
        titled = [w.lower() for w in words[:len(words) - len(person.name.split())]]
        bare = named.mention in (person.name, *person.aliases) or (  # department
            words[-1].lower() == role) or (  # spokesperson, Ned Price, said"), or with it
            named.mention.endswith(person.name) and bool(titled) and titled[-1] == role) or (
            named.mention.lower() in ("he", "she") and any(  # "Dr Kerry Chant - who ... -
                name in self.text[named.context[0]:named.cue_at]  # was emotional as she
                for name in (person.name, *person.aliases)))  # announced ...": bare too
        if person.kind != "person" or person.anonymous:
            return None
        if syntax.top_diplomat(found.speaker.name) and named.mention.endswith(person.name):
            return person if syntax.foreign_office_title(titled) else None  # "the
            # Philippines' top envoy", then "Foreign Affairs Secretary Teodoro Locsin"
        if role in ("head", "chief") and titled and titled[-1] in syntax.HEADS_OF_BODIES and (
                named.mention.endswith(person.name) and syntax.same_body(
                    found.speaker.name, named.mention)) and not set(titled) & SUBORDINATE:
            return person  # "the head of the UN World Food Programme (WFP) has warned",
            # then "WFP Executive Director David Beasley said"
        if not bare:  # as a title
            return None
        return person if syntax.same_rank(titled, found.speaker.name) else None

    def _titled_next(self, found: Found, role: str) -> Entity | None:
        """The next person named with the role as a title, within about a paragraph,
        in a sentence that need not be an attribution."""
        unit_end = found.context[1]
        for at, title, head in self.ctx.titled:
            if unit_end <= at <= unit_end + 700 and title.split()[-1] == role and (
                    syntax.same_rank(title.split(), found.speaker.name)):
                resolved = resolve(head, self.ctx, at)
                entity = resolved.entity if resolved else None
                if entity is not None and entity.kind == "person" and not entity.anonymous:
                    return entity
                return None
        return None

    # --- quotes with no speech verb of their own ---------------------------------------------

    def _carry_quotes(self, paras: list[_Para]) -> None:
        """A paragraph that is only a quote continues the speaker just quoted."""
        for quote in self.quotes:
            if quote.words(self.text) < self.options.min_quote_words:
                continue
            if any(f.start <= quote.inner_start < f.end or quote.start <= f.start < quote.end
                   for f in self.found):
                continue
            para = next((p for p in paras if p.offset <= quote.start < p.offset + len(
                p.doc.text)), None)
            if para is None or para.index in self.repeated or self._unit_has_cue(quote, para):
                continue
            if self._named_term(quote):
                continue  # "has been using the effective 'test, trace and treat' method"
            previous = [f for f in self.found if f.start < quote.start
                        and para.index - f.paragraph <= self.options.quote_carry_paragraphs]
            if not previous:
                continue
            last = max(previous, key=lambda f: f.start)
            if self._resumes(last, quote, para):
                last.end, last.kind = quote.inner_end, "direct"
                continue
            if last.paragraph != para.index and self._words_outside_quotes(
                    para, last.speaker) > 3:
                continue  # other words in the paragraph may name another speaker (not
                # '"A country where ...". According to the head of government, ...': the
                # same speaker's words go on after the quote)
            speaker, mention = last.speaker, last.mention
            if (body := self._self_named((quote.inner_start, quote.inner_end), para,
                                         speaking=True)) is not None:
                speaker, mention = body, body.name  # ""The Ministry of Foreign Affairs
                # informs that ..."": a release quoted whole names who speaks
            self.found.append(Found(
                speaker=speaker, mention=mention, start=quote.inner_start,
                end=quote.inner_end, kind="direct", cue_at=quote.start, paragraph=para.index,
                context=self._unit_of(quote.start, para)))

    def _list_points(self) -> None:
        """Each further point of "said the following:" is a statement of the speaker's
        own, up to the first paragraph with a statement found in it."""
        for found in list(self.found):
            for start, end in self.listed.get((found.start, found.end), []):
                if any(f.start < end and start < f.end for f in self.found):
                    break
                self.found.append(Found(
                    speaker=found.speaker, mention=found.mention, start=start, end=end,
                    kind="direct", cue_at=found.cue_at, paragraph=found.paragraph,
                    context=found.context))

    def _named_term(self, quote: Quote) -> bool:
        """A quote inside the writer's own sentence, words of it on both sides with no
        punctuation between: a name or a term in quotation marks ("the 'test, trace and
        treat' method", "a so-called "zero-Covid" strategy"), not words someone said."""
        before = self.text[:quote.start].rstrip()
        after = self.text[quote.end:].lstrip(" ")
        inner = self.text[quote.inner_start:quote.inner_end].rstrip()
        return (bool(before) and before[-1].isalpha() and bool(after) and after[0].islower()
                and not inner.endswith((".", "!", "?", ",")))

    def _resumes(self, last: Found, quote: Quote, para: _Para) -> bool:
        """ ""A," she told reporters. "B."": the quote resumed after its attribution, in
        the same paragraph, is the rest of one multi-sentence quote (one statement, as
        the evaluation's annotation rules have it); the words between are the
        attribution only."""
        if last.paragraph != para.index or last.kind != "direct":
            return False
        if not any(q.inner_end == last.end for q in self.quotes):
            return False  # the statement is a reported clause, not a quote
        between = self.text[last.end:quote.start]
        return (not any(last.end < q.start < quote.start for q in self.quotes)
                and len(between.split()) <= 25 and "\n\n" not in between)

    def _words_outside_quotes(self, para: _Para, speaker: Entity | None = None) -> int:
        """Words of the paragraph outside quotes; none when what the paragraph says
        outside them is attributed to ``speaker`` alone."""
        here = [f for f in self.found if f.paragraph == para.index]
        if speaker is not None and here and all(f.speaker is speaker for f in here):
            return 0
        end = para.offset + len(para.doc.text)
        chars = [c for i, c in enumerate(self.text[para.offset:end], para.offset)
                 if not any(q.start <= i < q.end for q in self.quotes)]
        return len("".join(chars).split())

    def _unit_has_cue(self, quote: Quote, para: _Para) -> bool:
        unit = self._unit_of(quote.start, para)
        return any(unit[0] <= para.offset + t.idx < unit[1] and not quote.contains(
            para.offset + t.idx) and self._is_speech_verb(t) for t in para.doc)

# --- helpers -------------------------------------------------------------------------------


def _possible_act(verb: Token) -> bool:
    """ "would question", "could deny": a speech verb under a modal, only a possibility."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.lower_ in UNREAL_AUX | {"would"} for c in verb.children)


def _trailing_mark(tok: Token, words: Sequence[Token] = ()) -> bool:
    """Punctuation that ends a clause, not a sign that is part of it ("4.37%"), nor a
    bracket that closes one opened inside ``words`` ("the Line of Control (LOC)")."""
    if tok.text == ")" and sum(t.text == "(" for t in words) > sum(
            t.text == ")" for t in words if t.i < tok.i):
        return False
    return tok.is_punct and tok.text not in ("%", "\u2030")


def _spelled_alike(name: str, other: str) -> bool:
    """Two spellings of one long name, a letter apart ("Zakharova", "Zaharova"; "Hamdok",
    "Hamdouk"): transliterations and typos news copy mixes."""
    a, b = name_key(name), name_key(other)
    return a != b and min(len(a), len(b)) >= 6 and a[0] == b[0] and (
        difflib.SequenceMatcher(None, a, b).ratio() >= 0.9)


CUE_TAGS = frozenset({"VERB", "AUX", "NOUN"})  # the parts of speech a cue can have


SET_OFF = (".", ":", ";", "!", "?", "\u2013", "\u2014", "-")  # what a quote of its own follows

# What is shown, not said: "disclosed an image of ...", "released footage of ...".
VISUALS = frozenset({"image", "photo", "photograph", "picture", "footage", "video", "clip",
                     "map", "chart", "graphic"})

# A signature line under a block quote may open with a dash; these open other lines.
SIGN_DASHES = "\u2014\u2013- "
NOT_SIGNATURES = frozenset({"by", "photo", "photos", "image", "credit", "source", "reporting",
                            "edited", "written", "read", "see", "via", "contact", "follow"})


# Conjunctions that open a subordinate clause a reported clause may begin with.
CLAUSE_OPENERS = frozenset({"while", "although", "though", "if", "because", "since",
                            "whereas", "unless", "as", "when"})

# Auxiliaries of a speech act not (yet) made: "will respond", "may announce".
UNREAL_AUX = frozenset({"will", "'ll", "shall", "may", "might", "could", "should", "must",
                        "can"})


# "This was Vice Admiral Leopoldo Laroya's response when asked ...": whose words the
# statement before gave.
_IDENTIFIED = re.compile(r"(?:This|That|These|Those) (?:was|were|is|are) (?:the )?"
                         r"(?P<who>(?:[A-Z][\w.-]*\s+){0,8}[A-Z][\w-]*)['\u2019]s?\s+"
                         r"(?:response|reply|answer|remarks?|statement|words|reaction|comments?"
                         r"|assessment|message)\b")
_ANONYMITY = re.compile(r"\banonymity\b|\bunnamed\b|\bnot authori[sz]ed\b|\bdeclined to be "
                        r"(?:named|identified)\b|\bwho asked not to be\b", re.IGNORECASE)


def dateline_end(text: str) -> int:
    """Where a wire dateline ("SEOUL, March 23 (Yonhap) --") ends, or 0 (the rules
    are ingest's, which also reads the place, agency and date from it); after a date
    stamp, if the text opens with one ("date 2021-10-05 SEOUL, Oct 5 (Yonhap) --")."""
    stripped = stamp_end(text)
    length = dateline_length(text[stripped:]) or capitals_colon_length(text[stripped:])
    return stripped + length if length else 0


def stamp_end(text: str) -> int:
    """Where a date stamp opening the text ends ("date 2022-02-25 "), else where its
    leading white space does."""
    stripped = len(text) - len(text.lstrip())
    return stripped + stamp_length(text[stripped:])


def statement_id(source_id: str, text: str) -> str:
    """Stable id: the same words in the same source keep the same id on every run."""
    digest = hashlib.sha1(f"{source_id}\n{name_key(text)}".encode()).hexdigest()[:8]
    return f"{slugify(source_id, 40)}-{digest}"


