"""The in-memory index of every record, built once per build.

Rendering only reads from a :class:`Catalog`; it never touches files.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .model import Actor, Source, Statement


def date_sort_key(st: Statement) -> tuple[str, int, str]:
    """Undated statements sort last; within a date, by position in the source."""
    return (st.said_on or "9999", st.span[0], st.id)


@dataclass
class Catalog:
    sources: dict[str, Source] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    statements: dict[str, Statement] = field(default_factory=dict)
    # "sources/<id>" / "actors/<id>" / "statements/<id>" -> path of the YAML file
    # under the data folder, for "edit this page" links and error messages.
    files: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        self._by_speaker: dict[str, list[Statement]] = defaultdict(list)
        self._by_source: dict[str, list[Statement]] = defaultdict(list)
        self._mentioning: dict[str, list[Statement]] = defaultdict(list)
        for st in sorted(self.statements.values(), key=date_sort_key):
            self._by_speaker[st.speaker].append(st)
            for actor_id in st.mentions:
                self._mentioning[actor_id].append(st)
        for st in sorted(self.statements.values(), key=lambda s: (s.source, s.span[0], s.id)):
            self._by_source[st.source].append(st)

    def by_speaker(self, actor_id: str) -> list[Statement]:
        return self._by_speaker.get(actor_id, [])

    def by_source(self, source_id: str) -> list[Statement]:
        """Statements of a source in the order they appear in its text."""
        return self._by_source.get(source_id, [])

    def mentioning(self, actor_id: str) -> list[Statement]:
        return self._mentioning.get(actor_id, [])
