from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.dates import DateMention, find_dates, parse_offset, resolve, shift

WED = dt.date(2021, 2, 3)  # a Wednesday
MON = dt.date(2020, 3, 23)  # a Monday


def found(text: str, published: dt.date | None) -> list[tuple[str, str]]:
    return [(m.phrase, m.value) for m in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Weekdays: on or before publication; "last" strictly before; "next" after.
        ("The minister said on Wednesday the bill would pass.", WED,
         [("on Wednesday", "2021-02-03")]),
        ("Police said Monday that two men were held.", WED, [("Monday", "2021-02-01")]),
        ("Police said Monday that two men were held.", MON, [("Monday", "2020-03-23")]),
        ("The vote took place on Thursday.", WED, [("on Thursday", "2021-01-28")]),
        ("Talks resumed late Tuesday night.", WED, [("late Tuesday night", "2021-02-02")]),
        ("Rescuers arrived early on Sunday.", MON, [("early on Sunday", "2020-03-22")]),
        ("The storm hit Friday morning.", MON, [("Friday morning", "2020-03-20")]),
        ("He resigned last Wednesday.", WED, [("last Wednesday", "2021-01-27")]),
        ("He resigned last Monday.", MON, [("last Monday", "2020-03-16")]),
        ("Markets open next Monday.", MON, [("next Monday", "2020-03-30")]),
        ("Markets open this coming Friday.", WED, [("this coming Friday", "2021-02-05")]),
        ("The board met on Tuesday last week.", WED, [("on Tuesday last week", "2021-01-26")]),
        ("It is due on Monday, Dec. 5, 2022.", WED, [("on Monday, Dec. 5, 2022", "2022-12-05")]),
        ("Monday's meeting ended early.", WED, [("Monday", "2021-02-01")]),
        # Day-relative words.
        ("Officials said today that schools will close.", WED, [("today", "2021-02-03")]),
        ("The ministry said tonight it had no comment.", WED, [("tonight", "2021-02-03")]),
        ("Yesterday, the council voted.", WED, [("Yesterday", "2021-02-02")]),
        ("Fighting broke out last night.", MON, [("last night", "2020-03-22")]),
        ("Shares fell this morning.", WED, [("this morning", "2021-02-03")]),
        ("He left the day before yesterday.", MON, [("the day before yesterday", "2020-03-21")]),
        ("The report is due tomorrow.", WED, [("tomorrow", "2021-02-04")]),
        ("He spoke yesterday afternoon.", MON, [("yesterday afternoon", "2020-03-22")]),
        # "... ago".
        ("The ban began two weeks ago.", WED, [("two weeks ago", "2021-01-20")]),
        ("The ban began 3 days ago.", MON, [("3 days ago", "2020-03-20")]),
        ("He was elected a month ago.", MON, [("a month ago", "2020-02")]),
        ("The plant closed two years ago.", WED, [("two years ago", "2019")]),
        # Weeks, months, years relative to publication.
        ("Earlier this week, the bank cut rates.", WED, [("Earlier this week", "2021-02")]),
        ("Prices rose last week.", WED, [("last week", "2021-01")]),
        ("Prices rose last week.", MON, [("last week", "2020-03")]),
        ("Prices rose last month.", WED, [("last month", "2021-01")]),
        ("The law takes effect next month.", WED, [("next month", "2021-03")]),
        ("Sales fell earlier this month.", MON, [("earlier this month", "2020-03")]),
        ("Growth slowed this year.", WED, [("this year", "2021")]),
        ("Growth slowed late last year.", WED, [("late last year", "2020")]),
        ("Growth had slowed the previous year.", MON, [("the previous year", "2019")]),
        ("Elections are due next year.", MON, [("next year", "2021")]),
        # Month names.
        ("Talks collapsed in December.", WED, [("in December", "2020-12")]),
        ("In December, talks collapsed.", WED, [("In December", "2020-12")]),
        ("Talks began in February.", WED, [("in February", "2021-02")]),
        ("Talks began in mid-February.", MON, [("in mid-February", "2020-02")]),
        ("Talks began in early January.", WED, [("in early January", "2021-01")]),
        ("Work stopped at the end of December.", WED, [("the end of December", "2020-12")]),
        ("Work restarts at the beginning of March.", WED, [("the beginning of March", "2020-03")]),
        ("The talks started last December.", MON, [("last December", "2019-12")]),
        ("The talks started last February.", WED, [("last February", "2020-02")]),
        ("The talks started December 2020.", MON, [("December 2020", "2020-12")]),
        ("It opened in mid-February 2019.", WED, [("in mid-February 2019", "2019-02")]),
        ("It opened in December last year.", WED, [("in December last year", "2020-12")]),
        ("It opened in Sept. after a delay.", WED, [("in Sept.", "2020-09")]),
        # Day dates in common formats.
        ("The deal was signed on December 5.", WED, [("on December 5", "2020-12-05")]),
        ("The deal was signed Dec. 5.", WED, [("Dec. 5", "2020-12-05")]),
        ("The deal was signed Dec 5th.", WED, [("Dec 5th", "2020-12-05")]),
        ("The deal was signed on 5 December.", WED, [("on 5 December", "2020-12-05")]),
        ("The deal was signed on the 5th of December.", WED,
         [("on the 5th of December", "2020-12-05")]),
        ("The deal was signed 03rd February, 2021.", WED, [("03rd February, 2021", "2021-02-03")]),
        ("The deal was signed December 5, 2019.", WED, [("December 5, 2019", "2019-12-05")]),
        ("The deal was signed 5 December 2019.", WED, [("5 December 2019", "2019-12-05")]),
        ("The deal was signed Sept. 11, 2001.", WED, [("Sept. 11, 2001", "2001-09-11")]),
        ("Filed 2020-12-05 in Delhi.", WED, [("2020-12-05", "2020-12-05")]),
        ("Filed 2020/12/05 in Delhi.", WED, [("2020/12/05", "2020-12-05")]),
        ("Filed 12/05/2020 in Delhi.", WED, [("12/05/2020", "2020-12-05")]),
        ("Filed 05.12.2020 in Delhi.", WED, [("05.12.2020", "2020-12-05")]),
        ("The summit runs Dec. 5-7 in Rome.", WED, [("Dec.", "2020-12")]),
        ("The summit ran 3-5 December in Rome.", WED, [("December", "2020-12")]),
        ("The office reopens Feb. 3.", WED, [("Feb. 3", "2021-02-03")]),
        ("The office reopened Feb. 4.", WED, [("Feb. 4", "2020-02-04")]),
        # Years, quarters, seasons.
        ("The company was founded in 2019.", WED, [("in 2019", "2019")]),
        ("Output peaked in early 2019 and fell.", WED, [("in early 2019", "2019")]),
        ("Output peaked mid-2018.", WED, [("mid-2018", "2018")]),
        ("Rates have been flat since 2015.", WED, [("since 2015", "2015")]),
        ("The rules expire by the end of 2022.", WED, [("by the end of 2022", "2022")]),
        ("He lost the 2016 election.", WED, [("2016", "2016")]),
        ("The dam was built between 1998 and 2003.", WED, [("1998", "1998"), ("2003", "2003")]),
        ("Profit rose in the first quarter of 2020.", WED,
         [("in the first quarter of 2020", "2020")]),
        ("The plant shut last summer.", WED, [("last summer", "2020")]),
        ("The plant shut last summer.", dt.date(2020, 7, 1), [("last summer", "2019")]),
        ("The plant reopens this spring.", WED, [("this spring", "2021")]),
        ("The plant shut in the winter.", WED, [("in the winter", "2020")]),
        ("The plant shut in the autumn.", MON, [("in the autumn", "2019")]),
        ("The plant shut in the fall.", dt.date(2020, 10, 12), [("in the fall", "2020")]),
        ("It shut in the summer of 2018.", WED, [("in the summer of 2018", "2018")]),
        # May and March only in a date context.
        ("The party will march in May.", WED, [("in May", "2020-05")]),
        ("Voting began May 11.", WED, [("May 11", "2020-05-11")]),
        ("Voting began 5 May 2019.", WED, [("5 May 2019", "2019-05-05")]),
        ("Voting began in late March.", MON, [("in late March", "2020-03")]),
        ("The new rules were published on March 3, 2020.", WED,
         [("on March 3, 2020", "2020-03-03")]),
        # a weekday with its date in brackets is that date, not the weekday before
        ("The envoy on Tuesday (March 3) said no.", WED, [("on Tuesday (March 3)", "2020-03-03")]),
        ("The envoy on Tuesday (3 March) said no.", WED, [("on Tuesday (3 March)", "2020-03-03")]),
        ("The envoy said on Tuesday (local time) no.", WED, [("on Tuesday", "2021-02-02")]),
        # a day of the month alone: this month's, or last month's when still to come
        ("Yoon said at a briefing on the 18th that it was false.", dt.date(2020, 6, 18),
         [("on the 18th", "2020-06-18")]),
        ("On the 25th, the ministry denied it.", dt.date(2020, 6, 18),
         [("On the 25th", "2020-05-25")]),
    ],
)
def test_find_dates(text: str, published: dt.date, expected: list[tuple[str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("The minister may resign, aides said.", WED),
        ("May said the vote may be delayed.", WED),
        ("Officials fear May's deal is dead.", WED),
        ("Farmers march on the capital.", WED),
        ("March organisers expect thousands.", WED),
        ("June Carter told reporters the plan was sound.", WED),
        ("A total of 25,986 people were tested.", WED),
        ("Some 2019 people signed the petition.", WED),
        ("The index rose 2019.5 points.", WED),
        ("It cost $2019 per unit.", WED),
        ("The 2019-20 season was cut short.", WED),
        ("Troops moved at 1930 GMT.", WED),
        ("He wrote for USA Today.", WED),
        ("Shoppers queued for Black Friday deals.", WED),
        ("Prices rose over the last year.", WED),
        ("Rebels celebrated the fall of the capital.", WED),
        ("The Arab Spring protests spread.", WED),
        ("The deal was signed Feb. 30.", WED),
        ("The deal was signed 13/25/2020.", WED),
        ("The deal was signed Feb. 29, 2021.", WED),
        ("He left a few days ago.", WED),
        ("He left about two weeks ago.", WED),
        ("We meet this Monday.", WED),
        ("The palace was built on the 18th century site.", WED),
        ("He spoke on the 20th anniversary of the war.", WED),
    ],
)
def test_no_false_positives(text: str, published: dt.date) -> None:
    assert found(text, published) == []


@pytest.mark.parametrize(
    ("phrase", "published", "value"),
    [
        # Month boundaries for weeks: the month holding most of the week's days.
        ("last week", dt.date(2021, 3, 3), "2021-02"),
        ("last week", dt.date(2021, 4, 7), "2021-04"),  # Mar 29 - Apr 4
        ("last week", dt.date(2021, 6, 10), "2021-06"),  # May 31 - Jun 6
        ("last week", dt.date(2021, 3, 10), "2021-03"),  # Mar 1 - Mar 7
        ("earlier this week", dt.date(2021, 6, 2), "2021-06"),  # May 31 - Jun 2
        ("last week", dt.date(2021, 2, 8), "2021-02"),
        ("this week", dt.date(2021, 4, 1), "2021-03"),  # Mar 29 - Apr 1
        ("this week", dt.date(2021, 3, 3), "2021-03"),
        ("next week", dt.date(2021, 1, 20), "2021-01"),
        ("next week", dt.date(2021, 3, 24), "2021-04"),  # Mar 29 - Apr 4
        # Year rollovers.
        ("last month", dt.date(2021, 1, 15), "2020-12"),
        ("next month", dt.date(2020, 12, 15), "2021-01"),
        ("in December", dt.date(2021, 1, 15), "2020-12"),
        ("in January", dt.date(2021, 1, 15), "2021-01"),
        ("last January", dt.date(2021, 1, 15), "2020-01"),
        ("next January", dt.date(2021, 1, 15), "2022-01"),
        ("Dec. 31", dt.date(2021, 1, 2), "2020-12-31"),
        ("Jan. 1", dt.date(2021, 1, 1), "2021-01-01"),
        ("yesterday", dt.date(2021, 1, 1), "2020-12-31"),
        ("tomorrow", dt.date(2020, 12, 31), "2021-01-01"),
        ("a month ago", dt.date(2021, 1, 31), "2020-12"),
        ("on Friday", dt.date(2021, 1, 1), "2021-01-01"),
        ("last Friday", dt.date(2021, 1, 1), "2020-12-25"),
        # Leap years.
        ("Feb. 29", WED, "2020-02-29"),
        ("29 February", MON, "2020-02-29"),
        ("Feb. 29, 2020", WED, "2020-02-29"),
        ("a day ago", dt.date(2020, 3, 1), "2020-02-29"),
        ("a year ago", dt.date(2020, 2, 29), "2019"),
        # Seasons around the turn of the year.
        ("last winter", WED, "2019"),
        ("this winter", WED, "2020"),
        ("next summer", WED, "2021"),
        ("in the spring", WED, "2020"),
        # Not a date.
        ("May", WED, None),
        ("a fortnight", WED, None),
    ],
)
def test_resolve(phrase: str, published: dt.date, value: str | None) -> None:
    assert resolve(phrase, published) == value


def test_offsets_slice_the_phrase() -> None:
    text = "The ministry said on Wednesday that a deal agreed in mid-February 2019 still held."
    mentions = find_dates(text, WED)
    assert mentions == [
        DateMention(18, 30, "on Wednesday", "2021-02-03", "relative"),
        DateMention(50, 70, "in mid-February 2019", "2019-02", "absolute"),
    ]
    assert [text[m.start:m.end] for m in mentions] == [m.phrase for m in mentions]


def test_longest_match_wins() -> None:
    text = "Talks ended on Monday, Dec. 5, 2022, and resumed last December."
    assert found(text, WED) == [("on Monday, Dec. 5, 2022", "2022-12-05"),
                                ("last December", "2020-12")]


def test_relations() -> None:
    text = "On Monday the court upheld a ruling from June 2, 2019, made in 2018 and last year."
    assert [m.relation for m in find_dates(text, WED)] == [
        "relative", "absolute", "absolute", "relative"]


def test_without_publication_date_only_dated_absolutes() -> None:
    text = ("On Monday, a week after talks failed in December, the firm said its 2019 plan "
            "from March 3, 2020 stands, as it did last year and in 2018.")
    assert found(text, None) == [("2019", "2019"), ("from March 3, 2020", "2020-03-03"),
                                 ("in 2018", "2018")]
    assert resolve("yesterday", None) is None
    assert resolve("Dec. 5", None) is None


@pytest.mark.parametrize(
    ("value", "days", "expected"),
    [
        ("2021-03-01", -1, "2021-02-28"),
        ("2020-03-01", -1, "2020-02-29"),
        ("2020-12-31", 1, "2021-01-01"),
        ("2021-02-03", 0, "2021-02-03"),
        ("2021-02", 1, None),
        ("2021", -1, None),
        ("not a date", 1, None),
        ("2021-02-30", 1, None),
    ],
)
def test_shift(value: str, days: int, expected: str | None) -> None:
    assert shift(value, days) == expected


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        ("a day", 1),
        ("one day", 1),
        ("two days", 2),
        ("3 days", 3),
        ("a week", 7),
        ("two weeks", 14),
        ("a fortnight", 14),
        ("hours", 0),
        ("a few hours", 0),
        ("48 hours", 2),
        ("Two Days", 2),
        ("days", None),
        ("a few days", None),
        ("a month", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_offset(phrase: str, days: int | None) -> None:
    assert parse_offset(phrase) == days


_WORDS = st.sampled_from([
    "on", "in", "last", "next", "this", "Monday", "May", "March", "December", "Dec.", "5",
    "5th", "2019", "2020-12-05", "12/05/2020", "week", "month", "year", "ago", "two", "a",
    "mid-", "early", "the", "end", "of", "summer", "fall", "yesterday", ",", ".", " ", "\n",
])


@settings(max_examples=300, deadline=None)
@given(
    text=st.one_of(st.text(max_size=200), st.lists(_WORDS, max_size=40).map(" ".join)),
    published=st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))),
)
def test_mentions_are_exact_sorted_and_disjoint(text: str, published: dt.date | None) -> None:
    mentions = find_dates(text, published)
    for m in mentions:
        assert text[m.start:m.end] == m.phrase
        assert m.relation in ("absolute", "relative")
        assert len(m.value) in (4, 7, 10)
    for left, right in zip(mentions, mentions[1:], strict=False):
        assert left.end <= right.start


RELEASE = ("The ministry issued the following statement on Sunday.\n\nPRESS RELEASE\n\n"
           "Date: 11 July 2021\n\nThe committee met today. The minister spoke yesterday.\n\n"
           "(Ends)\n\nThe governor said on Monday that roads were open.")


def test_a_document_given_in_full_dates_its_own_words() -> None:
    """Inside a press release with its own date line, "today" is the release's day; after
    its end mark the publication date is the base again."""
    monday = dt.date(2021, 7, 12)
    assert found(RELEASE, monday) == [
        ("on Sunday", "2021-07-11"), ("11 July 2021", "2021-07-11"), ("today", "2021-07-11"),
        ("yesterday", "2021-07-10"), ("on Monday", "2021-07-12")]
    assert found(RELEASE.replace("(Ends)", "###"), monday)[-1] == ("on Monday", "2021-07-12")


@pytest.mark.parametrize("line", [
    "Date: 11 July 2021", "Dated: July 11, 2021", "Issued on: 11.07.2021", "DATE - 11 July 2021"])
def test_document_date_lines(line: str) -> None:
    from generator.dates import document_dates

    docs = document_dates(f"PRESS RELEASE\n\n{line}\n\nText.", dt.date(2021, 7, 12))
    assert [(d.day, d.line) for d in docs] == [(dt.date(2021, 7, 11), line)]


@pytest.mark.parametrize("line", [
    "Date: July 2021",  # no day
    "Date: 20 July 2021",  # after the day after publication
    "The date: 11 July 2021 was set",  # not a line of its own
    "Date: 11 July 2021 and then more words follow here",
])
def test_lines_that_date_no_document(line: str) -> None:
    from generator.dates import document_dates

    assert document_dates(f"PRESS RELEASE\n\n{line}\n\nText.", dt.date(2021, 7, 12)) == []
