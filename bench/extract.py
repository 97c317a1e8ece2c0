"""Extraction benchmark: articles per second, time per stage, peak memory.

    .venv/bin/python bench/extract.py --articles 1000 --jobs 2

Generates a synthetic wire corpus (generator.synth, ~600 words an article), then
measures, each in a fresh process so peak memory is the stage's own:
  ingest   reading and cleaning every article (jusText, metadata)
  parse    spaCy over every paragraph (the NLP pipeline alone)
  extract  the whole `factsite extract` (ingest + parse + rules + YAML writing)
and repeats the full extraction at a quarter and half of the size to show how
memory grows with the corpus; then times each spaCy component alone (where the
model's time goes) and prints the ceiling: processes x spaCy's own rate. Prints a
table; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def stage(name: str, seeds: Path, jobs: int) -> dict[str, float]:
    """Run one stage in this process and return its figures."""
    from generator.authoring import extract_corpus, seed_files
    from generator.ingest import read_article
    from generator.nlp import pipeline
    from generator.quotes import paragraphs

    paths = seed_files(seeds)
    pipeline()  # model loading is not part of any stage's time
    start = time.perf_counter()
    if name == "ingest":
        for path in paths:
            read_article(path)
    elif name == "parse":
        texts = [read_article(p).text for p in paths]
        start = time.perf_counter()
        nlp = pipeline()
        for text in texts:
            for _ in nlp.pipe(text[s:e] for s, e in paragraphs(text)):
                pass
    elif name == "components":  # each pipe over every paragraph, one after the other
        texts = [read_article(p).text for p in paths]
        nlp = pipeline()
        docs = [nlp.make_doc(t[s:e]) for t in texts for s, e in paragraphs(t)]
        parts = {"tokenizer": time.perf_counter() - start}
        for pipe_name, proc in nlp.pipeline:
            began = time.perf_counter()
            docs = (list(proc.pipe(docs)) if hasattr(proc, "pipe")  # (a function
                    else [proc(doc) for doc in docs])  # component has no pipe())
            parts[pipe_name] = time.perf_counter() - began
    else:
        with tempfile.TemporaryDirectory() as data:
            extract_corpus(seeds, Path(data), jobs=jobs)
    seconds = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    out = {"seconds": seconds, "articles": len(paths), "peak_mib": max(own, kids) / 1024}
    if name == "components":
        out["components"] = parts
    return out


def run_stage(name: str, seeds: Path, jobs: int) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--stage", name, "--seeds", str(seeds),
                          "--jobs", str(jobs)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--stage", help=argparse.SUPPRESS)
    ap.add_argument("--seeds", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.stage:
        print(json.dumps(stage(args.stage, args.seeds, args.jobs)))
        return
    from generator.synth import write_corpus

    print(f"machine: {platform.machine()}, {platform.python_version()}, "
          f"cores {len(__import__('os').sched_getaffinity(0))}")
    with tempfile.TemporaryDirectory() as tmp:
        sizes = sorted({max(1, args.articles // 4), max(1, args.articles // 2), args.articles})
        for size in sizes:
            seeds = Path(tmp) / f"seeds-{size}"
            write_corpus(seeds, size)
        big = Path(tmp) / f"seeds-{args.articles}"
        words = sum(len(p.read_text().split()) for p in big.iterdir()) / args.articles
        print(f"corpus: {args.articles} synthetic articles, {words:.0f} words each on average")
        print(f"{'stage':<22}{'articles':>9}{'seconds':>9}{'art/s':>8}{'peak MiB':>10}")
        rows = [("ingest", big, 1), ("parse (spaCy)", big, 1), ("extract --jobs 1", big, 1),
                (f"extract --jobs {args.jobs}", big, args.jobs)]
        rows += [(f"extract --jobs {args.jobs}", Path(tmp) / f"seeds-{s}", args.jobs)
                 for s in sizes[:-1]]
        rates = {}
        for label, seeds, jobs in rows:
            name = label.split()[0]
            r = run_stage(name, seeds, jobs)
            rates.setdefault(label, r["articles"] / r["seconds"])
            print(f"{label:<22}{r['articles']:>9.0f}{r['seconds']:>9.1f}"
                  f"{r['articles'] / r['seconds']:>8.1f}{r['peak_mib']:>10.0f}")
        parts = run_stage("components", big, 1)["components"]
        total = sum(parts.values())
        print("spaCy time by component (1 process): " + ", ".join(
            f"{k} {v / total:.0%}" for k, v in parts.items()))
        ceiling = args.jobs * rates["parse (spaCy)"]
        print(f"ceiling: {args.jobs} processes x spaCy alone = {ceiling:.1f} art/s; "
              f"extract --jobs {args.jobs} reaches "
              f"{rates[f'extract --jobs {args.jobs}'] / ceiling:.0%} of it")


if __name__ == "__main__":
    main()
