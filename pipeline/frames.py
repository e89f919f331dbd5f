"""The output as tidy pandas DataFrames, one row per item, each with ``doc_id``.

:func:`load` reads an output folder (``documents.jsonl``), a ``documents.jsonl``
file, or a Parquet export (:func:`export`, ``python -m pipeline export --format
parquet OUT_DIR``). Tables and their columns follow ``schema.Record``:

- ``documents``: ``doc_id``, the ``meta`` fields (``published_at`` a datetime,
  NaT where the date is partial such as ``--02-05`` or absent), ``n_chars``,
  ``n_sentences``, ``n_tokens``, ``text``, ``pipeline_version``;
- ``entities``, ``entity_index``, ``dates``, ``locations``, ``quotes``: ``doc_id``
  then the item's fields; a quote's ``speaker`` and ``cue`` are flattened into
  ``speaker_*`` and ``cue_*`` columns (null where the quote has none).

Labels (``label``, ``type``, ``kind``, ``granularity``, ``country_code``,
``anchor``) are categories; offsets and counts are int64; ``geonames_id`` and
the speaker/cue offsets nullable Int64; ``lat``/``lon`` float64 (NaN where
unknown); ``authors`` lists; other text columns pandas strings. Every table has
all its columns even when empty.

The JSONL reader is built for 100K-document outputs: one pass over the lines,
each parsed once with orjson, the fields of each item taken as one tuple
(``operator.itemgetter``), every ``CHUNK`` documents the tuples turned into
Arrow columns, and each pandas column built once from its Arrow chunks at the
end, with the cyclic GC paused (``make bench`` measures it). Tokens are not
parsed, only counted (:func:`parse_without_tokens`).
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from operator import itemgetter
from pathlib import Path
from types import SimpleNamespace
from typing import Union, get_args

import numpy as np
import orjson
import pandas as pd
import pyarrow as pa
from pydantic import BaseModel

from . import schema
from .store import DOCUMENTS as DOCUMENTS_FILE

TABLES = ("entities", "entity_index", "dates", "locations", "quotes")
ALL_TABLES = ("documents", *TABLES)
_MODELS = {"entities": schema.Entity, "entity_index": schema.EntityGroup, "dates": schema.Date,
           "locations": schema.Location, "quotes": schema.Quote}
CATEGORIES = {"label", "type", "kind", "granularity", "country_code", "anchor"}
DOCUMENT_COLUMNS = ("doc_id", "title", "published_at", "place", "outlet", "authors", "n_chars",
                    "n_sentences", "n_tokens", "text", "pipeline_version")


def _nested(annotation) -> type[BaseModel] | None:
    """The model of an ``Optional[Model]`` field, else None."""
    for arg in get_args(annotation) or (annotation,):
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
    return None


def _layout(model: type[BaseModel]) -> tuple[list[str], list[tuple[str, list[str]]], list[str]]:
    """(flat fields, [(nested field, its fields)], column names) of an item model."""
    flat, nested, columns = [], [], []
    for name, field in model.model_fields.items():
        inner = _nested(field.annotation)
        if inner is None:
            flat.append(name)
            columns.append(name)
        else:
            sub = list(inner.model_fields)
            nested.append((name, sub))
            columns.extend(f"{name}_{s}" for s in sub)
    return flat, nested, columns


LAYOUTS = {name: _layout(model) for name, model in _MODELS.items()}
COLUMNS = {"documents": list(DOCUMENT_COLUMNS),
           **{name: ["doc_id", *layout[2]] for name, layout in LAYOUTS.items()}}
_TYPES = {name: {field: info.annotation for field, info in model.model_fields.items()}
          for name, model in _MODELS.items()}


def _dtype_of(annotation) -> str:
    args = set(get_args(annotation)) or {annotation}
    optional = type(None) in args
    if int in args:
        return "Int64" if optional else "int64"
    if float in args:
        return "float64"
    return "str"


def _column_dtypes() -> dict[str, dict[str, str]]:
    dtypes = {"documents": {"doc_id": "str", "title": "str", "published_at": "datetime", "place": "str",
                            "outlet": "str", "authors": "object", "n_chars": "int64",
                            "n_sentences": "int64", "n_tokens": "int64", "text": "str",
                            "pipeline_version": "str"}}
    for name, (flat, nested, _) in LAYOUTS.items():
        types = {"doc_id": "str"}
        for field in flat:
            types[field] = "category" if field in CATEGORIES else _dtype_of(_TYPES[name][field])
        for field, sub in nested:
            inner = _nested(_TYPES[name][field])
            for s in sub:  # a missing speaker/cue makes every nested column nullable
                kind = _dtype_of(inner.model_fields[s].annotation)
                types[f"{field}_{s}"] = "Int64" if kind == "int64" else kind
        dtypes[name] = types
    return dtypes


DTYPES = _column_dtypes()


_ARROW = {"str": pa.string(), "category": pa.string(), "datetime": pa.string(), "int64": pa.int64(),
          "Int64": pa.int64(), "float64": pa.float64(), "object": pa.list_(pa.string())}


def _to_pandas(values: pa.ChunkedArray, dtype: str):
    """One pandas column from the Arrow chunks of a column."""
    if dtype == "str":
        return values.to_pandas()
    if dtype == "category":
        column = values.dictionary_encode().to_pandas()
        return column.cat.reorder_categories(sorted(column.cat.categories))
    if dtype == "datetime":
        return pd.to_datetime(values.to_pandas(), errors="coerce", format="ISO8601")
    if dtype in ("int64", "float64"):
        return values.to_numpy()  # float nulls -> NaN
    if dtype == "Int64":
        return pd.arrays.IntegerArray(values.fill_null(0).to_numpy().astype(np.int64),
                                      values.is_null().to_numpy())
    out = np.empty(len(values), dtype=object)  # lists (authors)
    out[:] = values.to_pylist()
    return out


class _Table:
    """The columns of one table as Arrow chunks: rows (tuples) are added per
    document and turned into Arrow arrays every ``CHUNK`` documents, so the
    Python objects of only one chunk are alive at a time."""

    def __init__(self, name: str, with_doc_id: bool = True):
        self.columns, self.dtypes = COLUMNS[name], DTYPES[name]
        self.own = self.columns[1:] if with_doc_id else self.columns  # filled from the row tuples
        self.with_doc_id = with_doc_id
        self.rows: list[tuple] = []
        self.counts: list[int] = []
        self.chunks: dict[str, list[pa.Array]] = {c: [] for c in self.columns}

    def flush(self, doc_ids: pa.Array | None) -> None:
        if self.with_doc_id:
            owners = np.repeat(np.arange(len(self.counts), dtype=np.int64), np.asarray(self.counts, np.int64))
            self.chunks["doc_id"].append(doc_ids.take(pa.array(owners)))
        if self.rows:
            for column, values in zip(self.own, zip(*self.rows)):
                # a list, not zip's tuple: pa.array converts a tuple ~20x slower
                self.chunks[column].append(pa.array(list(values), type=_ARROW[self.dtypes[column]]))
        self.rows, self.counts = [], []

    def frame(self) -> pd.DataFrame:
        data = {c: _to_pandas(pa.chunked_array(self.chunks[c], type=_ARROW[self.dtypes[c]]), self.dtypes[c])
                for c in self.columns}
        return pd.DataFrame(data, columns=self.columns)


@contextmanager
def _no_gc():
    """Pause the cyclic GC: loading allocates millions of acyclic tuples and
    strings, and its full collections over them would double the load time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _row_getters(name: str):
    flat, nested, columns = LAYOUTS[name]
    get_flat = itemgetter(*flat)
    if not nested:
        return get_flat, None
    nested_getters = [(field, itemgetter(*sub), (None,) * len(sub)) for field, sub in nested]

    def get(item: dict) -> tuple:
        row = get_flat(item)
        for field, getter, empty in nested_getters:
            value = item[field]
            row += empty if value is None else getter(value)
        return row

    return None, get


_TOKENS, _AFTER_TOKENS, _LEMMA = b',"tokens":[', b'],"entities":[', b'"lemma":'
_KEYS_WITHOUT_TOKENS = set(schema.Record.model_fields) - {"tokens"}


def parse_without_tokens(line: bytes) -> tuple[dict, int]:
    """(the record of a JSONL line without its ``tokens``, the number of tokens).

    Tokens are two thirds of a record's bytes and of its parse time and no
    table holds them, so they are cut out before parsing: in JSON a ``"`` inside
    a string is escaped, so ``],"entities":[`` (and ``,"tokens":[``,
    ``"lemma":``) can only be structural; the last ``],"entities":[`` is the
    record's own (items have fixed keys; only ``meta.source_fields`` is free, and
    it comes first), the last ``,"tokens":[`` before it opens the token list
    (``doc.to_record`` writes tokens right before entities), and each token has
    one ``"lemma":`` key. A line without these markers, or whose cut is not a
    record without tokens (keys in another order), is parsed whole.
    """
    end = line.rfind(_AFTER_TOKENS)
    start = line.rfind(_TOKENS, 0, end) if end != -1 else -1
    if start != -1:
        try:
            record = orjson.loads(line[:start] + line[end + 1:])
        except orjson.JSONDecodeError:
            record = None
        if record is not None and record.keys() == _KEYS_WITHOUT_TOKENS:
            return record, line.count(_LEMMA, start, end)
    record = orjson.loads(line)
    tokens = record.pop("tokens")
    return record, len(tokens)


def read_jsonl(path: Union[str, Path]) -> SimpleNamespace:
    """The tables of a ``documents.jsonl`` (see the module docstring)."""
    with _no_gc():
        return _read_jsonl(path)


CHUNK = 2048  # documents per Arrow chunk


def _read_jsonl(path: Union[str, Path]) -> SimpleNamespace:
    documents = _Table("documents", with_doc_id=False)
    tables = {name: _Table(name) for name in TABLES}
    getters = [(tables[name], name, flat or nested) for name, (flat, nested) in
               ((name, _row_getters(name)) for name in TABLES)]
    meta_getter = itemgetter("title", "published_at", "place", "outlet", "authors")
    doc_ids: list[str] = []

    def flush() -> None:
        ids = pa.array(doc_ids, type=pa.string())
        documents.flush(None)
        for table in tables.values():
            table.flush(ids)
        doc_ids.clear()

    with open(path, "rb") as f:
        for line in f:
            if not line.strip():
                continue
            record, n_tokens = parse_without_tokens(line)
            doc_id = record["id"]
            text = record["text"]
            doc_ids.append(doc_id)
            documents.rows.append((doc_id, *meta_getter(record["meta"]), len(text),
                                   len(record["sentences"]), n_tokens, text, record["pipeline_version"]))
            for table, name, get in getters:
                items = record[name]
                table.counts.append(len(items))
                table.rows.extend(map(get, items))
            if len(doc_ids) == CHUNK:
                flush()
    flush()
    return SimpleNamespace(documents=documents.frame(), **{name: t.frame() for name, t in tables.items()})


def export(data: SimpleNamespace, out_dir: Union[str, Path]) -> list[Path]:
    """Write each table of ``data`` (from :func:`load`) to ``OUT_DIR/<table>.parquet``."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in ALL_TABLES:
        path = out_dir / f"{name}.parquet"
        getattr(data, name).to_parquet(path, index=False)
        paths.append(path)
    return paths


def read_parquet(directory: Union[str, Path]) -> SimpleNamespace:
    """The tables of a Parquet export directory (one ``<table>.parquet`` each)."""
    directory = Path(directory)
    return SimpleNamespace(**{name: pd.read_parquet(directory / f"{name}.parquet") for name in ALL_TABLES})


def load(path: Union[str, Path] = "data/processed") -> SimpleNamespace:
    """``documents``, ``entities``, ``entity_index``, ``dates``, ``locations``, ``quotes``.

    ``path`` is an output folder, a ``documents.jsonl``, or a folder written by
    :func:`export` (it has ``documents.parquet``; Parquet is read when the
    folder has no ``documents.jsonl``).
    """
    path = Path(path)
    if path.is_dir():
        if not (path / DOCUMENTS_FILE).exists() and (path / "documents.parquet").exists():
            return read_parquet(path)
        path = path / DOCUMENTS_FILE
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist: run the pipeline first "
                                f"(make run, or python -m pipeline run --input IN --output OUT)")
    return read_jsonl(path)
