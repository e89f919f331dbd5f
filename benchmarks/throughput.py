"""``make bench``: throughput and memory of the pipeline against the natasha
loop (benchmarks/natasha_loop.py), measured in the same run.

The corpus is built from the real texts of NEREL 1.1 in ../shared (repeated
under new ids to reach the size asked for). Every measurement runs as a fresh
process, its peak memory the peak of the summed RSS of its whole process tree
(workers included), sampled every 20 ms, and its CPU time (user + system of
the process and the children it waited for). "One core" runs are pinned to
one CPU with one BLAS thread. Project and baseline alternate A/B/A/B and the
best of each is reported; so do the unpinned one- and two-worker runs. On a
machine shared with other work, wall-clock ratios are noisy; the ratio of CPU
times per document is printed beside them.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson
import psutil
import resource

ROOT = Path(__file__).resolve().parents[1]
NEREL = ROOT.parent / "shared" / "data" / "nerel-1.1"
ENV = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def build_corpus(path: Path, n: int) -> int:
    texts = [p.read_text(encoding="utf-8") for split in ("train", "dev")
             for p in sorted((NEREL / split).glob("*.txt"))]
    chars = 0
    with open(path, "wb") as f:
        for i in range(n):
            text = texts[i % len(texts)]
            chars += len(text)
            f.write(orjson.dumps({"id": f"bench-{i:06d}", "text": text}) + b"\n")
    return chars


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(cmd: list[str], cpus: set[int] | None = None) -> tuple[float, float, float]:
    """(wall seconds, peak MB of the process tree, CPU seconds)."""
    cpu_before = _children_cpu()
    started = time.perf_counter()
    proc = psutil.Popen(cmd, env=ENV, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if cpus:
        proc.cpu_affinity(sorted(cpus))
    peak = 0
    while proc.poll() is None:
        try:
            tree = [proc, *proc.children(recursive=True)]
            rss = sum(p.memory_info().rss for p in tree if p.is_running())
        except psutil.Error:
            rss = 0
        peak = max(peak, rss)
        time.sleep(0.02)
    wall = time.perf_counter() - started
    cpu = _children_cpu() - cpu_before
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()[-2000:]}")
    return wall, peak / 2**20, cpu


def best(measurements: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Repeated runs' (wall, peak, CPU) as reported: the fastest wall and CPU time, the highest peak."""
    return (min(w for w, _, _ in measurements), max(m for _, m, _ in measurements),
            min(c for _, _, c in measurements))


def project(corpus: Path, out: Path, workers: int, cpus=None) -> tuple[float, float, float]:
    shutil.rmtree(out, ignore_errors=True)
    return measure([sys.executable, "-m", "pipeline", "run", "-i", str(corpus), "-o", str(out),
                    "--workers", str(workers), "--quiet"], cpus)


def natasha(corpus: Path, out: Path, cpus=None) -> tuple[float, float, float]:
    return measure([sys.executable, str(ROOT / "benchmarks" / "natasha_loop.py"), str(corpus), str(out)], cpus)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000, help="corpus size for the speed runs (default 2000)")
    parser.add_argument("--memory-docs", type=int, nargs=2, default=(500, 4000), metavar=("SMALL", "LARGE"),
                        help="corpus sizes for the memory comparison (default 500 4000)")
    args = parser.parse_args()
    if not NEREL.exists():
        print(f"error: {NEREL} is absent: the benchmark corpus is built from it", file=sys.stderr)
        return 2
    one = {sorted(os.sched_getaffinity(0))[0]}
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus.jsonl"
        chars = build_corpus(corpus, args.docs)
        n = args.docs
        print(f"corpus: {n} documents from NEREL 1.1, {chars / n:.0f} characters per document on average")

        runs = {"project": [], "natasha": []}
        for _ in range(2):  # A/B/A/B
            runs["project"].append(project(corpus, tmp / "out", 1, one))
            runs["natasha"].append(natasha(corpus, tmp / "natasha.jsonl", one))
        rows = [("natasha loop, one core", *best(runs["natasha"])),
                ("project, 1 worker, one core", *best(runs["project"]))]
        scaling = {1: [], 2: []}
        for _ in range(2):  # A/B/A/B: one unpinned run is as noisy as the ratio's margin on a shared VM
            scaling[2].append(project(corpus, tmp / "out", 2))
            scaling[1].append(project(corpus, tmp / "out", 1))
        one_wall, one_peak, one_cpu = best(scaling[1])
        two_wall, two_peak, _ = best(scaling[2])
        rows.append(("project, 1 worker, unpinned", one_wall, one_peak, one_cpu))
        rows.append(("project, 2 workers", two_wall, two_peak, None))

        print(f"\n{'run':32s} {'wall s':>8s} {'docs/s':>8s} {'chars/s':>10s} {'peak MB':>8s} {'CPU s':>8s} {'docs/CPU-s':>10s}")
        for label, wall, peak, cpu in rows:
            cpu_cols = f"{cpu:8.1f} {n / cpu:10.1f}" if cpu else f"{'':8s} {'':10s}"
            print(f"{label:32s} {wall:8.1f} {n / wall:8.1f} {chars / wall:10.0f} {peak:8.0f} {cpu_cols}")

        base, mine = rows[0], rows[1]
        print(f"\nratio project/natasha, one core: {base[1] / mine[1]:.2f}x   (target >= 4)"
              f"   by CPU time: {base[3] / mine[3]:.2f}x")
        print(f"ratio 2 workers / 1 worker:      {one_wall / two_wall:.2f}x   (target >= 1.8)")

        small, large = args.memory_docs
        peaks = {}
        for size in (small, large):
            sized = tmp / f"corpus-{size}.jsonl"
            build_corpus(sized, size)
            peaks[size] = project(sized, tmp / "out-mem", 1)[1]
        growth = peaks[large] / peaks[small] - 1
        print(f"peak memory, 1 worker: {peaks[small]:.0f} MB at {small} docs, {peaks[large]:.0f} MB at "
              f"{large} docs: {growth:+.1%}   (target within 10%, under 800 MB)")

        tiny = tmp / "tiny.txt"
        tiny.write_text("Москва, 6 января. Президент заявил, что всё хорошо.\n", encoding="utf-8")
        cold = min(project(tiny, tmp / "out-tiny", 1)[0] for _ in range(3))
        print(f"cold start, one tiny document, 1 worker: {cold:.2f} s   (target < 3 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
