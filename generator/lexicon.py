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


def _resource(name: str) -> Any:
    text = resources.files("generator").joinpath("resources", name).read_text("utf-8")
    return yaml.safe_load(text)


@cache
def lexicon() -> Lexicon:
    raw = _resource("lexicon.yaml")
    return Lexicon(**{k: frozenset(str(w).lower() for w in v) for k, v in raw.items()})


@cache
def builtin_gazetteer() -> dict[str, list[dict[str, Any]]]:
    return _resource("gazetteer.yaml")


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
