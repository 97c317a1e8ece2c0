"""Editing actions over the whole data folder: rename an actor, merge two actors.

One command updates every reference (statement speakers and mentions, role
organisations), records the old id in ``former_ids`` so the old page redirects,
and rewrites files with ruamel.yaml's round-trip mode so editors' comments stay.
Everything is checked before anything is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import store, yamlio
from .model import FactsiteError
from .reconcile import dump_round_trip, load_round_trip
from .schema import SLUG
from .validate import load_and_check


def rename_actor(data_dir: Path, old: str, new: str) -> list[str]:
    """Give actor ``old`` the id ``new``; returns the files changed."""
    _check(data_dir, old, new, must_exist_new=False)
    source = data_dir / store.record_path("actors", old)
    doc = load_round_trip(source.read_text("utf-8"))
    doc["id"] = new
    doc["former_ids"] = sorted({*(doc.get("former_ids") or []), old})
    writes = {data_dir / store.record_path("actors", new): dump_round_trip(doc)}
    writes.update(_references(data_dir, {old: new}, skip={source}))
    return _apply(writes, remove=[source])


def merge_actors(data_dir: Path, absorbed: str, into: str) -> list[str]:
    """Fold actor ``absorbed`` into ``into``: names become aliases, references move."""
    _check(data_dir, absorbed, into, must_exist_new=True)
    gone_path = data_dir / store.record_path("actors", absorbed)
    gone = load_round_trip(gone_path.read_text("utf-8"))
    keep_path = data_dir / store.record_path("actors", into)
    keep = load_round_trip(keep_path.read_text("utf-8"))
    aliases = {*(keep.get("aliases") or []), gone["name"], *(gone.get("aliases") or [])}
    keep["aliases"] = sorted(aliases - {keep["name"]})
    keep["former_ids"] = sorted({*(keep.get("former_ids") or []),
                                 *(gone.get("former_ids") or []), absorbed})
    writes = {keep_path: dump_round_trip(keep)}
    writes.update(_references(data_dir, {absorbed: into}, skip={keep_path, gone_path}))
    writes[keep_path] = dump_round_trip(_retarget(load_round_trip(writes[keep_path]),
                                                  {absorbed: into}))
    return _apply(writes, remove=[gone_path])


def _check(data_dir: Path, old: str, new: str, must_exist_new: bool) -> None:
    loaded = load_and_check(data_dir)
    if loaded.problems:
        raise FactsiteError("fix these problems first", loaded.problems)
    actors = loaded.catalog.actors
    if old not in actors:
        raise FactsiteError(f"{old!r} is not a known actor")
    if not SLUG.match(new):
        raise FactsiteError(f"{new!r} is not a safe id (lowercase letters, digits, hyphens)")
    if must_exist_new and new not in actors:
        raise FactsiteError(f"{new!r} is not a known actor")
    if not must_exist_new and (new in actors or any(new in a.former_ids
                                                     for a in actors.values())):
        raise FactsiteError(f"{new!r} is already an actor id (use 'factsite actor merge')")


def _references(data_dir: Path, moves: dict[str, str], skip: set[Path] | None = None
                ) -> dict[Path, str]:
    """Every statements and actor file whose references change, rewritten."""
    writes: dict[Path, str] = {}
    for folder in ("statements", "actors"):
        for path in sorted((data_dir / folder).glob("*.yaml")):
            if skip and path in skip:
                continue
            text = path.read_text("utf-8")
            if not any(old in text for old in moves):
                continue
            doc = load_round_trip(text)
            if _retarget(doc, moves) is not None and _changed(doc, text):
                writes[path] = dump_round_trip(doc)
    return writes


def _retarget(doc: Any, moves: dict[str, str]) -> Any:
    for item in doc.get("statements") or []:
        if item.get("speaker") in moves:
            item["speaker"] = moves[item["speaker"]]
        if item.get("mentions"):
            mentions = sorted({moves.get(a, a) for a in item["mentions"]} - {item["speaker"]})
            item["mentions"] = mentions
    for role in doc.get("roles") or []:
        if role.get("organization") in moves:
            role["organization"] = moves[role["organization"]]
    return doc


def _changed(doc: Any, text: str) -> bool:
    return dump_round_trip(doc) != text


def _apply(writes: dict[Path, str], remove: list[Path]) -> list[str]:
    for path, text in sorted(writes.items()):
        yamlio.write_atomic(path, text)
    for path in remove:
        if path not in writes:
            path.unlink()
    return sorted({str(p) for p in writes} | {str(p) for p in remove})
