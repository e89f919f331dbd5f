"""Normal forms: the nominative, properly cased form of a span, by pymorphy3
inflection guided by slovnet's morphology (and syntax, where parsed)."""
from __future__ import annotations

from natasha.norm import normalize, syntax_normalize
from spacy.tokens import Span

from . import models
from .doc import is_parsed, tokens_of


class _Token:
    """The view of a spaCy token natasha's normalizer reads."""

    __slots__ = ("id", "head_id", "text", "pos", "feats", "start", "stop")

    def __init__(self, token, span: Span):
        self.id = token.i
        self.head_id = token.head.i if is_parsed(token) else None
        self.text = token.text
        self.pos = token.pos_
        self.feats = token.morph.to_dict()
        self.start = token.idx - span.start_char
        self.stop = self.start + len(token.text)


def normalize_span(span: Span) -> str:
    tokens = [_Token(t, span) for t in tokens_of(span)]
    if not tokens:
        return span.text
    vocab = models.morph_vocab()
    parsed = all(t.head_id is not None for t in tokens)
    if parsed:
        return syntax_normalize(vocab, tokens)
    return normalize(vocab, tokens)
