"""Stage ``entities``: PER / LOC / ORG mentions from slovnet's news NER,
their normal (nominative) forms, and their grouping into per-document entities.

NER runs over the sentences of the whole batch in one batched pass
(``infer.ner``), on the tokens segment made.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Sequence

from spacy.tokens import Span

from slovnet.bio import bio_spans
from slovnet.token import Token

from . import infer
from .doc import Document, sentences_of, tokens_of
from .group import group
from .norm import normalize_span
from .segment import pieces
from .stages import stage

def tag(sentences: list[list[tuple[int, int, str]]]) -> list[list[tuple[int, int, str]]]:
    """slovnet NER over sentences given as (start, end, word) tokens:
    (start, end, label) char spans per sentence, decoded from BIO tags the
    way slovnet decodes them."""
    inputs, owners = pieces([[w for _, _, w in sent] for sent in sentences])
    tags: list[list[str]] = [[] for _ in sentences]
    for owner, piece_tags in zip(owners, infer.ner(inputs)):
        tags[owner].extend(piece_tags)
    out = []
    for sent, sent_tags in zip(sentences, tags):
        tokens = [Token(start, end, word) for start, end, word in sent]
        out.append([(s.start, s.stop, s.type) for s in bio_spans(tokens, sent_tags)])
    return out


CONTEXT = 3  # tokens of neighbouring text on each side: the CNN's receptive field


def mentions(documents: Sequence[Document]) -> list[list[tuple[int, int, str]]]:
    """Raw slovnet mentions for each document, tagged sentence by sentence in
    one batched pass. Each sentence is tagged with ``CONTEXT`` tokens of the
    text around it, as slovnet sees them when it tags a whole text (without
    them sentence-initial surnames are missed); a mention belongs to the
    sentence it starts in."""
    windows, owners, cores = [], [], []
    for n, document in enumerate(documents):
        words = tokens_of(document.doc)
        position = {t.i: k for k, t in enumerate(words)}
        triples = [(t.idx, t.idx + len(t.text), t.text) for t in words]
        for sent in sentences_of(document.doc):
            first, last = position[sent[0].i], position[sent[-1].i] + 1
            windows.append(triples[max(0, first - CONTEXT):last + CONTEXT])
            owners.append(n)
            cores.append((sent[0].idx, sent[-1].idx + len(sent[-1].text)))
    out: list[list[tuple[int, int, str]]] = [[] for _ in documents]
    for owner, (start, end), spans in zip(owners, cores, tag(windows)):
        out[owner].extend(s for s in spans if start <= s[0] < end)
    return out


@stage("entities")
def entities(documents: Sequence[Document]) -> None:
    work = [d for d in documents if d.doc is not None]
    for document, found in zip(work, mentions(work)):
        doc = document.doc
        ents = []
        for start, end, label in fix(document.text, found):
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None and tokens_of(span):
                ents.append(span)
        ents = _non_overlapping(ents)
        for span in ents:
            span._.normal = normalize_span(span)
        doc.set_ents(ents)
        doc._.entity_index = group(list(doc.ents))


PARENTHESIS = re.compile(r"(?P<name>.*?\S)\s*\((?P<inner>[^(),;]*\S)\)", re.S)
RESOURCES = Path(__file__).parent / "resources" / "ner"


def _patterns(name: str) -> re.Pattern:
    lines = (RESOURCES / name).read_text(encoding="utf-8").splitlines()
    return re.compile("|".join(f"(?:{l.strip()})" for l in lines if l.strip() and not l.startswith("#")))


ORG_NOT_LOC = _patterns("orgs_tagged_loc.txt")
DESCRIPTOR_QUOTE = re.compile(r"(?P<descriptor>[^«„\"]*\S)\s+[«„\"](?P<name>[^«»„“\"]+)[»“\"]?")


def fix(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Post-processing of slovnet's (start, end, label) mentions in ``text``:

    - a mention ending in a parenthesised part, ``Комитет защиты журналистов
      (КЗЖ)``, is split into the name and the part in brackets (an acronym or
      a foreign name; not a comma-separated list), both with the mention's label;
    - an ORG made of a descriptor and a quoted name, ``ОАО «Газпром»``,
      ``РИА «Новости»``, keeps only the quoted name;
    - supranational bodies tagged LOC (``ЕС``, ``Евросоюз``, ``Европейского
      союза``: resources/ner/orgs_tagged_loc.txt) become ORG.
    """
    out = []
    for start, end, label in found:
        match = PARENTHESIS.fullmatch(text, start, end)
        if match:
            out.append((start, match.end("name"), label))
            out.append((match.start("inner"), match.end("inner"), label))
            continue
        match = DESCRIPTOR_QUOTE.fullmatch(text, start, end)
        if label == "ORG" and match:
            start, end = match.span("name")
        if label == "LOC" and ORG_NOT_LOC.fullmatch(text, start, end):
            label = "ORG"
        out.append((start, end, label))
    return out


def _non_overlapping(spans: list[Span]) -> list[Span]:
    out, last = [], -1
    for span in sorted(spans, key=lambda s: (s.start, -len(s))):
        if span.start >= last:
            out.append(span)
            last = span.end
    return out
