"""Where batches run: in this process, in a pool of worker processes
(``--workers N``), or on a Dask cluster (``--executor dask``).

Every executor maps a function over batches and yields the results in input
order, keeping at most ``window`` batches in flight, so input is read and
output written incrementally and memory does not grow with the corpus. The
output is therefore the same, byte for byte, whatever runs it.
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable, Iterator, Optional

from . import stages

THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def single_threaded_blas() -> None:
    """One BLAS thread per worker process: parallelism comes from processes."""
    for var in THREAD_VARS:
        os.environ.setdefault(var, "1")


def ordered(submit: Callable, fn: Callable, batches: Iterable, window: int) -> Iterator:
    """``fn(batch)`` for each batch via ``submit`` (which returns a future),
    results in input order, at most ``window`` futures pending."""
    pending: deque = deque()
    for batch in batches:
        pending.append(submit(fn, batch))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


class Local:
    """Batches run one after another in this process."""

    workers = 1

    def map(self, fn: Callable, batches: Iterable) -> Iterator:
        return map(fn, batches)

    def close(self) -> None:
        pass


class Processes:
    """A pool of ``workers`` processes, each loading the models once."""

    def __init__(self, workers: int):
        single_threaded_blas()
        self.workers = workers
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["pipeline.batch", *stages.MODULES])  # workers fork with them imported
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                        initializer=_warm_worker)

    def map(self, fn: Callable, batches: Iterable) -> Iterator:
        return ordered(self.pool.submit, fn, batches, window=2 * self.workers)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def _warm_worker() -> None:
    stages.load_all()


class Dask:
    """Batches as tasks on a Dask cluster: ``scheduler`` is its address
    (``tcp://host:8786``); without one, a local cluster of ``workers`` processes.
    Every Dask worker must have this package installed (``pip install .``)."""

    def __init__(self, scheduler: Optional[str] = None, workers: int = 1):
        from dask.distributed import Client, LocalCluster

        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            single_threaded_blas()
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None)
            self.client = Client(self.cluster)
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or workers)

    def map(self, fn: Callable, batches: Iterable) -> Iterator:
        submit = lambda f, batch: self.client.submit(f, batch, pure=False)
        return ordered(submit, fn, batches, window=2 * self.workers)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make(executor: str = "local", workers: int = 1, scheduler: Optional[str] = None):
    if executor == "dask":
        return Dask(scheduler, workers)
    if executor != "local":
        raise ValueError(f"unknown executor {executor!r} (local, dask)")
    return Processes(workers) if workers > 1 else Local()
