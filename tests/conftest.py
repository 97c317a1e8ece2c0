from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def write_files(base: Path, files: dict[str, str | bytes]) -> Path:
    """Create ``files`` (relative path -> content) under ``base``."""
    for rel, content in files.items():
        path = base / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return base


def score(data: Path, gold: Path, out: Path) -> dict:
    """The evaluation scorer's figures for the records in ``data`` (its verbose
    report printed for the test log): the frozen copy in tests/eval, run as CI runs it."""
    from generator import export, store

    loaded = store.load(data)
    assert not loaded.problems
    out.write_text(export.to_json(loaded.catalog), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(Path(__file__).parent / "eval" / "score.py"), "--gold", str(gold),
         "--pred", str(out), "--verbose"], capture_output=True, text=True, check=True)
    print(result.stdout)
    return json.loads(result.stdout.strip().splitlines()[-1])


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every YAML record under ``folder``, by relative path, as bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.yaml"))}


@pytest.fixture(scope="session")
def seed_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh extraction of the three seed articles into an empty data folder."""
    from generator.authoring import extract_corpus

    data = tmp_path_factory.mktemp("seed-data") / "data"
    report = extract_corpus(SEEDS, data)
    assert not report.problems, report.problems
    return data


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target
