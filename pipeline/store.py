"""A JSONL file of records keyed by ``id``, updated by atomic merge.

Records already in the file keep their place; a record with a new version
replaces the old one where it stood; records with new ids are appended in the
order they come. The merged file is written next to the target and renamed
over it, so a reader (or a crash) never sees a half-written file.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterable, Iterator

import orjson

# the files of an output folder (written by the runner, read by pipeline.load, show, stats)
DOCUMENTS = "documents.jsonl"
ERRORS = "errors.jsonl"
REPORT = "run_report.json"


def dumps(record: dict) -> bytes:
    return orjson.dumps(record) + b"\n"


def read_lines(path: Path) -> Iterator[bytes]:
    if path.exists():
        with open(path, "rb") as f:
            for line in f:
                if line.strip():
                    yield line if line.endswith(b"\n") else line + b"\n"


def index(path: Path) -> dict[str, tuple[str, str]]:
    """id -> (sha256, pipeline_version) of every record in the file."""
    out = {}
    for line in read_lines(path):
        try:
            record = orjson.loads(line)
            out[record["id"]] = (record.get("sha256"), record.get("pipeline_version"))
        except (orjson.JSONDecodeError, KeyError, TypeError):
            continue  # a damaged line is dropped by the next merge and its document redone
    return out


def atomic_write(path: Path, lines: Iterable[bytes]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            for line in lines:
                f.write(line)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    try:  # make the rename itself durable
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass


def merge(path: Path, staged: Path) -> None:
    """Merge the records of ``staged`` (a JSONL file) into ``path`` atomically."""
    offsets: dict[str, tuple[int, int]] = {}
    order: list[str] = []
    with open(staged, "rb") as f:
        pos = 0
        for line in f:
            record_id = orjson.loads(line)["id"]
            if record_id not in offsets:
                order.append(record_id)
            offsets[record_id] = (pos, len(line))
            pos += len(line)

    def lines() -> Iterator[bytes]:
        with open(staged, "rb") as new:
            def fetch(record_id: str) -> bytes:
                start, size = offsets[record_id]
                new.seek(start)
                return new.read(size)

            done = set()
            for line in read_lines(path):
                try:
                    record_id = orjson.loads(line)["id"]
                except (orjson.JSONDecodeError, KeyError, TypeError):
                    continue
                if record_id in done:
                    continue
                done.add(record_id)
                yield fetch(record_id) if record_id in offsets else line
            for record_id in order:
                if record_id not in done:
                    yield fetch(record_id)

    atomic_write(path, lines())
