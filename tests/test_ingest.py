"""Tests for generator.ingest: decoding, cleaning, header lines, datelines and dates.

The fixtures under tests/fixtures/ingest/ are invented articles in the styles of the
real seeds; the seeds themselves are checked at the end.
"""

from __future__ import annotations

import datetime
import hashlib
import pathlib
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ingest import (
    Article,
    Dateline,
    IngestError,
    YearHints,
    dateline_length,
    decode_bytes,
    is_caption,
    normalize_text,
    parse_article,
    parse_date_text,
    parse_dateline,
    read_article,
)

HERE = pathlib.Path(__file__).parent
FIXTURES = HERE / "fixtures" / "ingest"
SEEDS = HERE.parent / "seeds"


def paragraphs(article: Article) -> list[str]:
    return article.text.split("\n\n")


def fixture_paragraphs(name: str) -> list[str]:
    """The blank-line separated blocks of a fixture file, as written."""
    return normalize_text(decode_bytes((FIXTURES / name).read_bytes())).split("\n\n")


# --------------------------------------------------------------------------- invented articles


def test_wire_story_with_title_byline_and_end_tag() -> None:
    article = read_article(FIXTURES / "wire_title.txt")
    assert article.file == "wire_title.txt"
    assert article.title == "N. Korea turns down Seoul's offer of flood relief talks"
    assert article.byline == "Park Min-ji"
    assert article.publisher == "Yonhap"
    assert article.place == "Seoul"
    assert article.published == datetime.date(2025, 10, 7)
    assert article.published_basis == (
        "dateline 'Oct. 7' with year 2025 inferred: 'Tuesday', the day of saying in the text,"
        " falls on October 7"
        " first in 2025 among years >= 2022, the latest year named in the text"
    )
    assert article.url is None
    assert article.meta == {}
    # Title, byline and "(END)" go; every paragraph stays, the short ones included.
    assert paragraphs(article) == fixture_paragraphs("wire_title.txt")[2:-1]
    assert article.text.startswith("SEOUL, Oct. 7 (Yonhap) -- North Korea on Tuesday")
    assert "Seoul has not given up." in paragraphs(article)
    assert paragraphs(article)[-1] == "No date was set."


MENU_AND_FOOTER = [
    "Skip to content",
    "Home",
    "Middle East",
    "Newsletters",
    "Sign in",
    "Trending:",
    "Home | World | Asia",
    "(AFP)",
    "ADVERTISEMENT",
    "Share this article",
    "Facebook",
    "Copy link",
    "Related stories",
    "Floods cut power to thousands in central provinces",
    "MOST POPULAR",
    "3 Comments",
    "Reply · 12 likes",
    "Load more comments",
    "Privacy Policy",
    "Copyright © 2024 Coastal Herald Media Ltd. All Rights Reserved.",
    "Tel : 031.555.0199",
    "Back to top",
]


def test_scraped_page_loses_menus_footer_and_comments() -> None:
    article = read_article(FIXTURES / "scrape.txt")
    assert article.title == "Harbour city orders evacuation as typhoon nears coast"
    assert article.byline == "Jane Morrow"
    assert article.publisher is None
    assert article.place is None
    assert article.published == datetime.date(2024, 9, 18)
    assert article.published_basis == "'Published : Sep 18, 2024' line"
    kept = paragraphs(article)
    assert len(kept) == 7
    assert kept[0].startswith("Authorities in the port city of Haiphong ordered")
    for short in ("Schools will stay closed.", "Nobody has been hurt so far.",
                  "More rain is expected."):
        assert short in kept
    lines = set(article.text.split("\n"))
    for boilerplate in MENU_AND_FOOTER:
        assert boilerplate not in lines
    for comment_words in ("drainage plan", "Stay safe everyone", "started the evacuation"):
        assert comment_words not in article.text
    assert "Published" not in article.text and "Jane Morrow" not in article.text


def test_urdupoint_style_dateline_gives_full_date() -> None:
    article = read_article(FIXTURES / "urdupoint.txt")
    assert article.title is None
    assert article.byline is None
    assert article.publisher == "UrduPoint News / Sputnik"
    assert article.place == "Islamabad"
    assert article.published == datetime.date(2022, 7, 14)
    assert article.published_basis == "dateline '14th July, 2022'"
    assert paragraphs(article) == fixture_paragraphs("urdupoint.txt")
    assert "The minister said talks with the fund's staff would resume next week." in (
        paragraphs(article)
    )


def test_ap_style_dateline_with_region_and_date_stamp() -> None:
    article = read_article(FIXTURES / "ap_style.txt")
    assert article.title == "Kenya's president vows to end fuel shortages within weeks"
    assert article.byline == "GRACE MWANGI, Associated Press"
    assert article.publisher == "AP"
    assert article.place == "Nairobi, Kenya"
    assert article.published == datetime.date(2024, 3, 5)
    assert article.published_basis == "'March 5, 2024' stamp"
    assert paragraphs(article) == fixture_paragraphs("ap_style.txt")[3:]
    assert paragraphs(article)[-1] == "Motorists were unconvinced."


def test_front_matter_overrides_date_and_title_and_supplies_url() -> None:
    article = read_article(FIXTURES / "front_matter.txt")
    assert article.title == "Court orders review of river dredging plan"
    assert article.published == datetime.date(2023, 1, 6)  # the dateline says Jan. 5
    assert article.published_basis == "front matter"
    assert article.url == "https://news.example.org/2023/01/06/river-dredging"
    assert article.publisher == "AFP"
    assert article.place == "London"
    assert article.meta == {
        "title": "Court orders review of river dredging plan",
        "published": datetime.date(2023, 1, 6),
        "url": "https://news.example.org/2023/01/06/river-dredging",
        "tags": ["environment", "courts"],
    }
    assert article.text.startswith("LONDON, Jan. 5, 2023 (AFP) - A British court")
    assert "title:" not in article.text and "Dredging plan sent back" not in article.text


def test_front_matter_string_date_publisher_and_byline() -> None:
    raw = (
        "---\npublished: '2020-02-01'\npublisher: Example Wire\nbyline: Ann Lee\nplace: Oslo\n"
        "---\nBEIJING, Feb 3 (Reuters) - Chinese officials said on Monday that the new rules"
        " would take effect next month.\n"
    )
    article = parse_article(raw, "fm.txt")
    assert article.published == datetime.date(2020, 2, 1)
    assert article.published_basis == "front matter"
    assert (article.publisher, article.byline, article.place) == ("Example Wire", "Ann Lee", "Oslo")


def test_malformed_front_matter_names_file_and_reason() -> None:
    with pytest.raises(IngestError) as caught:
        read_article(FIXTURES / "malformed_front_matter.txt")
    message = str(caught.value)
    assert message.startswith("malformed_front_matter.txt: the front matter is not valid YAML (")
    assert "\n" not in message


@pytest.mark.parametrize(
    ("front_matter", "reason"),
    [
        ("- a\n- b", "the front matter is a YAML list, not a mapping of keys."),
        ("published: next week", "front matter key 'published' must be a date YYYY-MM-DD"),
        ("title: [a, b]", "front matter key 'title' must be text, not a list."),
    ],
)
def test_unusable_front_matter_is_an_ingest_error(front_matter: str, reason: str) -> None:
    raw = f"---\n{front_matter}\n---\nSEOUL (AP) — Officials met on Monday to talk.\n"
    with pytest.raises(IngestError, match="^x.txt: " + reason.replace("(", r"\(")):
        parse_article(raw, "x.txt")


# --------------------------------------------------------------------------- encodings

CURLY = (
    "Talks stall over aid\n\n"
    "BEIJING, Feb 3 (Reuters) - China\u2019s foreign ministry said on Friday that \u201cno"
    " progress\u201d had been made in talks that began in 2019.\n\n"
    "The ministry\u2019s spokesperson said \u2013 without giving details \u2013 that the talks"
    " would go on.\n"
)


def test_cp1252_bytes_with_curly_quotes(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes(CURLY.encode("cp1252"))
    article = read_article(path)
    assert "China\u2019s foreign ministry" in article.text
    assert "\u201cno progress\u201d" in article.text
    assert article == parse_article(CURLY, "cp1252.txt")
    # The weekday picks the year, not the year named in the text.
    assert article.published == datetime.date(2023, 2, 3)
    assert article.publisher == "Reuters"
    assert article.place == "Beijing"


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"),
        lambda text: text.replace("\n", "\r\n").encode("utf-8"),
        lambda text: text.replace("\n", "\r").encode("utf-8"),
        lambda text: text.replace("\n", "  \t\n").replace("\n\n", "\n\n\n\n").encode("utf-8"),
    ],
    ids=["utf8-bom", "crlf", "cr", "trailing-space-and-blank-lines"],
)
def test_encodings_and_line_endings_give_identical_articles(
    tmp_path: pathlib.Path, encode: Callable[[str], bytes]
) -> None:
    plain = tmp_path / "a.txt"
    plain.write_bytes(CURLY.encode("utf-8"))
    variant = tmp_path / "variant" / "a.txt"
    variant.parent.mkdir()
    variant.write_bytes(encode(CURLY))
    assert read_article(variant) == read_article(plain)
    assert not read_article(variant).text.startswith("\ufeff")


def test_latin1_fallback_for_bytes_cp1252_cannot_decode() -> None:
    assert decode_bytes(b"caf\xe9 \x81") == "caf\xe9 \x81"
    assert decode_bytes(b"\x93quoted\x94") == "\u201cquoted\u201d"


def test_normalisation() -> None:
    raw = "\ufeffA\tline\u00a0with  spaces   \r\n\r\n\r\n\r\nNext\x00 line\x07\u2028end\n\n"
    assert normalize_text(raw) == "A line with  spaces\n\nNext line\nend"
    assert normalize_text("Cafe\u0301") == "Caf\u00e9"


@given(st.text())
def test_normalisation_fast_path_equals_the_per_character_rule(raw: str) -> None:
    """Only non-ASCII and control characters go through _clean_char; the result is
    what cleaning every character would give."""
    import re
    import unicodedata

    from generator.ingest import _clean_char

    text = unicodedata.normalize("NFC", "\n".join(raw.splitlines()))
    text = "".join(_clean_char(c) for c in text)
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in text.split("\n")))
    assert normalize_text(raw) == text.strip("\n")


def test_content_hash_is_sha256_of_text() -> None:
    article = read_article(FIXTURES / "urdupoint.txt")
    digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    assert article.content_hash == f"sha256:{digest}"


# --------------------------------------------------------------------------- clean input

CLEAN = (
    "Kim Jong Un, Moon Jae-in, Donald Trump and Xi Jinping attended.\n\n"
    "The leaders met for two hours at the border village on Sunday and agreed to keep talking,"
    " officials from both sides said after the meeting.\n\n"
    "Nobody objected.\n\n"
    "\u201cIt was a good start,\u201d one official said.\n\n"
    "They left at noon."
)


def test_small_clean_article_passes_through_unchanged() -> None:
    article = parse_article(CLEAN, "clean.txt")
    assert article.text == CLEAN
    assert (article.title, article.publisher, article.place, article.published) == (
        None, None, None, None
    )
    assert article.published_basis is None


def test_hard_wrapped_article_passes_through_unchanged() -> None:
    wrapped = (
        "The central bank kept its benchmark rate unchanged on Thursday, saying\n"
        "inflation had slowed but remained above its target, and signalled that\n"
        "cuts were unlikely before the end of the year.\n\n"
        "Markets had expected the decision.\n\n"
        "The governor told reporters the bank would watch wage growth and energy\n"
        "prices closely in the coming months before deciding its next step."
    )
    assert parse_article(wrapped, "wrapped.txt").text == wrapped


def test_comment_thread_right_after_the_article_is_dropped() -> None:
    article = parse_article(
        CLEAN + "\n\nComments (2)\n\n"
        "I think this is a very good sign and the leaders should be praised for their"
        " courage, because nobody else in the region has been willing to talk at all.\n\n"
        "Reply\n\nThey will forget all of it by next year, as they always do.",
        "comments.txt",
    )
    assert article.text == CLEAN


def test_long_run_of_boilerplate_ends_the_article() -> None:
    junk = "\n".join(["Sections", "Home", "World", "Contact us", "Subscribe"] * 3)
    teaser = (
        "In other news, the city council voted on Tuesday to extend the opening hours of all"
        " public libraries during the exam season, after a campaign by students."
    )
    article = parse_article(f"{CLEAN}\n{junk}\n\n{teaser}", "run.txt")
    assert article.text == CLEAN


def test_dateline_in_a_teaser_below_the_article_is_not_its_start() -> None:
    teaser = "SEOUL, May 2 (Yonhap) -- Officials said on Friday the ferry had been found."
    article = parse_article(f"{CLEAN}\n\nLatest news\n\n{teaser}", "teaser.txt")
    assert article.text == CLEAN
    assert article.place is None


def test_empty_input_is_an_ingest_error() -> None:
    for raw in ("", "  \n\t\n", "\ufeff"):
        with pytest.raises(IngestError, match="^empty.txt: "):
            parse_article(raw, "empty.txt")


def test_a_list_the_lead_introduces_is_no_menu() -> None:
    months = "\n".join(f"{m}: {n},000 people vaccinated." for m, n in zip(
        ("February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"), range(100, 1200, 100), strict=True))
    raw = ("Become part of our community\n\ncaptcha\n\n"
           "The health minister said last night that the first 850,000 people will get "
           "their shots in February. The tentative vaccination plan includes:\n\n"
           f"{months}\n\n"
           "The budget so far covers the first two deliveries, the minister said, and more "
           "contracts are expected to be signed by the end of the month.\n")
    text = parse_article(raw, "list.txt").text
    assert text.startswith("The health minister said last night")
    assert "March: 200,000 people vaccinated." in text


def test_menu_only_page_is_an_ingest_error() -> None:
    with pytest.raises(IngestError, match="no article text"):
        parse_article("Home\nWorld\nSports\nK-pop\nContact us\nTel : 02.555.0100\n", "menu.txt")


# --------------------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("lead", "place", "publisher", "date"),
    [
        ("SEOUL, March 23 (Yonhap) -- The", "Seoul", "Yonhap", "March 23"),
        ("WASHINGTON, May 11 (Yonhap) \u2014 The", "Washington", "Yonhap", "May 11"),
        ("WASHINGTON (AP) \u2014 The", "Washington", "AP", None),
        ("BEIJING, Feb 3 (Reuters) - The", "Beijing", "Reuters", "Feb 3"),
        ("SEOUL (UrduPoint News / Sputnik - 03rd February, 2021) South", "Seoul",
         "UrduPoint News / Sputnik", "03rd February, 2021"),
        ("LONDON, Jan. 5, 2021 (AFP) - The", "London", "AFP", "Jan. 5, 2021"),
        ("Seoul, March 2 (KCNA) -- The", "Seoul", "KCNA", "March 2"),
        ("NEW YORK (AP) \u2014 The", "New York", "AP", None),
        ("SAN JOSE, Calif. (AP) \u2014 The", "San Jose, Calif.", "AP", None),
        ("UNITED NATIONS \u2014 The", "United Nations", None, None),
        ("LIMA, (March 4, 2021).- The", "Lima", None, "March 4, 2021"),
        ("Baku, AZTAC \u2013 The", "Baku", "AZTAC", None),  # an agency's acronym, no parentheses
        ("Rio de Janeiro \u2013 The", "Rio de Janeiro", None, None),  # a particle in the name
        ("(ANSA) - ROME, JUN 21 - The", "Rome", "ANSA", "JUN 21"),  # the agency first
        ("TOKYO, Nov. 9 Kyodo - The", "Tokyo", "Kyodo", "Nov. 9"),  # no parentheses
        ("Muscat: The ambassador of the emirate to the", "Muscat", None, None),  # a capital
        ("Addis Ababa August 25/2022/ENA/ The", "Addis Ababa", "ENA", "August 25, 2022"),
        ("Vientiane (KPL), Mar. 3 \u2013 The", "Vientiane", "KPL", "Mar. 3"),  # agency first
        ("MONTEVIDEO (AP) \u2014 The", "Montevideo", "AP", None),  # "Mon", no weekday
        ("SUNDERLAND, England \u2014 The", "Sunderland, England", None, None),
        ("MONROVIA, LIBERIA - The", "Monrovia, Liberia", None, None),  # one hyphen
        ("MONROVIA, LIBERIA-The", "Monrovia, Liberia", None, None),  # glued to the lead
        ("BISSAU, GUINEA-BISSAU - The", "Bissau, Guinea-Bissau", None, None),
        ("12th March 2022 \u2013 (Hong Kong) The", "Hong Kong", None, "12th March 2022"),
        ("Brussels 23.04.2021 The", "Brussels", None, "23.04.2021"),  # day.month.year
    ],
)
def test_dateline_forms(lead: str, place: str, publisher: str | None, date: str | None) -> None:
    dateline = parse_dateline(lead + " minister said on Monday.")
    assert dateline is not None
    assert dateline.place == place
    assert dateline.publisher == publisher
    assert (dateline.when.text if dateline.when else None) == date


@pytest.mark.parametrize(
    "sentence",
    [
        "North Korea (DPRK) has refused all offers of help.",
        "In December, Lee spoke in favor of sharing vaccines.",
        "Pyongyang, in turn, deems security issues a priority.",
        "The minister (left) said the talks went well.",
        "Kim said: we will see.",
        "Minister of Health \u2013 the ministry said it would act.",
        "Lee: We will not give up on talks with the North, whatever happens.",  # a label
        'Bahrain: Summonses, Raids and Arrests as Ministry Announces New "Cell"',  # headline
        "Springfield: The mayor said the bridge would stay closed for a month.",  # not known
        "PSAKI: Good afternoon, everyone, and thank you for coming in today.",  # a label
        "NOTE: The minister said on Monday that the bridge would stay closed.",  # a kicker
        "Seoul \u2013 Ministry Says The Bridge Will Stay Closed For A Month Or More",
        "NATO - Allies Agree On New Plan For Eastern Flank Defence Spending Today.",
        "UN-Habitat said on Monday that the housing plan would go ahead next year.",
        "COVID-19 - the minister said on Monday that the clinics would stay open.",
        "Tues. September 14, 2021 - the minister said on Monday that they would stay.",
    ],
)
def test_ordinary_sentences_are_not_datelines(sentence: str) -> None:
    assert parse_dateline(sentence) is None


@pytest.mark.parametrize(("lead", "rest"), [
    ("(ANSA) - ROME, JUN 21 - The government", "The government"),
    ("TOKYO, Nov. 9 Kyodo - The government", "The government"),
    ("SEOUL, March 23 (Yonhap) -- The government", "The government"),
    ("Addis Ababa August 25/2022/ENA/ The government", "The government"),
    ("Rabat \u2013 The government said on Monday that the clinics would stay open.",
     "The government said on Monday that the clinics would stay open."),
])
def test_a_dateline_is_measured_whole(lead: str, rest: str) -> None:
    from generator.ingest import dateline_length

    assert lead[dateline_length(lead):] == rest


@pytest.mark.parametrize(("text", "length"), [
    ("MULTAN: The provincial government said on Monday that the clinics would stay open.", 8),
    ("DERA GHAZI KHAN: The district police said on Sunday that two men were arrested.", 17),
    ("BREAKING: The provincial government said on Monday that the clinics stay open.", 0),
    ("PSAKI: Good afternoon, everyone, and thanks for joining us here today.", 0),
    ("KWON: And here in Seoul, the president condemned the launch on Thursday.\n\n"
     "SANTOS: Daniel, has there been any word from Pyongyang itself?", 0),  # labels
])
def test_a_place_in_capitals_before_a_colon_is_a_dateline(text: str, length: int) -> None:
    from generator.ingest import capitals_colon_length

    assert capitals_colon_length(text) == length


# --------------------------------------------------------------------------- year inference


def lead(dateline: str, rest: str) -> str:
    return f"{dateline} Officials {rest}\n\nThe talks are expected to continue next month."


@pytest.mark.parametrize(
    ("raw", "published", "basis"),
    [
        (
            lead("BEIJING, Feb 3 (Reuters) -", "said on Friday the plan dates from 2019."),
            datetime.date(2023, 2, 3),
            "dateline 'Feb 3' with year 2023 inferred: 'Friday', the day of saying in the text,"
            " falls on February 3"
            " first in 2023 among years >= 2019, the latest year named in the text",
        ),
        (
            lead("SEOUL, March 2 (Yonhap) --", "said the plan dates from 2016 and 2018."),
            datetime.date(2018, 3, 2),
            "dateline 'March 2' with year 2018 inferred: the latest year named in the text"
            " (no weekday dates the saying)",
        ),
        (
            lead("ULAANBAATAR, Oct 13 (Reuters) -",
                 "said on Thursday exports had recovered from 2021 lows. Shipments would"
                 " double in 2023."),
            datetime.date(2022, 10, 13),
            "dateline 'Oct 13' with year 2022 inferred: 'Thursday', the day of saying in the"
            " text, falls on October 13 first in 2022 among years >= 2021, the latest year"
            " named in the text",
        ),
        (
            lead("NAIROBI, Nov 19 (Reuters) -",
                 "said money missing since 2019 was left out of Budget 2020 and the 2020"
                 " budget, and of the fiscal 2020 accounts."),
            datetime.date(2019, 11, 19),
            "dateline 'Nov 19' with year 2019 inferred: the latest year named in the text"
            " (no weekday dates the saying)",
        ),
        (
            lead("LIMA, July 12 (Reuters) -",
                 "said on Monday cases had tripled due to the rains, compared to the same"
                 " period in 2021."),
            datetime.date(2022, 7, 12),
            "dateline 'July 12' with year 2022 inferred: 'Monday', the day of saying in the"
            " text, falls on the day before July 12 first in 2022 among years >= 2022, the"
            " year after 2021, which the text compares with",
        ),
        (lead("Seoul, March 2 (KCNA) --", "said on Friday the plan was ready."), None, None),
        (lead("SEOUL, Feb. 29 (Yonhap) --", "said on Monday the plan dates from 2021."), None,
         None),
    ],
    ids=["weekday-decides", "no-weekday", "a-year-to-come-is-no-bound",
         "a-budget-s-year-is-no-bound", "a-year-compared-with-is-over", "weekday-but-no-year",
         "no-matching-year"],
)
def test_year_inference(
    raw: str, published: datetime.date | None, basis: str | None
) -> None:
    article = parse_article(raw, "infer.txt")
    assert (article.published, article.published_basis) == (published, basis)


def test_weekday_is_the_only_year_hint() -> None:
    """No year anywhere: the weekday alone cannot pin the year, so no date is claimed."""
    raw = (
        "PYONGYANG, June 2 (KCNA) -- Leader Kim Jong Un inspected a fertilizer factory on"
        " Friday and called for higher output, state media said.\n\n"
        "He was accompanied by senior party officials."
    )
    article = parse_article(raw, "weekday.txt")
    assert (article.place, article.publisher) == ("Pyongyang", "KCNA")
    assert article.published is None and article.published_basis is None


# March 5 is a Thursday in 2015, 2020 and 2026.
NO_YEAR = ("SEOUL, March 5 (Yonhap) -- The health ministry said on Thursday that 40 new"
           " cases had been confirmed.\n\nThe ministry will brief reporters again.")


@pytest.mark.parametrize(
    ("hints", "year", "how"),
    [
        (YearHints(corpus_years=((2020, 3), (2021, 1))), 2020,
         "within 2019-2022, the years of the corpus's dated articles"),
        (YearHints(today=datetime.date(2026, 11, 23)), 2026, "last in 2026 up to 2026-11-23"),
        (YearHints(today=datetime.date(2026, 3, 1)), 2020, "last in 2020 up to 2026-03-01"),
        (YearHints(today=datetime.date(2026, 3, 1), corpus_years=((2012, 2),)), 2020,
         "up to 2026-03-01, the day of extraction (no year is named in the text, and none"
         " of the corpus's fits)"),  # no fit in the corpus's span, either day
        # March 4 is a Thursday in 2010: filed the day after, within the corpus's span,
        # before the same day nine years away
        (YearHints(today=datetime.date(2026, 3, 1), corpus_years=((2011, 2),)), 2010,
         "within 2010-2012, the years of the corpus's dated articles"),
    ],
    ids=["corpus-span", "today", "not-in-the-future", "corpus-without-a-fit",
         "corpus-the-day-before"],
)
def test_year_from_the_weekday_alone(hints: YearHints, year: int, how: str) -> None:
    article = parse_article(NO_YEAR, "noyear.txt", hints)
    assert article.published == datetime.date(year, 3, 5)
    assert how in (article.published_basis or ""), article.published_basis


def test_the_dateline_weekday_is_the_day_of_saying_in_the_lead() -> None:
    """A future day in the lead and an earlier day later on do not decide the year."""
    hints = YearHints(today=datetime.date(2026, 11, 23))
    raw = ("TOKYO, June 3 (Reuters) - Japan will send vaccines to the island on Friday,"
           " the foreign minister said.\n\n"
           '"We hope this helps," he told a news conference on Thursday.\n\n'
           "The health minister said on Tuesday that supplies were short.")
    article = parse_article(raw, "lead.txt", hints)
    assert article.published == datetime.date(2021, 6, 3)  # the Thursday, not 2022's Friday
    event = ("SEOUL, July 8 (Yonhap) -- The minister met the UNICEF envoy on Thursday to "
             "discuss aid, his office said.\n\nThe report, released on Tuesday, said aid was "
             "late.")  # July 8 is a Thursday in 2021, a Tuesday in 2025
    assert parse_article(event, "e.txt", hints).published == datetime.date(2021, 7, 8)
    no_saying = ("SEOUL, Dec. 30 (Yonhap) -- President Lee on Wednesday called for talks.\n\n"
                 "He spoke at a meeting.\n\n"
                 "The minister said in an interview on Tuesday that aid was ready.")
    assert parse_article(no_saying, "d.txt", hints).published == datetime.date(2020, 12, 30)


def test_published_line_beats_dateline_and_updated_line() -> None:
    raw = (
        "Updated : Mar 25, 2020 - 09:00\n"
        "Published : Mar 23, 2020 - 11:58\n\n"
        "SEOUL, March 22, 2020 (Yonhap) -- Officials said on Sunday the plan was ready.\n"
    )
    article = parse_article(raw, "published.txt")
    assert article.published == datetime.date(2020, 3, 23)
    assert article.published_basis == "'Published : Mar 23, 2020' line"
    only_updated = parse_article(raw.replace("Published : Mar 23, 2020 - 11:58\n", ""), "u.txt")
    assert only_updated.published_basis == "'Updated : Mar 25, 2020' line"


@pytest.mark.parametrize(("line", "day"), [
    ("Published: 14:32 GMT, 12 January 2022 | Updated: 16:05 GMT, 13 January 2022",
     datetime.date(2022, 1, 12)),
    ("Posted 9:05 a.m. ET, Jan. 3, 2021", datetime.date(2021, 1, 3)),
    ("Updated on Tuesday, March 5, 2024", datetime.date(2024, 3, 5)),
    ("Posted Thu 21 Jul 2022 at 6:12pm", datetime.date(2022, 7, 21)),  # weekday abbreviated
    ("Published: 0246 GMT June 08, 2021", datetime.date(2021, 6, 8)),  # a four-digit clock
    ("  \u00b7  2022-07-19  \u00b7   Source: Xinhua News Agency", datetime.date(2022, 7, 19)),
    ("Thu 21 October 2021:", datetime.date(2021, 10, 21)),  # a colon after the date
])
def test_published_lines_with_a_clock_time_or_weekday_first(line: str, day: datetime.date
                                                           ) -> None:
    raw = (f"Ferry talks resume\n{line}\n\n"
           "LISBON (AP) -- The ferry operator said on Monday it would resume.\n")
    assert parse_article(raw, "clock.txt").published == day


# --------------------------------------------------------------------------- the real seeds

SEED_EXPECTATIONS = {
    "000_2d1694b484c03077.txt": dict(
        title=None,
        publisher="UrduPoint News / Sputnik",
        place="Seoul",
        published=datetime.date(2021, 2, 3),
        published_basis="dateline '03rd February, 2021'",
        start="SEOUL (UrduPoint News / Sputnik - 03rd February, 2021) South Korea finds",
        count=9,
    ),
    "001_6199f73445adc004.txt": dict(
        title="U.S. willing to share COVID vaccine with N. Korea if requested: report",
        publisher="Yonhap",
        place="Washington",
        published=datetime.date(2021, 5, 11),
        published_basis=(
            "dateline 'May 11' with year 2021 inferred: 'Tuesday', the day of saying in the text,"
            " falls on May 11"
            " first in 2021 among years >= 2019, the latest year named in the text"
        ),
        start="WASHINGTON, May 11 (Yonhap) \u2014 The United States may consider",
        count=14,
    ),
    "002_243ae2b9009f719b.txt": dict(
        title="Ministry emphasizes inter-Korean anti-virus cooperation following Trump's offer"
        " to help N. Korea",
        publisher="Yonhap",  # from the "(Yonhap)" sign-off; "By Yonhap" is the byline
        place=None,
        published=datetime.date(2020, 3, 23),
        published_basis="'Published : Mar 23, 2020' line",
        start="South and North Korea should work together in preventing the spread",
        count=11,
    ),
}


@pytest.mark.parametrize("name", sorted(SEED_EXPECTATIONS))
def test_real_seeds(name: str) -> None:
    expected = SEED_EXPECTATIONS[name]
    article = read_article(SEEDS / name)
    assert article.file == name
    for key in ("title", "publisher", "place", "published", "published_basis"):
        assert getattr(article, key) == expected[key], key
    assert article.text.startswith(expected["start"])
    assert len(paragraphs(article)) == expected["count"]
    assert read_article(SEEDS / name) == article


def test_seed_with_menus_keeps_only_the_article() -> None:
    raw_lines = (SEEDS / "002_243ae2b9009f719b.txt").read_text(encoding="utf-8").split("\n")
    title_at = next(i for i, line in enumerate(raw_lines) if line.startswith("Ministry emph"))
    footer_at = raw_lines.index("MOST POPULAR")
    boilerplate = {line.strip() for line in raw_lines[:title_at] + raw_lines[footer_at:]} - {""}
    assert len(boilerplate) > 50  # the menu, once before and once after, and the footer
    article = read_article(SEEDS / "002_243ae2b9009f719b.txt")
    assert article.byline == "Yonhap"
    assert not set(article.text.split("\n")) & boilerplate
    for line in ("By Yonhap", "(Yonhap)", "Tel : 02.727.0114", "MOST POPULAR"):
        assert line not in article.text.split("\n")
    assert paragraphs(article)[-1].endswith('between the two leaders." (Yonhap)')


def test_seeds_without_boilerplate_keep_every_paragraph() -> None:
    for name, skip in (("000_2d1694b484c03077.txt", 0), ("001_6199f73445adc004.txt", 1)):
        text = normalize_text((SEEDS / name).read_text(encoding="utf-8"))
        assert read_article(SEEDS / name).text == "\n\n".join(text.split("\n\n")[skip:])
    assert "Pyongyang claims to be COVID-19 free." in paragraphs(
        read_article(SEEDS / "001_6199f73445adc004.txt")
    )


# --------------------------------------------------------------------------- properties

PIECES = [
    "National", "K-pop", "MOST POPULAR", "By Kim Soo-yeon", "By the way",
    "Published : Mar 23, 2020 - 11:58", "date 2020-03-23", "(Yonhap)", "(END)", "---",
    "title: x", "SEOUL, March 23 (Yonhap) --", "WASHINGTON (AP) \u2014", "Feb. 29",
    "Pyongyang claims to be COVID-19 free.", "3 Comments", "Tuesday", "2019", "\u00a0",
    "The minister said on Monday that talks would resume after the holidays in Seoul.",
    "Copyright Herald Corporation. All Rights Reserved.", "\ufeff", "\r\n", "\t", "\x00",
]
SEPARATORS = st.sampled_from(["\n", "\n\n", " ", "\r\n", "\n\n\n", ""])


@st.composite
def article_like(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=30)), max_size=25))
    return "".join(part + draw(SEPARATORS) for part in parts)


def parse_or_error(raw: str) -> Article | str:
    try:
        return parse_article(raw, "prop.txt")
    except IngestError as exc:
        assert str(exc).startswith("prop.txt: ")
        return str(exc)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), article_like()))
def test_parse_article_only_raises_ingest_error_and_is_deterministic(raw: str) -> None:
    first = parse_or_error(raw)
    assert parse_or_error(raw) == first
    if isinstance(first, Article):
        assert first.text and first.text == first.text.strip()
        assert "\n\n\n" not in first.text
        first.text.encode("utf-8")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_decode(data: bytes) -> None:
    text = decode_bytes(data)
    assert isinstance(text, str)
    parse_or_error(text)


def test_unencodable_and_noncharacter_code_points_are_dropped() -> None:
    raw = "The minister said on Monday \ud800that\ufffe talks\uffff would resume soon."
    article = parse_article(raw, "odd.txt")
    assert article.text == "The minister said on Monday that talks would resume soon."


@pytest.mark.parametrize("stamp", [
    "June 10, 2021 7:42 AM UTC",
    "June 10, 2021 7:42 PM GMT+9 Updated 2 hours ago",
    "Thursday, June 10, 2021 14:02 KST",
    "June 10, 2021 at 10:15 a.m. EDT",
    "June 10, 2021 GMT",
])
def test_date_and_time_stamp_lines_in_scraped_headers(stamp: str) -> None:
    raw = (f"U.S. weighs vaccine aid\n\n{stamp}\n\n"
           "WASHINGTON (Reuters) - The administration is weighing aid, an official said.\n")
    article = parse_article(raw, "stamp.txt")
    assert article.published == datetime.date(2021, 6, 10)
    assert article.published_basis == f"'{stamp}' stamp"
    assert article.text.startswith("WASHINGTON (Reuters)")


@pytest.mark.parametrize(("stamp", "basis"), [
    ("2021.06.10 18:21Nation", "'2021.06.10 18:21Nation' stamp"),  # a section glued on
    ("  • June 10, 2021", "'June 10, 2021' stamp"),  # an item of a list of facts
    ("Date: 15/06/2021 | Source: KCNA | Read original", "'Date: 15/06/2021' stamp"),
    ("Date: 06/10/2021 | Source: KCNA | Read original", None),  # either 10 June or 6 October
    ("Date: 6/22/2021", "'Date: 6/22/2021' stamp"),  # month first: 22 is no month
    ("  • June 10 2021 15:31:47", "'June 10 2021 15:31:47' stamp"),  # seconds, no comma
    ("10.6.2021 17:42 Updated 10.6.2021 19:05",  # day first, the first date wins
     "'10.6.2021 17:42 Updated 10.6.2021 19:05' stamp"),
])
def test_stamps_in_other_layouts(stamp: str, basis: str | None) -> None:
    raw = (f"U.S. weighs vaccine aid\n\n{stamp}\n\n"
           "The administration is weighing more aid to the region, an official said.\n")
    article = parse_article(raw, "stamp.txt")
    assert article.published_basis == basis
    if basis:
        assert article.published.isoformat() in ("2021-06-10", "2021-06-15", "2021-06-22")
    assert article.title == "U.S. weighs vaccine aid"


@pytest.mark.parametrize(("header", "title"), [
    # the heading nearest before the first stamp or byline that has one above it
    ("date 2022-05-17 Example.com\n\nAid talks stall at the U.N.\n\nBy Jane Roe\n\n"
     "Aid talks stall as the two sides trade blame over the delays in shipments",
     "Aid talks stall at the U.N."),
    ("Seoul weighs aid to Pyongyang: Unification Min.\n\nBy Kim Soo-yeon",
     "Seoul weighs aid to Pyongyang: Unification Min."),
    # captions, picture credits, agency names and list items are no titles
    ("THE ASSOCIATED PRESS\n\nJune 1, 2021\n\nIn this photo a nurse holds a vial of"
     " vaccine in a clinic in Seoul. (Yonhap)", None),
    ("Photo : YONHAP News\n\nJune 1, 2021", None),
    ("Aid talks stall, Seoul says\n\nA nurse in Seoul. File Photo by Jo Bloggs/Metro Wire | "
     '<a href="/photos/lp/1f2e/">License Photo</a>', "Aid talks stall, Seoul says"),
    ("Aid shipment held at the border\n\n  • June 1, 2021\n\n  • , All networks",
     "Aid shipment held at the border"),
    # a headline with a final period is still a headline, not the lead
    ("Chile Vows to Reopen Its Borders by the End of March.",
     "Chile Vows to Reopen Its Borders by the End of March."),
])
def test_titles_among_captions_credits_and_stamps(header: str, title: str | None) -> None:
    raw = f"{header}\n\nThe government is weighing more aid to the region, an official said.\n"
    article = parse_article(raw, "title.txt")
    assert article.title == title
    assert article.text.startswith("The government is weighing")


def test_text_broken_mid_sentence_at_every_line_is_one_paragraph_a_line() -> None:
    raw = (
        "Aid talks stall\n\n"
        "\"Certainly\nit's worrying if the shipments ... are not reaching the clinics that"
        " need\nthem most,\" said the agency's emergencies director in response to a"
        " question.\n\n"
        "At the same\nbriefing, the agency's chief also said he was \"deeply concerned\""
        " about the\nspread of the virus.\n"
    )
    article = parse_article(raw, "ragged.txt")
    assert paragraphs(article) == [
        "\"Certainly\nit's worrying if the shipments ... are not reaching the clinics that"
        " need\nthem most,\" said the agency's emergencies director in response to a"
        " question.",
        "At the same\nbriefing, the agency's chief also said he was \"deeply concerned\""
        " about the\nspread of the virus.",
    ]


MENU = "\n".join(["Home", "World", "Politics", "Economy", "Business", "Opinion", "Sports",
                  "Video", "Photos", "Lifestyle", "Entertainment", "Foreign Affairs"])
BODY = (
    "The finance ministry said on Tuesday that it would extend the fuel subsidy until the end"
    " of the year, citing the rising cost of imports and a weaker currency.\n\n"
    "\"We will not let families pay for a crisis they did not cause,\" the minister told"
    " reporters after a cabinet meeting in the capital.\n\n"
    "The opposition called the plan too little and too late, and said it would table its"
    " own proposal in parliament next week."
)


@pytest.mark.parametrize("banner", [
    "This website uses cookies to ensure you get the best experience. Learn more\nGot it!",
    "Cookies on this site\nWe use some essential cookies to make this website work.\n"
    "We'd like to set additional cookies to understand how you use the site.\n"
    "Accept additional cookies\nReject additional cookies",
])
def test_a_cookie_banner_and_menus_above_the_article_are_not_its_start(banner: str) -> None:
    raw = (f"{banner}\n\nThe Daily Ledger\nSubscribe | Login\n{MENU}\n\n"
           "Fuel subsidy extended to year end\n\nPosted : 2021-04-15 17:05\n\n"
           f"Share this article\nFacebook\nTwitter\nEmail\n\n{BODY}\n")
    article = parse_article(raw, "cookies.txt")
    assert article.text == BODY
    assert article.title == "Fuel subsidy extended to year end"
    assert article.published == datetime.date(2021, 4, 15)


@pytest.mark.parametrize(("line", "day"), [
    ("Aired March 24, 2022 - 21:00 ET", datetime.date(2022, 3, 24)),
    ("KYODO NEWS - Jun 4, 2021 - 19:45 | Japan, World, Coronavirus, All",
     datetime.date(2021, 6, 4)),
    # a content system's timestamp, whatever is glued to it
    ("2021-12-24 09:05:49Xinhua Editor : Li Yan ECNS App Download", datetime.date(2021, 12, 24)),
    ("China Daily Global| 2020-03-06 13:52:55|Editor: Wang Xiaoyu", datetime.date(2020, 3, 6)),
    ("update:May 05,2022", datetime.date(2022, 5, 5)),
    ("Tue, September 14, 2021, 5:12 PM", datetime.date(2021, 9, 14)),  # no place "Tue"
    ("30 October 2021 07:13 am Views - 8653", datetime.date(2021, 10, 30)),  # a view count
    ("Date:- 11 Feb 2021", datetime.date(2021, 2, 11)),
    ("Nadia Farouk, , Sunday 7 Mar 2021", datetime.date(2021, 3, 7)),  # a byline first
    ("16:01 JST, March 3, 2022", datetime.date(2022, 3, 3)),  # the time first
    ("10:15 PM EST, March 3, 2022", datetime.date(2022, 3, 3)),
])
def test_header_date_lines_of_many_layouts(line: str, day: datetime.date) -> None:
    raw = f"Fuel subsidy extended to year end\n\n{line}\n\n{BODY}\n"
    article = parse_article(raw, "lines.txt")
    assert (article.published, article.title, article.place) == (
        day, "Fuel subsidy extended to year end", None)


def test_a_date_line_under_the_standfirst_dates_the_page() -> None:
    lead, rest = BODY.split("\n\n", 1)
    raw = (f"Press release\n\nFuel subsidy extended to year end\n\n{lead}\n\n"
           f"Published 24 February 2022\n\n{rest}\n")
    article = parse_article(raw, "release.txt")
    assert article.published == datetime.date(2022, 2, 24)
    assert article.text == BODY


def test_a_byline_with_a_place() -> None:
    raw = f"Fuel subsidy extended\n\nBy Tom Hollis and Anna Wright in Lviv\n\n{BODY}\n"
    article = parse_article(raw, "byline.txt")
    assert article.byline == "Tom Hollis and Anna Wright in Lviv"
    assert article.title == "Fuel subsidy extended"


@pytest.mark.parametrize("marker", ["Related coverage:", "Reader comments (3)",
                                    "More on this story"])
def test_more_end_markers(marker: str) -> None:
    tail = ("TokyoSaru Jun 4, 2021 20:11\n\nThe minister said \"we are returning that"
            " kindness\" and I think that is right, because they helped us before.")
    article = parse_article(f"{BODY}\n\n{marker}\n\n{tail}\n", "end.txt")
    assert article.text == BODY


@pytest.mark.parametrize("credit", [
    "Kim reported from Seoul, South Korea. Associated Press writer Mari Yamaguchi in Tokyo"
    " contributed to this report.",
    "(Reporting by Hyonhee Shin; Editing by Tom Hogue)",
])
def test_wire_credits_at_the_foot_are_not_text(credit: str) -> None:
    assert parse_article(f"{BODY}\n\n{credit}\n", "credit.txt").text == BODY


def test_a_report_from_a_place_is_text_not_a_credit() -> None:
    line = "Lee reported from the border that the troops had left on Sunday."
    assert parse_article(f"{BODY}\n\n{line}\n", "credit.txt").text == f"{BODY}\n\n{line}"


def test_the_weekdays_of_a_roundup_belong_to_its_own_datelines() -> None:
    raw = (
        "SEOUL, April 24 (Yonhap) -- The following is a summary of the week's news.\n\n"
        "SEOUL, April 20 (Yonhap) -- The North's denial has raised questions, observers"
        " said Monday.\n\n"
        "The foreign ministry said in a statement that no letter had been sent.\n"
    )
    hints = YearHints(today=datetime.date(2026, 12, 1), corpus_years=((2020, 3), (2021, 2)))
    article = parse_article(raw, "roundup.txt", hints)
    assert article.published == datetime.date(2020, 4, 24)  # April 20 was a Monday in 2020
    assert "under its datelines (April 24, April 20)" in article.published_basis


def test_a_date_stamp_run_into_the_first_line_is_a_line_of_its_own() -> None:
    article = parse_article(f" date 2022-05-26 {BODY}\n", "glued.txt")
    assert article.text == BODY
    assert article.published == datetime.date(2022, 5, 26)


def test_a_weekday_line_is_no_dateline() -> None:
    raw = ("Fuel subsidy extended\n\nTue, September 14, 2021, 5:12 PM\n\n"
           f"Manila (AFP) - {BODY}\n")
    article = parse_article(raw, "afp.txt")
    assert (article.place, article.publisher) == ("Manila", "AFP")


def test_a_dateline_with_no_place_dates_the_article_and_the_day_before_fixes_its_year() -> None:
    raw = ("May 5 (UPI) -- The aid agency is preparing to receive vaccine deliveries, "
           "officials said.\n\nIts head said Tuesday that the shipments were delayed in 2021.\n")
    article = parse_article(raw, "upi.txt")
    assert article.publisher == "UPI" and article.text.startswith("May 5 (UPI)")
    assert article.published == datetime.date(2021, 5, 5)  # a Wednesday: 'Tuesday' before
    assert "the day before May 5" in article.published_basis


def test_published_on_in_title_case_is_a_publication_line() -> None:
    raw = ("Talks pause in Vienna\n\nPublished On 8 Mar 2022\n\n"
           "Negotiators paused the talks on Monday, officials said.\n")
    assert parse_article(raw, "aj.txt").published == datetime.date(2022, 3, 8)


@pytest.mark.parametrize(("said", "day"), [
    ("on Thursday", datetime.date(2022, 3, 10)),  # 10 March 2022 is a Thursday
    ("on Monday", datetime.date(2022, 10, 3)),  # 3 October 2022 a Monday
    ("on Sunday", datetime.date(2022, 10, 3)),  # the day before 3 October (overnight)
    ("this week", None),  # no day of saying: either reading, so neither
])
def test_a_slashed_date_that_reads_either_way_takes_the_day_of_saying(
        said: str, day: datetime.date | None) -> None:
    raw = ("Drought leaves millions short of food\n\nIssued on: 10/03/2022 - 15:04\n\n"
           f"Nairobi (AFP) - Millions are short of food, the government said {said}.\n")
    article = parse_article(raw, "f24.txt")
    assert article.published == day
    if day is not None:
        assert "Issued on: 10/03/2022" in article.published_basis


def test_a_publication_line_glued_to_the_place_before_it() -> None:
    raw = ("Spokesman says he hid in the capital\n\nWeb Team\nKabulUpdated: Sep 13, 2021, "
           "11:35 AM IST\n\nThe spokesman said he had never left the city.\n")
    assert parse_article(raw, "wion.txt").published == datetime.date(2021, 9, 13)


@pytest.mark.parametrize("caption", [
    "The premier says the plan is on track. Picture: Metro Wire/Jo Bloggs",
    "The spokesman in Kabul (file photo). Photograph:(Reuters)",
    "Protesters march past the embassy on Monday. (AP Photo/Kim Min-ho)",
    "The border has been shut since January. File Photo by Jo Bloggs/Metro Wire",
    'The border has been shut since January. File Photo by Jo Bloggs/Metro Wire | '
    '<a href="/photos/lp/1f2e/" target="_blank">License Photo</a>',
    "RELATED Premier welcomes the vaccine deal with the drug makers",
    "The envoy warned of tariffs if the talks failed.(Metro News: Jo Bloggs)",
])
def test_a_picture_caption_inside_the_article_is_dropped(caption: str) -> None:
    body = ("The premier said on Monday that the borders would reopen in stages next "
            "year, once most adults had received a second dose of a vaccine, and that "
            "the states would be consulted before any date was set for travellers.")
    raw = (f"SYDNEY (Metro Wire) - {body}\n\n{caption}\n\n{body.replace('Monday', 'Tuesday')}"
           f"\n\n{body.replace('Monday', 'Friday')}\n")
    text = parse_article(raw, "cap.txt").text
    assert caption not in text and "Tuesday" in text and "Friday" in text


@pytest.mark.parametrize("line", [
    "He said the photo was taken on Monday, and the image showed damage.",
    "The minister said cases rose (Source: health ministry data) on Monday.",
])
def test_a_sentence_about_a_photo_is_no_caption(line: str) -> None:
    assert not is_caption(line)


def test_a_page_with_no_date_takes_the_day_its_lead_names_with_a_weekday() -> None:
    raw = ("Spokesman corrects a reporter\n\n"
           "The foreign ministry spokesman told a regular press conference on Wednesday, "
           "May 26, that the island was part of the country.\n\n"
           "He said on Tuesday that the talks would go on.\n")
    hints = YearHints(today=datetime.date(2026, 12, 1), corpus_years=((2021, 3), (2022, 1)))
    article = parse_article(raw, "undated.txt", hints)
    assert article.published == datetime.date(2021, 5, 26)  # a Wednesday in 2021
    assert "Wednesday, May 26" in article.published_basis
    named = raw.replace("the island", "since 2019 the island")  # from the year named on
    assert parse_article(named, "undated.txt", hints).published == datetime.date(2021, 5, 26)
    assert parse_article(raw, "undated.txt").published is None  # no bound on the year


def test_a_page_with_no_date_takes_a_slashed_date_its_weekday_fixes() -> None:
    raw = ("Rebels shell the port\n\n"
           "The shelling began before dawn on Tuesday (8/3/2022) local time, the army said.\n\n"
           "A spokesman said on Monday that the port had been quiet.\n")
    article = parse_article(raw, "undated.txt")
    assert article.published == datetime.date(2022, 3, 8)  # 8 March, not 3 August: a Tuesday
    assert "Tuesday 8/3/2022" in article.published_basis
    wrong = raw.replace("Tuesday", "Friday")  # neither reading is a Friday
    assert parse_article(wrong, "undated.txt").published is None


def test_a_page_with_no_date_takes_the_lead_day_and_weekday_named_apart() -> None:
    raw = ("Volcano erupts near the capital\n\n"
           "Ash fell on the capital on the morning of October 4, the civil defence agency "
           "said.\n\n"
           "Its director said the eruption began at around 6 am on Tuesday.\n")
    hints = YearHints(today=datetime.date(2026, 12, 1), corpus_years=((2022, 2),))
    article = parse_article(raw, "undated.txt", hints)
    assert article.published == datetime.date(2022, 10, 4)  # a Tuesday in 2022
    two = raw.replace("at around 6 am", "on Monday and again")  # two weekdays: no guess
    assert parse_article(two, "undated.txt", hints).published is None


def test_a_related_box_inside_the_article_does_not_end_it() -> None:
    long = "The official said the agency would keep working with the government " * 3
    raw = (f"SEOUL, May 5 (Yonhap) -- {long}.\n\nRelated\n\n\"{long},\" he said.\n\n"
           f"{long} as before.\n\nRelated stories\n\nAid talks stall\n\nBorder to reopen\n")
    text = parse_article(raw, "box.txt").text
    assert "as before." in text and "Aid talks stall" not in text


def test_an_agency_alone_in_parentheses_is_a_dateline() -> None:
    raw = ("Hamas blamed for the deaths\n\n(Eagle News) \u2013 The government press office "
           "said the group was responsible for the deaths of civilians.\n")
    article = parse_article(raw, "eagle.txt")
    assert article.publisher == "Eagle News" and article.published is None


BODY = ("The minister said the relief effort would continue through the week, and that "
        "more boats had been sent to the worst affected districts overnight.\n\n"
        "Officials said the water level was still rising in two districts on the coast.")


@pytest.mark.parametrize(("header", "published", "basis"), [
    ("POLITICS 14.03.2021 09:12\n\nBELGRADE –", datetime.date(2021, 3, 14),
     "'POLITICS 14.03.2021 09:12' stamp"),
    ("05/02/2021 10:15 AM\n\nKUCHING, Feb 5 (Bernama) --", datetime.date(2021, 2, 5),
     "'05/02/2021 10:15 AM' line, read day first or month first by the dateline's 'Feb 5'"),
    ("05/02/2021 10:15 AM\n\nKUCHING, May 2 (Bernama) --", datetime.date(2021, 5, 2),
     "'05/02/2021 10:15 AM' line, read day first or month first by the dateline's 'May 2'"),
    ("The minister at a briefing in Kuching, March 3, 2021. ― Bernama pic\n\n"
     "KUCHING, March 3 ―", datetime.date(2021, 3, 3),
     "dateline 'March 3' with year 2021 from 'March 3, 2021' above the article"),
])
def test_header_dates_a_dateline_and_a_section_label(header: str, published: datetime.date,
                                                      basis: str) -> None:
    article = parse_article(f"{header} {BODY}", "t.txt")
    assert (article.published, article.published_basis) == (published, basis)


def test_a_historic_year_yields_to_the_corpus_years_that_fit_the_weekday() -> None:
    raw = ("Asuncion, Sep 16 (EFE).- The government declared an emergency on Thursday, "
           "the agency said.\n\n"
           "The region has lost a quarter of its forests since 2000, a group said.")
    hints = YearHints(corpus_years=((2020, 4), (2021, 6), (2022, 3)))
    article = parse_article(raw, "t.txt", hints)
    assert article.published == datetime.date(2021, 9, 16)  # a Thursday; so was 2004's
    alone = parse_article(raw, "t.txt")
    assert alone.published == datetime.date(2004, 9, 16)  # the nearest year from 2000
    assert "inferred" in (alone.published_basis or "")  # (so no corpus hint comes of it)


def test_a_press_release_keeps_its_date_line_and_the_page_keeps_its_own() -> None:
    raw = ("Ministry announces relief for flood-hit families\n\n"
           "Posted on July 12, 2021 by News Desk | 3 Comments\n\n"
           "The Ministry of Home Affairs on Sunday evening issued the following press "
           "release. We reproduce it in full below.\n\nGOVERNMENT OF EXAMPLELAND\n\n"
           "PRESS RELEASE\n\nDate: 11 July 2021\n\nThe Ministry wishes to inform the public "
           "that relief will be paid to every family whose house was destroyed.\n\n(Ends)\n")
    article = parse_article(raw, "release.txt")
    assert article.published == datetime.date(2021, 7, 12)
    assert "\n\nDate: 11 July 2021\n\n" in article.text


def test_a_weekday_opening_the_sentence_of_a_saying_votes_for_the_year() -> None:
    """ "On Tuesday, he told Parliament" is the dateline day's saying as much as "said
    Tuesday"; with only a company's "said Sunday" the tie went to the wrong year."""
    raw = ("Aug. 11 (UPI) -- The prime minister told Parliament he expects compensation "
           "from the ship's owner.\n\nThe ship ran aground last month.\n\n"
           "On Tuesday, he told Parliament the owner would pay for the clean-up.\n\n"
           "The owner, which said Sunday that it was working with the authorities, did not "
           "comment further.")
    article = parse_article(raw, "upi.txt", YearHints(corpus_years=((2020, 2), (2021, 3))))
    # August 11 is a Tuesday in 2020 (and a Sunday in 2019)
    assert article.published == datetime.date(2020, 8, 11), article.published_basis


def test_an_end_mark_closing_a_reproduced_release_is_not_the_article_s_end() -> None:
    raw = ("Government raises fuel price\n\nJune 8, 2022\n\n"
           "The ministry issued the following press release on Tuesday.\n\nPRESS RELEASE\n\n"
           "The Ministry wishes to inform the public that the pump price will rise on "
           "Thursday.\n\nSigned:\n\nMinister of Information\n\nEND\n\n"
           "Reacting to the announcement on Wednesday, the president of the drivers' union "
           "told reporters that drivers would not accept any fare increase below 30 percent."
           "\n\n3 Comments\n\nAbu K. June 8, 2022 at 10:14 am\nThey promised no increase.")
    article = parse_article(raw, "release.txt")
    assert article.text.endswith("below 30 percent.")
    assert "They promised" not in article.text
    wire = ("SEOUL, June 8 (Yonhap) -- The ministry said on Wednesday the price would rise "
            "by a tenth from Thursday.\n\n(END)\n\nMost read stories of the week in a box "
            "that goes on for a while and names several other articles of the day.")
    assert "Most read" not in parse_article(wire, "wire.txt").text  # (no document before)


def test_highlights_above_the_lead_are_a_standfirst_not_the_article() -> None:
    raw = (f"Fuel subsidy extended to year end\n\n30 October 2021 07:13 am\n\n"
           "\u25cf Minister says the subsidy will stay\n\n\u25cf Talks with the unions next week"
           f"\n\n{BODY}\n")
    article = parse_article(raw, "highlights.txt")
    assert article.text == BODY
    assert article.published == datetime.date(2021, 10, 30)


def test_a_caption_its_credit_and_highlights_above_the_lead_are_not_the_article() -> None:
    raw = ("Unrest: tip on instigators came from the public - minister\n\n"
           "Police attend to looting in the township during unrest in July.\n\n"
           "Jo Bloggs/Getty Images\n\n"
           "• The minister said a member of the public gave him the names.\n\n"
           "• The unrest happened in two provinces.\n\n"
           f"{BODY}\n")
    article = parse_article(raw, "highlights.txt")
    assert article.text == BODY
    assert article.title == "Unrest: tip on instigators came from the public - minister"


def test_a_weekday_after_a_long_occasion_still_dates_the_saying() -> None:
    raw = ("Kumasi, Dec. 01, GNA- The region has recorded its first case of the variant, "
           "the regional director has said.\n"
           "Dr Mensah said this at the launch of the regional vaccination month in Kumasi on "
           "Wednesday.\n")
    article = parse_article(raw, "gna.txt", YearHints(corpus_years=((2021, 3),)))
    # December 1 is a Wednesday in 2021 (and a Tuesday in 2020 and 2022)
    assert article.published == datetime.date(2021, 12, 1), article.published_basis


def test_a_weekday_lead_and_an_earlier_occasion_s_date_below_give_no_day() -> None:
    raw = ("Minister: citizens, not migrants, drove the rise\n\n"
           "The security minister said on Sunday that citizens were responsible for the "
           "rise in cases.\n\n"
           "During the health ministry's briefing on April 21, he dismissed claims that "
           "migrants were to blame.\n")
    hints = YearHints(today=datetime.date(2026, 12, 1), corpus_years=((2020, 3), (2022, 2)))
    assert parse_article(raw, "newsday.txt", hints).published is None  # (21 April 2019 was
    # a Sunday; the lead's Sunday is another day)


def test_a_dateline_with_a_bare_agency_after_a_comma() -> None:
    line = "Accra, Dec. 01, GNA- Ghana has recorded its first case of the variant."
    assert parse_dateline(line) == Dateline("Accra", "GNA", parse_date_text("Dec. 01"))
    assert line[dateline_length(line):].startswith("Ghana has recorded")


@pytest.mark.parametrize(("line", "place", "day"), [
    ("San Cristóbal, 29 July 2022 (TDI): The foreign minister met his counterpart.",
     "San Cristóbal", datetime.date(2022, 7, 29)),
    ("BOGOTÁ, Colombia, 3 May 2021 (AP) — The president said", "Bogotá, Colombia",
     datetime.date(2021, 5, 3)),
])
def test_a_dateline_s_place_in_letters_beyond_ascii(line: str, place: str,
                                                   day: datetime.date) -> None:
    dateline = parse_dateline(line)
    assert dateline is not None and dateline.place == place
    assert dateline.when is not None and dateline.when.full() == day


@pytest.mark.parametrize(("line", "day"), [
    ("23. Feb 2022 at 12:05", datetime.date(2022, 2, 23)),  # the day with a full stop
    ("31-10-2022 at 5 PM Aden Time", datetime.date(2022, 10, 31)),  # hyphens, day first
    ("| updated on 4/29/21 11:24 AM", datetime.date(2021, 4, 29)),  # a two-digit year
])
def test_date_lines_of_european_and_short_year_layouts(line: str, day: datetime.date) -> None:
    raw = f"Fuel subsidy extended to year end\n\n{line}\n\n{BODY}\n"
    article = parse_article(raw, "lines.txt")
    assert article.published == day


def test_a_hyphenated_date_that_reads_both_ways_is_left_unread() -> None:
    raw = f"Fuel subsidy extended to year end\n\n10-03-2022\n\n{BODY}\n"
    assert parse_article(raw, "lines.txt").published is None


def test_a_date_line_with_a_print_button_s_label_dates_the_page() -> None:
    raw = f"Fuel subsidy extended to year end\n\n19 September, 2020 12:00 AM printer\n\n{BODY}\n"
    article = parse_article(raw, "lines.txt")
    assert (article.published, article.title) == (
        datetime.date(2020, 9, 19), "Fuel subsidy extended to year end")
