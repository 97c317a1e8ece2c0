"""The records of a fact site, as plain data.

Three record types live under ``data/``:

* ``sources/<id>.yaml``: one news article, with its stored text;
* ``actors/<id>.yaml``: one person, organisation, government, country, media or group;
* ``statements/<source-id>.yaml``: every statement extracted from one source.

Statements of one source share a file because they are reviewed together, against
one article, in one pull request; one file per statement would mean tens of
thousands of tiny files at scale and no place to see an article's facts side by side.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ACTOR_KINDS = ("person", "organization", "government", "country", "media", "group")
STATEMENT_KINDS = ("direct", "indirect")
STATUSES = ("extracted", "reviewed", "rejected")


@dataclass
class Problem:
    """One thing wrong with the data, located as precisely as we can."""

    path: str
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        what = f"{self.field}: " if self.field else ""
        return f"{where}: {what}{self.message}"


class FactsiteError(Exception):
    """The one exception that crosses into the CLI and the MkDocs plugin."""

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


@dataclass
class Source:
    id: str
    file: str
    title: str
    text: str
    content_hash: str
    publisher: str | None = None
    byline: str | None = None
    place: str | None = None
    published: str | None = None
    published_basis: str | None = None
    url: str | None = None


@dataclass
class Role:
    title: str
    organization: str | None = None
    start: str | None = None
    end: str | None = None


@dataclass
class Actor:
    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    country: str | None = None
    description: str | None = None
    former_ids: list[str] = field(default_factory=list)  # renamed or merged away


@dataclass
class Statement:
    id: str
    speaker: str
    kind: str
    text: str
    source: str
    span: tuple[int, int]
    said_on: str | None = None
    date_basis: str | None = None
    speaker_mention: str | None = None
    context: str | None = None
    mentions: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    status: str = "extracted"
    fingerprint: str | None = None  # what the extractor wrote; differs once a person edits


# Key order of each record type as written to YAML: identity first, then what
# an editor reads and edits most, long text last.
SOURCE_FIELDS = (
    "id", "file", "title", "publisher", "byline", "place", "published",
    "published_basis", "url", "content_hash", "text",
)
ACTOR_FIELDS = ("id", "name", "kind", "country", "description", "aliases", "roles",
                "former_ids")
ROLE_FIELDS = ("title", "organization", "start", "end")
STATEMENT_FIELDS = (
    "id", "status", "speaker", "speaker_mention", "kind", "said_on", "date_basis",
    "text", "span", "context", "mentions", "topics", "fingerprint",
)


def source_to_dict(s: Source) -> dict[str, Any]:
    return {k: getattr(s, k) for k in SOURCE_FIELDS}


def actor_to_dict(a: Actor) -> dict[str, Any]:
    d: dict[str, Any] = {k: getattr(a, k) for k in ACTOR_FIELDS if k != "roles"}
    d["roles"] = [{k: getattr(r, k) for k in ROLE_FIELDS} for r in a.roles]
    if not a.former_ids:
        del d["former_ids"]
    return d


def statement_to_dict(s: Statement) -> dict[str, Any]:
    d = {k: getattr(s, k) for k in STATEMENT_FIELDS}
    d["span"] = list(s.span)
    return d
