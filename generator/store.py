"""The data folder: load every record (collecting problems), and write records.

Layout::

    data/sources/<source-id>.yaml      one article and its stored text
    data/actors/<actor-id>.yaml        one actor
    data/statements/<source-id>.yaml   {source: <source-id>, statements: [...]}
"""

from __future__ import annotations

import datetime as dt
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


def record_path(kind: str, record_id: str) -> str:
    return f"{kind}/{record_id}.yaml"


def load(data_dir: Path) -> Loaded:
    """Read every YAML file under ``data_dir``; never raises for bad input."""
    loaded = Loaded(Catalog())
    for kind in KINDS:
        folder = data_dir / kind
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")):
            _load_file(loaded, data_dir, kind, path)
    loaded.catalog.reindex()
    return loaded


def _load_file(loaded: Loaded, data_dir: Path, kind: str, path: Path) -> None:
    rel = path.relative_to(data_dir).as_posix()
    shown = f"{data_dir.name}/{rel}" if data_dir.name else rel
    reader = _FileReader(shown, loaded)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        reader.problem(None, None, f"is not UTF-8 (byte {exc.start}); save it as UTF-8")
        return
    loaded.texts[shown] = text
    reader.text = text
    try:
        data = yamlio.load(text)
    except yamlio.YamlProblem as exc:
        reader.problem(exc.line, None, exc.message)
        return
    if kind == "sources":
        record = reader.record(data, SOURCE, _make_source)
        _add(loaded, reader, loaded.catalog.sources, record, rel, "sources")
    elif kind == "actors":
        record = reader.record(data, ACTOR, _make_actor)
        _add(loaded, reader, loaded.catalog.actors, record, rel, "actors")
    else:
        _load_statements(loaded, reader, data, rel)


def _add(loaded: Loaded, reader: _FileReader, table: dict[str, Any], record: Any, rel: str,
         kind: str) -> None:
    if record is None:
        return
    if record.id in table:
        first = loaded.catalog.files[f"{kind}/{record.id}"]
        reader.problem(reader.line(("id",)), "id", f"duplicate id {record.id!r}, "
                       f"already used in {first}")
        return
    table[record.id] = record
    loaded.catalog.files[f"{kind}/{record.id}"] = rel


def _load_statements(loaded: Loaded, reader: _FileReader, data: Any, rel: str) -> None:
    if not reader.fields(data, STATEMENT_FILE, ()):
        return
    for i, item in enumerate(data.get("statements") or []):
        record = reader.record(item, STATEMENT, _make_statement, ("statements", i))
        if record is None:
            continue
        record.source = data["source"]  # the file's source, stated once for all
        if record.id in loaded.catalog.statements:
            first = loaded.catalog.files[f"statements/{record.id}"]
            reader.problem(reader.line(("statements", i, "id")), "id",
                           f"duplicate id {record.id!r}, already used in {first}")
            continue
        loaded.catalog.statements[record.id] = record
        loaded.catalog.files[f"statements/{record.id}"] = rel
        loaded.catalog.files[f"statement-index/{record.id}"] = str(i)


class _FileReader:
    """Checks the records of one file against the schema, collecting problems."""

    def __init__(self, shown: str, loaded: Loaded) -> None:
        self.shown = shown
        self.loaded = loaded
        self.text = ""

    def problem(self, line: int | None, fld: str | None, message: str) -> None:
        self.loaded.problems.append(Problem(self.shown, line, fld, message))

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
