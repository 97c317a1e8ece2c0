"""Renaming and merging actors: every reference follows, comments stay, old pages redirect."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.actions import merge_actors, rename_actor
from generator.model import FactsiteError
from generator.validate import load_and_check

from .conftest import ROOT


@pytest.fixture
def data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target


def test_rename_updates_every_reference_and_keeps_comments(data: Path) -> None:
    actor = data / "actors" / "lee-in-young.yaml"
    actor.write_text("# curated by the desk\n" + actor.read_text("utf-8"), "utf-8")
    changed = rename_actor(data, "lee-in-young", "lee-in-young-minister")
    assert str(actor) in changed and not actor.exists()
    renamed = (data / "actors" / "lee-in-young-minister.yaml").read_text("utf-8")
    assert renamed.startswith("# curated by the desk\n")
    assert "former_ids:\n- lee-in-young\n" in renamed
    loaded = load_and_check(data)
    assert loaded.problems == []
    speakers = {st.speaker for st in loaded.catalog.statements.values()}
    assert "lee-in-young" not in speakers and "lee-in-young-minister" in speakers


def test_merge_folds_names_into_aliases(data: Path) -> None:
    merge_actors(data, "joe-biden-administration", "united-states")
    loaded = load_and_check(data)
    assert loaded.problems == []
    us = loaded.catalog.actors["united-states"]
    assert "Joe Biden administration" in us.aliases
    assert us.former_ids == ["joe-biden-administration"]
    assert "joe-biden-administration" not in loaded.catalog.actors


def test_refuses_unknown_and_taken_ids(data: Path) -> None:
    with pytest.raises(FactsiteError, match="'nobody' is not a known actor"):
        rename_actor(data, "nobody", "somebody")
    with pytest.raises(FactsiteError, match="already an actor id"):
        rename_actor(data, "cnn", "north-korea")
    with pytest.raises(FactsiteError, match="not a safe id"):
        rename_actor(data, "cnn", "../cnn")


def test_old_page_redirects(data: Path) -> None:
    from generator.render import render_site

    rename_actor(data, "cnn", "cnn-news")
    pages = render_site(load_and_check(data).catalog)
    assert 'url=../cnn-news/' in pages["actors/cnn.md"]
    assert "(cnn-news.md)" in pages["actors/cnn.md"]
