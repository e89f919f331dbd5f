"""A JSONL file of records keyed by ``id``, updated by atomic merge.

Records already in the file keep their place; a record with a new version
replaces the old one where it stood; records with new ids are appended in the
order they come. The merged file is written next to the target and renamed
over it, so a reader (or a crash) never sees a half-written file.
"""
from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import Iterable, Iterator, Optional

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
                if not line.isspace():
                    yield line if line.endswith(b"\n") else line + b"\n"


_NOT_A_RECORD = (orjson.JSONDecodeError, KeyError, TypeError)  # what parsing a damaged line raises


def index(path: Path) -> dict[str, tuple[str, str]]:
    """id -> (sha256, pipeline_version) of every record in the file. Each line
    is parsed whole: a damaged line is not indexed, so its document is redone."""
    out = {}
    for line in read_lines(path):
        try:
            record = orjson.loads(line)
            out[record["id"]] = (record.get("sha256"), record.get("pipeline_version"))
        except _NOT_A_RECORD:
            continue  # a damaged line is dropped by the next merge and its document redone
    return out


# A record as ``doc.to_record`` writes it opens with its id: a line written by
# this run is known whole, and its id is read from its head without parsing the
# rest (tokens, entities...). Any other line is parsed whole.
_ID = re.compile(rb'\{"id":("[^"\\]*(?:\\.[^"\\]*)*")[,}]')


def record_id(line: bytes, whole: bool = False) -> Optional[str]:
    """The ``id`` of a JSONL record line, read from the line's head (a line
    of another shape is parsed whole); None when it has no string id.
    ``whole``: the line is parsed whole too, which checks it: a damaged line,
    or one whose head and body name different ids, is None."""
    m = _ID.match(line)
    try:
        found = orjson.loads(m.group(1)) if m else None
        if whole or m is None:
            parsed = orjson.loads(line)["id"]
            found = parsed if m is None or parsed == found else None
    except _NOT_A_RECORD:
        return None
    return found if isinstance(found, str) else None


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


def merge(path: Path, staged: Path, check: bool = True) -> None:
    """Merge the records of ``staged`` (a JSONL file this run wrote) into
    ``path`` atomically. ``check``: parse each line of ``path`` whole and drop
    the damaged ones; a run checks the output it found at its first merge
    and not again, since every later merge reads what the one before wrote
    (each merge would otherwise parse the whole output again)."""
    offsets: dict[str, tuple[int, int]] = {}
    order: list[str] = []
    with open(staged, "rb") as f:
        pos = 0
        for line in f:
            new_id = record_id(line)
            if new_id is None:
                continue
            if new_id not in offsets:
                order.append(new_id)
            offsets[new_id] = (pos, len(line))
            pos += len(line)

    def lines() -> Iterator[bytes]:
        with open(staged, "rb") as new:
            def fetch(line_id: str) -> bytes:
                start, size = offsets[line_id]
                new.seek(start)
                return new.read(size)

            done = set()
            for line in read_lines(path):
                line_id = record_id(line, whole=check)
                if line_id is None or line_id in done:
                    continue
                done.add(line_id)
                yield fetch(line_id) if line_id in offsets else line
            for line_id in order:
                if line_id not in done:
                    yield fetch(line_id)

    atomic_write(path, lines())
