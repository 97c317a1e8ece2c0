"""Topic tags from a maintained lexicon (resources/topics.yaml), on the statement's words."""

from __future__ import annotations

import re
from functools import cache

from .lexicon import _resource


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    out = {}
    for topic, terms in _resource("topics.yaml").items():
        alternatives = [re.escape(t[:-1]) + r"\w*" if t.endswith("*") else re.escape(t)
                        for t in terms]
        out[topic] = re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)
    return out


def topics_of(text: str) -> list[str]:
    """The topics whose terms occur in ``text``, sorted."""
    return sorted(topic for topic, pattern in _patterns().items() if pattern.search(text))
