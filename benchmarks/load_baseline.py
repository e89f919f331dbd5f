"""The loader as it was on main before the columnar rewrite (kept verbatim but for this
import), measured by benchmarks/load.py as the baseline.

The output as tidy pandas DataFrames, one row per item, each with ``doc_id``."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import orjson
import pandas as pd

from pipeline.runner import DOCUMENTS

TABLES = ("entities", "entity_index", "dates", "locations", "quotes")


def _flatten(item: dict, prefix: str = "") -> dict:
    out = {}
    for key, value in item.items():
        if isinstance(value, dict):
            out.update(_flatten(value, f"{prefix}{key}_"))
        else:
            out[f"{prefix}{key}"] = value
    return out


def load(path: str | Path = "data/processed") -> SimpleNamespace:
    """``documents``, ``entities``, ``entity_index``, ``dates``, ``locations``, ``quotes``.

    ``path`` is an output folder or a ``documents.jsonl``. Quote speakers and
    cues are flattened into ``speaker_*`` and ``cue_*`` columns.
    """
    path = Path(path)
    if path.is_dir():
        path = path / DOCUMENTS
    documents, rows = [], {name: [] for name in TABLES}
    with open(path, "rb") as f:
        for line in f:
            if not line.strip():
                continue
            record = orjson.loads(line)
            meta = record["meta"]
            documents.append({
                "doc_id": record["id"], "title": meta["title"], "published_at": meta["published_at"],
                "place": meta["place"], "outlet": meta["outlet"], "authors": meta["authors"],
                "n_chars": len(record["text"]), "n_sentences": len(record["sentences"]),
                "n_tokens": len(record["tokens"]), "text": record["text"],
                "pipeline_version": record["pipeline_version"],
            })
            for name in TABLES:
                for item in record[name]:
                    rows[name].append({"doc_id": record["id"], **_flatten(item)})
    frames = {"documents": pd.DataFrame(documents)}
    for name in TABLES:
        frames[name] = pd.DataFrame(rows[name])
    docs = frames["documents"]
    if not docs.empty:
        docs["published_at"] = pd.to_datetime(docs["published_at"], errors="coerce", format="ISO8601")
    for name, column in (("entities", "label"), ("entity_index", "label"), ("quotes", "type"),
                         ("locations", "kind")):
        frame = frames[name]
        if column in frame:
            frame[column] = frame[column].astype("category")
    return SimpleNamespace(**frames)
