"""Read one news article file into an :class:`Article`: clean text plus who/where/when.

The input is a plain-text file: a wire story, a page scraped with its menus,
footers and comment thread, possibly with YAML front matter. The pipeline is

1. decode the bytes (UTF-8 with or without BOM, else cp1252, else latin-1) and
   normalise the text (newlines, NFC, spaces, control characters, blank lines);
2. split off the front matter, whose keys override anything found in the text;
3. cut the body into paragraph units (a line each, or a whole hard-wrapped block);
4. classify the units with jusText, then find where the article starts (its
   dateline, else the first kept sentence) and where it ends (a "Comments" /
   "Most popular" / "(END)" marker, or a long run of boilerplate);
5. read the title, byline and "Published" / date stamp lines before the start,
   and the place, agency and date from the dateline at the start.

Everything here is a pure function of the input text, so the same bytes always
give a byte-identical :class:`Article`.
"""

from __future__ import annotations

import calendar
import datetime
import hashlib
import html
import pathlib
import re
import unicodedata
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import justext
import yaml
from frontmatter.default_handlers import YAMLHandler

from . import dates
from .lexicon import capitals_and_countries, lexicon


class IngestError(Exception):
    """The article file cannot be used; the message names the file and the reason."""


@dataclass
class Article:
    file: str
    text: str
    title: str | None
    publisher: str | None
    byline: str | None
    place: str | None
    published: datetime.date | None
    published_basis: str | None
    url: str | None
    content_hash: str
    meta: dict = field(default_factory=dict)


# --------------------------------------------------------------------------- decoding


def decode_bytes(data: bytes) -> str:
    """UTF-8 (a BOM is dropped), else Windows-1252, else Latin-1 (which never fails)."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _clean_char(char: str) -> str:
    """One character of normalised text: spaces unified, control characters dropped."""
    if char == "\n":
        return char
    if char == "\t" or unicodedata.category(char) == "Zs":
        return " "
    if unicodedata.category(char) in ("Cc", "Cs") or char == "\ufeff":
        return ""
    if (ord(char) & 0xFFFE) == 0xFFFE or 0xFDD0 <= ord(char) <= 0xFDEF:
        return ""  # Unicode noncharacters: not text, and rejected by XML parsers.
    return char


# Printable ASCII and newlines are kept as they are; only other characters go through
# _clean_char (one Python call per character made normalisation a third of ingest).
_UNCLEAN = re.compile(r"[^\x20-\x7e\n]")


def normalize_text(raw: str) -> str:
    """Newlines to "\\n", NFC, tabs/no-break spaces to spaces, lines trimmed, one blank line."""
    text = "\n".join(raw.splitlines())
    text = unicodedata.normalize("NFC", text)
    text = _UNCLEAN.sub(lambda m: _clean_char(m.group()), text)
    lines = [line.strip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")


# --------------------------------------------------------------------------- front matter

_FRONT_MATTER_TEXT_KEYS = ("title", "publisher", "byline", "place", "url")


def split_front_matter(text: str, file: str) -> tuple[dict, str]:
    """The YAML front matter (empty if none) and the rest of the text."""
    handler = YAMLHandler()
    if not handler.detect(text):
        return {}, text
    try:
        head, body = handler.split(text)
    except ValueError:
        return {}, text  # an opening "---" line that is never closed: not front matter
    try:
        meta = handler.load(head)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError) as exc:
        reason = _one_line(exc)
        raise IngestError(f"{file}: the front matter is not valid YAML ({reason}).") from exc
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        kind = type(meta).__name__
        raise IngestError(f"{file}: the front matter is a YAML {kind}, not a mapping of keys.")
    return meta, body


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _front_matter_text(meta: dict, key: str, file: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        kind = type(value).__name__
        raise IngestError(f"{file}: front matter key '{key}' must be text, not a {kind}.")
    return str(value).strip() or None


def _front_matter_date(meta: dict, file: str) -> datetime.date | None:
    value = meta.get("published")
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise IngestError(
        f"{file}: front matter key 'published' must be a date YYYY-MM-DD, not {value!r}."
    )


# --------------------------------------------------------------------------- dates

_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_ORDINAL = r"(?:st|nd|rd|th)?"
# "May 11", "Jan. 5, 2021", "03rd February, 2021", "23 March 2020", "2020-03-23".
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}{_ORDINAL}\b(?:(?:,\s*|\s+)\d{{4}}\b)?"
    rf"|\d{{1,2}}{_ORDINAL}\.?\s+(?:of\s+)?{_MONTH},?(?:\s+\d{{4}}\b)?"  # ("23. Feb 2022")
    r"|\d{4}[-./]\d{1,2}[-./]\d{1,2}\b|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b|\d{1,2}-\d{1,2}-\d{4}\b"
    r"|\d{1,2}\.\d{1,2}\.\d{4}\b)"
)
_DATE_PARTS = (
    re.compile(rf"^(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}}){_ORDINAL}(?:(?:,\s*|\s+)(?P<y>\d{{4}}))?$"),
    re.compile(rf"^(?P<d>\d{{1,2}}){_ORDINAL}\.?\s+(?:of\s+)?(?P<m>{_MONTH}),?(?:\s+(?P<y>\d{{4}}))?$"),
    re.compile(r"^(?P<y>\d{4})[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})$"),
    re.compile(r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})$"),  # "9.3.2022": day first
)
# "15/09/2021" (day first) or "09/15/2021" (month first), "31-10-2022", "4/29/21": read
# only when one of the two numbers is over 12, since "03/04/2021" is either and the
# text does not say which.
_SLASHED = re.compile(
    r"^(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|(?<=/)\d{2})$")
_MONTHS = MappingProxyType(
    {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
)
_WEEKDAYS = tuple(calendar.day_name)
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b")
_YEAR = re.compile(r"(?<!\d)(?:199\d|20\d\d|2100)(?!\d)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n\n")
_AHEAD = re.compile(  # words that put a year still to come: "would move ... in 2023"
    r"\b(?:will|would|shall|next)\b|\b(?:plans?|planned|aims?|aimed|expects?|expected"
    r"|intends?)\s+to\b|\b(?:by|until|till)\s+(?:the\s+end\s+of\s+)?$|end-$"
    # "due to meet", not "due to the rise" (a cause)
    r"|\bdue\s+to\s+(?!(?:the|a|an|its|his|her|their|our|this|that|these|those|some|many"
    r"|high|low|heavy|poor|lack)\b)",
    re.IGNORECASE)


# A year that names a budget, a fiscal year or a plan, which are voted or drawn up
# before their year: "Budget 2021", "the 2022 budget", "fiscal 2021", "Vision 2030".
_PLAN_YEAR_BEFORE = re.compile(r"\b(?:budgets?|fiscal(?:\s+year)?|FY|vision|agenda|plan)\s*$",
                               re.IGNORECASE)
_PLAN_YEAR_AFTER = re.compile(r"^(?:[-/]\d{2,4})?\s+(?:budgets?|fiscal\s+year|financial\s+year)\b",
                              re.IGNORECASE)


# A year a figure is compared with is over: "tripled compared to the same period in
# 2021", "higher than in 2019" (the report is from a later year).
_COMPARED = re.compile(r"\b(?:compared\s+(?:to|with)|than|versus|vs\.?|same\s+(?:period|time"
                       r"|months?|quarter|week|season)\s+(?:of|in))\b[^.;:]{0,40}$", re.IGNORECASE)


def named_years(text: str) -> list[int]:
    """The years the text names as past or present: "since ... in 2020 and 2021", not
    the targets of plans ("would move 20 million tonnes in 2023", "by end-2023") or
    the years of budgets and plans ("Budget 2021", debated in late 2020), which say
    nothing of when the report was written. A year a figure is compared with stands
    for the year after it, the earliest the report can be from."""
    return [year for year, _ in _years_named(text)]


def _years_named(text: str) -> list[tuple[int, bool]]:
    """``named_years`` with, for each, whether it is the year after one compared with."""
    years = []
    for sentence in _SENTENCE_END.split(text):
        for match in _YEAR.finditer(sentence):
            before, after = sentence[:match.start()], sentence[match.end():]
            if not (_AHEAD.search(before) or _PLAN_YEAR_BEFORE.search(before)
                    or _PLAN_YEAR_AFTER.match(after)):
                compared = bool(_COMPARED.search(before))
                years.append((int(match[0]) + compared, compared))
    return years


def _latest_words(text: str) -> str:
    """How the text bounds its year, for the record: the latest year it names, or the
    year after one it compares a figure with."""
    years = _years_named(text)
    latest = max(year for year, _ in years)
    if all(compared for year, compared in years if year == latest):
        return f"the year after {latest - 1}, which the text compares with"
    return "the latest year named in the text"



@dataclass(frozen=True)
class WrittenDate:
    """A date as written: the year may be missing."""

    text: str
    month: int
    day: int
    year: int | None

    def full(self) -> datetime.date | None:
        return None if self.year is None else _make_date(self.year, self.month, self.day)


def _make_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def parse_date_text(text: str) -> WrittenDate | None:
    """A date written in one of the forms of ``_DATE``; None if it is no real calendar day."""
    text = text.strip()
    slashed = _SLASHED.match(text)
    if slashed:
        a, b, year = int(slashed["a"]), int(slashed["b"]), int(slashed["y"])
        year += 2000 if year < 100 else 0  # "4/29/21"
        if (a > 12) == (b > 12):
            return None
        day, month = (a, b) if a > 12 else (b, a)
        return WrittenDate(text, month, day, year) if _make_date(year, month, day) else None
    for pattern in _DATE_PARTS:
        match = pattern.match(text)
        if not match:
            continue
        month = match["m"]
        number = int(month) if month.isdigit() else _MONTHS[month.rstrip(".")[:3].lower()]
        year = int(match["y"]) if match["y"] else None
        if _make_date(year or 2000, number, int(match["d"])) is None:
            return None  # 2000 is a leap year, so "February 29" passes this check
        return WrittenDate(text, number, int(match["d"]), year)
    return None


@dataclass(frozen=True)
class YearHints:
    """What bounds a dateline's missing year from outside the article: the day of
    extraction (an article is not from the future) and the years of the corpus's
    articles whose dates are certain, with how many articles each."""

    today: datetime.date | None = None
    corpus_years: tuple[tuple[int, int], ...] = ()


# "said Wednesday", "told a news conference in Tokyo on Thursday", "on Monday called for":
# the day of a saying. A gap holding a tense or a subordinator ("said the doses would
# arrive on Friday", "said that ... next Monday") names the day of something else.
_IRREGULAR = {"say": "said", "tell": "told", "write": "wrote", "speak": "spoke"}


def _past(verb: str) -> str:
    """ "announce" -> "announced", "deny" -> "denied", "slam" -> "slammed" (enough for
    the speech verbs of the lexicon, whose past forms date a lead)."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", verb) or verb in ("admit", "commit"):
        return verb + verb[-1] + "ed"  # "slam", "quip", "admit"
    return verb + "ed"


_SAID = "(?:says|" + "|".join(sorted({_past(v) for v in lexicon().speech_verbs})) + ")"
_WEEKDAY_NAMES = "|".join(_WEEKDAYS)
_SAID_WEEKDAY = re.compile(
    rf"\b{_SAID}\b(?P<gap>[^.;!?\"\u201c\u201d\n]{{0,80}}?)\b(?P<day>{_WEEKDAY_NAMES})\b"
    rf"|\b(?P<before>{_WEEKDAY_NAMES})\b(?:\s+\w+ly)?\s+{_SAID}\b"
    # a sentence that opens with the day: "On Tuesday, he told", "Monday, the ministry said"
    rf"|(?:^|(?<=[.!?]\s))(?:(?:Late|Early)\s+)?(?:[Oo]n\s+)?(?P<opening>{_WEEKDAY_NAMES}),?"
    rf"(?P<lead>(?:\s+[\w'’-]+){{1,4}}?)\s+{_SAID}\b", re.MULTILINE)
_GAP_STOPS = re.compile(r"\b(?:will|would|could|can|may|might|shall|next|until|by|that|to"
                        r"|before|after|since|coming|following)\b", re.IGNORECASE)


def weekday_votes(text: str) -> dict[int, int]:
    """Weekday -> how often the text dates the dateline day's saying by it: the
    weekdays of a saying in the lead (its first two paragraphs), else of the past event
    the first paragraph reports ("met UNICEF's representative on Thursday"), else of a
    saying anywhere. Other weekdays ("will arrive on Friday", "the report, released on
    Tuesday" further down) are often another day's."""
    lead = "\n\n".join(text.split("\n\n")[:2])
    first = text.split("\n\n")[0]
    for level in (_said_weekdays(lead), _event_weekdays(first), _said_weekdays(text)):
        if level:
            votes: dict[int, int] = {}
            for day in level:
                votes[day] = votes.get(day, 0) + 1
            return votes
    return {}


_EVENT_WEEKDAY = re.compile(  # a past-tense verb and its weekday: "met ... on Thursday"
    rf"\b(?:\w+ed|met|held|made|gave|sent|took|won|began|left|struck|hit)\b"
    rf"(?P<gap>[^.;!?\"\u201c\u201d\n]{{0,50}}?)\b(?P<day>{_WEEKDAY_NAMES})\b"
    rf"|\b(?P<before>{_WEEKDAY_NAMES})\b(?:\s+\w+ly)?\s+(?:\w+ed|met|held|made|gave|sent)\b")


def _event_weekdays(text: str) -> list[int]:
    return [_WEEKDAYS.index(m["day"] or m["before"]) for m in _EVENT_WEEKDAY.finditer(text)
            if not (m["gap"] and _GAP_STOPS.search(m["gap"]))]


def _said_weekdays(text: str) -> list[int]:
    return [_WEEKDAYS.index(m["day"] or m["before"] or m["opening"])
            for m in _SAID_WEEKDAY.finditer(text)
            if not any(m[gap] and _GAP_STOPS.search(m[gap]) for gap in ("gap", "lead"))]


def infer_year(when: WrittenDate, text: str, hints: YearHints = YearHints()
               ) -> tuple[int, str] | None:
    """The year of a dateline "May 11" with no year, and how it was found.

    The weekday the text dates the saying by fixes it among the years allowed: from
    the latest year named in the text (a report is not older than the years it
    names), within the span of the corpus's dated articles if a year there fits (a
    text naming only "since 2000" is not from the first fitting year after it), else
    the nearest; with no year named, within the corpus's span, else the most recent
    year up to the day of extraction. With no weekday, only a year named in the text
    gives an answer.
    """
    return (_infer_year(when, text, hints, slack=0)  # said on the dateline's day
            or _infer_year(when, text, hints, slack=1)  # or, filed overnight, the day before
            # only then any recent year: "Teguchigalpa, November 5: ... on Wednesday" in
            # a corpus of 2020-2022 is 2020 (the day before), not 2025 (the same day)
            or _infer_year(when, text, hints, slack=0, recent=True)
            or _infer_year(when, text, hints, slack=1, recent=True))


def _infer_year(when: WrittenDate, text: str, hints: YearHints, slack: int,
                recent: bool = False) -> tuple[int, str] | None:
    sections = _dated_sections(when, text)
    votes = {day: n for _, section in sections for day, n in weekday_votes(section).items()}

    def fit(year: int, slack: int = slack) -> int:
        day = _make_date(year, when.month, when.day)
        if day is None or (hints.today is not None and day > hints.today):
            return -1
        total = 0
        for dated, section in sections:  # each story of a roundup by its own dateline
            earlier = (dated.month, dated.day) > (when.month, when.day)
            own = _make_date(year - earlier, dated.month, dated.day)
            if own is not None:
                total += weekday_votes(section).get((own.weekday() - slack) % 7, 0)
        return total

    years = named_years(text)
    counts = dict(hints.corpus_years)

    def in_corpus(span: range, why: str) -> tuple[int, str] | None:
        fitting = [y for y in span if fit(y) > 0]
        if not fitting:
            return None
        year = max(fitting, key=lambda y: (fit(y), counts.get(y, 0), y))
        return year, (f"{_fit_words(when, year, sections, slack)} in {year}, within "
                      f"{span.start}-{span.stop - 1}, the years of the corpus's dated"
                      f" articles {why}")

    if years:
        latest = max(years)
        if not votes:
            return latest, f"{_latest_words(text)} (no weekday dates the saying)"
        found = in_corpus(_corpus_span(counts, latest),  # "since 2000" names no year of
                          f"from {latest}, {_latest_words(text)}")  # writing
        if found:
            return found
        for year in range(latest, latest + 11):  # the nearest year, either way
            for near in (0, 1) if year <= latest + 1 else (0,):  # (the day before: only
                if fit(year, near) > 0:  # in the year named or the next, as the test is weak)
                    return year, (
                        f"{_fit_words(when, year, sections, near)} first in {year}"
                        f" among years >= {latest}, {_latest_words(text)}")
        return None
    if not votes:
        return None
    if counts and (found := in_corpus(range(min(counts) - 1, max(counts) + 2),
                                      "(no year is named in the text)")):
        return found
    if recent and hints.today is not None:
        for year in range(hints.today.year, hints.today.year - 30, -1):
            if fit(year) > 0:
                return year, (
                    f"{_fit_words(when, year, sections, slack)} last in {year}"
                    f" up to {hints.today.isoformat()}, the day of extraction"
                    + (" (no year is named in the text, and none of the corpus's fits)"
                       if counts else " (no year is named in the text or the corpus)"))
    return None


def _corpus_span(counts: dict[int, int], floor: int) -> range:
    """The years of the corpus's dated articles (one either side), from ``floor``, the
    latest year the text names: empty without a corpus."""
    if not counts:
        return range(0)
    return range(max(floor, min(counts) - 1), max(counts) + 2)


def _dated_sections(when: WrittenDate, text: str) -> list[tuple[WrittenDate, str]]:
    """The text cut at each later dateline ("SEOUL, April 20 (Yonhap) --" in a weekly
    roundup dated April 24), with the date each part's weekdays belong to."""
    sections: list[tuple[WrittenDate, list[str]]] = [(when, [])]
    for n, paragraph in enumerate(text.split("\n\n")):
        dateline = parse_dateline(paragraph) if n else None
        if dateline is not None and dateline.when is not None and dateline.when.year is None:
            sections.append((dateline.when, []))
        sections[-1][1].append(paragraph)
    return [(dated, "\n\n".join(parts)) for dated, parts in sections]


def _fit_words(when: WrittenDate, year: int, sections: list[tuple[WrittenDate, str]],
               slack: int = 0) -> str:
    if len(sections) == 1 and slack:
        day = _make_date(year, when.month, when.day)
        before = calendar.day_name[(day.weekday() - 1) % 7] if day else "?"
        return (f"'{before}', the day of saying in the text, falls on the day before "
                f"{_month_day(when)}")
    if len(sections) == 1:
        return f"{_weekday_of(when, year)} falls on {_month_day(when)}"
    days = ", ".join(_month_day(dated) for dated, _ in sections)
    where = "the days before" if slack else "those days"
    return f"the weekdays of saying under its datelines ({days}) fall on {where}"


def _weekday_of(when: WrittenDate, year: int) -> str:
    day = _make_date(year, when.month, when.day)
    return f"'{_WEEKDAYS[day.weekday()]}', the day of saying in the text," if day else "?"


def _month_day(when: WrittenDate) -> str:
    return f"{calendar.month_name[when.month]} {when.day}"


# --------------------------------------------------------------------------- datelines

_PLACE_WORD = r"[A-Z](?:[^\W\d_]|['’.]|(?<![A-Z]{2})-(?!-)|(?<=[A-Z]{2})-(?![a-z-]|[A-Z][a-z]))*"
# (letters of any script after the capital: "San Cristóbal", "BOGOTÁ")
# (a hyphen after a word in capitals goes on the name only before capitals: "GUINEA-BISSAU",
# but "MONROVIA, LIBERIA-Deputy Press Secretary ..." is a dateline glued to its lead)
_CONNECTOR = r"(?:of|de|del|da|do|dos|es|la|el|al|di|du|au)"  # "Port of Spain", "Rio de
_PLACE = rf"{_PLACE_WORD}(?: (?:{_CONNECTOR} )?{_PLACE_WORD}){{0,3}}"  # Janeiro", "Dar es Salaam"
_REGION = rf"(?:,\s(?!{_MONTH})(?P<region>{_PLACE_WORD}(?: {_PLACE_WORD}){{0,2}}))?"
_AGENCY = r"\((?P<agency>(?:[A-Z0-9]|dpa\b)[^()\n]{0,79})\)"
_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE}){_REGION}(?:,\s(?P<date>{_DATE}))?(?:,?\s?{_AGENCY})?"
    r"(?:\s*(?P<sep>--|—|–|-|:|\.-))?(?:(?<=--)|(?<=—)|(?<=–)|(?<=[A-Z]{2}-)(?=[A-Z][a-z])"
    r"|(?!\w))"  # "SEOUL--North Korea", "MONROVIA, LIBERIA-Deputy ..."
)
# The agency before the date: "Phnom Penh (FN), Apr. 20 – ...".
_AGENCY_THEN_DATE = re.compile(
    rf"^(?P<place>{_PLACE})\s?{_AGENCY},\s(?P<date>{_DATE})\s*(?:--|—|–|-)\s")
_DATED_LEAD = re.compile(rf"^(?:(?P<date>{_DATE})\s?)?{_AGENCY}\s*(?:--|—|–)\s")
_WEEKDAY_ABBR = frozenset(day[:3].lower() for day in calendar.day_name)
_WEEKDAY_NAMES = frozenset(day.lower() for day in calendar.day_name)
# Kickers that open a lead like a dateline but name no place: "BREAKING — ...".
_KICKERS = frozenset(
    {"ALERT", "ANALYSIS", "BREAKING", "CORRECTED", "CORRECTION", "EDITORIAL", "EXCLUSIVE",
     "EXPLAINER", "FACTBOX", "FLASH", "LIVE", "NOTE", "OPINION", "PHOTOS", "READ", "UPDATE",
     "UPDATED", "URGENT", "VIDEO", "WARNING", "WATCH"}
)
_FIRST_PERSON = re.compile(r"\b(?:I|we|us|our|my|me)\b|\b(?:thank|good (?:morning|afternoon|"
                           r"evening))\b", re.IGNORECASE)
_AGENCY_DATE = re.compile(rf"^(?P<name>.+?)\s*[-–—,]\s*(?P<date>{_DATE})$")


@dataclass(frozen=True)
class Dateline:
    place: str
    publisher: str | None
    when: WrittenDate | None


# The agency before the place: "(ANSA) - ROME, JUN 21 - The government ...".
_AGENCY_FIRST = re.compile(rf"^{_AGENCY}\s*(?:--|—|–|-)\s*(?=[A-Z]{{2}})")
# An agency's bare name between the date and the dash: "TOKYO, Nov. 9 Kyodo - ...".
_BARE_AGENCY = re.compile(r"^,?\s*(?P<agency>[A-Z][A-Za-z]{2,14})\s*(?:--|—|–|-)\s")
# (or after a comma, its dash glued to it: "Accra, Dec. 01, GNA- Ghana has ...")


# The date first, the place in brackets: "24th May 2022 – (Hong Kong) Chief Executive ...".
_DATE_THEN_PLACE = re.compile(
    rf"^(?P<date>{_DATE})\s*(?:--|—|–|-)\s*\((?P<place>[A-Z][^()\n]{{1,40}})\)\s+(?=[A-Z])")
# A place and a day.month.year date, glued to the lead: "Brussels 23.04.2021 The rumours".
_DOTTED_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE}),?\s+(?P<date>\d{{1,2}}\.\d{{1,2}}\.\d{{4}})\s+(?=[A-Z])")
# The Ethiopian News Agency's and others' slashed form: "Addis Ababa August 25/2022/ENA/".
_SLASHED_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE}),?\s+(?P<date>{_MONTH}\s+\d{{1,2}}){_ORDINAL}\s*/\s*(?P<year>\d{{4}})"
    r"\s*/\s*(?P<agency>[A-Z][A-Za-z]{1,9})\s*/\s*")


def parse_dateline(paragraph: str) -> Dateline | None:
    """The place, agency and date of a wire dateline at the start of ``paragraph``."""
    for form in (_DATE_THEN_PLACE, _DOTTED_DATELINE):
        match = form.match(paragraph)
        if match is not None and (when := parse_date_text(match["date"])) is not None:
            return Dateline(_title_case(match["place"]), None, when)
    slashed = _SLASHED_DATELINE.match(paragraph)
    if slashed is not None:
        when = parse_date_text(f"{slashed['date']}, {slashed['year']}")
        if when is not None:
            return Dateline(_title_case(slashed["place"]), slashed["agency"], when)
    first = _AGENCY_FIRST.match(paragraph)
    if first is not None:
        inner = parse_dateline(paragraph[first.end():])
        if inner is None or not inner.place:
            return None
        return Dateline(inner.place, inner.publisher or _split_agency(first["agency"])[0],
                        inner.when)
    late = _AGENCY_THEN_DATE.match(paragraph)  # "Phnom Penh (FN), Apr. 20 – ..."
    if late is not None and (when := parse_date_text(late["date"])) is not None:
        return Dateline(late["place"], _split_agency(late["agency"])[0], when)
    dated = _DATED_LEAD.match(paragraph)  # "May 5 (UPI) -- ...", "(Eagle News) – ...":
    if dated is not None:  # no place
        when = parse_date_text(dated["date"]) if dated["date"] else None
        if when is not None or not dated["date"]:
            return Dateline(place="", publisher=_split_agency(dated["agency"])[0], when=when)
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    agency, when = _split_agency(match["agency"])
    if match["date"]:
        when = parse_date_text(match["date"])
    place = match["place"]
    first = place.split()[0].rstrip(".,").lower()
    if place.split()[0].upper() in _KICKERS or (  # ("Tue", "Tues.", "Tuesday"; not "MONROVIA")
            first[:3] in _WEEKDAY_ABBR and (len(first) <= 4 or first in _WEEKDAY_NAMES)) or (
            not _dateline_is_plausible(match, place, when)):
        return None  # (nor is "Tue, September 14, 2021" a place and a date)
    region = match["region"]
    if region and agency is None and _agency_region(match, place):  # "Tehran, IRNA – ...":
        # the agency, not a region ("WASHINGTON, DC —" is a place and its region)
        return Dateline(place=_title_case(place), publisher=region, when=when)
    if region:
        place = f"{place}, {region}"
    bare = _BARE_AGENCY.match(paragraph[match.end():].lstrip())
    if agency is None and when is not None and not match["sep"] and bare is not None:
        agency = bare["agency"]
    return Dateline(place=_title_case(place), publisher=agency, when=when)


# "NAROWAL: ...", "PESHAWAR: ...": a place in capitals and a colon, as South Asian
# papers open a report; and a transcript's speaker labels, which look the same.
_CAPITALS_COLON = re.compile(r"^(?P<place>[A-Z][A-Z.'\-]{3,}(?: [A-Z][A-Z.'\-]+){0,2}):[ \t]+"
                             r"(?=[A-Z])")
_LABEL_LINE = re.compile(r"(?m)^[A-Z][A-Z.'\-]+(?:[ ,][A-Z][A-Za-z.'\-]*){0,6}:[ \t]")


def capitals_colon_length(text: str) -> int:
    """How many characters a dateline "NAROWAL: " takes at the start of ``text``, or 0:
    a place in capitals before a colon and a sentence in the third person, in a text
    with no other line so labelled (a transcript's "KWON: And here in Seoul ...")."""
    match = _CAPITALS_COLON.match(text)
    if match is None or match["place"].split()[0] in _KICKERS:
        return 0
    rest = text[match.end():].split("\n")[0].strip()
    if len(rest.split()) < 8 or not rest.endswith((".", '"', "\u201d")) or (
            _FIRST_PERSON.search(rest) or _headline_case(rest)):
        return 0
    return match.end() if len(_LABEL_LINE.findall(text)) == 1 else 0


# A Korean outlet's credit before its lead: "[Asia Economy Reporter Kim Min-su]",
# "[Seoul=Yonhap News]".
_BRACKET_CREDIT = re.compile(r"^\[[^\[\]\n]{0,60}(?:\b(?:[Rr]eporter|[Cc]orrespondent|[Ss]taff "
                             r"[Ww]riter)\b|=)[^\[\]\n]{0,60}\]\s*")


def credit_length(paragraph: str) -> int:
    """How many characters a bracketed credit takes at the start of ``paragraph``."""
    match = _BRACKET_CREDIT.match(paragraph)
    return match.end() if match else 0


def stamp_length(paragraph: str) -> int:
    """How many characters a date stamp glued to the start of ``paragraph`` takes (with
    the space after it), or 0: "date 2022-02-25 Nigeria's Minister ..." -> 16. The
    stamp is the page's date, no day the first sentence names."""
    match = _STAMP.match(paragraph)
    if match is None or parse_date_text(match["date"]) is None:
        return 0
    return len(paragraph) - len(paragraph[match.end():].lstrip())


def dateline_length(paragraph: str) -> int:
    """How many characters a wire dateline takes at the start of ``paragraph`` (with
    the space after it), or 0: "SEOUL, South Korea (AP) — North ..." -> 26."""
    for form in (_DATE_THEN_PLACE, _DOTTED_DATELINE):
        match = form.match(paragraph)
        if match is not None and parse_dateline(paragraph) is not None:
            return match.end()
    slashed = _SLASHED_DATELINE.match(paragraph)
    if slashed is not None and parse_dateline(paragraph) is not None:
        return slashed.end()
    first = _AGENCY_FIRST.match(paragraph)
    if first is not None:
        rest = dateline_length(paragraph[first.end():])
        return first.end() + rest if rest and parse_dateline(paragraph) else 0
    match = (_AGENCY_THEN_DATE.match(paragraph) or _DATED_LEAD.match(paragraph)
             or _DATELINE.match(paragraph))
    dateline = parse_dateline(paragraph) if match else None
    if not match or dateline is None:
        return 0
    end = match.end()
    end += len(paragraph[end:]) - len(paragraph[end:].lstrip())
    bare = _BARE_AGENCY.match(paragraph[end:])
    if bare is not None and dateline.publisher == bare["agency"]:
        end = bare.end() + end
    return end


def _split_agency(agency: str | None) -> tuple[str | None, WrittenDate | None]:
    """ "UrduPoint News / Sputnik - 03rd February, 2021" -> the agency and its date."""
    if agency is None:
        return None, None
    agency = agency.strip()
    alone = parse_date_text(agency)  # "MEXICO, (September 21, 2021).-": a date, no agency
    if alone is not None and alone.year is not None:
        return None, alone
    match = _AGENCY_DATE.match(agency)
    if match:
        when = parse_date_text(match["date"])
        if when is not None:
            return match["name"].strip(), when
    return agency, None


_AGENCY_ACRONYM = re.compile(r"^[A-Z]{3,5}$")  # "IRNA", "AFP", "TASS" after the place


def _connected_place(place: str) -> bool:
    """ "Port of Spain", "Rio de Janeiro": a name joined by a particle, and no words of a
    role or a body in it ("Minister of Health" opens a sentence, not a dateline)."""
    words = place.lower().split()
    lex = lexicon()
    return bool(re.search(rf" {_CONNECTOR} ", place)) and not any(
        w in lex.titles or w in lex.person_nouns or w in lex.org_nouns for w in words)


def _agency_region(match: re.Match[str], place: str) -> bool:
    return bool(match["region"] and not place.isupper() and _AGENCY_ACRONYM.match(
        match["region"]) and match["sep"] in ("--", "—", "–", "-"))


def _dateline_is_plausible(match: re.Match[str], place: str, when: WrittenDate | None) -> bool:
    """Guard against an ordinary sentence that happens to fit the dateline pattern."""
    if match["date"] and when is None:
        return False
    if _agency_region(match, place):
        return True  # "Tehran, IRNA – Iranian Foreign Ministry spokesman .."
    if _connected_place(place) and match["sep"] in ("--", "—", "–"):
        return True  # "Port of Spain – National Security Minister ..."

    if match["agency"]:
        return bool(match["sep"]) or when is not None or place.isupper()
    if (match["sep"] == ":" or match["sep"] in ("--", "\u2014", "\u2013") and not place.isupper()
            ) and not match["region"] and when is None:
        # "Muscat: Shaikh Jasim ... has said that ...", "Rabat – ...": a known place
        # before a sentence (not a speaker's label, nor a headline's "Tunisia: Ministry
        # warns of fake news")
        rest = match.string[match.end():].split("\n")[0].strip()
        return place.lower() in capitals_and_countries() and len(rest.split()) >= 8 and (
            rest.endswith((".", "!", "?", '"', "\u201d")) and not _headline_case(rest))
    if place.isupper() and match["sep"] == "-" and len(place) >= 4 and not when:
        # "MONROVIA, LIBERIA - Deputy Press Secretary ... says ...": a single hyphen
        # after a place in capitals, before a sentence
        rest = match.string[match.end():].split("\n")[0].strip()
        return len(rest.split()) >= 4 and rest.endswith((".", "!", "?", '"', "\u201d")) and (
            not _headline_case(rest))
    return bool(when) or (place.isupper() and match["sep"] in ("--", "—", "–"))


def _title_case(place: str) -> str:
    """ "SEOUL" -> "Seoul", "SAN JOSE, Calif." -> "San Jose, Calif."; mixed case is kept."""
    parts = place.split(", ")
    return ", ".join(
        re.sub(r"[^\W\d_]+", lambda m: m[0].capitalize(), part) if part.isupper() else part
        for part in parts
    )


# --------------------------------------------------------------------------- units


def split_units(body: str) -> list[str]:
    """Paragraph units: each line, except that a hard-wrapped block is one unit."""
    units: list[str] = []
    for block in body.split("\n\n"):
        lines = [line for line in block.split("\n") if line]
        if _is_hard_wrapped(lines):
            units.append("\n".join(lines))
        else:
            units.extend(lines)
    return units


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Prose wrapped at a fixed width (even full lines, shorter last line, lowercase
    carry-over), or broken mid-sentence at every line, as text copied from a page's
    markup often is ('"Certainly' / 'it's worrying if ... are now' / 'available," said')."""
    if len(lines) < 2:
        return False
    full = [len(line) for line in lines[:-1]]
    carried = any(line[0].islower() for line in lines[1:])
    fixed_width = (
        min(full) >= 40
        and max(full) <= 100
        and max(full) - min(full) <= 30
        and len(lines[-1]) <= max(full)
    )
    broken_mid_sentence = (
        all(not _TERMINAL.search(line) for line in lines[:-1])
        and all(len(line) >= 30 for line in lines[1:-1])
        and bool(_TERMINAL.search(lines[-1]))
    )
    return carried and (fixed_width or broken_mid_sentence)


_TERMINAL = re.compile(r"[.!?…][\"'”’)\]»]*$")


def is_sentence(unit: str) -> bool:
    """Reads as a sentence: three words or more, lowercase letters, final punctuation."""
    words = unit.split()
    return (
        len(words) >= 3
        and bool(_TERMINAL.search(unit))
        and any(char.islower() for char in unit)
        and (unit[0].isupper() or unit[0].isdigit() or unit[0] in "\"'“‘([")
    )


# --------------------------------------------------------------------------- boilerplate

# jusText settings, tuned for text that has one paragraph per unit and no HTML markup:
# units shorter than LENGTH_LOW are judged by their neighbours only (menu items are
# 4-25 characters); a unit of LENGTH_HIGH or more with STOPWORDS_HIGH stopwords is
# article text on its own; one with fewer than STOPWORDS_LOW stopwords is boilerplate.
LENGTH_LOW = 30
LENGTH_HIGH = 100
STOPWORDS_LOW = 0.2
STOPWORDS_HIGH = 0.3
_STOPLIST = justext.get_stoplist("English")


@dataclass(frozen=True)
class _Verdict:
    """jusText's context-free class ("short", "neargood", "good", "bad") and final one."""

    first: str
    final: str


def classify_units(units: list[str]) -> list[_Verdict]:
    """Run jusText over the units, wrapped one per ``<p>`` in a small HTML page."""
    page = "".join(f"<p>{html.escape(unit)}</p>" for unit in units)
    paragraphs = justext.justext(
        f"<html><body>{page}</body></html>",
        _STOPLIST,
        length_low=LENGTH_LOW,
        length_high=LENGTH_HIGH,
        stopwords_low=STOPWORDS_LOW,
        stopwords_high=STOPWORDS_HIGH,
        no_headings=True,
    )
    verdicts = [_Verdict("bad", "bad")] * len(units)
    for paragraph in paragraphs:
        index = re.search(r"p\[(\d+)\]$", paragraph.xpath)
        if index and int(index[1]) <= len(units):
            verdicts[int(index[1]) - 1] = _Verdict(paragraph.cf_class, paragraph.class_type)
    return verdicts


_END_MARKER = re.compile(
    r"^(?:\(?END\)?|\d+\s+comments?|(?:reader |readers' |show |view |see |all )?comments?"
    r"(?:\s*\(\d+\))?|(?:leave|post|add|write) (?:a|your) (?:reply|comment)"
    r"|(?:join|start) the (?:discussion|conversation)|discussion"
    r"|related(?: articles| stories| news| coverage| content| links| topics)?"
    r"|more (?:on|about) this (?:story|topic)"
    r"|(?:most|top) (?:popular|read|viewed|shared)(?: stories| articles)?|latest news"
    r"|recommended(?: for you)?|you (?:may|might) also like|read (?:more|next)|more from .{1,40}"
    r"|trending(?: now)?|also read|see also)\s*:?$",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(
    r"©|\bcopyright\b|all rights reserved|\bsubscribe\b|newsletter|\bcookies?\b|\bclick\b"
    r"|sign up|log ?in\b|advertisement|terms of (?:use|service)|privacy policy|https?://|www\.|@",
    re.IGNORECASE,
)
# Labels and teasers inside an article, which jusText keeps for their good neighbours.
_INLINE_JUNK = re.compile(
    r"^(?:advertisement|ad|sponsored(?: content)?|story continues below(?: advertisement)?"
    r"|continue reading(?: below)?|scroll to continue(?: with content)?"
    r"|share(?: this)?(?: article| story)?|(?:related|read more|also read|see also)\s*:.{0,150}"
    r"|(?-i:RELATED|READ MORE|READ ALSO|ALSO READ|SEE ALSO) [^.!?]{1,150})$",  # a linked headline
    re.IGNORECASE,
)
# A picture's caption: a line or two ending in its credit ("... strategy. Picture: NCA
# NewsWire/Bianca De Marchi", "(file photo). Photograph:(Reuters)", "(AP Photo/Ahn
# Young-joon)", "File Photo by Stephen Shaver/UPI").
_CAPTION = re.compile(
    r"(?:^|[.!?)\]\s])\s*(?:(?i:picture|photo|photograph|image|pic)s?\s*:\s*\(?"
    r"[^.:()]{1,80}\)?|\((?:[A-Z][\w.]*\s)?(?i:photo|file photo|picture)(?:/[^()]{1,60})?\)"
    r"|(?i:file photo|photo|photograph|picture|image) (?i:by|courtesy of) [^.!?:()]{1,100}"
    r"|\((?:[A-Z][\w.&'’-]*\s?){1,4}:\s*[A-Z][^():]{1,60}\))"
    r"\s*$")  # ("... in China. File Photo by Stephen Shaver/UPI | License Photo", "...
# was not dropped.(ABC News: Matt Roberts)", the outlet and photographer of a picture)
_MAX_CAPTION = 300
# Wire credits at the foot of a story: "Kim reported from Seoul, South Korea. Associated
# Press writer Mari Yamaguchi in Tokyo contributed to this report.", "(Reporting by
# Hyonhee Shin; Editing by Tom Hogue)".
_CREDIT_SENTENCE = (r"(?:[A-Z][\w.'’-]*(?:,? (?:and )?[A-Z][\w.'’-]*){0,5}"
                    r" reported from (?:[A-Z][\w'’-]*(?:,? |(?=\.)))+"
                    r"|[^.]{0,160}\bcontributed(?: to)?(?: this| the)? report(?:ing)?"
                    r"|\((?i:additional )?(?i:reporting|writing|editing) by [^()]{1,200}\))")
_CREDIT_LINE = re.compile(rf"^(?:{_CREDIT_SENTENCE}\.?\s*)+$")
_MAX_BOILERPLATE_RUN = 10


def end_marker(units: list[str], start: int) -> int:
    """The first "Comments" / "Most popular" / "(END)" marker after the start, else the end.

    A "Related" or "Read more" box inside the article (a link or two, then the article
    going on in long paragraphs) is no end."""
    for i in range(start + 1, len(units)):
        if _END_MARKER.match(units[i]) and not (
                _INLINE_BOX.match(units[i]) and _article_goes_on(units, i)) and not (
                _ends_a_document(units, start, i)):
            return i
    return len(units)


# Lines of a document given in full inside an article: a letterhead, a date line, a
# signature ("PRESS RELEASE", "Date: 11 July 2021", "Signed:", "Sd/-").
_DOCUMENT_LINE = re.compile(r"^(?:signed:?|sd/-|press release|press statement|communiqu[eé]"
                            r"|official statement)$|^(?:date|dated|ref)\s*:", re.IGNORECASE)


def _ends_a_document(units: list[str], start: int, marker: int) -> bool:
    """Whether an "END" at ``marker`` closes a document the article reproduces, the
    article's own prose going on after it ("... Signed: ... Minister of Information
    / END / Reacting to the announcement, the drivers' union told ...")."""
    return (units[marker].strip("() ").upper() == "END"
            and any(_DOCUMENT_LINE.match(u.strip()) for u in units[start:marker])
            and marker + 1 < len(units) and is_sentence(units[marker + 1])
            and len(units[marker + 1]) >= 100)


_INLINE_BOX = re.compile(r"^(?:related|read more|also read|see also)\s*:?$", re.IGNORECASE)


def _article_goes_on(units: list[str], marker: int) -> bool:
    """Whether the units after ``marker`` (skipping one link line) are article prose:
    two long paragraphs of sentences, where a list of related stories has headlines."""
    after = units[marker + 1:marker + 4]
    if after and not is_sentence(after[0]):
        after = after[1:]  # the box's one link
    prose = [u for u in after[:2] if is_sentence(u) and len(u) >= 150]
    return len(prose) == 2


def boilerplate_run(units: list[str], verdicts: list[_Verdict], start: int) -> int:
    """Where a long run of menu-like units begins after the start: the article is over there.

    Judged context-free: jusText calls a menu "good" when a prose teaser follows it.
    """
    run = 0
    for i in range(start + 1, len(units)):
        menu_like = (verdicts[i].first == "bad" or (
            verdicts[i].first == "short" and not is_sentence(units[i])
        )) and not _listed_item(units, i)
        run = run + 1 if menu_like else 0
        if run >= _MAX_BOILERPLATE_RUN:
            return i - run + 1
    return len(units)


_LIST_ITEM = re.compile(r"^[\w][\w .,'’&()/-]{0,40}:\s+\S.{0,60}$")  # "March: 3,862,900."


def _listed_item(units: list[str], i: int) -> bool:
    """Whether unit ``i`` is an item of a list a sentence of the article introduces
    with a colon ("... the tentative vaccination plan includes:" then "February:
    850,000 people vaccinated.", "March: 3,862,900.", ...), not a menu entry."""
    while i > 0 and _LIST_ITEM.match(units[i]):
        i -= 1
        if units[i].rstrip().endswith(":") and len(units[i].split()) >= 8:
            return True
    return False


def article_units(units: list[str], verdicts: list[_Verdict], start: int) -> list[int]:
    """Indexes of the article's units from ``start`` on: jusText's good ones and sentences."""
    kept = {start} | {i for i in range(start, len(units)) if verdicts[i].final == "good"}
    _rescue_inner_sentences(units, kept)
    _rescue_tail_sentences(units, verdicts, kept)
    return [i for i in sorted(kept) if i == start or not (
        _INLINE_JUNK.match(units[i]) or _CREDIT_LINE.match(units[i]) or is_caption(units[i]))]


_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,300}>")  # an HTML tag left in a page's text


def is_caption(unit: str) -> bool:
    unit = _TAG.sub("", unit)  # ('... by Stephen Shaver/UPI | <a href="...">License Photo</a>')
    return len(unit) <= _MAX_CAPTION and _CAPTION.search(unit) is not None


def _rescue_inner_sentences(units: list[str], kept: set[int]) -> None:
    """A sentence between two kept units is article text, whatever jusText thought of it."""
    first, last = min(kept), max(kept)
    for i in range(first + 1, last):
        if i not in kept and _is_plain_sentence(units[i]):
            kept.add(i)


def _rescue_tail_sentences(units: list[str], verdicts: list[_Verdict], kept: set[int]) -> None:
    """Short final sentences, which jusText drops for lack of a good neighbour below."""
    for i in range(max(kept) + 1, len(units)):
        if verdicts[i].first == "bad" or not _is_plain_sentence(units[i]):
            return
        kept.add(i)


# --------------------------------------------------------------------------- header lines

_BYLINE = re.compile(r"^By:?\s+(?P<name>\S.{0,79})$")
_NAME_PARTICLES = frozenset(
    {"and", "de", "da", "del", "van", "von", "der", "den", "la", "le", "bin", "in"}
)
_CLOCK = (r"(?:\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,5}(?:[+-]\d{1,2})?)?"
          r"|[0-2]\d[0-5]\d\s+(?:GMT|UTC|[A-Z]{1,3}T)\b)")  # ("0246 GMT June 08, 2021")
_PUBLISHED = re.compile(  # "Published: 14:32 GMT, 12 January 2022", "Updated on Tue, Jan 5"
    # (a label may be glued to the word before it: "KabulUpdated: Sep 13, 2021")
    rf"(?:\b|(?<=[a-z])(?=[A-Z]))"
    rf"(?P<label>(?i:first published|published|posted|last updated|updated|update|modified"
    rf"|aired|issued))"
    rf"(?:\s+(?i:on))?\s*:?\s*(?:{_CLOCK},?\s+)?"
    rf"(?:(?i:{'|'.join(_WEEKDAYS)}|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+)?"
    rf"(?P<date>{_DATE})"
)
_STAMP = re.compile(rf"\b(?i:date[d]?)\s*(?::-?|-)?\s*(?P<date>{_DATE})")  # "Date:- 11 Feb 2021"
_DATE_LINE = re.compile(  # "March 5, 2024", "Tuesday, March 5, 2024 14:02 KST",
    # "June 10, 2021 7:42 AM UTC", "June 10, 2021 7:42 PM GMT+9 Updated 2 hours ago"
    r"^(?:[A-Z][\w.&']*(?: [A-Z][\w.&']*){0,3}(?:\s+[-–—|]|(?:\s*,)+)\s+"  # "KYODO NEWS -
    # Jun 4, 2021", a byline before the date: "Sama Osama, , Sunday 1 Mar 2020"
    r"|[A-Z]{2,12}(?: [A-Z]{2,12}){0,2}\s+"  # "NEWS 07.11.2022 14:50" (a section label)
    r"|\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?,?\s+)?"  # "16:01 JST,
    # March 3, 2022": the time first
    rf"(?:(?:{'|'.join(_WEEKDAYS)}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?),?\s+)?"
    rf"(?P<date>{_DATE})"
    r"(?:,?\s+(?:at\s+)?(?:\d{1,2}[:.]\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?"
    r"|\d{1,2}\s*[AaPp]\.?[Mm]\.?)(?:\s+[A-Z][a-z]+\s+Time)?)?"  # "at 5 PM Aden Time"
    r"(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d\d)?)?\)?)?"
    r"(?:\s*[|·-]?\s*(?i:updated|last updated)\b.{0,40}|(?<=\d)\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?"
    r"|\s+[-–—|]\s+\d{1,2}[:.]\d\d"  # "... - 19:45 | Japan, World", "... am Views - 8653"
    r"|\s+(?i:views?|reads?|hits?)\s*[-–:]?\s*[\d,]+"
    r"|\s+(?i:printer|print|share|email))?(?:\s+[|·]\s.{0,60})?:?$"  # a button's label after
    # it, "· Source: Xinhua News Agency", a colon ("Thu 21 October 2021:")
)  # ... and "2021.09.13 18:21Nation": a section label glued to the time
_CREDIT = re.compile(r"^\([^()]{1,60}\)$")


def parse_byline(unit: str) -> str | None:
    """ "By Kim Soo-yeon" -> "Kim Soo-yeon"; "By the end of May" is no byline."""
    match = _BYLINE.match(unit)
    if not match:
        return None
    name = match["name"].strip(" ,|-–—")
    words = name.replace(",", " ").split()
    if not words or len(words) > 10:
        return None
    for word in words:
        letters = [char for char in word if char.isalpha()]
        if letters and not letters[0].isupper() and word.lower() not in _NAME_PARTICLES:
            return None
    return name


def _is_update(label: str) -> bool:
    return re.search("updat|modif", label, re.IGNORECASE) is not None


def slashed_readings(text: str) -> list[datetime.date]:
    """Both calendar days "10/03/2022" can be (10 March, 3 October); [] unless it is
    a slashed date that :func:`parse_date_text` leaves unread as either."""
    slashed = _SLASHED.match(text.strip())
    if not slashed or parse_date_text(text) is not None:
        return []
    a, b, year = int(slashed["a"]), int(slashed["b"]), int(slashed["y"])
    year += 2000 if year < 100 else 0
    return [d for d in (_make_date(year, b, a), _make_date(year, a, b)) if d is not None]


def _ambiguous_lines(unit: str) -> list[tuple[str, list[datetime.date]]]:
    """ "Issued on: 10/03/2022 - 15:04", "04/01/2022 01:47 PM": a "Published" line, or a
    line that is only a date, whose date reads either way."""
    found = [(match[0], readings) for match in _PUBLISHED.finditer(unit)
             if not _is_update(match["label"])
             and len(readings := slashed_readings(match["date"])) == 2]
    line = unit.strip()
    if not found and len(line) <= 60 and (match := _DATE_LINE.match(line)) and len(
            readings := slashed_readings(match["date"])) == 2:
        found.append((line, readings))
    return found


def _published_lines(unit: str) -> list[tuple[bool, datetime.date, str]]:
    """Dates of "Published : Mar 23, 2020 - 11:58" lines, flagged True when "Updated"."""
    found = []
    for match in _PUBLISHED.finditer(unit):
        when = parse_date_text(match["date"])
        day = when.full() if when else None
        if day is not None:
            found.append((_is_update(match["label"]), day, f"'{match[0]}' line"))
    return found


# A content system's timestamp, whatever is glued around it on a short header line:
# "2021-12-24 09:05:49Xinhua Editor : Li Yan", "China Daily Global| 2020-03-06 13:52:55|".
_CMS_STAMP = re.compile(r"(?<!\d)(?P<date>\d{4}-\d{2}-\d{2})[ T]\d{2}:\d{2}(?::\d{2})?(?!\d)")


def _stamp(unit: str) -> tuple[datetime.date, str] | None:
    """A "date 2020-03-23" stamp, a line that is only a date, or a short line with a
    content system's date and time."""
    unit = unit.strip().lstrip("•·*▪‣◦-–— ")  # "• September 13, 2021" in a list of facts
    patterns = (_STAMP, _DATE_LINE, _CMS_STAMP) if len(unit) <= 120 else (_STAMP, _DATE_LINE)
    for pattern in patterns:
        match = pattern.search(unit)
        when = parse_date_text(match["date"]) if match else None
        if when is not None and when.full() is not None:
            return when.full(), f"'{match[0].strip()}' stamp"
    return None


def _is_meta(unit: str) -> bool:
    return bool(
        parse_byline(unit) or _published_lines(unit) or _stamp(unit) or _CREDIT.match(unit)
    )


# Lines that look like titles but are picture captions, credits or list items:
# "Photo : YONHAP News", "... in Hangzhou. (Chinatopix via AP)", "• JMH Summary".
_NOT_A_TITLE = re.compile(
    r"^(?:(?i:photo|image|picture|file photo|video|graphic|caption|date|source|posted"
    r"|published|updated)\s*[:|/]|[^\w\"'“‘(\[])"
    r"|\([^()]{1,80}\)$"
)


# A title may end in an abbreviation: "...: State Dept.", "... in the U.S."
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:Dept|Govt?|Min|Ministry|Corp|Inc|Co|Ltd|Jr|Sr|Gen|Sen|Rep|Adm|Col|Lt|Sgt|Prof"
    r"|Dr|Amb|Pres|Sec|Assn|Intl|Natl|No|vs)|\b(?:[A-Z]\.)+[A-Z])\.$"
)


def is_heading(unit: str) -> bool:
    """A title-like line: 3 to 30 words on one line, no final period (unless the words
    are in headline case), not a byline or date."""
    if ("\n" in unit or len(unit) > 250 or _END_MARKER.match(unit)
            or (unit.endswith(".") and not _ABBREVIATION_END.search(unit)
                and not _headline_case(unit))
            or _NOT_A_TITLE.search(unit)):
        return False
    words = [word for word in unit.split() if any(char.isalpha() for char in word)]
    if len(words) <= 4 and not any(char.islower() for char in unit):
        return False  # "THE ASSOCIATED PRESS", "WORLD NEWS": a credit or a section
    return 3 <= len(words) <= 30 and not _is_meta(unit)


_MINOR_WORDS = frozenset({
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of",
    "off", "on", "or", "over", "per", "the", "to", "up", "via", "vs", "with"})


def _headline_case(unit: str) -> bool:
    """ "Japan Promises to Match China's Threats Ship for Ship.": every word but the
    minor ones capitalised, as headlines are and sentences (with their verbs) are not."""
    words = [w.strip("\"“”‘’'(),.:;!?") for w in unit.split()]
    words = [w for w in words if w and any(c.isalpha() for c in w)]
    major = [w for w in words[1:] if w.lower() not in _MINOR_WORDS]
    return len(words) >= 5 and len(major) >= 4 and all(w[:1].isupper() for w in major)


def find_title(header: list[str]) -> str | None:
    """The heading nearest before the byline / date lines, else nearest before the body."""
    meta = [i for i, unit in enumerate(header)
            if parse_byline(unit) or _published_lines(unit) or _stamp(unit)]
    limits = [*meta, len(header)]
    for limit in limits:
        for unit in reversed(header[:limit]):
            if is_heading(unit) and not is_caption(unit) and not (  # (a photo's caption
                    _PHOTO_CREDIT.match(unit) or _HIGHLIGHT.match(unit)):  # or credit under
                return unit  # it, or the page's highlights)
    return None


@dataclass(frozen=True)
class _Header:
    title: str | None
    byline: str | None
    published: tuple[datetime.date, str] | None
    stamp: tuple[datetime.date, str] | None
    # a "Published" line with a date that reads either way ("10/03/2022"), its readings
    ambiguous: tuple[str, list[datetime.date]] | None = None
    # every full date written above the article, in a caption or anywhere: one with the
    # dateline's day gives the dateline its year
    dates: tuple[tuple[datetime.date, str], ...] = ()


def scan_header(header: list[str]) -> _Header:
    """Title, byline, "Published" line and date stamp, from the units before the body."""
    bylines = [name for name in map(parse_byline, header) if name]
    # "Published" wins over "Updated"; then the first one.
    published = sorted(
        (found for unit in header for found in _published_lines(unit)), key=lambda f: f[0]
    )
    stamps = [found for found in map(_stamp, header) if found]
    if published and published[0][0] and stamps:  # "9.3.2022 17:42 Updated 9.3.2022
        published = []  # 19:05": the first date is the day it was published
    ambiguous = [found for unit in header for found in _ambiguous_lines(unit)]
    return _Header(
        title=find_title(header),
        byline=bylines[-1] if bylines else None,
        published=published[0][1:] if published else None,
        stamp=stamps[0] if stamps else None,
        ambiguous=ambiguous[0] if ambiguous else None,
        dates=tuple((day, match[0]) for unit in header for match in re.finditer(_DATE, unit)
                    if (written := parse_date_text(match[0]))
                    and (day := written.full()) is not None),
    )


# --------------------------------------------------------------------------- the article


def find_start(units: list[str], verdicts: list[_Verdict]) -> int | None:
    """The first unit of the article: its dateline, else the first kept unit, else a sentence.

    A dateline counts only before the first end marker that follows the first kept unit,
    so that a teaser below the article cannot pose as its start.
    """
    candidates = [i for i, unit in enumerate(units) if not _is_meta(unit)]
    kept = [i for i in candidates if verdicts[i].final == "good" and not is_heading(units[i])
            and not _BOILERPLATE.search(units[i])
            and (verdicts[i].first != "short" or is_sentence(units[i]))]  # not "Home"
    if kept:  # what follows "Comments" or "Related stories" is no article's start
        kept = [i for i in kept if i < end_marker(units, kept[0])]
    best = _richest_start(units, verdicts, kept)
    limit = end_marker(units, best) if best is not None else len(units)
    for i in range(limit):
        if parse_dateline(units[i]) and not _is_meta(units[i]):  # "Thursday, June 10, ..."
            return i
    if best is not None:
        return _first_of_sentences(units, best)
    return next((i for i in candidates if is_sentence(units[i]) and not is_heading(units[i])),
                next((i for i in candidates if is_sentence(units[i])), None))


def _richest_start(units: list[str], verdicts: list[_Verdict], kept: list[int]) -> int | None:
    """The kept unit that opens the most article text before the page's next end
    marker or menu: a cookie notice or a teaser above the menus reads as prose too,
    but what follows it is a menu, not an article."""
    best, most, best_stop = None, 0, 0
    for start in kept:
        if start < best_stop:
            continue  # inside the text the best start so far already holds
        stop = min(end_marker(units, start), boilerplate_run(units, verdicts, start))
        text = sum(len(units[i]) for i in range(start, stop) if verdicts[i].final == "good")
        if text > most:
            best, most, best_stop = start, text, stop
    return best


def _first_of_sentences(units: list[str], start: int) -> int:
    """Step back over sentences just before the start: a short lead jusText could not judge."""
    while start > 0 and (_is_plain_sentence(units[start - 1]) or _introduces(units[start - 1])):
        start -= 1
    return start


def _introduces(unit: str) -> bool:
    """A sentence of the article that ends in a colon, introducing what follows it
    ("The tentative vaccination plan includes:", "The ministry said in a statement:")."""
    return (unit.rstrip().endswith(":") and len(unit.split()) >= 8 and unit[:1].isupper()
            and not _BOILERPLATE.search(unit) and not _headline_case(unit))


def _is_plain_sentence(unit: str) -> bool:
    return (is_sentence(unit) and not _BOILERPLATE.search(unit) and not _is_meta(unit)
            and not _headline_case(unit))


_TRAILING_AGENCY = re.compile(
    r"[.!?\"”’]\s*\((?P<agency>[A-Z][A-Za-z&.\-]*(?: [A-Z][\w&.\-]*){0,2})\)$"
)


def trailing_agency(text: str) -> str | None:
    """The agency signing off a wire story: "... the two leaders." (Yonhap)"."""
    match = _TRAILING_AGENCY.search(text)
    if not match or match["agency"].upper() in ("END", "ENDS", "PHOTO", "FILE"):
        return None
    return match["agency"]


def _published(
    meta: dict, header: _Header, dateline: Dateline | None, text: str, file: str,
    hints: YearHints
) -> tuple[datetime.date | None, str | None]:
    """The publication date and how it was found, by the documented precedence."""
    from_front_matter = _front_matter_date(meta, file)
    if from_front_matter is not None:
        return from_front_matter, "front matter"
    if header.published:
        return header.published
    when = dateline.when if dateline else None
    if header.ambiguous and when is not None and (read := _read_by_dateline(
            *header.ambiguous, when)):
        return read
    if header.ambiguous and (read := _read_either_way(*header.ambiguous, text)):
        return read
    if when is not None and when.full() is not None:
        return when.full(), f"dateline '{when.text}'"
    if header.stamp:
        return header.stamp
    if when is not None and when.year is None:
        same = sorted({(day, words) for day, words in header.dates
                       if (day.month, day.day) == (when.month, when.day)})
        if len({day for day, _ in same}) == 1:  # ("Putrajaya, February 10, 2022. ― pic")
            return same[0][0], (f"dateline '{when.text}' with year {same[0][0].year} from "
                                f"'{same[0][1]}' above the article")
        return _inferred(when, text, hints)
    return _lead_day(text, hints) or (None, None)


_WEEKDAY_DATE = re.compile(  # "on Wednesday, May 26", "issued Wednesday 19 May"
    rf"\b(?P<weekday>{'|'.join(_WEEKDAYS)}),?\s+(?P<date>{_MONTH}\s+\d{{1,2}}{_ORDINAL}"
    rf"|\d{{1,2}}{_ORDINAL}\s+(?:of\s+)?{_MONTH})\b(?![,\s]*\d{{4}})")


_WEEKDAY_SLASHED = re.compile(  # "Wednesday (5/1/2022) morning": day and month by weekday
    rf"\b(?P<weekday>{'|'.join(_WEEKDAYS)}),?\s*\(?(?P<date>\d{{1,2}}/\d{{1,2}}/\d{{4}})\b")


def _lead_slashed(lead: str) -> tuple[datetime.date, str] | None:
    """The lead's "Wednesday (5/1/2022)": of the two days the digits can be, the one
    that falls on the weekday named."""
    for match in _WEEKDAY_SLASHED.finditer(lead):
        weekday = _WEEKDAYS.index(match["weekday"])
        readings = slashed_readings(match["date"])
        if not readings and (when := parse_date_text(match["date"])) and when.full():
            readings = [when.full()]
        fits = sorted({d for d in readings if d.weekday() == weekday})
        if len(fits) == 1:
            said = f"{match['weekday']} {match['date']}"
            return fits[0], f"no date on the page; the lead's '{said}' falls on that weekday"
    return None


_MONTH_DAY = re.compile(  # "on the morning of October 4", "on 19 May" (no year)
    rf"\b(?:{_MONTH}\s+\d{{1,2}}{_ORDINAL}|\d{{1,2}}{_ORDINAL}\s+(?:of\s+)?{_MONTH})\b"
    r"(?![,\s]*\d{4})")
_WEEKDAY_WORD = re.compile(rf"\b(?:{'|'.join(_WEEKDAYS)})\b")


def _lead_weekday_date(lead: str) -> tuple[int, WrittenDate, str] | None:
    """The weekday and the day of the month the lead gives the news: together
    ("on Wednesday, May 26"), or apart when the lead names one day of each ("on the
    morning of October 4 ... at 7:22 am on Tuesday")."""
    match = _WEEKDAY_DATE.search(lead)
    if match and (when := parse_date_text(match["date"])):
        return _WEEKDAYS.index(match["weekday"]), when, match[0]
    days = {m[0] for m in _MONTH_DAY.finditer(lead)}
    weekdays = {m[0] for m in _WEEKDAY_WORD.finditer(lead)}
    if len(days) != 1 or len(weekdays) != 1:
        return None
    parts = lead.split("\n\n")
    first_day = next((n for n, part in enumerate(parts) if _MONTH_DAY.search(part)), 0)
    if first_day > next((n for n, part in enumerate(parts) if _WEEKDAY_WORD.search(part)),
                        len(parts)):
        return None  # (the day of the month first, or with the weekday: "said on Sunday
        # ...", then "At the briefing on April 21, ..." below, are two days)
    (day,), (weekday,) = days, weekdays
    when = parse_date_text(day)
    if when is None:
        return None
    return _WEEKDAYS.index(weekday), when, f"{day}' and '{weekday}"


def _lead_day(text: str, hints: YearHints) -> tuple[datetime.date, str] | None:
    """For a page with no date of its own: the day its lead names with a weekday ("at
    a regular press conference on Wednesday, May 26"), in the year that weekday fixes:
    from the latest year the text names (among the corpus's years if one fits), else
    among the corpus's years, else the latest up to the day of extraction. Relative
    dates then resolve against it."""
    lead = "\n\n".join(text.split("\n\n")[:3])
    if slashed := _lead_slashed(lead):
        return slashed
    found = _lead_weekday_date(lead)
    if found is None:
        return None
    weekday, when, said = found

    def fits(year: int) -> bool:
        day = _make_date(year, when.month, when.day)
        return day is not None and day.weekday() == weekday and (
            hints.today is None or day <= hints.today)

    years = named_years(text)
    counts = dict(hints.corpus_years)
    span = _corpus_span(counts, max(years)) if years else range(0)
    if years and (inside := [y for y in span if fits(y)]):
        found = max(inside, key=lambda y: (counts.get(y, 0), y))
        where = (f"within {span.start}-{span.stop - 1}, the years of the corpus, from"
                 f" {max(years)}, {_latest_words(text)}")
    elif years:
        found = next((y for y in range(max(years), max(years) + 11) if fits(y)), None)
        where = f"from {max(years)}, {_latest_words(text)}"
    elif counts:
        span = [y for y in range(min(counts) - 1, max(counts) + 2) if fits(y)]
        found = max(span, key=lambda y: (counts.get(y, 0), y)) if span else None
        where = f"within {min(counts) - 1}-{max(counts) + 1}, the years of the corpus"
    elif hints.today is not None:
        found = next((y for y in range(hints.today.year, hints.today.year - 30, -1)
                      if fits(y)), None)
        where = f"up to {hints.today.isoformat()}, the day of extraction"
    else:
        found = None
    if found is None:
        return None
    day = datetime.date(found, when.month, when.day)
    return day, (f"no date on the page; the lead's '{said}' falls in {found} (year "
                 f"inferred {where})")


def _read_by_dateline(line: str, readings: list[datetime.date], when: WrittenDate
                      ) -> tuple[datetime.date, str] | None:
    """Which reading of "04/01/2022 01:47 PM" the dateline's day gives: "KOTA BHARU,
    Jan 4 (Bernama) --" reads it 4 January."""
    same = [d for d in readings if (d.month, d.day) == (when.month, when.day)
            and when.year in (None, d.year)]
    if len(same) != 1:
        return None
    return same[0], f"'{line}' line, read day first or month first by the dateline's '{when.text}'"


def _read_either_way(line: str, readings: list[datetime.date], text: str
                     ) -> tuple[datetime.date, str] | None:
    """Which reading of "Issued on: 10/03/2022" the text's day of saying agrees with:
    "the government said Thursday" under 10 March 2022 (a Thursday), not 3 October (a
    Monday). The same day first, then the day before (filed overnight); None when
    both readings fit or neither does."""
    votes = weekday_votes(text)
    for slack, when in ((0, "the day of saying"), (1, "the day before")):
        fits = [d for d in readings if votes.get((d.weekday() - slack) % 7)]
        if len(fits) == 1:
            day = fits[0]
            said = _WEEKDAYS[(day.weekday() - slack) % 7]
            return day, (f"'{line.strip()}' line, read as {day.isoformat()}: '{said}', "
                         f"{when} in the text, falls there")
    return None


def _inferred(when: WrittenDate, text: str, hints: YearHints
              ) -> tuple[datetime.date | None, str | None]:
    inferred = infer_year(when, text, hints)
    if inferred is None:
        return None, None
    year, reason = inferred
    day = _make_date(year, when.month, when.day)
    return day, f"dateline '{when.text}' with year {year} inferred: {reason}"


_GLUED_STAMP = re.compile(r"\A(\s*date \d{4}-\d{2}-\d{2}) +(?=\S)")


def _unglue_stamp(body: str) -> str:
    """ "date 2022-05-26 Boris Johnson's official spokesperson has ...": a page store's
    date stamp run into the first line is a header line of its own."""
    return _GLUED_STAMP.sub(lambda m: m[1] + "\n\n", body, count=1)


def _body_text(body: str, file: str) -> tuple[list[str], list[str]]:
    """The header units and the article paragraphs of the body."""
    units = split_units(body)
    if not units:
        raise IngestError(f"{file}: the article has no text.")
    verdicts = classify_units(units)
    start = find_start(units, verdicts)
    if start is None:
        raise IngestError(f"{file}: no article text is left after removing boilerplate.")
    while start + 1 < len(units) and len(units[start].split()) <= 30 and (
            _HIGHLIGHT.match(units[start]) or _PHOTO_CREDIT.match(units[start])
            or _PHOTO_CREDIT.match(units[start + 1])):  # "● PM says he will get back to
        start += 1  # the Chinese Ambassador": the page's highlights above the lead, a
        # standfirst; a picture's caption and its credit ("James Oatway/Getty Images")
    end = min(end_marker(units, start), boilerplate_run(units, verdicts, start))
    if end < len(units):
        # Judge the article without what follows its end: comments and teasers read like prose.
        units, verdicts = units[:end], classify_units(units[:end])
    kept = article_units(units, verdicts, start)
    # A date line set under the standfirst ("Published 24 February 2022") is the page's
    # header too, though it stands below the article's first unit.
    under = [i for i in range(start + 1, min(start + 6, len(units))) if _is_meta(units[i])
             and not _document_date_line(units[start + 1:i + 1])]
    return ([*units[:start], *(units[i] for i in under)],
            [units[i] for i in kept if i not in under])


_HIGHLIGHT = re.compile(r"^\s*[●•▪■◆►➤]\s")
_PHOTO_CREDIT = re.compile(r"^\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}\s?/\s?[A-Z][\w.&'’-]*"
                           r"(?: [A-Z][\w.&'’-]*){0,3}\s*$")  # "Jo Bloggs/Getty Images"


def _document_date_line(units: list[str]) -> bool:
    """Whether the last of ``units`` dates a document the article gives in full, not the
    page: "Date: 11 July 2021" under a letterhead ("PRESS RELEASE") in capitals."""
    line = units[-1].strip()
    return bool(dates.document_dates(line, None)) and any(
        unit.isupper() and len(unit) < 80 for unit in units[:-1])


def parse_article(raw: str, file: str, hints: YearHints = YearHints()) -> Article:
    """The pure core: normalised text in, :class:`Article` out (``hints`` bound the
    year of a dateline that has none; see :func:`infer_year`)."""
    meta, body = split_front_matter(normalize_text(raw), file)
    header_units, paragraphs = _body_text(_unglue_stamp(normalize_text(body)), file)
    text = "\n\n".join(paragraphs)
    header = scan_header(header_units)
    dateline = parse_dateline(paragraphs[0])
    published, basis = _published(meta, header, dateline, text, file, hints)
    found: dict[str, Any] = {
        "title": header.title,
        "publisher": (dateline.publisher if dateline else None) or trailing_agency(text),
        "byline": header.byline,
        "place": dateline.place if dateline else None,
        "url": None,
    }
    for key in _FRONT_MATTER_TEXT_KEYS:
        found[key] = _front_matter_text(meta, key, file) or found[key]
    return Article(
        file=file,
        text=text,
        published=published,
        published_basis=basis,
        content_hash="sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest(),
        meta=meta,
        **found,
    )


def read_article(path: pathlib.Path, hints: YearHints = YearHints()) -> Article:
    """Read a seed file and parse it; the Article's ``file`` is the bare file name."""
    return parse_article(decode_bytes(pathlib.Path(path).read_bytes()), pathlib.Path(path).name,
                         hints)
