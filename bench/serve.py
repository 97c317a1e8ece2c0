"""Live-preview benchmark: how long an edit takes to show under `mkdocs serve --dirty`.

    .venv/bin/python bench/serve.py --articles 5000 [--project DIR]

Builds a synthetic project (as bench/site.py does) or reuses an extracted one, starts
`mkdocs serve --dirty` (what `make serve` runs), opens a statement page in headless
Chromium (Debian's, through Playwright; plain HTTP polling when there is none), then
edits statement records one at a time and times each edit from saving the YAML file
to the new words appearing on the page the browser shows (livereload reloads it).
After each edit the search index is fetched and checked whole. Prints a table and appends a row to
bench/results/serve.jsonl. Asserts nothing.

"Whole" means every entry location present before an edit is still there after it
(unless its page or heading went: a statement moved off the last day it shared) and
the edited words are in the index.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BIN = Path(sys.executable).parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _bench_site():  # bench/site.py's project(): same corpus, same site
    spec = importlib.util.spec_from_file_location("bench_site", ROOT / "bench" / "site.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode("utf-8")


def still_served(base: str, location: str) -> bool:
    """Whether the site still has a search location: its page, and the heading its
    anchor names (an edit may remove a page, a date's last statement, or a heading)."""
    url, _, anchor = location.partition("#")
    try:
        html = fetch(base + url)
    except OSError:  # (404: the page went)
        return False
    return not anchor or f'id="{anchor}"' in html


def wait(check, timeout: float, step: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return True
        except OSError:
            pass
        time.sleep(step)
    return False


def peak_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


# When the browser began the reload (epoch ms), and how long its parts took (ms)
NAVIGATION = """() => {
  const nav = performance.getEntriesByType("navigation")[0];
  return {reload: performance.timeOrigin, html: nav.responseEnd,
          dom: nav.domContentLoadedEventEnd, shown: performance.now()};
}"""

def _new_day(project: Path) -> str:
    """A day no statement of the record was said on (its date page is new)."""
    import datetime as dt

    said = set(re.findall(r"said_on: '?(\d{4}-\d{2}-\d{2})", "".join(
        p.read_text("utf-8") for p in (project / "data" / "statements").glob("*.yaml"))))
    day = dt.date(2020, 6, 15)
    while day.isoformat() in said:
        day += dt.timedelta(days=1)
    return day.isoformat()


EDITS = [  # (field, new value, None for "flip", or made for the record): what an editor
    ("context", None), ("status", "reviewed"),  # does in review; the third and the fifth
    ("said_on", _new_day), ("context", None),  # add a page on every run (a new day, a
    ("topics", lambda project: [f"benchmark-topic-{time.time_ns()}"]),  # new topic)
]


def target(project: Path, index: int) -> tuple[Path, str]:
    """The statements file the ``index``-th edit changes, and its first statement's id."""
    from generator import yamlio

    files = sorted((project / "data" / "statements").glob("*.yaml"))
    path = files[(index * 7919) % len(files)]  # spread over the record
    return path, yamlio.load(path.read_text("utf-8"))["statements"][0]["id"]


def new_value(project: Path, index: int) -> object:
    """What the ``index``-th edit sets (found before its time starts)."""
    value = EDITS[index % len(EDITS)][1]
    return value(project) if callable(value) else value


def edit(path: Path, index: int, mark: str, value: object) -> None:
    """Change a file's first statement as a reviewer would, with ``mark`` as its context."""
    from generator import yamlio

    field = EDITS[index % len(EDITS)][0]
    doc = yamlio.load(path.read_text("utf-8"))
    st = doc["statements"][0]
    if field != "context":
        st[field] = value
    st["context"] = mark
    path.write_text(yamlio.dump(doc), "utf-8")


def measure(project: Path, edits: int, browser: bool) -> dict[str, object]:
    from urllib.parse import urlsplit

    from mkdocs.config import load_config

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    mount = urlsplit(load_config(str(project / "mkdocs.yml")).site_url or "/").path
    base = f"http://127.0.0.1:{port}{mount}"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    log_path = project / "serve.log"  # MkDocs' own "Documentation built in N seconds"
    log_file = log_path.open("w", encoding="utf-8")
    serve = subprocess.Popen([str(BIN / "mkdocs"), "serve", "--dirty", "-a", f"127.0.0.1:{port}"],
                             cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=log_file)
    result: dict[str, object] = {}
    try:
        index_url = base + "search/search_index.json"
        if not wait(lambda: '"docs"' in fetch(index_url), 3600, step=1):
            raise SystemExit("mkdocs serve did not come up")
        result["first_build"] = time.perf_counter() - started
        before = {d["location"] for d in json.loads(fetch(index_url))["docs"]}
        result["index_docs"] = len(before)
        times, whole, reloads = [], [], []
        page = None
        if browser:
            from playwright.sync_api import sync_playwright

            pw = sync_playwright().start()
            chromium = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            page = chromium.new_page()
        for i in range(edits):
            mark = f"Benchmark edit {i} {time.time_ns()}"
            path, st_id = target(project, i)
            url = f"{base}statements/{st_id}/"
            if page is not None:  # the browser shows the page before the edit
                page.goto(url)
            value = new_value(project, i)
            saved = time.time()
            t0 = time.perf_counter()
            edit(path, i, mark, value)
            if page is not None:  # livereload reloads it when the rebuild is done
                page.wait_for_function(  # (no body while the page reloads)
                    "m => !!document.body && document.body.innerText.includes(m)", arg=mark,
                    timeout=600_000, polling=50)
            elif not wait(lambda m=mark, u=url: m in fetch(u), 600):
                raise SystemExit(f"edit {i} never showed")
            times.append(time.perf_counter() - t0)
            if page is not None:  # where the time went: server, then browser
                timing = page.evaluate(NAVIGATION)
                reloads.append({key: round(value / 1000 - (saved if key == "reload" else 0), 3)
                                for key, value in timing.items()})
            wait(lambda m=mark: m in fetch(index_url), 120)
            after = json.loads(fetch(index_url))["docs"]  # no page lost, the edit in
            locations = {d["location"] for d in after}
            lost = [loc for loc in sorted(before - locations) if still_served(base, loc)]
            whole.append(not lost and any(mark in d["text"] for d in after))
            if not whole[-1]:
                print(f"edit {i}: the index lost {lost[:5]}; the edit is in it: "
                      f"{any(mark in d['text'] for d in after)}", file=sys.stderr)
            before = locations
        if page is not None:
            chromium.close()
            pw.stop()
        result.update(edit_seconds=times, reloads=reloads, index_whole=all(whole),
                      serve_mib=peak_mib(serve.pid),
                      viewer="Chromium" if page is not None else "HTTP polling")
    finally:
        serve.terminate()
        serve.wait(timeout=60)
        log_file.close()
    builds = [float(m) for m in re.findall(r"Documentation built in ([\d.]+) seconds",
                                            log_path.read_text("utf-8"))]
    result["build_seconds"] = builds[1:]  # each rebuild's own time, after the first build
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--project", type=Path, help="an extracted project to reuse (kept)")
    ap.add_argument("--edits", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--results", type=Path, default=ROOT / "bench" / "results" / "serve.jsonl")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        project = args.project
        if project is None:
            project = _bench_site().project(Path(tmp), args.articles)
            subprocess.run([str(BIN / "factsite"), "extract", "--jobs", str(args.jobs)],
                           cwd=project, check=True, stdout=subprocess.DEVNULL)
        articles = sum(1 for _ in (project / "data" / "sources").glob("*.yaml"))
        result = measure(project, args.edits, browser=CHROMIUM is not None
                         and not args.no_browser)
    result["articles"] = articles
    times = result["edit_seconds"]
    assert isinstance(times, list)
    print(f"articles {articles}, search entries {result['index_docs']}, first build "
          f"{result['first_build']:.0f} s, peak {result['serve_mib']:.0f} MiB")
    print(f"edit -> visible ({result['viewer']}): "
          + ", ".join(f"{t:.2f}" for t in times)
          + f" s (median {sorted(times)[len(times) // 2]:.2f} s); search index whole after "
          f"each: {result['index_whole']}")
    for i, parts in enumerate(result.get("reloads", [])):
        print(f"edit {i}: reload began {parts['reload']:.2f} s after the save; then html "
              f"{parts['html']:.2f} s, DOM ready {parts['dom']:.2f} s, words seen "
              f"{parts['shown']:.2f} s")
    print("MkDocs' own time for each rebuild: "
          + ", ".join(f"{t:.2f}" for t in result["build_seconds"]) + " s")
    args.results.parent.mkdir(parents=True, exist_ok=True)
    with args.results.open("a", encoding="utf-8") as out:
        out.write(json.dumps(result, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
