"""The ``factsite`` command: extract, check, export, build.

Every problem with the input is reported as one located sentence and a non-zero
exit; tracebacks only with ``--verbose``.
"""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from . import export as exporter
from .model import FactsiteError, Problem

EXIT_PROBLEMS = 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factsite", description="Turn news articles into a citable record of who said "
        "what, and when.")
    parser.add_argument("--verbose", action="store_true", help="show tracebacks and debug logs")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", help="extract new seed articles into YAML records")
    p.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of articles")
    p.add_argument("--data", type=Path, default=Path("data"), help="folder of YAML records")
    p.add_argument("--jobs", type=int, default=1,
                   help="processes to extract with (0: one per core); output is the same")
    p.add_argument("--update", action="store_true",
                   help="also extract articles already in the data again and reconcile: "
                   "records a person edited are kept, conflicts reported")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("check", help="validate every record; report every problem")
    p.add_argument("--data", type=Path, default=Path("data"), help="folder of YAML records")
    p.add_argument("--format", choices=("text", "github"), default="text",
                   help="github: GitHub Actions annotations, shown on the pull request lines")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("actor", help="rename or merge actors, updating every reference")
    p.add_argument("action", choices=("rename", "merge"),
                   help="rename OLD NEW, or merge ABSORBED INTO")
    p.add_argument("old", help="actor id to rename, or to merge away")
    p.add_argument("new", help="the new id, or the actor to merge into")
    p.add_argument("--data", type=Path, default=Path("data"), help="folder of YAML records")
    p.set_defaults(func=cmd_actor)

    p = sub.add_parser("schema", help="write the JSON Schema files editors' tools use")
    p.add_argument("-o", "--output", type=Path, default=Path("schemas"), help="folder")
    p.set_defaults(func=cmd_schema)

    p = sub.add_parser("export", help="write the facts as JSON or CSV")
    p.add_argument("--data", type=Path, default=Path("data"), help="folder of YAML records")
    p.add_argument("--format", choices=("json", "csv"), required=True)
    p.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("build", help="extract new seeds, check, and build the site (strict)")
    p.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of articles")
    p.add_argument("--data", type=Path, default=Path("data"), help="folder of YAML records")
    p.add_argument("-f", "--config-file", type=Path, default=Path("mkdocs.yml"))
    p.set_defaults(func=cmd_build)
    return parser


def _report(problems: Sequence[Problem]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)
    noun = "problem" if len(problems) == 1 else "problems"
    print(f"factsite: {len(problems)} {noun} found", file=sys.stderr)


def cmd_extract(args: argparse.Namespace) -> int:
    from .authoring import extract_corpus

    if not args.seeds.is_dir():
        raise FactsiteError(f"{args.seeds}: no such folder of seed articles")
    jobs = getattr(args, "jobs", 1) or os.cpu_count() or 1
    report = extract_corpus(args.seeds, args.data, jobs=jobs, progress=sys.stderr.isatty(),
                            update=getattr(args, "update", False))
    if report.problems:
        _report(report.problems)
        return EXIT_PROBLEMS
    for conflict in report.conflicts:
        print(f"conflict: {conflict}", file=sys.stderr)
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"factsite: {len(report.written)} files written, {len(report.skipped)} seeds "
          "already extracted")
    return 0


def _load(data: Path):  # noqa: ANN202 - internal
    from .validate import load_and_check

    loaded = load_and_check(data)
    if loaded.problems:
        raise FactsiteError("invalid data", loaded.problems)
    return loaded


def github_annotation(problem: Problem) -> str:
    """One problem as a GitHub Actions workflow command (an error on that line)."""
    def esc(value: str, props: bool = False) -> str:
        value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return value.replace(":", "%3A").replace(",", "%2C") if props else value

    where = f"file={esc(problem.path, True)}"
    if problem.line:
        where += f",line={problem.line}"
    title = esc(problem.field or "factsite check", True)
    return f"::error {where},title={title}::{esc(problem.message)}"


def cmd_check(args: argparse.Namespace) -> int:
    if args.format == "github":
        from .validate import load_and_check

        problems = load_and_check(args.data).problems
        for problem in problems:
            print(github_annotation(problem))
        return EXIT_PROBLEMS if problems else 0
    loaded = _load(args.data)
    cat = loaded.catalog
    print(f"factsite: {len(cat.sources)} sources, {len(cat.actors)} actors, "
          f"{len(cat.statements)} statements: no problems")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    catalog = _load(args.data).catalog
    text = exporter.to_json(catalog) if args.format == "json" else exporter.to_csv(catalog)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def cmd_actor(args: argparse.Namespace) -> int:
    from .actions import merge_actors, rename_actor

    act = rename_actor if args.action == "rename" else merge_actors
    changed = act(args.data, args.old, args.new)
    print(f"factsite: {args.action}d {args.old!r} -> {args.new!r}; {len(changed)} files changed")
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from .jsonschema import exported
    from .yamlio import write_atomic

    for name, text in exported().items():
        write_atomic(args.output / name, text)
    print(f"factsite: schemas written to {args.output}/")
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    if cmd_extract(args) != 0:
        return EXIT_PROBLEMS
    _load(args.data)
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(args.config_file)]
    return subprocess.call(command)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="factsite: %(message)s")
    try:
        return int(args.func(args))
    except FactsiteError as exc:
        if exc.problems:
            _report(exc.problems)
        else:
            print(f"factsite: {exc}", file=sys.stderr)
        if args.verbose:
            raise
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        print("factsite: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
