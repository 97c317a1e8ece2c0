"""The in-memory index of every record, built once per build.

Rendering only reads from a :class:`Catalog`; it never touches files.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field

from .model import Actor, Source, Statement


def date_sort_key(st: Statement) -> tuple[str, int, str]:
    """Undated statements sort last; within a date, by position in the source."""
    return (st.said_on or "9999", st.span[0], st.id)


def _source_order(st: Statement) -> tuple[str, int, str]:
    return (st.source, st.span[0], st.id)


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
        self._dated = sorted(self.statements.values(), key=date_sort_key)
        for st in self._dated:
            self._by_speaker[st.speaker].append(st)
            for actor_id in st.mentions:
                self._mentioning[actor_id].append(st)
        for st in sorted(self.statements.values(), key=_source_order):
            self._by_source[st.source].append(st)

    def patched(self, statements: dict[str, Statement], files: dict[str, str],
                removed: list[Statement], added: list[Statement]) -> Catalog:
        """This catalog with ``removed`` statements replaced by ``added`` (``statements``
        and ``files`` are the new tables): the indexes are copied and re-sorted only
        where the change reaches, so one edit does not sort 40,000 statements again.
        This catalog is left as it was."""
        new = Catalog.__new__(Catalog)  # (no __post_init__: the indexes come from here)
        new.sources, new.actors, new.statements, new.files = (
            self.sources, self.actors, statements, files)
        gone = {id(st) for st in removed}
        dated = [st for st in self._dated if id(st) not in gone] if removed else list(self._dated)
        for st in added:
            bisect.insort(dated, st, key=date_sort_key)
        new._dated = dated
        for name, keys, order in (
                ("_by_speaker", lambda st: [st.speaker], date_sort_key),
                ("_mentioning", lambda st: st.mentions, date_sort_key),
                ("_by_source", lambda st: [st.source], _source_order)):
            index: dict[str, list[Statement]] = defaultdict(list, getattr(self, name))
            for key in {k for st in (*removed, *added) for k in keys(st)}:
                kept = [st for st in index.get(key, ()) if id(st) not in gone]
                kept += [st for st in added if key in keys(st)]
                if kept:
                    index[key] = sorted(kept, key=order)
                else:
                    index.pop(key, None)
            setattr(new, name, index)
        return new

    def in_date_order(self) -> list[Statement]:
        """Every statement, by :func:`date_sort_key` (do not modify the list)."""
        return self._dated

    def by_speaker(self, actor_id: str) -> list[Statement]:
        return self._by_speaker.get(actor_id, [])

    def by_source(self, source_id: str) -> list[Statement]:
        """Statements of a source in the order they appear in its text."""
        return self._by_source.get(source_id, [])

    def mentioning(self, actor_id: str) -> list[Statement]:
        return self._mentioning.get(actor_id, [])
