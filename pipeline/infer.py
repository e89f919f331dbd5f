"""Batched inference over slovnet's numpy models, on the tokens we already have.

slovnet's own ``map`` re-tokenizes (NER), builds a record per token and runs
its convolutions through an im2col copy of every window. Here the same
weights run over length-sorted batches of our sentences: one matmul per
convolution layer against the stacked kernel (no window copy), tags decoded
through a cache, nothing re-tokenized. ``tests/test_infer.py`` checks that
the results are slovnet's own.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator, Sequence

import numpy as np
from slovnet.conll import parse_conll_tag

from . import models


def _order(sentences: Sequence[Sequence[str]], size: int) -> Iterator[list[int]]:
    order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
    for i in range(0, len(order), size):
        yield order[i:i + size]


def _encode(api, sentences: Sequence[Sequence[str]], indexes: list[int]):
    encoder = api.infer.encoder
    items = [encoder.item(sentences[i]) for i in indexes]
    batch = encoder.input(items)
    return batch.word_id, batch.shape_id, batch.pad_mask


def _stacked(conv) -> tuple[np.ndarray, np.ndarray, int, int]:
    cached = getattr(conv, "_stacked", None)
    if cached is None:
        filters, in_dim, kernel = conv.weight.array.shape
        # (in, kernel * filters): column block j holds the kernel's j-th tap
        stacked = np.ascontiguousarray(conv.weight.array.transpose(1, 2, 0).reshape(in_dim, kernel * filters))
        cached = conv._stacked = (stacked, conv.bias.array, kernel, filters)
    return cached


def cnn(encoder, x: np.ndarray, pad_mask: np.ndarray) -> np.ndarray:
    """slovnet's CNNEncoder in (batch, seq, channels) layout."""
    batch, seq, _ = x.shape
    for layer in encoder.layers:
        stacked, bias, kernel, filters = _stacked(layer.conv)
        pad = layer.conv.padding
        padded = np.pad(x, ((0, 0), (pad, pad), (0, 0)))
        taps = (padded.reshape(-1, padded.shape[-1]) @ stacked).reshape(batch, seq + 2 * pad, kernel, filters)
        out = taps[:, 0:seq, 0, :] + bias
        for j in range(1, kernel):
            out += taps[:, j:j + seq, j, :]
        np.maximum(out, 0, out=out)
        norm = layer.norm
        out = (out - norm.mean.array) / norm.std.array * norm.weight.array + norm.bias.array
        out[pad_mask] = 0
        x = out
    return x


def _features(model, word_id, shape_id, pad_mask) -> np.ndarray:
    return cnn(model.encoder, model.emb(word_id, shape_id), pad_mask)


@lru_cache(maxsize=None)
def _morph_tag(tag: str) -> tuple[str, tuple]:
    pos, feats = parse_conll_tag(tag)
    return pos, tuple(sorted(feats.items()))


def morph(sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, tuple]]]:
    """(UD pos, sorted feats) for each word of each sentence."""
    api = models.morph_tagger()
    model, vocab = api.infer.model, api.infer.decoder.tags_vocab
    out: list = [None] * len(sentences)
    for indexes in _order(sentences, api.batch_size):
        word_id, shape_id, pad_mask = _encode(api, sentences, indexes)
        pred = model.head(_features(model, word_id, shape_id, pad_mask)).argmax(-1)
        for row, i in enumerate(indexes):
            out[i] = [_morph_tag(vocab.decode(t)) for t in pred[row, :len(sentences[i])].tolist()]
    return out


def ner(sentences: Sequence[Sequence[str]]) -> list[list[str]]:
    """BIO tags (``B-PER``, ``I-LOC``, ``O``) for each word of each sentence."""
    api = models.ner_tagger()
    model, vocab = api.infer.model, api.infer.decoder.tags_vocab
    out: list = [None] * len(sentences)
    for indexes in _order(sentences, api.batch_size):
        word_id, shape_id, pad_mask = _encode(api, sentences, indexes)
        pred = model.head(_features(model, word_id, shape_id, pad_mask))
        for i, tags in zip(indexes, model.head.crf.decode(pred, ~pad_mask)):
            out[i] = [vocab.decode(t) for t in tags.tolist()]
    return out


def syntax(sentences: Sequence[Sequence[str]]) -> list[tuple[list[int], list[str]]]:
    """(heads, rels) per sentence; a head is the 1-based index of the word's
    head in its sentence, 0 for the root (slovnet's convention)."""
    api = models.syntax_parser()
    model, vocab = api.infer.model, api.infer.decoder.rels_vocab
    out: list = [None] * len(sentences)
    for indexes in _order(sentences, api.batch_size):
        word_id, shape_id, pad_mask = _encode(api, sentences, indexes)
        x = _features(model, word_id, shape_id, pad_mask)
        mask = ~pad_mask
        head_scores = model.head(x)
        heads = model.head.decode(head_scores, mask)
        rels = model.rel.decode(model.rel(x, heads), mask)
        for row, i in enumerate(indexes):
            n = len(sentences[i])
            out[i] = (heads[row, :n].tolist(), [vocab.decode(r) for r in rels[row, :n].tolist()])
    return out


__all__ = ["morph", "ner", "syntax", "cnn"]
