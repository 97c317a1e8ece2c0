"""The ``factsite`` command as a user runs it."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.cli import main

from .conftest import snapshot


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_twice_changes_nothing_and_keeps_edits(
        tmp_path: Path, seeds_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    code, out, _ = run(capsys, "extract", "--seeds", str(seeds_copy), "--data", str(data))
    assert code == 0 and "files written" in out
    edited = next((data / "statements").glob("*.yaml"))
    edited.write_text(edited.read_text("utf-8").replace("status: extracted",
                                                        "status: reviewed", 1), "utf-8")
    before = snapshot(data)
    code, out, _ = run(capsys, "extract", "--seeds", str(seeds_copy), "--data", str(data))
    assert code == 0 and out.startswith("factsite: 0 files written, 3 seeds already extracted")
    assert snapshot(data) == before


def test_check_passes_on_extracted_data(seed_data: Path, capsys: pytest.CaptureFixture[str]
                                        ) -> None:
    code, out, _ = run(capsys, "check", "--data", str(seed_data))
    assert code == 0 and "no problems" in out


def test_check_reports_bad_input_without_traceback(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "data" / "actors"
    bad.mkdir(parents=True)
    (bad / "x.yaml").write_text("id: x\nname: [unclosed\n", "utf-8")
    (bad / "y.yaml").write_text("id: Y Y\nname: y\nkind: robot\n", "utf-8")
    code, _, err = run(capsys, "check", "--data", str(tmp_path / "data"))
    assert code == 1
    assert "Traceback" not in err
    assert "data/actors/x.yaml:3: YAML syntax error" in err
    assert "data/actors/y.yaml:1: id: 'Y Y' is not a safe id" in err
    assert "data/actors/y.yaml:3: kind: must be one of" in err
    assert err.rstrip().endswith("factsite: 3 problems found")


def test_export_json_follows_the_evaluation_format(
        seed_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "facts.json"
    assert run(capsys, "export", "--data", str(seed_data), "--format", "json", "-o",
               str(out))[0] == 0
    doc = json.loads(out.read_text("utf-8"))
    assert set(doc) == {"actors", "sources", "statements"}
    assert {"id", "name", "aliases"} <= set(doc["actors"][0])
    assert {"id", "file"} <= set(doc["sources"][0])
    assert {"id", "speaker", "kind", "text", "said_on", "source", "span"} <= set(
        doc["statements"][0])


def test_export_csv(seed_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "export", "--data", str(seed_data), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) >= 20
    assert rows[0]["speaker_name"] and rows[0]["source_title"]


def test_missing_seeds_folder_is_a_clean_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "extract", "--seeds", str(tmp_path / "nope"), "--data",
                       str(tmp_path / "data"))
    assert code == 1 and "no such folder" in err and "Traceback" not in err


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=400))
def test_any_text_extracts_without_crash_and_spans_hold(text: str) -> None:
    import datetime as dt

    from generator.actors import Registry
    from generator.extract import ArticleExtractor, ExtractOptions
    from generator.nlp import pipeline

    ex = ArticleExtractor(text, dt.date(2021, 1, 1), Registry(), "t", ExtractOptions())
    for found in ex.run(pipeline()):
        assert 0 <= found.start < found.end <= len(text)


def test_check_github_annotations(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "data" / "actors"
    bad.mkdir(parents=True)
    (bad / "y.yaml").write_text("id: y\nname: y\nkind: robot\n", "utf-8")
    code, out, _ = run(capsys, "check", "--data", str(tmp_path / "data"), "--format", "github")
    assert code == 1
    assert out == ("::error file=data/actors/y.yaml,line=3,title=kind::must be one of person, "
                   "organization, government, country, media, group, not 'robot'\n")


def test_schema_command_writes_the_committed_files(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from .conftest import ROOT

    assert run(capsys, "schema", "-o", str(tmp_path))[0] == 0
    for path in tmp_path.iterdir():
        assert path.read_text("utf-8") == (ROOT / "schemas" / path.name).read_text("utf-8")


def test_a_dateline_without_a_year_takes_it_from_the_corpus(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """March 5 is a Thursday in 2015, 2020 and 2026: the corpus's other article, dated
    2021, picks 2020 whatever the day the extraction runs."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "SEOUL, Jan. 12, 2021 (Yonhap) -- The ministry said on Tuesday that talks would go "
        "on.\n", "utf-8")
    (seeds / "b.txt").write_text(
        "SEOUL, March 5 (Yonhap) -- The health ministry said on Thursday that 40 new cases "
        "had been confirmed.\n", "utf-8")
    code, _, _ = run(capsys, "extract", "--seeds", str(seeds), "--data", str(tmp_path / "d"))
    assert code == 0
    code, out, _ = run(capsys, "export", "--data", str(tmp_path / "d"), "--format", "json")
    sources = {s["file"]: s for s in json.loads(out)["sources"]}
    assert sources["b.txt"]["published"] == "2020-03-05"
    record, = (tmp_path / "d" / "sources").glob("2020-03-05-*.yaml")
    basis = yaml.safe_load(record.read_text("utf-8"))["published_basis"]
    assert "the years of the corpus's dated articles" in basis, basis


def test_a_bug_on_one_article_costs_only_that_article(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator import extract

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("The ministry said on Monday that talks would resume.\n")
    (seeds / "b.txt").write_text("BOOM. The agency said on Monday that it was ready.\n")
    real_run = extract.ArticleExtractor.run

    def run(self: extract.ArticleExtractor, nlp: object) -> list:
        if self.text.startswith("BOOM"):
            raise IndexError("list index out of range")
        return real_run(self, nlp)

    monkeypatch.setattr(extract.ArticleExtractor, "run", run)
    assert main(["extract", "--seeds", str(seeds), "--data", str(tmp_path / "data")]) == 0
    err = capsys.readouterr().err
    assert ("warning: b.txt: the extractor failed on this article (IndexError: list index out"
            " of range); its source is recorded with no statements") in err
    assert "Traceback" not in err
    statements = sorted((tmp_path / "data" / "statements").glob("*.yaml"))
    texts = [yaml.safe_load(p.read_text())["statements"] for p in statements]
    assert sorted(len(t) for t in texts) == [0, 1]
