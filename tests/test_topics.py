from __future__ import annotations

import pytest

from generator.topics import topics_of


@pytest.mark.parametrize(("text", "expected"), [
    ("The government will send food aid to flood victims", ["aid"]),
    ("Vaccination of health workers starts next week", ["health", "vaccines"]),
    ("Talks on the nuclear programme stalled", ["denuclearization", "dialogue"]),
    ("The minister declined to comment", []),
    ("Travelers said the airport was crowded", []),  # "travel" is a whole word only
])
def test_topics_from_the_lexicon(text: str, expected: list[str]) -> None:
    assert topics_of(text) == expected
