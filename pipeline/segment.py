"""Stage ``segment``: razdel sentences and tokens, slovnet morphology,
pymorphy3 lemmas. Builds each Document's spaCy Doc.

Morphology runs over the sentences of the whole batch at once (slovnet is
batched), sentences longer than ``MAX_CHUNK`` tokens in bounded pieces.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Sequence

from razdel import sentenize, tokenize
from razdel.segmenters.tokenize import ATOM, Atom, TokenSplit
from razdel.substring import Substring

WINDOW = tokenize.split.window  # atoms razdel's rules see on each side of a split

from . import infer, models
from .doc import Document, make_doc
from .norm import PROPER_TAGS
from .stages import stage

MAX_CHUNK = 200  # tokens per model input: bounds time and memory on run-on text


def lines(start: int, text: str):
    """``text`` (starting at ``start``) cut at line breaks: (start, stop, line) with
    the line stripped. razdel keeps a line without a final period (a headline, a
    byline) in the next line's sentence; in news a line break always ends one."""
    for m in LINE.finditer(text):
        piece = m.group().strip()
        if piece:
            offset = m.start() + m.group().index(piece)
            yield start + offset, start + offset + len(piece), piece


LINE = re.compile(r"[^\n]+")


def bracketed(text: str, sentences) -> Iterator:
    """razdel's sentences with those it ended inside brackets joined to the next one on the
    same line (``в Розенхайме (Бавария; Германия) в кругу семьи``: razdel ends one at ``;``)."""
    held = None
    for sent in sentences:
        if held is not None and "\n" not in text[held.stop:sent.start]:
            held = Substring(held.start, sent.stop, text[held.start:sent.stop])
        else:
            if held is not None:
                yield held
            held = sent
        if held.text.count("(") <= held.text.count(")") or held.text.rstrip()[-1:] in ".!?…":
            yield held
            held = None
    if held is not None:
        yield held


def razdel_tokens(text: str) -> Iterator[tuple[int, int]]:
    """``razdel.tokenize(text)`` as (start, stop) pairs, by razdel's own
    atoms and rules. razdel builds a split record for every pair of adjacent
    atoms and then splits at once where whitespace separates them; here the
    rules run only on the pairs that touch (a third of them), and offsets
    come from the atoms rather than from searching the text again."""
    atoms = [Atom(m.start(), m.end(), m.lastgroup, m.group()) for m in ATOM.finditer(text)]
    if not atoms:
        return
    start, buffer = atoms[0].start, atoms[0].text
    for index in range(1, len(atoms)):
        atom = atoms[index]
        if atoms[index - 1].stop == atom.start:
            split = TokenSplit(atoms[max(0, index - WINDOW):index], "", atoms[index:index + WINDOW])
            split.buffer = buffer
            if tokenize.join(split):
                buffer += atom.text
                continue
        yield start, start + len(buffer)
        start, buffer = atom.start, atom.text
    yield start, start + len(buffer)


def _tokens(text: str, offset: int) -> list[tuple[int, int]]:
    """razdel tokens as char spans; a comma razdel glues to the end of a token
    (``14:00, 06 января`` gives ``00,``) is split off."""
    out = []
    for start, end in razdel_tokens(text):
        start, end = offset + start, offset + end
        if end - start > 1 and text[end - offset - 1] == ",":
            out += [(start, end - 1), (end - 1, end)]
        else:
            out.append((start, end))
    return out


def split_text(text: str) -> tuple[list[tuple[int, int]], list[list[tuple[int, int]]]]:
    """Sentences as char spans (razdel's, joined where razdel ended one inside brackets:
    ``bracketed``; also cut at line breaks, after a year's ``г.`` and after a letter's period
    before a quote: ``missed_ends``), and each sentence's tokens as char spans."""
    sentences, tokens = [], []
    for sent in bracketed(text, sentenize(text)):
        for line_start, _, line in lines(sent.start, sent.text):
            for start, stop, piece in missed_ends(line_start, line):
                sent_tokens = _tokens(piece, start)
                if sent_tokens:
                    sentences.append((start, stop))
                    tokens.append(sent_tokens)
    return sentences, tokens


# where razdel never ends a sentence: a year's abbreviation and the capitalised word after it;
# a capital letter's period (an initial to razdel, a unit here) before an opening quote mark
MISSED_END = re.compile(r"\b\d{4}\s?гг?\.(?=\s+([А-ЯЁ][а-яё]*))|\b[A-ZА-ЯЁ]\.(?=\s+([«„]))")


def missed_ends(start: int, line: str):
    """``line`` (starting at ``start``) cut after ``2013 г.`` where the next word is a
    capitalised common word, which starts a sentence (``… на 2013 г. Этот и другие вопросы
    …``), not before a name (``в 2013 г. Москва …``); and after ``8,2 G.`` before a quote
    (``… значение 8,2 G. «Для меня …»``: an initial is followed by a name, not by a quote).
    (start, stop, piece) like ``lines``."""
    cut = 0
    for m in MISSED_END.finditer(line):
        if m.group(2) is not None or _common_word(m.group(1)):
            yield start + cut, start + m.end(), line[cut:m.end()]
            cut = m.start(2) if m.group(2) is not None else m.start(1)
    yield start + cut, start + len(line), line[cut:]


@lru_cache(1024)
def _common_word(word: str) -> bool:
    """No reading of ``word`` is a proper name's (pymorphy3's Name, Geox, Orgn …)."""
    return not any(g in p.tag for p in models.morph_vocab().parse(word.lower()) for g in PROPER_TAGS)


def chunks(words: list[str], size: int = MAX_CHUNK):
    for i in range(0, len(words), size):
        yield words[i:i + size]


def pieces(sentences: list[list[str]]) -> tuple[list[list[str]], list[int]]:
    """Sentences cut into model inputs of at most MAX_CHUNK words, with the
    sentence each piece belongs to; a word with ё the models do not know is
    given with е when they know that (``infer.known_spelling``)."""
    out, owners = [], []
    for n, words in enumerate(sentences):
        for piece in chunks(words):
            out.append([infer.known_spelling(w) for w in piece])
            owners.append(n)
    return out, owners


def tag_morph(sentences: list[list[str]]) -> list[list[tuple[str, tuple]]]:
    """(pos, sorted feats) for every word of every sentence, one batched pass."""
    inputs, owners = pieces(sentences)
    out: list[list[tuple[str, tuple]]] = [[] for _ in sentences]
    for owner, tags in zip(owners, infer.morph(inputs)):
        out[owner].extend(tags)
    return out


@lru_cache(maxsize=None)  # feats tuples come from infer's per-tag cache: a few hundred
def format_morph(feats: tuple) -> str:
    return "|".join(f"{k}={v}" for k, v in feats)


@stage("segment")
def segment(documents: Sequence[Document]) -> None:
    vocab = models.morph_vocab()
    split = [split_text(d.text) for d in documents]
    all_words = [[d.text[s:e] for s, e in sent] for d, (_, toks) in zip(documents, split) for sent in toks]
    tags = iter(tag_morph(all_words))
    for document, (sentences, sent_tokens) in zip(documents, split):
        text = document.text
        spans = [span for sent in sent_tokens for span in sent]
        doc_tags = [tag for _ in sent_tokens for tag in next(tags)]
        lemmas = [vocab.lemmatize(text[start:end], p, feats)
                  for (start, end), (p, feats) in zip(spans, doc_tags)]
        document.doc = make_doc(text, spans, [s for s, _ in sentences],
                                pos=[p for p, _ in doc_tags], lemmas=lemmas,
                                morphs=[format_morph(feats) for _, feats in doc_tags])
