"""The authoring half: seeds -> drafts -> YAML records for review.

Only articles not yet in the data folder are extracted, and a record that exists
is never rewritten: whatever an editor changed stays changed, and running
``factsite extract`` twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from tqdm import tqdm

from . import store, yamlio
from .actors import Entity, Registry
from .catalog import Catalog
from .extract import ArticleExtractor, ExtractOptions, Found, statement_id
from .ingest import Article, IngestError, YearHints, read_article
from .lexicon import slugify
from .model import Actor, Problem, Source, Statement
from .nlp import pipeline
from .topics import topics_of

log = logging.getLogger(__name__)
SEED_SUFFIXES = (".txt", ".md", ".text")
T = TypeVar("T")


@dataclass
class Draft:
    source: Source
    statements: list[Statement]
    actors: list[Actor]
    anonymous: set[str] = field(default_factory=set)  # ids of unnamed sources
    warning: str | None = None  # the extractor failed on this article (a bug)


@dataclass
class Report:
    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)  # "<file>: <what>", kept as edited
    warnings: list[str] = field(default_factory=list)  # articles the extractor failed on


def seed_files(seeds_dir: Path) -> list[Path]:
    return sorted(p for p in seeds_dir.iterdir() if p.is_file() and p.suffix in SEED_SUFFIXES
                  and not p.name.startswith("."))


def title_of(article: Article) -> str:
    """The headline, or, for an article without one, its first words after the dateline."""
    if article.title:
        return article.title
    from .extract import dateline_end

    body = article.text[dateline_end(article.text):].strip()
    first = re.split(r"(?<=[.!?])\s", body, maxsplit=1)[0] if body else ""
    if len(first) > 90:
        first = first[:90].rsplit(" ", 1)[0].rstrip(",;:") + "\u2026"
    return first or Path(article.file).stem


def source_id(article: Article) -> str:
    date = article.published.isoformat() if article.published else "undated"
    return slugify(f"{date} {title_of(article)}", 60)


def draft_article(article: Article, registry: Registry, options: ExtractOptions) -> Draft:
    """Extract one article into draft records (pure apart from the registry it extends)."""
    sid = source_id(article)
    source = Source(
        id=sid, file=article.file, title=title_of(article),
        text=article.text, content_hash=article.content_hash, publisher=article.publisher,
        byline=article.byline, place=article.place,
        published=article.published.isoformat() if article.published else None,
        published_basis=article.published_basis, url=article.url)
    tag = article.content_hash.split(":")[-1][:6]
    extractor = ArticleExtractor(article.text, article.published, registry, tag, options)
    warning = None
    try:
        found = extractor.run(pipeline())
    except Exception as exc:  # noqa: BLE001 - a bug on one article must not cost the rest
        log.debug("extracting %s", article.file, exc_info=True)
        found, warning = [], (
            f"{article.file}: the extractor failed on this article ({type(exc).__name__}:"
            f" {exc}); its source is recorded with no statements (a bug: please report it;"
            " 'factsite extract --update' tries again)")
    statements = [_statement(sid, article.text, f) for f in found]
    statements = _unique_ids(statements)
    used = {st.speaker for st in statements} | {a for st in statements for a in st.mentions}
    actors = [registry.by_id[a].to_actor() for a in sorted(used)]
    anonymous = {a for a in used if registry.by_id[a].anonymous}
    return Draft(source, statements, actors, anonymous, warning)


def _statement(source_id_: str, text: str, f: Found) -> Statement:
    words = text[f.start:f.end]
    context = " ".join(text[f.context[0]:f.context[1]].split())
    return Statement(
        id=statement_id(source_id_, words), speaker=f.speaker.id, kind=f.kind, text=words,
        source=source_id_, span=(f.start, f.end), said_on=f.said_on, date_basis=f.date_basis,
        speaker_mention=f.mention, context=context,
        mentions=[m for m in f.mentions if m != f.speaker.id], topics=topics_of(words))


def _unique_ids(statements: list[Statement]) -> list[Statement]:
    seen: dict[str, int] = {}
    for st in statements:
        if st.id in seen:
            seen[st.id] += 1
            st.id = f"{st.id}-{seen[st.id]}"
        else:
            seen[st.id] = 1
    return statements


def extract_corpus(seeds_dir: Path, data_dir: Path, options: ExtractOptions | None = None,
                   jobs: int = 1, progress: bool = False, update: bool = False) -> Report:
    """Extract every seed not yet in ``data_dir`` and write its records.

    Every seed is read and checked first; nothing is written if one is unusable.
    Articles are then extracted independently (on ``jobs`` processes, in order) and
    each one's records are written as it completes, so memory stays flat; actors are
    merged across articles and written last. The result does not depend on ``jobs``.
    With ``update``, articles already extracted are extracted again and their
    statements reconciled (:mod:`generator.reconcile`): nothing a person touched is
    overwritten, deleted or resurrected, and disagreements are reported.
    """
    options = options or ExtractOptions()
    report = Report()
    loaded = store.load(data_dir)
    if loaded.problems:
        report.problems = loaded.problems
        return report
    catalog = loaded.catalog
    known = list(catalog.actors.values())
    done = {s.file for s in catalog.sources.values()}
    paths = [p for p in seed_files(seeds_dir) if update or p.name not in done]
    with _workers(known, options, jobs if len(paths) > 1 else 1) as run:
        # every seed to look at is read and checked first, on all the workers
        checked = dict(zip(paths, run(_check_path, paths), strict=True))
        todo = _pending(seeds_dir, catalog, report, checked)
        again = _extracted(seeds_dir, catalog, report, checked) if update else {}
        if report.problems:
            return report
        todo += sorted(again)
        registry = Registry(known)
        taken, used = set(catalog.sources), set()
        hints = _year_hints(catalog, checked)
        drafts = run(_draft_path, [(path, hints) for path in todo])
        for path, draft in zip(todo, tqdm(drafts, total=len(todo), disable=not progress,
                                           unit="article", desc="extract", file=sys.stderr),
                               strict=True):
            if draft.warning:
                report.warnings.append(draft.warning)
            draft = _merge(draft, registry, taken, again.get(path))
            used |= {st.speaker for st in draft.statements}
            used |= {a for st in draft.statements for a in st.mentions}
            if path in again:
                report.written += _update_statements(draft, data_dir, report)
            else:
                report.written += _write_source(draft, data_dir)
    report.written += _write_actors(registry, used, data_dir, set(catalog.actors))
    return report


def _check_path(path: Path) -> tuple[str | None, str | None, int | None]:
    """A seed's content hash, or why it cannot be read, and the year it was published
    if the article itself says so (runs on a worker)."""
    try:
        article = read_article(path)
    except IngestError as exc:
        return None, str(exc), None
    certain = article.published and "inferred" not in (article.published_basis or "")
    return article.content_hash, None, article.published.year if certain else None


def _year_hints(catalog: Catalog,
                checked: dict[Path, tuple[str | None, str | None, int | None]]) -> YearHints:
    """The corpus's dated years (records and seeds) and today, for datelines with no
    year (:func:`generator.ingest.infer_year`)."""
    years = Counter(year for _, _, year in checked.values() if year is not None)
    done = {path.name for path, (_, _, year) in checked.items() if year is not None}
    years.update(int(s.published[:4]) for s in catalog.sources.values()
                 if s.published and s.file not in done
                 and "inferred" not in (s.published_basis or ""))
    return YearHints(today=dt.date.today(), corpus_years=tuple(sorted(years.items())))


def _extracted(seeds_dir: Path, catalog: Catalog, report: Report,
               checked: dict[Path, tuple[str | None, str | None, int | None]]
               ) -> dict[Path, str]:
    """Seeds already in the data, unchanged since: path -> their source id."""
    by_file = {s.file: s for s in catalog.sources.values()}
    again = {}
    for path in seed_files(seeds_dir):
        source = by_file.get(path.name)
        if source is None:
            continue
        report.skipped.remove(path.name)
        content_hash, error, _ = checked[path]
        if error is not None:
            report.problems.append(Problem(str(path), None, None, error))
            continue
        if content_hash != source.content_hash:
            report.conflicts.append(f"{path}: the article changed since it was extracted; "
                                    f"its records were left as they are")
            continue
        again[path] = source.id
    return again


def _update_statements(draft: Draft, data_dir: Path, report: Report) -> list[str]:
    from .reconcile import update_file

    path = data_dir / store.record_path("statements", draft.source.id)
    proposed = [store.machine_statement(st) for st in draft.statements]
    if not path.exists():
        yamlio.write_atomic(path, store.statements_yaml(draft.source.id, draft.statements))
        return [str(path)]
    text, outcome = update_file(path.read_text("utf-8"), proposed)
    report.conflicts += [f"{path}: {c}" for c in outcome.conflicts]
    if text is not None and yamlio.write_atomic(path, text):
        return [str(path)]
    return []


def _pending(seeds_dir: Path, catalog: Catalog, report: Report,
             checked: dict[Path, tuple[str | None, str | None, int | None]]) -> list[Path]:
    """Seeds not yet extracted; unusable ones become problems."""
    done_files = {s.file for s in catalog.sources.values()}
    done_hashes = {s.content_hash for s in catalog.sources.values()}
    todo = []
    for path in seed_files(seeds_dir):
        if path.name in done_files:
            report.skipped.append(path.name)
            continue
        content_hash, error, _ = checked[path]
        if error is not None:
            report.problems.append(Problem(str(path), None, None, error))
        elif content_hash in done_hashes:
            report.skipped.append(path.name)
        else:
            done_hashes.add(content_hash)
            todo.append(path)
    return todo


_WORKER: dict[str, object] = {}  # per worker process: the known actors and options


def _init_worker(known: list[Actor], options: ExtractOptions) -> None:
    _WORKER.update(base=Registry(known), options=options)
    pipeline()


def _draft_path(item: tuple[Path, YearHints]) -> Draft:
    """One article on a fresh registry, so the result does not depend on the order."""
    path, hints = item
    registry = _WORKER["base"].fork()  # type: ignore[attr-defined]
    return draft_article(read_article(path, hints), registry,
                         _WORKER["options"])  # type: ignore[arg-type]


@contextmanager
def _workers(known: list[Actor], options: ExtractOptions, jobs: int
             ) -> Iterator[Callable[[Callable[[Any], T], list[Any]], Iterator[T]]]:
    """A map over seed paths (or items holding one), in order: on ``jobs`` forked
    processes, or in this one."""
    if jobs <= 1:
        _init_worker(known, options)
        yield map
        return
    pipeline()  # loaded once here; forked workers share it
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs, initializer=_init_worker, initargs=(known, options)) as pool:
        yield lambda fn, paths: pool.imap(fn, paths, chunksize=4)


def _merge(draft: Draft, registry: Registry, taken: set[str], existing_id: str | None = None
           ) -> Draft:
    """Map the draft's actors onto the corpus-wide registry; give its source a free id
    (or, for an article extracted before, the id it has)."""
    ids = {}
    for actor in draft.actors:
        entity = Entity(id=actor.id, name=actor.name, kind=actor.kind,
                        aliases=set(actor.aliases), country=actor.country,
                        description=actor.description,
                        roles=[(r.title, r.organization) for r in actor.roles],
                        anonymous=actor.id in draft.anonymous)
        ids[actor.id] = registry.add(entity).id
    sid, n = existing_id or draft.source.id, 2
    while sid in taken and existing_id is None:
        sid, n = f"{draft.source.id}-{n}", n + 1
    taken.add(sid)
    draft.source.id = sid
    for st in draft.statements:
        st.speaker = ids.get(st.speaker, st.speaker)
        st.mentions = sorted({ids.get(a, a) for a in st.mentions} - {st.speaker})
        st.source = sid
        st.id = statement_id(sid, st.text)
    draft.statements = _unique_ids(draft.statements)
    return draft


def _write_source(draft: Draft, data_dir: Path) -> list[str]:
    written = []
    sid = draft.source.id
    for kind, content in (("sources", store.source_yaml(draft.source)),
                          ("statements", store.statements_yaml(sid, draft.statements))):
        path = data_dir / store.record_path(kind, sid)
        if not path.exists():
            yamlio.write_atomic(path, content)
            written.append(str(path))
    return written


def _write_actors(registry: Registry, used: set[str], data_dir: Path, existing: set[str]
                  ) -> list[str]:
    written = []
    for actor_id in sorted(used):
        path = data_dir / store.record_path("actors", actor_id)
        if actor_id not in existing and not path.exists():
            yamlio.write_atomic(path, store.actor_yaml(registry.by_id[actor_id].to_actor()))
            written.append(str(path))
    return written
