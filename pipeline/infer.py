"""Batched inference over slovnet's numpy models, on the tokens we already have.

slovnet's own ``map`` re-tokenizes (NER), builds a record per token and runs
its convolutions through an im2col copy of every window. Here the same
weights run over length-sorted batches of our sentences:

- words are encoded through a bounded cache (slovnet computes the shape of
  every word each time), straight into padded arrays;
- the first convolution layer is linear in the (word, shape) embedding, so its
  per-position products (one row of ``emb @ kernel``) are computed once for
  each distinct (word, shape) pair of a run of batches and gathered: news
  text repeats its words, and this layer is two thirds of the CNN's work;
  those of the few thousand pairs every batch needs are kept across calls;
- each convolution layer is one matmul against the stacked kernel, its taps
  added at their shifts (no window copy, no padded copy);
- tags are decoded through a cache, nothing is re-tokenized.

``tests/test_infer.py`` checks that the results are slovnet's own.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator, Sequence

import numpy as np
from slovnet.conll import parse_conll_tag
from slovnet.shape import word_shape

from . import models

CACHE_WORDS = 25_000  # words whose ids are kept; the cache is emptied when full


POSITIONS = 4096  # padded word positions per forward pass: bounds the memory of a pass of long sentences
PAD_RATIO = 1.3  # a batch of at least MIN_ROWS sentences closes before a sentence this much longer than its first
MIN_ROWS = 8


def _order(sentences: Sequence[Sequence[str]], size: int, positions: int = POSITIONS) -> Iterator[list[int]]:
    """Sentence indexes in length-sorted batches of at most ``size`` sentences
    and ``positions`` padded words (a batch of long sentences is smaller, so a
    pass's arrays, and the parser's (batch, length, length) scores, stay
    bounded whatever the text). A batch also closes before a sentence more
    than ``PAD_RATIO`` times as long as its first, once it has ``MIN_ROWS``:
    every row is padded to the batch's longest, and the few long sentences of
    a news batch spread over a wide range of lengths (in batches of 64, 21% of
    the positions of 32 documents' sentences are padding; 12% with the cut)."""
    batch: list[int] = []
    for i in sorted(range(len(sentences)), key=lambda i: len(sentences[i])):
        length = len(sentences[i])
        if batch and (len(batch) >= size or (len(batch) + 1) * length > positions
                      or (len(batch) >= MIN_ROWS and length > PAD_RATIO * len(sentences[batch[0]]))):
            yield batch
            batch = []
        batch.append(i)
    if batch:
        yield batch


_ids: dict = {}  # id(encoder's vocabs) -> {word: word id * len(shapes vocab) + shape id}


def _word_keys(encoder, words: list[str]) -> np.ndarray:
    """Each word's (word id, shape id), as slovnet's encoder gives them,
    packed in one int: ``word id * len(shapes vocab) + shape id``."""
    cache = _ids.setdefault((id(encoder.words_vocab), id(encoder.shapes_vocab)), {})
    if len(cache) > CACHE_WORDS:
        cache.clear()
    keys = list(map(cache.get, words))
    if None in keys:
        shapes = len(encoder.shapes_vocab)
        for i, word in enumerate(words):
            if keys[i] is None:
                key = cache.get(word)
                if key is None:
                    key = cache[word] = (encoder.words_vocab.encode(word.lower()) * shapes
                                         + encoder.shapes_vocab.encode(word_shape(word)))
                keys[i] = key
    return np.array(keys, dtype=np.int64)


def known_spelling(word: str) -> str:
    """The word, or its spelling with е when navec (the models' shared vocabulary) lacks the
    one with ё and has the other (``развёлся``, ``Депардьё``, ``Алёхиной``: 271 of the 333 unknown
    ё-words of the bench texts), and for a lower-case present verb in ё (``передаёт``:
    ``YO_VERB_ENDINGS``) even when it has both; the stages feed the models these, the driver itself
    stays slovnet's.
    Only words with ё are looked up (and cached): every word of every sentence passes here."""
    return _yo_spelling(word) if "ё" in word or "Ё" in word else word


# present-tense endings in ё (``передаёт``, ``признаёт``, ``ведёт``): the models know these verbs far
# better in their е spelling (``…, передаёт ТАСС`` was tagged a noun), so lower-case words so ending
# go in with е (names keep their ё; not ``ём``: ``своём``, ``моём`` are pronouns the models know)
YO_VERB_ENDINGS = ("ёт", "ёте", "ёшь")


@lru_cache(maxsize=CACHE_WORDS)
def _yo_spelling(word: str) -> str:
    vocab = models.morph_tagger().infer.encoder.words_vocab
    low = word.lower()
    plain = word.replace("ё", "е").replace("Ё", "Е")
    if vocab.encode(low) != vocab.unk_id and not (word.islower() and low.endswith(YO_VERB_ENDINGS)):
        return word
    return plain if vocab.encode(plain.lower()) != vocab.unk_id else word


def _embed(emb, word_ids: np.ndarray, shape_ids: np.ndarray) -> np.ndarray:
    """slovnet's ``WordShapeEmbedding``: each word's navec vector (its product
    quantization codes, one centroid per subspace) beside its shape's vector.
    The centroids are gathered with one flat ``take`` rather than slovnet's
    two-array fancy index: the same values, in half the time."""
    navec = emb.word
    flat = getattr(navec, "_flat", None)
    if flat is None:
        codes = navec.codes.array  # (subspaces, centroids, subspace dim)
        offsets = np.arange(codes.shape[0], dtype=np.intp) * codes.shape[1]
        flat = navec._flat = (codes.reshape(-1, codes.shape[-1]), offsets)
    centroids, offsets = flat
    words = centroids.take((navec.indexes.array[word_ids] + offsets).ravel(), axis=0)
    width = centroids.shape[1] * len(offsets)
    return np.concatenate((words.reshape(len(word_ids), width), emb.shape(shape_ids)), axis=-1)


def _stacked(conv) -> tuple[np.ndarray, np.ndarray, int, int]:
    cached = getattr(conv, "_stacked", None)
    if cached is None:
        filters, in_dim, kernel = conv.weight.array.shape
        # (in, kernel * filters): column block j holds the kernel's j-th tap
        stacked = np.ascontiguousarray(conv.weight.array.transpose(1, 2, 0).reshape(in_dim, kernel * filters))
        cached = conv._stacked = (stacked, conv.bias.array, kernel, filters)
    return cached


def _norm(norm) -> tuple[np.ndarray, np.ndarray]:
    """slovnet's batch norm ``(x - mean) / std * weight + bias`` as ``x * scale + shift``."""
    cached = getattr(norm, "_affine", None)
    if cached is None:
        scale = norm.weight.array / norm.std.array
        cached = norm._affine = (scale, norm.bias.array - norm.mean.array * scale)
    return cached


def _convolve(taps: np.ndarray, layer, pad_mask: np.ndarray, rows: np.ndarray | None = None) -> np.ndarray:
    """One CNN layer from its per-position tap products ``taps`` (batch, seq,
    kernel, filters): ``out[t] = bias + sum_j taps[t + j - pad, j]`` over the
    positions inside the sequence (zero padding adds nothing), then ReLU,
    batch norm, and zeros at the padding. With ``rows`` (batch, seq), ``taps``
    is (distinct, kernel, filters) and position t's products are
    ``taps[rows[t]]``, gathered one tap at a time (a third of the memory of
    gathering all of them first)."""
    _, bias, kernel, filters = _stacked(layer.conv)
    pad = layer.conv.padding
    batch, seq = pad_mask.shape
    out = np.empty((batch, seq, filters), dtype=taps.dtype)
    for j in range(kernel):
        shift = j - pad
        lo, hi = max(0, -shift), seq - max(0, shift)  # output positions fed by tap j
        tap = taps[:, lo + shift:hi + shift, j] if rows is None else taps[rows[:, lo + shift:hi + shift], j]
        if j == 0:
            out[:, :lo] = bias
            out[:, hi:] = bias
            np.add(tap, bias, out=out[:, lo:hi])
        else:
            out[:, lo:hi] += tap
    np.maximum(out, 0, out=out)
    scale, shift = _norm(layer.norm)
    out *= scale
    out += shift
    out[pad_mask] = 0
    return out


def cnn(encoder, x: np.ndarray | None, pad_mask: np.ndarray, first: np.ndarray | None = None,
        rows: np.ndarray | None = None) -> np.ndarray:
    """slovnet's CNNEncoder in (batch, seq, channels) layout. ``first``: the
    first layer's tap products when known, (distinct, kernel * filters) rows
    gathered at ``rows`` (batch, seq)."""
    batch, seq = pad_mask.shape
    for n, layer in enumerate(encoder.layers):
        stacked, _, kernel, filters = _stacked(layer.conv)
        if n == 0 and first is not None:
            x = _convolve(first.reshape(-1, kernel, filters), layer, pad_mask, rows)
        else:
            taps = x.reshape(-1, x.shape[-1]) @ stacked
            x = _convolve(taps.reshape(batch, seq, kernel, filters), layer, pad_mask)
    return x


CHUNK_BATCHES = 16  # length-sorted batches whose first-layer products are computed together
CACHE_PRODUCTS = 4096  # (word, shape) keys per model whose first-layer products are kept across calls


class _Products:
    """First-layer tap products kept across calls for up to ``CACHE_PRODUCTS``
    keys: a key is kept the second time a chunk needs it, until the table is
    full (then nothing more is kept or counted): the words news repeats in
    every batch (prepositions, ``что``, ``заявил``, ``России``). On the 840
    distinct bench texts, 4096 keys serve 31% of each chunk's distinct keys;
    12.6 MB per model."""

    def __init__(self, width: int):
        self.table = np.empty((CACHE_PRODUCTS, width), dtype=np.float32)
        self.row: dict = {}  # key -> row of table
        self.once: set = set()  # keys needed once so far (while the table fills)

    def __call__(self, model, distinct: np.ndarray, words: np.ndarray, shapes: np.ndarray) -> np.ndarray:
        keys = distinct.tolist()
        rows = np.array([self.row.get(k, -1) for k in keys], dtype=np.int64)
        kept = rows >= 0
        missing = np.flatnonzero(~kept)
        out = np.empty((len(keys), self.table.shape[1]), dtype=np.float32)
        out[kept] = self.table[rows[kept]]
        if len(missing):
            emb = _embed(model.emb, words[missing], shapes[missing])
            out[missing] = emb @ _stacked(model.encoder.layers[0].conv)[0]
            if len(self.row) < CACHE_PRODUCTS:
                self._keep([keys[m] for m in missing.tolist()], out[missing])
        return out

    def _keep(self, keys: list, products: np.ndarray) -> None:
        if len(self.once) > 16 * CACHE_PRODUCTS:  # bounded while it fills: counting starts over
            self.once.clear()
        for key, values in zip(keys, products):
            if key in self.once:
                if len(self.row) >= CACHE_PRODUCTS:
                    self.once.clear()
                    return
                self.table[len(self.row)] = values
                self.row[key] = len(self.row)
            else:
                self.once.add(key)


_products: dict = {}  # id(model) -> its _Products


class _Batches:
    """The inputs of one call in length-sorted batches. For each run of
    ``CHUNK_BATCHES`` batches, each distinct (word, shape) pair's first-layer
    products are computed once (or taken from ``_Products``) and gathered
    (bounded memory on long input; the batches themselves are the same
    whatever the chunking)."""

    def __init__(self, api, sentences: Sequence[Sequence[str]]):
        self.api = api
        self.sentences = sentences
        self.model = api.infer.model
        self.encoder = api.infer.encoder
        self.word_pad = self.encoder.words_vocab.pad_id
        self.shape_pad = self.encoder.shapes_vocab.pad_id

    def __iter__(self):
        batches = list(_order(self.sentences, self.api.batch_size))
        for k in range(0, len(batches), CHUNK_BATCHES):
            yield from self._chunk(batches[k:k + CHUNK_BATCHES])

    def _chunk(self, batches: list[list[int]]):
        encoder, model = self.encoder, self.model
        members = [i for indexes in batches for i in indexes]
        lengths = {i: len(self.sentences[i]) for i in members}
        flat = [w for i in members for w in self.sentences[i]]
        shapes = len(encoder.shapes_vocab)
        keys = np.append(_word_keys(encoder, flat), self.word_pad * shapes + self.shape_pad)
        distinct, inverse = np.unique(keys, return_inverse=True)
        words = distinct // shapes
        first = _stacked(model.encoder.layers[0].conv)[0]
        if id(model) not in _products:
            _products[id(model)] = _Products(first.shape[1])
        products = _products[id(model)](model, distinct, words, distinct % shapes)  # (distinct, kernel * filters)
        is_pad = words == self.word_pad  # slovnet's mask: the positions whose word id is the pad's
        inverse = inverse.reshape(-1)
        pad_row = inverse[-1]
        starts, offset = {}, 0
        for i in members:
            starts[i] = offset
            offset += lengths[i]
        for indexes in batches:
            sizes = np.array([lengths[i] for i in indexes], dtype=np.int64)
            size = int(sizes.max())
            valid = np.arange(size) < sizes[:, None]
            flat_index = np.concatenate([np.arange(starts[i], starts[i] + lengths[i]) for i in indexes])
            rows = np.full((len(indexes), size), pad_row, dtype=np.int64)
            rows[valid] = inverse[flat_index]
            pad_mask = is_pad[rows]
            features = cnn(model.encoder, None, pad_mask, first=products, rows=rows)
            yield indexes, features, pad_mask


@lru_cache(maxsize=None)
def _morph_tag(tag: str) -> tuple[str, tuple]:
    pos, feats = parse_conll_tag(tag)
    return pos, tuple(sorted(feats.items()))


def morph(sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, tuple]]]:
    """(UD pos, sorted feats) for each word of each sentence."""
    api = models.morph_tagger()
    model, vocab = api.infer.model, api.infer.decoder.tags_vocab
    out: list = [None] * len(sentences)
    if not sentences:
        return out
    for indexes, features, _ in _Batches(api, sentences):
        sizes = [len(sentences[i]) for i in indexes]
        valid = np.arange(features.shape[1]) < np.array(sizes)[:, None]  # each row's words, then padding
        pred = _argmax_linear(model.head.proj, features[valid]).tolist()
        offset = 0
        for i, size in zip(indexes, sizes):
            out[i] = [_morph_tag(vocab.decode(t)) for t in pred[offset:offset + size]]
            offset += size
    return out


HEAD_ROWS = 4096  # positions per block of a head's scores (morph: 753 tags, 12 KB a position)


def _argmax_linear(linear, x: np.ndarray) -> np.ndarray:
    """``linear(x).argmax(-1)`` for the rows of ``x`` (positions, dim), in
    blocks: the scores of a whole padded batch of long sentences would take
    tens of MB, twice over (slovnet adds the bias into a new array)."""
    out = np.empty(len(x), dtype=np.int64)
    for start in range(0, len(x), HEAD_ROWS):
        scores = x[start:start + HEAD_ROWS] @ linear.weight.array
        scores += linear.bias.array
        out[start:start + HEAD_ROWS] = scores.argmax(-1)
    return out


def ner(sentences: Sequence[Sequence[str]]) -> list[list[str]]:
    """BIO tags (``B-PER``, ``I-LOC``, ``O``) for each word of each sentence."""
    api = models.ner_tagger()
    model, vocab = api.infer.model, api.infer.decoder.tags_vocab
    out: list = [None] * len(sentences)
    if not sentences:
        return out
    for indexes, features, pad_mask in _Batches(api, sentences):
        pred = model.head(features)
        for i, tags in zip(indexes, model.head.crf.decode(pred, ~pad_mask)):
            out[i] = [vocab.decode(t) for t in tags.tolist()]
    return out


def syntax(sentences: Sequence[Sequence[str]]) -> list[tuple[list[int], list[str]]]:
    """(heads, rels) per sentence; a head is the 1-based index of the word's
    head in its sentence, 0 for the root (slovnet's convention)."""
    api = models.syntax_parser()
    model, vocab = api.infer.model, api.infer.decoder.rels_vocab
    out: list = [None] * len(sentences)
    if not sentences:
        return out
    for indexes, x, pad_mask in _Batches(api, sentences):
        mask = ~pad_mask
        head_scores = model.head(x)
        heads = model.head.decode(head_scores, mask)
        rels = model.rel.decode(model.rel(x, heads), mask)
        for row, i in enumerate(indexes):
            n = len(sentences[i])
            out[i] = (heads[row, :n].tolist(), [vocab.decode(r) for r in rels[row, :n].tolist()])
    return out


__all__ = ["morph", "ner", "syntax", "cnn"]
