"""A batch run: read inputs, skip what is already done, run the stages in
batches, merge the results into the output atomically, and report.

Output folder ``OUT``:
- ``documents.jsonl``: one record per document (``schema.Record``);
- ``errors.jsonl``: one line per input of this run that could not be
  processed: ``{"id", "source", "stage", "reason"}``;
- ``run_report.json``: counts, duration and versions of the last run.

With an interim folder, the record after each stage is also kept in
``INTERIM/<stage>.jsonl`` so that one stage can be re-run on the stored output
of the one before it (``from_stage``).
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from functools import partial
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence

import orjson
from filelock import FileLock, Timeout
from tqdm import tqdm

from . import executors
from . import stages as stage_registry
from . import store
from .batch import item_of, process_batch
from .reader import ReadError, read
from .store import DOCUMENTS, ERRORS, REPORT
from .version import pipeline_version, versions

LOCK = ".lock"
# seconds between merges of the results into the output (checked after each
# batch; 0: after every batch), more once a merge of the grown output takes
# more than MERGE_SHARE of that time
CHECKPOINT_S = float(os.environ.get("PIPELINE_CHECKPOINT_S", "30"))


MERGE_SHARE = 0.1  # at most this share of a run's time goes to merging: checkpoints thin out as the output grows


def checkpoint(out: Path, interim: Optional[Path], stage_dir: Path, names: Sequence[str],
               first: bool = True) -> None:
    """Merge the staged results (``stage_dir``) into the output atomically and
    empty the staging files. A kill at any moment leaves each output file
    either before or after a merge, never half-written; documents not yet
    merged are simply redone by the next run (their ids are not in the output).
    ``first``: the run's first merge, which checks the lines it finds (``store.merge``)."""
    if interim is not None:
        for name in names:
            store.merge(interim / f"{name}.jsonl", stage_dir / f"{name}.jsonl", check=first)
    store.merge(out / DOCUMENTS, stage_dir / DOCUMENTS, check=first)


class UsageError(Exception):
    """Bad arguments or configuration: exit status 2."""


@dataclass
class RunConfig:
    inputs: Sequence[str] = ()
    output: Path = Path("data/processed")
    interim: Optional[Path] = None
    from_stage: Optional[str] = None
    force: bool = False
    batch_size: int = 32
    workers: int = 1
    executor: str = "local"  # or "dask"
    scheduler: Optional[str] = None  # Dask scheduler address; None: a local cluster
    progress: Optional[bool] = None  # None: a bar on a terminal only
    verbose: bool = False


@dataclass
class RunReport:
    processed: int = 0
    skipped: int = 0
    failed: int = 0
    duration_s: float = 0.0
    output: str = ""
    pipeline_version: str = field(default_factory=pipeline_version)
    started_at: str = ""
    stages: list[str] = field(default_factory=list)
    versions: dict = field(default_factory=versions)

    def summary(self) -> str:
        return (f"processed {self.processed}, skipped {self.skipped}, failed {self.failed} "
                f"in {self.duration_s:.1f}s -> {self.output}")

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


BATCH_CHARS = 64_000  # a batch closes at this many characters of text, so its peak memory does not depend on which documents it holds


def _chars(item: dict) -> int:
    """Characters of text of a batch item (a new document, or a stored record)."""
    return len(item["text"] if "text" in item else item["record"]["text"])


def batches(items: Iterable, size: int, max_chars: int = BATCH_CHARS) -> Iterator[list]:
    """``items`` in batches of ``size`` documents, a batch closed early before
    the document that would take it past ``max_chars`` characters of text (a
    document longer than that is a batch of its own). The output does not
    depend on how documents are batched."""
    batch, chars = [], 0
    for item in items:
        n = _chars(item)
        if batch and chars + n > max_chars:
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += n
        if len(batch) >= size or chars >= max_chars:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _stored(path: Path) -> Iterator[dict | ReadError]:
    """The records of an interim file, as batch items."""
    for n, line in enumerate(store.read_lines(path), 1):
        try:
            record = orjson.loads(line)
            yield {"id": record["id"], "record": record}
        except Exception as e:  # a damaged interim line: report, don't stop
            yield ReadError(f"{path}:{n}", f"unreadable interim record: {e}")


def run(config: RunConfig) -> RunReport:
    """Run the pipeline as configured; see the module docstring for the output."""
    started = time.perf_counter()
    out = Path(config.output)
    out.mkdir(parents=True, exist_ok=True)
    try:
        lock = FileLock(str(out / LOCK), timeout=0)
        lock.acquire()
    except Timeout:
        raise UsageError(f"another run is writing to {out} (lock {out / LOCK}); try again later") from None
    try:
        for stale in out.glob(".staging-*"):  # left by a run that was killed
            shutil.rmtree(stale, ignore_errors=True)
        return _run(config, out, started)
    finally:
        lock.release()


def _run(config: RunConfig, out: Path, started: float) -> RunReport:
    version = pipeline_version()
    if config.from_stage:
        if config.from_stage not in stage_registry.STAGES:
            raise UsageError(f"unknown stage {config.from_stage!r}; stages: {', '.join(stage_registry.STAGES)}")
        if config.interim is None:
            raise UsageError("--from-stage needs --interim, where the earlier stages' output is kept")
        names = stage_registry.STAGES[stage_registry.STAGES.index(config.from_stage):]
        before = stage_registry.previous(config.from_stage)
        if before is None:
            raise UsageError("the first stage re-runs from the inputs: use a plain run with --force")
        source = Path(config.interim) / f"{before}.jsonl"
        if not source.exists():
            raise UsageError(f"{source} is missing: run the full pipeline with --interim first")
        items: Iterable = _stored(source)
        done: dict = {}
    else:
        if not config.inputs:
            raise UsageError("no --input given")
        names = stage_registry.STAGES
        items = read(config.inputs)
        done = {} if config.force else store.index(out / DOCUMENTS)

    report = RunReport(output=str(out / DOCUMENTS), started_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                       stages=list(names))
    errors: list[dict] = []
    interim = Path(config.interim) if config.interim else None
    staging = tempfile.TemporaryDirectory(prefix=".staging-", dir=out)
    stage_dir = Path(staging.name)
    stage_files = {name: open(stage_dir / f"{name}.jsonl", "wb") for name in names} if interim else {}
    final = open(stage_dir / DOCUMENTS, "wb")

    def pending() -> Iterator[dict]:
        for item in items:
            if isinstance(item, ReadError):
                errors.append(item.as_dict())
                report.failed += 1
            elif isinstance(item, dict):
                yield item
            elif done.get(item.id) == (item.sha256, version):
                report.skipped += 1
            else:
                yield item_of(item)

    work = partial(process_batch, names=tuple(names), version=version, interim=interim is not None)
    executor = executors.make(config.executor, config.workers, config.scheduler)
    bar = tqdm(desc="documents", unit="docs", disable=(None if config.progress is None else not config.progress),
               file=sys.stderr, dynamic_ncols=True,  # docs/s even under 1 doc/s (tqdm would show s/doc):
               bar_format="{desc}: {n_fmt} [{elapsed}, {rate_noinv_fmt}]")
    last_checkpoint, interval, merged = time.perf_counter(), CHECKPOINT_S, False
    try:
        for results in executor.map(work, batches(pending(), config.batch_size)):
            for result in results:
                for name, line in result.interim.items():
                    stage_files[name].write(line)
                if result.error is None:
                    final.write(result.line)
                    report.processed += 1
                else:
                    trace = result.error.pop("traceback", None)
                    if config.verbose and trace:
                        print(trace, file=sys.stderr)
                    errors.append(result.error)
                    report.failed += 1
            bar.update(len(results))
            if time.perf_counter() - last_checkpoint >= interval:
                for f in (final, *stage_files.values()):
                    f.close()
                merging = time.perf_counter()
                checkpoint(out, interim, stage_dir, list(stage_files), first=not merged)
                final = open(stage_dir / DOCUMENTS, "wb")
                stage_files = {name: open(stage_dir / f"{name}.jsonl", "wb") for name in stage_files}
                last_checkpoint = time.perf_counter()
                if merged and CHECKPOINT_S:  # (the first merge also checks the output: not a measure)
                    interval = max(CHECKPOINT_S, (last_checkpoint - merging) / MERGE_SHARE)
                merged = True
        bar.close()
        for f in (final, *stage_files.values()):
            f.close()
        checkpoint(out, interim, stage_dir, list(stage_files), first=not merged)
        store.atomic_write(out / ERRORS, (store.dumps(e) for e in errors))
        report.duration_s = round(time.perf_counter() - started, 3)
        store.atomic_write(out / REPORT, [orjson.dumps(report.__dict__, option=orjson.OPT_INDENT_2) + b"\n"])
    finally:
        executor.close()
        bar.close()
        final.close()
        for f in stage_files.values():
            f.close()
        staging.cleanup()
    return report
