"""Text from records made safe for Markdown, HTML and YAML front matter.

Every string that comes from a record is *text*, never markup. The site is rendered
by Python-Markdown with the extensions listed in ``mkdocs.yml``; its backslash escapes
cover ``\\ ` * _ { } [ ] ( ) > # + - . ! |`` (``|`` from the tables extension). ``~``,
``=``, ``:`` and ``^`` have no backslash escape there (``\\~`` would show the
backslash) and need none: no enabled extension gives them a meaning inside text that
cannot start a link, footnote or attribute list.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote

# Escaped wherever they occur: they can open emphasis, code, links, footnotes,
# attribute lists, table cells or headings' closing hashes anywhere in a line.
_INLINE = re.compile(r"([\\`*_{}\[\]|#])")
# Only meaningful at the start of a line (list items, headings, quotes, admonitions).
_LINE_START = re.compile(r"^(\s*)(?:([-+*!>])|(\d+)([.)]))")
_SPACE = re.compile(r"\s+")
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)


def escape_html(text: str) -> str:
    """Text for raw HTML content or a double-quoted attribute value."""
    return html.escape(text, quote=True)


def escape_inline(text: str) -> str:
    """Escape ``text`` for the middle of a Markdown line; whitespace is kept as is."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _INLINE.sub(r"\\\1", text)


def escape_md(text: str) -> str:
    """One line of Markdown that displays ``text`` literally, wherever it is placed.

    Runs of whitespace (newlines included) become one space, so a value can never
    end a paragraph, indent a code block or underline a heading.
    """
    line = escape_inline(" ".join(text.split()))
    return _LINE_START.sub(_protect_line_start, line, count=1)


def _protect_line_start(m: re.Match[str]) -> str:
    space, marker, digits, dot = m.groups()
    if marker:
        return f"{space}\\{marker}"
    return f"{space}{digits}\\{dot}" if dot == "." else m.group(0)


def collapse_space(text: str) -> str:
    """Runs of whitespace become one space, keeping a leading or trailing one."""
    return _SPACE.sub(" ", text)


def front_matter(text: str) -> str:
    """A YAML double-quoted scalar whose value themes may insert into HTML unescaped.

    Material puts ``page.title`` and ``page.meta.description`` into the page without
    escaping, and ``<title>`` through ``striptags``, which *unescapes* entities; so
    angle brackets are replaced by look-alikes before escaping, and no ``</title>``
    can ever come back out.
    """
    plain = "".join(ch for ch in " ".join(text.split()) if ch.isprintable())
    plain = plain.replace("<", "\u2039").replace(">", "\u203a")
    value = escape_html(plain)
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def md_url(url: str) -> str:
    """A URL safe inside a Markdown link destination ``(...)``."""
    return quote(url, safe=":/?#@!$&*+,;=%~-._'")


def clip_words(text: str, words: int) -> str:
    """The first ``words`` words of ``text``, with an ellipsis when cut."""
    parts = text.split()
    if len(parts) <= words:
        return " ".join(parts)
    return " ".join(parts[:words]).rstrip(",;:") + "\u2026"


def format_date(value: str | None) -> str:
    """``2021-02-03`` -> ``3 February 2021``; ``2021-02`` -> ``February 2021``."""
    if not value:
        return "date not known"
    parts = value.split("-")
    if len(parts) == 1:
        return parts[0]
    month = _MONTHS[int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{int(parts[2])} {month} {parts[0]}"


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
