"""The output is the same, byte for byte, in one process, in a pool of
workers, and on a Dask cluster."""
from __future__ import annotations

import shutil

import pytest
from pipeline.runner import RunConfig, run

from conftest import RAW


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    raw = tmp_path_factory.mktemp("parallel-raw")
    shutil.copytree(RAW, raw, dirs_exist_ok=True)
    return raw


@pytest.fixture(scope="module")
def local_output(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("local")
    report = run(RunConfig(inputs=[str(corpus)], output=out, batch_size=2, progress=False))
    assert report.processed == len(list(corpus.glob("*.txt"))) and not report.failed
    return (out / "documents.jsonl").read_bytes()


def test_two_workers_same_bytes(corpus, local_output, tmp_path):
    report = run(RunConfig(inputs=[str(corpus)], output=tmp_path, batch_size=2, workers=2, progress=False))
    assert not report.failed
    assert (tmp_path / "documents.jsonl").read_bytes() == local_output


def test_dask_cluster_same_bytes(corpus, local_output, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        report = run(RunConfig(inputs=[str(corpus)], output=tmp_path, batch_size=2, executor="dask",
                               scheduler=cluster.scheduler_address, progress=False))
    assert not report.failed
    assert (tmp_path / "documents.jsonl").read_bytes() == local_output
