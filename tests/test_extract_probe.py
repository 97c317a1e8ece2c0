"""Quality gates beyond the development set, each a folder of articles and a gold file.

- ``probe``: 31 articles written for these tests in the layouts and phrasings the
  unseen set is said to hold (scraped pages, state media, unnamed officials,
  described speakers named later, datelines without a year);
- ``holdout-a``: twelve real pages, annotated blind (see its README);
- ``holdout-b``: twelve written articles, annotated blind;
- ``holdout-c``: eight real pages and six written articles, annotated blind;
- ``holdout-d``: nine real pages and five written articles, annotated blind;
- ``holdout-e``: ten real pages and four written articles, annotated blind;
- ``holdout-f``: ten real pages and four written articles, annotated blind;
- ``holdout-g``: ten real pages and four written articles, annotated blind;
- ``holdout-h``: ten real pages and four written articles, annotated blind;
- ``holdout-i`` to ``holdout-p``: ten real pages and four written articles each,
  annotated blind; each set's README records its first score, taken before its
  errors were read (N's 0.853, O's 0.891 and P's 0.857 attribution are the latest
  estimates for unseen news);
- ``holdout-r``: twelve real pages, annotated blind (first score 0.838);
- ``holdout-s``: twelve real pages, annotated blind (first score 0.864);
- ``holdout-t``: twelve real pages, annotated blind (first score 0.814);
- ``holdout-u``: twelve real pages, annotated blind (first score 0.835);
- ``holdout-v``: twelve real pages, annotated blind (first score 0.869);
- ``holdout-w``: twelve real pages, annotated blind (first score 0.835);
- ``holdout-x``: twelve real pages, annotated blind (first score 0.872);
- ``holdout-y``: twelve real pages, annotated blind (first score 0.897);
- ``holdout-z``: twelve real pages, annotated blind (first score 0.934);
- ``holdout-aa``: twelve real pages, annotated blind (first score 0.831);
- ``holdout-ab``: twelve real pages, annotated blind (first score 0.872);
- ``holdout-ac``: twelve real pages, annotated blind (first score 0.781);
- ``holdout-ad``: ten real pages, annotated blind (first score 0.806);
- ``holdout-ae``: eleven real pages, annotated blind (first score 0.761);
- ``holdout-af``: eleven real pages, annotated blind (first score 0.793);
- ``holdout-ag``: twelve real pages, annotated blind (first score 0.842);
- ``holdout-ah``: twelve real pages, annotated blind (first score 0.847);
- ``holdout-ai``: ten real pages, annotated blind (first score 0.761);
- ``holdout-aj``: twelve real pages, annotated blind (first score 0.767);
- ``holdout-ak``: eleven real pages, annotated blind (first score 0.780);
- ``holdout-al``: ten real pages, annotated blind (first score 0.769);
- ``holdout-am``: seven real pages, annotated blind (first score 0.919);
- ``holdout-an``: five real pages, annotated blind (first score 0.772).

Their scores are pinned as floors, so a rule that helps one set and hurts another
fails CI. A floor moves only in a commit that says why.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.authoring import extract_corpus

from .conftest import score

EVAL = Path(__file__).parent / "eval"
# Measured when set (attribution / detection / dates): probe (159 gold statements)
# 0.981 / 0.994 / 0.929; holdout-a (60) 0.887 / 0.904 / 0.895; holdout-b (172)
# 0.938 / 0.956 / 0.913; holdout-c (148) 0.922 / 0.956 / 0.808; holdout-d (117)
# 0.892 / 0.944 / 0.841; holdout-e (120) 0.895 / 0.937 / 0.832; holdout-f (127)
# 0.940 / 0.948 / 0.938; holdout-g (129) 0.929 / 0.953 / 0.747; holdout-h (123)
# 0.863 / 0.921 / 0.630, later 0.871 / 0.929 / 0.635; holdout-i (123) 0.795 / 0.887 /
# 0.439 blind, later 0.812 / 0.887 / 0.534. Dates rose on 2 December (the scene-setting
# day, pages dated by their lead): A 0.921, B 0.923, C 0.885, D 0.921, E 0.876, G 0.795.
# Date shares fall when
# more statements come to be attributed and an old date error starts to count: holdout
# C's from 0.827 (63 right of 78, from 62 of 75), A's from 0.919 (34 of 38, from 34 of
# 37: Trump's "nice note", said two days before the dateline's day); holdout I's from
# 0.525 (31 of 59) to 0.517 (31 of 60) when a Kuwaiti minister with a hyphenated name
# was found, on a page with no date at all. Holdout L (123) was 0.818 / 0.913 / 0.833
# blind, 0.944 / 0.960 / 0.778 when pinned; holdout M (121) 0.820 / 0.926 / 0.759 blind,
# 0.844 / 0.926 / 0.770 when pinned. A, D and H floors rose with their gains that day
# (A 0.906 / 0.923 / 0.950, D 0.909 / 0.952 / 0.922, H 0.883 / 0.933 / 0.640).
# Raised on 2 December (session 10) after general rules for dates (events named by
# their day, press releases given in full, year votes), names (styled titles, a later
# name ending an earlier one), transcripts and participles after quotes; measured then:
# probe 0.987 / 1.000 / 0.929, A 0.906 / 0.923 / 0.950, B 0.974 / 0.974 / 0.926,
# C 0.921 / 0.956 / 0.896, D 0.917 / 0.961 / 0.922, E 0.928 / 0.945 / 0.870, F 0.956 /
# 0.964 / 0.938, G 0.941 / 0.957 / 0.821, H 0.887 / 0.937 / 0.707, I 0.860 / 0.917 /
# 0.682, J 0.928 / 0.962 / 0.870, K 0.932 / 0.956 / 0.678, L 0.956 / 0.972 / 0.778,
# M 0.899 / 0.950 / 0.844. Holdout N (123) was 0.853 / 0.905 / 0.694 blind, pinned so,
# then 0.902 / 0.919 / 0.717 after the rules its errors showed (honorifics, quotes after
# a colon, a tag parsed alone, a release naming its body), with M 0.904 / 0.954 / 0.846.
# Holdout R (84) was 0.838 / 0.875 / 0.529 blind (at f2a7ac7), pinned 0.01 under
# 0.921 / 0.933 / 0.615 after the rules its errors showed (a dateline with the agency
# before the date, a capitalised "Or" opening a name, "said acting ... X", passive
# reports with their reporter as agent, "laud", "convey", "continued that").
# Holdout S (87) was 0.864 / 0.901 / 0.938 blind (at 689192c), pinned 0.01 under
# 0.958 / 0.958 / 0.973 after the rules its errors showed (block quotes signed under
# them, an acute accent for an apostrophe, datelines of "MONROVIA" and one hyphen,
# "after declaring", "a group called the FNDC", "the President" not the minister).
# Dates raised on 3 December with the rules that date remarks placed by a later
# sentence ("made the remarks at ... on Sunday"), deadlines, "said at the time" and
# the quotes after a report of a dated act: probe 0.943, B 0.955, F 1.000, M 0.849,
# O 0.689, R 0.692. J's date floor fell to 0.85 (47 of 55, from 47 of 54) when the
# statement of a minister "also appearing at the press conference" came to be
# attributed, on a page with no date at all (ERR's 005): its date cannot be known.
# P's fell to 0.27 (14 of 51) the same way: "He indicated that ..." statements found
# on Andina's page (011), which has no date.
# Holdout T (87) was 0.814 / 0.884 / 0.625 blind (at cd8fbfc), pinned 0.01 under
# 0.907 / 0.965 / 0.623 after the rules its errors showed (two portfolios before a
# name, names in their own script, a ministry NER missed, "Date:- 11 Feb 2021",
# highlights above the lead, a tag before its clause, "was his message").
# Holdout U (86) was 0.835 / 0.894 / 0.533 blind (at 9875e26), pinned 0.01 under
# 0.936 / 0.948 / 0.765 after the rules its errors showed (a titled name in a
# possessive, "said those words Tuesday", "File Photo by" captions, "where the
# government has claimed", "offered to", a leading "Noting that", possessed groups,
# an occasion's day the parse hung elsewhere).
# K's date floor fell to 0.83 on 3 December (50 of 60, from 50 of 59) when Lleshaj's
# quote tagged "Lleshaj stated" came to be found (nested curly quotes): its page (008) is
# dated by its URL only, so its "on Friday" cannot be resolved.
# Holdout V (88) was 0.869 / 0.926 / 0.517 blind (at 13a0747), pinned 0.01 under
# 0.994 / 0.994 / 0.585 after the rules its errors showed (warnings issued against
# someone, "this spring" in what is said, "This is what X declared", a second report
# joined on with "and", a party before its leader's name, "said to be", "Recall,").
# Five of its pages are dated by their URL only, so most of its dates cannot be known.
# Holdout W (89) was 0.835 / 0.894 / 0.472 blind (at c14669e, and the same at 519c336),
# pinned 0.01 under 0.948 / 0.960 / 0.638 after the rules its errors showed (a byline on
# the date line, "on the 18th", ", Channel 13 reports." parsed as a noun, "said," ending
# its paragraph, a clause before "quoted the Ministry as saying", "asked, which Y
# replied:", "It is imperative to note", "as Biden took charge, he", "4.37%").
# Holdout X (90) was 0.872 / 0.927 / 0.289 blind (at ee6af14, and the same at c14669e),
# pinned 0.01 under 0.934 / 0.956 / 0.381 after the rules its errors showed ("Accra,
# Dec. 01, GNA-", a weekday after a long occasion, "Dr. X, Director-General, Y, has
# said", "the M5-RFP" in apposition, "an election that his opponents say was rigged",
# "Zaharova" for "Zakharova", "According to the post", a release quoted whole). Six of
# its twelve pages are dated by their URL only.
# Holdout Y (85) was 0.897 / 0.919 / 0.542 blind (at a73edfb; 0.885 / 0.908 / 0.532 at
# c14669e, before the rules V, W and X showed), pinned 0.01 under 0.954 / 0.966 / 0.608
# after the rules its errors showed (a date still to come, "implied that", a speech act
# inside an inverted tag's words, nested curly quotes, "announced the decisions", "The
# Houthis statement said:", a closing mark typed to open a paragraph's quote).
# Holdout Z (84) was 0.934 / 0.958 / 0.632 blind (at 9ff2d40, and the same at c14669e),
# pinned 0.01 under 0.976 / 0.976 / 0.776 after the rules its errors showed (a place
# in letters beyond ASCII, "Agnes von der Muhl", "X made the declaration ..., PAP
# reported", ", he insisted." with the clause's subject on the verb too, "Biden's news
# conference, where he said", a report inside a leading "Noting that").
# Holdout AA (74) was 0.831 / 0.901 / 0.812 blind (at 1f0ebfe; 0.775 / 0.901 / 0.821
# at c14669e, before the rules V to Z showed), pinned 0.01 under 0.960 / 0.960 / 0.872
# after the rules its errors showed ("according to an official on Sunday", "the
# international community", "the North Korean message", "warned ... if it wants", a
# series "agreed ..., called on ..." parsed as a participle, "condemned by many
# countries, accusing", '"...," said X, who had earlier signalled', a quote opening a
# paragraph the speaker goes on in, "the Foreign Affairs Minister", "after it said").
# Holdout AB (93) was 0.872 / 0.905 / 0.417 blind (at 4d5984f, and the same at d07b2f6,
# before the rules AA showed), pinned 0.01 under 0.957 / 0.968 / 0.481 after the rules
# its errors showed ("ordered his agency to file", "the Philippines' top envoy" for the
# foreign secretary, "reminded Australia of", "spoke on the phone ..., according to a
# statement", "the Prime Minister's Office", ", estimated Kaikkonen.", "Pekka Haavisto
# (Greens)", "the country's Foreign Minister X", "ERR quotes X", "made it clear that",
# "16:01 JST, March 3, 2022"). Five of its pages are dated by their URL only.
# Holdout AC (78) was 0.781 / 0.887 / 0.600 blind (at afd9ec8, and the same at d07b2f6
# and 4d5984f, before the rules AA and AB showed), pinned 0.01 under 0.956 / 0.956 /
# 0.706 after the rules its errors showed ("has condemned the statement issued by",
# "Responding to X, Y's spokesperson, Z, said", "X speaking at a briefing said", a
# vaccine taken for the speaker of ", X, Minister, said", "adding that" hung on a
# noun, "Hugo López-Gatell", "As per UNICEF", ", predicted UNICEF.", "The Andean
# country", "the head of the WFP" then its Executive Director, "briefing the Security
# Council", "19 September, 2020 12:00 AM printer").
# Holdout AD (68) was 0.806 / 0.851 / 0.344 blind (at 827ab0d, and the same at afd9ec8
# and d07b2f6, before the rules AA, AB and AC showed), pinned 0.01 under 0.910 / 0.925 /
# 0.556 after the rules its errors showed ("to come later this week", "said on Friday
# Kenya was", "termed ... as", "defended ... as", "Ministry of Foreign affairs", "while
# briefing the nation", "discussed how", 'Article content "...," she said', a
# paragraph printed twice, "to tell people ..., tell people ...").
# P's and Y's date floors moved up (0.275 -> 0.431, 0.608 -> 0.647) when the pages'
# date lines "| updated on 4/29/21", "23. Feb 2022 at 12:05" and "31-10-2022 at 5 PM
# Aden Time" were read. K's and O's date floors moved down by 0.01 with AB's rules:
# each set gained a statement ("had instructed the police", "ordered the government to
# ensure") on a page with no date the text gives, so a match with no possible date
# joined the share.
# Holdouts AE (60) and AF (60) were 0.761 / 0.850 / 0.417 and 0.793 / 0.876 / 0.522
# blind (at 1a13505, and the same at 4544c3e, before the rules AD showed), pinned 0.01
# under 0.923 / 0.957 / 0.848 and 0.885 / 0.902 / 0.560 after the rules their errors
# showed (a "date 2022-02-25" stamp glued to the lead, "He stated this in an interview
# on Thursday", "made it plain that", "was stressed by the taskforce", "Undersecretary",
# two titles joined by "and" before the name, "Al Manea" for "Al-Manea", a quoted term
# in the writer's sentence, "the statement" after "a press release", a tag the parse
# joined to the first verb, "elaborated", "said the following:" with points under
# headings, "pleaded with X to", "as she pleaded" after a role, "Minister for Health X"
# in a caption, "He advised Chakwera" not Chakwera, "would question ..., X said", a
# fronted participle parsed as the subject, "0246 GMT June 08, 2021").
# D's date floor moved down (0.99 -> 0.975) with AE's rules: "it has 26 bio-labs in
# Ukraine" became the United States' statement (it was the embassy's), and its day is
# the report's where the gold has the month (66/67).
# Holdout AG (81) was 0.842 / 0.868 / 0.442 blind (at a768c6c, and the same at
# 4544c3e), pinned 0.01 under that until its errors are read; AE's rules, before anyone
# read AG, took it to 0.855 / 0.868 / 0.432 (an "Undersecretary" named, a match with no
# date the text gives). AG and AH (73; 0.847 / 0.861 / 0.308 blind at bcad72d, 0.841 /
# 0.855 / 0.308 at 4544c3e, before the rules AD showed) are pinned 0.01 under 0.865 /
# 0.903 / 0.444 and 0.877 / 0.877 / 0.732 after the rules their errors showed ("confirmed
# ... and said, "..."" two statements, "As per the statement of the Minister, "..."",
# "specified that", a list the lead introduces with a colon, "· 2022-07-19 · Source:",
# "Thu 21 October 2021:", "24th May 2022 – (Hong Kong)", "Brussels 23.04.2021", "Minister
# was speaking on Tuesday, October 20, 2020", "told reporters before attending the
# meeting this morning that", "unlike 13 days ago", "the Rwandan government" after "the
# Congolese government").
# Holdouts AI (58) and AJ (61) were 0.761 / 0.867 / 0.171 and 0.767 / 0.900 / 0.542 blind
# (at 8c1b19a; 0.779 / 0.867 / 0.194 and 0.717 / 0.900 / 0.542 at ad0512d, before the
# rules AE and AF showed), pinned 0.01 under 0.821 / 0.923 / 0.200 and 0.777 / 0.909 /
# 0.542 after the rules their errors showed ('"...," declared the Minister of Health'
# parsed as an object, "That was announced by the Health Minister X on Tuesday", ",
# adding: "..."" a quote of its own, "communicated that", "attributed X to Y", a title's
# first word parsed as a participle subject: "Coordinating Minister for ... X has
# announced"). AI's first score had dropped 0.779 -> 0.761 with AE's rules: one "he
# added" that had gone to the anonymous Foreign Minister (right by the gold's
# alternatives) went to the person NER had wrongly merged "Dr. Momen" with.
# Holdouts AK (47) and AL (55) were 0.780 / 0.780 / 0.167 and 0.769 / 0.904 / 0.696 blind
# (at a770030; the same and 0.788 / 0.904 / 0.667 at ad0512d, before this session's
# rules), pinned 0.01 under 0.851 / 0.851 / 0.167 and 0.846 / 0.904 / 0.704 after the
# rules their errors showed ('"...," he added, quoting the bishop': a person's own
# words; "Minister for Health X believes ..." then "He said"; '"...," says X, head of the
# press service, reports.'; "the Chairman of the ... Unit, Phay Siphan," tagged ORG).
# Holdouts AM (55) and AN (29) were 0.919 / 0.937 / 0.400 (at fca83ec) and 0.772 / 0.842 /
# 0.882 (at d1e7fdf) blind, the same at ad0512d, pinned 0.01 under that; their errors are
# not read yet.
FLOORS = {
    "probe": {"attribution": 0.975, "detection": 0.99, "date_accuracy": 0.935},
    "holdout-a": {"attribution": 0.895, "detection": 0.91, "date_accuracy": 0.94},
    "holdout-b": {"attribution": 0.965, "detection": 0.965, "date_accuracy": 0.945},
    "holdout-c": {"attribution": 0.915, "detection": 0.945, "date_accuracy": 0.885},
    "holdout-d": {"attribution": 0.915, "detection": 0.95, "date_accuracy": 0.975},
    "holdout-e": {"attribution": 0.915, "detection": 0.935, "date_accuracy": 0.935},
    "holdout-f": {"attribution": 0.945, "detection": 0.95, "date_accuracy": 0.99},
    "holdout-g": {"attribution": 0.93, "detection": 0.945, "date_accuracy": 0.81},
    "holdout-h": {"attribution": 0.91, "detection": 0.925, "date_accuracy": 0.75},
    "holdout-i": {"attribution": 0.88, "detection": 0.915, "date_accuracy": 0.70},
    "holdout-j": {"attribution": 0.915, "detection": 0.95, "date_accuracy": 0.85},
    "holdout-k": {"attribution": 0.925, "detection": 0.95, "date_accuracy": 0.81},
    "holdout-l": {"attribution": 0.95, "detection": 0.965, "date_accuracy": 0.765},
    "holdout-m": {"attribution": 0.90, "detection": 0.94, "date_accuracy": 0.84},
    "holdout-n": {"attribution": 0.905, "detection": 0.915, "date_accuracy": 0.715},
    "holdout-o": {"attribution": 0.937, "detection": 0.946, "date_accuracy": 0.67},
    "holdout-p": {"attribution": 0.893, "detection": 0.893, "date_accuracy": 0.42},
    "holdout-r": {"attribution": 0.911, "detection": 0.923, "date_accuracy": 0.68},
    "holdout-s": {"attribution": 0.948, "detection": 0.948, "date_accuracy": 0.963},
    "holdout-t": {"attribution": 0.897, "detection": 0.955, "date_accuracy": 0.61},
    "holdout-u": {"attribution": 0.926, "detection": 0.938, "date_accuracy": 0.755},
    "holdout-v": {"attribution": 0.984, "detection": 0.984, "date_accuracy": 0.575},
    "holdout-w": {"attribution": 0.938, "detection": 0.95, "date_accuracy": 0.628},
    "holdout-x": {"attribution": 0.924, "detection": 0.946, "date_accuracy": 0.371},
    "holdout-y": {"attribution": 0.944, "detection": 0.956, "date_accuracy": 0.637},
    "holdout-z": {"attribution": 0.966, "detection": 0.966, "date_accuracy": 0.766},
    "holdout-aa": {"attribution": 0.95, "detection": 0.95, "date_accuracy": 0.862},
    "holdout-ab": {"attribution": 0.947, "detection": 0.958, "date_accuracy": 0.471},
    "holdout-ac": {"attribution": 0.946, "detection": 0.946, "date_accuracy": 0.696},
    "holdout-ad": {"attribution": 0.9, "detection": 0.915, "date_accuracy": 0.546},
    "holdout-ae": {"attribution": 0.913, "detection": 0.947, "date_accuracy": 0.838},
    "holdout-af": {"attribution": 0.875, "detection": 0.892, "date_accuracy": 0.55},
    "holdout-ag": {"attribution": 0.855, "detection": 0.893, "date_accuracy": 0.434},
    "holdout-ah": {"attribution": 0.867, "detection": 0.867, "date_accuracy": 0.722},
    "holdout-ai": {"attribution": 0.811, "detection": 0.913, "date_accuracy": 0.19},
    "holdout-aj": {"attribution": 0.767, "detection": 0.899, "date_accuracy": 0.532},
    "holdout-ak": {"attribution": 0.841, "detection": 0.841, "date_accuracy": 0.157},
    "holdout-al": {"attribution": 0.836, "detection": 0.894, "date_accuracy": 0.694},
    "holdout-am": {"attribution": 0.909, "detection": 0.927, "date_accuracy": 0.39},
    "holdout-an": {"attribution": 0.762, "detection": 0.832, "date_accuracy": 0.872},
}
GOLD = {name: "probe-gold.json" if name == "probe" else "gold.json" for name in FLOORS}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> tuple[str, dict]:
    name = request.param
    root = tmp_path_factory.mktemp(name)
    seeds = root / "seeds"
    seeds.mkdir()
    for path in (EVAL / name).glob("*.txt"):
        shutil.copy(path, seeds / path.name)
    extract_corpus(seeds, root / "data", jobs=2)
    return name, score(root / "data", EVAL / name / GOLD[name], root / "export.json")


@pytest.mark.parametrize("figure", ["attribution", "detection", "date_accuracy"])
def test_floor(scored: tuple[str, dict], figure: str) -> None:
    name, scores = scored
    value = scores[figure] if figure == "date_accuracy" else scores[figure]["f1"]
    assert value >= FLOORS[name][figure], (name, figure, value)
