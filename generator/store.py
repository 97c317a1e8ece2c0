"""The data folder: load every record (collecting problems), and write records.

Layout::

    data/sources/<source-id>.yaml      one article and its stored text
    data/actors/<actor-id>.yaml        one actor
    data/statements/<source-id>.yaml   {source: <source-id>, statements: [...]}
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import yamlio
from .catalog import Catalog
from .model import (
    Actor,
    Problem,
    Role,
    Source,
    Statement,
    actor_to_dict,
    source_to_dict,
    statement_to_dict,
)
from .schema import ACTOR, ROLE, SOURCE, STATEMENT, STATEMENT_FILE, Field, check_value

KINDS = ("sources", "actors", "statements")


@dataclass
class Loaded:
    """Everything read from a data folder, before cross-record checks."""

    catalog: Catalog
    problems: list[Problem] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)  # relative path -> file text
    # Files (relative to the data folder) read afresh, added or gone since the cache's
    # last load; None when there was no cache to compare with.
    changed: set[str] | None = None
    # When this load is the last one with some statement files swapped (see
    # LoadCache.patch): the ids of the statements those files hold now. The checks
    # across records then look at these, not at every statement.
    patched: set[str] | None = None


def record_path(kind: str, record_id: str) -> str:
    return f"{kind}/{record_id}.yaml"


@dataclass
class _Parsed:
    """One file's records and problems: the unit a :class:`LoadCache` keeps."""

    kind: str
    rel: str
    shown: str
    text: str | None = None
    source: str | None = None  # a statements file's source
    records: list[tuple[tuple[str | int, ...], Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class LoadCache:
    """Parsed files kept between loads, for ``mkdocs serve``.

    A file is parsed again only when its size or modification time changed, so a
    rebuild after one edit reads one file instead of every record. Records are shared
    between loads: nothing downstream may mutate them.

    Once a file watcher reports every change (:meth:`watched`), each load after the
    next full one lists and checks only the paths it reported
    (:meth:`changed_since_last_load`) and trusts the rest, instead of asking the file
    system about 15,000 files.
    """

    def __init__(self) -> None:
        self._files: dict[str, tuple[tuple[int, int], _Parsed]] = {}
        self._listings: dict[str, list[str]] = {}  # folder -> its *.yaml paths, sorted
        self._lock = threading.Lock()  # the watcher reports from its own thread
        self._watched = False
        self._reported: set[str] | None = None  # seen since the last load; None: unknown
        self._trusted: set[str] | None = None  # what this load checks; None: every file
        self._last: Loaded | None = None  # the last load, to patch (see patch)
        self._last_parsed: dict[str, _Parsed] = {}

    def watched(self) -> None:
        """From now on a watcher reports every change; the next load still checks
        every file (what changed before the watcher started is caught there)."""
        self._watched = True

    def changed_since_last_load(self, paths: Iterable[str] | None) -> None:
        """Paths (absolute) the watcher saw change; None when it may have missed one
        (a folder moved): the next load checks every file."""
        with self._lock:
            if paths is None:
                self._reported = None
            elif self._reported is not None:
                self._reported.update(os.path.abspath(p) for p in paths)

    def begin(self) -> None:
        """A load starts: it checks what was reported so far; later reports are the
        next load's."""
        with self._lock:
            self._trusted, self._reported = self._reported, (set() if self._watched else None)

    def listing(self, folder: Path) -> list[str]:
        """The ``*.yaml`` paths in ``folder``: the last listing patched with the
        reported paths, or a fresh listing."""
        key = os.path.join(folder, "")
        last = self._listings.get(key)
        if last is None or self._trusted is None:
            listing = _yaml_files(folder)
        else:
            mine = {p for p in self._trusted if p.startswith(key) and p.endswith(".yaml")
                    and os.sep not in p[len(key):]}
            present = {p for p in mine if os.path.isfile(p)}
            listing = sorted(({*last} - mine) | present)
        self._listings[key] = listing
        return listing

    def parse(self, data_dir: Path, kind: str, path: str, changed: set[str]) -> _Parsed:
        hit = self._files.get(path)
        if hit and self._trusted is not None and path not in self._trusted:
            return hit[1]  # the watcher saw no change to it
        stat = os.stat(path)
        key = (stat.st_mtime_ns, stat.st_size)
        if hit and hit[0] == key:
            return hit[1]
        parsed = _parse_file(data_dir, kind, Path(path))
        self._files[path] = (key, parsed)
        changed.add(parsed.rel)
        return parsed

    def forget_except(self, seen: set[str], changed: set[str]) -> None:
        for path in set(self._files) - seen:  # deleted files
            changed.add(self._files.pop(path)[1].rel)

    def remember(self, loaded: Loaded, parsed: list[_Parsed]) -> None:
        """The load just made, to patch when only statement files change next."""
        self._last = loaded
        self._last_parsed = {p.rel: p for p in parsed}

    def patch(self, parsed: list[_Parsed], changed: set[str]) -> Loaded | None:
        """The last load with the changed statement files' records swapped, or None
        when a full assembly is needed: the last load (or its checks) had problems,
        a source or an actor changed, or a changed file has a problem or an id
        another file holds (the full load reports those where a fresh load would).

        What a fresh load builds from 15,000 files is built here from the last one
        and the few that changed: the catalog's tables are copied and patched, its
        indexes re-sorted only for the speakers, sources and actors the change
        touches."""
        last = self._last
        if last is None or last.problems or not changed or any(
                not rel.startswith("statements/") for rel in changed):
            return None
        now = {p.rel: p for p in parsed}
        cat = last.catalog
        statements, files, texts = dict(cat.statements), dict(cat.files), dict(last.texts)
        removed: list[Statement] = []
        for rel in changed:
            before = self._last_parsed.get(rel)
            for _, record in before.records if before else ():
                removed.append(statements.pop(record.id))
                del files[f"statements/{record.id}"], files[f"statement-index/{record.id}"]
            if before is not None:
                texts.pop(before.shown, None)
        added: list[Statement] = []
        for rel in sorted(changed):
            after = now.get(rel)
            if after is None:
                continue  # deleted
            if after.problems:
                return None
            for at, record in after.records:
                if record.id in statements:
                    return None
                statements[record.id] = record
                files[f"statements/{record.id}"] = after.rel
                files[f"statement-index/{record.id}"] = str(at[1])
                added.append(record)
            if after.text is not None:
                texts[after.shown] = after.text
        loaded = Loaded(cat.patched(statements, files, removed, added), [], texts,
                        patched={st.id for st in added})
        self.remember(loaded, parsed)
        return loaded


def load(data_dir: Path, cache: LoadCache | None = None) -> Loaded:
    """Read every YAML file under ``data_dir``; never raises for bad input."""
    changed: set[str] = set()
    seen: set[str] = set()
    parsed: list[_Parsed] = []
    if cache:
        cache.begin()
    for kind in KINDS:
        listing = cache.listing(data_dir / kind) if cache else _yaml_files(data_dir / kind)
        for path in listing:  # plain strings: a rebuild under `mkdocs serve` lists
            seen.add(path)    # 15,000 files
            parsed.append(cache.parse(data_dir, kind, path, changed) if cache
                          else _parse_file(data_dir, kind, Path(path)))
    if cache:
        cache.forget_except(seen, changed)
        patched = cache.patch(parsed, changed)
        if patched is not None:
            patched.changed = changed
            return patched
    loaded = Loaded(Catalog())
    for one in parsed:
        _assemble(loaded, one)
    loaded.catalog.reindex()
    if cache:
        loaded.changed = changed
        cache.remember(loaded, parsed)
    return loaded


def _yaml_files(folder: Path) -> list[str]:
    """The paths of the ``*.yaml`` files in ``folder``, sorted by name."""
    try:
        with os.scandir(folder) as entries:
            names = sorted(e.name for e in entries
                           if e.name.endswith(".yaml") and e.is_file())
    except (FileNotFoundError, NotADirectoryError):
        return []
    prefix = os.path.join(folder, "")
    return [prefix + name for name in names]


def _parse_file(data_dir: Path, kind: str, path: Path) -> _Parsed:
    rel = path.relative_to(data_dir).as_posix()
    parsed = _Parsed(kind, rel, f"{data_dir.name}/{rel}" if data_dir.name else rel)
    reader = _FileReader(parsed.shown, parsed.problems)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        reader.problem(None, None, f"is not UTF-8 (byte {exc.start}); save it as UTF-8")
        return parsed
    parsed.text = reader.text = text
    try:
        data = yamlio.load(text)
    except yamlio.YamlProblem as exc:
        reader.problem(exc.line, None, exc.message)
        return parsed
    if kind in ("sources", "actors"):
        schema, make = (SOURCE, _make_source) if kind == "sources" else (ACTOR, _make_actor)
        record = reader.record(data, schema, make)
        if record is not None:
            parsed.records.append(((), record))
    elif reader.fields(data, STATEMENT_FILE, ()):
        parsed.source = data["source"]
        for i, item in enumerate(data.get("statements") or []):
            record = reader.record(item, STATEMENT, _make_statement, ("statements", i))
            if record is not None:
                record.source = data["source"]  # the file's source, stated once for all
                parsed.records.append((("statements", i), record))
    return parsed


def _assemble(loaded: Loaded, parsed: _Parsed) -> None:
    """Add one file's records to the catalog; an id seen before is a problem."""
    loaded.problems.extend(parsed.problems)
    if parsed.text is not None:
        loaded.texts[parsed.shown] = parsed.text
    cat = loaded.catalog
    table: dict[str, Any] = getattr(cat, parsed.kind)
    for at, record in parsed.records:
        key = f"{parsed.kind}/{record.id}"
        if record.id in table:
            loaded.problems.append(Problem(
                parsed.shown, yamlio.locate(parsed.text or "", (*at, "id")),
                f"{at[0]}[{at[1]}].id" if at else "id",
                f"duplicate id {record.id!r}, already used in {cat.files[key]}"))
            continue
        table[record.id] = record
        cat.files[key] = parsed.rel
        if at:
            cat.files[f"statement-index/{record.id}"] = str(at[1])


class _FileReader:
    """Checks the records of one file against the schema, collecting problems."""

    def __init__(self, shown: str, problems: list[Problem]) -> None:
        self.shown = shown
        self.problems = problems
        self.text = ""

    def problem(self, line: int | None, fld: str | None, message: str) -> None:
        self.problems.append(Problem(self.shown, line, fld, message))

    def line(self, path: tuple[str | int, ...]) -> int | None:
        return yamlio.locate(self.text, path)

    def fields(self, data: Any, schema: tuple[Field, ...], at: tuple[str | int, ...],
               prefix: str = "") -> bool:
        if not isinstance(data, dict):
            self.problem(self.line(at), prefix.rstrip(".") or None,
                         "must be a mapping of fields")
            return False
        ok = True
        known = {f.name for f in schema}
        for key in data:
            if key not in known:
                hint = _suggest(str(key), known)
                self.problem(self.line((*at, key)), f"{prefix}{key}",
                             f"unknown field{hint}")
                ok = False
        for f in schema:
            problem = check_value(f, data.get(f.name))
            if problem:
                where = (*at, f.name) if f.name in data else at
                self.problem(self.line(where), f"{prefix}{f.name}", problem)
                ok = False
        return ok

    def record(self, data: Any, schema: tuple[Field, ...], make: Any,
               at: tuple[str | int, ...] = ()) -> Any:
        prefix = f"{at[0]}[{at[1]}]." if at else ""  # "statements[3]."
        if not self.fields(data, schema, at, prefix):
            return None
        if schema is ACTOR:
            for j, role in enumerate(data.get("roles") or []):
                if not self.fields(role, ROLE, (*at, "roles", j), f"roles[{j}]."):
                    return None
        return make(data)


def _suggest(word: str, choices: set[str]) -> str:
    import difflib

    close = difflib.get_close_matches(word, sorted(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _iso(v: Any) -> str | None:
    return v.isoformat() if isinstance(v, dt.date) else v


def _make_source(d: dict[str, Any]) -> Source:
    return Source(**{f.name: _iso(d.get(f.name)) for f in SOURCE})


def _make_actor(d: dict[str, Any]) -> Actor:
    roles = [Role(**{f.name: _iso(r.get(f.name)) for f in ROLE}) for r in d.get("roles") or []]
    return Actor(
        id=d["id"], name=d["name"], kind=d["kind"], aliases=list(d.get("aliases") or []),
        roles=roles, country=d.get("country"), description=d.get("description"),
        former_ids=list(d.get("former_ids") or []),
    )


def _make_statement(d: dict[str, Any]) -> Statement:
    values = {f.name: d.get(f.name) for f in STATEMENT}
    values["said_on"] = _iso(values["said_on"])
    values["span"] = tuple(values["span"])
    values["mentions"] = list(values["mentions"] or [])
    values["topics"] = list(values["topics"] or [])
    values["source"] = ""
    return Statement(**values)


# --- writing ----------------------------------------------------------------------------


def source_yaml(source: Source) -> str:
    return yamlio.dump(source_to_dict(source))


def actor_yaml(actor: Actor) -> str:
    return yamlio.dump(actor_to_dict(actor))


def machine_statement(st: Statement) -> dict:
    """A statement as the extractor writes it, fingerprinted (see reconcile.py)."""
    from .reconcile import fingerprint

    d = statement_to_dict(st)
    d["fingerprint"] = fingerprint(d)
    return d


def statements_yaml(source_id: str, statements: list[Statement]) -> str:
    items = [machine_statement(st) for st in statements]
    return yamlio.dump({"source": source_id, "statements": items})
