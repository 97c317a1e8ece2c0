"""The one declared schema of every record type.

Used by the loader (type checks, unknown fields), by ``factsite check``, by the JSON
Schema files editors' tools read, and by the "Editing facts" page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .model import ACTOR_KINDS, STATEMENT_KINDS, STATUSES

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # a key of _CHECKS: "str", "slug", "date", "day", "url", "span", "list[str]"...
    required: bool
    description: str
    example: Any = None
    choices: tuple[str, ...] = ()
    nullable: bool = True


SOURCE = (
    Field("id", "slug", True, "Stable identifier; also the page URL.", "2021-02-03-lee-vaccines",
          nullable=False),
    Field("file", "str", True, "The seed article's file name under seeds/.",
          "000_2d1694b484c03077.txt", nullable=False),
    Field("title", "str", True, "Headline of the article.", "Ministry urges cooperation",
          nullable=False),
    Field("publisher", "str", False, "Who published it (news agency or outlet).", "Yonhap"),
    Field("byline", "str", False, "Author as credited.", "Kim Soo-yeon"),
    Field("place", "str", False, "Dateline place.", "Seoul"),
    Field("published", "day", False, "Publication date, YYYY-MM-DD.", "2020-03-23"),
    Field("published_basis", "str", False, "How the publication date was found.",
          "'Published : Mar 23, 2020' line"),
    Field("url", "url", False, "Original address of the article (http or https).",
          "https://example.com/news/1"),
    Field("content_hash", "str", True, "sha256 of the stored text; spans refer to that text.",
          "sha256:9f86d08...", nullable=False),
    Field("text", "str", True, "The article text as stored; statement spans index into it.",
          "SEOUL, March 23 (Yonhap) -- ...", nullable=False),
)

ROLE = (
    Field("title", "str", True, "Role or title.", "Unification Minister", nullable=False),
    Field("organization", "str", False, "Organisation (an actor id or a name).",
          "ministry-of-unification"),
    Field("start", "date", False, "When the role began, as precise as known.", "2020-07"),
    Field("end", "date", False, "When it ended, if it has.", None),
)

ACTOR = (
    Field("id", "slug", True, "Stable identifier; also the page URL.", "lee-in-young",
          nullable=False),
    Field("name", "str", True, "Name as displayed.", "Lee In-young", nullable=False),
    Field("kind", "str", True, "What the actor is.", "person", choices=ACTOR_KINDS,
          nullable=False),
    Field("country", "str", False, "Country or affiliation.", "South Korea"),
    Field("description", "str", False, "One line on who this is.",
          "South Korean Unification Minister"),
    Field("aliases", "list[str]", False, "Other names used in the news; the extractor's "
          "gazetteer.", ["Lee", "Lee In young"]),
    Field("roles", "roles", False, "Roles and titles held, with dates where known.",
          [{"title": "Unification Minister", "organization": "ministry-of-unification",
            "start": None, "end": None}]),
    Field("former_ids", "list[slug]", False, "Ids this actor had before a rename or merge "
          "(set by 'factsite actor rename/merge'); their old pages redirect here.",
          ["lee-in-yong"]),
)

STATEMENT = (
    Field("id", "slug", True, "Stable identifier: the same fact keeps it on every run.",
          "2021-02-03-lee-vaccines-3f2a9c", nullable=False),
    Field("status", "str", True, "extracted (machine proposal), reviewed (confirmed by a "
          "person) or rejected (ruled out, kept so it never comes back).", "reviewed",
          choices=STATUSES, nullable=False),
    Field("speaker", "slug", True, "Actor id of who said it.", "lee-in-young", nullable=False),
    Field("speaker_mention", "str", False, "The words naming the speaker in the source.",
          "South Korean Unification Minister Lee In-young"),
    Field("kind", "str", True, "direct (quoted words) or indirect (reported speech).",
          "direct", choices=STATEMENT_KINDS, nullable=False),
    Field("said_on", "date", False, "When it was said: YYYY-MM-DD, YYYY-MM or YYYY; empty "
          "when the text does not say.", "2021-02-03"),
    Field("date_basis", "str", False, "The words that fixed the date.", "on Wednesday"),
    Field("text", "str", True, "The quoted words, or the reported clause, exactly as in the "
          "source text.", "the vaccination of our citizens is a priority", nullable=False),
    Field("span", "span", True, "Start and end character offsets of text in the source's "
          "stored text.", [1032, 1078], nullable=False),
    Field("context", "str", False, "The sentence around the statement.", None),
    Field("mentions", "list[slug]", False, "Other actors the statement mentions.",
          ["north-korea"]),
    Field("topics", "list[slug]", False, "Topic tags (lowercase words joined by hyphens); "
          "each topic has a page, topics/<topic>.", ["vaccines"]),
    Field("fingerprint", "str", False, "Written by the extractor: a hash of the record as it "
          "wrote it. Leave it alone; when the record no longer matches it, the extractor "
          "knows a person edited it and never overwrites it.", "3f2a9c1b7d0e"),
)

STATEMENT_FILE = (
    Field("source", "slug", True, "Id of the source all statements in this file come from.",
          "2021-02-03-lee-vaccines", nullable=False),
    Field("statements", "list", True, "The statements.", [], nullable=False),
)

SCHEMAS: dict[str, tuple[Field, ...]] = {
    "source": SOURCE,
    "actor": ACTOR,
    "role": ROLE,
    "statement": STATEMENT,
    "statement file": STATEMENT_FILE,
}


def check_value(f: Field, value: Any) -> str | None:
    """Why ``value`` is not valid for field ``f``, or None."""
    if value is None:
        return None if f.nullable and not f.required else "is required"
    checker = _CHECKS.get(f.type)
    problem = checker(value) if checker else None
    if problem is None and f.choices and value not in f.choices:
        problem = f"must be one of {', '.join(f.choices)}, not {value!r}"
    return problem


def _str(v: Any) -> str | None:
    return None if isinstance(v, str) else f"must be text, not {_typename(v)}"


def _slug(v: Any) -> str | None:
    if not isinstance(v, str):
        return f"must be text, not {_typename(v)}"
    if not SLUG.match(v):
        return f"{v!r} is not a safe id (lowercase letters, digits and single hyphens)"
    return None


def _date(v: Any, pattern: re.Pattern[str] = DATE, what: str = "YYYY-MM-DD, YYYY-MM or YYYY"
          ) -> str | None:
    import datetime as dt

    if isinstance(v, dt.date):
        v = v.isoformat()
    if not isinstance(v, str) or not pattern.match(v):
        return f"{v!r} is not a date ({what})"
    parts = [int(p) for p in v.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return f"{v!r} is not a real date"
    return None


def _day(v: Any) -> str | None:
    return _date(v, DAY, "YYYY-MM-DD")


def _url(v: Any) -> str | None:
    if not isinstance(v, str) or not re.match(r"^https?://[^\s/$.?#].[^\s]*$", v):
        return f"{v!r} is not an http(s) URL"
    return None


def _span(v: Any) -> str | None:
    ok = (isinstance(v, list) and len(v) == 2
          and all(isinstance(x, int) and not isinstance(x, bool) for x in v)
          and 0 <= v[0] <= v[1])
    return None if ok else f"{v!r} is not [start, end] character offsets"


def _list_of(check: Any) -> Any:
    def inner(v: Any) -> str | None:
        if not isinstance(v, list):
            return f"must be a list, not {_typename(v)}"
        for item in v:
            problem = check(item)
            if problem:
                return f"item {problem}"
        return None

    return inner


def _list(v: Any) -> str | None:
    return None if isinstance(v, list) else f"must be a list, not {_typename(v)}"


def _typename(v: Any) -> str:
    return {"dict": "a mapping", "list": "a list", "int": "a number", "float": "a number",
            "bool": "true/false", "str": "text"}.get(type(v).__name__, type(v).__name__)


_CHECKS = {
    "str": _str,
    "slug": _slug,
    "date": _date,
    "day": _day,
    "url": _url,
    "span": _span,
    "list[str]": _list_of(_str),
    "list[slug]": _list_of(_slug),
    "roles": _list,
    "list": _list,
}
