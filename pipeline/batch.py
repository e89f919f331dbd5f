"""The unit of work: run the stages on one batch of documents and return
plain, picklable results, so the same function runs in this process, in a
pool of worker processes, or on Dask workers.

A batch goes in as plain dicts (``{"id", "text", "source", "meta"}`` for new
documents, ``{"record": {...}}`` for a stored record a stage re-runs on) and
comes out as one :class:`Result` per document: its final JSONL line, its
interim lines (one per stage, when asked for), or its error. Models are loaded
once per process (``models.py``), on first use. The module imports spaCy and
the stages only when a batch runs, so the parent of a worker pool, which only
reads, hands out and writes, never loads them.
"""
from __future__ import annotations

import gc
import sys
import traceback
from dataclasses import dataclass, field
from typing import Optional, Sequence

from . import stages as stage_registry
from .document import Document
from .store import dumps


@dataclass
class Result:
    id: str
    line: Optional[bytes] = None  # the final record, serialized
    error: Optional[dict] = None  # {"id", "source", "stage", "reason", "traceback"}
    interim: dict[str, bytes] = field(default_factory=dict)  # stage -> record after it


def item_of(document: Document) -> dict:
    return {"id": document.id, "text": document.text, "source": document.source, "meta": document.meta}


def document_of(item: dict) -> Document:
    if "record" in item:
        from .doc import from_record

        return from_record(item["record"])
    return Document(id=item["id"], text=item["text"], source=item.get("source", ""),
                    meta=dict(item["meta"]))


def process_batch(items: Sequence[dict], names: Sequence[str], version: str,
                  interim: bool = False) -> list[Result]:
    """Run the stages ``names`` on a batch. A batch that fails is retried
    document by document, so one bad document does not take the others down."""
    from . import models
    from .doc import to_record

    stage_registry.load_all()
    models.next_batch()
    documents = [document_of(item) for item in items]
    results = [Result(d.id) for d in documents]
    stage = names[0] if names else ""
    try:
        for stage in names:
            stage_registry.get(stage)(documents)
            if interim:
                for document, result in zip(documents, results):
                    result.interim[stage] = dumps(to_record(document, version, interim=True))
        for document, result in zip(documents, results):
            result.line = dumps(to_record(document, version))
        _release(documents)
        _settle_gc()
        return results
    except Exception:
        if len(items) > 1:
            return [r for item in items for r in process_batch([item], names, version, interim)]
        kind, value, _ = sys.exc_info()
        document = documents[0]
        results[0].error = {"id": document.id, "source": document.source, "stage": stage,
                            "reason": f"{kind.__name__}: {value}", "traceback": traceback.format_exc()}
        results[0].line = None
        return results


GC_THRESHOLD = 500_000  # container allocations between young collections (Python's default: 700)
_settled = False


def _settle_gc() -> None:
    """After the first batch of the process, when the models are loaded:
    move everything alive (models, gazetteer, word lists: 330K container
    objects) to the collector's permanent generation, and collect the young
    generation less often. Python's cyclic collector otherwise walks all of
    them at every full collection (~0.25 s each, a full collection every
    ~70 documents: 13% of the CPU). Young collections come every
    ``GC_THRESHOLD`` net container allocations: at 5K they walked each batch's
    live Docs, Tokens and Spans again and again and promoted them (2.0 CPU-s
    of collections per 1500 documents, loading included); at 50K most of a
    batch dies by reference counting before a collection sees it (0.7 CPU-s,
    the same peak memory). What survives a batch is mostly cache entries,
    which the bounded caches (and the renewed spaCy vocab) later free: at
    50K each young collection walked 50-200K of them (50-150 ms; 10
    collections, 0.58 CPU-s in 2000 documents, to find 271 objects in
    cycles); at 500K no collection comes in 2000 documents, with the same
    peak memory at 1000 and 4000 documents. Frozen objects are still freed by
    reference counting; only cycles among them would stay, and they are
    the models, alive until the process ends."""
    global _settled
    if _settled:
        return
    _settled = True
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])


def _release(documents: Sequence[Document]) -> None:
    """Empty each Doc's ``user_data`` once its record is written: the token
    list kept there (``doc.tokens_of``) and the Spans of ``Span._`` values
    point back at the Doc, a cycle that would leave every Doc of the batch to
    the cyclic garbage collector instead of freeing it at once."""
    for document in documents:
        if document.doc is not None:
            document.doc.user_data.clear()
