"""Read and normalize input: files or folders of ``.txt`` (one document per
file, id = file stem), ``.jsonl`` / ``.jsonl.gz`` (one ``{"id", "text", ...}``
document per line; other fields go to ``meta.source_fields``) and ``.csv``
(a header row with a ``text`` column and an ``id`` column; other columns go
to ``meta.source_fields``).

Size policy: a document longer than ``MAX_CHARS`` characters, or with a run of
non-space characters longer than ``MAX_TOKEN_CHARS``, is rejected with a
reason (a ReadError) so that no stage sees unbounded input.

Whatever cannot be read becomes a :class:`ReadError` with a reason, never an
exception that stops the batch and never a silent drop.

The clean-up is offset-preserving: it never changes the length of the text.
``\\r\\n`` becomes ``" \\n"``, a lone ``\\r`` becomes ``\\n``, and other control
characters (NUL included) become spaces; tabs and newlines stay. The cleaned
text is the record's ``text``.
"""
from __future__ import annotations

import csv
import gzip
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Union

import orjson
from charset_normalizer import from_bytes

from .document import Document, empty_meta

SUFFIXES = (".txt", ".jsonl", ".jsonl.gz", ".csv")
MAX_CHARS = 200_000  # characters per document; larger ones are rejected (NER took >2 min on 200K)
MAX_TOKEN_CHARS = 10_000  # longest run of non-space characters accepted
_LONG_TOKEN = re.compile(r"\S{%d}" % (MAX_TOKEN_CHARS + 1))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# fields of a JSONL document that fill meta directly (they win over the header)
BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
META_FIELDS = {"title": "title", "published_at": "published_at", "date": "published_at",
               "place": "place", "outlet": "outlet", "authors": "authors"}


@dataclass
class ReadError:
    source: str
    reason: str
    id: str | None = None

    def as_dict(self) -> dict:
        return {"id": self.id, "source": self.source, "stage": "read", "reason": self.reason}


Item = Union[Document, ReadError]


def clean(text: str) -> str:
    """Offset-preserving clean-up (see module docstring); ``len`` is unchanged."""
    if "\r" in text:
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    return _CONTROL.sub(" ", text)


def oversize(text: str) -> str | None:
    """The reason a text is rejected by the size policy, or None."""
    if len(text) > MAX_CHARS:
        return f"too large: {len(text)} characters (limit {MAX_CHARS})"
    if _LONG_TOKEN.search(text):
        return f"a run of more than {MAX_TOKEN_CHARS} characters without a space"
    return None


def decode(data: bytes) -> str:
    """Bytes to text: a BOM decides where there is one; then UTF-8; else the
    best guess of charset-normalizer (cp1251, koi8-r, UTF-16 without BOM, ...).
    Raises ``ValueError`` for binary data and for bytes no encoding fits."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding)
    if b"\x00" not in data:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    best = from_bytes(data).best()
    if b"\x00" in data and (best is None or not best.encoding.startswith(("utf_16", "utf_32"))):
        raise ValueError("binary file (NUL bytes), not text")
    if best is None:
        raise ValueError("undecodable: no text encoding fits")
    return str(best)


def expand(paths: Iterable[str | os.PathLike]) -> Iterator[Path | ReadError]:
    """Input files in a stable order: named files as given, folders walked sorted."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                yield child if child.name.endswith(SUFFIXES) else ReadError(
                    str(child), f"unsupported file type (accepted: {', '.join(SUFFIXES)})")
        elif path.is_file():
            yield path if path.name.endswith(SUFFIXES) else ReadError(
                str(path), f"unsupported file type (accepted: {', '.join(SUFFIXES)})")
        else:
            yield ReadError(str(path), "no such file or folder")


def read_txt(path: Path) -> Item:
    try:
        text = decode(path.read_bytes())
    except (OSError, ValueError) as e:
        return ReadError(str(path), str(e), id=path.stem)
    reason = oversize(text)
    if reason:
        return ReadError(str(path), reason, id=path.stem)
    return Document(id=path.stem, text=clean(text), source=str(path))


def read_csv(path: Path) -> Iterator[Item]:
    """Rows of a CSV file with a header holding ``id`` and ``text`` columns."""
    try:
        text = decode(path.read_bytes())
    except (OSError, ValueError) as e:
        yield ReadError(str(path), str(e))
        return
    try:
        rows = csv.DictReader(io.StringIO(text, newline=""))
        if not rows.fieldnames or "text" not in rows.fieldnames or "id" not in rows.fieldnames:
            yield ReadError(str(path), "a CSV file needs a header with 'id' and 'text' columns")
            return
        for row in rows:
            source = f"{path}:{rows.line_num}"
            if None in row:  # more fields than the header
                yield ReadError(source, "malformed CSV row: more fields than the header", id=row.get("id") or None)
                continue
            yield from_fields(dict(row), source)
    except csv.Error as e:
        yield ReadError(str(path), f"malformed CSV: {e}")


def read_jsonl(path: Path) -> Iterator[Item]:
    opener = gzip.open if path.name.endswith(".gz") else open
    try:
        with opener(path, "rb") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    yield parse_line(line, f"{path}:{n}")
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        yield ReadError(str(path), f"unreadable: {e}")


def parse_line(line: bytes, source: str) -> Item:
    try:
        obj = orjson.loads(line)
    except orjson.JSONDecodeError as e:
        return ReadError(source, f"malformed JSON: {e}")
    if not isinstance(obj, dict):
        return ReadError(source, "a JSONL document must be an object with 'id' and 'text'")
    return from_fields(obj, source)


def from_fields(obj: dict, source: str) -> Item:
    """A Document from the fields of a JSONL object or a CSV row."""
    doc_id, text = obj.get("id"), obj.get("text")
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    if not isinstance(doc_id, str) or not doc_id:
        return ReadError(source, "missing or non-string 'id'")
    if not isinstance(text, str):
        return ReadError(source, "missing or non-string 'text'", id=doc_id)
    reason = oversize(text)
    if reason:
        return ReadError(source, reason, id=doc_id)
    meta = empty_meta()
    source_fields = {k: v for k, v in obj.items() if k not in ("id", "text")}
    for key, target in META_FIELDS.items():
        value = source_fields.get(key)
        if value and not meta.get(target):
            meta[target] = value
    meta["source_fields"] = source_fields
    return Document(id=doc_id, text=clean(text), source=source, meta=meta)


def read(paths: Iterable[str | os.PathLike]) -> Iterator[Item]:
    """Every input document, or a ReadError for what could not be read.

    Duplicate ids: the first occurrence is processed; later ones are errors
    (in ``errors.jsonl`` and counted as failed in the run report).
    """
    seen: set[str] = set()
    for path in expand(paths):
        if isinstance(path, ReadError):
            yield path
            continue
        if path.name.endswith(".txt"):
            items: Iterable[Item] = [read_txt(path)]
        elif path.name.endswith(".csv"):
            items = read_csv(path)
        else:
            items = read_jsonl(path)
        for item in items:
            if isinstance(item, Document):
                if item.id in seen:
                    item = ReadError(item.source, f"duplicate id {item.id!r}: first occurrence kept",
                                     id=item.id)
                else:
                    seen.add(item.id)
            yield item
