"""The facts in machine-readable form: JSON (the evaluation export format) and CSV.

Rejected statements are left out: they are kept in data/ only so extraction never
proposes them again.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from .catalog import Catalog
from .model import actor_to_dict, statement_to_dict

CSV_COLUMNS = (
    "id", "status", "speaker", "speaker_name", "kind", "said_on", "date_basis", "text",
    "source", "source_title", "publisher", "published", "url", "span_start", "span_end",
    "context",
)


def _published(catalog: Catalog) -> list[Any]:
    return [st for st in sorted(catalog.statements.values(), key=lambda s: (s.source, s.span))
            if st.status != "rejected"]


def to_json(catalog: Catalog) -> str:
    """``{"actors": [...], "sources": [...], "statements": [...]}``; see ../shared/eval."""
    actors = [actor_to_dict(a) for _, a in sorted(catalog.actors.items())]
    sources = []
    for _, s in sorted(catalog.sources.items()):
        sources.append({k: getattr(s, k) for k in (
            "id", "file", "title", "publisher", "byline", "place", "published", "url",
            "content_hash")})
    statements = []
    for st in _published(catalog):
        d = statement_to_dict(st)
        d["source"] = st.source
        statements.append(d)
    # One record per line: readable, diffable, and written by json's C encoder (an
    # indented dump goes through the pure-Python one, 5x slower at 100,000 records).
    parts = [f'  "{key}": [' + ",".join(
        "\n    " + json.dumps(item, ensure_ascii=False) for item in items)
        + ("\n  ]" if items else "]") for key, items in
        (("actors", actors), ("sources", sources), ("statements", statements))]
    return "{\n" + ",\n".join(parts) + "\n}\n"


def to_csv(catalog: Catalog) -> str:
    """One row per statement, with its speaker's name and its source's citation."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for st in _published(catalog):
        actor = catalog.actors.get(st.speaker)
        source = catalog.sources.get(st.source)
        writer.writerow({
            "id": st.id, "status": st.status, "speaker": st.speaker,
            "speaker_name": actor.name if actor else "", "kind": st.kind,
            "said_on": st.said_on or "", "date_basis": st.date_basis or "", "text": st.text,
            "source": st.source, "source_title": source.title if source else "",
            "publisher": (source.publisher or "") if source else "",
            "published": (source.published or "") if source else "",
            "url": (source.url or "") if source else "",
            "span_start": st.span[0], "span_end": st.span[1], "context": st.context or "",
        })
    return out.getvalue()


ATOM = "http://www.w3.org/2005/Atom"


def to_atom(catalog: Catalog, site_url: str, limit: int = 50) -> str:
    """An Atom feed of the newest statements (by date said, then by source date)."""
    from xml.etree import ElementTree as ET

    base = site_url.rstrip("/") + "/"
    newest = sorted(_published(catalog), key=lambda st: (_when(catalog, st), st.id),
                    reverse=True)[:limit]
    feed = ET.Element("feed", xmlns=ATOM)
    ET.SubElement(feed, "title").text = "Newest statements"
    ET.SubElement(feed, "id").text = base
    ET.SubElement(feed, "link", href=base + "feed.xml", rel="self")
    ET.SubElement(feed, "updated").text = _stamp(_when(catalog, newest[0]) if newest else "1970")
    for st in newest:
        actor = catalog.actors.get(st.speaker)
        entry = ET.SubElement(feed, "entry")
        url = f"{base}statements/{st.id}/"
        ET.SubElement(entry, "id").text = url
        name = actor.name if actor else st.speaker
        words = " ".join(st.text.split())
        ET.SubElement(entry, "title").text = f"{name}: {words[:80]}"
        ET.SubElement(entry, "link", href=url)
        ET.SubElement(entry, "updated").text = _stamp(_when(catalog, st))
        ET.SubElement(ET.SubElement(entry, "author"), "name").text = name
        ET.SubElement(entry, "content", type="text").text = words
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, "unicode") + "\n"


def _when(catalog: Catalog, st: Any) -> str:
    source = catalog.sources.get(st.source)
    return st.said_on or (source.published if source else None) or "1970"


def _stamp(date: str) -> str:
    """A partial date as an RFC 3339 timestamp at the start of its period."""
    parts = (date.split("-") + ["01", "01"])[:3]
    return f"{parts[0]}-{parts[1]}-{parts[2]}T00:00:00Z"
