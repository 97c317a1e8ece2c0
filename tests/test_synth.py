from __future__ import annotations

from pathlib import Path

from generator.synth import write_corpus


def test_synthetic_corpus_is_deterministic(tmp_path: Path) -> None:
    a = [p.read_text() for p in write_corpus(tmp_path / "a", 5, seed=3)]
    b = [p.read_text() for p in write_corpus(tmp_path / "b", 5, seed=3)]
    assert a == b and len(set(a)) == 5
    assert all(450 < len(text.split()) < 800 for text in a)
