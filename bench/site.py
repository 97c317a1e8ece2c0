"""Site benchmark: the generator's overhead against a plain MkDocs build of the same pages.

    .venv/bin/python bench/site.py --sizes 100 1000 [--write-page]

For each corpus size (synthetic wire articles, generator.synth):
  extract     `factsite extract --jobs 2` articles/s
  core        data load + validate + render, in one process (the generator's own work)
  plugin      full `mkdocs build` with the factsite plugin: seconds and peak memory
  plain       `mkdocs build` of the identical pages written out as Markdown files
  site        size of site/, pages, search index bytes per page
Builds alternate plugin/plain so machine drift hits both alike. --write-page writes
the table, method and machine to content/performance.md. Asserts nothing.
"""

from __future__ import annotations

import argparse
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


def measure(size: int, jobs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        base = project(Path(tmp), size)
        seconds, _ = timed([str(BIN / "factsite"), "extract", "--jobs", str(jobs)], base)
        load, render, total, pages = core(base / "data")
        plain = plain_copy(base, pages)
        mkdocs = [str(BIN / "mkdocs"), "build", "--strict", "-q"]
        plugin_s, plugin_mib = timed(mkdocs, base)
        plain_s, plain_mib = timed(mkdocs, plain)
        plugin_s2, _ = timed(mkdocs, base)  # alternate: drift hits both
        plain_s2, _ = timed(mkdocs, plain)
        index = base / "site" / "search" / "search_index.json"
        html_pages = sum(1 for _ in (base / "site").rglob("*.html"))
        return {"articles": size, "extract_aps": size / seconds, "load": load,
                "render": render, "core": total, "pages": len(pages) + 5,
                "plugin": min(plugin_s, plugin_s2), "plain": min(plain_s, plain_s2),
                "plugin_mib": plugin_mib, "plain_mib": plain_mib,
                "site_mib": du(base / "site") / 2**20,
                "index_per_page": index.stat().st_size / html_pages}


HEADER = ("| articles | pages | extract art/s | load+validate s | render s | core s | "
          "build (plugin) s | build (plain) s | plugin/plain | core/build | peak MiB "
          "(plugin/plain) | site MiB | search index B/page |")


def row(r: dict[str, float]) -> str:
    return (f"| {r['articles']:.0f} | {r['pages']:.0f} | {r['extract_aps']:.1f} | "
            f"{r['load']:.2f} | {r['render']:.2f} | {r['core']:.2f} | {r['plugin']:.1f} | "
            f"{r['plain']:.1f} | {r['plugin'] / r['plain']:.2f} | "
            f"{r['core'] / r['plugin']:.1%} | {r['plugin_mib']:.0f}/{r['plain_mib']:.0f} | "
            f"{r['site_mib']:.1f} | {r['index_per_page']:.0f} |")


def page(rows: list[str], machine: str) -> str:
    table = "\n".join([HEADER, "|" + " --- |" * 13, *rows])
    return f"""---
title: Performance
description: How fast the record builds, measured by bench/site.py.
---

# Performance

Written by `bench/site.py` (do not edit by hand). Machine: {machine}.

{table}

**Method.** A synthetic corpus of wire-style articles (`generator/synth.py`, seeded)
is extracted with `factsite extract --jobs 2`. *Core* is the generator's own work in
one process: loading and validating `data/` (PyYAML's C loader) and rendering every
page. *Build (plugin)* is `mkdocs build --strict` of this site; *build (plain)* is the
same build of the identical pages written out as Markdown files without the plugin.
Each build runs twice, alternating plugin and plain, and the faster run counts. Peak
memory is the build process's maximum resident set. Search index bytes are those of
Material's `search_index.json` per HTML page.
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--write-page", action="store_true")
    args = ap.parse_args()
    machine = (f"{platform.machine()}, {len(os.sched_getaffinity(0))} cores, "
               f"Python {platform.python_version()}")
    print(machine)
    print(HEADER)
    rows = []
    for size in args.sizes:
        rows.append(row(measure(size, args.jobs)))
        print(rows[-1], flush=True)
    if args.write_page:
        (ROOT / "content" / "performance.md").write_text(page(rows, machine), "utf-8")


if __name__ == "__main__":
    main()
