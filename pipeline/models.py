"""The models, each loaded once per process and shared by every stage.

natasha ships slovnet's news models and the navec embeddings inside its
package, so nothing here touches the network. pymorphy3 is the morphological
dictionary; :class:`MorphVocab` wraps it with natasha's UD tag mapping so that
natasha's lemmatizer and normalizer run on pymorphy3 instead of pymorphy2.
"""
from __future__ import annotations

import ctypes
import hashlib
from contextlib import contextmanager
from functools import cache, lru_cache

import numpy as np
import pymorphy3
from natasha.morph.lemma import FEATS as _SIM_FEATS, NORMAL_POSES as _NORMAL_POS
from natasha.morph.vocab import oc_grams, ud_feats, ud_pos
from navec.pq import PQ
from pymorphy3.analyzer import Parse
from slovnet.exec import pack as _pack
from spacy.vocab import Vocab

BATCH_SIZE = 64  # sentences per slovnet forward pass
VOCAB_BATCHES = 16  # batches after which a fresh spaCy vocab replaces the old one (its strings and lexemes grow with the text seen)
TRIM_BATCHES = 1  # batches between returns of freed memory to the OS (a trim takes ~1 ms)

# cache bounds, in entries: with the spaCy vocab, the caches are what grows
# with the text a process has seen (news: ~20K distinct lemma keys per 250 documents)
ANALYSES_CACHE = 10_000  # lower-cased words -> pymorphy3's parses
PARSE_CACHE = 5_000  # words -> MorphForm lists, for the stages that ask
LEMMA_CACHE = 30_000  # (word, pos, feats) -> lemma, ~300 B each

_batches = 0


_UD: dict = {}  # pymorphy3 tag string -> (UD pos, UD feats, the feats as sorted pairs); tags are few (a few thousand)


class MorphForm(Parse):
    """A pymorphy3 parse with natasha's UD view: ``.normal``, ``.pos``, ``.feats``."""

    def __new__(cls, *args):
        self = tuple.__new__(cls, args)  # what the namedtuple's __new__ does, one call less
        self.normal = args[2]
        self.pos, self.feats, _ = _ud_view(args[1])  # feats: shared by every form of the tag, read only
        return self

    def inflect(self, grams):
        return Parse.inflect(self, set(oc_grams(grams)))


class MorphVocab(pymorphy3.MorphAnalyzer):
    """pymorphy3 analyzer speaking natasha's interface (``vocab(word)``)."""

    def __init__(self):
        super().__init__(lang="ru", result_type=MorphForm)

    @lru_cache(ANALYSES_CACHE)
    def analyses(self, word: str) -> tuple:
        """pymorphy3's parses of ``word`` as its plain tuples (word, tag,
        normal form, score, methods), most probable first: what
        ``MorphAnalyzer.parse`` computes before wrapping each in a result
        object. The lemmatizer reads them as they are; :meth:`parse` wraps
        them for the stages that ask."""
        res: list = []
        seen: set = set()
        word_lower = word.lower()
        try:
            for analyzer, is_terminal in self._units:
                res.extend(analyzer.parse(word, word_lower, seen))
                if is_terminal and res:
                    break
            if self.prob_estimator is not None:
                res = self.prob_estimator.apply_to_parses(word, word_lower, res)
        except ValueError:  # pymorphy3 asks unicodedata.name, which some code points lack
            return ()
        return tuple(res)

    @lru_cache(PARSE_CACHE)
    def parse(self, word: str) -> list:
        return [self._result_type(*p) for p in self.analyses(word)]

    __call__ = parse

    @lru_cache(LEMMA_CACHE)
    def lemmatize(self, word: str, pos: str, feats: tuple) -> str:
        """natasha's ``lemmatize`` (``natasha.morph.lemma``) on the plain
        parses: the normal form of the first parse with this UD pos and
        these feats, else of the first most similar one (same normalized
        pos +1, +1 for each equal feat natasha compares), else the word;
        lower case, ``ё`` as ``е``. ``feats``: sorted (name, value) pairs."""
        word = _normal_word(word)
        best, most = None, 0
        for _, tag, normal, _, _ in self.analyses(word):
            form_pos, form_feats, form_items = _ud_view(tag)
            if form_pos == pos and form_items == feats:
                return _normal_word(normal)
            sim = (_NORMAL_POS.get(form_pos, form_pos) == _NORMAL_POS.get(pos, pos)) + sum(
                value == form_feats.get(name) for name, value in feats if name in _SIM_FEATS)
            if sim > most:
                best, most = normal, sim
        return _normal_word(best) if best is not None else word


def _normal_word(word: str) -> str:
    return word.lower().replace("ё", "е")


def _ud_view(tag) -> tuple[str, dict, tuple]:
    """UD pos, UD feats and the feats as sorted pairs, of a pymorphy3 tag."""
    view = _UD.get(tag._str)  # keyed by the tag's string: a tag's own hash is Python code
    if view is None:
        feats = dict(ud_feats(tag))
        view = _UD[tag._str] = (ud_pos(tag), feats, tuple(sorted(feats.items())))
    return view


class LeanPQ(PQ):
    """navec's product quantization without the tables of its ``sim``."""

    def precompute(self):  # what a vector lookup needs; no norms, no products
        self.qdims = np.arange(self.qdim)


@cache
def embedding():
    """natasha's news embedding (navec), loaded as ``NewsEmbedding`` loads it
    but without navec's similarity tables: its PQ precomputes the norm of
    every vector and a 26 MB table of centroid products for ``sim``, 0.3 s of
    every process's start, and the models read only the PQ's indexes and codes
    (``emb[word]`` still works; ``emb.sim`` does not)."""
    from natasha.data import NEWS_EMBEDDING
    from navec import Navec
    from navec.meta import Meta
    from navec.navec import META, PQ_, VOCAB
    from navec.tar import Tar
    from navec.vocab import Vocab as Words

    with Tar(NEWS_EMBEDDING) as tar:
        meta = Meta.from_file(tar.load(META))
        Meta.check_protocol(meta.protocol)
        words = Words.from_file(tar.load(VOCAB))
        pq = LeanPQ.from_file(tar.load(PQ_))
    return Navec(meta, words, pq)


_vocabs: dict = {}  # sha1 of a vocabulary's content -> its slovnet Vocab


def _shared_vocab(data: bytes):
    """slovnet's ``bytes_vocab``, one Vocab per distinct content: the three
    news models ship the same vocabularies (navec's 250K words, compressed
    with different headers), indexed once instead of three times (0.1 s
    each at start) and kept as one copy, with one word-id cache in infer.py."""
    content = _pack.decompress(data)
    key = hashlib.sha1(content).digest()
    if key not in _vocabs:
        _vocabs[key] = _pack.Vocab(content.decode("utf8").splitlines())
    return _vocabs[key]


@contextmanager
def _sharing_vocabs():
    original = _pack.bytes_vocab
    _pack.bytes_vocab = _shared_vocab
    try:
        yield
    finally:
        _pack.bytes_vocab = original


def _news_model(model_class):
    """A natasha news model on the shared embedding and vocabularies, with our batch size."""
    with _sharing_vocabs():
        model = model_class(embedding())
    model.batch_size = BATCH_SIZE
    model.infer.encoder.batch_size = BATCH_SIZE
    return model


@cache
def morph_tagger():
    from natasha import NewsMorphTagger

    return _news_model(NewsMorphTagger)


@cache
def syntax_parser():
    from natasha import NewsSyntaxParser

    return _news_model(NewsSyntaxParser)


@cache
def ner_tagger():
    from natasha import NewsNERTagger

    return _news_model(NewsNERTagger)


@cache
def morph_vocab() -> MorphVocab:
    return MorphVocab()


@cache
def vocab() -> Vocab:
    """The spaCy vocabulary every Doc of this process shares (Russian lexical
    attributes such as ``is_space``, ``like_num``; no pipeline components)."""
    from spacy.attrs import LIKE_NUM
    from spacy.lang.ru import Russian
    from spacy.vocab import create_vocab

    # what spacy.blank("ru") makes, without its tokenizer (nor the strings of the tokenizer's special
    # cases: a Doc adds the strings it uses)
    vocab = create_vocab("ru", Russian.Defaults)
    vocab.lex_attr_getters[LIKE_NUM] = _like_num
    return vocab


@cache
def _number_words() -> frozenset:
    from spacy.lang.ru.lex_attrs import _num_words

    return frozenset(_num_words)


def _like_num(text: str) -> bool:
    """spaCy's Russian ``like_num``, its ~1000 number words in a set: spaCy
    scans them as a list, a third of the cost of every new lexeme."""
    if text.startswith(("+", "-", "±", "~")):
        text = text[1:]
    if text.endswith("%"):
        text = text[:-1]
    text = text.replace(",", "").replace(".", "")
    if text.isdigit():
        return True
    if text.count("/") == 1:
        num, denom = text.split("/")
        if num.isdigit() and denom.isdigit():
            return True
    return text.lower() in _number_words()


def next_batch() -> None:
    """Called once per batch. spaCy's string store keeps every string it has
    seen; renewing the vocab every VOCAB_BATCHES batches (between batches, when
    no Doc of the old one is alive) keeps memory flat over a long stream. The
    caches above are bounded by their sizes."""
    global _batches
    _batches += 1
    if _batches % VOCAB_BATCHES == 0:
        vocab.cache_clear()
    if _batches % TRIM_BATCHES == 0:
        _malloc_trim()


def _malloc_trim() -> None:
    """Hand memory freed by numpy's per-batch temporaries back to the OS
    (glibc keeps it otherwise, and the process's footprint creeps up)."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass
