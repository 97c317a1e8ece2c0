"""`mkdocs serve --dirty`: a rebuild after an edit equals a fresh build, search included.

The in-process tests drive MkDocs as `mkdocs serve --dirty` does (one plugin
instance across builds, `on_startup(command="serve", dirty=True)`, dirty builds into
one site folder) and compare every file with a clean build of the same data. The
last test runs the real `mkdocs serve --dirty` and watches the edited page change.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, InclusionLevel

from generator import yamlio
from generator.mkdocs_plugin import FactsitePlugin, _Files

from .conftest import ROOT

SERVE_URL = "http://127.0.0.1:8000/"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for name in ("content", "overrides", "data"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    return tmp_path


def built(project: Path, site: Path, *, dirty: bool) -> None:
    """A dirty build in this process (the serving plugin keeps its state), or a clean
    one in another, as `mkdocs build` would make it."""
    if not dirty:
        shutil.rmtree(site, ignore_errors=True)
        config = project / f"{site.name}.yml"  # the serve URL, so pages match
        config.write_text((project / "mkdocs.yml").read_text("utf-8").replace(
            "site_url: https://factsite.github.io/factsite/", f"site_url: {SERVE_URL}"),
            "utf-8")
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config),
                        "-d", str(site)], cwd=project, check=True,
                       env={"NO_MKDOCS_2_WARNING": "1", "PATH": ""})
        return
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    config.site_url = SERVE_URL
    config.plugins["factsite"].background.delay = 0  # (the server waits for a pause)
    build(config, serve_url=SERVE_URL, dirty=True)
    config.plugins["factsite"].background.wait()  # the exports follow the pages


def contents(site: Path) -> dict[str, object]:
    out: dict[str, object] = {}
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        rel = path.relative_to(site).as_posix()
        if rel == "search/search_index.json":  # entries may come in another order
            docs = json.loads(path.read_text("utf-8"))["docs"]
            out[rel] = sorted(json.dumps(d, sort_keys=True) for d in docs)
        else:
            out[rel] = path.read_bytes()
    return out


def edit_statement(project: Path, index: int, change: Callable[[dict], None]) -> str:
    path = sorted((project / "data" / "statements").glob("*.yaml"))[index]
    doc = yamlio.load(path.read_text("utf-8"))
    change(doc)
    path.write_text(yamlio.dump(doc), "utf-8")
    return path.name


def limit_sitemap(project: Path, pages: int) -> None:
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace(
        "      data_dir: data\n", f"      data_dir: data\n      sitemap_limit: {pages}\n"), "utf-8")


def served(project: Path, site: Path, plugin: FactsitePlugin, edited: str) -> str:
    """A rebuild as `mkdocs serve --dirty` makes it after the watcher heard of an edit
    of ``edited`` (a statement file): of the changed pages alone, else MkDocs' own."""
    heard = {str((project / "data" / "statements" / edited).resolve())}
    plugin.background.delay = 0
    if plugin.rebuild_pages(heard):
        plugin.background.wait()
        return "pages"
    built(project, site, dirty=True)
    return "mkdocs"


@pytest.mark.parametrize("rebuild", ["mkdocs", "pages"])
@pytest.mark.parametrize("sitemap", ["one file", "index"])
def test_dirty_rebuilds_after_edits_equal_fresh_builds(project: Path, sitemap: str,
                                                       rebuild: str) -> None:
    """Each edit, rebuilt by MkDocs' dirty build or by the plugin's rebuild of the
    changed pages alone (the server's first choice), leaves the site a fresh build
    would make."""
    if sitemap == "index":  # the sitemap of a big site, split (and rewritten on a new page)
        limit_sitemap(project, 25)
    site, fresh = project / "site", project / "fresh"
    startup = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    startup.plugins.on_startup(command="serve", dirty=True)
    built(project, site, dirty=True)
    plugin = startup.plugins["factsite"]

    def first(doc: dict) -> dict:
        return doc["statements"][0]

    edits: list[tuple[Callable[[], str], str]] = [  # and which rebuild the server makes
        (lambda: edit_statement(project, 0, lambda d: first(d).update(context="Edited <b>.")),
         "pages"),
        (lambda: edit_statement(project, 2, lambda d: first(d).update(
            context="<script>alert(1)</script>")), "pages"),
        (lambda: edit_statement(project, 1, lambda d: first(d).update(
            kind="direct" if first(d)["kind"] == "indirect" else "indirect")), "pages"),
        (lambda: edit_statement(project, 1, lambda d: first(d).update(said_on="2019-05-01")),
         "pages"),  # (a new date page)
        (lambda: edit_statement(project, 2, lambda d: first(d).update(status="extracted")),
         "pages"),  # (marked unreviewed)
        (lambda: edit_statement(project, 2, lambda d: first(d).update(status="rejected")),
         "pages"),  # (its page goes)
        (lambda: edit_statement(project, 0, lambda d: first(d).update(topics=["new-topic"])),
         "pages"),  # (a new topic page)
    ]
    for make_edit, expected in edits:
        edited = make_edit()
        started = time.perf_counter()
        if rebuild == "pages":
            assert served(project, site, plugin, edited) == expected
        else:
            built(project, site, dirty=True)
        rebuilt = time.perf_counter() - started
        built(project, fresh, dirty=False)
        assert contents(site) == contents(fresh)
        assert ((site / "sitemaps").is_dir()) == (sitemap == "index")
        assert rebuilt < 60  # a sanity bound, not a benchmark (bench/serve.py measures)


def test_a_rebuild_of_pages_alone_is_refused_for_anything_but_a_data_edit(
        project: Path) -> None:
    site = project / "site"
    startup = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    startup.plugins.on_startup(command="serve", dirty=True)
    built(project, site, dirty=True)
    plugin = startup.plugins["factsite"]
    data = str((project / "data").resolve())
    edited = edit_statement(project, 0, lambda d: d["statements"][0].update(context="y"))
    record = str((project / "data" / "statements" / edited).resolve())
    assert not plugin.rebuild_pages(set())  # (told of nothing: not known)
    assert not plugin.rebuild_pages({record, str((project / "content" / "about.md").resolve())})
    assert not plugin.rebuild_pages({record, data + "-old/x.yaml"})  # (not inside data/)
    plugin.config.serve_rebuild = "full"
    assert not plugin.rebuild_pages({record})
    plugin.config.serve_rebuild = "pages"
    assert plugin.site is not None
    plugin.site.config.strict = True  # (MkDocs' build counts the warnings)
    assert not plugin.rebuild_pages({record})
    plugin.site.config.strict = False
    pages = len(plugin.site.docs)  # a new date page would make the sitemap an index
    dated = edit_statement(project, 0, lambda d: d["statements"][0].update(said_on="2019-05-01"))
    plugin.config.sitemap_limit = pages
    assert not plugin.rebuild_pages({str((project / "data" / "statements" / dated).resolve())})
    plugin.config.sitemap_limit = pages + 10  # (still one file: rebuilt alone)
    assert plugin.rebuild_pages({str((project / "data" / "statements" / dated).resolve())})
    (project / "content" / "dates").mkdir(exist_ok=True)  # a hand-written page of the path
    (project / "content" / "dates" / "2019-04-30.md").write_text("# By hand\n", "utf-8")
    built(project, site, dirty=True)
    dated = edit_statement(project, 0, lambda d: d["statements"][0].update(said_on="2019-04-30"))
    assert not plugin.rebuild_pages({str((project / "data" / "statements" / dated).resolve())})
    bad = sorted((project / "data" / "statements").glob("*.yaml"))[1]
    bad.write_text(bad.read_text("utf-8").replace("speaker: ", "speaker: nobody-", 1), "utf-8")
    assert not plugin.rebuild_pages({record, str(bad.resolve())})  # (MkDocs reports it)
    with pytest.raises(Abort):
        built(project, site, dirty=True)
    assert plugin.site is None  # and after a failed build, the next is MkDocs' too


def test_a_failing_rebuild_of_pages_alone_leaves_the_next_one_to_mkdocs(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = project / "site"
    startup = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    startup.plugins.on_startup(command="serve", dirty=True)
    built(project, site, dirty=True)
    plugin = startup.plugins["factsite"]
    edited = edit_statement(project, 0, lambda d: d["statements"][0].update(context="z"))

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a page failed to build")

    monkeypatch.setattr(plugin, "_build_pages", broken)
    with pytest.raises(RuntimeError):
        plugin.rebuild_pages({str((project / "data" / "statements" / edited).resolve())})
    assert plugin.site is None  # (MkDocs' own build next, which reports the problem)


def test_the_rebuild_of_pages_alone_knows_this_mkdocs() -> None:
    """It calls MkDocs' private page functions as MkDocs' build() does: a new MkDocs
    fails here, to be checked (and PAGES_ALONE_MKDOCS moved), not at a maintainer's."""
    import inspect

    import mkdocs
    from mkdocs.commands import build as mkdocs_build

    from generator.mkdocs_plugin import PAGES_ALONE_MKDOCS

    assert mkdocs.__version__.startswith(PAGES_ALONE_MKDOCS)
    assert list(inspect.signature(mkdocs_build._populate_page).parameters) == [
        "page", "config", "files", "dirty"]
    assert list(inspect.signature(mkdocs_build._build_page).parameters) == [
        "page", "config", "doc_files", "nav", "env", "dirty", "excluded"]
    assert list(inspect.signature(mkdocs_build._build_theme_template).parameters) == [
        "template_name", "env", "files", "config", "nav"]


def test_a_bad_edit_fails_the_build_and_its_fix_catches_up(project: Path) -> None:
    site, fresh = project / "site", project / "fresh"
    startup = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    startup.plugins.on_startup(command="serve", dirty=True)
    built(project, site, dirty=True)
    bad = sorted((project / "data" / "statements").glob("*.yaml"))[1]
    good_text = bad.read_text("utf-8")
    bad.write_text(good_text.replace("speaker: ", "speaker: nobody-", 1), "utf-8")
    with pytest.raises(Abort):
        built(project, site, dirty=True)
    # another file changes while the first is broken; both must show once it is fixed
    edit_statement(project, 0, lambda d: d["statements"][0].update(context="While broken."))
    with pytest.raises(Abort):
        built(project, site, dirty=True)
    bad.write_text(good_text, "utf-8")
    built(project, site, dirty=True)
    built(project, fresh, dirty=False)
    assert contents(site) == contents(fresh)


def test_an_actor_edit_rebuilds_every_page_naming_the_actor(project: Path) -> None:
    site, fresh = project / "site", project / "fresh"
    startup = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    startup.plugins.on_startup(command="serve", dirty=True)
    built(project, site, dirty=True)
    path = project / "data" / "actors" / "north-korea.yaml"
    doc = yamlio.load(path.read_text("utf-8"))
    doc["name"] = "DPRK (North Korea)"
    path.write_text(yamlio.dump(doc), "utf-8")
    built(project, site, dirty=True)
    built(project, fresh, dirty=False)
    assert contents(site) == contents(fresh)


def test_theme_overrides_edited_while_serving_take_effect(project: Path) -> None:
    """The serving plugin keeps compiled templates and the theme's file listing
    between builds; an edited or a new override must still show."""
    site = project / "site"
    startup = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    startup.plugins.on_startup(command="serve", dirty=True)
    built(project, site, dirty=True)
    main = project / "overrides" / "main.html"
    main.write_text(main.read_text("utf-8").replace(
        "{% block extrahead %}", "{% block extrahead %}<!-- override edited -->"), "utf-8")
    (project / "overrides" / "extra.txt").write_text("a new theme file", "utf-8")
    name = edit_statement(project, 0, lambda doc: doc["statements"][0].update(context="x"))
    built(project, site, dirty=True)
    st_id = yamlio.load((project / "data" / "statements" / name).read_text("utf-8")
                        )["statements"][0]["id"]
    assert "<!-- override edited -->" in (site / "statements" / st_id / "index.html"
                                          ).read_text("utf-8")
    assert (site / "extra.txt").read_text("utf-8") == "a new theme file"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def wait_for(check: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return True
        except OSError:
            pass
        time.sleep(0.2)
    return False


def test_mkdocs_serve_dirty_shows_an_edit_with_the_search_index_whole(project: Path) -> None:
    port = free_port()
    mount = urlsplit(load_config(str(project / "mkdocs.yml")).site_url or "/").path
    base = f"http://127.0.0.1:{port}{mount}"
    log = (project / "serve.log").open("w", encoding="utf-8")
    serve = subprocess.Popen(
        [str(Path(sys.executable).parent / "mkdocs"), "serve", "--dirty", "-a",
         f"127.0.0.1:{port}"], cwd=project, stdout=subprocess.DEVNULL, stderr=log)
    try:
        assert wait_for(lambda: '"docs"' in fetch(base + "search/search_index.json"), 120), (
            "mkdocs serve did not start")
        before = json.loads(fetch(base + "search/search_index.json"))["docs"]
        path = sorted((project / "data" / "statements").glob("*.yaml"))[0]
        doc = yamlio.load(path.read_text("utf-8"))
        st_id = doc["statements"][0]["id"]
        doc["statements"][0]["context"] = "Zanzibar quorum edit."
        path.write_text(yamlio.dump(doc), "utf-8")
        page = f"{base}statements/{st_id}/"
        assert wait_for(lambda: "Zanzibar quorum edit." in fetch(page), 60)
        assert wait_for(lambda: "Zanzibar" in fetch(base + "search/search_index.json"), 30)
        after = json.loads(fetch(base + "search/search_index.json"))["docs"]
        assert sorted(d["location"] for d in after) == sorted(d["location"] for d in before)
        # the second edit, to another file: the watcher's report is all the loader reads
        other = sorted((project / "data" / "statements").glob("*.yaml"))[-1]
        doc = yamlio.load(other.read_text("utf-8"))
        doc["statements"][0]["context"] = "Quetzal second edit."
        other.write_text(yamlio.dump(doc), "utf-8")
        page = f"{base}statements/{doc['statements'][0]['id']}/"
        assert wait_for(lambda: "Quetzal second edit." in fetch(page), 60)
        # both were rebuilds of the changed pages alone; an edit elsewhere is MkDocs'
        served = (project / "serve.log").read_text("utf-8")
        assert served.count("for an edit of data/ alone") == 2, served
        assert served.count("Building documentation...") == 1, served
        about = project / "content" / "about.md"
        about.write_text(about.read_text("utf-8") + "\nOkapi hand edit.\n", "utf-8")
        assert wait_for(lambda: "Okapi hand edit." in fetch(base + "about/"), 60)
        assert (project / "serve.log").read_text("utf-8").count(
            "Building documentation...") == 2
    finally:
        serve.terminate()
        serve.wait(timeout=30)
        log.close()


def pagefind_words(site: Path) -> str:
    """The text of every page Pagefind indexed (its fragments are gzipped JSON)."""
    import gzip

    texts = []
    for fragment in (site / "pagefind" / "fragment").glob("*.pf_fragment"):
        raw = gzip.decompress(fragment.read_bytes())
        texts.append(json.loads(raw[raw.index(b"{"):])["content"])
    return "\n".join(texts)


@pytest.mark.parametrize("rebuild", ["mkdocs", "pages"])
def test_pagefind_index_catches_up_after_a_dirty_rebuild(project: Path, rebuild: str) -> None:
    config_path = project / "mkdocs.yml"
    config_path.write_text(config_path.read_text("utf-8").replace(
        "      unreviewed: mark\n", "      unreviewed: mark\n      search: pagefind\n"), "utf-8")
    site = project / "site"
    startup = load_config(str(config_path), site_dir=str(site))
    startup.plugins.on_startup(command="serve", dirty=True)
    plugin = startup.plugins["factsite"]
    built(project, site, dirty=True)
    plugin.pagefind.wait(120)
    assert "Quokka" not in pagefind_words(site)
    edited = edit_statement(project, 0,
                            lambda d: d["statements"][0].update(context="Quokka edit."))
    if rebuild == "pages":
        assert served(project, site, plugin, edited) == "pages"
    else:
        built(project, site, dirty=True)
    plugin.pagefind.wait(120)
    assert "Quokka edit." in pagefind_words(site)
    assert not (site / "search" / "search_index.json").exists()


def test_serve_hears_file_events_instead_of_polling(project: Path) -> None:
    from mkdocs.livereload import LiveReloadServer
    from watchdog.events import FileSystemEventHandler
    from watchdog.observers.polling import PollingObserver

    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site"))
    config.plugins.on_startup(command="serve", dirty=True)
    config.plugins.run_event("config", config)
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0,
                              root=str(project / "site"))
    server.watch(config.docs_dir)
    server = config.plugins.on_serve(server, config=config, builder=lambda: None)
    assert not isinstance(server.observer, PollingObserver)
    for item in config.watch:  # as `mkdocs serve` does next
        server.watch(item)
    watched = {os.path.realpath(w.path) for w in server.observer._watches}  # noqa: SLF001
    assert watched == {os.path.realpath(config.docs_dir), str(project / "data")}
    seen: list[str] = []  # reading files is no edit (each build reads them all)
    handler = FileSystemEventHandler()
    handler.on_any_event = lambda event: seen.append(event.event_type)  # type: ignore
    server.observer.schedule(handler, str(project / "data"), recursive=True)
    server.observer.start()
    try:
        paths = sorted((project / "data" / "statements").glob("*.yaml"))
        paths[0].read_text("utf-8")
        paths[1].write_text(paths[1].read_text("utf-8"), "utf-8")
        assert wait_for(lambda: "modified" in seen, 10)
        time.sleep(0.3)
        assert set(seen) == {"modified"}, seen
    finally:
        server.observer.stop()
    polling = load_config(str(project / "mkdocs.yml"))
    polling.plugins["factsite"].config.watcher = "polling"
    kept = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(project))
    assert isinstance(polling.plugins.on_serve(kept, config=polling, builder=lambda: None
                                               ).observer, PollingObserver)


def test_exports_wait_for_a_pause_and_the_latest_job_wins() -> None:
    from generator.mkdocs_plugin import _Worker

    ran: list[int] = []
    worker = _Worker(delay=0.3)
    worker.submit(lambda: ran.append(1))
    worker.submit(lambda: ran.append(2))  # a newer rebuild: its catalog is newer
    assert ran == []  # nothing while the server may still be serving the reload
    worker.wait()
    assert ran == [2]


def test_a_rebuild_postpones_the_exports_not_yet_started() -> None:
    from generator.mkdocs_plugin import _Worker

    ran: list[int] = []
    worker = _Worker(delay=0.2)
    worker.submit(lambda: ran.append(1))
    worker.postpone()  # the next edit's rebuild starts
    time.sleep(0.4)
    assert ran == []  # not in the middle of the rebuild
    worker.resume()  # it is done, with nothing new to export
    worker.wait()
    assert ran == [1]
    worker.submit(lambda: ran.append(2))
    worker.postpone()
    worker.submit(lambda: ran.append(3))  # the rebuild had new exports: they win
    worker.resume()
    worker.wait()
    time.sleep(0.1)
    assert ran == [1, 3]


def test_the_page_list_is_kept_until_a_file_or_an_inclusion_changes(tmp_path: Path) -> None:
    def page(name: str) -> File:
        file = File(name, str(tmp_path), str(tmp_path / "site"), True)
        file.inclusion = InclusionLevel.INCLUDED
        return file

    files = _Files([page("a.md"), page("b.md"), File("x.css", str(tmp_path), "s", True)])
    first = files.documentation_pages()
    assert [f.src_uri for f in first] == ["a.md", "b.md"]
    first.clear()  # a caller's list is its own
    assert len(files.documentation_pages()) == 2
    files.append(page("c.md"))
    assert [f.src_uri for f in files.documentation_pages()] == ["a.md", "b.md", "c.md"]
    files.remove(files.get_file_from_path("a.md"))
    assert [f.src_uri for f in files.documentation_pages()] == ["b.md", "c.md"]
    files.get_file_from_path("b.md").inclusion = InclusionLevel.EXCLUDED
    assert [f.src_uri for f in files.documentation_pages()] == ["c.md"]
    assert len(files.documentation_pages(inclusion=InclusionLevel.all)) == 2
