"""The review lifecycle: re-extraction never loses a human edit, and says where it disagrees."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import extract as extract_module
from generator.authoring import extract_corpus
from generator.reconcile import fingerprint, touched
from generator.validate import load_and_check

from .conftest import snapshot


def test_fingerprint_detects_an_edit() -> None:
    record = {"id": "a", "status": "extracted", "speaker": "x", "text": "t", "span": [0, 1]}
    record["fingerprint"] = fingerprint(record)
    assert not touched(record)
    assert touched({**record, "status": "reviewed"})
    assert touched({k: v for k, v in record.items() if k != "fingerprint"})


def test_round_trip_with_a_changed_extractor(
        tmp_path: Path, seeds_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    extract_corpus(seeds_copy, data)
    path = sorted((data / "statements").glob("*.yaml"))[0]
    lines = path.read_text("utf-8").split("\n")
    statuses = [i for i, line in enumerate(lines) if line.startswith("  status: extracted")]
    lines[statuses[0]] = "  status: reviewed  # checked against the article"
    lines[statuses[0] + 1] = lines[statuses[0] + 1].split(":")[0] + ": lee-in-young"
    lines[statuses[1]] = "  status: rejected"
    lines.insert(0, "# Reviewed by the desk, March 2021")
    path.write_text("\n".join(lines), "utf-8")
    edited = path.read_text("utf-8")

    real = extract_module.ArticleExtractor._date_all

    def newer(self, paras):  # a "newer extractor": every date one level coarser
        real(self, paras)
        for found in self.found:
            found.said_on = found.said_on[:7] if found.said_on else None

    monkeypatch.setattr(extract_module.ArticleExtractor, "_date_all", newer)
    report = extract_corpus(seeds_copy, data, update=True)
    after = path.read_text("utf-8")
    assert "# Reviewed by the desk, March 2021" in after
    assert "status: reviewed  # checked against the article" in after
    assert "status: rejected" in after
    assert "speaker: lee-in-young" in after
    assert any("edited by a person" in c and "said_on" in c for c in report.conflicts)
    assert not load_and_check(data).problems
    untouched = [line for line in after.split("\n") if line.startswith("  said_on: '20")]
    assert untouched and all(len(line) <= len("  said_on: '2020-03'") for line in untouched[2:])
    again = snapshot(data)
    extract_corpus(seeds_copy, data, update=True)
    assert snapshot(data) == again  # a second run changes no byte
    assert edited != after


@pytest.mark.parametrize("jobs", [1, 2])
def test_unusable_seeds_are_all_reported_before_anything_is_written(
        tmp_path: Path, seeds_copy: Path, jobs: int) -> None:
    (seeds_copy / "zz-empty.txt").write_text("---\ntitle: Nothing here\n---\n", "utf-8")
    (seeds_copy / "zz-list.txt").write_text("---\n- a\n- b\n---\nSome text.\n", "utf-8")
    data = tmp_path / "data"
    report = extract_corpus(seeds_copy, data, jobs=jobs)
    assert [Path(p.path).name for p in report.problems] == ["zz-empty.txt", "zz-list.txt"]
    assert not data.exists() or not any(data.rglob("*.yaml"))


def test_a_seed_that_became_unusable_is_a_problem_on_update(
        tmp_path: Path, seeds_copy: Path) -> None:
    data = tmp_path / "data"
    extract_corpus(seeds_copy, data)
    before = snapshot(data)
    first = sorted(p for p in seeds_copy.iterdir() if p.suffix == ".txt")[0]
    first.write_text("---\ntitle: [broken\n---\nText.\n", "utf-8")
    report = extract_corpus(seeds_copy, data, update=True, jobs=2)
    assert [Path(p.path).name for p in report.problems] == [first.name]
    assert "front matter is not valid YAML" in report.problems[0].message
    assert snapshot(data) == before
