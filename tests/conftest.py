"""Shared fixtures. Gold and seed data are read from ../shared; tests that
need them skip with a clear message where it is absent."""
from __future__ import annotations

import shutil
from pathlib import Path

import orjson
import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_e7a45dffc2a1d7de.txt"
RAW = ROOT / "data" / "raw"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared data is not beside the project")
    return path


def read_records(path: Path) -> list[dict]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return need(SEED)


@pytest.fixture(scope="session")
def seed_record(tmp_path_factory, seed_path) -> dict:
    from pipeline.runner import RunConfig, run

    out = tmp_path_factory.mktemp("seed-out")
    run(RunConfig(inputs=[str(seed_path)], output=out, progress=False))
    (record,) = read_records(out / "documents.jsonl")
    return record


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory) -> Path:
    """The bundled samples processed once, with interim output kept."""
    from pipeline.runner import RunConfig, run

    work = tmp_path_factory.mktemp("samples")
    raw = work / "raw"
    shutil.copytree(RAW, raw)
    run(RunConfig(inputs=[str(raw)], output=work / "out", interim=work / "interim", progress=False))
    return work


@pytest.fixture(scope="session")
def sample_records(sample_run) -> list[dict]:
    return read_records(sample_run / "out" / "documents.jsonl")
