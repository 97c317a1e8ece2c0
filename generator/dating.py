"""When each statement was said: the dating half of :class:`generator.extract.ArticleExtractor`.

A statement takes the day the words around its cue name ("said on Monday", "told
reporters Friday evening"), else the day its passage was set on (a scene date, an
occasion "the remarks came at a briefing on Tuesday" placed, the statement before it
of the same speaker), else the publication date, recorded with the phrase that
decided it. The rules are the extractor's: this module only holds them apart from
finding the statements, and reads the state the extractor built.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from . import dates, syntax
from .actors import Entity
from .lexicon import Lexicon
from .mentions import Context, new_person
from .quotes import Quote

if TYPE_CHECKING:
    from .extract import ExtractOptions, Found, _Para

PRESENT = "present tense"  # the date phrase of a statement in the simple present

PERFECT = "present perfect"  # ... and of one in the present perfect ("has warned")

def _dates_saying(found: Found, tok: Token | None, verb: Token | None) -> bool:
    """Whether a date inside the statement's own words dates the saying: a statement
    that begins with its verb ("expressed gratitude for the aid at a meeting on
    Wednesday") holds the words that say when, unless they sit in a clause of their
    own ("... condemned the attack, which happened on Monday")."""
    if tok is None or verb is None or tok.doc is not verb.doc:
        return False
    if not found.start <= found.cue_at < found.end:
        return False
    for node in tok.ancestors:
        if node.i == verb.i:
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False


# "Speaking to the broadcaster the same day, X said", "At the same briefing, the
# ministry said": the day of the statement before.
SAME_DAY = re.compile(r"\b(?:the same|that same|that) (?:day|morning|afternoon|evening|night)\b"
                      r"|\b(?:at|in|during) (?:the same|that same) (?P<occasion>[a-z]+)",
                      re.IGNORECASE)


def _token_at(para: _Para, at: int) -> Token | None:
    for tok in para.doc:
        if para.offset + tok.idx == at:
            return tok
    return None


_CONTRASTED = re.compile(r"\b(?:unlike|than)\s+$", re.IGNORECASE)


def _name_words(entity: Entity) -> set[str]:
    """The words of a name, hyphenated ones also in their parts, as the parser splits
    them ("Kuma-Aboagye" is "Kuma", "-", "Aboagye")."""
    words = re.findall(r"[\w-]+", entity.name.lower())
    return set(words) | {part for word in words for part in word.split("-") if part}


class StatementDating:
    """Dates the statements an :class:`~generator.extract.ArticleExtractor` found.

    A mixin: the extractor supplies the state below and :meth:`_in_quote`,
    :meth:`_take_role` (see there); :meth:`_date_all` is the entry point, run once
    every statement of the article is found."""

    text: str
    published: dt.date | None
    options: ExtractOptions
    quotes: list[Quote]
    ctx: Context
    found: list[Found]
    lex: Lexicon
    date_mentions: list[dates.DateMention]
    scene_dates: list[dates.DateMention]
    remark_days: list[tuple[int, Entity | frozenset[str], dates.DateMention]]
    documents: list[dates.DocumentDate]

    def _in_quote(self, at: int) -> bool:
        raise NotImplementedError

    def _take_role(self, person: Entity, described: str) -> None:
        raise NotImplementedError

    def _date_all(self, paras: list[_Para]) -> None:
        mentions = self.date_mentions
        self.scene_dates = [m for m in mentions if len(m.value) == 10
                            and not self._in_quote(m.start)
                            and not any(f.context[0] <= m.start < f.context[1]
                                        for f in self.found)
                            and not syntax.ahead(self._token_in(paras, m.start))]
        self.remark_days = list(self._remarks_placed(paras, mentions))
        for found in self.found:
            para = paras[found.paragraph]
            self._date(found, para, mentions)
        self._date_lead()

    def _remarks_placed(self, paras: list[_Para], mentions: list[dates.DateMention]
                        ) -> Iterator[tuple[int, Entity | frozenset[str], dates.DateMention]]:
        """Sentences that say when the statements around them were made: "Kim made the
        call during a party meeting held Sunday", "The remarks came at a briefing on
        Tuesday". Whose remarks: the subject's, matched to the last speaker before the
        sentence that it names (or any, for a pronoun or a role noun), or for "the
        remarks" the speaker of the statement just before."""
        for para in paras:
            for sent in para.doc.sents:
                start, end = para.offset + sent.start_char, para.offset + sent.end_char
                days = [m for m in mentions if start <= m.start < end
                        and not self._in_quote(m.start)]
                if not days:
                    continue
                for verb in sent:
                    made = syntax.remarks_made(verb)
                    if made is None:
                        continue
                    before = [f for f in self.found if f.start < start]
                    speaker = self._remarks_maker(made[1], before, start)
                    day = next((m for m in days if syntax.dates_the_occasion(
                        _token_at(para, m.start), verb, self.lex)), None)
                    if speaker is not None and day is not None:
                        yield para.index, speaker, day
                    break

    def _remarks_maker(self, subject: Token | None, before: list[Found], at: int
                       ) -> Entity | None:
        if not before:
            return None
        last = max(before, key=lambda f: f.start)
        if subject is None or subject.pos_ in ("PRON", "NOUN") or (
                subject.lower_ in self.lex.titles and not any(subject.children)):
            return last.speaker  # "He made these remarks", "The minister made the ...",
            # "Minister was speaking on Tuesday"
        named = {t.lower_ for t in subject.subtree if t.pos_ == "PROPN"}
        for found in sorted(before, key=lambda f: -f.start):
            if named & _name_words(found.speaker):
                return found.speaker
        described = last.speaker  # "The spokesman for the foreign ministry has said ...
        name = [t for t in subject.subtree if t.pos_ == "PROPN" and t.is_title]  # || Lukasz
        if not (described.anonymous and described.kind == "person"  # Jasina made the
                and 2 <= len(name) == len(list(subject.subtree)) <= 4  # declaration at a
                and not any(t.lower_.rstrip(".") in self.lex.titles for t in name)):  # news
            return None  # conference on Wednesday": who the spokesman is, whatever NER
        person = new_person(name, self.ctx)  # made of the name (a bare name only)
        for found in self.found:
            if found.speaker is described:
                found.speaker = person
        if not person.known:
            self._take_role(person, described.name)
        return person

    def _date_lead(self) -> None:
        """A lead that does not say when ("The minister advised the media not to ...")
        sums up what the next paragraph tells in full, with its day ("..., he told
        reporters yesterday"): the lead's statement takes the day its speaker's next
        statement there names, not the day of the report."""
        lead = min((f.paragraph for f in self.found), default=-1)
        for found in self.found:
            if found.paragraph != lead or found.date_phrase not in (
                    "publication date", PRESENT, PERFECT):
                continue
            reach = 2 if found.date_phrase == PRESENT else 1  # ("X says ...", a paragraph of
            after = next((f for f in self.found if lead < f.paragraph <= lead + reach  # the
                          and f.speaker is found.speaker), None)  # background, "Speaking
            # to reporters on Tuesday, X said": the present of a lead the report places)
            if found.date_phrase == PERFECT:  # "X has issued a stern warning ...", then,
                after = next((f for f in self.found if f.paragraph > lead), None)  # after
                if after is None or after.speaker is not found.speaker or (  # background,
                        after.paragraph > lead + 3):  # "Speaking on Tuesday, the CS said":
                    continue  # the lead sums up the next statement, when it is the same
                    # speaker's (not a perfect of what was said before, "has long said")
            if (after is not None and after.said_on and len(after.said_on) == 10
                    and not after.date_relative
                    and not (after.date_basis or "").startswith(("passage", "no date"))):
                found.said_on, found.date_phrase = after.said_on, after.date_phrase
                found.date_basis = (f"the day of the speaker's next statement "
                                    f"({after.date_phrase!r}), which the lead sums up")

    def _date(self, found: Found, para: _Para, mentions: list[dates.DateMention]) -> None:
        unit = found.context
        verb = _token_at(para, found.cue_at)
        if verb is not None and verb.pos_ == "NOUN" and verb.dep_ == "dobj" and (
                verb.lemma_.lower() in self.lex.appeal_nouns | self.lex.warning_nouns):
            verb = verb.head  # "made a plea on Monday for ...": when it was made
        if verb is not None and verb.pos_ == "NOUN" and syntax.in_the_words_of(verb) is None and (
                syntax.noun_tag(verb) is None):
            return  # "North Korea's claim that ...": the text does not say when
        others = {t.i for f in self.found if f is not found and unit[0] <= f.cue_at < unit[1]
                  and (t := _token_at(para, f.cue_at)) is not None}
        met = verb is not None and syntax.after_the_occasion(verb, self.lex.speech_occasions)
        near = [m for m in mentions if unit[0] <= m.start < unit[1]
                and (not self._said_words(m.start)
                     or _dates_saying(found, _token_at(para, m.start), verb))
                and not self._in_quote(m.start)
                and not syntax.in_force(self.text, m)
                and not (m.start > found.cue_at and _CONTRASTED.search(  # ("expressed
                    self.text, max(0, m.start - 12), m.start))  # regret over the launch,
                # unlike 13 days ago when it called ...": another day, the other act's)
                and not syntax.current_period(m)
                and not syntax.to_come(_token_at(para, m.start))  # ("with details to come
                # later this week, X told reporters": a day still to come)
                and not dates.starts_after(m.value, self.published)  # ("the reopening in
                # January, 2022", in a December 2021 report: what is to come)
                and not (syntax.aside(_token_at(para, m.start), verb, self.lex, met)
                         and not (verb is not None and syntax.at_the_time(verb)))
                and not syntax.names_event(_token_at(para, m.start), m.end - para.offset,
                                     self.lex.speech_occasions)
                and not syntax.dates_another(_token_at(para, m.start), verb, others)]
        reported = False
        if not near and verb is not None:  # "Earlier, X confirmed casualties ... on
            near = [m for m in mentions if found.start <= m.start < found.end  # Sunday,
                    and not self._in_quote(m.start)  # the press service said": the act
                    and syntax.dates_reported_act(_token_at(para, m.start), verb,  # it
                                                  self.lex.speech_verbs)]  # reports
            reported = bool(near)
        if near:
            best = min(near, key=lambda m: abs(m.start - found.cue_at))
            found.said_on, found.date_basis = best.value, best.phrase
            found.date_phrase = best.phrase
            if reported and (names := syntax.actor_names(_token_at(para, best.start))):
                self.remark_days.append((found.paragraph, names, best))  # (X's own words
            return  # quoted next were said then)
        placed = next((m for at, who, m in self.remark_days
                       if abs(at - found.paragraph) <= 1 and (
                           who is found.speaker or isinstance(who, frozenset)
                           and at <= found.paragraph and who & _name_words(found.speaker))),
                      None)
        if placed is not None:
            found.said_on, found.date_phrase = placed.value, placed.phrase
            found.date_basis = f"the remarks were made {placed.phrase!r}"
            return
        relative = self._relative(verb, found, para, mentions) if verb is not None else None
        if relative:
            found.said_on, found.date_basis = relative
            found.date_relative = True  # an event's date, not the passage's
            return
        if verb is not None and syntax.undated(verb):
            document = self._document_at(found.start)
            if document is not None and syntax.simple_present(verb):  # "The Ministry urges
                found.said_on = document.day.isoformat()  # the public ...": the release's voice
                found.date_basis = f"the date of the document ({document.line!r})"
            elif not any(c.dep_ == "advmod" and c.lower_ in syntax.UNDATED_ADVERBS
                         for c in verb.children):  # (a lead in the present or the
                found.date_phrase = (PRESENT if syntax.simple_present(verb)  # perfect:
                                     else PERFECT if syntax.perfect(verb) else None)  # see
            return  # _date_lead)
        if self.options.inherit_dates:
            found.said_on, found.date_basis = self._inherit(found, verb is not None and (
                syntax.in_the_document(verb, self.lex.document_nouns) or any(
                    not self._in_quote(m.start()) and (
                        not m["occasion"] or m["occasion"].lower() in self.lex.speech_occasions)
                    for m in SAME_DAY.finditer(self.text, *unit))))

    def _token_in(self, paras: list[_Para], at: int) -> Token | None:
        para = next((p for p in paras if p.offset <= at < p.offset + len(p.doc.text)), None)
        return _token_at(para, at) if para is not None else None

    def _said_words(self, at: int) -> bool:
        """Whether offset ``at`` is in what a statement says: its clause, or the quoted
        words of a quote, not the tag between two quotes ("'...,' X said in an interview
        on Monday. '...'", one statement from the first quote to the second). A quote
        that a reported clause leads into ("said Moldova had bought gas earlier this
        month, but warned that prices were 'three times ...'") says all its words, as
        do the unquoted words of a block quote or a first-person paragraph."""
        return any(f.start <= at < f.end and (
            not f.clauses or any(a <= at < b for a, b in f.clauses)  # (of joined clauses,
            or self._in_quote(at)) and (  # not the words between them)
            f.kind != "direct" or self._in_quote(at)
            or f.cue_at < f.start and not self._in_quote(f.start)
            or not any(f.start <= q.inner_start < f.end for q in self.quotes)
            or any(a <= at < b for a, b in f.clauses)) for f in self.found)

    def _relative(self, verb: Token, found: Found, para: _Para,
                  mentions: list[dates.DateMention]) -> tuple[str, str] | None:
        """ "came a day after North Korea announced": a day before the passage date."""
        for anc in syntax.relation_words(verb):
            amount = next((c for node in (anc, anc.head, anc.head.head) for c in node.children
                           if c.dep_ == "npadvmod" and c.i < anc.i), None)
            phrase = " ".join(t.text for t in amount.subtree) if amount else ""
            days = dates.parse_offset(phrase) if phrase else None
            base, _ = self._inherit(found)
            if days is None or base is None:
                return None
            earlier = anc.lower_ in ("after", "earlier")  # "a day after X said": X is earlier
            shifted = dates.shift(base, -days if earlier else days)
            if shifted:
                return shifted, f"{phrase} {anc.text} ({base})"
        return None

    def _scene_day(self, found: Found) -> dates.DateMention | None:
        """The day of the event the report sets before the statement, when no statement
        before it is dated: "The Security Council met on Monday ... Thomas-Greenfield
        told the council ..." (the words the wire copy leaves undated are that day's)."""
        if self.published is None:
            return None
        document = self._document_at(found.start)  # (a press release's scenes stay in it)
        days = [m for m in self.scene_dates if m.end <= found.start
                and 0 <= (self.published - dt.date.fromisoformat(m.value)).days <= 6
                and self._document_at(m.start) == document]
        return max(days, key=lambda m: m.start) if days else None

    def _inherit(self, found: Found, referred: bool = False) -> tuple[str | None, str | None]:
        """The date of the passage: the speaker's last dated statement, else one dated
        earlier in the same paragraph, else (``referred``: "X said in the statement")
        the statement just before, which that document is, else the day the article
        was published (wire copy's "X said" with no day is the day of the report)."""
        earlier = [f for f in self.found
                   if f.start < found.start and f.said_on and not f.date_relative]
        same = [f for f in earlier if f.speaker is found.speaker]
        nearby = [f for f in earlier if f.paragraph == found.paragraph or referred
                  and found.paragraph - 2 <= f.paragraph and len(f.said_on or "") == 10]
        # the lead's day goes on ("SEOUL (AP) — South Korea on Monday urged ...", then
        # ""...," X told a briefing"), in the paragraphs after it, until a statement
        # there names a day of its own: then the story has moved on
        lead = min((f.paragraph for f in self.found), default=-1)
        before = [f for f in earlier if f.paragraph == lead < found.paragraph
                  and len(f.said_on or "") == 10]
        if before and any(f.paragraph > lead and f.said_on != before[-1].said_on
                          and f.date_phrase and f.date_basis
                          and not f.date_basis.startswith("passage")
                          for f in earlier):
            before = []  # (a day of its own: the text says when, not "passage dated by")
        for pool in (same, nearby, before):
            if pool:
                last = max(pool, key=lambda f: f.start)
                found.date_phrase = last.date_phrase
                return last.said_on, f"passage dated by {last.date_phrase!r}"
        scene = self._scene_day(found)
        if scene is not None:
            found.date_phrase = scene.phrase
            return scene.value, f"passage dated by {scene.phrase!r}"
        document = self._document_at(found.start)
        if document is not None:
            found.date_phrase = document.line
            return document.day.isoformat(), f"the date of the document ({document.line!r})"
        if self.published is not None:
            found.date_phrase = "publication date"
            return self.published.isoformat(), "no date in the text; the publication date"
        told = [f for f in earlier if found.paragraph - 2 <= f.paragraph  # no date of its
                and len(f.said_on or "") == 10]  # own and none of the page: the passage's
        if told:
            last = max(told, key=lambda f: f.start)
            found.date_phrase = last.date_phrase  # day goes on
            return last.said_on, f"passage dated by {last.date_phrase!r}"
        return None, None

    def _document_at(self, at: int) -> dates.DocumentDate | None:
        """The dated document (a press release given in full) that offset ``at`` is in."""
        return next((d for d in self.documents if d.start <= at < d.end), None)
