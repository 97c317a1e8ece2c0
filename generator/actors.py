"""Speakers as actors: who a mention refers to.

A mention is the noun phrase naming a speaker ("South Korean Unification Minister
Lee In-young", "he", "the ministry", "an unidentified senior administration
official"). :class:`Registry` holds every actor known so far (the built-in
gazetteer, the curated records in ``data/actors/`` and the actors found in this run)
and merges name variants; :class:`Discourse` remembers, within one article, who was
mentioned where, so pronouns, role nouns and surnames resolve to the right earlier
actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .lexicon import builtin_gazetteer, lexicon, name_key, slugify
from .model import Actor, Role

PRONOUNS_PERSON = {"he", "she", "him", "her"}
# Prepositions that place a described actor: "a spokesperson for the ministry".
_PLACING = frozenset({"for", "of", "at", "in", "with", "from", "on"})
PRONOUNS_THING = {"it", "they", "we"}


@dataclass
class Entity:
    """An actor as the extractor knows it during a run."""

    id: str
    name: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    country: str | None = None
    description: str | None = None
    roles: list[tuple[str, str | None]] = field(default_factory=list)
    anonymous: bool = False
    known: bool = False  # from data/actors or the gazetteer: an editor's record wins

    def role_heads(self) -> set[str]:
        heads = set()
        for title in (t for t, _ in self.roles if t):
            words = title.lower().split()
            heads.add(words[-1].strip("()[]"))
            placed = next((n for n, w in enumerate(words) if w in _PLACING), None)
            if placed:  # "Minister of Agriculture and Rural Development": a minister
                heads.add(words[placed - 1])
        if self.anonymous or self.kind != "person":
            words = self.name.lower().split()
            heads.add(words[-1])
            placed = next((n for n, w in enumerate(words) if w in _PLACING), None)
            if placed:  # "spokesperson for China's Xinhua News Agency": a spokesperson
                heads.add(words[placed - 1])
        if self.kind in ("organization", "media"):  # "the agency" after "the Finnish
            org = lexicon().org_nouns  # Transport and Communications Agency Traficom"
            for name in (self.name, *self.aliases):
                heads.update(w for w in name.lower().split() if w in org)
        return heads

    def holds(self, phrase: str) -> bool:
        """Whether a title (or, for a description, the name) ends in ``phrase``."""
        titles = [t for t, _ in self.roles if t]
        if self.anonymous or self.kind != "person":
            titles.append(self.name)
        wanted = phrase.split()
        for title in titles:
            words = title.lower().split()
            if not words or words[-1] != wanted[-1]:
                continue
            rest = iter(words[:-1])  # "deputy minister" is "Deputy Foreign Minister"
            if all(word in rest for word in wanted[:-1]):
                return True
        return False

    def under(self, office: set[str]) -> bool:
        """Whether every title is a deputy's of the office ``office`` names ("deputy
        prime minister" for {"prime", "minister"})."""
        titles = [t.lower().split() for t, _ in self.roles if t]
        return bool(titles) and all(
            any(w in SUBORDINATE for w in words) and not office & SUBORDINATE
            for words in titles)

    def conflicts(self, phrase: str) -> bool:
        """Whether the actor holds another role of the same kind: "foreign minister"
        for "prime minister"."""
        head = phrase.split()[-1]
        same = [t.lower() for t, _ in self.roles if t and t.lower().split()[-1] == head]
        return " " in phrase and bool(same) and not self.holds(phrase)

    def to_actor(self) -> Actor:
        aliases = sorted(a for a in self.aliases if a != self.name)
        roles = [Role(title=t, organization=o) for t, o in self.roles]
        return Actor(id=self.id, name=self.name, kind=self.kind, aliases=aliases,
                     roles=roles, country=self.country, description=self.description)


class Registry:
    """Every actor, looked up by any of its names (variants merged by :func:`name_key`)."""

    def __init__(self, known: list[Actor] | None = None, builtin: bool = True) -> None:
        self.by_id: dict[str, Entity] = {}
        self.by_key: dict[str, str] = {}
        self.demonyms: dict[str, str] = {}  # key of "South Korean" -> "South Korea"
        self.demonym_of: dict[str, str] = {}  # "South Korea" -> "South Korean"
        if builtin:
            self._load_builtin(builtin_gazetteer())
        for actor in known or []:
            self.add_known(actor)

    def fork(self) -> Registry:
        """A registry that starts with this one's actors and grows on its own.

        Known actors (gazetteer, curated records) are never modified by extraction,
        so they are shared; only the indexes are copied.
        """
        if any(not e.known for e in self.by_id.values()):
            raise ValueError("only a registry of known actors can be forked")
        other = Registry.__new__(Registry)
        other.by_id = dict(self.by_id)
        other.by_key = dict(self.by_key)
        other.demonyms = self.demonyms
        other.demonym_of = self.demonym_of
        return other

    def _load_builtin(self, gaz: dict[str, list[dict[str, Any]]]) -> None:
        for item in gaz.get("countries", []):
            self._add_builtin(item, "country", country=item["name"])
            for demonym in item.get("demonyms", []):
                self.demonyms[name_key(demonym)] = item["name"]
                self.demonym_of.setdefault(item["name"], demonym)
        for item in gaz.get("organizations", []):
            self._add_builtin(item, item.get("kind", "organization"))
        for item in gaz.get("media", []):
            self._add_builtin(item, "media")

    def _add_builtin(self, item: dict[str, Any], kind: str, country: str | None = None) -> None:
        entity = Entity(id=slugify(item["name"]), name=item["name"], kind=kind,
                        aliases=set(item.get("aliases", [])), country=country, known=True)
        self.add(entity)

    def add_known(self, actor: Actor) -> Entity:
        entity = Entity(id=actor.id, name=actor.name, kind=actor.kind,
                        aliases=set(actor.aliases), country=actor.country,
                        description=actor.description,
                        roles=[(r.title, r.organization) for r in actor.roles], known=True)
        existing = self.by_id.get(actor.id)
        if existing is not None:  # a curated record replaces the built-in one
            for alias in existing.aliases | {existing.name}:
                self.by_key.pop(name_key(alias), None)
        self.by_id[actor.id] = entity
        self._index(entity)
        return entity

    def _index(self, entity: Entity) -> None:
        if entity.anonymous:
            return  # "observers" in one article are not the observers of another
        for alias in sorted({entity.name, *entity.aliases}):
            key = _acronym_key(alias) or name_key(alias)
            if key and key not in self.by_key:
                self.by_key[key] = entity.id

    def name_in_full(self, entity: Entity, name: str) -> None:
        """Give an actor known by part of its name ("Laroya") its whole name."""
        entity.name = name
        entity.aliases.add(name)
        self._index(entity)

    def find(self, name: str) -> Entity | None:
        """The actor with this name or alias; acronyms ("WHO") match only in capitals."""
        keys = [k for k in (_acronym_key(name), name_key(name)) if k]
        for key in keys:
            entity_id = self.by_key.get(key)
            if entity_id:
                return self.by_id.get(entity_id)
        return None

    def add(self, entity: Entity) -> Entity:
        """Add ``entity``, or merge it into the actor that already has one of its names."""
        for alias in [] if entity.anonymous else [entity.name, *sorted(entity.aliases)]:
            found = self.find(alias)
            if found is not None and found.country and entity.country and (
                    found.country != entity.country):
                continue  # "Defence Ministry" of Japan and of China are two ministries
            if found is not None and (found.kind == entity.kind or found.known):
                self.merge_into(found, entity)
                return found
        entity.id = self._free_id(entity.id)
        self.by_id[entity.id] = entity
        self._index(entity)
        return entity

    def merge_into(self, target: Entity, other: Entity) -> None:
        if target.known:
            return  # never rewrite a curated record from extraction
        target.aliases |= other.aliases | {other.name}
        target.aliases.discard(target.name)
        for role in other.roles:
            if role not in target.roles:
                target.roles.append(role)
        target.country = target.country or other.country
        target.description = target.description or other.description
        self._index(target)

    def _free_id(self, wanted: str) -> str:
        candidate, n = wanted, 2
        while candidate in self.by_id:
            candidate, n = f"{wanted}-{n}", n + 1
        return candidate

    def split_country(self, phrase: str) -> tuple[str | None, str]:
        """ "Japan's defence minister" -> ("Japan", "defence minister")."""
        words = phrase.split()
        for n in range(min(3, len(words) - 1), 0, -1):
            head = " ".join(words[:n])
            country = self.country_of(head.removesuffix("'s").removesuffix("’s"))
            if country is not None:
                return country, " ".join(words[n:])
        return None, phrase

    def country_of(self, words: str) -> str | None:
        """The country named by a demonym or country name/metonym, if any."""
        key = name_key(words)
        if key in self.demonyms:
            return self.demonyms[key]
        found = self.find(words)
        return found.name if found is not None and found.kind == "country" else None


def _acronym_key(name: str) -> str | None:
    """ "WHO", "U.S.", "the UN" are acronyms: "who" or "us" must not match them."""
    bare = re.sub(r"^(?:the|The)\s+", "", name.strip())
    letters = re.sub(r"[^A-Za-z]", "", bare)
    if 1 < len(letters) <= 6 and letters.isupper() and " " not in bare:
        return "^" + letters.lower()
    return None


# Words that make a title a post under the office it names: "Deputy Prime Minister".
SUBORDINATE = frozenset({"deputy", "vice", "assistant", "under", "junior", "former"})


@dataclass
class Seen:
    order: int
    entity: Entity
    strength: int  # 2: speaker, 1: subject of a clause, 0: mentioned
    embedded: bool = False  # the subject of a clause inside another ("said X had ...")


class Discourse:
    """Who was mentioned where in one article, for back-references."""

    def __init__(self) -> None:
        self.seen: list[Seen] = []
        self.genders: dict[str, str] = {}  # actor id -> "f" or "m", as this text says

    def note(self, entity: Entity, order: int, strength: int, embedded: bool = False) -> None:
        self.seen.append(Seen(order, entity, strength, embedded))

    def _recent(self, order: int, min_strength: int = 0, main: bool = False) -> list[Entity]:
        items = [s for s in self.seen if s.order < order and s.strength >= min_strength
                 and not (main and s.embedded)]
        items.sort(key=lambda s: (s.order, s.strength), reverse=True)
        result: list[Entity] = []
        for item in items:
            if item.entity not in result:
                result.append(item.entity)
        return result

    def pronoun(self, word: str, order: int, exclude: frozenset[str] = frozenset()
                ) -> Entity | None:
        """The actor a pronoun is; never one of ``exclude`` (ids: "He then advised
        Chakwera to ...": whoever "he" is, not Chakwera)."""
        word = word.lower()
        if word in PRONOUNS_PERSON:
            return self._person(word, order, exclude)
        for min_strength in (1, 0):
            for entity in self._recent(order, min_strength):
                if word == "it" and entity.kind != "person" and not _is_group(entity):
                    return entity
                if word in ("they", "we") and (entity.kind != "person" or _is_group(entity)):
                    return entity
        return None

    def _person(self, word: str, order: int, exclude: frozenset[str] = frozenset()
                ) -> Entity | None:
        """The person "he" or "she" is: the latest one, skipping one the text calls
        the other gender ("Ms. Suzuki" is not "he"). "She" first looks for a person
        called a woman ("ministry spokeswoman Hua ... Defence Minister Wei ... She
        added"): most people news quotes are men and most are never called either,
        so an unmarked latest person is the weaker guess for "she", not for "he". (Only
        between the last two people: a woman named paragraphs back is not "she" past the
        analyst quoted just before.) A subject of a clause inside another sentence
        ("Without saying what Khan was charged with, he said") is passed over first."""
        want = "f" if word in ("she", "her") else "m"
        people: list[Entity] = []
        for min_strength, main in ((1, True), (1, False), (0, False)):
            people = [e for e in self._recent(order, min_strength, main)
                      if e.kind == "person" and not _is_group(e) and e.id not in exclude]
            marked = next((e for e in people[:2] if self.genders.get(e.id) == want), None)
            if want == "f" and marked is not None:
                return marked
            fitting = next((e for e in people if self.genders.get(e.id) in (None, want)), None)
            if fitting is not None:
                return fitting
        return people[0] if people else None  # words and pronoun disagree: the latest

    def role(self, noun: str, order: int, kinds: tuple[str, ...] | None = None,
             phrase: str | None = None, country: str | None = None) -> Entity | None:
        """The latest actor holding the role ``noun``; with a ``phrase`` of more words
        ("prime minister"), one whose title ends in those words ("the Prime Minister"
        after "Foreign Minister Kuleba" and "Prime Minister Johnson" is Johnson). One
        whose title puts them under the office ("Deputy Prime Minister Tei") is taken
        only when no holder of the office itself was named."""
        found = []
        for entity in self._recent(order):
            if kinds and entity.kind not in kinds:
                continue
            if country and entity.country and entity.country != country:
                continue  # "the Japanese ministry" after Russia's
            if noun in entity.role_heads() and (
                    phrase is None or " " not in phrase or entity.holds(phrase)):
                found.append(entity)
        words = set((phrase or noun).split())
        return next((e for e in found if not e.under(words)), found[0] if found else None)

    def most_recent(self, order: int, kinds: tuple[str, ...], min_strength: int = 1,
                    phrase: str | None = None) -> Entity | None:
        for entity in self._recent(order, min_strength):
            if entity.kind in kinds and not _is_group(entity) and not (
                    phrase and entity.conflicts(phrase)):
                return entity
        return None

    def latest_group_called(self, noun: str, order: int) -> Entity | None:
        """The latest unnamed group called ``noun`` ("officials"): a name or alias
        ending in it ("officials at the port authority" is also "officials")."""
        for entity in self._recent(order):
            if not _is_group(entity):
                continue
            for name in (entity.name, *entity.aliases):
                words = name.lower().split()
                if words and words[-1].rstrip("s") == noun.rstrip("s"):
                    return entity
        return None

    def latest_group(self, order: int) -> Entity | None:
        return next((e for e in self._recent(order) if _is_group(e)), None)

    def name_ending(self, name: str, order: int) -> Entity | None:
        """The person a name of two words or more is when an earlier person's longer
        name ends in it: "Hun Sen" after "Samdech Techo Hun Sen", "Barrios Cifuentes"
        after "Rodolfo Barrios Cifuentes" (the latest such person)."""
        words = [name_key(w) for w in name.split()]
        for entity in self._recent(order):
            theirs = [name_key(w) for w in entity.name.split()]
            if entity.kind == "person" and (len(theirs) > len(words) >= 2 and (
                    theirs[-len(words):] == words) or len(words) >= 2 and (
                    _spelt_as_tail(entity.name, name))):  # ("Al Manea" after "Walid
                return entity  # Al-Manea")
        return None

    def surname(self, word: str, order: int, title: str | None) -> Entity | None:
        """The person a bare "Kim" is: the latest one who spoke or acted before the
        latest one only named in passing ("Kim Yo-jong, the sister of leader Kim
        Jong-un, said ... Kim said": Kim Yo-jong)."""
        key = name_key(word)
        matches = [e for e in self._recent(order) if e.kind == "person" and not e.anonymous
                   and (key in {name_key(t) for t in re.split(r"[\s]+", e.name)}
                        or _spelt_as_tail(e.name, word))]  # ("Al-Manea", "Walid Al Manea")
        actors = {s.entity.id for s in self.seen if s.order < order and s.strength >= 1}
        matches.sort(key=lambda e: e.id not in actors)  # stable: latest first in each
        if title:
            titled = [e for e in matches if title.lower() in e.role_heads()]
            if titled:
                return titled[0]
        return matches[0] if matches else None


def _spelt_as_tail(full: str, name: str) -> bool:
    """Whether ``name`` is the end of the name ``full``, spelt with or without its
    hyphens and spaces: "Al Manea" or "AlManea" of "Walid Al-Manea", "Al-Manea" of
    "Walid Al Manea" (the whole name is no tail of itself)."""
    parts = [p for p in re.split(r"[\s\-‐‑]+", full) if p]
    key = name_key(name)
    return len(key) >= 4 and any(name_key("".join(parts[k:])) == key
                                 for k in range(1, len(parts) - 1))  # (of two parts or
    # more: "BioNTech" alone is not "Pfizer-BioNTech")


def _is_group(entity: Entity) -> bool:
    return entity.anonymous and entity.kind == "group"

