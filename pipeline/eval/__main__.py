"""``python -m pipeline.eval [TASK ...]``: score the pipeline against gold data
and print one table per measurement. Tasks: see ``TASKS``; default all."""
from __future__ import annotations

import argparse
import importlib
import sys
import time

from . import SHARED

TASKS = ("ner", "grouping", "dates", "locations", "quotes")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.eval", description=__doc__)
    parser.add_argument("tasks", nargs="*", metavar="TASK",
                        help=f"what to evaluate ({', '.join(TASKS)}); default: all")
    args = parser.parse_args(argv)
    unknown = [t for t in args.tasks if t not in TASKS]
    if unknown:
        parser.error(f"unknown task(s) {', '.join(unknown)}; tasks: {', '.join(TASKS)}")
    if not SHARED.exists():
        print(f"error: {SHARED} is absent: the gold data is read from ../shared", file=sys.stderr)
        return 2
    for task in args.tasks or TASKS:
        try:
            module = importlib.import_module(f"pipeline.eval.{task}")
        except ModuleNotFoundError as e:
            if e.name == f"pipeline.eval.{task}":
                print(f"## {task}: no evaluation yet\n")
                continue
            raise
        started = time.perf_counter()
        for table in module.run(SHARED):
            print(table.render())
            print()
        print(f"({task}: {time.perf_counter() - started:.1f}s)\n", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
