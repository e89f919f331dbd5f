"""``make bench`` (load section): ``pipeline.load`` on 100K documents.

The corpus: the bundled samples (data/raw) processed once, their records
repeated under new ids into a temporary ``documents.jsonl`` of ``--docs``
lines. Measured, each in a fresh process (best of ``--repeat``; peak RSS of
that process): the old loader (benchmarks/load_baseline.py, main's frames.py
before the columnar rewrite), ``pipeline.load`` on the JSONL, ``python -m
pipeline export --format parquet`` (load + write) and ``pipeline.load`` on the
Parquet export.

Usage: python benchmarks/load.py [--docs 100000] [--repeat 1] [--no-baseline]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {bench!r})
what, path, out = sys.argv[1], sys.argv[2], sys.argv[3]
started = time.perf_counter()
if what == "baseline":
    from load_baseline import load
    data = load(path)
elif what == "export":
    from pipeline.cli import main
    assert main(["export", "--format", "parquet", "--output", path, out]) == 0
    data = None
else:
    from pipeline import load
    data = load(path)
seconds = time.perf_counter() - started
rows = {{}} if data is None else {{name: len(getattr(data, name)) for name in
        ("documents", "entities", "entity_index", "dates", "locations", "quotes")}}
print(json.dumps({{"seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "rows": rows}}))
"""


def build_corpus(sample: Path, path: Path, n: int) -> int:
    """Repeat the records of ``sample`` under new ids into ``path``; its size in bytes."""
    lines = [line for line in sample.read_bytes().splitlines() if line.strip()]
    prefix = b'{"id":'
    tails = []
    for line in lines:
        record = orjson.loads(line)
        head = prefix + orjson.dumps(record["id"])
        assert line.startswith(head), "records start with their id"
        tails.append(line[len(head):])
    with open(path, "wb") as f:
        for i in range(n):
            f.write(b'{"id":"load-%07d"' % i + tails[i % len(tails)] + b"\n")
    return path.stat().st_size


def measure(what: str, path: Path, out: Path, repeat: int) -> dict:
    best = None
    for _ in range(repeat):
        code = CHILD.format(bench=str(ROOT / "benchmarks"))
        proc = subprocess.run([sys.executable, "-c", code, what, str(path), str(out)], cwd=ROOT,
                              capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(f"{what} failed: {proc.stderr[-2000:]}")
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        if best is None or result["seconds"] < best["seconds"]:
            best = result
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100_000, help="documents in the corpus (default 100000)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each, best kept (default 1)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the old loader (~1 min per 100K)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-load-") as tmp:
        tmp = Path(tmp)
        sample = tmp / "sample"
        proc = subprocess.run([sys.executable, "-m", "pipeline", "run", "-i", str(ROOT / "data" / "raw"),
                               "-o", str(sample), "-q"], cwd=ROOT, capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"error: processing the samples failed: {proc.stderr[-2000:]}", file=sys.stderr)
            return 2
        corpus = tmp / "documents.jsonl"
        started = time.perf_counter()
        size = build_corpus(sample / "documents.jsonl", corpus, args.docs)
        print(f"load corpus: {args.docs} records (the 4 samples repeated), {size / 2**20:.0f} MB of JSONL, "
              f"written in {time.perf_counter() - started:.1f} s")
        parquet = tmp / "parquet"
        runs = []
        if not args.no_baseline:
            runs.append(("old load (per-row dicts), JSONL", measure("baseline", corpus, parquet, args.repeat)))
        runs.append(("pipeline.load, JSONL", measure("load", corpus, parquet, args.repeat)))
        runs.append(("export --format parquet", measure("export", corpus, parquet, args.repeat)))
        runs.append(("pipeline.load, Parquet", measure("load", parquet, parquet, args.repeat)))
        pq_mb = sum(p.stat().st_size for p in parquet.glob("*.parquet")) / 2**20
        per = 100_000 / args.docs
        print(f"\n{'load':34s} {'s':>7s} {'s/100K':>7s} {'docs/s':>9s} {'peak MB':>8s}")
        for label, r in runs:
            print(f"{label:34s} {r['seconds']:7.2f} {r['seconds'] * per:7.2f} "
                  f"{args.docs / r['seconds']:9.0f} {r['peak_mb']:8.0f}")
        rows = {label: r["rows"] for label, r in runs if r["rows"]}
        if len({json.dumps(v, sort_keys=True) for v in rows.values()}) != 1:
            print(f"error: the loaders disagree on row counts: {rows}", file=sys.stderr)
            return 1
        print(f"rows per table: {next(iter(rows.values()))}; Parquet export {pq_mb:.0f} MB")
        times = dict((label, r["seconds"]) for label, r in runs)
        if not args.no_baseline:
            old = times["old load (per-row dicts), JSONL"]
            print(f"speed-up over the old load: JSONL {old / times['pipeline.load, JSONL']:.1f}x, "
                  f"Parquet {old / times['pipeline.load, Parquet']:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
