"""The building half's last step: a catalog in, ``{docs path: Markdown}`` out.

Pure: no files, no MkDocs. Every page is small, simple Markdown (PERFORMANCE.md:
Markdown conversion and the page template dominate build time), every record
string passes through :mod:`generator.markup`, and output is deterministic.
"""

from __future__ import annotations

import calendar
import json
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

import jinja2

from . import markup, schema
from .catalog import Catalog, date_sort_key
from .chart import timeline_svg
from .model import Actor, Source, Statement

UNREVIEWED = ("show", "mark", "hide")
REFERENCE = (
    ("Source", "data/sources/<id>.yaml", schema.SOURCE),
    ("Actor", "data/actors/<id>.yaml", schema.ACTOR),
    ("Role (an item of an actor's roles)", "roles:", schema.ROLE),
    ("Statements file", "data/statements/<source-id>.yaml", schema.STATEMENT_FILE),
    ("Statement (an item of a statements file)", "statements:", schema.STATEMENT),
)


@dataclass(frozen=True)
class RenderOptions:
    unreviewed: str = "mark"  # show | mark | hide extracted (unreviewed) statements


@cache
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("generator", "templates"), undefined=jinja2.StrictUndefined,
        autoescape=False, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters.update(html=markup.html, md=markup.md, md_block=markup.md_block,
                       yaml=markup.yaml_str,
                       url=markup.url, human_date=human_date, citation=citation,
                       teaser=teaser, flag=flag, plural=plural, example=example)
    return env


@jinja2.pass_context
def flag(context: jinja2.runtime.Context, st: Statement) -> str:
    """The unreviewed label after a statement in a list, when the page's options ask."""
    return " *(unreviewed)*" if _marked(st, context["unreviewed"]) else ""


def _marked(st: Statement, unreviewed: str) -> bool:
    return st.status == "extracted" and unreviewed == "mark"


def example(value: object) -> str:
    """An example value as it reads in YAML flow style, inside a code span."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text.replace("`", "'").replace("|", "/")


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def human_date(key: str) -> str:
    """ "2021-02-03" -> "3 February 2021"; "2020-12" -> "December 2020"; "2021" as is."""
    parts = [int(p) for p in key.split("-")]
    if len(parts) == 3:
        return f"{parts[2]} {calendar.month_name[parts[1]]} {parts[0]}"
    if len(parts) == 2:
        return f"{calendar.month_name[parts[1]]} {parts[0]}"
    return key


def teaser(st: Statement) -> str:
    words = markup.md(markup.clip(st.text))
    return words if st.kind == "indirect" else f"\u201c{words}\u201d"


def citation(source: Source) -> str:
    parts = [markup.md(source.publisher or "Unknown publisher"),
             f"\u201c{markup.md(source.title)}\u201d"]
    if source.published:
        parts.append(source.published)
    text = ", ".join(parts) + "."
    if source.url:
        text += f" <{markup.url(source.url)}>"
    return text


class _Renderer:
    def __init__(self, catalog: Catalog, options: RenderOptions) -> None:
        if options.unreviewed not in UNREVIEWED:
            raise ValueError(f"unreviewed must be one of {', '.join(UNREVIEWED)}")
        self.cat = catalog
        self.options = options
        self.env = _env()

    def visible(self, sts: list[Statement]) -> list[Statement]:
        return [st for st in sts if st.status == "reviewed"
                or (st.status == "extracted" and self.options.unreviewed != "hide")]

    def _mark(self, st: Statement) -> bool:
        return _marked(st, self.options.unreviewed)

    def page(self, template: str, **context: object) -> str:
        return self.env.get_template(template).render(
            actors=self.cat.actors, unreviewed=self.options.unreviewed, **context)

    def pages(self) -> dict[str, str]:
        out: dict[str, str] = {}
        shown = self.visible(sorted(self.cat.statements.values(), key=date_sort_key))
        for st in shown:
            out[f"statements/{st.id}.md"] = self.statement(st)
        for actor_id in sorted(self.cat.actors):
            out[f"actors/{actor_id}.md"] = self.actor(actor_id)
            for old in self.cat.actors[actor_id].former_ids:  # old URLs keep working
                out[f"actors/{old}.md"] = self.page("redirect.md.j2",
                                                    actor=self.cat.actors[actor_id])
        for source_id in sorted(self.cat.sources):
            out[f"sources/{source_id}.md"] = self.source(source_id)
        out.update(self.dates(shown))
        out["actors/index.md"] = self.actors_index()
        out["sources/index.md"] = self.sources_index()
        out["timeline.md"] = self.timeline(shown)
        out["reference.md"] = self.page("reference.md.j2", kinds=REFERENCE)
        return dict(sorted(out.items()))

    def statement(self, st: Statement) -> str:
        speaker = self.cat.actors[st.speaker]
        title = f"{speaker.name}: {markup.clip(st.text, 8)}"
        verb = "said" if st.kind == "direct" else "reportedly said"
        when = f" on {st.said_on}" if st.said_on else ""
        return self.page(
            "statement.md.j2", st=st, speaker=speaker, source=self.cat.sources[st.source],
            title=title, description=f"{speaker.name} {verb}{when}: {markup.clip(st.text, 30)}",
            rel="../", flag="Unreviewed: proposed by the extractor, not yet checked by a person."
            if self._mark(st) else "",
            mentions=[self.cat.actors[a] for a in st.mentions if a in self.cat.actors],
            same_source=[o for o in self.visible(self.cat.by_source(st.source)) if o is not st],
            same_speaker=self._around(st), jsonld=jsonld(st, speaker, self.cat.sources[st.source]))

    def _around(self, st: Statement, count: int = 5) -> list[Statement]:
        """The speaker's other statements nearest in time (undated ones last)."""
        others = [o for o in self.visible(self.cat.by_speaker(st.speaker))
                  if o is not st and o.source != st.source]
        return sorted(others, key=lambda o: (_distance(st.said_on, o.said_on), o.id))[:count]

    def actor(self, actor_id: str) -> str:
        actor = self.cat.actors[actor_id]
        statements = self.visible(self.cat.by_speaker(actor_id))
        mentioned = [st for st in self.visible(self.cat.mentioning(actor_id))
                     if st.speaker != actor_id]
        count = plural(len(statements), "statement")
        description = actor.description or f"{actor.name}: {count}"
        return self.page("actor.md.j2", actor=actor, statements=statements,
                         mentioned=mentioned, description=description, rel="../",
                         talks_about=self._talks_about(statements, actor_id),
                         related=self._related(actor))

    def _talks_about(self, statements: list[Statement], actor_id: str
                     ) -> list[tuple[Actor, int]]:
        counts: dict[str, int] = defaultdict(int)
        for st in statements:
            for other in st.mentions:
                if other != actor_id and other in self.cat.actors:
                    counts[other] += 1
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return [(self.cat.actors[a], n) for a, n in ranked]

    def _related(self, actor: Actor, count: int = 10) -> list[tuple[Actor, str]]:
        """Actors of the same organisation or country (people before the rest)."""
        orgs = {r.organization for r in actor.roles if r.organization}
        out = []
        for other in sorted(self.cat.actors.values(), key=lambda a: (a.kind != "person", a.id)):
            if other.id == actor.id:
                continue
            shared = orgs & {r.organization for r in other.roles if r.organization}
            if shared or other.id in orgs:
                out.append((other, "same organisation"))
            elif actor.country and (other.country == actor.country or other.name == actor.country):
                out.append((other, f"also {actor.country}"))
        return out[:count]

    def source(self, source_id: str) -> str:
        source = self.cat.sources[source_id]
        statements = self.visible(self.cat.by_source(source_id))
        article = highlight(source.text, statements)
        description = f"{source.publisher or 'Article'}, {source.published or 'undated'}"
        return self.page("source.md.j2", source=source, statements=statements,
                         article=article, description=description, rel="../")

    def dates(self, shown: list[Statement]) -> dict[str, str]:
        by_key: dict[str, list[Statement]] = defaultdict(list)
        for st in shown:
            if st.said_on:
                by_key[st.said_on].append(st)
        keys = sorted({k for said in by_key for k in _prefixes(said)})
        out = {f"dates/{key}.md": self._date(key, by_key) for key in keys}
        # years -> months -> days, as a nested list (Python-Markdown nests by 4 spaces)
        entries = [(" " * 4 * ((len(k) - 4) // 3), k,
                    sum(len(v) for s, v in by_key.items() if s.startswith(k))) for k in keys]
        out["dates/index.md"] = self.page("dates_index.md.j2", entries=entries)
        return out

    def _date(self, key: str, by_key: dict[str, list[Statement]]) -> str:
        within = [st for said, sts in sorted(by_key.items()) if said.startswith(key)
                  for st in sts]
        finer = sorted({said[: len(key) + 3] for said in by_key
                        if said.startswith(key) and len(said) > len(key)})
        children = [(k, sum(len(v) for s, v in by_key.items() if s.startswith(k)))
                    for k in finer]
        parent = key[: len(key) - 3] if len(key) > 4 else None
        heading = "Months" if len(key) == 4 else "Days"
        return self.page("date.md.j2", key=key, title=f"Said in {human_date(key)}"
                         if len(key) < 10 else f"Said on {human_date(key)}",
                         description=f"{plural(len(within), 'statement')} dated "
                         f"{human_date(key)}",
                         statements=within, children=children, parent=parent,
                         child_heading=heading, rel="../")

    def actors_index(self) -> str:
        groups: dict[str, list[tuple[object, int]]] = defaultdict(list)
        for actor in sorted(self.cat.actors.values(), key=lambda a: a.name.lower()):
            groups[actor.kind].append((actor, len(self.visible(self.cat.by_speaker(actor.id)))))
        return self.page("actors_index.md.j2", groups=sorted(groups.items()))

    def sources_index(self) -> str:
        sources = sorted(self.cat.sources.values(), key=lambda s: (s.published or "", s.id),
                         reverse=True)
        return self.page("sources_index.md.j2", sources=[
            (s, len(self.visible(self.cat.by_source(s.id)))) for s in sources])

    def timeline(self, shown: list[Statement]) -> str:
        years: dict[str, dict[str, list[Statement]]] = defaultdict(lambda: defaultdict(list))
        undated = []
        for st in shown:
            if not st.said_on:
                undated.append(st)
                continue
            month = st.said_on[:7] if len(st.said_on) >= 7 else st.said_on
            years[st.said_on[:4]][month].append(st)
        ordered = [(y, sorted(m.items())) for y, m in sorted(years.items())]
        speakers = sorted((self.cat.actors[a] for a in {st.speaker for st in shown}),
                          key=lambda a: (a.name.lower(), a.id))
        topics = sorted({t for st in shown for t in st.topics})
        return self.page("timeline.md.j2", years=ordered, undated=undated,
                         chart=timeline_svg(shown, self.cat.actors), speakers=speakers,
                         topics=topics)


def _distance(a: str | None, b: str | None) -> int:
    if not a or not b:
        return 10**6
    def day(v: str) -> int:
        parts = [int(p) for p in v.split("-")] + [1, 1]
        return parts[0] * 372 + parts[1] * 31 + parts[2]
    return abs(day(a) - day(b))


def jsonld(st: Statement, speaker: Actor, source: Source) -> str:
    """schema.org Quotation for a statement, safe inside a <script> element."""
    article: dict[str, object] = {"@type": "NewsArticle", "headline": source.title}
    if source.publisher:
        article["publisher"] = {"@type": "Organization", "name": source.publisher}
    if source.published:
        article["datePublished"] = source.published
    if source.url:
        article["url"] = source.url
    data: dict[str, object] = {
        "@context": "https://schema.org", "@type": "Quotation", "text": st.text,
        "spokenByCharacter": {"@type": "Person" if speaker.kind == "person" else
                              "Organization", "name": speaker.name},
        "isBasedOn": article}
    if st.said_on:
        data["dateCreated"] = st.said_on
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _prefixes(said_on: str) -> list[str]:
    return [said_on[:n] for n in (4, 7, 10) if n <= len(said_on)]


def highlight(text: str, statements: list[Statement]) -> str:
    """The article as Markdown paragraphs, each statement's span in an anchored <mark>."""
    spans = [markup.Span(st.span[0], st.span[1], st.id) for st in statements]
    return "\n\n".join(markup.mark_paragraphs(text, spans))


def render_home(catalog: Catalog, options: RenderOptions | None = None) -> str:
    """The generated part of the home page: counts, latest statements, downloads."""
    renderer = _Renderer(catalog, options or RenderOptions())
    shown = renderer.visible(sorted(catalog.statements.values(), key=date_sort_key))
    dated = [st.said_on for st in shown if st.said_on]
    counts = {"statements": len(shown), "actors": len({st.speaker for st in shown}),
              "sources": len({st.source for st in shown}),
              "first": min(dated) if dated else None, "last": max(dated) if dated else None}
    latest = sorted((st for st in shown if st.said_on), key=lambda st: (st.said_on, st.id),
                    reverse=True)[:8]
    return renderer.page("home.md.j2", counts=counts, latest=latest)


def render_site(catalog: Catalog, options: RenderOptions | None = None) -> dict[str, str]:
    """Every generated page of the site, by path relative to the docs folder."""
    return _Renderer(catalog, options or RenderOptions()).pages()
