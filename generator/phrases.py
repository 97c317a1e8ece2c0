"""What a speaker's noun phrase is made of, read off the parse alone: its core words,
the name in it and where the name starts and ends, titles and honorifics, the words
that describe it, the gender it gives away.

Plain functions of spaCy tokens, with no article state: :mod:`generator.mentions`
uses them to turn a phrase into an actor.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .lexicon import lexicon

EDGE_DROP = {"punct", "cc", "conj", "prep", "relcl", "acl", "appos", "advmod", "case"}


# "the 47-year-old", "the 60-year-old": a person the text introduced, by age
AGE_PHRASE = re.compile(r"(?i)^the (?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old(?P<noun> [a-z]+)?$")


# Offices one person holds at a time, in a country or a city: "the President" is never
# the minister just quoted, and needs no "of" to be one person.
HEAD_OFFICES = frozenset({"president", "premier", "chancellor", "king", "queen", "emir",
                          "governor", "mayor", "pope", "sultan", "monarch", "emperor"})


def core_tokens(head: Token) -> list[Token]:
    """The noun phrase of ``head`` without appositions, clauses and trailing phrases."""
    drop: set[int] = set()
    name = next((e for e in head.doc.ents if e.start <= head.i < e.end
                 and e.label_ in ("ORG", "FAC", "GPE", "NORP")), None)
    for child in head.children:
        if child.tag_ == "HYPH":
            continue  # "Cho Hey-sil": the hyphen is part of the name
        if name is not None and child.i > head.i and _part_of_name(child, name):
            drop.update(_bracketed(child))  # (the acronym after it is not the name)
            continue  # "the Joint Chiefs of Staff", "Ministry of Foreign Affairs": one name
        if _name_of(head, child):
            continue  # the same, untagged (or tagged in two pieces: "the Directorate of
            # Meteorology" and "Hydrology")
        if name is not None and (inside := _name_part(child, name)):
            drop.update(t.i for t in child.subtree if t.i not in inside)
            continue  # "the Directorate of Meteorology and Hydrology forecast temperatures
            # of ...": the parse ran the name into the words after it; the name is NER's
        if _office_of(head, child):
            continue  # "the office of Prime Minister Fumio Kishida": whose office it is
        if child.dep_ in EDGE_DROP and not is_possessive_marker(child) or (
                child.dep_ == "npadvmod" and child.i > head.i):  # "Biegun ... last week"
            drop.update(t.i for t in child.subtree)
    for tok in head.subtree:  # "a person familiar with the talks, who declined ...": a
        if tok.dep_ == "relcl" and tok.i > head.i:  # clause inside the phrase names nobody
            drop.update(t.i for t in tok.subtree)
            drop.update(t.i for t in tok.doc[tok.left_edge.i - 1: tok.left_edge.i]
                        if t.is_punct)
    tokens = [t for t in head.subtree if t.i not in drop and not t.is_space]
    while len(tokens) > 1 and tokens[-1].ent_type_ in ("DATE", "TIME") and not (
            AGE_PHRASE.match(text_of(tokens))):  # (but "the 47-year-old", a DATE to NER, is who)
        tokens.pop()  # "Rodong Sinmun Thursday says": when, not who
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    return tokens


def _part_of_name(child: Token, name: Span) -> bool:
    """Whether the phrase ``child`` opens after a name's head is inside the name: "of
    Paraguay (ARP)" in "the Rural Association of Paraguay", "and Sustainable
    Development" in "the Ministry of Environment and Sustainable Development". A
    conjoined phrase is a second body when it has its own article or body noun ("the
    ministry of health and the ministry of finance")."""
    if child.dep_ not in ("prep", "cc", "conj") or child.dep_ == "conj" and (
            child.lemma_.lower() in lexicon().org_nouns
            or any(t.dep_ == "det" for t in child.subtree)):
        return False
    inside = {t.i for t in child.subtree} - _bracketed(child)
    return all(name.start <= i < name.end for i in inside)


def _name_part(child: Token, name: Span) -> set[int]:
    """The words of an "of" phrase after a body's head that belong to its name, when the
    parse hung words outside the name on them too: from the "of" through the name (and
    any capitalised words that carry it on, which NER tagged apart: "Hydrology"), up to
    the first lowercase word that is not "and", "of", "for" or "the"."""
    if child.dep_ != "prep" or child.lower_ != "of" or not (
            name.start <= child.i < name.end - 1):
        return set()
    subtree = {t.i for t in child.subtree}
    run, i = [], child.i
    while i in subtree and (i < name.end or child.doc[i].text[:1].isupper()
                            or child.doc[i].lower_ in ("and", "of", "for", "the")):
        run.append(i)
        i += 1
    while run and not child.doc[run[-1]].text[:1].isupper():
        run.pop()
    if run and run[-1] + 1 in subtree and (
            (head := child.doc[run[-1] + 1]).dep_ == "pobj" and head.head.i == child.i
            and child.doc[run[-1]].head.i == head.i):
        run.append(head.i)  # "Ministry of Foreign affairs": NER stopped before the phrase's
        # own head noun, typed in lower case
    if not run or run[-1] < name.end - 1 or set(range(child.i, run[-1] + 1)) - subtree:
        return set()
    return set(run)


def acronyms(head: Token) -> set[str]:
    """ "the Intergovernmental Authority on Development (IGAD)": the short name the
    text gives a body in brackets, for later mentions by it ("IGAD said")."""
    doc, found = head.doc, set()
    marks = sorted(_bracketed(head))
    for n, i in enumerate(marks):
        if doc[i].text == "(":
            inner = [doc[j] for j in marks[n + 1:] if doc[j].text != ")"][:1]
            if inner and len(inner[0].text) >= 2 and inner[0].text.isupper() and (
                    inner[0].is_alpha or inner[0].text.replace("-", "").isalpha()):
                found.add(inner[0].text)
    return found


def _bracketed(tok: Token) -> set[int]:
    """The bracketed appositions under ``tok`` with their brackets: "(MADES)"."""
    doc, out = tok.doc, set()
    for t in tok.subtree:
        left, right = t.left_edge.i - 1, t.right_edge.i + 1
        if t.dep_ == "appos" and left >= 0 and doc[left].text == "(":
            out.update(x.i for x in t.subtree)
            out.add(left)
            if right < len(doc) and doc[right].text == ")":
                out.add(right)
    return out


def _name_of(head: Token, prep: Token) -> bool:
    """ "Joint Chiefs of Staff" that NER left untagged: a plural proper noun or a body's
    noun, and "of" with only capitalised words after it."""
    if prep.lower_ != "of" or prep.i < head.i or head.ent_type_ == "PERSON" or not (
            head.tag_ == "NNPS" or head.pos_ == "PROPN"
            and head.lemma_.lower() in lexicon().org_nouns):
        return False
    words = [t for t in prep.subtree if t.i != prep.i]
    return bool(words) and words[-1].pos_ == "PROPN" and all(  # ("Ministry of Foreign
        t.pos_ == "PROPN" or t.lower_ in ("and", "the", "&", "of", "for") for t in words)  #
    # Affairs", "Office of the State Minister for Reconciliation and Civic Equality")


OFFICES = frozenset({"office", "spokesperson", "spokesman", "spokeswoman", "government",
                     "administration", "cabinet", "aide", "aides", "camp", "team"})


def _office_of(head: Token, prep: Token) -> bool:
    """ "office of Japanese Prime Minister Fumio Kishida": the person named after "of"
    says whose office it is, and is part of its name."""
    if head.lemma_.lower() not in OFFICES or prep.lower_ != "of" or prep.i < head.i:
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.pos_ == "PROPN" and any(
        t.ent_type_ == "PERSON" for t in obj.subtree)


def is_possessive_marker(tok: Token) -> bool:
    return tok.dep_ == "case" and tok.lower_ in ("'s", "\u2019s", "'")


def text_of(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i: tokens[-1].i + 1].text


def gender_of(head: Token, tokens: list[Token]) -> str | None:
    """What the phrase naming a person says of their gender: an honorific or a noun
    of their own ("Ms.", "spokeswoman", "the sister of ..."), not one inside another
    person's possessive ("Kim's wife" says nothing of Kim)."""
    owned = {t.i for tok in tokens if tok.dep_ == "poss" for t in tok.subtree}
    words = [t for t in tokens if t.i not in owned]
    words += [c for c in head.children if c.dep_ == "appos"]
    lex = lexicon()
    found = {("f" if w in lex.female_words else "m") for t in words
             if (w := t.lower_.rstrip(".")) in lex.female_words | lex.male_words}
    return found.pop() if len(found) == 1 else None


def hyphen_piece(tok: Token) -> bool:
    """ "seok" of "Kang Min-seok": the part of a name glued after its hyphen (which the
    tagger may take for a common noun)."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == "-" and (
        tok.idx == tok.doc[tok.i - 1].idx + 1) and tok.is_alpha


def described_name(words: list[Token]) -> list[Token]:
    """The proper nouns ending an apposition after the person noun that describes
    them ("retired PE teacher Sandra Holt" -> "Sandra Holt"), else the words."""
    lex = lexicon()
    nouns = [n for n, t in enumerate(words) if t.pos_ == "NOUN"
             and t.lemma_.lower() in lex.person_nouns | lex.titles]
    if not nouns:
        return words
    run = words[nouns[-1] + 1:]
    if 2 <= len(run) <= 4 and all(t.pos_ == "PROPN" and t.lower_ not in lex.org_nouns
                                  for t in run):
        return run
    return words


def hyphen_tail(last: Token) -> list[Token]:
    """The rest of a hyphenated name after ``last``: "-in" of "Moon Jae-in"."""
    doc, tail = last.doc, []
    while (last.i + 2 < len(doc) and doc[last.i + 1].text == "-" and not last.whitespace_
           and not doc[last.i + 1].whitespace_ and doc[last.i + 2].is_alpha):
        tail += [doc[last.i + 1], doc[last.i + 2]]
        last = doc[last.i + 2]
    return tail


# Entity types the small model gives names of people it does not know ("Tedros
# Adhanom Ghebreyesus" as a WORK_OF_ART): proper nouns with these may be a name.
MISTYPED = frozenset({"", "PERSON", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})


HONORIFICS = frozenset({"mr", "ms", "mrs", "miss", "mx", "dr", "prof", "sir", "madam", "eng",
                        "engr"})  # ("Eng. Hanan Al-Mutairi": an engineer)


# Titles that news keeps with the name as the way a person is called: "Sheikh Hamad
# Jaber Al-Sabah", "Datuk Seri Anwar" (an alias besides the bare name).
STYLED = frozenset({"sheikh", "sheikha", "datuk", "dato", "datin", "seri", "tan", "sri", "tun",
                    "tunku", "tengku", "samdech", "techo"})


def _styled(word: str, after: str, styled: bool) -> bool:
    """Whether ``word`` is a styled title opening a name: "Tan" and "Sri" only in "Tan
    Sri" (else the surname Tan, the name Sri Mulyani), "Seri" only after another."""
    if word in ("tan", "sri", "seri"):
        return styled or (word == "tan" and after == "sri")
    return word in STYLED


def person_name(tokens: list[Token]) -> list[Token]:
    """The run of tokens that is a person's name, titles stripped."""
    while tokens and is_possessive_marker(tokens[-1]):
        tokens = tokens[:-1]  # "praise for Economy Minister Martin Guzman's handling"
    words = [t for t in tokens if t.dep_ != "det"]
    if len(words) >= 2 and words[0].lower_.rstrip(".") in HONORIFICS and len(words) <= 5 and all(
            t.pos_ == "PROPN" and t.is_title or t.text == "-" for t in words[1:]) and (
            words[-1].lower_.rstrip(".") not in lexicon().titles | lexicon().person_nouns):
        # (not "the Hon. Minister": a role)
        words = words[1:]  # "Mr Hamoonga", "Dr Ralph Gonsalves": a person, whatever NER
        while len(words) >= 2 and words[0].lower_.rstrip(".") in HONORIFICS | {"hon", "rt"}:
            words = words[1:]  # says; "Dr. the Hon. Christopher Tufton": Christopher Tufton
        return words
    run = _trailing(tokens, lambda t: t.ent_type_ == "PERSON")
    if not run:
        run = _trailing(tokens, lambda t: t.pos_ == "PROPN" and t.ent_type_ in MISTYPED)
    titles = lexicon().titles
    if run and run[0] in tokens and run[0].ent_type_ == "PERSON":
        run = _name_start(tokens, run, titles)
    if run and run[0] in tokens:  # "Ms Han Soo-min" with "Han" taken for a nationality:
        first = tokens.index(run[0])  # an honorific opens a name, whatever NER says
        start = first
        while start > 0 and tokens[start - 1].pos_ == "PROPN" and (
                tokens[start - 1].lower_.rstrip(".") not in titles):
            start -= 1
        if start < first and start > 0 and tokens[start - 1].lower_.rstrip(".") in HONORIFICS:
            run = tokens[start - 1:first] + run
    last_title = max((n for n, t in enumerate(run[:-1]) if t.lower_.rstrip(".") in titles),
                     default=-1)
    run = run[last_title + 1:]  # "Unification Minister Yuki Petrov", tagged whole or not
    while run and run[0].text == "-":
        run = run[1:]
    styled = False  # "Samdech Techo Hun Sen", "Tan Sri Annuar Musa": Hun Sen, Annuar Musa
    while len(run) > 2 and _styled(run[0].lower_.rstrip("."), run[1].lower_, styled):
        run, styled = run[1:], True  # (the styled name is an alias)
    if run and run[-1].ent_type_ != "PERSON" and (
            run[-1].lower_.rstrip(".") in titles | lexicon().person_nouns):
        return []  # "the Prime Minister", "Foreign Secretary": a role, capitalised
    words = sum(t.text != "-" for t in run)  # "Hamad Jaber Al-Sabah": four words
    if run and words <= 4 and (len(run) < len(tokens) or run[-1].ent_type_ == "PERSON"
                               or len(run) > 1):
        return run
    return []


def _name_start(tokens: list[Token], run: list[Token], titles: frozenset[str]
                ) -> list[Token]:
    """ "Ri Pyong Chol" with only "Chol" labelled a person: up to two capitalised words
    the name's head compounds, with no entity of their own and no title among them,
    belong to the name (Korean names in three parts)."""
    first = tokens.index(run[0])
    start = first
    while start > 0 and first - start < 2:
        prev = tokens[start - 1]
        if not (prev.pos_ == "PROPN" and prev.is_title and prev.ent_type_ == ""
                and prev.dep_ == "compound" and prev.lower_.rstrip(".") not in titles
                and prev.lower_ not in lexicon().person_nouns):
            break
        start -= 1
    particles = start  # "Agnes von der Muhl" with only "Muhl" a person: the particles
    while particles > 0 and start - particles < 3 and tokens[particles - 1].text in (
            NAME_PARTICLES):  # and the given name before them (lower case, as written)
        particles -= 1
    if particles < start and particles > 0 and (given := tokens[particles - 1]).is_title and (
            given.pos_ == "PROPN" and given.ent_type_ in ("", "PERSON", "LOC")
            and given.lower_.rstrip(".") not in titles
            and given.lower_ not in lexicon().person_nouns):
        start = particles - 1
    return tokens[start:first] + run


def _trailing(tokens: list[Token], is_name: object) -> list[Token]:
    """The longest run at the end of ``tokens`` whose tokens are name-like; the part of a
    hyphenated name after the hyphen may be lower case ("Hey-sil")."""
    tail: list[Token] = []
    for n in range(len(tokens) - 1, -1, -1):
        tok = tokens[n]
        after_hyphen = n > 0 and tokens[n - 1].text == "-" and tok.i == tokens[n - 1].i + 1
        if tok.text == "-" or after_hyphen or is_name(tok):  # type: ignore[operator]
            tail.insert(0, tok)
        else:
            break
    # "-won" alone is no name: the run needs a name-like token before any hyphen
    return tail if any(is_name(t) for t in tail if t.text != "-") else []  # type: ignore[operator]


# Lowercase particles inside a person's name: "Ursula von der Leyen", "Jan de Vries".
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "das", "dos", "do", "di",
                            "del", "della", "du", "la", "le", "bin", "ibn", "al", "el", "ter"})


def plausible_name(name: str) -> bool:
    """A person's name is capitalised words without digits ("COVID-19" is not one)."""
    words = name.split()
    return bool(words) and not any(c.isdigit() for c in name) and all(
        w[0].isupper() or w in NAME_PARTICLES for w in words
    ) and not name.isupper()


def generic_noun(tok: Token) -> bool:
    """A noun any body or person can be called by ("ministry", "agency", "official")."""
    lex = lexicon()
    return tok.lemma_.lower() in lex.org_nouns | lex.person_nouns | lex.media_nouns


def noun_lemma(head: Token) -> str:
    """The head noun's lemma, with a compound before it when the lexicon lists the
    pair ("think tank", "press office")."""
    lex = lexicon()
    for child in head.children:
        if child.dep_ == "compound" and child.i == head.i - 1:
            pair = f"{child.lemma_.lower()} {head.lemma_.lower()}"
            if pair in lex.org_nouns | lex.person_nouns | lex.media_nouns:
                return pair
    return head.lemma_.lower()


# Adjectives that rank or place a role rather than colour it: "the senior official".
RANKS = frozenset({"senior", "junior", "top", "chief", "deputy", "former", "acting",
                   "interim", "outgoing", "incoming", "new", "then", "current", "other",
                   "second", "first", "high", "ranking", "foreign", "local", "regional",
                   "national", "federal", "provincial", "military", "civilian", "anonymous",
                   "unnamed", "unidentified"})


def mood_word(tok: Token) -> bool:
    """ "elated" in "the elated Taliban spokesman": an adjective that colours a role
    noun and does not make the phrase a new description."""
    return (tok.dep_ == "amod" and tok.tag_ == "JJ" and tok.lower_ not in RANKS
            and tok.lower_ not in lexicon().titles and not tok.ent_type_)


def described_words(head: Token, tokens: list[Token]) -> list[Token]:
    """An unnamed source with the phrase that places it: "a senior official at Seoul's
    presidential office", "a spokesman for the ministry" (up to 10 words)."""
    extra = [t for c in head.children if c.dep_ == "prep" and c.i > head.i
             and not _when(c) for t in c.subtree]  # ("an official on Sunday": when)
    clauses = {t.i for c in extra if c.dep_ in ("relcl", "acl") for t in c.subtree}
    # ("an official at the ministry, who requested anonymity,": the clause names nobody)
    extra = [t for t in extra if t.i not in clauses]
    while extra and extra[-1].is_punct and not (
            extra[-1].text == ")" and any(t.text == "(" for t in extra)):
        extra.pop()  # (but "the UN Children's Fund (UNICEF)" keeps its bracket)
    words = sorted({*tokens, *extra}, key=lambda t: t.i)
    contiguous = words[-1].i - words[0].i + 1 == len(words)
    return words if contiguous and len([t for t in words if not t.is_punct]) <= 10 else tokens


def _when(prep: Token) -> bool:
    """A phrase that dates rather than places: "on Sunday", "in March"."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def titled_names(doc_tokens: list[Token], offset: int) -> list[tuple[int, str, Token]]:
    """The titled names of a paragraph, for :func:`_named_ahead`: "Prime Minister Boris
    Johnson" -> (its offset, "prime minister", the token "Johnson"). NER may or may not
    take the title into the name."""
    titles, nouns = lexicon().titles, lexicon().person_nouns
    found = []
    doc = doc_tokens[0].doc if doc_tokens else None
    for ent in (doc.ents if doc is not None else ()):
        if ent.label_ != "PERSON":
            continue
        inside = []
        for tok in ent:
            if tok.lower_.rstrip(".") not in titles | nouns:
                break
            inside.append(tok)
        if len(inside) == len(ent):
            continue
        before = []
        for prev in reversed(doc[max(0, ent.start - 5):ent.start]):
            if prev.pos_ not in ("PROPN", "NOUN", "ADJ") or prev.ent_type_ == "PERSON":
                break
            before.insert(0, prev)
        title = before + inside
        if title and title[-1].lower_.rstrip(".") in titles | nouns:
            found.append((offset + title[0].idx, " ".join(t.lower_ for t in title), ent.root))
    return found


def as_written(tokens: list[Token]) -> list[str]:
    """The group as the report wrote it, its number kept ("13 heads of foreign missions
    in Bangladesh"), and without a country or city it ends on ("13 heads of foreign
    missions")."""
    words = [t for t in tokens if t.dep_ != "det"]
    out = [text_of(words)]
    if len(words) > 3 and words[-2].dep_ == "prep" and words[-2].lower_ == "in" and (
            words[-1].ent_type_ == "GPE"):
        out.append(text_of(words[:-2]))
    return out


def placed_alias(words: list[Token]) -> list[str]:
    """ "officials at the Agriculture Ministry" are also "Agriculture Ministry
    officials": the short body before the role, as news writes it either way."""
    at = next((n for n, t in enumerate(words) if t.dep_ == "prep" and t.lower_ in (
        "at", "from", "in", "of", "with")), None)
    if not at:
        return []
    body = [t for t in words[at + 1:] if t.dep_ not in ("det", "case")]
    if not 1 <= len(body) <= 3 or any(t.dep_ == "poss" or t.pos_ == "ADP" for t in body):
        return []
    return [f"{text_of(body)} {text_of(words[:at])}"]


def of_members(head: Token) -> list[Token]:
    """The common nouns of an "of" phrase that says who a body is made of: "the coalition
    of opposition parties", "the council of ministers" (not "of the city", "of Kenya")."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == head.i + 1:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects and objects[0].tag_ == "NNS" and not any(
                    t.pos_ in ("PROPN", "DET", "PRON", "NUM") or t.ent_type_
                    for t in objects[0].subtree):
                return [prep, *objects[0].subtree]
    return []


def determiner(tokens: list[Token], head: Token) -> str | None:
    """The determiner of the phrase headed by ``head`` ("the matter" in "diplomats
    familiar with the matter" is not the phrase's own)."""
    for tok in tokens:
        if tok.i > head.i:
            break
        if tok.dep_ == "det":
            return tok.lower_
        if tok.dep_ == "poss":
            return "the"
        if tok.dep_ == "nummod" and tok.lower_ == "one" and tok.head.i == head.i:
            return "a"  # "One senior council officer, who did not want to be named"
    return None


def misattached_subject(tok: Token) -> Token | None:
    """The verb whose subject ``tok`` is, when the parse made it an apposition to the last
    noun of a clause before it: "While describing the camps on Bhasan Char, the Foreign
    Minister mentioned that ..." (not Bhasan Char's title)."""
    doc = tok.doc
    after = tok.right_edge.i + 1
    if tok.dep_ != "appos" or after >= len(doc) or tok.left_edge.i == 0 or (
            doc[tok.left_edge.i - 1].text != ","):
        return None
    if doc[after].text == "," and after + 1 < len(doc) and tok.right_edge.dep_ == "appos":
        after += 1  # "..., Foreign Office's spokesperson, Asim Iftikhar Ahmed, said"
    verb = doc[after]
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i):
        if clause.left_edge.i <= tok.head.i <= clause.right_edge.i:
            return verb
    return None


def name_after_portfolio(obj: Token) -> list[Token]:
    """ "Minister of Health Khalid Ait Taleb said", no entity tagged: the capitalised
    words after the portfolio are the name (two at least)."""
    words = list(obj.subtree)
    if any(t.ent_type_ for t in words):
        return []
    lex = lexicon()
    n = 0
    while n < len(words) and (words[n].lower_ in lex.portfolios
                              or n and words[n].lower_ in ("and", "&")):
        n += 1
    name = words[n:]
    if n == 0 or len(name) < 2 or not all(t.pos_ == "PROPN" and t.is_title for t in name) or any(
            t.lower_ in lex.titles or t.lower_ in lex.org_nouns for t in name):
        return []
    return name
