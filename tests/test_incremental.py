"""Incremental rebuilds: the pages kept plus the pages re-rendered equal a full render.

The core promise (generator.incremental) is checked on the seed record with random
edits; the cached loader (store.LoadCache) must read exactly what a fresh load reads.
"""

from __future__ import annotations

import copy
import dataclasses
import shutil
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as hs

from generator import store, yamlio
from generator.catalog import Catalog
from generator.incremental import same_page_set, touched_pages
from generator.render import RenderOptions, render_site, rerender_site, site_paths
from generator.validate import load_and_check

from .conftest import ROOT

SEED = store.load(ROOT / "data").catalog
IDS = sorted(SEED.statements)
ACTORS = sorted(SEED.actors)
DATES = [None, "2020", "2020-12", "2020-12-30", "2021-02-03", "2021-02-05", "2021-03-01"]


def edited(cat: Catalog, edits: list[tuple[str, str, object]]) -> tuple[Catalog, set[str]]:
    """A copy of ``cat`` with the edits applied, and the data files they touch."""
    statements = dict(cat.statements)
    files = dict(cat.files)
    changed = set()
    for st_id, field, value in edits:
        st = statements.get(st_id)
        if st is None:
            continue
        changed.add(files[f"statements/{st_id}"])
        if field == "delete":
            del statements[st_id]
            continue
        if field == "copy":  # a new statement in another source's file
            source = str(value)
            new_id = f"{st_id}-copy"
            statements[new_id] = dataclasses.replace(st, id=new_id, source=source)
            files[f"statements/{new_id}"] = f"statements/{source}.yaml"
            changed.add(f"statements/{source}.yaml")
            continue
        statements[st_id] = dataclasses.replace(st, **{field: value})
    new = Catalog(sources=cat.sources, actors=cat.actors, statements=statements, files=files)
    return new, changed


EDIT = hs.one_of(
    hs.tuples(hs.sampled_from(IDS), hs.just("said_on"), hs.sampled_from(DATES)),
    hs.tuples(hs.sampled_from(IDS), hs.just("speaker"), hs.sampled_from(ACTORS)),
    hs.tuples(hs.sampled_from(IDS), hs.just("status"),
              hs.sampled_from(["reviewed", "extracted", "rejected"])),
    hs.tuples(hs.sampled_from(IDS), hs.just("mentions"),
              hs.lists(hs.sampled_from(ACTORS), max_size=3, unique=True)),
    hs.tuples(hs.sampled_from(IDS), hs.just("topics"),
              hs.lists(hs.sampled_from(["aid", "vaccines", "dialogue", "new-topic"]),
                       max_size=2, unique=True)),
    hs.tuples(hs.sampled_from(IDS), hs.just("context"), hs.text(max_size=30)),
    hs.tuples(hs.sampled_from(IDS), hs.just("delete"), hs.none()),
    hs.tuples(hs.sampled_from(IDS), hs.just("copy"), hs.sampled_from(sorted(SEED.sources))),
)


@settings(max_examples=40, deadline=None)
@given(hs.lists(EDIT, min_size=1, max_size=3), hs.sampled_from([3, 500]),
       hs.sampled_from(["mark", "hide"]))
def test_rerendering_the_touched_pages_gives_the_full_render(
        edits: list[tuple[str, str, object]], limit: int, unreviewed: str) -> None:
    options = RenderOptions(unreviewed=unreviewed, list_limit=limit)
    before = render_site(SEED, options)
    new, changed = edited(SEED, edits)
    touched = touched_pages(SEED, new, changed, options)
    assert touched is not None  # statement edits never need everything
    paths = site_paths(new, options)
    pages = {p: before[p] for p in paths - touched if p in before}
    pages.update(render_site(new, options, only=paths - pages.keys()))
    full = render_site(new, options)
    assert pages == full
    # the plugin's way (render.rerender_site), planless when the paths stay
    same = same_page_set(SEED, new, changed, options)
    if same:  # (it may say no when the paths happen to stay: then the plan is made)
        assert paths == before.keys()
    rerendered = rerender_site(new, options, before, touched, same_paths=same)
    assert rerendered == full
    if same:
        assert list(rerendered) == list(before)  # the order kept, too


def test_actor_or_source_edits_ask_for_a_full_render() -> None:
    options = RenderOptions()
    assert touched_pages(SEED, SEED, {"actors/north-korea.yaml"}, options) is None
    assert touched_pages(SEED, SEED, {"sources/x.yaml", "statements/x.yaml"}, options) is None
    assert touched_pages(SEED, SEED, set(), options) == set()  # nothing changed
    st_id = IDS[0]
    st = SEED.statements[st_id]
    status = "extracted" if st.status == "reviewed" else "reviewed"
    for field, value, lists in (("context", "Edited.", False),
                                ("mentions", [*st.mentions, ACTORS[-1]], False),
                                ("status", status, True), ("said_on", "2019", True)):
        new, changed = edited(SEED, [(st_id, field, value)])
        touched = touched_pages(SEED, new, changed, options) or set()
        assert f"statements/{st_id}.md" in touched
        assert ("timeline.md" in touched) is lists, field  # only what lists show


def test_cached_load_reads_what_a_fresh_load_reads(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    cache = store.LoadCache()
    first = load_and_check(data, cache)
    assert first.changed == {p.relative_to(data).as_posix() for p in data.rglob("*.yaml")}
    again = load_and_check(data, cache)
    assert again.changed == set()
    assert again.catalog.statements == first.catalog.statements
    # edit one statement file, delete an actor: only those files are read again
    path = sorted((data / "statements").glob("*.yaml"))[0]
    doc = yamlio.load(path.read_text("utf-8"))
    doc["statements"][0]["context"] = "Edited."
    path.write_text(yamlio.dump(doc), "utf-8")
    (data / "actors" / "south-korea.yaml").unlink()
    third = load_and_check(data, cache)
    assert third.changed == {f"statements/{path.name}", "actors/south-korea.yaml"}
    fresh = load_and_check(data)
    assert third.problems == fresh.problems and third.problems  # the lost actor is missed
    assert third.catalog.statements == fresh.catalog.statements
    assert third.catalog.files == fresh.catalog.files
    first_id = doc["statements"][0]["id"]
    unchanged = next(st_id for st_id in IDS if fresh.catalog.files[f"statements/{st_id}"]
                     != f"statements/{path.name}")
    assert third.catalog.statements[unchanged] is again.catalog.statements[unchanged]
    assert third.catalog.statements[first_id].context == "Edited."


def test_duplicate_ids_are_located_with_a_cache_too(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    cache = store.LoadCache()
    load_and_check(data, cache)
    twin = data / "actors" / "south-korea.yaml"
    (data / "actors" / "zz-twin.yaml").write_text(twin.read_text("utf-8"), "utf-8")
    problems = [str(p) for p in load_and_check(data, cache).problems]
    assert problems == [str(p) for p in load_and_check(data).problems]
    assert any("zz-twin.yaml:" in p and "duplicate id 'south-korea'" in p for p in problems)


def test_a_watched_cache_checks_only_the_files_the_watcher_reported(tmp_path: Path) -> None:
    data = (tmp_path / "data").resolve()
    shutil.copytree(ROOT / "data", data)
    cache = store.LoadCache()
    load_and_check(data, cache)
    cache.watched()
    paths = sorted((data / "statements").glob("*.yaml"))
    edit(paths[0], "Before the watcher listened.")  # caught by the next, full, load
    assert load_and_check(data, cache).changed == {f"statements/{paths[0].name}"}
    edit(paths[1], "Reported.")
    edit(paths[2], "Not reported.")  # trusted unchanged: no stat, no read
    twin = data / "actors" / "zz-twin.yaml"
    twin.write_text((data / "actors" / "south-korea.yaml").read_text("utf-8"), "utf-8")
    (data / "actors" / "south-korea.yaml").rename(data / "actors" / "aa-korea.yaml")
    cache.changed_since_last_load([str(paths[1]), str(twin), str(data / "actors" / "aa-korea"
                                   ".yaml"), str(data / "actors" / "south-korea.yaml")])
    loaded = load_and_check(data, cache)
    assert loaded.changed == {f"statements/{paths[1].name}", "actors/zz-twin.yaml",
                              "actors/aa-korea.yaml", "actors/south-korea.yaml"}
    assert any("zz-twin.yaml:" in str(p) for p in loaded.problems)  # the new file is in
    cache.changed_since_last_load(None)  # a folder moved: everything is checked again
    assert load_and_check(data, cache).changed == {f"statements/{paths[2].name}"}
    assert load_and_check(data, cache).changed == set()


def edit(path: Path, context: str) -> None:
    doc = yamlio.load(path.read_text("utf-8"))
    doc["statements"][0]["context"] = context
    path.write_text(yamlio.dump(doc), "utf-8")


def same_as_fresh(data: Path, cache: store.LoadCache) -> store.Loaded:
    """A cached load, checked against a fresh one: tables, indexes and problems."""
    cached, fresh = load_and_check(data, cache), load_and_check(data)
    assert [str(p) for p in cached.problems] == [str(p) for p in fresh.problems]
    a, b = cached.catalog, fresh.catalog
    assert (a.statements, a.files, a.actors, a.sources) == (b.statements, b.files, b.actors,
                                                            b.sources)
    for key in {*a.actors, *(st.source for st in b.statements.values())}:
        assert [st.id for st in a.by_speaker(key)] == [st.id for st in b.by_speaker(key)]
        assert [st.id for st in a.mentioning(key)] == [st.id for st in b.mentioning(key)]
        assert [st.id for st in a.by_source(key)] == [st.id for st in b.by_source(key)]
    return cached


def test_a_statement_edit_patches_the_last_load_into_what_a_fresh_load_reads(
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    cache = store.LoadCache()
    assert same_as_fresh(data, cache).patched is None  # the first load is a full one
    paths = sorted((data / "statements").glob("*.yaml"))
    doc = yamlio.load(paths[0].read_text("utf-8"))
    speakers = sorted({st["speaker"] for st in doc["statements"]})
    other = next(a for a in sorted(IDS_OF_ACTORS(data)) if a not in speakers)
    doc["statements"][0].update(context="Edited.", speaker=other, said_on="2019-01-02")
    doc["statements"][0]["mentions"] = [speakers[0]]
    removed = doc["statements"].pop()
    paths[0].write_text(yamlio.dump(doc), "utf-8")
    patched = same_as_fresh(data, cache)
    assert patched.patched == {st["id"] for st in doc["statements"]}  # patched, not rebuilt
    assert removed["id"] not in patched.catalog.statements
    # an id another file holds: the full load reports it where a fresh one does
    twin = yamlio.load(paths[1].read_text("utf-8"))
    doc["statements"].append(dict(twin["statements"][0]))
    paths[0].write_text(yamlio.dump(doc), "utf-8")
    assert same_as_fresh(data, cache).problems
    doc["statements"].pop()  # fixed: the next load is full (the last one had problems)
    paths[0].write_text(yamlio.dump(doc), "utf-8")
    assert same_as_fresh(data, cache).patched is None
    paths[1].unlink()  # a statement file deleted
    assert same_as_fresh(data, cache).patched == set()
    st = copy.deepcopy(dict(doc["statements"][0], span=removed["span"], text=removed["text"]))
    st["id"] = st["id"] + "-twin"  # the same words recorded twice: reported as fresh
    doc["statements"] += [st, copy.deepcopy(dict(st, id=st["id"] + "2"))]
    paths[0].write_text(yamlio.dump(doc), "utf-8")
    problems = [str(p) for p in same_as_fresh(data, cache).problems]
    assert any("already recorded" in p for p in problems), problems


def IDS_OF_ACTORS(data: Path) -> list[str]:  # noqa: N802
    return [p.stem for p in (data / "actors").glob("*.yaml")]





def test_which_edits_keep_the_page_paths() -> None:
    options = RenderOptions()
    st = SEED.statements[IDS[0]]
    status = "extracted" if st.status == "reviewed" else "reviewed"
    for field, value, same in (("context", "Edited.", True), ("status", status, True),
                               ("mentions", [ACTORS[-1]], True), ("said_on", "2019", False),
                               ("topics", ["new-topic"], False), ("status", "rejected", False),
                               ("delete", None, False)):
        new, changed = edited(SEED, [(st.id, field, value)])
        assert same_page_set(SEED, new, changed, options) is same, field
    assert not same_page_set(SEED, SEED, {"actors/north-korea.yaml"}, options)


def test_a_review_renders_the_lists_that_flag_it_not_the_indexes() -> None:
    """Marking a statement reviewed changes its "(unreviewed)" flag, shown on the pages
    that list it and on the timeline; the indexes only count statements, as before."""
    options = RenderOptions(unreviewed="mark")
    st = SEED.statements[IDS[0]]
    status = "extracted" if st.status == "reviewed" else "reviewed"
    new, changed = edited(SEED, [(st.id, "status", status)])
    touched = touched_pages(SEED, new, changed, options)
    assert touched is not None and "timeline.md" in touched
    assert not touched & {"actors/index.md", "sources/index.md", "dates/index.md",
                          "topics/index.md"}
    new, changed = edited(SEED, [(st.id, "status", "rejected")])  # (it goes from the lists)
    assert {"actors/index.md", "sources/index.md"} <= (
        touched_pages(SEED, new, changed, options) or set())
