"""What a parsed sentence says about a speech act, read off the parse alone.

Predicates over spaCy tokens that :mod:`generator.extract` writes its rules in: who
the subject of a speech verb is ("said Lee", "Lee, the minister, said", "it was
announced by"), what the verb says (its object, a clause, "quoting", a figure put
on something, an appeal), the asides that are no part of what was said ("speaking
to reporters", "at a meeting on Monday") and the words that say when: an occasion,
a present tense, a day that dates another event. None holds article state.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from . import dates
from .actors import SUBORDINATE
from .lexicon import Lexicon, lexicon
from .phrases import HEAD_OFFICES, is_possessive_marker, misattached_subject, noun_lemma

UNDATED_ADVERBS = {"earlier", "previously", "repeatedly", "already", "often", "reportedly",
                   "long", "once", "frequently", "consistently", "publicly"}


# Heads of a clause about a day still to come: "are due to meet on Wednesday".
FUTURE_HEADS = {"due", "expect", "schedule", "plan", "set", "slate", "intend"}


# What "spoke in ..." takes a side with: "spoke in favour of", "in support of".
STANCES = frozenset({"favour", "favor", "support", "defence", "defense", "praise"})


AUDIENCE = {"reporter", "journalist", "press", "media", "lawmaker", "audience", "crowd",
            "parliament", "correspondent", "newsman", "delegate", "participant"}


CHANNELS = {"anonymity", "condition", "phone", "telephone", "television", "radio", "conference",
            "briefing", "interview", "statement", "meeting", "forum", "session", "event",
            "ceremony", "summit", "visit", "behalf", "background", "chat", "address",
            "speech", "podcast", "post", "broadcast", "webinar"}


# Nouns naming something said, as in "echoed the remarks": a reference, not content.
SPEECH_NOUNS = {"remark", "remarks", "comment", "statement", "view", "sentiment", "call",
                "message", "word", "words", "position", "stance", "point", "claim",
                "assessment", "concern", "warning", "criticism", "argument", "line",
                "decision", "decisions", "measure", "measures"}  # ("announced the
# decisions after an emergency meeting": the ones the report has just given)




QUOTE_MARKS = {'"', "\u201c", "\u201d", "''", "``"}


# Reporting verbs whose passive names its speaker as the agent: "The deaths were
# reported by a prosecutor", "The information was confirmed by the security service".
PASSIVE_REPORTING = frozenset({"announce", "confirm", "declare", "disclose", "report",
                               "reveal", "state",
                               # "The importance of ... was stressed by the taskforce"
                               "stress", "emphasise", "emphasize", "underline", "underscore",
                               "reiterate", "express", "voice"})


def passive_agent(verb: Token) -> Token | None:
    """The agent of a passive reporting verb, the one who reported: "were reported by
    Arbor Mamatov" (who can speak; "by the floods" is no one)."""
    if verb.lemma_.lower() not in PASSIVE_REPORTING or not any(
            c.dep_ == "auxpass" for c in verb.children) or any(
            c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return None  # ("X is reported by the Daily Mail to have said ...": X speaks)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    who = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    return who if who is not None and could_speak(who) else None


def _fronted_participle_subject(subject: Token, verb: Token) -> Token | None:
    """ "Speaking at a news conference alongside President X, Foreign Minister Y said":
    the parse made the participle the subject and hung Y on X as an apposition; the
    subject is the phrase after the comma, right before the verb."""
    if subject.tag_ != "VBG" or subject.i != verb.sent.start:
        return None
    before = min([verb.i] + [c.i for c in verb.children if c.dep_ == "aux" and c.i < verb.i])
    if subject.dep_ == "nsubj" and subject.is_title:  # "Coordinating Minister for Maritime
        return next((t for t in subject.subtree if t.dep_ == "dobj"  # Affairs X has said":
                     and t.right_edge.i == before - 1 and t.ent_type_ in ("PERSON", "GPE")
                     and t.pos_ == "PROPN"), None)  # a title's first word taken for a verb
    if subject.dep_ != "csubj":
        return None
    return next((t for t in subject.subtree if t.dep_ == "appos" and t.right_edge.i == verb.i - 1
                 and verb.doc[t.left_edge.i - 1].text == ","), None)


def subject_of(verb: Token) -> Token | None:
    if (agent := passive_agent(verb)) is not None:
        return agent
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj") and c.tag_ != "EX"
                and not across_quote(c, verb)]  # ""Our position ...," Lee said": not it
    if len(subjects) == 1 and (named := _fronted_participle_subject(subjects[0], verb)):
        subjects = [named]
    if len(subjects) == 1 and subjects[0].pos_ == "VERB" and subjects[0].i > verb.i and (
            inner := next((c for c in subjects[0].children if c.dep_ == "nsubj"
                           and verb.i < c.i < subjects[0].i), None)) is not None:
        subjects = [inner]  # '"...," says X, head of the press service, reports.' (the
        # outlet's name gone with its link): X says, the dangling "reports" no subject
    if not subjects:  # "Pyongyang had for two years claimed ...": hung on the auxiliary
        subjects = [c for aux in verb.children if aux.dep_ == "aux" and aux.i < verb.i
                    for c in aux.children if c.dep_ == "nsubj" and c.tag_ != "EX"]
    if not subjects:  # "Benitez, asked about the shortfall ..., said": the parse made
        subjects = [s for c in verb.children if c.dep_ in ("ccomp", "advcl")  # the aside
                    and c.i < verb.i and c.lemma_.lower() == "ask" and c.tag_ in ("VBN", "VBD")
                    for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.i < c.i
                    and any(t.text == "," for t in verb.doc[s.i + 1:c.i])]
    if not subjects:  # "A senior official of UNICEF, after concluding his visit ...,
        subjects = [c for c in verb.children if c.dep_ == "dep" and c.i < verb.i  # appealed"
                    and c.pos_ in ("NOUN", "PROPN") and c.left_edge.i == verb.sent.start
                    and could_speak(c)]  # (the subject left unattached by the parse)
    if not subjects:  # "Dr. SM Arnold speaking at a media briefing ... said": the parse
        subjects = [s for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"  # hung
                    and c.i < verb.i and c.left_edge.i == verb.sent.start  # the subject on
                    for s in c.children if s.dep_ == "nsubj" and s.i < c.i]  # the participle
    if relative_subject(verb):
        return named_in_apposition(owner_of(verb.head))  # "Guterres, who called on ..."
    if len(subjects) == 1 and (tail := speaker_after_clause(verb, subjects[0])) is not None:
        return tail
    if len(subjects) == 1 and (tail := conjoined_tag(subjects[0], verb)) is not None:
        return tail  # "China's exports ... more than tripled ..., the Ministry of Commerce
        # (MOFCOM) said Thursday": the clause parsed as the subject, the speaker its conjunct
    if subjects:  # two is a misparse: "WHO chief scientist Soumya Swaminathan said" with
        named = [c for c in subjects if c.pos_ != "PRON"]  # "WHO" a pronoun, "Moon Jae-in"
        # with "Jae" and "in" subjects; "The newly sworn Prime Minister of Sri Lanka,
        # Ranil Wickremesinghe on Thursday pledged": the name after the comma, not the role;
        # "Echoing remarks made by Nyusi, Miquidade claimed": not the participle's object
        fronted = [c for c in named if c.left_edge.tag_ == "VBG" and c.left_edge.dep_ == "amod"]
        if 0 < len(fronted) < len(named):
            named = [c for c in named if c not in fronted]
        if (tag := tag_subject(verb, subjects)) is not None:
            return tag  # "The extension manifested ..., he insisted": the clause's subject
            # hung on the verb of the tag after it
        tagged = [c for c in subjects if c.left_edge.i > 0
                  and verb.doc[c.left_edge.i - 1].text in QUOTE_MARKS and c.i < verb.i]
        if len(tagged) == 1 and len(subjects) > 1:
            return named_in_apposition(tagged[0])  # 'Article content "I think ...," she
            # said': the speaker after the closing quote, not a word before the quote
        # "Recall, Security Council Secretary X said": a word set off before the subject
        marker = [c for c in named if c.i == c.sent.start and c.nbor(1).text == ","
                  and all(d.is_punct for d in c.children)]
        if 0 < len(marker) < len(named):
            named = [c for c in named if c not in marker]
        role = named[0].lemma_.lower() if len(named) > 1 else ""
        person = [c for c in named[1:] if c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "")
                  and named[0].ent_type_ != "PERSON"
                  and (role in lexicon().person_nouns or role in lexicon().titles)
                  and c.left_edge.i > 0 and (c.doc[c.left_edge.i - 1].text == "," or (
                      c.left_edge.i == named[0].right_edge.i + 1))]  # "Member of the
        # National Assembly Dr. Hamad Al-Enezi said": the role runs into the name
        return named_in_apposition(minister_in_conj((person or named or subjects)[0]))
    if verb.dep_ in ("conj", "ROOT") and (trailing := trailing_speaker(verb)) is not None:
        return trailing
    if (verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBZ", "VBP")
            and (trailing := trailing_subject(verb)) is not None):
        return trailing  # "X condemned the attack on Y, the Office of the PM said on Sunday"
    if (after_quote := after_quote_speaker(verb)) is not None:
        return after_quote
    if (inverted := inverted_named(verb)) is not None:
        return inverted
    if verb.dep_ == "xcomp" and (controller := object_of(verb.head, verb)) is not None:
        return controller  # "prompting a UN expert to warn that ...": the expert warned
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("report", "quote") and any(
            c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
        # "Hamoonga is reported by the Zambia Daily to have said that ...": Hamoonga
        reported = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        if reported is not None:
            return reported
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and (
            author := author_before(verb)) is not None:
        return author  # "He cited a statement by 13 envoys on Friday, expressing concern"
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i < verb.i and any(
            c.dep_ == "auxpass" for c in verb.head.children):
        agent = next((c for c in verb.head.children if c.dep_ == "agent"), None)
        doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if doer is not None and could_speak(doer):
            return doer  # "were condemned by many countries, accusing ...": theirs
    if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i:
        return subject_of(verb.head)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in GERUND_PREPS and (
            verb.head.head.pos_ in ("VERB", "AUX")):
        return subject_of(verb.head.head)  # "The military ordered ..., after declaring
        # they would scrap the constitution": who did the one did the other
    if issued_saying(verb):
        return subject_of(verb.head.head)  # "X issued a statement saying ...": X
    if (main := in_series(verb) or added_participle(verb)) is not None:
        return subject_of(main)  # "agreed to ..., called on their airlines to ...": theirs
    if verb.dep_ == "relcl" or (verb.dep_ == "acl" and (
            verb.tag_ in ("VBD", "VBZ", "VBP") or trailing_subject(verb) is not None)):
        return verb.head  # "..., a news outlet reported Tuesday" parsed as a modifier
    return fronted_clause_subject(verb) or left_entity(verb) or stray_name(verb)


def speaker_after_clause(verb: Token, subject: Token) -> Token | None:
    """ "Georgia would import no vaccine lacking public confidence, Ekaterine Tikaradze,
    Georgian Health Minister, said": the parse made part of the reported clause the
    verb's subject and hung the speaker on it; a vaccine does not speak, the name set
    off before the verb does."""
    if verb.dep_ not in ("conj", "ROOT") or could_speak(subject) or subject.i > verb.i or (
            any(t.text in QUOTE_MARKS for t in verb.doc[verb.sent.start:verb.i])):
        return None  # (a quote before the tag is the quote rules')
    if quote_follows(verb) or any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None  # (what was said follows the verb: the subject is the speaker's)
    trailing = trailing_speaker(verb, set_off=True)
    if trailing is None or not could_speak(trailing) or trailing.head.i in (verb.i, subject.i):
        return None  # ("Emilia-Romagna's environment assessor, Lucia Montanari, explained
    return trailing  # that ...": the name in apposition to the subject is the subject)


def tag_subject(verb: Token, subjects: list[Token]) -> Token | None:
    """Of two subjects of a verb at the end of its sentence, the one set off by a comma
    right before it (", he insisted."), when the other opens the sentence: the parse
    took the reported clause's subject for the tag's."""
    if len(subjects) != 2 or verb.i + 1 < verb.sent.end - 1:
        return None  # (the verb ends the sentence, only its full stop after it)
    first, last = sorted(subjects, key=lambda t: t.i)
    doc = verb.doc
    if first.left_edge.i != verb.sent.start or last.right_edge.i != verb.i - 1 or (
            doc[last.left_edge.i - 1].text != ","):
        return None
    return last


def conjoined_trailing_tag(verb: Token) -> Token | None:
    """The subject of a tag ending its sentence that the parse joined to the sentence's
    first verb ("The new cases raised the total to 37,136, but there are 140 critical
    cases, too, he added."): the tag's, set off by a comma, and all before it is what
    was said, not only the last clause."""
    if verb.dep_ != "conj" or verb.head.i > verb.i or verb.i + 1 < verb.sent.end - 1:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > verb.i
                                 for c in verb.children):
        return None
    subject = subjects[0]
    doc = verb.doc
    start = subject.left_edge.i
    if (subject.right_edge.i != verb.i - 1 or start - 1 <= verb.sent.start
            or doc[start - 1].text != "," or verb.i - start > 4):
        return None
    return subject


# Verbs that say something is so in a small clause: "declared the country Covid-free".
DECLARING = frozenset({"declare", "pronounce", "deem", "proclaim"})


# Prepositions whose gerund shares the subject of the verb they hang on.
GERUND_PREPS = frozenset({"after", "before", "upon", "while", "by"})


def conjoined_tag(subject: Token, verb: Token) -> Token | None:
    """The speaker of a trailing tag the parse joined to a clause it took for the verb's
    subject: a conjunct after a comma that ends right before the verb (a bracketed
    acronym allowed), a name or a body, after words that hold a verb or run long."""
    doc = verb.doc
    for conj in (c for c in subject.children if c.dep_ == "conj" and c.i < verb.i):
        first, last = conj.left_edge.i, conj.right_edge.i
        while last + 1 < verb.i and doc[last + 1].is_punct:
            last += 1
        if last + 1 != verb.i or first == 0 or doc[first - 1].text != ",":
            continue
        between = doc[subject.i + 1:first - 1]
        named = conj.pos_ == "PROPN" or conj.ent_type_ in ("ORG", "PERSON") or (
            noun_lemma(conj) in lexicon().org_nouns | lexicon().person_nouns)
        if named and (any(t.pos_ in ("VERB", "AUX") for t in between) or len(between) >= 8):
            return conj
    return None


def fronted_clause_subject(verb: Token) -> Token | None:
    """ "While describing the camps on Bhasan Char, the Foreign Minister mentioned that":
    the parse hangs the subject on the clause's last noun as its apposition."""
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i):
        for tok in clause.subtree:
            if misattached_subject(tok) == verb:
                return tok
    return None


# What a speaker "puts at" a figure: "put the death toll at 164".
FIGURES = frozenset({"toll", "figure", "number", "cost", "damage", "loss", "losses", "total",
                     "estimate", "count", "bill", "price", "value", "rate", "tally"})


def made_in(verb: Token, lex: Lexicon) -> list[str]:
    """The documents a statement was made in, by their nouns: "warned in a letter",
    "said in a statement", "issued a statement"."""
    nouns = [c for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "through")
             for c in p.children if c.dep_ == "pobj"]
    if verb.lemma_.lower() in ISSUING:
        nouns += [c for c in verb.children if c.dep_ == "dobj"]
    return [n.lemma_.lower() for n in nouns if n.lemma_.lower() in lex.document_nouns]


def puts_a_figure(verb: Token) -> bool:
    """ "put the death toll at 164", "put the cost of the damage at $2 billion"."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in FIGURES for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "at" and any(o.like_num or o.pos_ == "NUM" or any(
            t.like_num for t in o.subtree) for o in c.children) for c in verb.children)


# Verbs by which a speaker puts out a document: "issued a statement saying ...", and
# one whose text follows a colon: "released a statement: ...".
ISSUING = frozenset({"issue", "release", "publish", "post", "send", "put", "deliver", "sign"})


def issued_saying(verb: Token) -> bool:
    """ "The ministry issued a statement saying that ...", "Tuilaepa released a video
    saying ...": a participle of saying on a document its speaker put out."""
    noun = verb.head
    return (verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.i > noun.i
            and verb.lemma_.lower() in ("say", "state", "announce", "declare")
            and noun.dep_ == "dobj" and noun.lemma_.lower() in lexicon().document_nouns
            and noun.head.lemma_.lower() in ISSUING)


def author_before(participle: Token) -> Token | None:
    """The author of a document named just before a participle that tells what it
    says: "referred to a statement by 13 envoys on Friday, expressing concern over ..."
    (the envoys expressed it, not he who referred to it)."""
    documents = lexicon().document_nouns
    nouns = [t for t in participle.head.subtree if t.i < participle.i
             and t.dep_ in ("dobj", "pobj") and t.lemma_.lower() in documents]
    if not nouns:
        return None
    noun = nouns[-1]
    between = participle.doc[noun.i + 1:participle.i]
    if any(t.pos_ in ("VERB", "AUX") for t in between):
        return None
    return next((a for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                 for a in c.children if a.dep_ == "pobj"), None)


# Verbs after which their object did what the infinitive says: "prompting a UN expert
# to warn" (not "urged the minister to explain", a speech act still to come).
CAUSING = frozenset({"prompt", "lead", "force", "cause", "compel", "spur", "move"})


def object_of(verb: Token, xcomp: Token) -> Token | None:
    """The object that did the infinitive after a causing ``verb`` (object control)."""
    if verb.lemma_.lower() not in CAUSING:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < xcomp.i
                 and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


def dates_another(tok: Token | None, verb: Token | None, cues: set[int]) -> bool:
    """Whether the date word ``tok`` hangs on another statement's speech verb before
    this one's ("said ..., after Lavrov said on Saturday that ...": Lavrov's day)."""
    if tok is None or verb is None:
        return False
    node = tok
    while node.head.i != node.i:
        node = node.head
        if node.i == verb.i:
            return False
        if node.i in cues:
            return True
    return False


def subject_in_date(clause: Token) -> Token | None:
    """ "said on Friday Kenya was ready": a reported clause with no subject right after a
    date phrase whose last word is a name the parse took into the date ("on [Friday
    Kenya]"): that name is the clause's subject."""
    if clause.dep_ != "ccomp" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
                                     for c in clause.children):
        return None
    before = clause.left_edge.i - 1
    if before < 1:
        return None
    noun = clause.doc[before]
    if noun.dep_ != "pobj" or noun.pos_ != "PROPN" or noun.ent_type_ in ("DATE", "TIME", ""):
        return None
    return noun if any(c.ent_type_ == "DATE" for c in noun.children) else None


def ahead(tok: Token | None) -> bool:
    """Whether the date word ``tok`` names a day to come: "are due to meet on
    Wednesday", "will travel to Seoul on Friday" (no day a statement was made)."""
    if tok is None:
        return False
    if to_come(tok):
        return True
    for node in tok.ancestors:  # (the verb or adjective "plan", "due"; not "the plan")
        if node.pos_ != "NOUN" and node.lemma_.lower() in FUTURE_HEADS or any(
                c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in node.children):
            return True
    return False


def to_come(tok: Token | None) -> bool:
    """ "later this week", "With further details to come later this week, X told
    reporters": a date word that by its own words names a day still to come."""
    if tok is None:
        return False
    if tok.lower_ == "later" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "this":
        return True  # news English for a day ahead
    return any(node.dep_ == "advcl" and node.tag_ == "VB" and any(
        c.tag_ == "TO" for c in node.children) and any(
        c.dep_ == "mark" and c.lower_ == "with" for c in node.children)
        for node in tok.ancestors)


def dates_reported_act(tok: Token | None, verb: Token, speech_verbs: frozenset[str]) -> bool:
    """Whether the date word ``tok`` in what ``verb`` reports dates a speech act that is
    the report's content: "X confirmed casualties on Sunday, the press service said"."""
    if tok is None or tok.doc is not verb.doc:
        return False
    act = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return act is not None and act.i < verb.i and act.lemma_.lower() in speech_verbs and (
        act.head.i == verb.i or verb.head.i == act.i) and not any(  # (a report after it:
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "shall", "had")  # not
        for c in act.children)  # "said operators had been warned last week")


def actor_names(tok: Token | None) -> frozenset[str]:
    """The proper names of the subject of the act a date word dates ("Mirziyoyev" in
    "President Shavkat Mirziyoyev confirmed casualties on Sunday"), lower-cased."""
    act = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None) if tok else None
    subject = next((c for c in act.children if c.dep_ == "nsubj"), None) if act else None
    if subject is None:
        return frozenset()
    return frozenset(t.lower_ for t in subject.subtree if t.pos_ == "PROPN")


def that_clause(clause: Token) -> bool:
    """A clause opening with "that" right after its verb's words (not "so that", "now
    that", "such ... that"): what was said, whatever the parse called it."""
    first = clause.left_edge
    if first.lower_ != "that" or first.dep_ != "mark":
        return False
    before = clause.doc[first.i - 1] if first.i > 0 else None
    return before is not None and before.lower_ not in ("so", "such", "now", "given", "except")


def paid_a_visit(verb: Token) -> bool:
    """ "called on him this afternoon at the State Guest House": "call on" someone with
    nothing to be done ("called on them to leave") and no words said is a visit."""
    on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
               and c.i == verb.i + 1), None)
    if on is None or not any(c.dep_ == "pobj" for c in on.children):
        return False
    return not any(t.tag_ == "TO" or t.dep_ in ("xcomp", "ccomp") or t.text in QUOTE_MARKS
                   or t.lower_ == "for" for t in verb.subtree if t.i > on.i)


def relative_subject(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause whose subject is its antecedent:
    "Guterres, who called on ...", "the ministry, which said ..."."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that") for c in verb.children)


def owner_of(antecedent: Token) -> Token:
    """ "the instructions of the Ministry of Energy, which said ...": the parse hangs the
    relative clause on a thing that cannot speak; its owner, a body or a person, spoke."""
    if could_speak(antecedent):
        return antecedent
    owners = [o for p in antecedent.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj" and could_speak(o)]
    return owners[0] if owners else antecedent


def stray_name(verb: Token) -> Token | None:
    """ "PGNiG said ...": a name the tagger did not know (an interjection here) right
    before the verb, that the parse hung on it as anything but its subject."""
    if verb.i == 0:
        return None
    prev = verb.doc[verb.i - 1]
    if (prev.head.i == verb.i and prev.dep_ in ("intj", "dep", "npadvmod", "nmod", "compound")
            and prev.text[:1].isupper() and prev.is_alpha and prev.i == verb.sent.start):
        return prev
    return None


def minister_in_conj(subject: Token) -> Token:
    """ "Migration and Asylum Minister Notis Mitarachi stated", "Foreign Minister and
    Deputy Prime Minister Ali Tan told": the parse made a portfolio or the first title
    the subject and the titled name its conjunct; the name is the subject."""
    lex = lexicon()
    if subject.lower_ not in lex.portfolios | lex.titles or subject.ent_type_ == "PERSON":
        return subject
    return next((c for c in subject.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"
                 and any(t.lower_ in lex.titles | lex.person_nouns for t in c.lefts)),
                subject)


def named_in_apposition(subject: Token) -> Token:
    """ "... present in more than 80 countries, the WHO's technical lead, Maria Van
    Kerkhove, said": the parse made the last noun of the clause the subject and the
    speaker its apposition; a thing with a person in apposition is that person."""
    lex = lexicon()
    titled = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i
                   and c.ent_type_ == "PERSON" and any(
                       t.dep_ == "compound" and t.lower_ in lex.titles and t.i < c.i
                       for t in c.subtree)), None)
    if titled is not None and not any(t.lower_ in lex.titles for t in subject.subtree
                                      if t.i < subject.i):
        return titled  # "Coalition Avenir Québec (CAQ) Leader François Legault": the
        # party, then its leader's title and name
    counted = subject.ent_type_ in ("CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY")
    # ("One of them, Kaiyuan, said"; "... above 50 degrees Celsius, the Ministry of
    # Electricity said": a number or a measure is no speaker, a body next to it is)
    if not counted and (subject.ent_type_ or subject.pos_ in ("PROPN", "PRON") or noun_lemma(
            subject) in lex.person_nouns | lex.org_nouns | lex.media_nouns):
        return subject
    named = ("PERSON", "ORG") if counted else ("PERSON",)
    chain, people = [subject], []
    while chain:  # appositions of appositions: "countries, the lead, Maria Lindqvist,"
        node = chain.pop()
        for child in node.children:  # (a measure's body may be parsed its conjunct)
            if child.dep_ == "appos" or (counted and child.dep_ == "conj"):
                chain.append(child)
                if child.ent_type_ in named:
                    people.append(child)
    return max(people, key=lambda t: t.i) if people else subject


def after_quote_speaker(verb: Token) -> Token | None:
    """ ""We have no information," ministry spokesman Yoh Sang-key told reporters": the
    small model can parse "told" as an adjective of "reporters"; a past-tense speech
    verb right after a name that follows a closing quote is the attribution."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ not in ("amod", "compound", "acl"):
        return None
    doc, i = verb.doc, verb.i - 1
    if i < 0 or doc[i].pos_ not in ("PROPN", "NOUN"):
        return None
    while i >= 0 and (doc[i].pos_ in ("PROPN", "NOUN", "ADJ", "DET") or doc[i].text == "-"):
        i -= 1
    if i < 1 or doc[i].text not in QUOTE_MARKS or doc[i - 1].text not in (",", "?", "!"):
        return None
    return left_entity(verb) or doc[verb.i - 1]


def inverted_named(verb: Token) -> Token | None:
    """ ""...," said acting Presidential Spokesperson Karlo Nograles": after a closing
    quote, the person named right after the verb, under titles the parse read as
    something else ("acting" a participle whose object is the name)."""
    doc = verb.doc
    if verb.tag_ != "VBD" or verb.i < 1 or doc[verb.i - 1].text not in QUOTE_MARKS or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    lex = lexicon()
    ent = next((e for e in verb.sent.ents if e.start > verb.i and e.label_ == "PERSON"
                and e.root.lower_ not in lex.titles | lex.person_nouns), None)
    if ent is None or ent.start - verb.i > 9:
        return None
    between = doc[verb.i + 1: ent.start]
    if all(t.pos_ in ("PROPN", "ADJ") or t.is_title or t.lower_ in ("and", "acting", "the", "of",
                                                                   "for", "&", "-")
           for t in between):
        return ent.root
    return None


def trailing_subject(verb: Token) -> Token | None:
    """The speaker of an attribution that ends the sentence after a comma, ", state
    media reported on Tuesday.", whether parsed as the verb's subject or as the noun
    the verb modifies; None if the verb has words of its own after it."""
    doc, sent = verb.doc, verb.sent
    if verb.dep_ == "acl":
        subject = verb.head if verb.head.i < verb.i else None
    else:
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None and verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBZ", "VBP"):
        subject = trailing_speaker(verb)  # hung as an apposition to the clause's last noun
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    first = subject.left_edge.i
    if first <= sent.start or doc[first - 1].text != ",":
        return None
    if any(not (c.is_punct or is_when(c) or c.dep_ == "prep" and not says_something(c))
           for c in verb.children if c.i > verb.i):  # (", X said in an interview": where)
        return None
    return subject if all(t.is_punct for t in doc[verb.right_edge.i + 1: sent.end]) else None


def added_participle(verb: Token) -> Token | None:
    """ "He termed this period a transitional period adding that many asymptomatic
    cases could be ...": a participle of saying with a "that" clause, which the parse
    hung on the noun before it, is the sentence subject's ("..., adding that"). The
    main verb, or None."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in (
            lexicon().speech_verbs) or not any(
                c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that"
                                          for m in c.children) for c in verb.children):
        return None
    return _subjected_head(verb)


def _subjected_head(tok: Token) -> Token | None:
    """The nearest verb above ``tok`` with a subject before it: the verb whose subject a
    participle the parse hung on a noun shares (through "to impose" to "agreed")."""
    def subjected(node: Token) -> bool:
        return node.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < node.i for c in node.children)

    main = tok.head
    while not subjected(main) and main.head.i != main.i:
        main = main.head
    return main if subjected(main) else None


def in_series(verb: Token) -> Token | None:
    """The main verb of a series the parse broke: "leaders agreed to impose sanctions on
    Belarus, including economic ones, called on their airlines to avoid ...", with
    "called" a participle of "ones". A past participle after a comma that governs an
    object of its own, or "on" someone "to" do something, is active: one more act of
    the sentence's subject."""
    doc = verb.doc
    if verb.dep_ not in ("acl", "advcl") or verb.tag_ != "VBN" or verb.i < verb.head.i or (
            doc[verb.i - 1].text != ","):
        return None  # (an advcl before its verb is "Asked whether ..., Lee said")
    if any(c.dep_ in ("auxpass", "agent", "nsubj", "nsubjpass") for c in verb.children):
        return None
    active = any(c.dep_ == "dobj" for c in verb.children) or (
        any(c.dep_ == "prep" and c.lower_ == "on" for c in verb.children)
        and any(c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children)
                for c in verb.children))
    return _subjected_head(verb) if active else None


def across_quote(tok: Token, verb: Token) -> bool:
    """Whether a quotation mark stands between ``tok`` and ``verb`` an odd number of
    times: one of them is inside a quote and the other outside."""
    low, high = sorted((tok.i, verb.i))
    marks = sum(1 for t in tok.doc[low + 1:high] if t.text in QUOTE_MARKS)
    return marks % 2 == 1


# Roles one person holds in a body: "the head of the WHO", "a spokeswoman for the ministry"
# (not "a senior official", "an expert": many people).
UNIQUE_ROLES = {"head", "chief", "director", "director-general", "president", "chairman",
                "chairwoman", "chairperson", "chair", "spokesman", "spokeswoman",
                "spokesperson", "minister", "secretary", "secretary-general", "leader",
                "ambassador", "envoy", "governor", "mayor", "premier", "commissioner",
                "chancellor", "commander", "prosecutor", "sister", "brother", "wife",
                "husband", "daughter", "son", "widow", "investigator", "rapporteur",
                "coordinator", "administrator"}


def unique_role(description: str) -> str | None:
    """ "head of the World Health Organization", "spokeswoman for the Chinese foreign
    ministry", "UN human rights chief", "United States Ambassador to Buenos Aires": a
    role held by one person, and where; the role's word, or None."""
    words = description.split()
    for n, word in enumerate(words):
        if word.lower() in UNIQUE_ROLES:
            placed = n > 0 or (n + 1 < len(words) and words[n + 1] in ("of", "for", "at")) or (
                len(words) == 1 and word.lower() in HEAD_OFFICES)  # "the President"
            held = placed and not any(w.lower() in ("deputy", "vice", "former", "senior")
                                      for w in words[:n])
            return word.lower() if held else None
    return None


def trailing_speaker(verb: Token, set_off: bool = False) -> Token | None:
    """ "<clause>, a spokeswoman for the ministry said": the noun phrase right before
    the verb, after a comma, that the parse hung on the clause's last noun (``set_off``:
    or with a comma of its own before the verb, ", X, Georgian Health Minister, said")."""
    doc = verb.doc
    if verb.i < 2:
        return None
    end = verb.i  # (", Ghana Health Service, has said": past the auxiliary and its comma)
    while end - 1 > verb.sent.start and doc[end - 1].dep_ == "aux" and (
            doc[end - 1].head.i == verb.i):
        end -= 1
    if doc[end - 1].text == "," and end - 1 > verb.sent.start and (set_off or end < verb.i):
        end -= 1
    last = end - 2 if doc[end - 1].text == ")" else end - 1  # "... (MFA) said"
    found = [t for t in doc[verb.sent.start: end] if t.right_edge.i in (last, end - 1)
             and t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("appos", "conj", "npadvmod")
             and t.left_edge.i > verb.sent.start and doc[t.left_edge.i - 1].text == ","]
    if not found:
        return None
    nearest = max(found, key=lambda t: t.left_edge.i)  # the nearest: not "the capital,
    # Pyongyang, South Korean military says" as Pyongyang; but a person before the title
    # and body set off after the name ("Dr. X, Director-General, Ghana Health Service,
    # has said") is the speaker
    people = [t for t in found if t.ent_type_ == "PERSON" and t.i != nearest.i
              and t.left_edge.i < nearest.left_edge.i <= t.right_edge.i]
    return min(people, key=lambda t: t.left_edge.i) if people else nearest


# An adverb between a speaker and the verb: "Okoro also said", "Lee later told".
ADVERB = (r"(?:\w+ly|also|still|again|then|later|earlier|further|however|meanwhile|too"
           r"|separately|previously|once|often|already)")


DAY_WORD = (r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
             r"|yesterday|today)")  # "Minister Fitzgerald Hinds Monday warned"


def left_entity(verb: Token) -> Token | None:
    """A named speaker left of the verb that the parse failed to attach as its subject:
    "Kim Yo-jong, the sister of leader Kim, said" with only an apposition between."""
    sent = verb.sent
    for ent in reversed([e for e in sent.ents if e.end <= verb.i]):
        if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
            continue
        between = verb.doc[ent.end: verb.i].text
        if re.fullmatch(rf"\s*(?:,[^,]*,)?\s*(?:{DAY_WORD}\s*)?(?:{ADVERB}\s*)?", between):
            return ent.root
    return None


def quoted_as_saying(verb: Token) -> Token | None:
    """ "KCNA quoted Kim as saying that ...", "Kim was quoted as saying ...", "the report
    cited unnamed sources as saying ...": Kim, the sources."""
    if verb.lemma_.lower() != "say" or verb.tag_ != "VBG":
        return None
    for anc in verb.ancestors:
        if anc.lemma_.lower() in ("quote", "cite"):  # "cited unnamed sources as saying"
            role = ("dobj", "nsubjpass")
            return next((c for c in anc.children if c.dep_ in role), None)
    return None


def quoted_speaker(verb: Token) -> Token | None:
    """ "it reported, quoting an official": the official is the speaker (but "the NIS
    said, citing a recent report that ..." and "citing its own projections" name a
    source, not a speaker). The participle may hang on the reported clause:
    "Interfax reported, citing a source familiar with the matter, that ..."."""
    if any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in verb.children):
        return None  # ""... we always ask for the blessing of Dom Orani," he added, quoting
        # the bishop": a person's own words, with a nod to another (a report quotes)
    for child in quoting_participles(verb):
        obj = next((c for c in child.children if c.dep_ == "dobj"), None)
        if obj is not None and could_speak(obj):
            return obj
    return None


def _names_a_person(tok: Token) -> bool:
    """A name NER tagged a person's, or a person's role or title ("the Minister")."""
    return tok.ent_type_ == "PERSON" or noun_lemma(tok) in (
        lexicon().person_nouns | lexicon().titles)


def inverted_object(verb: Token) -> Token | None:
    """ '"...," declared the Minister of Health.': an inverted tag right after a closing
    quote whose speaker the parse took for the object (someone "declared" a minister);
    the noun phrase ends the sentence and names a person or a title."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text not in QUOTE_MARKS or doc[verb.i - 2].text not in (
            ",", "!", "?") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not _names_a_person(obj):
        return None
    after = [t for t in doc[obj.right_edge.i + 1:verb.sent.end] if not t.is_punct]
    return obj if not after else None


def quotes_someone(verb: Token) -> Token | None:
    """ '"...," ERR quotes Prime Minister Kaja Kallas.': an outlet's verb of quoting
    after a closing quote (or before a colon); the one quoted is the speaker."""
    if verb.lemma_.lower() != "quote" or verb.tag_ not in ("VBZ", "VBD", "VBP") or any(
            t.lower_ == "as" for t in verb.subtree if t.i > verb.i):
        return None  # ("quoted Demchenko as saying ...": :func:`quoted_as_saying`'s)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not _names_a_person(obj):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    first = subject.left_edge.i if subject is not None else verb.i
    doc = verb.doc
    after_quote = first > 0 and doc[first - 1].text in QUOTE_MARKS
    before_colon = obj.right_edge.i + 1 < len(doc) and doc[obj.right_edge.i + 1].text == ":"
    return obj if after_quote or before_colon else None


def made_clear(verb: Token) -> Token | None:
    """ "Raik made it clear that most citizens would not like it", "made clear that
    ...", "made it plain that", "made it known that": the clause made clear."""
    if verb.lemma_.lower() != "make":
        return None
    clear = next((c for c in verb.children
                  if c.lower_ in ("clear", "plain", "known") and c.i > verb.i), None)
    if clear is None:
        return None
    return next((c for node in (clear, verb) for c in node.children
                 if c.dep_ in ("ccomp", "advcl") and c.i > clear.i and any(
                     m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def quoting_participles(verb: Token) -> list[Token]:
    found = [c for c in verb.children if c.lemma_.lower() in ("quote", "cite")
             and c.tag_ == "VBG"]
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")),
                       clause)
        found += [c for c in clause.children if c.lemma_.lower() in ("quote", "cite")
                  and c.tag_ == "VBG" and c.i < subject.i]
    return found


def could_speak(noun: Token) -> bool:
    """A person, a body or a name: who can be quoted (not "data" or "projections")."""
    lex = lexicon()
    return (noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or noun.pos_ == "PROPN"
            or noun_lemma(noun) in lex.person_nouns | lex.org_nouns | lex.media_nouns
            or noun_lemma(noun) in ("country", "nation"))  # ("by many countries")


def quote_follows(verb: Token) -> bool:
    """A quotation mark among the verb's next few words: 'maintained it was "unjust"'."""
    return any(t.text in QUOTE_MARKS for t in verb.doc[verb.i + 1: verb.i + 6])


# Speech verbs that commit to what their infinitive says: "vowed to rebuild".
COMMITTING = frozenset({"vow", "pledge", "promise", "threaten"})


# Verbs of a stance on something: with only "the decision" as object, no content.
STANCE_VERBS = frozenset({"welcome", "hail", "applaud", "praise", "commend", "laud"})


# Verbs of appeal whose infinitive the parse may hang on them as adverbial: "pleaded
# with Sydneysiders to stay home".
PLEADING = frozenset({"plead", "appeal", "beg", "implore", "beseech"})


def says_something(child: Token) -> bool:
    """Whether a dependent of a speech verb carries content, not only the channel:
    "spoke in favour of X" does, "spoke on condition of anonymity" does not."""
    if is_when(child):
        return False
    if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for"
                                     for c in child.children):
        return True  # "called for North Korea to join ..."
    if child.dep_ == "advcl" and child.head.lemma_.lower() in COMMITTING | PLEADING and any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in child.children):
        return True  # "vowed on June 22 to further strengthen ...": the promise, its
        # infinitive parsed as adverbial after the date
    if child.dep_ == "xcomp" and anonymity(child):
        return False  # "asked not to be named": how the source is kept, not what it said
    if child.dep_ == "dobj" and child.head.lemma_.lower() in STANCE_VERBS and all(
            c.dep_ in ("det", "poss", "amod", "compound", "case") for c in child.children
    ) and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in child.children):
        return False  # "welcomed the decision", "praised the decision": a stance on
        # something the text already told, no words of the speaker's own
    if child.dep_ in ("dobj", "xcomp", "oprd", "attr", "ccomp"):
        told_someone = child.head.lemma_ == "tell" and bool(child.ent_type_)  # "told Reuters"
        rebutted = child.head.lemma_.lower() in REBUTTING  # "condemned the statement": a
        # verdict on words, not the words again nor where they were said
        channel = child.dep_ == "dobj" and child.lemma_.lower() in CHANNELS and not rebutted
        briefed = child.head.lemma_.lower() in ("brief", "address") and (
            child.lemma_.lower() == "medium" or could_speak(child) and not any(
                c.dep_ == "prep" and c.lower_ in ("on", "about") and not is_when(c)
                for c in child.head.children))
        # ("briefing the Security Council", "addressed the nation": whom, the occasion;
        # but "briefed the ministers on the indicators" says what)
        return (child.lemma_.lower() not in AUDIENCE and not told_someone and not channel
                and not briefed and (rebutted or not points_back(child)))  # ("told a
        # briefing", "briefed media": where, whom)
    if child.dep_ == "prep":
        obj = next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.lower_ == "with":
            return False  # "spoke with Kuleba": with whom
        if child.lower_ == "as" and any(g.lower_ == "to" and any(
                c.dep_ == "pcomp" for c in g.children) for g in child.children):
            return True  # "queried as to who had authorised it": the question asked
        if child.lower_ == "to" and child.head.lemma_.lower() in ("respond", "reply", "answer"):
            return False  # "responded to the concerns": to what, not what was said
        if child.head.lemma_.lower() in ("speak", "talk", "write", "chat", "report", "brief"):
            # "talked to his counterpart", "spoke on current issues in rail", "reported on
            # the situation": whom, a topic, where; a stance is content ("spoke in favour
            # of sharing vaccines", "spoke against the plan")
            return child.lower_ == "against" or (
                child.lower_ == "in" and obj is not None and obj.lemma_.lower() in STANCES)
        return obj is not None and obj.lemma_.lower() not in AUDIENCE | CHANNELS | {
            "call"}  # "in a call with reporters" (but "echoed the call for talks")
    return False


def anonymity(verb: Token) -> bool:
    """ "not to be named", "not to be identified", "to remain anonymous"."""
    lemma = verb.lemma_.lower()
    if lemma in ("name", "identify") and any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return lemma == "remain" and any(c.lower_ == "anonymous" for c in verb.children)


def is_when(child: Token) -> bool:
    """ "on Monday", "last week", "Tuesday": a dependent that only says when."""
    words = [t for t in child.subtree if not (t is child and t.dep_ == "prep")]
    return (child.dep_ in ("prep", "npadvmod", "advmod", "pobj") and bool(words)
            and all(t.ent_type_ in ("DATE", "TIME") for t in words))


# Verbs that judge or deny what another said: "condemned the statement", "denies their
# accusation" say something of their own about it.
REBUTTING = frozenset({"condemn", "criticise", "criticize", "reject", "denounce", "slam",
                       "dismiss", "decry", "rebuff", "refute", "deny", "blast", "lambast",
                       "lambaste", "castigate", "dispute", "rebut", "deplore"})


def points_back(obj: Token) -> bool:
    """ "echoed the remarks", "repeated his comments": an object that only refers back
    to something said (no words of its own) is no content ("echoed the call for talks"
    has some)."""
    if obj.lower_ in ("this", "that", "these", "those", "so") and not any(obj.children):
        return True  # "who stated this in a chat with journalists": the words before
    return (obj.lemma_.lower() in SPEECH_NOUNS
            and all(c.dep_ in ("det", "poss", "amod", "predet") or is_when(c) or (
                c.dep_ == "prep" and c.lower_ in ("during", "at")) for c in obj.children)
            and any(c.dep_ in ("det", "poss") for c in obj.children))  # ("said those words
    # Tuesday during a meeting": when and where, still no words)


def relation_words(verb: Token) -> list[Token]:
    """ "after"/"before" linking the verb's clause to an event ("came a day after X
    said"), or "earlier"/"later" measured from the passage ("A day earlier, X said")."""
    words = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")]
    words += [c for c in verb.children if c.dep_ == "advmod" and c.lower_ in (
        "earlier", "later") and any(n.dep_ == "npadvmod" for n in c.children)]  # "a day earlier"
    words += [a for a in verb.ancestors if a.lower_ in ("after", "before") and a.dep_ == "prep"]
    return words


def in_the_words_of(tok: Token) -> Token | None:
    """ "In his words, over 6 million people ...", "In the words of the minister, ...":
    whose words the sentence gives (the owner of "words" in a fronted "In ... words")."""
    if tok.lower_ != "words" or tok.dep_ != "pobj" or tok.head.lower_ != "in" or (
            tok.head.i != tok.sent.start and tok.doc[tok.head.i - 1].text != ","):
        return None
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        after = tok.doc[of.right_edge.i + 1] if of and of.right_edge.i + 1 < len(tok.doc) else None
    return owner if owner is not None and after is not None and after.text == "," else None


def cited_source(noun: Token) -> bool:
    """Whether ``noun`` names the source in "according to" ("according to Finnish
    broadcasting company YLE", the name or the noun it stands beside)."""
    if noun.dep_ == "appos":
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ in ("to", "per") and is_according(
        noun.head.head)


def is_according(tok: Token) -> bool:
    """ "according (to X)", or "as (per X)": a source cited for the rest of the clause."""
    return tok.lower_ == "according" or (tok.lower_ == "as" and any(
        c.lower_ == "per" and c.i == tok.i + 1 for c in tok.children))


def according_object(tok: Token) -> Token | None:
    to = next((c for c in tok.children if c.lower_ in ("to", "per")), None)
    if to is None and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
        to = tok.nbor()
    if to is None:
        return None
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if obj is not None and any(is_possessive_marker(c) for c in obj.children):
        owned = next((c for c in (*tok.children, *to.children) if c.dep_ in (
            "dep", "nsubj", "appos", "npadvmod") and c.i > obj.i and c.pos_ in ("PROPN", "NOUN")),
            None)
        if owned is not None:  # "According to the country's Foreign Minister Anniken
            return owned  # Huitfeldt, ...": the parse left the name hanging, not the owner
    return obj


def aside(tok: Token | None, verb: Token | None, lex: Lexicon, met: bool = False) -> bool:
    """A date inside a clause about someone, not about the saying: "Moon, who met Biden
    last week, said ...", "the minister, appointed in May, told ..." (but "the report
    released Monday shows" dates what the report says, and "said at a meeting called
    by the US on Monday", "told a briefing that was held on Friday" the occasion the
    words were said at, and "X, speaking to reporters on Sunday, said" the saying).
    ``met``: the verb says its words came "after the meeting", so a clause about the
    speaker meeting ("X, who held talks with Y on Tuesday, said after the meeting")
    dates them too."""
    if tok is None or verb is None or tok.doc is not verb.doc:
        return False
    for node in (tok, *tok.ancestors):
        if node.i == verb.i:
            return False
        side = node.dep_ in ("relcl", "appos") or (
            node.dep_ == "acl" and node.head.lemma_.lower() not in lex.document_nouns
            and not (node.head.lemma_.lower() in QUESTION_NOUNS  # (answered when asked:
                     and node.tag_ == "VBN")  # "questions raised on Tuesday", not "questions
            # on the US sending a letter on June 3", the day of the act asked about)
            and trailing_subject(node) is None  # ", state media reported on Tuesday"
            and not (node.tag_ == "VBG" and node.lemma_.lower() in lex.speaking_verbs))
        if side and not node.left_edge.i <= verb.i <= node.right_edge.i and not (
                node.dep_ != "appos" and occasion_of(node.head, verb, lex.speech_occasions)
                or met and meeting(node, lex.speech_occasions)):
            return True
    return False


MEETING_VERBS = frozenset({"attend", "chair", "hold", "host", "meet"})


def on_the_day(clause: Token, verb: Token) -> bool:
    """Whether a clause hangs on a relative clause of the verb's day ("said the day the
    decision was announced that ..."): the parse took the reported clause for one of
    the day's event."""
    head = clause.head
    return head.dep_ == "relcl" and head.head.dep_ == "npadvmod" and (
        head.head.head.i == verb.i) and head.head.lemma_.lower() in ("day", "week", "morning",
                                                                     "evening", "night")


def at_the_time(verb: Token) -> bool:
    """ "Ri, who guided the test on March 25, said at the time that ...": the words
    were said when the aside's event happened, so its day is theirs."""
    return any(c.dep_ == "prep" and c.lower_ == "at" and any(
        o.dep_ == "pobj" and o.lower_ == "time" and any(
            d.dep_ == "det" and d.lower_ == "the" for d in o.children)
        for o in c.children) for c in verb.children)

# "Responding to questions raised in parliament on Tuesday, X said": the day the
# questions were put is the day of the answer.
QUESTION_NOUNS = frozenset({"question", "query", "inquiry", "enquiry"})


def to_questions(verb: Token) -> bool:
    """ "answering questions from deputies", "responding to questions about ...": what
    the words answered, not what they said."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in QUESTION_NOUNS for o in objects)


def after_the_occasion(verb: Token, occasions: frozenset[str]) -> bool:
    """ "said after the meeting", "told reporters following the talks": the words came
    after an occasion the report named before."""
    return any(c.dep_ == "prep" and c.lower_ in ("after", "following") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in occasions
        and any(d.lower_ in ("the", "that", "those") for d in o.children)
        for o in c.children) for c in verb.children)


def meeting(clause: Token, occasions: frozenset[str]) -> bool:
    """Whether a clause tells of a meeting: "who held talks with ...", "who met Y"."""
    return clause.lemma_.lower() in MEETING_VERBS or any(
        t.lemma_.lower() in occasions and t.pos_ == "NOUN" for t in clause.subtree)


# A day a measure starts or ends: "a price rise with effect from Thursday", "effective
# Monday", "the curfew runs until Friday" (not when anything was said).
IN_FORCE = re.compile(r"\b(?:with effect|effective|takes? effect|starting|beginning|as of"
                      r"|until|till|through)(?:\s+(?:from|on))?\s+$", re.IGNORECASE)


def in_force(text: str, mention: dates.DateMention) -> bool:
    """Whether a date is the day a measure starts or ends (its own "from" included),
    or a deadline or end the phrase itself opens with ("a lockdown until Friday",
    "must register by Monday"): never the day of a saying."""
    if re.match(r"(?:until|till|through|by)\s", mention.phrase, re.IGNORECASE):
        return True
    lead = re.match(r"(?:from|on)\s+", mention.phrase, re.IGNORECASE)
    before = text[max(0, mention.start - 30):mention.start] + (lead[0] if lead else "")
    return bool(IN_FORCE.search(before))


# "this spring", "in this year": the period the report is written in, named bare.
CURRENT_PERIOD = re.compile(r"(?:in\s+|during\s+)?this\s+(?:spring|summer|autumn|fall|winter"
                            r"|month|year)", re.IGNORECASE)


def current_period(mention: dates.DateMention) -> bool:
    """Whether a date names the season, month or year the report is in, with nothing to
    place it earlier ("join NATO quickly this spring", "elections due this year"): the
    time of what is said, not of the saying, which news reports as "earlier this
    month" or by its day. ("This week" can date a saying: "said this week".)"""
    return bool(CURRENT_PERIOD.fullmatch(mention.phrase))


def in_the_document(verb: Token, documents: frozenset[str]) -> bool:
    """ "said in the statement", "wrote in the letter": a document the report named
    before (the definite article), whose day is that of the words."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in documents
        and any(d.dep_ == "det" and d.lower_ == "the" for d in o.children)
        for o in c.children) for c in verb.children)


def occasion_of(noun: Token, verb: Token, occasions: frozenset[str]) -> bool:
    """Whether ``noun`` is the occasion ``verb``'s words were said at: a meeting, news
    conference or interview the verb takes ("said at a meeting", "told a briefing",
    "speaking in an interview"), directly or through its preposition."""
    if noun.lemma_.lower() not in occasions:
        return False
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    return head.i == verb.i and noun.dep_ in ("pobj", "dobj", "dative", "npadvmod")


MODIFIERS = ("compound", "nummod", "nmod", "amod", "npadvmod")  # of a noun, before it


def names_event(tok: Token | None, end: int, occasions: frozenset[str]) -> bool:
    """A date that names an event by its day, not the saying: "talking about July 5-6
    Pride rallies", "ahead of the October 2 elections", "the March 1 deadline" (the
    date a modifier of a noun after it); but "told a July 5 news conference" and "in
    a Monday interview" say when the words were said. ``end`` is where the date ends
    (an offset in ``tok``'s doc)."""
    node = tok
    while node is not None and node.dep_ in MODIFIERS and node.head.i > node.i:
        node = node.head
        if node.idx >= end and node.pos_ in ("NOUN", "PROPN"):
            while node.dep_ == "compound" and node.head.i > node.i:  # "news conference"
                node = node.head
            return node.lemma_.lower() not in occasions
    return False


def asked_aside(verb: Token) -> bool:
    """ "Marquez, asked whether deliveries would pick up, said ...": "asked" between
    commas after a name, before the speaker's own verb, is a question put to her, even
    when the parse makes it her verb."""
    if verb.lemma_.lower() != "ask" or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return False
    end = verb.right_edge.i + 1
    doc = verb.doc
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].pos_ in ("VERB", "AUX")


def as_said(verb: Token) -> Token | None:
    """ "As Muller recalled, thousands of guards ...": the main clause a leading "as X
    said" attributes (its verb), or None."""
    if verb.dep_ != "advcl" or verb.head.i <= verb.i or has_clause(verb) or not any(
            c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    if any(c.dep_ in ("dobj", "prep") and not is_when(c) for c in verb.children
           if c.i > verb.i):
        return None  # "As he spoke to reporters, ...": when, not what
    return verb.head


def nobody(subject: Token) -> bool:
    """ "No group has claimed responsibility", "none of the parties commented": a
    speech act that nobody made."""
    return subject.lower_ in ("none", "nobody", "noone", "neither") or any(
        c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subject.children)


def appeal_content(noun: Token) -> list[Token] | None:
    """The words of an appeal, from its "for": "a plea for people to leave the red
    zone", "a call for donors to increase aid", "an appeal for calm" (the parse hangs
    the infinitive on the noun, or makes "for" the mark of a clause of the verb)."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"
                 and c.i > noun.i and any(o.dep_ == "pobj" for o in c.children)), None)
    if prep is not None:
        then = [t for c in noun.children if c.dep_ in ("acl", "relcl") and c.i > prep.i
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for t in c.subtree]
        return sorted([*prep.subtree, *then], key=lambda t: t.i)
    clause = next((c for c in noun.head.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "for" and m.i == noun.right_edge.i + 1
        for m in c.children)), None) if noun.dep_ == "dobj" else None
    return list(clause.subtree) if clause is not None else None


# The prepositions that aim a warning: "a warning against leaders", "a threat to".
AIMED = frozenset({"about", "against", "of", "over", "to"})


def warning_content(noun: Token) -> list[Token] | None:
    """The words of a warning aimed at someone: "a stern warning against leaders from
    the north" (the whole phrase is what was said; a bare "issued a warning" says
    nothing the report gives)."""
    if not any(c.dep_ == "prep" and c.lower_ in AIMED and c.i > noun.i for c in noun.children):
        return None
    return list(noun.subtree)


def noun_clause(noun: Token) -> Token | None:
    """The "that" clause right after a noun, or after its agent ("claim that it sent
    no letter", "the accusation by Beijing that ...")."""
    follows = noun.i + 1
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by" and child.i == follows:
            follows = child.right_edge.i + 1
    return next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i
                 and c.left_edge.lower_ == "that" and c.left_edge.i == follows
                 and any(k.dep_ == "mark" for k in c.children)), None)


def has_clause(tok: Token, besides: frozenset[int] = frozenset()) -> bool:
    """Whether ``tok`` has a reported clause (those at the indices ``besides`` aside)."""
    return any((c.dep_ == "ccomp" or c.dep_ == "advcl" and c.i > tok.i and that_clause(c))
               and c.i not in besides for c in tok.children)


def reported_clause(tok: Token) -> bool:
    """A clause complement that is not a quote's own verb ("..., " she said)."""
    doc = tok.doc
    for c in tok.children:
        if c.dep_ != "ccomp":
            continue
        first = c.left_edge.i
        quoted = doc[first].text in QUOTE_MARKS or (first > 0 and doc[first - 1].text in
                                                    QUOTE_MARKS)
        if not quoted:
            return True
    return False


def simple_present(verb: Token) -> bool:
    """ "urges", "expresses": the simple present, as a document speaks."""
    return (verb.tag_ in ("VBZ", "VBP") or noun_tag(verb) is not None) and not any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


# Present-tense tags the parse can take for plural nouns.
NOUN_TAGS = frozenset({"reports", "says", "writes"})


def noun_tag(tok: Token) -> tuple[Token, int] | None:
    """ "..., during which the former tried to push back, Channel 13 reports.": a tag
    ending the sentence that the parse took for a plural noun. The head of the name
    before it, and where the comma that sets the tag off stands."""
    if tok.lower_ not in NOUN_TAGS or tok.pos_ != "NOUN":
        return None
    sent = tok.sent
    if not all(t.is_punct for t in sent if t.i > tok.i) or tok.i == sent.end - 1:
        return None
    comma = max((t.i for t in sent if t.i < tok.i and t.text == ","), default=None)
    if comma is None or not 2 <= tok.i - comma <= 6:
        return None
    words = [t for t in tok.doc[comma + 1:tok.i] if t.pos_ in ("NOUN", "PROPN")]
    if not words or not any(t.pos_ == "PROPN" or t.ent_type_ for t in words):
        return None
    return words[-1], comma


def participle_tag(tok: Token) -> tuple[Token, int] | None:
    """ "..., is likely to remain strained for some time, estimated Kaikkonen.": an
    inverted tag ending the sentence that the parse took for a participle describing
    the name after it. The head of the name, and where the comma before the verb
    stands."""
    doc = tok.doc
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBN", "VBD") or tok.dep_ not in (
            "amod", "acl", "conj") or tok.lemma_.lower() not in lexicon().speech_verbs or (
            tok.i < 2) or doc[tok.i - 1].text != ",":
        return None
    if tok.dep_ == "conj" and tok.lemma_.lower() not in TAG_VERBS:
        return None  # (", warned Russia.": an act on Russia, one more of the subject's)
    labels = ("PERSON", "ORG") if tok.lemma_.lower() in TAG_VERBS else ("PERSON",)
    ent = next((e for e in tok.sent.ents if e.start == tok.i + 1 and e.label_ in labels), None)
    if ent is None or not all(t.is_punct for t in doc[ent.end:tok.sent.end]):
        return None
    return ent.root, tok.i - 1


# Verbs that end a sentence as its inverted tag, with no object of their own: "...,
# predicted UNICEF.", "..., added the minister." (not ", warned Russia.", ", urged Kyiv.").
TAG_VERBS = frozenset({"say", "add", "note", "predict", "estimate", "report", "state",
                       "write", "explain", "insist", "claim", "announce", "conclude",
                       "observe", "stress", "argue", "recall", "continue", "confirm"})


def perfect(verb: Token) -> bool:
    """ "has said", "have warned"."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def undated(verb: Token) -> bool:
    """ "has said", "earlier said", "claims": the text does not fix when."""
    adverb = any(c.dep_ == "advmod" and c.lower_ in UNDATED_ADVERBS for c in verb.children)
    present = verb.tag_ in ("VBZ", "VBP") or noun_tag(verb) is not None
    return perfect(verb) or adverb or present


def merge(clause: tuple[int, int], quotes: list[tuple[int, int]]) -> tuple[int, int]:
    start, end = clause
    for q_start, q_end in quotes:
        if q_start - end <= 3 or q_start <= end:
            end = max(end, q_end)
    return start, end


def main_subject(tok: Token) -> bool:
    """Whether a subject is the sentence's own (or that of a verb conjoined with the
    sentence's, or of a clause setting the time before it: "as Joe Biden took charge,
    he vowed"), not of a clause inside it."""
    verb = tok.head
    if verb.dep_ == "advcl" and verb.i < verb.head.i and verb.head.dep_ == "ROOT" and any(
            c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children):
        return True
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


TIME_MARKS = frozenset({"as", "when", "after", "once", "while", "since", "before"})


def top_diplomat(described: str) -> bool:
    """ "the Philippines' top envoy", "China's top diplomat": news English for the
    foreign minister (or secretary of state)."""
    words = described.lower().split()
    return len(words) >= 2 and words[-1] in ("diplomat", "envoy") and words[-2] == "top"


# The titles of whoever heads a body, which news calls its "head" or "chief".
HEADS_OF_BODIES = frozenset({"director", "director-general", "president", "chairman",
                             "chairwoman", "chairperson", "chair", "secretary-general",
                             "administrator", "commissioner", "governor", "chief"})


def same_body(described: str, mention: str) -> bool:
    """Whether a description and a titled name share the name of a body: "head of the
    UN World Food Programme (WFP)" and "WFP Executive Director David Beasley"."""
    def names(text: str) -> set[str]:
        return {w.strip("()[],.") for w in text.split()
                if len(w.strip("()[],.")) >= 2 and w.strip("()[],.").isupper()}
    return bool(names(described) & names(mention))


def foreign_office_title(title: list[str]) -> bool:
    """ "Foreign Affairs Secretary", "Foreign Minister", "Secretary of State"."""
    words = [w.lower() for w in title]
    return bool(words) and not set(words) & SUBORDINATE and (
        "foreign" in words and words[-1] in ("minister", "secretary")
        or words[-3:] == ["secretary", "of", "state"])


def same_rank(title: list[str], described: str) -> bool:
    """Whether a title can be the role a speaker was described by: "Deputy Prime
    Minister Hale" is not "the Prime Minister", and "Defense Secretary Austin" is not
    "the Department of Defense press secretary" (both name the kind of secretary)."""
    words = described.lower().split()
    title = [w.lower() for w in title]
    kinds = lexicon().portfolios | {"press", "prime"}
    if len(words) > 1 and len(title) > 1 and words[-2] in kinds and title[-2] in kinds and (
            words[-2] != title[-2]):
        return False
    return not (set(title) & SUBORDINATE) or bool(set(words) & SUBORDINATE)


# The words a report names a statement by when it says where it was made: "Kim made
# the remarks at a briefing on Sunday", "The comments came during a visit".
REMARK_NOUNS = frozenset({"remark", "comment", "call", "statement", "speech", "address",
                          "appeal", "plea", "pledge", "announcement", "warning", "word",
                          "declaration"})
_BACK = frozenset({"the", "these", "those", "such", "his", "her", "their", "its"})
# Verbs that place what was just told when their object is "this": "He stated this in an
# interview on Thursday", "She disclosed this at a briefing in Abuja on Monday".
_SAID_THIS = frozenset({"say", "speak", "utter", "state", "disclose", "reveal", "announce",
                        "declare", "assert", "mention", "stress", "note"})  # ("said those
# words", "said this at the launch": see remarks_made)


def remarks_made(verb: Token) -> tuple[str, Token | None] | None:
    """A sentence that places statements reported before it: "Kim made the remarks at a
    party meeting held Sunday", "He made these remarks speaking to the media on Friday"
    (``("maker", subject)``), "The remarks were made at ...", "The comments came
    during ..." (``("remarks", None)``: they are the statements just told)."""
    def told(noun: Token) -> bool:  # "the remarks", "his comments": ones already told
        return noun.lemma_.lower() in REMARK_NOUNS and any(
            c.dep_ in ("det", "poss") and c.lower_ in _BACK for c in noun.children)
    lemma = verb.lemma_.lower()
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if lemma in ("make", "deliver", "give"):
        objects = [c for c in verb.children if c.dep_ == "dobj"] + [  # (or parsed as the
            s for c in verb.children if c.dep_ in ("ccomp", "xcomp")  # subject of what
            for s in c.children if s.dep_ == "nsubj"]  # follows: "made these remarks
        if any(told(c) for c in objects) and subjects and (  # speaking to ...")
                subjects[0].dep_ == "nsubj"):
            return "maker", subjects[0]
        if subjects and subjects[0].dep_ == "nsubjpass" and told(subjects[0]):
            return "remarks", None
    if lemma == "come" and subjects and told(subjects[0]):
        return "remarks", None
    if lemma == "speak" and verb.tag_ == "VBG" and subjects and subjects[0].dep_ == "nsubj" and (
            any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)) and not any(
            c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return "maker", subjects[0]  # "Minister was speaking on Tuesday, October 20, 2020
        # at a bilateral meeting": where the words just told were said
    if lemma in _SAID_THIS - {"say", "speak", "utter"} and subjects and (
            subjects[0].dep_ == "nsubj") and any(_this_placed(c) for c in verb.children
                                                 if c.dep_ == "dobj" and c.i == verb.i + 1):
        return "maker", subjects[0]  # "He stated this in an interview with NTA on Thursday"
    if lemma in ("say", "speak", "utter") and subjects and subjects[0].dep_ == "nsubj" and any(
            told(c) or c.lower_ in ("this", "that", "these", "those") and not any(c.children)
            and not any(t.text == ":" for t in verb.doc[c.i + 1:verb.sent.end])
            for c in verb.children if c.dep_ == "dobj"):
        return "maker", subjects[0]  # "Stanley said those words Tuesday during a meeting",
        # "Dr Mensah said this at the launch of ... on Wednesday" (not "said this on
        # Tuesday during a meeting: '...'", the words it goes on to give)
    return None


def _this_placed(obj: Token) -> bool:
    """ "this" as the object of "stated this in ...", "disclosed this while ...": the
    words just told, placed; not "announced this Tuesday (12) a state of emergency"."""
    if obj.lower_ != "this" or any(obj.children):
        return False
    after = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    return (after is None or after.is_sent_start or after.tag_ == "VBG"
            or after.text in (".", ",")
            or after.pos_ == "ADP" and after.ent_type_ not in ("DATE", "TIME"))


def dates_the_occasion(tok: Token | None, verb: Token, lex: Lexicon) -> bool:
    """Whether a day in a remarks sentence is the occasion's: "at a briefing on Sunday",
    "during a meeting held Sunday", "speaking to the media on Friday" (not "came a day
    after Kim said on Sunday ...", the day of another act)."""
    if tok is None or tok.doc is not verb.doc:
        return False
    prep = tok if tok.dep_ == "prep" else tok.head
    occasion = prep.dep_ == "prep" and prep.head.lemma_.lower() in lex.speech_occasions
    for node in tok.ancestors:  # ("at the ministry's press conference on June 11", the
        if node.i == verb.i:  # parse hanging the occasion on the clause before it)
            return True
        if occasion and node.pos_ in ("VERB", "AUX") and (
                node.lemma_.lower() not in lex.speech_verbs):
            continue
        if node.pos_ in ("VERB", "AUX") and not (
                node.dep_ == "acl" and node.head.lemma_.lower() in lex.speech_occasions
                or node.tag_ == "VBG" and node.lemma_.lower() in lex.speaking_verbs):
            return False
    return False
