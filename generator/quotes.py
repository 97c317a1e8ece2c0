"""Quotation marks, paired: curly or straight, double or (British) single, unbalanced,
continued across paragraphs.

News style continues a quote into the next paragraph by leaving the first
paragraph's quote open and opening the next one again; such a quote is one quote.
A curly quote opened inside an open one, with closing marks after it for both, is
nested ("There is no “Singapore variant”. The strain ...,” said the ministry").
Marks inside words (apostrophes) are single quotes and ignored here.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

OPENERS = {"\u201c": "\u201d", "\u201e": "\u201d", "\u00ab": "\u00bb", '"': '"'}
CLOSERS = {"\u201d", "\u00bb", '"'}
MARKS = set(OPENERS) | CLOSERS
_SINGLE = re.compile("[\u2018\u2019]")


@dataclass(frozen=True)
class Quote:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark (or the end of the paragraph)
    inner_start: int
    inner_end: int
    closed: bool

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end

    def words(self, text: str) -> int:
        return len(text[self.inner_start:self.inner_end].split())


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: text between blank lines."""
    spans: list[tuple[int, int]] = []
    start = 0
    for part in text.split("\n\n"):
        lead = len(part) - len(part.lstrip())
        body = part.strip()
        if body:
            spans.append((start + lead, start + lead + len(body)))
        start += len(part) + 2
    return spans


def _is_opening(text: str, i: int, in_quote: bool) -> bool:
    mark = text[i]
    if mark in ("\u201c", "\u201e", "\u00ab"):
        return True
    if mark in ("\u201d", "\u00bb"):
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if in_quote:
        return False
    return (before.isspace() or before in "([{\u2014-:") and not after.isspace()


def find_quotes(text: str, paras: list[tuple[int, int]] | None = None) -> list[Quote]:
    """Every double-quoted passage of ``text``, in order."""
    paras = paras if paras is not None else paragraphs(text)
    quotes: list[Quote] = []
    open_at: int | None = None
    for n, (p_start, p_end) in enumerate(paras):
        reopened = open_at is not None  # a continued quote opens its paragraph again
        nested = 0  # curly quotes opened inside the open one ("... no “Singapore variant”.")
        for i in range(p_start, p_end):
            if text[i] not in MARKS or (reopened and i == p_start):
                continue
            if open_at is None and (_is_opening(text, i, False) or i == p_start and (
                    text[i] == "\u201d" and text[i + 1:i + 3].strip()[:1].isalpha())):
                open_at = i  # (a closing mark typed to open a paragraph: "” They only ...")
            elif open_at is not None and text[i] == "\u201c" and (
                    text.count("\u201d", i, p_end) > nested + 1):
                nested += 1  # (only when closing marks follow for it and the outer one)
            elif open_at is not None and nested and text[i] == "\u201d":
                nested -= 1
            elif open_at is not None and (text[i] in CLOSERS or text[i] == '"'):
                if i > open_at + 1:
                    quotes.append(_make(text, open_at, i + 1, True))
                open_at = None
        if open_at is not None and not _continues(text, paras, n):
            quotes.append(_make(text, open_at, p_end, False))
            open_at = None
    return quotes


def find_single_quotes(text: str, paras: list[tuple[int, int]] | None = None,
                       doubles: list[Quote] | None = None) -> list[Quote]:
    """British-style quotes in curly single marks, outside any double-quoted passage:
    ‘...’ opens at the start of a word and closes at a ’ that ends one ("it’s" and
    "isn’t" are apostrophes). Continued across paragraphs like double quotes."""
    if "\u2018" not in text:
        return []
    paras = paras if paras is not None else paragraphs(text)
    doubles = doubles if doubles is not None else find_quotes(text, paras)
    starts = [q.start for q in doubles]
    quotes: list[Quote] = []
    open_at: int | None = None
    for n, (p_start, p_end) in enumerate(paras):
        for match in _SINGLE.finditer(text, p_start, p_end):
            i = match.start()
            inside = bisect.bisect_right(starts, i) - 1
            if inside >= 0 and i < doubles[inside].end:
                continue  # a mark inside a double-quoted passage
            before = text[i - 1] if i > p_start else " "
            after = text[i + 1] if i + 1 < p_end else " "
            if match[0] == "\u2018":
                if open_at is None and (before.isspace() or before in "([{—–-:"):
                    open_at = i  # (at a paragraph's start inside a quote: it opens again)
            elif open_at is not None and not before.isspace() and not after.isalnum() and (
                    i > open_at + 1):
                quotes.append(_make(text, open_at, i + 1, True))
                open_at = None
        if open_at is not None and not (n + 1 < len(paras)
                                        and text[paras[n + 1][0]] == "\u2018"):
            quotes.append(_make(text, open_at, p_end, False))
            open_at = None
    return quotes


def all_quotes(text: str) -> list[Quote]:
    """Double-quoted passages and, outside them, single-quoted ones, in order."""
    paras = paragraphs(text)
    doubles = find_quotes(text, paras)
    return sorted(doubles + find_single_quotes(text, paras, doubles), key=lambda q: q.start)


def _continues(text: str, paras: list[tuple[int, int]], n: int) -> bool:
    if n + 1 >= len(paras):
        return False
    nxt = paras[n + 1][0]
    return text[nxt] in OPENERS


def _make(text: str, start: int, end: int, closed: bool) -> Quote:
    inner_start = start + 1
    inner_end = end - 1 if closed else end
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and (text[inner_end - 1].isspace() or text[inner_end - 1] == ","):
        inner_end -= 1
    return Quote(start, end, inner_start, inner_end, closed)
