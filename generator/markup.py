"""Record text into Markdown and HTML as text, never as markup.

A quote containing ``<script>``, ``**bold**`` or ``[a](b)`` must render literally:
every string from a record passes through :func:`md` (Markdown context) or
:func:`html` (inside raw HTML) before it reaches a page.
"""

from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote

# Python-Markdown's backslash escapes (``|`` is written as an entity instead). Nothing
# else may be escaped: "\\:" or "\\~" would show the backslash. ``~ = ^ :`` need no
# escape with the enabled extensions (no strikethrough, footnotes start with "[^",
# attribute lists with "{"); ``<`` and ``>`` become entities.
_SPACE = re.compile(r"\s+")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!])")


def html(text: str) -> str:
    """Text for use inside raw HTML (and attribute values)."""
    return _html.escape(text, quote=True)


@lru_cache(maxsize=2**16)  # names and teasers recur on thousands of pages
def md(text: str) -> str:
    """Inline Markdown that renders as exactly ``text``: one line, nothing interpreted."""
    return md_inline(" ".join(text.split()))


def md_inline(text: str) -> str:
    """Like :func:`md` for a piece of a line: runs of whitespace become one space but
    a leading or trailing space is kept, so pieces joined around tags keep their gaps."""
    text = _html.escape(_SPACE.sub(" ", text), quote=False)
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return text.replace("|", "&#124;")


def md_block(text: str) -> str:
    """Like :func:`md`, keeping paragraph breaks (blank lines) of multi-paragraph text."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "\n\n".join(md(p) for p in paragraphs)


def yaml_str(text: str) -> str:
    """A double-quoted YAML scalar for front matter, holding HTML-escaped text.

    Themes insert ``page.title`` and ``page.meta.description`` into HTML unescaped
    (Material: ``content="{{ page.meta.description }}"``), and ``<title>`` goes through
    ``striptags``, which unescapes entities: so the value is escaped here, and angle
    brackets become look-alikes that no unescaping can turn back into a tag.
    """
    text = "".join(ch for ch in " ".join(text.split()) if ch.isprintable())
    text = html(text.replace("<", "\u2039").replace(">", "\u203a"))
    return '"' + text.replace("\\", "\\\\") + '"'


def url(address: str) -> str:
    """An http(s) address safe inside ``<...>`` or ``(...)`` in Markdown."""
    return quote(address, safe=":/?#@!$&*+,;=%~-._'")


def clip(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("\u2026" if len(parts) > words else "")


# --- cited spans in an article ---------------------------------------------------------

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


@dataclass(frozen=True)
class Span:
    """Characters ``[start, end)`` of a text, cited by the statement ``ident``."""

    start: int
    end: int
    ident: str | None  # None: the continuation of a span whose anchor came earlier


def mark_paragraphs(text: str, spans: list[Span]) -> list[str]:
    """The paragraphs of ``text`` as Markdown lines, each span in ``<mark id="st-…">``.

    Every span gets exactly one element carrying its id, at its first character.
    Marks never cross a paragraph break or each other: a span overlapping another
    or a break is closed and continued in an id-less ``<mark>``, so the HTML nests.
    """
    ordered = sorted(spans, key=lambda s: (s.start, -s.end, s.ident or ""))
    placed: set[str] = set()
    out = []
    for start, end, limit in _paragraph_ranges(text):
        pieces = [p for span in ordered if (p := _clip(span, start, end, limit, placed))]
        out.append(_mark_line(text, start, end, pieces))
    return out


def _paragraph_ranges(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, limit)`` of each paragraph, trimmed; ``limit``: where the next begins."""
    bounds: list[list[int]] = []
    pos = 0
    for brk in [*_PARAGRAPH_BREAK.finditer(text), None]:
        stop = brk.start() if brk else len(text)
        chunk = text[pos:stop]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            bounds.append([pos + lead, pos + len(chunk.rstrip())])
        pos = brk.end() if brk else pos
    if not bounds:
        return []
    limits = [b[0] for b in bounds[1:]] + [len(text) + 1]
    return [(a, b, limit) for (a, b), limit in zip(bounds, limits, strict=True)]


def _clip(span: Span, start: int, end: int, limit: int, placed: set[str]) -> Span | None:
    """The part of ``span`` inside one paragraph, carrying the id if not placed yet."""
    if span.start == span.end:  # nothing to highlight: an empty anchor where it points
        if span.ident in placed or not start <= span.start < limit:
            return None
        placed.add(span.ident or "")
        return Span(min(span.start, end), min(span.start, end), span.ident)
    a, b = max(span.start, start), min(span.end, end)
    if a >= b:
        return None
    ident = None if span.ident in placed else span.ident
    placed.add(span.ident or "")
    return Span(a, b, ident)


def _mark_line(text: str, start: int, end: int, pieces: list[Span]) -> str:
    points = sorted({start, end} | {p.start for p in pieces} | {p.end for p in pieces})
    out: list[str] = []
    stack: list[Span] = []
    waiting = list(reversed(pieces))
    pos, after_space = start, False
    for point in points:
        words = md_inline(text[pos:point])
        words = words[1:] if after_space and words.startswith(" ") else words
        after_space = words.endswith(" ") if words else after_space
        out.append(words)
        pos = point
        _close_at(point, stack, out)
        while waiting and waiting[-1].start == point:
            piece = waiting.pop()
            out.append(f'<mark id="st-{html(piece.ident)}">' if piece.ident else "<mark>")
            stack.append(piece)
            if piece.start == piece.end:
                _close_at(point, stack, out)
    return "".join(out).strip()


def _close_at(point: int, stack: list[Span], out: list[str]) -> None:
    """Close the marks ending at ``point``, reopening (without id) those opened inside."""
    ending = [i for i, piece in enumerate(stack) if piece.end == point]
    if not ending:
        return
    reopen = [piece for piece in stack[ending[0]:] if piece.end != point]
    out.append("</mark>" * (len(stack) - ending[0]))
    del stack[ending[0]:]
    for piece in reopen:
        out.append("<mark>")
        stack.append(Span(piece.start, piece.end, None))
