"""The extractor's word lists and built-in gazetteer, read once from ``resources/``."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml


@dataclass(frozen=True)
class Lexicon:
    speech_verbs: frozenset[str]
    clause_verbs: frozenset[str]
    speech_nouns: frozenset[str]
    appeal_nouns: frozenset[str]
    warning_nouns: frozenset[str]
    speech_occasions: frozenset[str]
    speaking_verbs: frozenset[str]
    document_verbs: frozenset[str]
    document_nouns: frozenset[str]
    org_nouns: frozenset[str]
    media_nouns: frozenset[str]
    person_nouns: frozenset[str]
    titles: frozenset[str]
    abbreviated_titles: frozenset[str]
    anonymity_words: frozenset[str]
    portfolios: frozenset[str]
    female_words: frozenset[str]
    male_words: frozenset[str]
    platforms: frozenset[str]


def _resource(name: str) -> Any:
    text = resources.files("generator").joinpath("resources", name).read_text("utf-8")
    return yaml.safe_load(text)


@cache
def lexicon() -> Lexicon:
    raw = _resource("lexicon.yaml")
    return Lexicon(**{k: frozenset(str(w).lower() for w in v) for k, v in raw.items()})


@cache
def builtin_gazetteer() -> dict[str, list[dict[str, Any]]]:
    gazetteer: dict[str, list[dict[str, Any]]] = _resource("gazetteer.yaml")
    gazetteer["countries"] = [*gazetteer["countries"], *_more_countries(gazetteer["countries"])]
    return gazetteer


@cache
def capitals_and_countries() -> frozenset[str]:
    """The names (lower case) of every country and its capital, from countryinfo's data
    and the gazetteer: the places a dateline may give with a bare colon ("Muscat: ...")."""
    from countryinfo import all_countries

    names = set()
    for info in (c.info() for c in all_countries()):
        names.update(str(info[key]) for key in ("name", "capital") if info.get(key))
    for item in builtin_gazetteer()["countries"]:
        names.update([item["name"], *item.get("aliases", [])])
    return frozenset(n.lower() for n in names)


def _more_countries(curated: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The countries and territories of ISO 3166 that ``gazetteer.yaml`` leaves out,
    from countryinfo's data: the name, the longer official names ("Republic of
    Cameroon") and the demonym when no other country shares it ("Dominican" is also
    Dominica's, "French" Martinique's). Not the capital: the curated list names the
    capitals that stand for governments, and many others are also people's names or
    words ("Victoria", "Male")."""
    from countryinfo import all_countries

    taken = {name_key(n) for item in curated
             for n in (item["name"], *item.get("aliases", []), *item.get("demonyms", []))}
    infos = [c.info() for c in all_countries()]
    infos = sorted((i for i in infos if i.get("ISO") and i.get("name")
                    and not any(c in i["name"] for c in ",()")), key=lambda i: i["name"])
    demonyms = [i.get("demonym") for i in infos]
    more = []
    for info in infos:
        names = [info["name"], *(s for s in info.get("altSpellings", [])
                                 if " " in s and s.isascii() and "," not in s)]
        if any(name_key(n) in taken for n in names):
            continue  # curated, or another name of a curated country ("Burma")
        demonym = info.get("demonym")
        own = [demonym] if demonym and demonyms.count(demonym) == 1 and (
            name_key(demonym) not in taken) else []
        taken.update(name_key(n) for n in [*names, *own])
        aliases = sorted({n for n in names[1:] if n != info["name"]})
        more.append({"name": info["name"], "aliases": aliases, "demonyms": own})
    return more


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Key under which name variants merge: "Kim Jong-un" == "Kim Jong Un" == "kim jongun".

    Case, accents, punctuation, spacing and a leading article are ignored.
    """
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().strip()
    s = s.replace("\u2019", "'")
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"^(the|a|an)\s+", "", s)
    return re.sub(r"[^0-9a-z]+", "", s)


def slugify(text: str, max_length: int = 60) -> str:
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    if len(s) > max_length:
        s = s[:max_length].rsplit("-", 1)[0] or s[:max_length]
    return s or "x"
