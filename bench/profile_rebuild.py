"""Where a live-preview rebuild spends its time: cProfile of one statement edit.

    .venv/bin/python bench/profile_rebuild.py --project DIR [--edits 4] [--top 40]
        [--rebuild pages|mkdocs]

DIR is a project (``mkdocs.yml``, ``data/``, ``content/``), e.g. one kept by
``bench/site.py --keep DIR`` or made by ``bench/serve.py``. The script builds it
once as ``mkdocs serve --dirty`` does (same plugin state kept between builds), then
edits one statement's ``context`` per rebuild and times each rebuild; the last one
runs under cProfile and its top functions by cumulative time are printed. Each
rebuild is the one `mkdocs serve --dirty` makes after the edit: the plugin's rebuild
of the changed pages alone (``--rebuild pages``, the default) or MkDocs' whole dirty
build (``--rebuild mkdocs``, what every rebuild was before, and still is for an edit
that adds or removes a page). The project's ``site/`` is rebuilt; the edited records
keep their edits. Asserts nothing.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import logging
import pstats
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--project", type=Path, required=True)
    ap.add_argument("--edits", type=int, default=4)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--rebuild", choices=("pages", "mkdocs"), default="pages")
    ap.add_argument("--profile-all", action="store_true",
                    help="print a profile of every rebuild, not only the last")
    args = ap.parse_args()
    logging.basicConfig(level=logging.ERROR)
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from generator import yamlio

    project, site = args.project.resolve(), args.project.resolve() / "site"
    shutil.rmtree(site, ignore_errors=True)
    url = "http://127.0.0.1:8000/"

    def config():  # a fresh config per build, as `mkdocs serve` loads one
        cfg = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
        cfg.site_url = url
        return cfg

    first = config()
    first.plugins.on_startup(command="serve", dirty=True)
    began = time.perf_counter()
    build(first, serve_url=url, dirty=True)
    print(f"first build {time.perf_counter() - began:.1f} s", flush=True)
    files = sorted((project / "data" / "statements").glob("*.yaml"))
    plugin = first.plugins["factsite"]  # (the same instance in every config)
    if plugin.cache is not None:  # the loader hears of each edit, as under the server
        plugin.cache.watched()
    for n in range(args.edits):
        path = files[(7 + 100 * n) % len(files)]
        record = yamlio.load(path.read_text("utf-8"))
        st = record["statements"][0]
        if n % 2:  # a review: the lists show the status, so they are rendered again
            st["status"] = "reviewed" if st.get("status") != "reviewed" else "extracted"
        st["context"] = f"Edited for profiling, {n}, {time.time()}"
        path.write_text(yamlio.dump(record), "utf-8")
        if plugin.cache is not None:
            plugin.cache.changed_since_last_load([str(path)])
        last = n == args.edits - 1
        profile = cProfile.Profile()
        began = time.perf_counter()
        if last or args.profile_all:
            profile.enable()
        if args.rebuild == "mkdocs" or not plugin.rebuild_pages({str(path)}):
            build(config(), serve_url=url, dirty=True)
        if last or args.profile_all:
            profile.disable()
        print(f"rebuild {n + 1} ({'status and context' if n % 2 else 'context'}): "
              f"{time.perf_counter() - began:.2f} s, {len(plugin.rebuilt)} pages rebuilt",
              flush=True)
        if last or args.profile_all:
            out = io.StringIO()
            pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(args.top)
            print(out.getvalue(), flush=True)


if __name__ == "__main__":
    main()
