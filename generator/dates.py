"""Find date phrases in English news text and resolve them against the publication date.

News conventions: a bare weekday is the most recent such day on or before publication, a
bare month the most recent such month, "last week" the month holding most of that week's
days. Ambiguous phrases are matched (so no shorter phrase inside them is misread) and dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta


@dataclass(frozen=True)
class DateMention:
    start: int  # char offset in the text passed to find_dates
    end: int
    phrase: str  # text[start:end]
    value: str  # "YYYY-MM-DD", "YYYY-MM" or "YYYY"
    relation: str  # "absolute" (names a calendar date, month or year) or "relative"


Result = tuple[str, str] | None  # (value, relation); None = matched but not resolvable
Handler = Callable[[re.Match[str], dt.date | None], Result]

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_ABBREVS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
            "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
            "fifteen": 15, "twenty": 20, "thirty": 30}
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_STEP = {"last": -1, "this past": -1, "previous": -1, "this": 0, "next": 1, "this coming": 1}
_CONTEXT_ONLY = {"may", "march"}  # also an English verb: a month only in a date context
_MAY_PREPS = {"in", "since", "until", "till", "during", "through"}
_NAME_LIKE = {"april", "june", "august"}  # also given names: "June Smith said"
_FOLLOW_OK = {"and", "or", "to", "when", "as", "but", "through", "until", "after", "before",
              "that", "which", "with", "while", "where", "because", "in", "on", "at", "for"}
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "my"}


def _caps(words: Iterable[str]) -> str:
    """Alternation of the words in Title and UPPER case only: these are proper nouns."""
    forms = {f(w) for w in words for f in (str.title, str.upper)}
    return "|".join(sorted(forms, key=lambda w: (-len(w), w)))


_WD_ANY = rf"(?:{_caps(_WEEKDAYS)})\b"
_MON_FULL = rf"(?:{_caps(_MONTHS)})\b"
_MON_ABBR = rf"(?:{_caps(_ABBREVS)})"
_MON_ONLY = rf"(?P<mon>{_MON_FULL}|{_MON_ABBR}\.)"
_MON_DAY = rf"(?P<mon>{_MON_FULL}|{_MON_ABBR}(?:\.|\b))"
_YEAR = r"(?P<year>19[0-9][0-9]|20[0-9][0-9]|2100)(?![\w%]|[.,/:–-][0-9])"
_YEAR_TAIL = (rf"(?:,?\s+(?i:of\s+)?{_YEAR}"
              r"|\s+(?i:of\s+)?(?P<yrel>(?i:last|this|next))\s+(?i:year))?")
_PREP = r"(?P<prep>(?i:on|in|by|since|until|till|from|through|during|before|after))"
_MOD = r"(?P<mod>(?i:earlier|later|early|mid|late|(?:the\s+)?(?:end|start|beginning|middle)\s+of))"
_REL = r"(?P<rel>(?i:this\s+past|this\s+coming|last|this|next))"
_DAY = r"(?<![0-9.,/$–-])(?P<day>[0-9]{1,2})(?i:st|nd|rd|th)?(?![0-9]|[.,:/–-][0-9])"  # no ranges
_NUM_WORDS = "|".join(sorted(_NUMBERS, key=lambda w: (-len(w), w)))
_NUM = rf"(?P<num>(?i:a\s+few|a\s+couple\s+of|several|{_NUM_WORDS})|[0-9]{{1,3}})"
_STRONG = r"(?:in\s+)?(?:early|mid|late)|in|during|throughout|since|until|till|by|before|after"
_EDGE = r"(?:by\s+|at\s+)?(?:the\s+)?(?:end|start|beginning|middle)\s+of"


def _norm(words: str | None) -> str:
    return " ".join((words or "").lower().split())


def _day(d: dt.date) -> str:
    return d.isoformat()


def _month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _month_num(word: str) -> int:
    w = word.lower().rstrip(".")
    return _ABBREVS.get(w) or _MONTHS.index(w) + 1


def _count(words: str | None) -> int | None:
    w = _norm(words)
    return int(w) if w.isdigit() else _NUMBERS.get(w)


def _blocked(m: re.Match[str], pub: dt.date | None) -> Result:
    return None


def _proper_noun(m: re.Match[str]) -> bool:
    """A capitalised word mid-sentence ("USA Today") is a name, not a date."""
    before = m.string[max(0, m.start() - 20):m.start()].rstrip()
    return m.group(0)[0].isupper() and bool(before) and before[-1].isalnum()


def _weekday(m: re.Match[str], pub: dt.date | None) -> Result:
    pre, week = _norm(m.group("pre")), _norm(m.group("wk"))
    if pub is None or pre == "this":
        return None
    target = _WEEKDAYS.index(m.group("wd").lower())
    if week:
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=_STEP[week])
        return _day(monday + dt.timedelta(days=target)), "relative"
    back = (pub.weekday() - target) % 7
    if pre in ("last", "this past"):
        back = back or 7
    elif pre in ("next", "this coming"):
        back = -((target - pub.weekday()) % 7 or 7)
    return _day(pub - dt.timedelta(days=back)), "relative"


def _relday(m: re.Match[str], pub: dt.date | None) -> Result:
    if pub is None or _proper_noun(m):
        return None
    text = _norm(m.group(0))
    offsets = (("before yesterday", -2), ("after tomorrow", 2), ("yesterday", -1),
               ("last night", -1), ("tomorrow", 1))
    days = next((n for key, n in offsets if key in text), 0)
    return _day(pub + dt.timedelta(days=days)), "relative"


def _ago(m: re.Match[str], pub: dt.date | None) -> Result:
    n = _count(m.group("num"))
    if pub is None or m.group("approx") or n is None:
        return None
    unit = m.group("unit").lower()
    d = pub - relativedelta(**{unit + "s": n})
    if unit in ("day", "week"):
        return _day(d), "relative"
    return (_month(d.year, d.month) if unit == "month" else f"{d.year:04d}"), "relative"


def _week(m: re.Match[str], pub: dt.date | None) -> Result:
    if pub is None:
        return None
    rel, mod = _norm(m.group("rel")), _norm(m.group("mod"))
    monday = pub - dt.timedelta(days=pub.weekday())
    if rel == "this":
        first, last = (pub, monday + dt.timedelta(days=6)) if mod == "later" else (monday, pub)
    else:
        first = monday + dt.timedelta(weeks=_STEP[rel])
        last = first + dt.timedelta(days=6)
    if (first.year, first.month) != (last.year, last.month):
        # a week across two months is dated by the month holding most of its days
        days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
        in_first = sum(d.month == first.month for d in days)
        if 2 * in_first == len(days):
            return None  # as many days in each: no month
        first = first if 2 * in_first > len(days) else last
    return _month(first.year, first.month), "relative"


def _month_rel(m: re.Match[str], pub: dt.date | None) -> Result:
    if pub is None:
        return None
    d = pub + relativedelta(months=_STEP[_norm(m.group("rel"))])
    return _month(d.year, d.month), "relative"


def _year_rel(m: re.Match[str], pub: dt.date | None) -> Result:
    if pub is None:
        return None
    return str(pub.year + _STEP[_norm(m.group("rel")) or "previous"]), "relative"


def _season(m: re.Match[str], pub: dt.date | None) -> Result:
    rel, year = _norm(m.group("rel")), m.group("year")
    if year:
        return year, "absolute"
    after = m.string[m.end():m.end() + 4]
    if pub is None or not (rel or m.group("prep")) or re.match(r"\s+of\b", after):
        return None
    start = _SEASONS[m.group("season")]
    cur_y, cur_m = (pub.year - 1, 12) if pub.month < 3 else (pub.year, pub.month // 3 * 3)
    if rel in ("last", "this past", "past"):
        return str(cur_y if start < cur_m else cur_y - 1), "relative"
    if rel in ("next", "this coming"):
        return str(cur_y if start > cur_m else cur_y + 1), "relative"
    if rel == "this":
        return str(cur_y if start == cur_m else pub.year), "relative"
    return str(pub.year if start <= pub.month else pub.year - 1), "relative"


def _month_word_ok(m: re.Match[str]) -> bool:
    word = m.group("mon").lower()
    dated = m.group("mod") or m.group("rel") or m.group("year") or m.group("yrel")
    if word in _CONTEXT_ONLY:
        possessive = m.string[m.end():m.end() + 2] in ("'s", "’s")
        return bool(dated or _norm(m.group("prep")) in _MAY_PREPS) and not possessive
    if word in _NAME_LIKE and not (dated or m.group("prep")):
        return not re.match(r"\s+[A-Z][a-z]", m.string[m.end():m.end() + 3])
    return True


def _tail_year(m: re.Match[str], pub: dt.date | None) -> int | None:
    """The year written after a month ("2020", "last year"); None if absent or unresolvable."""
    if m.group("year"):
        return int(m.group("year"))
    if m.group("yrel") and pub is not None:
        return pub.year + _STEP[_norm(m.group("yrel"))]
    return None


def _month_only(m: re.Match[str], pub: dt.date | None) -> Result:
    mon, year = _month_num(m.group("mon")), _tail_year(m, pub)
    if not _month_word_ok(m) or (year is None and pub is None):
        return None
    if year is None and pub is not None:
        rel = _norm(m.group("rel"))
        if rel in ("last", "this past"):
            year = pub.year if mon < pub.month else pub.year - 1
        elif rel in ("next", "this coming"):
            year = pub.year if mon > pub.month else pub.year + 1
        else:
            year = pub.year if rel == "this" or mon <= pub.month else pub.year - 1
    return _month(year, mon), "absolute"


def _calendar(year: int | None, month: int, day: int, pub: dt.date | None) -> Result:
    """A full date; without a year, the most recent one on or before publication."""
    years = [year] if year is not None else range(pub.year, pub.year - 9, -1) if pub else []
    for y in years:
        try:
            d = dt.date(y, month, day)
        except ValueError:
            continue
        if year is not None or pub is None or d <= pub:
            return _day(d), "absolute"
    return None


def _day_date(m: re.Match[str], pub: dt.date | None) -> Result:
    if m.group("yrel") and pub is None:
        return None
    return _calendar(_tail_year(m, pub), _month_num(m.group("mon")), int(m.group("day")), pub)


def _ordinal_day(m: re.Match[str], pub: dt.date | None) -> Result:
    """ "on the 18th": the day of the month the report is in, or of the month before
    when that day is still to come (translated Korean and Japanese copy dates so)."""
    if pub is None:
        return None
    day = int(m.group("nth"))
    month = dt.date(pub.year, pub.month, 1)
    if day > pub.day:
        month -= relativedelta(months=1)
    try:
        return _day(month.replace(day=day)), "relative"
    except ValueError:
        return None


def _numeric(m: re.Match[str], pub: dt.date | None) -> Result:
    return _calendar(int(m.group("y")), int(m.group("mo")), int(m.group("d")), pub)


def _year_only(m: re.Match[str], pub: dt.date | None) -> Result:
    if m.group("strong") or m.group("edge") or _bare_year_ok(m):
        return m.group("year"), "absolute"
    return None


def _bare_year_ok(m: re.Match[str]) -> bool:
    """'2019.' or '2019 and' or 'the 2019 election' are years; '2019 people' is a count."""
    word = re.match(r"[^\S\n]*(\w*)", m.string[m.end():m.end() + 30]).group(1)
    if not word or word.lower() in _FOLLOW_OK:
        return True
    prev = re.search(r"(\w+)\W*$", m.string[max(0, m.start() - 20):m.start()])
    return not m.group("weak") and bool(prev) and prev.group(1).lower() in _DETERMINERS


def _quarter(m: re.Match[str], pub: dt.date | None) -> Result:
    return m.group("year"), "absolute"


_D2, _D4 = "[0-9]{1,2}", "[0-9]{4}"
_NUMERIC = rf"\b(?:{_PREP}\s+)?(?<![\w/.-]){{}}(?![\w/-]|\.[0-9])"
_RULES: tuple[tuple[re.Pattern[str], Handler], ...] = tuple((re.compile(rx), fn) for rx, fn in (
    (rf"\b(?:(?P<pre>(?i:(?:early|late)\s+on|on|by|since|until|till|from|before|after|last|next|"
     rf"this\s+past|this\s+coming|this|early|late))\s+)?(?P<wd>{_WD_ANY})"
     r"(?:\s+(?i:morning|afternoon|evening|night))?"
     r"(?:\s+(?P<wk>(?i:last|this|next))\s+(?i:week)\b)?", _weekday),
    (rf"\b(?:Black|Cyber|Good|Super|Ash|Maundy|Palm|Easter|Bloody|Holy|Shrove)\s+{_WD_ANY}",
     _blocked),
    (r"\b(?i:(?:earlier\s+|later\s+)?today|tonight|the\s+day\s+before\s+yesterday|"
     r"(?:earlier|later)\s+(?:in|on)\s+the\s+day|"
     r"the\s+day\s+after\s+tomorrow|(?:late\s+)?last\s+night|"
     r"(?:yesterday|tomorrow|this)(?:\s+(?:morning|afternoon|evening))|yesterday|tomorrow)\b",
     _relday),
    (r"\b(?:(?P<approx>(?i:more\s+than|less\s+than|over|under|nearly|almost|about|around|"
     rf"roughly|some|at\s+least))\s+)?{_NUM}\s+(?P<unit>(?i:day|week|month|year))s?\s+(?i:ago)\b",
     _ago),
    (r"\b(?i:the\s+(?:last|past|next|coming)\s+(?:week|month|year))\b", _blocked),
    (r"\b(?:(?P<mod>(?i:earlier|later|early|late))\s+)?(?P<rel>(?i:this|last|next))\s+(?i:week)\b",
     _week),
    (rf"\b(?:{_MOD}[\s-]+)?(?P<rel>(?i:this|last|next))\s+(?i:month)\b", _month_rel),
    (rf"\b(?:{_MOD}[\s-]+)?(?:(?P<rel>(?i:this|last|next))|(?i:the\s+previous))\s+(?i:year)\b",
     _year_rel),
    (r"\b(?:(?P<prep>(?i:in|during|since|until|by|through|over))\s+)?(?:(?i:the)\s+)?"
     r"(?:(?i:early|mid|late)[\s-]+)?(?:(?P<rel>(?i:this\s+past|this\s+coming|last|this|next|"
     rf"past))\s+)?(?P<season>spring|summer|autumn|fall|winter)\b(?:\s+(?i:of\s+)?{_YEAR})?",
     _season),
    (rf"\b(?:{_PREP}\s+)?(?:{_MOD}[\s-]+)?(?:{_REL}\s+)?{_MON_ONLY}{_YEAR_TAIL}", _month_only),
    # (a weekday before the date may put it in brackets: "on Tuesday (July 27)")
    (rf"\b(?:{_PREP}\s+)?(?:{_WD_ANY}(?:,?\s+|\s+\((?=[^()]{{1,20}}\))))?{_MON_DAY}\s+{_DAY}"
     rf"{_YEAR_TAIL}(?:(?<=\d)\))?", _day_date),
    (rf"\b(?:{_PREP}\s+)?(?:{_WD_ANY}(?:,?\s+|\s+\((?=[^()]{{1,20}}\))))?(?:(?i:the)\s+)?{_DAY}"
     rf"\s+(?:(?i:of)\s+)?{_MON_DAY}{_YEAR_TAIL}(?:(?<=[\w.])\))?", _day_date),
    # "on the 18th", "On the 3rd, ...", with nothing after it that it numbers ("the 18th
    # century", "the 3rd round" are no days)
    (r"\b(?i:on)\s+(?i:the)\s+(?P<nth>[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)\b"
     r"(?=\s*[,.;:)]|\s+(?:that|at|in|to|and|when|of\s+(?:this|last)\s+month)\b)", _ordinal_day),
    (_NUMERIC.format(rf"(?P<y>{_D4})(?P<sep>[-/])(?P<mo>{_D2})(?P=sep)(?P<d>{_D2})"), _numeric),
    (_NUMERIC.format(rf"(?P<mo>{_D2})/(?P<d>{_D2})/(?P<y>{_D4})"), _numeric),  # US M/D/Y
    (_NUMERIC.format(rf"(?P<d>{_D2})\.(?P<mo>{_D2})\.(?P<y>{_D4})"), _numeric),  # D.M.Y
    (rf"\b(?:{_PREP}\s+)?(?:(?:(?i:the)\s+)?(?i:first|second|third|fourth|final|last|1st|2nd|"
     rf"3rd|4th)[\s-]+(?i:quarter|half)\s+(?i:of\s+)?|(?:Q[1-4]|H[12])\s+){_YEAR}", _quarter),
    (rf"\b(?:(?P<strong>(?i:{_STRONG}))[\s-]+|(?P<edge>(?i:{_EDGE}))\s+|"
     rf"(?P<weak>(?i:of|from|for))\s+|(?<![\w$£€#.,/:–-])){_YEAR}", _year_only),
))


def _apply(handler: Handler, m: re.Match[str], published: dt.date | None) -> Result:
    try:
        return handler(m, published)
    except (ValueError, OverflowError):  # arithmetic beyond year 1..9999
        return None


def _candidates(text: str, published: dt.date | None) -> list[tuple[int, int, int, Result]]:
    found = []
    for index, (rx, handler) in enumerate(_RULES):
        for m in rx.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), m.end(), index, _apply(handler, m, published)))
    return found


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """Every date phrase in text, resolved against the publication date, in text order,
    non-overlapping (longest match wins; a longer unresolvable phrase hides what it covers).
    After a document's own date line ("Date: 11 July 2021" in a press release given in
    full), phrases are resolved against that day instead: its "met today" is that day."""
    cuts = [(0, published)]
    for doc in document_dates(text, published):
        cuts += [(doc.start, doc.day), (doc.end, published)]
    mentions = []
    for (start, base), (end, _) in zip(cuts, [*cuts[1:], (len(text), None)], strict=True):
        mentions += [DateMention(m.start + start, m.end + start, m.phrase, m.value, m.relation)
                     for m in _find_dates(text[start:end], base)]
    return mentions


@dataclass(frozen=True)
class DocumentDate:
    """A document's line dating it, inside an article: "Date: 11 July 2021"; the
    document runs from there to its end mark ("(Ends)", "###") or the article's end."""

    start: int
    end: int
    day: dt.date
    line: str


_DOCUMENT_DATE = re.compile(
    r"(?im)^[ \t]*(?:date|dated|issued(?: on)?|release date|date of (?:issue|release))"
    r"[ \t]*[:\-\u2013][ \t]*(?P<date>[^\n]{6,40}?)[ \t]*$")


_DOCUMENT_END = re.compile(r"(?im)^[ \t]*(?:\W*\bends?\b\W*|#{3,}|-{0,2} ?30 ?-{0,2}"
                           r"|end of (?:press )?release\W*)[ \t]*$")


def document_dates(text: str, published: dt.date | None) -> list[DocumentDate]:
    """The date lines of documents reproduced in ``text`` (a press release in full): a
    line of a label and a whole calendar date, no later than the day after publication."""
    found: list[DocumentDate] = []
    for match in _DOCUMENT_DATE.finditer(text):
        if found and match.start() < found[-1].end:
            continue  # (a date line inside the document before)
        days = _find_dates(match["date"], published)
        if len(days) != 1 or len(days[0].value) != 10 or days[0].relation != "absolute" or (
                len(days[0].phrase) < len(match["date"].rstrip(". ")) - 1):
            continue
        day = dt.date.fromisoformat(days[0].value)
        if published is None or day <= published + dt.timedelta(days=1):
            close = _DOCUMENT_END.search(text, match.end())
            found.append(DocumentDate(match.start(), close.end() if close else len(text), day,
                                      match.group(0).strip()))
    return found


def _find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    taken = bytearray(len(text))
    chosen = []
    for start, end, _, result in sorted(_candidates(text, published),
                                        key=lambda c: (c[0] - c[1], c[0], c[2])):
        if not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            chosen.append((start, end, result))
    return [DateMention(s, e, text[s:e], r[0], r[1]) for s, e, r in sorted(chosen) if r]


def resolve(phrase: str, published: dt.date | None) -> str | None:
    """Resolve one phrase (same rules as find_dates); None unless it holds exactly one date."""
    mentions = find_dates(phrase, published)
    return mentions[0].value if len(mentions) == 1 else None


def starts_after(value: str, day: dt.date | None) -> bool:
    """Whether the date ``value`` ("YYYY-MM-DD", "YYYY-MM", "YYYY") begins after
    ``day``: a time still to come then, which no saying reported that day was made on."""
    if day is None:
        return False
    parts = [int(p) for p in value.split("-")]
    first = dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    return first > day


def shift(value: str, days: int) -> str | None:
    """Shift a YYYY-MM-DD value by N days (negative = earlier); None for coarser precisions."""
    if not re.fullmatch(r"[0-9]{4}-[0-9][0-9]-[0-9][0-9]", value):
        return None
    try:
        return _day(dt.date.fromisoformat(value) + relativedelta(days=days))
    except (ValueError, OverflowError):
        return None


_OFFSET = re.compile(rf"\s*(?:{_NUM}\s+)?(?P<unit>(?i:hour|day|week|fortnight))s?\s*")


def parse_offset(phrase: str) -> int | None:
    """'a day', 'two days', '3 days', 'a week', 'hours' -> number of days (a week = 7; hours
    count as 0, or whole days for 24 and more); None if not a duration."""
    m = _OFFSET.fullmatch(phrase)
    if not m:
        return None
    unit, n = m.group("unit").lower(), _count(m.group("num"))
    if unit == "hour":
        return (n or 0) // 24
    if n is None:
        return None
    return n * {"day": 1, "week": 7, "fortnight": 14}[unit]
