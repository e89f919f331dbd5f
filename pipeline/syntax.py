"""Stage ``syntax``: slovnet's dependency parse into ``token.head`` / ``token.dep_``.

Batched over the sentences of the whole batch. Sentences longer than
``segment.MAX_CHUNK`` tokens are parsed in pieces; slovnet's heads are
repaired into a tree (one root per sentence, no cycles) before they reach
spaCy.
"""
from __future__ import annotations

from typing import Sequence

from . import models
from .doc import Document, make_doc, sentences_of, tokens_of
from .segment import chunks
from .stages import stage


def repair(heads: list[int]) -> list[int]:
    """0-based heads of one sentence (a token heading itself is a root) made
    into a tree: the first root stays, other roots and cycle members attach to it."""
    n = len(heads)
    roots = [i for i, h in enumerate(heads) if h == i or not 0 <= h < n]
    root = roots[0] if roots else 0
    out = [root if (not 0 <= h < n) else h for h in heads]
    out[root] = root
    for i in range(n):
        seen = set()
        j = i
        while j != root and j not in seen:
            seen.add(j)
            j = out[j]
        if j != root:  # i leads into a cycle: cut it at i
            out[i] = root
    return out


def parse(sentences: list[list[str]]) -> list[tuple[list[int], list[str]]]:
    """(heads, rels) per sentence; heads are 0-based within the sentence."""
    pieces, owners = [], []
    for n, words in enumerate(sentences):
        for piece in chunks(words):
            pieces.append(piece)
            owners.append(n)
    out: list[tuple[list[int], list[str]]] = [([], []) for _ in sentences]
    offsets = [0] * len(sentences)
    for owner, markup in zip(owners, models.run(models.syntax_parser(), pieces)):
        base = offsets[owner]
        heads, rels = out[owner]
        for k, token in enumerate(markup.tokens):
            head = int(token.head_id)
            heads.append(base + head - 1 if head else base + k)
            rels.append(token.rel)
        offsets[owner] += len(markup.tokens)
    return [(repair(h), r) for h, r in out]


@stage("syntax")
def syntax(documents: Sequence[Document]) -> None:
    work = [(d, list(sentences_of(d.doc))) for d in documents if d.doc is not None]
    parsed = iter(parse([[t.text for t in s] for _, sents in work for s in sents]))
    for document, sents in work:
        doc = document.doc
        words = tokens_of(doc)
        position = {t.i: n for n, t in enumerate(words)}
        heads, deps = [0] * len(words), [""] * len(words)
        for sent in sents:
            sent_heads, rels = next(parsed)
            first = position[sent[0].i]
            for k, (h, rel) in enumerate(zip(sent_heads, rels)):
                heads[first + k] = first + h
                deps[first + k] = "ROOT" if h == k else rel
        document.doc = make_doc(
            doc.text, [(t.idx, t.idx + len(t.text)) for t in words],
            [s[0].idx for s in sents],
            pos=[t.pos_ for t in words], lemmas=[t.lemma_ for t in words],
            morphs=[str(t.morph) for t in words], heads=heads, deps=deps,
        )
