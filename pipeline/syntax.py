"""Stage ``syntax``: slovnet's dependency parse into ``token.head`` / ``token.dep_``.

Batched over the sentences of the whole batch. Sentences longer than
``segment.MAX_CHUNK`` tokens are parsed in pieces; slovnet's heads are
repaired into a tree (one root per sentence, no cycles) before they reach
spaCy. Only sentences that can hold speech are parsed (``may_hold_speech``:
a cue lemma of the quotes stage, a colon or dash, an unpaired quotation mark
or a quoted stretch longer than a name), since the quotes stage is the parse's consumer; unparsed tokens get
``dep_ == doc.NO_DEP`` (see ``doc.is_parsed``). Set ``GATE`` to parse others. The markup
of a web link (``[http://… сообщает]``) is left out of the sentence it sits in (``without_links``).
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from . import infer
from .doc import Document, set_parse, sentences_of, text_of, tokens_of
from .quotes.marks import pairs_of
from .quotes.words import ATTRIBUTION_NOUNS, GIVEN_TO_UNDERSTAND, NEGATED_CUES, PROPOSING_VERBS, SHOUTING, SPEECH_LEMMAS
from .segment import pieces
from .stages import stage

# the lemmas the quotes stage reads the parse around: speech cues, and the verbs and nouns whose
# quoted words are a statement (``предложил «…»``, ``кричал «…»``), ``не исключил, что``, and the
# nouns of attribution phrases (``По признанию министра, …``)
CUE_LEMMAS = SPEECH_LEMMAS | ATTRIBUTION_NOUNS | PROPOSING_VERBS | SHOUTING | NEGATED_CUES | GIVEN_TO_UNDERSTAND
QUOTE_MARKS = frozenset("«»„“”\"'")
SPEECH_PUNCT = frozenset(":—–-")
NAME_WORDS = 3  # the most words between quotation marks that still read as a name or title
WORD = re.compile(r"\w+")


def may_hold_speech(sentence: list) -> bool:
    """Whether a sentence (its non-space tokens) can hold a quote or reported
    speech: a cue lemma (``CUE_LEMMAS``), a colon or dash, or a quotation mark that is
    unpaired or belongs to a quoted stretch of more than ``NAME_WORDS`` words
    (``quotes.pairs_of``, nested marks inside). A sentence whose only marks
    enclose short names and titles (``«Газпром»``, ``«Единая Россия»``) is not
    parsed: 11% fewer words to parse on news; on the 1220 dev statements one
    speaker more right, nothing else changed."""
    marks = []
    for t in sentence:
        if t.lemma_ in CUE_LEMMAS or t.text in SPEECH_PUNCT:
            return True
        if t.text in QUOTE_MARKS:
            marks.append(t.idx)
    if not marks:
        return False
    doc = sentence[0].doc
    text = text_of(doc)

    def longer_than_a_name(a: int, b: int) -> bool:
        return len(WORD.findall(text, a + 1, b)) > NAME_WORDS

    # the outermost pair around each mark (pairs do not overlap), if any: an unpaired mark or one
    # of a long quoted stretch (its nested marks included) may belong to speech
    return any(next((longer_than_a_name(a, b) for a, b in pairs_of(doc) if a <= i <= b), True) for i in marks)


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
    work = [(d, [without_links(s) for s in sentences_of(d.doc) if GATE(s)]) for d in documents if d.doc is not None]
    parsed = iter(parse([[t.text for t in s] for _, sents in work for s in sents if s]))
    for document, sents in work:
        words = tokens_of(document.doc)
        position = {t.i: n for n, t in enumerate(words)}
        heads: list = [None] * len(words)
        deps = [""] * len(words)
        for sent in sents:
            if not sent:
                continue
            sent_heads, rels = next(parsed)
            at = [position[t.i] for t in sent]  # (link markup left out: not always contiguous)
            for k, (h, rel) in enumerate(zip(sent_heads, rels)):
                heads[at[k]] = at[h]
                deps[at[k]] = "ROOT" if h == k else rel
        set_parse(document.doc, heads, deps)


# a web link's markup around its words, ``[http://kremlin.ru/acts/news/58703 сообщает]``: the
# ``[`` and the address (up to a space), and the ``]`` that closes it
LINK = re.compile(r"\[(?:https?://|www\.)[^\s\]]*|(?<=\S)\]")


def without_links(sentence: list) -> list:
    """The tokens of a sentence but those of web-link markup (``LINK``), which the parser
    would take for words: ``Буркхальтер [http://… заявил], что`` is parsed as
    ``Буркхальтер заявил, что``. A ``]`` is left out only after such a link opened."""
    if not any(t.text == "[" for t in sentence):
        return sentence
    text = text_of(sentence[0].doc)
    start, end = sentence[0].idx, sentence[-1].idx + len(sentence[-1].text)
    drop: list[tuple[int, int]] = []
    opened = False
    for m in LINK.finditer(text, start, end):
        if m.group().startswith("["):
            drop.append(m.span())
            opened = True
        elif opened:
            drop.append(m.span())
            opened = False
    if not drop:
        return sentence
    return [t for t in sentence if not any(a <= t.idx < b for a, b in drop)]
