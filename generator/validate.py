"""Checks across records: references, spans, hashes, duplicates.

Per-record schema checks happen while loading (:mod:`generator.store`); this module
checks what only the whole catalog can tell. Every check returns problems, never
raises, and locates each problem at the file and line of the field at fault.
"""

from __future__ import annotations

import difflib
import hashlib
from collections.abc import Iterator
from pathlib import Path

from . import store, yamlio
from .model import Problem, Statement


def text_hash(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_and_check(data_dir: Path, cache: store.LoadCache | None = None) -> store.Loaded:
    """Load ``data_dir`` and run every check; ``loaded.problems`` holds all problems.

    With a ``cache`` (kept between calls), only files changed since its last load are
    parsed again; the cross-record checks always run over everything."""
    loaded = store.load(data_dir, cache)
    loaded.problems.extend(check(loaded, data_dir))
    loaded.problems.sort(key=lambda p: (p.path, p.line or 0, p.field or "", p.message))
    return loaded


def check(loaded: store.Loaded, data_dir: Path) -> list[Problem]:
    if loaded.patched is not None and _patch_passes(loaded, data_dir):
        return []  # the last load passed every check and what changed passes its own
    problems: list[Problem] = []
    for check_fn in (_check_sources, _check_statement_files, _check_statements, _check_reserved):
        problems.extend(check_fn(loaded, data_dir))
    return problems


class _Locator:
    def __init__(self, loaded: store.Loaded, data_dir: Path) -> None:
        self.loaded = loaded
        self.prefix = f"{data_dir.name}/" if data_dir.name else ""

    def shown(self, key: str) -> str:
        return self.prefix + self.loaded.catalog.files[key]

    def problem(self, key: str, path: tuple[str | int, ...], fld: str, message: str) -> Problem:
        shown = self.shown(key)
        line = yamlio.locate(self.loaded.texts.get(shown, ""), path)
        return Problem(shown, line, fld, message)

    def statement(self, st: Statement, fld: str, message: str) -> Problem:
        index = int(self.loaded.catalog.files[f"statement-index/{st.id}"])
        return self.problem(f"statements/{st.id}", ("statements", index, fld),
                            f"statements[{index}].{fld}", message)


def _check_sources(loaded: store.Loaded, data_dir: Path) -> Iterator[Problem]:
    loc = _Locator(loaded, data_dir)
    for source in loaded.catalog.sources.values():
        key = f"sources/{source.id}"
        expected = text_hash(source.text)
        if source.content_hash != expected:
            yield loc.problem(key, ("content_hash",), "content_hash",
                              f"does not match the stored text (text hashes to {expected}); "
                              "statement spans may point at the wrong words")
        name = Path(loaded.catalog.files[key]).stem
        if name != source.id:
            yield loc.problem(key, ("id",), "id",
                              f"{source.id!r} differs from the file name {name!r}")


def _check_statement_files(loaded: store.Loaded, data_dir: Path) -> Iterator[Problem]:
    loc = _Locator(loaded, data_dir)
    seen: set[str] = set()
    for st in loaded.catalog.statements.values():
        key = f"statements/{st.id}"
        rel = loaded.catalog.files[key]
        if rel in seen:
            continue
        seen.add(rel)
        if st.source not in loaded.catalog.sources:
            hint = _suggest(st.source, loaded.catalog.sources)
            yield loc.problem(key, ("source",), "source",
                              f"{st.source!r} is not a known source{hint}")


def _patch_passes(loaded: store.Loaded, data_dir: Path) -> bool:
    """Whether a load patched after statement files changed (and nothing else) passes:
    the changed statements' own checks, and no span recorded twice. When not, the full
    check runs, so problems are reported as a full check reports them."""
    loc = _Locator(loaded, data_dir)
    cat = loaded.catalog
    for st_id in loaded.patched or ():
        st = cat.statements[st_id]
        if (st.source not in cat.sources or RESERVED_IDS & set(st.topics)
                or any(_check_statement(loc, st))):
            return False
    spans = [(st.source, *st.span) for st in cat.statements.values() if st.status != "rejected"]
    return len(set(spans)) == len(spans)


def _check_statement(loc: _Locator, st: Statement) -> Iterator[Problem]:
    cat = loc.loaded.catalog
    if st.speaker not in cat.actors:
        yield loc.statement(st, "speaker", f"{st.speaker!r} is not a known actor"
                            f"{_suggest(st.speaker, cat.actors)}")
    for actor_id in st.mentions:
        if actor_id not in cat.actors:
            yield loc.statement(st, "mentions", f"{actor_id!r} is not a known actor"
                                f"{_suggest(actor_id, cat.actors)}")
    source = cat.sources.get(st.source)
    if source is not None:
        yield from _check_span(loc, st, source.text)


def _check_statements(loaded: store.Loaded, data_dir: Path) -> Iterator[Problem]:
    loc = _Locator(loaded, data_dir)
    seen_spans: dict[tuple[str, int, int], str] = {}
    for st in _in_file_order(loaded):
        yield from _check_statement(loc, st)
        span_key = (st.source, *st.span)
        if span_key in seen_spans and st.status != "rejected":
            yield loc.statement(st, "span", f"the same words are already recorded as "
                                f"statement {seen_spans[span_key]!r}")
        elif st.status != "rejected":
            seen_spans[span_key] = st.id


def _check_span(loc: _Locator, st: Statement, text: str) -> Iterator[Problem]:
    start, end = st.span
    if end > len(text):
        yield loc.statement(st, "span", f"[{start}, {end}] is past the end of the source "
                            f"text ({len(text)} characters)")
        return
    if text[start:end] == st.text:
        return
    found = text.find(st.text)
    if found >= 0:
        where = f"; the text is at [{found}, {found + len(st.text)}]"
    else:
        where = "; the text does not occur in the source at all"
    yield loc.statement(st, "text", f"is not the source's words at span [{start}, {end}] "
                        f"({_clip(text[start:end])!r}){where}")


def _in_file_order(loaded: store.Loaded) -> list[Statement]:
    """The statements in the order a fresh load reads them (a patched catalog holds
    the changed files' statements last), so the first of two is the one kept."""
    cat = loaded.catalog
    if loaded.patched is None:
        return list(cat.statements.values())
    return sorted(cat.statements.values(), key=lambda st: (
        cat.files[f"statements/{st.id}"], int(cat.files[f"statement-index/{st.id}"])))


RESERVED_IDS = {"index"}  # the list page of each folder is <folder>/index.md


def _check_reserved(loaded: store.Loaded, data_dir: Path) -> Iterator[Problem]:
    loc = _Locator(loaded, data_dir)
    owners: dict[str, str] = {}
    for actor in sorted(loaded.catalog.actors.values(), key=lambda a: a.id):
        for old in actor.former_ids:
            if old in loaded.catalog.actors or old in owners:
                other = owners.get(old, old)
                yield loc.problem(f"actors/{actor.id}", ("former_ids",), "former_ids",
                                  f"{old!r} is also the id of {other!r}; its old page cannot "
                                  "redirect here")
            owners[old] = actor.id
    for st in loaded.catalog.statements.values():
        if RESERVED_IDS & set(st.topics):
            yield loc.statement(st, "topics", "'index' is reserved for the list of topics; "
                                "choose another topic")
    for kind, table in (("actors", loaded.catalog.actors), ("sources", loaded.catalog.sources)):
        for record_id in sorted(set(table) & RESERVED_IDS):
            yield loc.problem(f"{kind}/{record_id}", ("id",), "id",
                              f"{record_id!r} is reserved for the list of {kind}; "
                              "choose another id")


def _suggest(word: str, choices: dict[str, object]) -> str:
    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.75)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _clip(s: str, n: int = 60) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"
