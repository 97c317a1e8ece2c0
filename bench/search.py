"""Search benchmark: Material's single index against Pagefind, in headless Chromium.

    .venv/bin/python bench/search.py --project DIR   (a project bench/site.py --keep left)

Serves DIR/site (built with Material's search) on 127.0.0.1 and measures in Debian's
Chromium, through Playwright:
  material  bytes of search/search_index.json (raw and gzipped); time from opening
            the home page to the first result of a query typed at once (the browser
            downloads and indexes the whole JSON first); then a second query's time
  pagefind  Pagefind run over the same HTML (the plugin's selectors): indexing time,
            index size on disk; in a fresh browser, time and bytes downloaded for a
            first query (loading Pagefind, its metadata and the chunks it needs) and
            for a second query
Prints a table and appends a row to bench/results/search.jsonl. Asserts nothing; a
step that does not finish within --timeout seconds is reported as such.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import shutil
import socketserver
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def serve(site: Path) -> tuple[socketserver.TCPServer, str]:
    handler = functools.partial(_Quiet, directory=str(site))
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def material(browser, base: str, queries: list[str], timeout: float) -> dict[str, object]:
    page = browser.new_page()
    out: dict[str, object] = {}
    try:
        started = time.perf_counter()
        page.goto(base, wait_until="domcontentloaded")
        box = page.locator(".md-search__input").first
        box.click()
        box.press_sequentially(queries[0])  # typed at once, as a reader would
        page.locator(".md-search-result__item").first.wait_for(timeout=timeout * 1000)
        out["first_query_s"] = time.perf_counter() - started
        box.fill("")
        started = time.perf_counter()
        box.press_sequentially(queries[1])
        page.wait_for_function(
            "q => document.querySelector('.md-search-result__meta')?.textContent"
            ".match(/\\d|No matching/) && document.querySelector('.md-search__input')"
            ".value === q", arg=queries[1], timeout=timeout * 1000, polling=20)
        out["second_query_s"] = time.perf_counter() - started
    except Exception as exc:  # a timeout or a crashed tab is the finding
        out["error"] = f"{type(exc).__name__}: {str(exc).splitlines()[0][:120]}"
    finally:
        page.close()
    return out


PAGEFIND_PAGE = """<!doctype html><meta charset="utf-8"><title>bench</title><script>
window.bench = async (q) => {
  const t0 = performance.now();
  if (!window.pf) { window.pf = await import("./pagefind/pagefind.js"); await pf.init(); }
  const found = await pf.search(q);
  const top = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
  const ms = performance.now() - t0;
  return {ms, results: found.results.length, top: top.length};
};
</script>"""


def pagefind(browser, site: Path, base: str, queries: list[str], timeout: float,
             reuse: bool = False) -> dict[str, object]:
    from generator.pagefind import OPTIONS, command

    out: dict[str, object] = {}
    pagefind = command(ROOT)  # the plugin's choice: the npm copy if installed
    out["version"] = subprocess.run([*pagefind, "--version"], capture_output=True,
                                    text=True, check=True).stdout.strip()
    bundle = site / "pagefind"
    if not (reuse and bundle.is_dir()):
        started = time.perf_counter()
        subprocess.run([*pagefind, *OPTIONS, "--site", str(site)], check=True,
                       timeout=timeout * 4)
        out["index_s"] = time.perf_counter() - started
    out["index_mib"] = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file()) / 2**20
    out["index_files"] = sum(1 for p in bundle.rglob("*") if p.is_file())
    (site / "pagefind-bench.html").write_text(PAGEFIND_PAGE, "utf-8")
    page = browser.new_page()
    requests: list = []  # Pagefind fetches from a worker: the page's timing misses those
    page.on("requestfinished", lambda r: requests.append(r) if "/pagefind/" in r.url else None)

    def kib() -> float:
        total = sum(r.sizes()["responseBodySize"] for r in requests) / 1024
        requests.clear()
        return total

    try:
        page.goto(base + "pagefind-bench.html")
        first = page.evaluate("q => bench(q)", queries[0])
        out.update(first_query_s=first["ms"] / 1000, first_results=first["results"],
                   first_kib=kib())
        second = page.evaluate("q => bench(q)", queries[1])
        out.update(second_query_s=second["ms"] / 1000, second_kib=kib(),
                   second_results=second["results"])
        more = {q: page.evaluate("q => bench(q)", q) for q in queries[2:]}
        out["other_queries"] = {q: {"s": r["ms"] / 1000, "results": r["results"]}
                                for q, r in more.items()}
        out["other_kib"] = kib()
    except Exception as exc:
        out["error"] = f"{type(exc).__name__}: {str(exc).splitlines()[0][:120]}"
    finally:
        page.close()
        (site / "pagefind-bench.html").unlink(missing_ok=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--project", type=Path, required=True)
    # a phrase in a quarter of the synthetic corpus, another, a person, a rare word
    ap.add_argument("--queries", nargs="+", default=[
        "vaccine deliveries", "border reopening", "Helen Okafor", "logistics"])
    ap.add_argument("--pagefind-only", action="store_true",
                    help="measure Pagefind only, on the index already in the site if any")
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--results", type=Path, default=ROOT / "bench" / "results" / "search.jsonl")
    args = ap.parse_args()
    if CHROMIUM is None:
        raise SystemExit("no Chromium: apt-get install chromium (make browser)")
    from playwright.sync_api import sync_playwright

    site = args.project / "site"
    index = site / "search" / "search_index.json"
    raw = index.read_bytes()
    pages = sum(1 for _ in site.rglob("*.html"))
    articles = sum(1 for _ in (args.project / "data" / "sources").glob("*.yaml"))
    result: dict[str, object] = {
        "articles": articles, "pages": pages, "queries": args.queries,
        "material_mib": len(raw) / 2**20,
        "material_gzip_mib": len(gzip.compress(raw, 6)) / 2**20}
    del raw
    server, base = serve(site)
    try:
        with sync_playwright() as p:
            if not args.pagefind_only:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
                result["material"] = material(browser, base, args.queries, args.timeout)
                browser.close()
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            result["pagefind"] = pagefind(browser, site, base, args.queries, args.timeout,
                                          reuse=args.pagefind_only)
            browser.close()
    finally:
        server.shutdown()
    print(json.dumps(result, indent=2))
    args.results.parent.mkdir(parents=True, exist_ok=True)
    with args.results.open("a", encoding="utf-8") as out:
        out.write(json.dumps(result, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
