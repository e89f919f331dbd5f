"""Command line: ``python -m pipeline run --input IN [IN ...] --output OUT``.

Exit status: 0 every document processed; 1 some documents failed (each is
in ``OUT/errors.jsonl`` with its reason, and printed one line each); 2 usage,
configuration or fatal error (one line; ``--verbose`` prints the traceback).
"""
from __future__ import annotations

import argparse
import os
import sys
import traceback
from pathlib import Path

from .stages import STAGES
from .version import __version__

MAX_ERROR_LINES = 20  # failed inputs printed one line each; the rest are in OUT/errors.jsonl


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Extract structured data from Russian news: sentences, tokens and lemmas, "
                    "PER/LOC/ORG entities grouped per document, ISO 8601 dates, linked locations, "
                    "quotes with speakers, and article metadata. One JSONL record per article.",
        epilog="Exit status: 0 all processed, 1 some documents failed (see OUT/errors.jsonl), "
               "2 usage, configuration or fatal error (one line; --verbose for the traceback).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser(
        "run", help="process input documents into OUT/documents.jsonl",
        description="Process .txt files (one document each, id = file stem) and .jsonl/.jsonl.gz "
                    "files (one {\"id\", \"text\", ...} object per line) into OUT/documents.jsonl. "
                    "Documents whose text and pipeline version are unchanged since the last run are "
                    "skipped; new and changed ones are processed and merged in. Failures go to "
                    "OUT/errors.jsonl with a reason; OUT/run_report.json has the counts.",
    )
    run.add_argument("--input", "-i", nargs="+", default=[], metavar="IN",
                     help="input files or folders (folders are walked recursively)")
    run.add_argument("--output", "-o", required=True, type=Path, metavar="OUT",
                     help="output folder")
    run.add_argument("--interim", type=Path, metavar="DIR",
                     help="also keep each stage's output in DIR/<stage>.jsonl, for --from-stage")
    run.add_argument("--from-stage", choices=STAGES[1:], metavar="STAGE",
                     help=f"re-run STAGE and the stages after it on the stored output of the stage "
                          f"before it in --interim ({', '.join(STAGES[1:])})")
    run.add_argument("--force", action="store_true", help="reprocess documents even if unchanged")
    run.add_argument("--batch-size", type=int, default=32, metavar="N",
                     help="documents per batch (default: 32; a batch also closes at 64,000 characters of text)")
    run.add_argument("--workers", "-j", type=int, default=os.cpu_count() or 1, metavar="N",
                     help="worker processes (default: the machine's cores, here %(default)s); "
                          "the output is the same whatever N is")
    run.add_argument("--executor", choices=("local", "dask"), default="local",
                     help="local processes (default) or a Dask cluster")
    run.add_argument("--scheduler", metavar="ADDRESS",
                     help="with --executor dask: the scheduler's address (tcp://host:8786); "
                          "without it, a local Dask cluster of --workers processes")
    bar = run.add_mutually_exclusive_group()
    bar.add_argument("--progress", dest="progress", action="store_true", default=None,
                     help="always show the progress bar (default: only on a terminal)")
    bar.add_argument("--quiet", "-q", dest="progress", action="store_false",
                     help="no progress bar (for cron)")
    run.add_argument("--verbose", "-v", action="store_true", help="print tracebacks of failures")

    stats = commands.add_parser("stats", help="counts by type and the top speakers of an output",
                                description="Summarize OUT: documents, entities by label, dates by "
                                            "granularity, locations by kind and country, quotes by type, "
                                            "the top speakers, errors and the last run.")
    stats.add_argument("output", type=Path, metavar="OUT", help="output folder of a run")
    stats.add_argument("--top", type=int, default=10, metavar="N", help="how many speakers (default 10)")

    show = commands.add_parser("show", help="write an article with its spans highlighted as HTML",
                               description="Render document ID of OUT with entities, dates, linked "
                                           "locations and quotes (speakers labelled) highlighted, as a "
                                           "standalone HTML page.")
    show.add_argument("id", metavar="ID", help="document id")
    show.add_argument("--html", required=True, type=Path, metavar="FILE", help="the page to write")
    show.add_argument("--output", "-o", type=Path, default=Path("data/processed"), metavar="OUT",
                      help="output folder to read (default: data/processed)")

    export = commands.add_parser("export", help="write an output's tables as Parquet files",
                                 description="Write the tables of pipeline.load (documents, entities, "
                                             "entity_index, dates, locations, quotes) of OUT to "
                                             "OUT_DIR/<table>.parquet; pipeline.load(OUT_DIR) reads them "
                                             "back, faster than the JSONL.")
    export.add_argument("out_dir", type=Path, metavar="OUT_DIR", help="folder to write")
    export.add_argument("--format", choices=("parquet",), default="parquet", help="file format (parquet)")
    export.add_argument("--output", "-o", type=Path, default=Path("data/processed"), metavar="OUT",
                        help="output folder (or documents.jsonl) to read (default: data/processed)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "run":
        return cmd_run(args)
    if args.command == "stats":
        return cmd_stats(args)
    if args.command == "show":
        return cmd_show(args)
    if args.command == "export":
        return cmd_export(args)
    parser.error(f"unknown command {args.command}")
    return 2


def cmd_run(args: argparse.Namespace) -> int:
    from .runner import RunConfig, UsageError, run

    if args.batch_size < 1 or args.workers < 1:
        print("error: --batch-size and --workers must be at least 1", file=sys.stderr)
        return 2
    if args.scheduler and args.executor != "dask":
        print("error: --scheduler goes with --executor dask", file=sys.stderr)
        return 2
    if not args.input and not args.from_stage:
        print("error: give --input (or --from-stage with --interim)", file=sys.stderr)
        return 2
    config = RunConfig(inputs=args.input, output=args.output, interim=args.interim,
                       from_stage=args.from_stage, force=args.force, batch_size=args.batch_size,
                       workers=args.workers, executor=args.executor, scheduler=args.scheduler,
                       progress=args.progress, verbose=args.verbose)
    try:
        report = run(config)
    except UsageError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except Exception as e:  # a fatal error (unwritable output, a broken install...): one line
        if args.verbose:
            traceback.print_exc()
        print(f"error: {type(e).__name__}: {e}" + ("" if args.verbose else " (--verbose for the traceback)"),
              file=sys.stderr)
        return 2
    print(report.summary())
    if report.failed:
        print_errors(Path(args.output) / "errors.jsonl", report.failed)
    return report.exit_code


def print_errors(path: Path, failed: int, limit: int = MAX_ERROR_LINES) -> None:
    """One line per failed input of the last run (``source: reason``) on stderr,
    the first ``limit`` of them."""
    import orjson

    lines = [line for line in path.read_bytes().splitlines() if line.strip()] if path.exists() else []
    for line in lines[:limit]:
        error = orjson.loads(line)
        where = error.get("source") or error.get("id") or "?"
        stage = error.get("stage")
        print(f"error: {where}: {error.get('reason')}" + (f" [{stage}]" if stage and stage != "read" else ""),
              file=sys.stderr)
    more = f", {len(lines) - limit} more not shown" if len(lines) > limit else ""
    print(f"{failed} input(s) failed{more}: see {path}", file=sys.stderr)


def cmd_stats(args: argparse.Namespace) -> int:
    from collections import Counter

    import orjson

    from .store import DOCUMENTS

    path = args.output / DOCUMENTS
    if not path.exists():
        print(f"error: {path} does not exist", file=sys.stderr)
        return 2
    counts: dict[str, Counter] = {name: Counter() for name in
                                  ("entities", "dates", "locations", "countries", "quotes", "speakers")}
    documents = 0
    with open(path, "rb") as f:
        for line in f:
            if not line.strip():
                continue
            record = orjson.loads(line)
            documents += 1
            counts["entities"].update(e["label"] for e in record["entities"])
            counts["dates"].update(d["granularity"] or "?" for d in record["dates"])
            counts["locations"].update(l["kind"] for l in record["locations"])
            counts["countries"].update(l["country_code"] for l in record["locations"] if l["country_code"])
            counts["quotes"].update(q["type"] for q in record["quotes"])
            counts["speakers"].update((q["speaker"] or {}).get("normal") or "(unknown)" for q in record["quotes"])
    print(f"documents  {documents}")
    for name in ("entities", "dates", "locations", "countries", "quotes"):
        items = ", ".join(f"{k} {v}" for k, v in counts[name].most_common())
        print(f"{name:10s} {sum(counts[name].values())}" + (f"  ({items})" if items else ""))
    if counts["speakers"]:
        print("top speakers:")
        for name, n in counts["speakers"].most_common(args.top):
            print(f"  {n:5d}  {name}")
    errors = args.output / "errors.jsonl"
    if errors.exists():
        print(f"errors     {sum(1 for line in open(errors, 'rb') if line.strip())} (last run, {errors})")
    report = args.output / "run_report.json"
    if report.exists():
        r = orjson.loads(report.read_bytes())
        print(f"last run   {r['started_at']}: processed {r['processed']}, skipped {r['skipped']}, "
              f"failed {r['failed']} in {r['duration_s']}s")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from .show import find, html

    try:
        record = find(args.output, args.id)
    except (KeyError, OSError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    args.html.write_text(html(record), encoding="utf-8")
    print(f"wrote {args.html}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    import time

    from .frames import export, load

    started = time.perf_counter()
    try:
        data = load(args.output)
    except OSError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    paths = export(data, args.out_dir)
    print(f"exported {len(data.documents)} documents to {len(paths)} {args.format} files in "
          f"{time.perf_counter() - started:.1f}s -> {args.out_dir}")
    return 0
