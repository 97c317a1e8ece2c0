"""The quality gate: a fresh extraction of the development set, scored as CI scores it.

The floors are the figures measured when they were set; a drop fails the build.
The scorer and gold file are frozen copies of ../shared/eval (see tests/eval/).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import store

from .conftest import score

EVAL = Path(__file__).parent / "eval"
# Measured: every figure 1.000 (28 of 28 statements, 20 of 20 dates). A change that
# trades a development-set statement for a general gain lowers a floor in a commit
# that says why; it never drifts down unnoticed.
FLOORS = {"attribution": 1.0, "detection": 1.0, "date_accuracy": 1.0, "kind_accuracy": 1.0}


@pytest.fixture(scope="module")
def scores(seed_data: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("export") / "export.json"
    return score(seed_data, EVAL / "seeds-gold.json", out)


def test_attribution_f1_floor(scores: dict) -> None:
    assert scores["attribution"]["f1"] >= FLOORS["attribution"]


def test_detection_f1_floor(scores: dict) -> None:
    assert scores["detection"]["f1"] >= FLOORS["detection"]


def test_date_accuracy_floor(scores: dict) -> None:
    assert scores["date_accuracy"] >= FLOORS["date_accuracy"]


def test_kind_accuracy_floor(scores: dict) -> None:
    assert scores["kind_accuracy"] >= FLOORS["kind_accuracy"]


def test_every_span_slices_its_text(seed_data: Path) -> None:
    cat = store.load(seed_data).catalog
    for st in cat.statements.values():
        assert cat.sources[st.source].text[st.span[0]:st.span[1]] == st.text


def test_extraction_is_deterministic(seed_data: Path, tmp_path: Path) -> None:
    from generator.authoring import extract_corpus

    from .conftest import SEEDS, snapshot

    again = tmp_path / "data"
    extract_corpus(SEEDS, again)
    assert snapshot(seed_data) == snapshot(again)


def test_two_processes_write_the_same_bytes(seed_data: Path, tmp_path: Path) -> None:
    from generator.authoring import extract_corpus

    from .conftest import SEEDS, snapshot

    parallel = tmp_path / "data"
    extract_corpus(SEEDS, parallel, jobs=2)
    assert snapshot(seed_data) == snapshot(parallel)
