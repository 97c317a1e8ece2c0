"""Which pages an edit can change: ``mkdocs serve`` re-renders those, not the site.

A statement appears on its own page, its source's page, its speaker's page, the pages
of the actors it mentions, the pages of its periods (day, month, year) and topics, the lists
(timeline, indexes) and, as a neighbour, on the pages of the other statements of its
source and of the speaker's statements nearest to it in time. :func:`touched_pages`
returns that set for the statements whose records differ between two catalogs; the
caller renders those pages again and keeps every other page as it was. An edit to an
actor or a source can reach any page (names and citations are everywhere), so it asks
for a full render.

``tests/test_incremental.py`` checks the promise that matters: for any edit, the
pages kept plus the pages re-rendered equal a full render of the new catalog.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from .catalog import Catalog
from .model import Statement
from .render import RenderOptions, listed_by

# Fields shown only on the pages of the statement, its source and its actors: an
# edit to these alone leaves every other page (lists, periods, neighbours) as it was.
DETAILS = {"context", "date_basis", "mentions", "speaker_mention", "fingerprint"}
LISTS = {"timeline.md", "actors/index.md", "sources/index.md", "dates/index.md",
         "topics/index.md"}
# The lists that flag an unreviewed statement (the indexes only count statements).
FLAGGING = {"timeline.md"}


def touched_pages(old: Catalog, new: Catalog, changed_files: set[str],
                  options: RenderOptions) -> set[str] | None:
    """Pages whose Markdown may differ after ``changed_files`` (paths relative to the
    data folder) turned ``old`` into ``new``, both rendered with ``options``; None when
    any page may differ."""
    if any(not rel.startswith("statements/") for rel in changed_files):
        return None
    ids: set[str] = set()
    for cat in (old, new):
        ids.update(_statements_in(cat, changed_files))
    pages: set[str] = set()
    listings = {id(cat): listed_by(cat, options) for cat in (old, new)}
    for st_id in sorted(ids):
        before, after = old.statements.get(st_id), new.statements.get(st_id)
        if before == after:
            continue
        changed = {f.name for f in dataclasses.fields(Statement)
                   if getattr(before, f.name, None) != getattr(after, f.name, None)}
        details = before is not None and after is not None and not changed - DETAILS
        if before is not None and after is not None and changed - DETAILS == {"status"} and (
                _shown(before, options) == _shown(after, options)):
            pages |= FLAGGING  # a review: the indexes count it as before
        elif not details:
            pages |= LISTS
        for cat, st in ((old, before), (new, after)):
            if st is not None:  # (details: not its periods, topics or neighbours either)
                pages |= _own_pages(st) if details else _pages_showing(
                    cat, st, listings[id(cat)])
    return pages


def _own_pages(st: Statement) -> set[str]:
    """The pages that show a statement's details: its own, its source's, its actors'."""
    return {f"statements/{st.id}.md", f"sources/{st.source}.md", f"actors/{st.speaker}.md",
            *(f"actors/{actor_id}.md" for actor_id in st.mentions)}


def same_page_set(old: Catalog, new: Catalog, changed_files: set[str],
                  options: RenderOptions) -> bool:
    """Whether the statement edits in ``changed_files`` leave the site's page paths as
    they were: no statement shown or hidden, no day or topic gained or lost. (A page's
    path set then need not be planned again, which at 5,000 articles is a tenth of
    a rebuild.)"""
    if any(not rel.startswith("statements/") for rel in changed_files):
        return False
    ids = {st_id for cat in (old, new) for st_id in _statements_in(cat, changed_files)}
    for st_id in ids:
        before, after = old.statements.get(st_id), new.statements.get(st_id)
        if before is None or after is None:
            return False
        if (_shown(before, options), before.said_on, before.topics) != (
                _shown(after, options), after.said_on, after.topics):
            return False
    return True


def _shown(st: Statement, options: RenderOptions) -> bool:
    return st.status == "reviewed" or st.status == "extracted" and options.unreviewed != "hide"


def _statements_in(cat: Catalog, rels: set[str]) -> list[str]:
    """The ids of the statements the files ``rels`` hold."""
    return [key.removeprefix("statements/") for key, rel in cat.files.items()
            if rel in rels and key.startswith("statements/")]


def _pages_showing(cat: Catalog, st: Statement,
                   listed_by: Callable[[Statement], list[Statement]]) -> set[str]:
    pages = _own_pages(st)
    pages.update(f"topics/{topic}.md" for topic in st.topics)
    if st.said_on:
        pages.update(f"dates/{st.said_on[:n]}.md" for n in (4, 7, 10) if n <= len(st.said_on))
    # neighbours: "more from this article" and "also by <speaker> around then"
    pages.update(f"statements/{o.id}.md" for o in cat.by_source(st.source))
    pages.update(f"statements/{o.id}.md" for o in listed_by(st))
    return pages
