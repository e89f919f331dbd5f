"""Stage ``syntax``: slovnet's dependency parse into ``token.head`` / ``token.dep_``.

Batched over the sentences of the whole batch. Sentences longer than
``segment.MAX_CHUNK`` tokens are parsed in pieces; slovnet's heads are
repaired into a tree (one root per sentence, no cycles) before they reach
spaCy. Only sentences that can hold speech are parsed (``may_hold_speech``:
a quotation mark, a colon or dash, or a speech-cue lemma of the quotes
stage), since the quotes stage is the parse's consumer; unparsed tokens get
``dep_ == doc.NO_DEP`` (see ``doc.is_parsed``). Set ``GATE`` to parse others.
"""
from __future__ import annotations

from typing import Callable, Sequence

from . import infer
from .doc import Document, set_parse, sentences_of, tokens_of
from .quotes import SPEECH_LEMMAS
from .segment import pieces
from .stages import stage

SPEECH_MARKS = frozenset("«»„“”\"':—–-")


def may_hold_speech(sentence: list) -> bool:
    """Whether a sentence (its non-space tokens) can hold a quote or reported speech."""
    return any(t.text in SPEECH_MARKS or t.lemma_ in SPEECH_LEMMAS for t in sentence)


# sentence (its non-space tokens) -> whether to parse it
GATE: Callable[[list], bool] = may_hold_speech


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
    inputs, owners = pieces(sentences)
    out: list[tuple[list[int], list[str]]] = [([], []) for _ in sentences]
    for owner, (heads, rels) in zip(owners, infer.syntax(inputs)):
        base = len(out[owner][0])
        out[owner][0].extend(base + h - 1 if h else base + k for k, h in enumerate(heads))
        out[owner][1].extend(rels)
    return [(repair(h), r) for h, r in out]


@stage("syntax")
def syntax(documents: Sequence[Document]) -> None:
    work = [(d, [s for s in sentences_of(d.doc) if GATE(s)]) for d in documents if d.doc is not None]
    parsed = iter(parse([[t.text for t in s] for _, sents in work for s in sents]))
    for document, sents in work:
        words = tokens_of(document.doc)
        position = {t.i: n for n, t in enumerate(words)}
        heads: list = [None] * len(words)
        deps = [""] * len(words)
        for sent in sents:
            sent_heads, rels = next(parsed)
            first = position[sent[0].i]
            for k, (h, rel) in enumerate(zip(sent_heads, rels)):
                heads[first + k] = first + h
                deps[first + k] = "ROOT" if h == k else rel
        set_parse(document.doc, heads, deps)
