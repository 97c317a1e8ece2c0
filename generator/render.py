"""The building half's last step: a catalog in, ``{docs path: Markdown}`` out.

Pure: no files, no MkDocs. Every page is small, simple Markdown (PERFORMANCE.md:
Markdown conversion and the page template dominate build time), every record
string passes through :mod:`generator.markup`, and output is deterministic.
"""

from __future__ import annotations

import bisect
import calendar
import heapq
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache, partial

import jinja2

from . import markup, schema
from .catalog import Catalog
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
    # The most statements one list page shows. Bigger periods list their months or
    # days instead (the date pages are the timeline's pages), and an actor page shows
    # the latest ones: a 100,000-item page is slow to build and useless to read.
    list_limit: int = 500


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
    return _teaser(st.text, st.kind)


@lru_cache(maxsize=2**17)  # a statement's teaser appears on a dozen pages
def _teaser(text: str, kind: str) -> str:
    words = markup.md(markup.clip(text))
    return words if kind == "indirect" else f"\u201c{words}\u201d"


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
        self._group_cache: tuple[dict[str, list[Actor]], dict[str, list[Actor]],
                                 dict[str, int]] | None = None
        self._days: dict[str, tuple[list[Statement], list[int], list[Statement]]] = {}

    def visible(self, sts: list[Statement]) -> list[Statement]:
        return [st for st in sts if st.status == "reviewed"
                or (st.status == "extracted" and self.options.unreviewed != "hide")]

    def _mark(self, st: Statement) -> bool:
        return _marked(st, self.options.unreviewed)

    def page(self, template: str, **context: object) -> str:
        return self.env.get_template(template).render(
            actors=self.cat.actors, unreviewed=self.options.unreviewed, **context)

    def plan(self) -> dict[str, Callable[[], str]]:
        """Every page's path and the call that renders it: paths are cheap, pages not."""
        out: dict[str, Callable[[], str]] = {}
        shown = self.visible(self.cat.in_date_order())
        for st in shown:
            out[f"statements/{st.id}.md"] = partial(self.statement, st)
        for actor_id in sorted(self.cat.actors):
            actor = self.cat.actors[actor_id]
            out[f"actors/{actor_id}.md"] = partial(self.actor, actor_id)
            for old in actor.former_ids:  # old URLs keep working
                out[f"actors/{old}.md"] = partial(self.page, "redirect.md.j2", actor=actor)
        for source_id in sorted(self.cat.sources):
            out[f"sources/{source_id}.md"] = partial(self.source, source_id)
        out.update(self.dates(shown))
        out.update(self.topics(shown))
        out["actors/index.md"] = partial(self.actors_index, shown)
        out["sources/index.md"] = partial(self.sources_index, shown)
        out["timeline.md"] = partial(self.timeline, shown)
        out["reference.md"] = partial(self.page, "reference.md.j2", kinds=REFERENCE)
        return out

    def some(self, paths: Iterable[str]) -> dict[str, str]:
        """The pages of ``paths``, all of them pages of the site, without planning the
        whole site: a period's or a topic's from the plan of those pages only."""
        out: dict[str, str] = {}
        shown: list[Statement] | None = None
        parts: dict[str, dict[str, Callable[[], str]]] = {}
        lists = {"timeline.md": self.timeline, "actors/index.md": self.actors_index,
                 "sources/index.md": self.sources_index}
        for path in sorted(paths):
            kind, _, name = path.removesuffix(".md").partition("/")
            if kind == "statements" and name in self.cat.statements:
                out[path] = self.statement(self.cat.statements[name])
            elif kind == "actors" and name in self.cat.actors:
                out[path] = self.actor(name)
            elif kind == "sources" and name in self.cat.sources:
                out[path] = self.source(name)
            else:
                shown = shown if shown is not None else self.visible(self.cat.in_date_order())
                if path in lists:
                    out[path] = lists[path](shown)
                    continue
                if kind not in parts:
                    parts[kind] = (self.dates(shown) if kind == "dates" else self.topics(shown)
                                   if kind == "topics" else self.plan())
                out[path] = parts[kind][path]()
        return out

    def pages(self, only: Iterable[str] | None = None) -> dict[str, str]:
        plan = self.plan()
        paths = sorted(plan if only is None else plan.keys() & set(only))
        return {path: plan[path]() for path in paths}

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
        """The speaker's other statements nearest in time (undated ones last).

        The speaker's dated statements are kept sorted by day, so the nearest are a
        walk outwards from this statement: linear in the answer, not in the speaker's
        record (a frequent speaker has thousands of statements at scale).
        """
        dated, days, undated = self._speaker_days(st.speaker)
        keep = lambda o: o is not st and o.source != st.source  # noqa: E731
        if not st.said_on:  # every other statement is equally far: by id
            return heapq.nsmallest(count, (o for o in [*dated, *undated] if keep(o)),
                                   key=lambda o: o.id)
        here = _day(st.said_on)
        found: list[tuple[int, str, Statement]] = []
        start = bisect.bisect_left(days, here)
        for step, first in ((-1, start - 1), (1, start)):
            taken, last = 0, None
            i = first
            while 0 <= i < len(dated):
                distance = abs(days[i] - here)
                if taken >= count and distance != last:
                    break  # further ones are farther; equal ones may win on id
                if keep(dated[i]):
                    found.append((distance, dated[i].id, dated[i]))
                    taken, last = taken + 1, distance
                i += step
        found.sort(key=lambda f: (f[0], f[1]))
        nearest = [f[2] for f in found[:count]]
        if len(nearest) < count:
            nearest += [o for o in undated if keep(o)][: count - len(nearest)]
        return nearest

    def _speaker_days(self, actor_id: str
                      ) -> tuple[list[Statement], list[int], list[Statement]]:
        """A speaker's visible statements: dated ones by day, undated ones by id."""
        if actor_id not in self._days:
            shown = self.visible(self.cat.by_speaker(actor_id))
            dated = sorted((o for o in shown if o.said_on), key=lambda o: _day(o.said_on))
            undated = sorted((o for o in shown if not o.said_on), key=lambda o: o.id)
            self._days[actor_id] = (dated, [_day(o.said_on) for o in dated], undated)
        return self._days[actor_id]

    def actor(self, actor_id: str) -> str:
        actor = self.cat.actors[actor_id]
        statements = self.visible(self.cat.by_speaker(actor_id))
        mentioned = [st for st in self.visible(self.cat.mentioning(actor_id))
                     if st.speaker != actor_id]
        count = plural(len(statements), "statement")
        description = actor.description or f"{actor.name}: {count}"
        limit = self.options.list_limit  # the latest ones; date pages and search the rest
        return self.page("actor.md.j2", actor=actor, statements=statements[-limit:],
                         mentioned=mentioned[-limit:], description=description, rel="../",
                         talks_about=self._talks_about(statements, actor_id),
                         related=self._related(actor), said=len(statements),
                         mentions=len(mentioned))

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
        members, compatriots, rank = self._groups()
        orgs = {r.organization for r in actor.roles if r.organization}
        same_org = {other.id: other for org in orgs for other in members.get(org, [])}
        same_org.update({org: self.cat.actors[org] for org in orgs if org in self.cat.actors})
        same_org.pop(actor.id, None)
        also: list[Actor] = []
        for other in compatriots.get(actor.country or "", []):
            if len(also) == count:
                break  # the rest rank below these
            if other.id != actor.id and other.id not in same_org:
                also.append(other)
        out = [(other, "same organisation") for other in same_org.values()]
        out += [(other, f"also {actor.country}") for other in also]
        return sorted(out, key=lambda pair: rank[pair[0].id])[:count]

    def _groups(self) -> tuple[dict[str, list[Actor]], dict[str, list[Actor]], dict[str, int]]:
        """Actors by organisation and by country (or country they are), and their order."""
        if self._group_cache is None:
            ordered = sorted(self.cat.actors.values(), key=lambda a: (a.kind != "person", a.id))
            members: dict[str, list[Actor]] = defaultdict(list)
            compatriots: dict[str, list[Actor]] = defaultdict(list)
            for other in ordered:
                for org in {r.organization for r in other.roles if r.organization}:
                    members[org].append(other)
                for country in {other.country, other.name} - {None}:
                    compatriots[country].append(other)
            rank = {a.id: i for i, a in enumerate(ordered)}
            self._group_cache = (members, compatriots, rank)
        return self._group_cache

    def source(self, source_id: str) -> str:
        source = self.cat.sources[source_id]
        statements = self.visible(self.cat.by_source(source_id))
        article = highlight(source.text, statements)
        description = f"{source.publisher or 'Article'}, {source.published or 'undated'}"
        return self.page("source.md.j2", source=source, statements=statements,
                         article=article, description=description, rel="../")

    def dates(self, shown: list[Statement]) -> dict[str, Callable[[], str]]:
        # every period (year, month, day) with the statements said within it, in
        # date order, gathered in one pass: scanning every date per page is quadratic
        within: dict[str, list[Statement]] = defaultdict(list)
        for st in shown:  # in date order already
            for key in _prefixes(st.said_on) if st.said_on else ():
                within[key].append(st)
        keys = sorted(within)
        finer: dict[str, list[str]] = defaultdict(list)
        for key in keys:
            if len(key) > 4:
                finer[key[: len(key) - 3]].append(key)
        out: dict[str, Callable[[], str]] = {
            f"dates/{key}.md": partial(self._date, key, within, finer[key]) for key in keys}
        # years -> months -> days, as a nested list (Python-Markdown nests by 4 spaces)
        entries = [(" " * 4 * ((len(k) - 4) // 3), k, len(within[k])) for k in keys]
        out["dates/index.md"] = partial(self.page, "dates_index.md.j2", entries=entries)
        return out

    def _date(self, key: str, within: dict[str, list[Statement]], finer: list[str]) -> str:
        statements = within[key]
        total = len(statements)
        if total > self.options.list_limit and finer:  # the finer periods list the rest
            statements = [st for st in statements if st.said_on == key]
        parent = key[: len(key) - 3] if len(key) > 4 else None
        heading = "Months" if len(key) == 4 else "Days"
        return self.page("date.md.j2", key=key, title=f"Said in {human_date(key)}"
                         if len(key) < 10 else f"Said on {human_date(key)}",
                         description=f"{plural(total, 'statement')} dated {human_date(key)}",
                         statements=statements, total=total, parent=parent,
                         children=[(k, len(within[k])) for k in finer],
                         child_heading=heading, rel="../")

    def topics(self, shown: list[Statement]) -> dict[str, Callable[[], str]]:
        """A page per topic (its latest statements) and the list of topics."""
        tagged: dict[str, list[Statement]] = defaultdict(list)
        for st in shown:
            for topic in dict.fromkeys(st.topics):
                tagged[topic].append(st)
        limit = self.options.list_limit
        out: dict[str, Callable[[], str]] = {
            f"topics/{topic}.md": partial(self.page, "topic.md.j2", topic=topic, rel="../",
                                          statements=sts[-limit:], total=len(sts))
            for topic, sts in tagged.items()}
        out["topics/index.md"] = partial(self.page, "topics_index.md.j2", topics=[
            (topic, len(tagged[topic])) for topic in sorted(tagged)])
        return out

    def actors_index(self, shown: list[Statement]) -> str:
        said = Counter(st.speaker for st in shown)
        groups: dict[str, list[tuple[object, int]]] = defaultdict(list)
        for actor in sorted(self.cat.actors.values(), key=lambda a: a.name.lower()):
            groups[actor.kind].append((actor, said[actor.id]))
        return self.page("actors_index.md.j2", groups=sorted(groups.items()))

    def sources_index(self, shown: list[Statement]) -> str:
        held = Counter(st.source for st in shown)
        sources = sorted(self.cat.sources.values(), key=lambda s: (s.published or "", s.id),
                         reverse=True)
        return self.page("sources_index.md.j2", sources=[(s, held[s.id]) for s in sources])

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
                         topics=topics, listed=len(shown) <= self.options.list_limit,
                         total=len(shown), limit=self.options.list_limit)


def _day(said_on: str) -> int:
    """A day number that orders dates; a month or year counts as its first day."""
    parts = [int(p) for p in said_on.split("-")] + [1, 1]
    return parts[0] * 372 + parts[1] * 31 + parts[2]


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
    shown = renderer.visible(catalog.in_date_order())
    dated = [st.said_on for st in shown if st.said_on]
    counts = {"statements": len(shown), "actors": len({st.speaker for st in shown}),
              "sources": len({st.source for st in shown}),
              "first": min(dated) if dated else None, "last": max(dated) if dated else None}
    latest = heapq.nlargest(8, (st for st in shown if st.said_on),
                            key=lambda st: (st.said_on, st.id))
    return renderer.page("home.md.j2", counts=counts, latest=latest)


def render_site(catalog: Catalog, options: RenderOptions | None = None,
                only: Iterable[str] | None = None) -> dict[str, str]:
    """Every generated page of the site, by path relative to the docs folder; with
    ``only``, just those of the given paths that the site has."""
    return _Renderer(catalog, options or RenderOptions()).pages(only)


def render_search_page() -> str:
    """The page of a search engine that runs in the browser (Pagefind)."""
    return _env().get_template("search.md.j2").render()


def rerender_site(catalog: Catalog, options: RenderOptions, before: dict[str, str],
                  touched: set[str], same_paths: bool = False) -> dict[str, str]:
    """The site after an edit: the pages of ``before`` that are not ``touched`` as they
    were, the touched and the new ones rendered (pages that went are left out). With
    ``same_paths`` (the caller knows the edit leaves the page paths as they were) the
    touched pages are rendered without planning the whole site."""
    renderer = _Renderer(catalog, options)
    if same_paths:
        pages = dict(before)
        pages.update(renderer.some(touched & before.keys()))
        return pages
    plan = renderer.plan()
    order = before if plan.keys() == before.keys() else sorted(plan)  # (the same pages:
    return {path: before[path] if path in before and path not in touched  # no sort)
            else plan[path]() for path in order}


def listed_by(catalog: Catalog, options: RenderOptions
              ) -> Callable[[Statement], list[Statement]]:
    """For a statement, the speaker's other statements whose pages list it among
    "also by <speaker> around then": the pages an edit to it reaches that way (a
    handful, where the speaker may have thousands of statements)."""
    renderer = _Renderer(catalog, options)

    def listing(st: Statement) -> list[Statement]:
        return [o for o in renderer.visible(catalog.by_speaker(st.speaker))
                if o.id != st.id and any(n.id == st.id for n in renderer._around(o))]
    return listing


def site_paths(catalog: Catalog, options: RenderOptions | None = None) -> set[str]:
    """The paths :func:`render_site` would return, without rendering anything."""
    return set(_Renderer(catalog, options or RenderOptions()).plan())
