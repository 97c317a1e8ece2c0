"""From a speaker's noun phrase in a parsed sentence to an actor.

"South Korean Unification Minister Lee In-young" becomes the person Lee In-young
with the role "Unification Minister" and the country South Korea; "Seoul's
unification ministry" the organisation "Unification Ministry" of South Korea;
"he", "the minister", "Lee" resolve to an earlier actor of the article; "an
unidentified senior administration official" stays an unnamed actor of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from .actors import (
    PRONOUNS_PERSON,
    PRONOUNS_THING,
    SUBORDINATE,
    Discourse,
    Entity,
    Registry,
)
from .lexicon import capitals_and_countries, lexicon, slugify
from .phrases import (
    AGE_PHRASE,
    HEAD_OFFICES,
    HONORIFICS,
    NAME_PARTICLES,
    STYLED,
    acronyms,
    as_written,
    core_tokens,
    described_name,
    described_words,
    determiner,
    gender_of,
    generic_noun,
    hyphen_piece,
    hyphen_tail,
    is_possessive_marker,
    misattached_subject,
    mood_word,
    name_after_portfolio,
    noun_lemma,
    of_members,
    person_name,
    placed_alias,
    plausible_name,
    text_of,
)

# Last words of the names of news outlets: "Fuji TV", "NK News", "Rodong Sinmun".
MEDIA_NAME_ENDS = {"tv", "television", "news", "radio", "broadcasting", "times", "post",
                   "herald", "journal", "daily", "network", "channel", "sinmun", "ilbo",
                   "shimbun", "gazette", "tribune", "telegraph", "guardian"}
# Ministers who head no ministry of that name: "the ministry" is not theirs.
NO_MINISTRY = {"prime", "chief", "first", "deputy", "vice", "state", "junior", "senior",
               "cabinet", "former"}
# Nouns any organisation can be called by: "the agency", "the body" (not "the ministry").
GENERIC_BODIES = {"agency", "organization", "organisation", "body", "institution",
                  "watchdog", "group"}
# Adjectives that describe an organisation rather than name it.
DESCRIPTIVE = {"new", "former", "current", "outgoing", "incoming", "previous", "latest",
               "then", "powerful", "influential", "key", "top", "own", "recent", "same",
               "various", "other", "respective", "relevant", "concerned", "official",
               "semiofficial"}
# Hyphenated adjectives that say who owns or runs a body: "state-run", "Shenzhen-based"
# (three tokens to spaCy: "state", "-", "run").
_DESCRIBING_TAILS = frozenset({"run", "owned", "controlled", "backed", "funded", "based",
                               "affiliated", "linked", "led", "sponsored", "operated"})
# Roles news abbreviates: "the PM said".
ABBREVIATED_ROLES = {"pm": "prime minister", "fm": "foreign minister",
                     "cs": "cabinet secretary"}


@dataclass
class Context:
    registry: Registry
    discourse: Discourse
    source_tag: str  # keeps unnamed sources of different articles apart
    upcoming: list[tuple[int, Entity]] = field(default_factory=list)  # (char offset, actor)
    # (char offset, title in lower case, head of the name) of each titled name ahead:
    # "Prime Minister Boris Johnson", for "the Prime Minister" said before he is named
    titled: list[tuple[int, str, Token]] = field(default_factory=list)
    # (char offset, noun) of each document a statement was made in, and its author:
    # "Stanciu warned in a letter ...", for "The letter also asked ..."
    documents: list[tuple[int, str, Entity]] = field(default_factory=list)


@dataclass
class Resolved:
    entity: Entity
    mention: str  # the words as written


    # of Turkmenistan")


def resolve(head: Token, ctx: Context, order: int) -> Resolved | None:
    """The actor that the noun phrase headed by ``head`` refers to, or None."""
    tokens = core_tokens(head)
    if not tokens:
        return None
    mention = text_of(tokens)
    officer = _officer_of_body(head, ctx, order)
    if officer is not None:
        return officer
    entity = (_pronoun(head, ctx, order)
              or _style(head, tokens, ctx, order)
              or _known_surname(tokens, ctx, order)
              or _appositive_name(head, tokens, ctx, order)
              or _name_after_title(head, ctx, order)
              or _name_opening_like_a_conjunction(head, tokens, ctx, order)
              or _appositive_body(head, ctx, order)
              or _document_author(head, tokens, ctx, order)
              or _portfolio_holder(head, tokens, ctx, order)
              or _noun_then_name(head, tokens, ctx, order)
              or _titled_in_a_body(head, tokens, ctx, order)
              or _named_person(head, tokens, ctx, order)
              or _gazetteer(tokens, ctx)
              or _person_by_context(head, tokens, ctx, order)
              or _speaking_place(head, tokens, ctx, order)
              or _age_noun(tokens, ctx, order)
              or _role_noun(head, tokens, ctx, order)
              or _the_country(tokens, ctx, order)
              or _one_of(head, tokens, ctx, order)
              or _partitive(head, ctx, order)
              or _group(head, tokens, ctx, order)
              or _organisation(head, tokens, ctx, order))
    if entity is None:
        return None
    _apposition(head, entity, ctx, order)
    if entity.kind == "person":
        _note_gender(head, tokens, entity, ctx.discourse)
    return Resolved(entity, mention)


def _note_gender(head: Token, tokens: list[Token], entity: Entity,
                 discourse: Discourse) -> None:
    """Remember what the words naming a person say of their gender. A pronoun is no
    evidence: one resolved wrongly ("he" for a woman) would send the next one astray
    too (measured: holdout F lost 0.008 attribution F1 when pronouns counted)."""
    if head.pos_ != "PRON" and (gender := gender_of(head, tokens)):
        discourse.genders[entity.id] = gender


# --- the cases, tried in order -----------------------------------------------------------


def _pronoun(head: Token, ctx: Context, order: int) -> Entity | None:
    word = head.lower_
    if head.dep_ == "poss":  # "In his words, ...": whose words, as "he" would be
        word = {"his": "he", "their": "they", "its": "it"}.get(word, word)
    if head.pos_ != "PRON" or word not in PRONOUNS_PERSON | PRONOUNS_THING:
        return None
    if word in PRONOUNS_PERSON and head.dep_ == "nsubj" and head.head.dep_ == "relcl" and (
            owner := next((c for c in head.head.head.children if c.dep_ == "poss"
                           and c.pos_ == "PROPN"), None)) is not None:
        known = ctx.discourse.surname(owner.text, order, None)  # "hours after Biden's news
        if known is None and (found := resolve(owner, ctx, order)) is not None:  # conference,
            known = found.entity if found.entity.kind == "person" else None  # where he
        if known is not None and known.kind == "person":  # said ...": the one whose
            return known  # occasion it was
    if word == "it" and (near := _it_in_subclause(head, ctx, order)) is not None:
        return near
    if word in ("he", "she") and (main := _main_subject(head, ctx, order)) is not None:
        return main
    return ctx.discourse.pronoun(word, order, _objects_named(head, ctx, order))


def _objects_named(head: Token, ctx: Context, order: int) -> frozenset[str]:
    """The people a subject pronoun's own verb names as its object ("He then advised
    Chakwera to fire ...", "she thanked Lee for ..."): not who the pronoun is."""
    if head.dep_ != "nsubj" or head.lower_ not in ("he", "she"):
        return frozenset()
    objects = [c for c in head.head.children if c.dep_ in ("dobj", "dative")
               and c.pos_ == "PROPN"]
    found = [ctx.discourse.surname(c.text, order, None) for c in objects]
    return frozenset(e.id for e in found if e is not None)


def _main_subject(head: Token, ctx: Context, order: int) -> Entity | None:
    """ "NSW's chief health officer fought back tears as she pleaded with ...": "he" or
    "she" opening a clause hung on the verb after a person's role or name is that
    person, whether or not the report has said anything of them yet."""
    clause = head.head
    if head.dep_ != "nsubj" or clause.dep_ != "advcl" or clause.i < clause.head.i:
        return None
    main = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if main is None or main.i > head.i or main.pos_ not in ("NOUN", "PROPN") or not (
            main.lemma_.lower() in lexicon().person_nouns or main.ent_type_ == "PERSON"):
        return None
    found = resolve(main, ctx, order - (head.idx - main.idx))
    return found.entity if found is not None and found.entity.kind == "person" else None


def _it_in_subclause(head: Token, ctx: Context, order: int) -> Entity | None:
    """ "The leaders of the EU expressed solidarity with their peer Latvia after it said
    ...": "it" opening a clause hung on a verb whose subject it cannot be (people, or a
    plural) is the body or country the sentence named last before it."""
    clause = head.head
    if head.dep_ != "nsubj" or clause.dep_ != "advcl" or clause.i < clause.head.i:
        return None
    main = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if main is None or not (main.tag_ in ("NNS", "NNPS") or main.lower_ in (
            "he", "she", "they", "we") or main.ent_type_ == "PERSON"):
        return None
    start = order - (head.idx - head.sent.start_char)
    named = [s for s in ctx.discourse.seen if start <= s.order < order
             and s.entity.kind != "person" and not s.entity.anonymous]
    return max(named, key=lambda s: s.order).entity if named else None


# Styles of address: "His Highness", "Her Majesty", "His Excellency" (never a name).
STYLES = frozenset({"highness", "majesty", "excellency", "holiness", "eminence"})


def _style(head: Token, tokens: list[Token], ctx: Context, order: int) -> Entity | None:
    """ "His Highness the Prime Minister said", "Her Majesty said": a style of address
    refers back to a person, by the role set beside it, else the latest person."""
    if head.lower_ not in STYLES or not any(
            t.lower_ in ("his", "her", "their", "your") for t in tokens):
        return None
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN"):
            found = _role_noun(child, core_tokens(child), ctx, order)
            if found is not None:
                return found
    return ctx.discourse.most_recent(order, ("person",))


def _known_surname(tokens: list[Token], ctx: Context, order: int) -> Entity | None:
    """ "Okafor said" after "Trade Secretary Helen Okafor": whatever NER made of it."""
    words = [t for t in tokens if t.dep_ != "det" and not is_possessive_marker(t)]
    titles = lexicon().titles
    while len(words) > 1 and words[0].lower_.rstrip(".") in titles | HONORIFICS:
        words = words[1:]
    if len(words) >= 2 and all(w.is_title or w.text == "-" for w in words):
        # "Barrios Cifuentes said" after "Rosa Barrios Cifuentes", whatever NER made of it
        longer = ctx.discourse.name_ending(text_of(words), order)
        if longer is not None:
            return longer
    if not words or " " in text_of(words) or (words[0].ent_type_ != "PERSON" and (
            words[0].lower_.rstrip(".") in titles | lexicon().person_nouns)):
        return None  # one word, possibly hyphenated: "Okafor", "Hey-sil" (not "Minister")
    first = words[0]
    # A capital inside the sentence is a name even if tagged a noun ("according to
    # Price"); so is one opening it as the subject ("Price underscored ...") when a
    # person of that surname is in the story
    capital = first.is_title and (first.i != first.sent.start or (
        len(words) == 1 and first.dep_ == "nsubj"))
    if first.pos_ != "PROPN" and not capital:
        return None
    return ctx.discourse.surname(text_of(words), order, None)


def _appositive_name(head: Token, tokens: list[Token], ctx: Context, order: int
                     ) -> Entity | None:
    """ "The prime minister, Mark Dolan, said": the name in apposition is the speaker
    (also of a title the tagger took for a name: "the Director General of the agency,
    Mr. Tom Kamara,")."""
    lex = lexicon()
    if head.lemma_.lower() not in lex.person_nouns and not (
            head.pos_ == "PROPN" and head.ent_type_ != "PERSON"
            and any(t.lower_ in lex.person_nouns for t in tokens if t.i < head.i)
            and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children)):
        return None
    # "A spokesperson for the ministry, Lee Jong-joo, said": the parse may hang the
    # name on the ministry; a person in apposition to it is the spokesperson
    placed = [a for p in head.children if p.dep_ == "prep" and p.i > head.i
              for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() not in
              lexicon().person_nouns for a in o.children
              if a.dep_ == "appos" and (a.ent_type_ == "PERSON" or a.pos_ == "PROPN" and (
                  a.ent_type_ == o.ent_type_ == "" or a.ent_type_ != o.ent_type_)
                  and a.doc[a.left_edge.i - 1].text == ",")]  # ("the
    # Chairman of the Royal Government Spokesperson's Unit, Phay Siphan,": a name NER
    # tagged an organisation, in apposition to the body's name it did not)
    # "Assistant to the minister and the Official Spokesman of the ministry Dr. X": the
    # name hung on the second of two titles joined by "and"
    placed += [a for c in head.children if c.dep_ == "conj" and c.i > head.i
               and c.lemma_.lower() in lex.person_nouns for a in c.children
               if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
    titles = lexicon().titles
    # "the Spokesman of the ... Regulatory Authority (NMDPRA), Mr Kelechi Ibe,": the
    # person in apposition before the body the parse also hung there
    candidates = sorted([*head.children, *placed], key=lambda c: c.ent_type_ != "PERSON")
    for child in candidates:
        words = core_tokens(child) if child.dep_ == "appos" else []
        held = [t for t in child.subtree if not t.is_punct]  # "the party leader,
        if words and (found := _portfolio_holder(held[-1], held, ctx, order)):
            return found  # Minister of Culture and Sport Jane Roe,": the name after it
        if words and all(t.lower_.rstrip(".") in titles or t.tag_ == "PRP$" for t in words):
            # "..., Hon. Dr. Kefilwe Motsamai": "Hon." parsed as a name of its own,
            candidates += [c for c in child.children if c.dep_ == "appos"]  # the name
            continue  # perhaps hung on it
        if words and child.ent_type_ != "PERSON":  # "retired PE teacher Sandra Holt",
            words = described_name(words)  # the name tagged an organisation
        if words and (child.ent_type_ == "PERSON" or (
                all(t.pos_ == "PROPN" or t.text == "-" or hyphen_piece(t) for t in words)
                and getattr(ctx.registry.find(text_of(words)), "kind", "person") == "person"
                and plausible_name(text_of(words)))):  # (a person known already, or none)
            while len(words) > 2 and words[0].lower_.rstrip(".") in HONORIFICS:
                words = words[1:]  # ", Mr Tunde Bakare,"
            whole = (child.ent_type_ == "PERSON" and 1 < len(words) <= 4 and words[0].i > 0
                     and child.doc[child.left_edge.i - 1].text == "," and all(
                         t.pos_ == "PROPN" and t.lower_.rstrip(".") not in titles | HONORIFICS
                         for t in words))  # ", Houssam Eddine Jababli,": all the name,
            found = (_person_from(words, words, child, ctx, order) if whole  # not only
                     else _named_person(child, words, ctx, order))  # what NER tagged
            found = found or new_person(words, ctx)
            title = text_of([t for t in tokens if t.dep_ not in ("det", "poss", "case")])
            if found is not None and title and not found.known and (
                    title, None) not in found.roles:
                found.roles.append((title, None))
            return found
    return None


def _name_after_title(head: Token, ctx: Context, order: int) -> Entity | None:
    """ "U.S. Special Representative for North Korea Sung Kim said": the parse makes
    the title the subject and hangs the name on its "for" phrase."""
    if head.lemma_.lower() not in lexicon().person_nouns | lexicon().titles:
        return None
    words_of = [t for t in head.subtree if not t.is_space]
    while len(words_of) > 2 and words_of[-1].text == ")" and "(" in [t.text for t in words_of]:
        opening = max(n for n, t in enumerate(words_of) if t.text == "(")
        words_of = words_of[:opening]  # "Pekka Haavisto (Greens)": his party, not his name
    for prep in (c for c in head.children if c.dep_ == "prep" and c.i > head.i):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        last = words_of[-1]
        if obj is not None and obj.i != last.i and last.ent_type_ == "PERSON":
            # "Minister of Health and Welfare Chen Shih-chung": the parse conjoined the
            # name to the portfolio's first word, or to the title
            person = next(e for e in head.doc.ents if e.start <= last.i < e.end)
            if person.end - 1 == last.i and person.start > obj.i:
                words = list(person)
                domain = list(head.doc[obj.i:person.start])
                obj = last
            else:
                continue
        elif obj is None or obj.i != last.i:
            continue
        elif obj.ent_type_ == "PERSON":
            words = [t for t in obj.subtree if t.ent_type_ == "PERSON" or t.text == "-"]
            domain = [t for t in obj.subtree if t.i < words[0].i]  # "for North Korea"
        elif not (words := name_after_portfolio(obj)):
            continue
        else:
            domain = [t for t in obj.subtree if t.i < words[0].i]
        while domain and domain[-1].lower_.rstrip(".") in HONORIFICS:
            domain.pop()  # "WHO Representative in Pakistan Dr Hannah Okafor"
        bodies = lexicon().org_nouns
        if not domain or domain[-1].pos_ != "PROPN" or any(
                t.lower_.rstrip(".") in lexicon().titles - lexicon().portfolios and not any(
                    n.lower_ in bodies for n in domain if n.i > t.i)  # ("the Chinese Foreign
                # Ministry": a body's name; "Minister for Foreign Affairs X": a portfolio)
                or not (t.pos_ == "PROPN" or t.dep_ in ("det", "case", "amod", "cc"))
                for t in domain):  # ("of the provincial People's Committee Pham Minh Khoa")
            continue  # "the brother of President Omar Haddad" is no title of his
        found = _named_person(obj, words, ctx, order)
        if found is not None:  # the title up to its head noun: "U.S. Special Representative"
            title = text_of([t for t in head.subtree if t.i <= head.i
                             and t.dep_ not in ("det",)])
            if title and not found.known and (title, None) not in found.roles:
                found.roles.append((title, None))
            return found
    return _name_after_body(head, ctx, order)


def _name_after_body(head: Token, ctx: Context, order: int) -> Entity | None:
    """ "Minister of Foreign Affairs of Armenia Zohrab Mnatsakanyan declared", "deputy
    of the Bright Armenia Party Arkady Khachatryan declared": the model took the name
    for part of the country or the party, or for nothing, so the title runs to the
    country or the body's noun and the capitalised words after it are the name."""
    words = [t for t in head.subtree if t.i > head.i and not t.is_space]
    if not words or words[0].dep_ != "prep":
        return None
    lex = lexicon()
    places = [n for n, t in enumerate(words) if t.pos_ == "PROPN" and (
        (known := ctx.registry.find(t.text)) is not None and known.kind == "country"
        or t.lower_ in lex.org_nouns and t.ent_type_ == "ORG")]
    if not places:
        return None
    at = places[-1]
    name = words[at + 1:]
    if not 2 <= len(name) <= 4 or any(
            t.pos_ != "PROPN" or not t.is_title or t.ent_type_ in ("GPE", "PERSON")
            or t.lower_ in lex.titles | lex.org_nouns | lex.portfolios for t in name):
        return None
    return _person_from(name, [head, *words], name[-1], ctx, order)


def _officer_of_body(head: Token, ctx: Context, order: int) -> Resolved | None:
    """ "National Disaster Management Agency (NADMA) director-general Datuk Rosnah
    Ismail said": the parse hangs the body's officer on it as an apposition, and the
    officer is the speaker."""
    lex = lexicon()
    if head.ent_type_ not in ("ORG", "GPE", "NORP") and noun_lemma(head) not in lex.org_nouns:
        return None
    for child in head.children:
        if child.dep_ != "appos" or child.i < head.i or child.ent_type_ != "PERSON":
            continue
        words = core_tokens(child)
        role = [t for t in words if t.ent_type_ != "PERSON" and t.text != "-"]
        if not any(t.lower_.rstrip(".") in lex.titles | lex.person_nouns for t in role):
            continue  # "the ministry, Kim Min-seo," names no office
        found = _named_person(child, words, ctx, order)
        if found is not None:  # the words naming the officer are the mention
            return Resolved(found, text_of([*core_tokens(head), *child.subtree]))
    return None


def _appositive_body(head: Token, ctx: Context, order: int) -> Entity | None:
    """ "the ruling party newspaper Rodong Sinmun said": the body named in apposition."""
    lex = lexicon()
    if noun_lemma(head) not in lex.org_nouns | lex.media_nouns:
        return None
    for child in head.children:
        bracketed = child.i > 0 and child.doc[child.i - 1].text == "("
        if bracketed and head.pos_ == "PROPN":
            continue  # "the National Office for Risk ... (BNGRC)": its acronym, an alias
        if child.dep_ == "appos" and child.ent_type_ in ("ORG", "GPE", "NORP"):
            found = resolve(child, ctx, order)
            if found is not None and found.entity.kind != "person":
                return found.entity
    if noun_lemma(head) not in lex.org_nouns:
        return None
    for child in head.children:  # "the environmental organization Guyra Paraguay", its
        set_off = child.doc[head.i + 1].text == "," if head.i + 1 < len(child.doc) else False
        if child.dep_ != "appos" or child.pos_ != "PROPN" or (  # name tagged a person's
                child.left_edge.i != head.i + 1 + set_off  # or not at all: a body's name
                or child.ent_type_ not in ("PERSON", "")):  # all the same ("Mali's
            continue  # opposition coalition, the M5-RFP,")
        name = [t for t in core_tokens(child) if t.dep_ != "det"]
        if len(name) > 1 and all(t.text[:1].isupper() or t.text == "-" for t in name):
            words = text_of(name)
            found = ctx.registry.find(words)
            if found is not None and found.kind != "person":
                return found
            return ctx.registry.add(Entity(id=slugify(words), name=words, kind="organization",
                                           aliases={words}))
    return None


def _document_author(head: Token, tokens: list[Token], ctx: Context, order: int
                     ) -> Entity | None:
    """ "The CNN report said", "a statement by the ministry said", "the report shows"."""
    if head.lemma_.lower() not in lexicon().document_nouns:
        return None
    # "a commentary published by the Korean Central News Agency": the agent of the acl
    agents = [a for c in head.children if c.dep_ == "acl" for a in c.children
              if a.dep_ == "agent"]
    for child in [*head.children, *agents]:
        author = None
        if child.dep_ in ("compound", "poss", "amod") and child.pos_ == "PROPN" or (
                child.dep_ == "poss"):  # ("The Houthis statement said", parsed as an adjective)
            author = child
        elif child.dep_ == "compound" and child.lemma_.lower() in lexicon().org_nouns:
            author = child  # "according to ministry figures", "a police report"
        elif child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from", "of"):
            author = next((c for c in child.children if c.dep_ == "pobj"), None)
        if author is not None and author.lemma_.lower() not in lexicon().document_nouns:
            found = resolve(author, ctx, order)
            if found is not None:
                return found.entity
    described = [t for t in tokens if t.i < head.i and t.dep_ != "det"]
    if described and all(t.ent_type_ in ("NORP", "GPE") for t in described):
        country = ctx.registry.country_of(text_of(described))  # "the North Korean message":
        if country is not None and (nation := ctx.registry.find(country)) is not None:
            return nation  # the North's, whoever spoke last
    if determiner(tokens, head) == "the":  # ("Iraqi security forces said in a statement
        noun = head.lemma_.lower()
        authors = [who for at, made_in, who in ctx.documents if at < order and (
            made_in == noun or noun in _RELEASES and made_in in _RELEASES)]  # ("in a
        # press release ..., Grundberg said" then "..., the statement said": his)
        if authors:  # (the statement made "in a letter" before: its speaker's letter)
            return authors[-1]
        if noun in ("post", "tweet"):  # "According to the post, ...": the last speaker's,
            speaker = ctx.discourse.most_recent(  # a person's as much as a body's
                order, ("person", "organization", "government", "media"), 2)
            if speaker is not None:
                return speaker
        return (ctx.discourse.most_recent(order, ("media", "organization", "government"))
                or ctx.discourse.latest_group(order))  # ... the statement said": theirs)
    return None


# Nouns a report uses in turn for one written statement.
_RELEASES = frozenset({"statement", "release", "communique", "communiqué", "readout"})


def _named_person(head: Token, tokens: list[Token], ctx: Context, order: int
                  ) -> Entity | None:
    name_toks = person_name(tokens)
    if not name_toks or head not in name_toks:
        return None  # "the Joe Biden administration" names an organisation
    if head.ent_type_ != "PERSON" and head.lower_ in lexicon().org_nouns | lexicon().media_nouns:
        return None  # "the Chinese Foreign Ministry", untagged after a quote: a body
    if (head.tag_ == "NNPS" or head.lower_.endswith("s")) and any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None  # "the Houthis", "the Clintons": a group, whatever NER says
    if head.ent_type_ != "PERSON" and (head.tag_ == "NNPS" or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children)
            for c in head.children)):
        return None  # "the Joint Chiefs of Staff", "the United Nations": a body
    entity_span = next((e for e in head.doc.ents if e.label_ == "PERSON"
                        and e.start <= head.i < e.end), None)
    if entity_span is not None:  # "Ri Son-gwon" parsed as "Ri Son" + "- gwon"
        name_toks += [t for t in entity_span if t.i > name_toks[-1].i]
        before = [t for t in entity_span if t.i < name_toks[0].i]
        if before and before[-1].lower_ in NAME_PARTICLES:  # "Pieter van den" cut off
            name_toks = before + name_toks  # "Hoek" by the parse: the whole name
    name_toks += hyphen_tail(name_toks[-1])  # "Moon Jae-in" with NER stopping at "Jae"
    for tok in (t for t in tokens if t.i > name_toks[-1].i):  # "Dr Ralph" tagged, and
        if tok.i != name_toks[-1].i + 1 or tok.pos_ != "PROPN" or not tok.is_title or (
                tok.ent_type_):  # "Gonsalves" left out
            break
        name_toks.append(tok)
    while len(name_toks) > 1 and name_toks[0].lower_.rstrip(".") in HONORIFICS:
        name_toks = name_toks[1:]  # "Dr Ralph Gonsalves", "Mr Hamoonga": no part of the name
    return _person_from(name_toks, tokens, head, ctx, order)


def _name_opening_like_a_conjunction(head: Token, tokens: list[Token], ctx: Context,
                                     order: int) -> Entity | None:
    """ "Health Ministry Spokesperson Or Vandine confirmed": a capitalised "Or" (or
    "And") inside a sentence is a name, which the parse took for a conjunction of
    the title and the rest of the name."""
    lex = lexicon()
    if noun_lemma(head) not in lex.person_nouns and head.lower_ not in lex.titles:
        return None
    cc = next((c for c in head.children if c.dep_ == "cc" and c.i == head.i + 1), None)
    if cc is None or not cc.is_title or cc.is_sent_start:
        return None
    rest = next((c for c in head.children if c.dep_ == "conj" and c.i > cc.i), None)
    if rest is None or rest.pos_ != "PROPN":
        return None
    name = [cc] + [t for t in head.doc[cc.i + 1: rest.i + 1] if t.pos_ == "PROPN" or t.text == "-"]
    if len(name) != rest.i - cc.i + 1 or len(name) > 4:
        return None
    return _person_from(name, tokens, head, ctx, order)


def _portfolio_holder(head: Token, tokens: list[Token], ctx: Context, order: int
                      ) -> Entity | None:
    """ "Minister of Food, Agriculture and Light Industry Oyunchimeg Dashdorj",
    "Federal Minister for Climate Change Nazia Bhatti", with the name untagged or
    taken into an organisation by NER: the name is what follows the portfolio."""
    if head.pos_ != "PROPN" or head.ent_type_ == "PERSON" or tokens[-1] is not head:
        return None
    lex = lexicon()
    at = next((n for n, t in enumerate(tokens[:-2]) if t.lower_ in lex.titles
               and tokens[n + 1].lower_ in ("of", "for")), None)
    if at is None:
        return None
    n = start = at + 2
    while n < len(tokens) and (tokens[n].lower_ in lex.portfolios
                               or tokens[n].lower_ in ("and", "&", ",")):
        n += 1
    while n < len(tokens) and tokens[n].lower_.rstrip(".") in HONORIFICS:
        n += 1  # "Minister of Health Dr Jane Doe"
    return _name_after(tokens[n:], tokens, head, ctx, order, 4) if n > start else None


def _noun_then_name(head: Token, tokens: list[Token], ctx: Context, order: int
                    ) -> Entity | None:
    """ "Herder Tsogt Namsrai, 54, said": a person noun capitalised at the start of
    the sentence, then a name (that NER may have taken whole, or for an organisation).
    Not a title (the title rules take those) nor a word of kinship, which is also a
    surname ("Son Jun-ho")."""
    words = tokens[1:] if tokens[0].dep_ == "det" else tokens
    if (head.pos_ != "PROPN" or len(words) < 3 or words[-1] is not head
            or not words[0].is_sent_start):
        return None
    lex = lexicon()
    name, noun = words[1:], words[0].lower_
    if noun not in lex.person_nouns or noun in lex.titles | lex.female_words | lex.male_words:
        return None
    return _name_after(name, tokens, head, ctx, order, 4)


def _titled_in_a_body(head: Token, tokens: list[Token], ctx: Context, order: int
                      ) -> Entity | None:
    """ "NCD Metropolitan Superintendent Gideon Ikumu said", all of it an organisation
    to NER: a title among the words and a name after it is a person of that body."""
    if head.ent_type_ != "ORG" or head.pos_ != "PROPN" or tokens[-1] is not head:
        return None
    lex = lexicon()
    role = lex.titles | lex.person_nouns
    at = max((n for n, t in enumerate(tokens[:-1]) if t.lower_.rstrip(".") in role),
             default=None)
    if at is None or at == 0 and len(tokens) < 3:
        return None  # ("Superintendent Ikumu" alone: the other rules know it)
    return _name_after(tokens[at + 1:], tokens, head, ctx, order, 3)


def _name_after(name: list[Token], tokens: list[Token], head: Token, ctx: Context,
                order: int, most: int) -> Entity | None:
    """The person that ``name``, the words after a title or a describing noun, names:
    one to ``most`` capitalised proper nouns, none of them a title, a person's or a
    body's noun or an office's portfolio (then the words are no name)."""
    lex = lexicon()
    nouns = lex.titles | lex.person_nouns | lex.org_nouns | lex.media_nouns | lex.portfolios
    words = [t for t in name if not (t.tag_ == "HYPH" and 0 < name.index(t) < len(name) - 1)]
    # ("Hugo López-Gatell": the hyphen inside a surname is no word of its own)
    if not 1 <= len(words) <= most or any(
            t.pos_ != "PROPN" or not t.is_title or t.lower_.rstrip(".") in nouns for t in words):
        return None
    return _person_from(name + hyphen_tail(name[-1]), tokens, head, ctx, order)


def _person_by_context(head: Token, tokens: list[Token], ctx: Context, order: int
                       ) -> Entity | None:
    """ "Special Adviser to the president, Femi Adesina, who stated ...": a name the
    model took for an organisation is a person's when it stands in apposition to a
    person's role, or has one in apposition, or is the antecedent of "who"."""
    if head.ent_type_ not in ("ORG", "GPE", "NORP") or head.pos_ != "PROPN":
        return None  # ("Otgonbayar Tsend, a mining analyst": a name tagged a place)
    lex = lexicon()
    words = [t for t in tokens if t.dep_ not in ("det", "case")]
    if not 2 <= len(words) <= 4 or any(
            t.pos_ != "PROPN" or t.lower_ in lex.org_nouns | lex.media_nouns | MEDIA_NAME_ENDS
            for t in words):
        return None
    roles = lex.person_nouns | lex.titles
    person = (head.dep_ == "appos" and head.head.lemma_.lower() in roles) or any(
        c.dep_ == "appos" and c.lemma_.lower() in roles for c in head.children) or any(
        c.dep_ == "relcl" and c.left_edge.lower_ in ("who", "whom", "whose")
        for c in head.children)
    known = ctx.registry.find(text_of(words))
    if not person or (known is not None and known.kind != "person"):
        return None
    return _person_from(words, tokens, head, ctx, order)


def _speaking_place(head: Token, tokens: list[Token], ctx: Context, order: int
                    ) -> Entity | None:
    """ "Buhari had tweeted": a bare name the model tagged a place, which is no country,
    capital or place the gazetteer knows, speaking. Places speak for governments by
    their capitals and countries ("Seoul said"); a name that is neither is a person's."""
    if head.ent_type_ != "GPE" or head.pos_ != "PROPN" or head.dep_ != "nsubj" or (
            head.head.lemma_.lower() not in lexicon().speech_verbs):
        return None
    words = [t for t in tokens if t.dep_ != "case"]
    name = text_of(words)
    if not 1 <= len(words) <= 3 or any(
            t.pos_ != "PROPN" or not t.is_title or t.ent_type_ != "GPE"
            or t.lower_ in lexicon().org_nouns | MEDIA_NAME_ENDS for t in words) or (
            name.lower() in capitals_and_countries() or ctx.registry.find(name) is not None
            or ctx.registry.country_of(name)):
        return None
    return _person_from(words, tokens, head, ctx, order)


def _person_from(name_toks: list[Token], tokens: list[Token], head: Token, ctx: Context,
                 order: int) -> Entity | None:
    before = [t for t in tokens if t.i < name_toks[0].i and t.dep_ not in ("det", "case")]
    country, title = _split_title(before, ctx)
    name = text_of(name_toks)
    if name.endswith(("'s", "\u2019s")):
        name = name[:-2]
    if not plausible_name(name):
        return None
    known = ctx.registry.find(name)
    if known is not None and known.kind != "person" and head.ent_type_ != "PERSON":
        return None  # "Rodong Sinmun" tagged a work of art: the gazetteer knows it
    if len(name_toks) == 1:
        found = ctx.discourse.surname(name, order, title.split()[-1] if title else None)
        if found is not None:
            return found
        known = ctx.registry.find(name)
        if known is not None and known.kind == "person":
            return known
    elif (longer := ctx.discourse.name_ending(name, order)) is not None:
        return longer
    entity = Entity(id=slugify(name), name=name, kind="person", aliases={name},
                    country=country)
    first = len(before)  # "Sheikh Hamad Jaber Al-Sabah", "Datuk Seri Anwar Ibrahim"
    while first > 0 and before[first - 1].lower_.rstrip(".") in STYLED:
        first -= 1
    if first < len(before) and before[-1].i == name_toks[0].i - 1:
        entity.aliases.add(f"{text_of(before[first:])} {name}")
    if title:
        entity.roles.append((title, None))
    found = ctx.registry.find(name)
    if found is not None and found.kind == "person":
        ctx.registry.merge_into(found, entity)
        return found
    return ctx.registry.add(entity)


def new_person(words: list[Token], ctx: Context) -> Entity:
    """A person named by ``words`` that NER labelled as something else."""
    name = text_of(words)
    found = ctx.registry.find(name)
    if found is not None and found.kind == "person":
        return found
    return ctx.registry.add(Entity(id=slugify(name), name=name, kind="person", aliases={name}))


def _split_title(before: list[Token], ctx: Context) -> tuple[str | None, str | None]:
    """ "South Korean Unification Minister" -> ("South Korea", "Unification Minister")."""
    country = None
    words = [t for t in before if not is_possessive_marker(t)]
    for n in range(min(3, len(words)), 0, -1):
        found = ctx.registry.country_of(text_of(words[:n]))
        if found:
            country, words = found, words[n:]
            break
    while words and words[-1].lower_.rstrip(".") in HONORIFICS:
        words = words[:-1]  # "Mr." is how a person is addressed, no role
    title = text_of(words) if words else None
    return country, title


def _bare_body(entity: Entity) -> bool:
    """Whether the actor is named by a bare body noun ("Agency", "The Office"): what
    an unresolved "the agency" became, which a later "the agency" need not mean."""
    words = entity.name.lower().removeprefix("the ").split()
    return entity.kind != "person" and len(words) == 1 and words[0] in lexicon().org_nouns


def _gazetteer(tokens: list[Token], ctx: Context) -> Entity | None:
    """A known actor named by the phrase, or by its proper-noun ending ("state media
    KCNA", "the official Korean Central News Agency")."""
    found = ctx.registry.find(text_of(tokens))
    heads = {t.i for t in tokens if t.head.i not in {u.i for u in tokens} or t.head.i == t.i}
    for n in range(1, len(tokens)):
        if found is not None:
            break
        if not heads & {t.i for t in tokens[n:]}:
            break  # "the office of ... Fumio Kishida" is not Kishida: keep the head noun
        if n == len(tokens) - 1 and generic_noun(tokens[n]):
            break  # "China's defence ministry" is not whatever "the ministry" was
        named = text_of([t for t in tokens[:n] if t.pos_ == "PROPN"])
        if named and not ctx.registry.country_of(named):
            break  # "the National Security Council" is not the (UN) "Security Council"
        if tokens[n].pos_ == "PROPN" or tokens[n - 1].dep_ == "det":
            found = ctx.registry.find(text_of(tokens[n:]))
    media = lexicon().media_nouns - lexicon().org_nouns
    name = [t for t in tokens[:-1] if t.dep_ != "det"]
    if found is None and name and tokens[-1].lemma_.lower() in media and all(
            t.pos_ == "PROPN" for t in name):
        return ctx.registry.find(text_of(name))  # "the Rodong Sinmun newspaper"
    if found is not None and found.anonymous:
        return None  # a description ("the Prime Minister"): whom it means is the discourse's
    if found is not None and not found.known and _bare_body(found):
        return None  # "the agency" once taken for an actor of its own: the discourse decides
    if found is not None and found.kind != "country" and found.country:
        named = next((c for t in tokens if (c := ctx.registry.country_of(t.text))), None)
        if named is not None and named != found.country:
            return None  # "China's defence ministry" is not Japan's
    return found


def _role_noun(head: Token, tokens: list[Token], ctx: Context, order: int) -> Entity | None:
    """ "the minister", "the official", "the ministry", "a senior official"."""
    noun = noun_lemma(head)
    lex = lexicon()
    det = determiner(tokens, head)
    if noun in ABBREVIATED_ROLES and det == "the":  # "the PM" after "Prime Minister X"
        full = ABBREVIATED_ROLES[noun]
        return (ctx.discourse.role(noun, order, ("person",))  # (after "Health CS Kagwe")
                or ctx.discourse.role(full.split()[-1], order, ("person",), full))
    if noun == "executive" and head.text == "Executive" and det == "the" and len(tokens) == 2:
        return _body(ctx, "Executive", None, "government")  # "The Executive has stressed":
        # the government, as European English names it (a lower-case one is a person)
    if noun not in lex.person_nouns and noun not in lex.org_nouns and noun not in lex.media_nouns:
        return None
    if head.tag_ in ("NNS", "NNPS"):
        return None
    bare = det is None and head.dep_ == "compound"  # "ministry figures": the ministry's
    titled = noun in lex.person_nouns and not any(t.dep_ == "poss" for t in tokens)
    if (det == "the" or bare) and len([t for t in tokens if not mood_word(t) and (
            not titled or t.dep_ != "det")]) <= 3:  # ("the Foreign Affairs Minister" after
        # "Foreign Affairs Minister Hugh Todd"; "the ministry's spokesperson" is another's)
        found = _back_reference(noun, ctx, order, tokens)
        if found is not None and _placed_elsewhere(tokens, found, ctx):
            found = None  # "The Rwandan government" after "the Congolese government"
        owner = _owner_named(head, ctx) if noun not in lex.person_nouns else None  # "the press
        # service for the Interior Ministry" is not the presidential press service
        if found is not None and (owner is None or owner.lower() in found.name.lower()):
            return found
        if owner is not None and noun in lex.org_nouns | lex.media_nouns:
            words = described_words(head, tokens)
            while words and words[0].dep_ == "det":
                words = words[1:]
            return _body(ctx, text_of(words), None, "organization")
    if det in ("a", "an") and noun in lex.media_nouns and noun not in lex.person_nouns:
        ahead = _forward_media(ctx, order)
        if ahead is not None:
            return ahead
    if det in ("a", "an") or (det == "the" and noun in lex.person_nouns):
        kind = "person" if noun in lex.person_nouns else "organization"
        return _unnamed(described_words(head, tokens), ctx, kind)
    return None


def _placed_elsewhere(tokens: list[Token], found: Entity, ctx: Context) -> bool:
    """Whether a role noun's own nationality word ("the Rwandan government") names
    another country than the actor it would refer back to."""
    for tok in tokens:
        if tok.dep_ not in ("amod", "compound") or tok.ent_type_ not in ("NORP", "GPE"):
            continue
        country = ctx.registry.country_of(tok.text)
        if country is not None and found.country is not None:
            return country != found.country
        return tok.lower_ not in found.name.lower() and not any(
            tok.lower_ in alias.lower() for alias in found.aliases)
    return False


def _the_country(tokens: list[Token], ctx: Context, order: int) -> Entity | None:
    """ "the country reported 400 new cases": the country the text named last."""
    words = [t.lower_ for t in tokens]
    described = len(tokens) > 2 and all(  # "the Andean country", "the island nation"
        t.dep_ in ("amod", "compound") and not ctx.registry.country_of(t.text)
        for t in tokens[1:-1])
    if not words or words[0] != "the" or words[-1] not in ("country", "nation") or (
            len(tokens) > 2 and not described):
        return None
    found = (ctx.discourse.most_recent(order, ("country",))  # a subject first: "Uruguay
             or ctx.discourse.most_recent(order, ("country",), 0))  # will close its border
    # with Brazil ... The country reported" is Uruguay
    if found is None:  # "Colombian President Ivan Duque said ... The Andean country":
        speaker = ctx.discourse.most_recent(order, ("person", "government", "organization"))
        home = ctx.registry.find(speaker.country) if speaker and speaker.country else None
        found = home if home is not None and home.kind == "country" else None  # his
    return found


def _owner_named(head: Token, ctx: Context) -> str | None:
    """The body a role noun is placed in by name: "the press service for the Uzbek
    Interior Ministry" -> "Interior Ministry" (the words of its head and compounds)."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of")):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.ent_type_ not in ("GPE", "NORP", "LOC") and (
                obj.ent_type_ == "ORG" or obj.pos_ == "PROPN") and not (
                ctx.registry.country_of(obj.text)):  # ("the government of Kenya" is
            # Kenya's government, found by its country, whatever NER tagged it)
            words = [t for t in obj.subtree if t.i <= obj.i and t.dep_ in ("compound",)
                     and t.pos_ == "PROPN" or t.i == obj.i]
            return " ".join(t.text for t in words)
    return None


def _age_noun(tokens: list[Token], ctx: Context, order: int) -> Entity | None:
    """ "the 47-year-old told AFP": news names a person it has introduced by age."""
    age = AGE_PHRASE.match(text_of(tokens))
    if not age or age["noun"] and age["noun"].strip().lower() not in lexicon().person_nouns:
        return None  # ("the 52-year-old engineer" too, not "the 20-year-old bridge")
    return (ctx.discourse.most_recent(order, ("person",), 1)
            or ctx.discourse.most_recent(order, ("person",), 0))


def _back_reference(noun: str, ctx: Context, order: int, tokens: list[Token] | None = None
                    ) -> Entity | None:
    lex = lexicon()
    # the role's title words and head: "the Prime Minister" -> "prime minister"
    titles = lex.titles
    phrase = " ".join([t.lower_ for t in tokens if t.lower_ in titles and t.i < tokens[-1].i
                       and t.lower_ != noun]  # (not the noun itself, before "of Health")
                      + [noun]) if tokens else None
    # every word before the noun: "the communication minister" is the Communication
    # Minister, not the former minister quoted last (tried first, then the title words)
    whole = " ".join(t.lower_ for t in tokens if t.dep_ in ("compound", "amod")
                     and t.i < tokens[-1].i and t.is_alpha) if tokens else ""
    if noun in lex.person_nouns:  # "the envoy" after "Special Representative Sung Kim
        found = ctx.discourse.role(noun, order, ("person",), f"{whole} {noun}") if (
            whole and f"{whole} {noun}" != phrase) else None
        found = found or ctx.discourse.role(noun, order, ("person",), phrase)  # said": no role
        if found is None and tokens:  # matches, but a definite description names someone
            found = _named_ahead(tokens, ctx, order)  # already there (or about to be named)
        if found is None:  # : the speaker, unless known by another office ("the home
            found = ctx.discourse.most_recent(order, ("person",), 2, phrase)  # secretary"
            portfolio = any(w in lex.portfolios for w in whole.split())  # is not "Home
            if found is not None and (portfolio or noun in HEAD_OFFICES) and found.roles and (
                    not any(t and noun in t.lower().split() for t, _ in found.roles)):
                found = None  # Daniel Marsh"; "the President" is not the information
                # minister quoted before him)
        named = _named_country(tokens, ctx, tagged=True)  # "the President of Kenya":
        return found if found is None or named is None or found.country == named else None
    kinds = ("media",) if noun in lex.media_nouns and noun not in lex.org_nouns else (
        "organization", "government", "media")  # one known to be Kenya's, not the latest
    named = _named_country(tokens, ctx)  # "the government of Kenya"
    # ("the Japanese ministry": Japan's; "the Defense Ministry": not the Foreign Ministry)
    found = _qualified(ctx.discourse.role(noun, order, kinds, country=named), tokens)
    owned = bool(tokens) and any(t.dep_ == "poss" for t in tokens)
    if found is None and kinds == ("media",) and not owned:  # "The network said" after
        found = ctx.discourse.most_recent(order, kinds, min_strength=1)  # "Fuji TV said"
    if found is None and noun in GENERIC_BODIES and not owned:  # "the agency" after "the WHO"
        found = ctx.discourse.most_recent(order, ("organization",), min_strength=1)
    if found is None and noun == "ministry" and not owned:
        found = _ministers_ministry(ctx, order, named)
    if found is None and not owned:
        found = _speakers_body(noun, ctx, order, named)
    return found


def _speakers_body(noun: str, ctx: Context, order: int, country: str | None
                   ) -> Entity | None:
    """ "Unification Ministry spokeswoman Kim Min-seo told a briefing ... the ministry
    said": with no such body named before, the body is the one in the latest title
    that has the noun before its role word."""
    for seen in sorted(ctx.discourse.seen, key=lambda s: s.order, reverse=True):
        person = seen.entity
        if seen.order >= order or person.kind != "person":
            continue
        for title, _ in person.roles:
            place, rest = ctx.registry.split_country(title or "")
            words = rest.split()
            at = next((n for n in range(len(words) - 2, 0, -1)
                       if words[n].lower() == noun), None)
            if at is None:
                continue
            home = person.country or place or country
            if country and home != country:
                continue
            return _body(ctx, " ".join(words[:at + 1]), home,
                         "government" if noun == "ministry" else "organization")
    return None


def _body(ctx: Context, name: str, home: str | None, kind: str) -> Entity:
    """The body "Unification Ministry" of ``home``: the one known, else a new actor."""
    full = f"{home} {name}" if home else name
    found = ctx.registry.by_id.get(slugify(full)) or ctx.registry.find(full)
    return found if found is not None else ctx.registry.add(Entity(
        id=slugify(full), name=name, kind=kind, country=home, aliases={name, full}))


def _qualified(found: Entity | None, tokens: list[Token] | None) -> Entity | None:
    """ "the Defense Ministry" is not the Foreign Ministry named before it: the words
    that qualify a body's noun must be in the name of the body it points back to."""
    if found is None or not tokens:
        return found
    name = found.name.lower()
    words = [t.lower_ for t in tokens[:-1] if t.dep_ in ("compound", "amod")
             and t.ent_type_ not in ("NORP", "GPE") and t.lower_ not in DESCRIPTIVE]
    return found if all(w in name for w in words) else None


def _ministers_ministry(ctx: Context, order: int, country: str | None) -> Entity | None:
    """ "Defence Minister Nobuo Kishi told reporters ... the ministry said": with no
    ministry named before, "the ministry" is the latest minister's (a portfolio and a
    country are needed: "the Prime Minister" heads no ministry)."""
    minister = ctx.discourse.role("minister", order, ("person",))
    if minister is None:
        return None
    titles = [t for t, _ in minister.roles if t] + ([minister.name] if minister.anonymous else [])
    for title in titles:
        place, rest = ctx.registry.split_country(title)
        words = rest.lower().split()
        if len(words) < 2 or words[-1] != "minister" or words[-2] in NO_MINISTRY:
            continue
        home = minister.country or place or _holder_country(ctx, order, rest)
        if home is None or (country and home != country):
            return None
        start = len(words) - 2  # "Transport and Infrastructure Minister": all its portfolio
        while start > 0 and (words[start - 1] in lexicon().portfolios
                             or words[start - 1] in ("and", "&") and start > 1):
            start -= 1
        while words[start] in ("and", "&"):
            start += 1
        portfolio = " ".join(w.title() if w not in ("and", "&") else w
                             for w in words[start:-1])
        return _body(ctx, f"{portfolio} Ministry", home, "government")
    return None


def _holder_country(ctx: Context, order: int, title: str) -> str | None:
    """The country of an earlier mention of the same office ("Japan's defence
    minister said ... Defence Minister Nobuo Kishi told reporters")."""
    for seen in ctx.discourse.seen:
        entity = seen.entity
        if seen.order >= order or not entity.holds(title.lower()):
            continue
        place = entity.country or ctx.registry.split_country(entity.name)[0]
        if place is not None:
            return place
    return None


def _named_ahead(tokens: list[Token], ctx: Context, order: int) -> Entity | None:
    """ "..., the Prime Minister has announced." before "Prime Minister Boris Johnson"
    is named in the next paragraphs: a definite role with nobody to refer back to is
    the person named with that title next (within about three paragraphs)."""
    role = " ".join(t.lower_ for t in tokens if t.dep_ != "det")
    below = not set(role.split()) & SUBORDINATE  # "the Prime Minister" is not his deputy
    for at, title, head in ctx.titled:
        if below and set(title.split()) & SUBORDINATE:
            continue
        if order < at <= order + 1200 and (title == role or title.endswith(" " + role)):
            found = resolve(head, ctx, at)
            if found is not None and found.entity.kind == "person":
                return found.entity
    return None


def _forward_media(ctx: Context, order: int) -> Entity | None:
    """ "a U.S. news outlet reported ... CNN noted": the outlet named next."""
    for at, entity in ctx.upcoming:
        if order < at <= order + 600 and entity.kind == "media":
            return entity
    return None


ONE_OF = frozenset({"one", "another", "second", "third", "other", "both", "neither"})


def _one_of(head: Token, tokens: list[Token], ctx: Context, order: int) -> Entity | None:
    """ "Two sources told The Independent ... One said ...", "A second said": one of
    the group just quoted (the annotation cannot tell them apart; nor can we)."""
    words = [t for t in tokens if t.dep_ != "det"]
    if len(words) != 1 or head.lower_ not in ONE_OF:
        return None
    return ctx.discourse.latest_group(order)


QUANTIFIERS = frozenset({"several", "some", "many", "most", "one", "two", "three", "both",
                         "all", "few", "none", "each", "either", "neither", "half"})


def _partitive(head: Token, ctx: Context, order: int) -> Entity | None:
    """ "Several of the companies said", "one of them said": some of a group (of the
    one just named, for "them")."""
    if head.lower_ not in QUANTIFIERS:
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if whole is None:
        return None
    if whole.pos_ == "PRON":
        return ctx.discourse.latest_group(order)
    if whole.tag_ not in ("NNS", "NNPS"):
        return None
    return _unnamed(list(head.subtree), ctx, "group")


def _group(head: Token, tokens: list[Token], ctx: Context, order: int) -> Entity | None:
    """Unnamed plural speakers: "observers say", "health officials said"."""
    if head.tag_ not in ("NNS",) or head.ent_type_:
        return None
    if len(tokens) == 1 and head.lower_ == "people":
        return None  # "what people have called a coup": anyone, not a source ("people
        # familiar with the matter" are one)
    lex = lexicon()
    if noun_lemma(head) in lex.speech_nouns | {"word", "comment"}:
        return None  # "His words echo ...": what someone said, not who
    det = determiner(tokens, head)
    if det == "the" and not any(t.dep_ == "poss" for t in tokens):
        # "the protesters have demanded": the group named so before, else a group
        earlier = ctx.discourse.latest_group_called(noun_lemma(head), order)
        if earlier is not None:
            return earlier
    elif det not in (None, "some", "many", "several", "other", "both", "all") and not (
            any(t.dep_ == "poss" for t in tokens)  # ("Hezbollah's opponents in Lebanon
            and noun_lemma(head) not in lexicon().media_nouns | lexicon().org_nouns):  # warned",
        return None  # not "the North's state media")
    entity = _unnamed(described_words(head, tokens), ctx, "group")
    if bare := text_of([t for t in tokens if t.dep_ not in ("det", "nummod")]):
        entity.aliases.add(bare)  # "state media in both countries" are "state media"
    return entity


def _unnamed(tokens: list[Token], ctx: Context, kind: str) -> Entity:
    placed = any(t.dep_ == "prep" for t in tokens)  # "One senior officer" is an officer;
    words = [t for t in tokens if t.dep_ != "det" and not (  # "Two officials at the
        t.dep_ == "nummod" and (t.lower_ == "one" or kind == "group" and placed))]  # port"
    name = text_of(words) or text_of(tokens)  # are the port's officials ("Two sources" stay)
    anonymity = lexicon().anonymity_words
    aliases = {name, *placed_alias(words), *as_written(tokens)}
    plain = [t for t in words if t.lower_ not in anonymity]
    aliases.add(text_of(plain))
    country_free = [t for t in plain if not ctx.registry.country_of(t.text)]
    aliases.add(text_of(country_free))
    aliases.discard("")
    entity = Entity(id=f"{slugify(name, 48)}-{ctx.source_tag}", name=name, kind=kind,
                    aliases=aliases, anonymous=True)
    found = ctx.registry.by_id.get(entity.id)
    return found if found is not None else ctx.registry.add(entity)


def _organisation(head: Token, tokens: list[Token], ctx: Context, order: int
                  ) -> Entity | None:
    """ "Seoul's unification ministry", "the new Joe Biden administration", "Samsung"."""
    lex = lexicon()
    noun = noun_lemma(head)
    named = (head.ent_type_ in ("ORG", "GPE", "NORP", "FAC") or head.pos_ == "PROPN"
             or sum(c.isupper() for c in head.text) >= 2 and head.is_alpha)  # "PGNiG"
    if noun not in lex.org_nouns and noun not in lex.media_nouns and not named:
        return None
    country, words = _qualifiers(head, tokens, ctx, order)
    if not words:
        return None
    country = country or _of_country(head, ctx)  # "the government of Kenya"
    if len(words) == 1 and words[0] is head and noun in lex.org_nouns and not country:
        words += of_members(head)  # "the coalition of opposition parties"
    outlet = words[-1].lower_ in MEDIA_NAME_ENDS and head.pos_ == "PROPN"  # "Fuji TV"
    titled = len(words) > 1 and words[-1].i == head.i and all(  # (not "Channel 13")
        t.pos_ == "PROPN" for t in words[:-1])
    if noun in lex.media_nouns - lex.org_nouns and titled:
        words, outlet = words[:-1], True  # "the Global Times newspaper" is the Global Times
    short = None  # "the official IRNA news agency" is also plain IRNA
    if noun == "news agency" and len(words) > 2 and all(t.pos_ == "PROPN" for t in words[:-2]):
        short, outlet = text_of(words[:-2]), True
    whole = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
    if whole is not None and whole.label_ == "ORG" and words[-1].i + 1 < whole.end and all(
            t.like_num for t in head.doc[words[-1].i + 1:whole.end]):
        words += list(head.doc[words[-1].i + 1:whole.end])  # "Channel 12", its number
        # hung on the noun after it ("Channel 12 reports")
    described = [t for t in words if whole is not None and t.i < whole.start]
    if whole is not None and whole.label_ == "ORG" and described and all(
            t.is_lower for t in described) and noun_lemma(described[-1]) in (
                lex.media_nouns | lex.org_nouns):  # "public broadcaster Areena": the
        words = [t for t in words if t.i >= whole.start]  # name, not its description
        outlet = outlet or noun_lemma(described[-1]) in lex.media_nouns - lex.org_nouns
    name = text_of(words)
    for owner in (w for w in words if w.dep_ == "poss" and w.i < head.i):  # "European Union's
        marker = next((c for c in owner.children if is_possessive_marker(c)), None)  # delegation"
        if marker is not None and owner.lower_ not in lex.titles and not (  # -> "European
                whole is not None and whole.start <= owner.i):  # Union delegation" (but the
            # "People's Liberation Army" is one name, as is the "Prime Minister's Office")
            cut = marker.idx - words[0].idx
            name = name[:cut] + name[cut + len(marker.text):]
    if name.islower():  # "Health Ministry"; "Coalition of opposition parties"
        name = name[0].upper() + name[1:] if words[-1] is not head else name.title()
    kind = "media" if outlet or noun in lex.media_nouns and noun not in lex.org_nouns else (
        "government" if noun in ("government", "administration", "ministry", "regime")
        or head.ent_type_ == "GPE" else "organization")
    aliases = {name, text_of(tokens[1:] if tokens[0].dep_ == "det" else tokens)} | (
        {short} if short else set()) | acronyms(head)
    generic = noun in lex.org_nouns | lex.media_nouns and not outlet and not any(
        t.ent_type_ in ("PERSON", "GPE", "NORP", "LOC") for t in words)
    entity_id = slugify(f"{country} {name}" if generic and country else name)
    if generic and country:
        aliases |= {f"{country} {name}", f"{name} of {country}"}  # "Government of Kenya"
        if (demonym := ctx.registry.demonym_of.get(country)) is not None:
            aliases.add(f"{demonym} {name}")  # "China's embassy": the Chinese Embassy
        if len(words) > 1 and words[-1] is head and all(
                t.dep_ == "amod" and t.is_lower for t in words[:-1]):
            aliases.add(f"{country} {head.lower_}")  # "Mali's ruling junta": the Mali junta
    entity = Entity(id=entity_id, name=name, kind=kind, aliases=aliases, country=country)
    found = ctx.registry.by_id.get(entity_id)
    if found is not None:
        ctx.registry.merge_into(found, entity)
        return found
    return ctx.registry.add(entity)


def _named_country(tokens: list[Token] | None, ctx: Context, tagged: bool = False
                   ) -> str | None:
    """The country a description names: "the Japanese ministry", "the President of Kenya"
    (``tagged``: only by a word the model tagged a place or nationality, not "the CS")."""
    if not tokens:
        return None
    return next((c for t in tokens if (not tagged or t.ent_type_ in ("GPE", "NORP"))
                 and (c := ctx.registry.country_of(t.text))), None) or (
        _of_country(tokens[-1], ctx))


def _of_country(head: Token, ctx: Context) -> str | None:
    """The country an "of" phrase after a body's noun names: "the government of the
    United Arab Emirates", "the embassy of Japan"; or the place a "where" clause is
    about ("in Kenya, where the government said ...")."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i > head.i:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and (obj.ent_type_ == "GPE" or obj.pos_ == "PROPN"):
                place = obj.ent_type_ == "GPE"  # (or a name NER tagged ORG: "of Cameroon")
                return ctx.registry.country_of(text_of(
                    [t for t in obj.subtree if t.dep_ != "det"
                     and (not place or t.ent_type_ == "GPE")]))
    clause = head.head
    if head.dep_ == "nsubj" and clause.dep_ == "relcl" and any(
            c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
        place = clause.head  # "... on North Korea, where the government has claimed ..."
        if place.ent_type_ == "GPE":
            return ctx.registry.country_of(text_of(
                [t for t in place.subtree if t.ent_type_ == "GPE" and t.i <= place.i]))
    return None


def _qualifiers(head: Token, tokens: list[Token], ctx: Context, order: int = 0
                ) -> tuple[str | None, list[Token]]:
    country = None
    words: list[Token] = []
    skip: set[int] = set()
    keep: set[int] = set()  # possessive markers that are part of the name
    for tok in tokens:
        if tok.dep_ == "poss" and tok.i != head.i:
            poss = list(tok.subtree)
            if tok.lower_ in lexicon().titles and tok.ent_type_ != "PERSON" and not any(
                    t.ent_type_ in ("PERSON", "GPE", "NORP") for t in poss):
                keep.update(t.i for t in poss if is_possessive_marker(t))
                continue  # "the Prime Minister's Office": named after the office it serves
            owned = ctx.registry.country_of(text_of(
                [t for t in poss if not is_possessive_marker(t)]))
            if owned is not None or tok.ent_type_ != "ORG" or tok.pos_ != "PROPN":
                skip.update(t.i for t in poss)  # (a body's own keeps its name: "the
            country = country or owned  # European Union's delegation" is the EU's)
            if tok.lower_ in ("its", "their") and country is None:  # "Its state broadcaster"
                owner = ctx.discourse.pronoun(tok.lower_.replace("its", "it")
                                              .replace("their", "they"), order)
                if owner is not None and owner.kind == "country":
                    country = owner.name
    for n, tok in enumerate(tokens):  # "State-controlled Gazprom": three tokens
        if (tok.text == "-" and 0 < n < len(tokens) - 1
                and tokens[n + 1].lower_ in _DESCRIBING_TAILS):
            skip.update((tokens[n - 1].i, tok.i, tokens[n + 1].i))
    for tok in tokens:
        if tok.i in skip or tok.dep_ == "det" or is_possessive_marker(tok) and tok.i not in keep:
            continue
        if tok.lower_ in DESCRIPTIVE:
            continue  # "the new Joe Biden administration", "state-run Global Times"
        words.append(tok)
    for n in range(min(3, len(words) - 1), 0, -1):
        found = ctx.registry.country_of(text_of(words[:n]))
        if found:
            country, words = country or found, words[n:]
            break
    return country, words


def _apposition(head: Token, entity: Entity, ctx: Context, order: int) -> None:
    """ "Cho Hey-sil, the ministry's deputy spokesperson": a role for Cho."""
    if entity.kind != "person" or entity.known:
        return
    for child in head.children:
        if child.dep_ != "appos" or misattached_subject(child) is not None:
            continue
        tokens = core_tokens(child)
        role_words = [t for t in tokens if t.dep_ not in ("det", "poss", "case")
                      and t.head.dep_ != "poss"]
        organization = None
        for tok in tokens:
            if tok.dep_ == "poss":
                found = _refer(tok, ctx, order)
                organization = found.id if found else None
        if child.lemma_.lower() in lexicon().person_nouns or child.lemma_.lower() in (
                lexicon().titles):
            title = text_of(role_words)
            if title and (title, organization) not in entity.roles:
                entity.roles.append((title, organization))
        elif entity.description is None:
            entity.description = text_of([t for t in tokens if t.dep_ != "det"]) or None


def _refer(head: Token, ctx: Context, order: int) -> Entity | None:
    """An actor already known for this noun phrase; never creates one."""
    tokens = core_tokens(head)
    found = _gazetteer(tokens, ctx) if tokens else None
    if found is None and tokens and determiner(tokens, head) == "the":
        found = _back_reference(head.lemma_.lower(), ctx, order)
    return found


