"""Stage ``entities``: PER / LOC / ORG mentions from slovnet's news NER,
their normal (nominative) forms, and their grouping into per-document entities.

NER runs over the sentences of the whole batch in one batched pass.
"""
from __future__ import annotations

from typing import Sequence

from spacy.tokens import Span

from . import models
from .doc import Document, sentences_of, tokens_of
from .group import group
from .norm import normalize_span
from .segment import MAX_CHUNK
from .stages import stage

LABELS = ("PER", "LOC", "ORG")


def sentence_spans(doc) -> list[tuple[int, int]]:
    out = []
    for words in sentences_of(doc):
        # bound a run-on sentence: cut it into pieces of MAX_CHUNK tokens
        for i in range(0, len(words), MAX_CHUNK):
            piece = words[i:i + MAX_CHUNK]
            out.append((piece[0].idx, piece[-1].idx + len(piece[-1].text)))
    return out


def tag(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """slovnet NER on each text: (start, end, label) char spans."""
    return [[(s.start, s.stop, s.type) for s in markup.spans]
            for markup in models.run(models.ner_tagger(), texts)]


def mentions(documents: Sequence[Document]) -> list[list[tuple[int, int, str]]]:
    """Raw slovnet mentions for each document, tagged sentence by sentence."""
    pieces, owners = [], []
    for n, document in enumerate(documents):
        for start, end in sentence_spans(document.doc):
            pieces.append((start, document.text[start:end]))
            owners.append(n)
    out: list[list[tuple[int, int, str]]] = [[] for _ in documents]
    for owner, (base, _), spans in zip(owners, pieces, tag([text for _, text in pieces])):
        out[owner].extend((base + s, base + e, label) for s, e, label in spans)
    return out


@stage("entities")
def entities(documents: Sequence[Document]) -> None:
    work = [d for d in documents if d.doc is not None]
    for document, found in zip(work, mentions(work)):
        doc = document.doc
        ents = []
        for start, end, label in found:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None and tokens_of(span):
                ents.append(span)
        ents = _non_overlapping(ents)
        for span in ents:
            span._.normal = normalize_span(span)
        doc.set_ents(ents)
        doc._.entity_index = group(list(doc.ents))


def _non_overlapping(spans: list[Span]) -> list[Span]:
    out, last = [], -1
    for span in sorted(spans, key=lambda s: (s.start, -len(s))):
        if span.start >= last:
            out.append(span)
            last = span.end
    return out
