"""The authoring half: seeds -> drafts -> YAML records for review.

Only articles not yet in the data folder are extracted, and a record that exists
is never rewritten: whatever an editor changed stays changed, and running
``factsite extract`` twice changes nothing.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import store, yamlio
from .actors import Entity, Registry
from .extract import ArticleExtractor, ExtractOptions, Found, statement_id
from .ingest import Article, IngestError, read_article
from .lexicon import name_key, slugify
from .model import Actor, Problem, Source, Statement
from .nlp import pipeline

log = logging.getLogger(__name__)
SEED_SUFFIXES = (".txt", ".md", ".text")


@dataclass
class Draft:
    source: Source
    statements: list[Statement]
    actors: list[Actor]


@dataclass
class Report:
    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


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


def draft_article(article: Article, registry: Registry, options: ExtractOptions,
                  taken_ids: set[str] | None = None) -> Draft:
    """Extract one article into draft records (pure apart from the shared registry)."""
    sid = source_id(article)
    n = 2
    while taken_ids and sid in taken_ids:
        sid, n = f"{source_id(article)}-{n}", n + 1
    source = Source(
        id=sid, file=article.file, title=title_of(article),
        text=article.text, content_hash=article.content_hash, publisher=article.publisher,
        byline=article.byline, place=article.place,
        published=article.published.isoformat() if article.published else None,
        published_basis=article.published_basis, url=article.url)
    tag = article.content_hash.split(":")[-1][:6]
    extractor = ArticleExtractor(article.text, article.published, registry, tag, options)
    found = extractor.run(pipeline())
    statements = [_statement(sid, article.text, f) for f in found]
    statements = _unique_ids(statements)
    used = {st.speaker for st in statements} | {a for st in statements for a in st.mentions}
    actors = [registry.by_id[a].to_actor() for a in sorted(used)]
    return Draft(source, statements, actors)


def _statement(source_id_: str, text: str, f: Found) -> Statement:
    words = text[f.start:f.end]
    context = " ".join(text[f.context[0]:f.context[1]].split())
    return Statement(
        id=statement_id(source_id_, words), speaker=f.speaker.id, kind=f.kind, text=words,
        source=source_id_, span=(f.start, f.end), said_on=f.said_on, date_basis=f.date_basis,
        speaker_mention=f.mention, context=context,
        mentions=[m for m in f.mentions if m != f.speaker.id])


def _unique_ids(statements: list[Statement]) -> list[Statement]:
    seen: dict[str, int] = {}
    for st in statements:
        if st.id in seen:
            seen[st.id] += 1
            st.id = f"{st.id}-{seen[st.id]}"
        else:
            seen[st.id] = 1
    return statements


def extract_corpus(seeds_dir: Path, data_dir: Path, options: ExtractOptions | None = None
                   ) -> Report:
    """Extract every seed not yet in ``data_dir`` and write its records."""
    options = options or ExtractOptions()
    report = Report()
    loaded = store.load(data_dir)
    if loaded.problems:
        report.problems = loaded.problems
        return report
    catalog = loaded.catalog
    registry = Registry(list(catalog.actors.values()))
    done_files = {s.file for s in catalog.sources.values()}
    done_hashes = {s.content_hash for s in catalog.sources.values()}
    drafts: list[Draft] = []
    for path in seed_files(seeds_dir):
        if path.name in done_files:
            report.skipped.append(path.name)
            continue
        try:
            article = read_article(path)
        except IngestError as exc:
            report.problems.append(Problem(str(path), None, None, str(exc)))
            continue
        if article.content_hash in done_hashes:
            report.skipped.append(path.name)
            continue
        taken = set(catalog.sources) | {d.source.id for d in drafts}
        drafts.append(draft_article(article, registry, options, taken))
    if report.problems:
        return report
    report.written = _write(drafts, data_dir, registry, set(catalog.actors))
    return report


def _write(drafts: list[Draft], data_dir: Path, registry: Registry, existing: set[str]
           ) -> list[str]:
    """Write new sources, their statements and actors no record exists for yet."""
    written: list[str] = []
    actors: dict[str, Actor] = {}
    for draft in drafts:
        for actor in draft.actors:
            actors[actor.id] = registry.by_id[actor.id].to_actor()  # merged across articles
    for actor_id, actor in sorted(actors.items()):
        path = data_dir / store.record_path("actors", actor_id)
        if actor_id not in existing and not path.exists():
            yamlio.write_atomic(path, store.actor_yaml(actor))
            written.append(str(path))
    for draft in drafts:
        sid = draft.source.id
        for kind, content in (("sources", store.source_yaml(draft.source)),
                              ("statements", store.statements_yaml(sid, draft.statements))):
            path = data_dir / store.record_path(kind, sid)
            if not path.exists():
                yamlio.write_atomic(path, content)
                written.append(str(path))
    return written


def entity_key(entity: Entity) -> str:
    return name_key(entity.name)
