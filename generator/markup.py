"""Record text into Markdown and HTML as text, never as markup.

A quote containing ``<script>``, ``**bold**`` or ``[a](b)`` must render literally:
every string from a record passes through :func:`md` (Markdown context) or
:func:`html` (inside raw HTML) before it reaches a page.
"""

from __future__ import annotations

import html as _html
import re

# Python-Markdown's backslash-escapable characters, plus those of the extensions we use.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!:>~=^])")


def html(text: str) -> str:
    """Text for use inside raw HTML (and attribute values)."""
    return _html.escape(text, quote=True)


def md(text: str) -> str:
    """Inline Markdown that renders as exactly ``text``: one line, nothing interpreted."""
    text = " ".join(text.split())
    text = _html.escape(text, quote=False)
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return text.replace("|", "&#124;")


def md_block(text: str) -> str:
    """Like :func:`md`, keeping paragraph breaks (blank lines) of multi-paragraph text."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "\n\n".join(md(p) for p in paragraphs)


def yaml_str(text: str) -> str:
    """A double-quoted YAML scalar for front matter."""
    text = text.replace("<", "\u2039").replace(">", "\u203a")  # themes print titles raw
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + " ".join(escaped.split()) + '"'


def clip(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("\u2026" if len(parts) > words else "")
