"""Site benchmark: the generator's overhead against a plain MkDocs build of the same pages.

    .venv/bin/python bench/site.py --sizes 100 1000 10000 [--write-page]

For each corpus size (synthetic wire articles, generator.synth):
  extract     `factsite extract --jobs 2` articles/s
  core        data load + validate + render, in one process (the generator's own work)
  plugin      full `mkdocs build` with the factsite plugin: seconds and peak memory
  plain       `mkdocs build` of the identical pages written out as Markdown files
  site        size of site/, pages, search index bytes per page
Builds alternate plugin/plain so machine drift hits both alike (--repeat 1 for one
pair at sizes where a build takes many minutes). Each row is also appended to
--results (JSON lines), so sizes can be measured in separate runs; --write-page
writes the table of every row in that file, the method and the machine to
content/performance.md. --keep DIR keeps the last size's project and built site (for
bench/search.py). Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BIN = Path(sys.executable).parent


def timed(argv: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one child process."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {proc.stderr.read().decode()[-2000:]}")
    return seconds, usage.ru_maxrss / 1024


def core(data: Path) -> tuple[float, float, float, dict[str, str]]:
    from generator.render import render_site
    from generator.validate import load_and_check

    t0 = time.perf_counter()
    loaded = load_and_check(data)
    t1 = time.perf_counter()
    pages = render_site(loaded.catalog)
    t2 = time.perf_counter()
    assert not loaded.problems, loaded.problems[:3]
    return t1 - t0, t2 - t1, t2 - t0, pages


def project(base: Path, size: int) -> Path:
    from generator.synth import write_corpus

    write_corpus(base / "seeds", size)
    shutil.copy(ROOT / "mkdocs.yml", base / "mkdocs.yml")
    shutil.copytree(ROOT / "content", base / "content")
    shutil.copytree(ROOT / "overrides", base / "overrides")
    return base


def plain_copy(base: Path, pages: dict[str, str]) -> Path:
    """The same site without the plugin: every generated page as a Markdown file."""
    plain = base / "plain"
    shutil.copytree(base / "content", plain / "content")
    shutil.copytree(base / "overrides", plain / "overrides")
    for rel, text in pages.items():
        path = plain / "content" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    config = (base / "mkdocs.yml").read_text("utf-8")
    start = config.index("  - factsite:")
    end = config.index("\n\n", start)
    (plain / "mkdocs.yml").write_text(config[:start] + config[end:], encoding="utf-8")
    return plain


def du(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def measure(size: int, jobs: int, repeat: int, keep: Path | None) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        base = project(Path(tmp), size)
        seconds, _ = timed([str(BIN / "factsite"), "extract", "--jobs", str(jobs)], base)
        load, render, total, pages = core(base / "data")
        plain = plain_copy(base, pages)
        mkdocs = [str(BIN / "mkdocs"), "build", "--strict", "-q"]
        runs: dict[str, list[tuple[float, float]]] = {"plugin": [], "plain": []}
        for _ in range(repeat):  # alternate: drift hits both
            runs["plugin"].append(timed(mkdocs, base))
            runs["plain"].append(timed(mkdocs, plain))
        index = base / "site" / "search" / "search_index.json"
        html_pages = sum(1 for _ in (base / "site").rglob("*.html"))
        result = {"articles": size, "extract_aps": size / seconds, "load": load,
                  "render": render, "core": total, "pages": len(pages) + 5,
                  "plugin": min(s for s, _ in runs["plugin"]),
                  "plain": min(s for s, _ in runs["plain"]),
                  "plugin_mib": max(m for _, m in runs["plugin"]),
                  "plain_mib": max(m for _, m in runs["plain"]),
                  "site_mib": du(base / "site") / 2**20,
                  "index_bytes": index.stat().st_size,
                  "index_per_page": index.stat().st_size / html_pages}
        if keep:
            shutil.rmtree(keep, ignore_errors=True)
            shutil.copytree(base, keep, ignore=shutil.ignore_patterns("plain"), symlinks=True)
        return result


HEADER = ("| articles | pages | extract art/s | load+validate s | render s | core s | "
          "build (plugin) s | build (plain) s | plugin/plain | core/build | peak MiB "
          "(plugin/plain) | site MiB | search index B/page |")


def row(r: dict[str, float]) -> str:
    return (f"| {r['articles']:.0f} | {r['pages']:.0f} | {r['extract_aps']:.1f} | "
            f"{r['load']:.2f} | {r['render']:.2f} | {r['core']:.2f} | {r['plugin']:.1f} | "
            f"{r['plain']:.1f} | {r['plugin'] / r['plain']:.2f} | "
            f"{r['core'] / r['plugin']:.1%} | {r['plugin_mib']:.0f}/{r['plain_mib']:.0f} | "
            f"{r['site_mib']:.1f} | {r['index_per_page']:.0f} |")


def page(rows: list[str], machine: str, serve: list[dict], search: dict | None,
         notes: list[str] | None = None) -> str:
    table = "\n".join([HEADER, "|" + " --- |" * 13, *rows])
    if notes:
        table += "\n\n" + "\n".join(f"- {note}" for note in notes)
    return f"""---
title: Performance
description: How fast the record builds, measured by bench/site.py.
---

# Performance

Written by `bench/site.py` (do not edit by hand) from the figures of `bench/site.py`,
`bench/serve.py` and `bench/search.py` (`make bench` runs all three). Machine: {machine}.

## Building the site

{table}

**Method.** A synthetic corpus of wire-style articles (`generator/synth.py`, seeded)
is extracted with `factsite extract --jobs 2`. *Core* is the generator's own work in
one process: loading and validating `data/` (PyYAML's C loader) and rendering every
page. *Build (plugin)* is `mkdocs build --strict` of this site; *build (plain)* is the
same build of the identical pages written out as Markdown files without the plugin.
Builds alternate plugin and plain and the faster run counts (one pair at the largest
size, where a build takes many minutes). Peak memory is the build process's maximum
resident set. Search index bytes are those of Material's `search_index.json` per HTML
page.

{_serve_section(serve)}

{_search_section(search)}
"""


def _serve_section(runs: list[dict]) -> str:
    if not runs:
        return "## Live preview\n\nNot measured yet: run `bench/serve.py`."
    first = runs[0]
    lines = ["| seen by | each edit, save to visible | median | rebuild (server log) "
             "| index whole |",
             "| --- | --- | --- | --- | --- |"]
    for r in runs:
        times = sorted(r["edit_seconds"])
        builds = r.get("build_seconds") or []
        lines.append(f"| {r['viewer']} | {', '.join(f'{t:.1f}' for t in r['edit_seconds'])} s "
                     f"| {times[len(times) // 2]:.1f} s | "
                     + (", ".join(f"{t:.1f}" for t in builds) + " s" if builds else "not logged")
                     + f" | {'yes' if r['index_whole'] else 'NO'} |")
    table = "\n".join(lines)
    for r in runs:  # where an edit's time went (Navigation Timing of the reloaded page)
        parts = r.get("reloads") or []
        if parts:
            began, shown = [p["reload"] for p in parts], [p["shown"] for p in parts]
            table += (f"\n\n{r['viewer']}: the reload began {min(began):.1f}-{max(began):.1f} s"
                      f" after the save (the watcher, the rebuild, livereload's answer) and"
                      f" the browser then showed the words in {min(shown):.2f}-{max(shown):.2f}"
                      " s.")
    notes = "".join(f"\n\n{r['viewer']}: {r['note']}" for r in runs if r.get("note"))
    return f"""## Live preview

`mkdocs serve --dirty` (`make serve`) on {first['articles']:,} articles: the first build
took {first['first_build']:.0f} s ({first['index_docs']:,} search entries, peak
{first['serve_mib']:.0f} MiB). Then five reviewer edits to statements (context,
status, date, topics), one at a time, timed from saving the YAML file until the new
words were on the page:

{table}{notes}

*Chromium* had the statement open and livereload reloaded it; *HTTP polling* fetched
the page every 50 ms instead. "Index whole" means that after every edit the search
index still held every page it held before, and the new words.

**Method.** The plugin re-parses only changed YAML files, re-renders only the pages
an edit can reach and merges those pages' search entries into the previous index.
An edit of `data/` alone is rebuilt by the plugin itself: the changed pages go
through MkDocs' own page functions with the last build's files, navigation and
theme, without MkDocs' whole build (which walks every file and page); a page the
edit adds (a new date or topic) or removes (a rejected statement) gets or loses its
file and page as MkDocs' build would make them, and the sitemap is written again.
Any other change goes through MkDocs' dirty build, which converts only the pages
whose Markdown changed (`serve_rebuild: full` makes every rebuild MkDocs' own).
The time includes the file watcher (the plugin's `watcher` setting, file events by default).
Above `sitemap_limit` pages the sitemap is an index of smaller files, so Material's
instant loading no longer walks every URL of the site on each page load."""


def _search_section(r: dict | None) -> str:
    if not r:
        return "## Search\n\nNot measured yet: run `bench/search.py`."
    m, p = r.get("material", {}), r["pagefind"]

    def seconds(d: dict, key: str) -> str:
        if key in d:
            return f"{d[key]:.2f} s"
        return f"no result ({d.get('error', 'not measured').rstrip()})"

    words = r.get("queries") or []

    def q(n: int, which: str) -> str:  # the query and how many pages it matched
        found = p.get(f"{which}_results")
        return f" (\"{words[n]}\": {found:,} pages)" if n < len(words) and found else ""

    earlier = r.get("material_from")
    material = (f"| Material (default) | {r['material_mib']:.1f} MiB JSON, "
                f"{r['material_gzip_mib']:.1f} MiB gzipped, all downloaded | "
                f"{seconds(m, 'first_query_s')} | {seconds(m, 'second_query_s')} |")
    if earlier is not None:  # a Pagefind-only run: Material as measured the run before
        material = material.replace(
            "all downloaded | ", f"all downloaded | (the run before, on "
            f"{earlier['pages']:,} pages) ")
    version = f" {p['version'].split()[-1]}" if p.get("version") else ""
    pagefind = (f"| Pagefind{version} (`search: pagefind`) | "
                f"{p.get('index_mib', 0):.1f} MiB on disk "
                f"in {p.get('index_files', 0):,} files; {p.get('first_kib', 0):,.0f} KiB "
                f"downloaded by the first query | {seconds(p, 'first_query_s')}"
                f"{q(0, 'first')} | {seconds(p, 'second_query_s')}{q(1, 'second')}, "
                f"{p.get('second_kib', 0):,.0f} KiB |")
    more = p.get("other_queries") or {}
    others = ("Other Pagefind queries: " + "; ".join(
        f"\"{q}\" {v['s']:.2f} s ({v['results']:,} pages)" for q, v in more.items())
        + ".\n\n") if more else ""
    old = (r.get("pagefind_before") or {}).get("pagefind")
    if old:
        before = r["pagefind_before"]
        pagefind += (f"\n| Pagefind {old.get('version', 'pagefind 1.5.2').split()[-1]}, the "
                     f"run before ({before['pages']:,} pages) | {old.get('index_mib', 0):.1f} "
                     f"MiB in {old.get('index_files', 0):,} files | "
                     f"{seconds(old, 'first_query_s')} | {seconds(old, 'second_query_s')} |")
    return f"""## Search

On the {r['articles']:,}-article site ({r['pages']:,} HTML pages), in headless Chromium:

| | index size | first query (from opening the page) | next query |
| --- | --- | --- | --- |
{material}
{pagefind}

{others}Pagefind indexed the site in {p.get('index_s', 0):.0f} s. Material's search downloads and
indexes its whole JSON in the browser before the first result; Pagefind downloads
only the index chunks and fragments a query needs. Use `search: pagefind` beyond a
few thousand pages.

{r.get('note', '')}

**Method.** `bench/search.py` serves the built site locally; Material's time runs
from opening the home page to the first result of a query typed at once; Pagefind's
from loading its script to the data of the top ten results."""


def _serve_runs(path: Path) -> list[dict]:
    """The newest run of each viewer at the newest size."""
    if not path.exists():
        return []
    runs = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    if not runs:
        return []
    size = runs[-1]["articles"]
    newest = {r["viewer"]: r for r in runs if r["articles"] == size}
    return list(newest.values())


def _latest(path: Path) -> dict | None:
    if not path.exists():
        return None
    lines = path.read_text("utf-8").splitlines()
    return json.loads(lines[-1]) if lines else None


def _latest_search(path: Path) -> dict | None:
    """The newest search run; a Pagefind-only run borrows Material's figures from the
    newest earlier run at the same size (``material_from``), and keeps the newest
    earlier Pagefind of another version for comparison (``pagefind_before``)."""
    if not path.exists():
        return None
    runs = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    if not runs:
        return None
    newest = dict(runs[-1])
    same = [r for r in runs[:-1] if r["articles"] == newest["articles"]]
    if "material" not in newest:
        earlier = next((r for r in reversed(same) if "material" in r), None)
        if earlier is not None:
            newest.update(material=earlier["material"], material_from=earlier)
    version = newest.get("pagefind", {}).get("version")
    before = next((r for r in reversed(same) if r.get("pagefind", {}).get("version")
                   != version and "first_query_s" in r.get("pagefind", {})), None)
    if before is not None:
        newest["pagefind_before"] = before
    return newest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[100, 1000])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=2, help="build pairs per size")
    ap.add_argument("--results", type=Path, default=ROOT / "bench" / "results" / "site.jsonl")
    ap.add_argument("--keep", type=Path, help="keep the last size's project and site here")
    ap.add_argument("--write-page", action="store_true")
    args = ap.parse_args()
    machine = (f"{platform.machine()}, {len(os.sched_getaffinity(0))} cores, "
               f"Python {platform.python_version()}")
    print(machine)
    print(HEADER)
    args.results.parent.mkdir(parents=True, exist_ok=True)
    for size in args.sizes:
        result = measure(size, args.jobs, args.repeat, args.keep)
        print(row(result), flush=True)
        with args.results.open("a", encoding="utf-8") as out:
            out.write(json.dumps(result, sort_keys=True) + "\n")
    if args.write_page:
        latest: dict[int, dict[str, float]] = {}  # the newest row of each size
        for line in args.results.read_text("utf-8").splitlines():
            result = json.loads(line)
            latest[int(result["articles"])] = result
        rows = [row(latest[size]) for size in sorted(latest)]
        notes = [f"{size:,} articles: {latest[size]['note']}" for size in sorted(latest)
                 if latest[size].get("note")]  # a row's caveat, added to its JSON by hand
        results = args.results.parent
        text = page(rows, machine, _serve_runs(results / "serve.jsonl"),
                    _latest_search(results / "search.jsonl"), notes)
        (ROOT / "content" / "performance.md").write_text(text, "utf-8")


if __name__ == "__main__":
    main()
