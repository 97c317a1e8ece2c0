"""An exact, indexed stand-in for the attribute ruler's matcher.

The pinned model's ``attribute_ruler`` holds 179 rules: 56 map a fine tag to a
coarse part of speech and morphology, the rest are exceptions keyed on a
lowercase word ("i" as subject, "gets", "gon na"). spaCy's ``Matcher`` tries
every rule at every token; on this machine that is about 16% of the whole
pipeline's time, more than the parser. None of the rules uses an operator, so
each is a fixed run of token tests, and the tests are plain comparisons.

``speed_up(nlp)`` compiles the loaded rules (whatever they are: nothing here
names a tag or a word) into a table keyed by tag and by first lowercase word, and
puts a ``match`` in front of the ruler's own that returns the very list spaCy's
would, in the same order; the ruler then sets attributes as before. A rule with a
test this module does not know leaves the ruler untouched.
``tests/test_fastmatch.py`` checks the two give identical matches and identical
tokens on real and synthetic articles.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

Row = list[int]
Test = Callable[[Row], bool]
# The token attributes the rules may test, read for a whole doc at once as spaCy's
# matcher reads them: string attributes as string-store hashes, flags as 0/1.
_STRING_ATTRS = ("ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "SHAPE")
_FLAG_ATTRS = ("IS_SPACE", "IS_PUNCT", "IS_DIGIT", "IS_ALPHA")
COLUMNS = _STRING_ATTRS + _FLAG_ATTRS
# First-token tests that can key the index, most selective first.
_INDEX_ORDER = ("ORTH", "LOWER", "NORM", "LEMMA", "TAG", "DEP", "POS", "SHAPE", "IS_SPACE")


class Unsupported(Exception):
    """A rule uses a matcher feature this module does not reproduce."""


class _Compiler:
    def __init__(self, strings: Any) -> None:
        self.strings = strings

    def value(self, key: str, value: Any) -> int:
        if key in _FLAG_ATTRS:
            if not isinstance(value, bool):
                raise Unsupported(f"{key}: {value!r}")
            return int(value)
        if not isinstance(value, str):
            raise Unsupported(f"{key}: {value!r}")
        return self.strings.add(value)

    def test(self, key: str, value: Any) -> Test:
        if key not in COLUMNS:
            raise Unsupported(key)
        col = COLUMNS.index(key)
        if not isinstance(value, dict):
            want = self.value(key, value)
            return lambda row: row[col] == want
        if len(value) != 1:
            raise Unsupported(f"{key}: {value}")
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN"):
            values = frozenset(self.value(key, v) for v in arg)
            if op == "IN":
                return lambda row: row[col] in values
            return lambda row: row[col] not in values
        if op == "REGEX" and key in _STRING_ATTRS:
            search, strings = re.compile(arg).search, self.strings
            return lambda row: bool(search(strings[row[col]]))
        raise Unsupported(f"{key}: {op}")

    def token(self, spec: dict[str, Any]) -> Test:
        if "OP" in spec:
            raise Unsupported("OP")
        tests = [self.test(key, value) for key, value in spec.items()]
        if len(tests) == 1:
            return tests[0]
        return lambda row: all(test(row) for test in tests)

    def keys(self, spec: dict[str, Any]) -> tuple[int, frozenset[int]] | None:
        """The column and values a first token must have, if a test fixes them."""
        for key in _INDEX_ORDER:
            value = spec.get(key)
            if value is None:
                continue
            if not isinstance(value, dict):
                return COLUMNS.index(key), frozenset([self.value(key, value)])
            if set(value) == {"IN"}:
                return COLUMNS.index(key), frozenset(self.value(key, v) for v in value["IN"])
        return None


# A rule's pattern as the index holds it: rule id, and a test per token (None when
# the index key is the first token's only test).
Candidate = tuple[int, list[Test | None]]


class RuleTable:
    """The ruler's rules, indexed by a value their first token must have."""

    def __init__(self, patterns: list[dict[str, Any]], strings: Any) -> None:
        compiler = _Compiler(strings)
        index: dict[int, dict[int, list[Candidate]]] = defaultdict(lambda: defaultdict(list))
        self.anywhere: list[Candidate] = []
        self.keys = [strings.add(str(i)) for i in range(len(patterns))]
        for rule_id, rule in enumerate(patterns):
            for pattern in rule["patterns"]:
                tests: list[Test | None] = [compiler.token(spec) for spec in pattern]
                keyed = compiler.keys(pattern[0])
                if keyed is None:
                    self.anywhere.append((rule_id, tests))
                    continue
                col, values = keyed
                if len(pattern[0]) == 1:
                    tests[0] = None
                for value in values:
                    index[col][value].append((rule_id, tests))
        self.by_column = [(col, dict(table)) for col, table in sorted(index.items())]

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """What ``AttributeRuler.match`` returns: (rule, key, start, end), sorted."""
        rows = doc.to_array(list(COLUMNS)).tolist() if len(doc) else []
        n = len(rows)
        found: set[tuple[int, int, int]] = set()
        for i, row in enumerate(rows):
            for col, table in self.by_column:
                for rule_id, tests in table.get(row[col], ()):
                    if _fits(tests, rows, i, n):
                        found.add((rule_id, i, i + len(tests)))
            for rule_id, tests in self.anywhere:
                if _fits(tests, rows, i, n):
                    found.add((rule_id, i, i + len(tests)))
        keys = self.keys
        return sorted((rule_id, keys[rule_id], start, end) for rule_id, start, end in found)


def _fits(tests: list[Test | None], rows: list[Row], i: int, n: int) -> bool:
    if len(tests) == 1:
        test = tests[0]
        return test is None or test(rows[i])
    if i + len(tests) > n:
        return False
    return all(test is None or test(rows[i + k]) for k, test in enumerate(tests))


def speed_up(nlp: Language) -> bool:
    """Give the pipeline's attribute ruler the indexed match; False if it kept its own."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        table = RuleTable(ruler.patterns, nlp.vocab.strings)
    except Unsupported:
        return False
    ruler.match = table.match
    return True
