"""Stage ``quotes``: fills ``doc.spans["quotes"]`` (see doc.py for the span extensions).

First cut (direct quotes only): text in «…» or „…“ of at least three words is a quote
(shorter quoted text is a name or title). Its cue is the nearest speech verb (by lemma,
``SPEECH_VERBS``) in the same sentence; the speaker is that verb's ``nsubj`` from the
dependency parse, resolved to its entity group when it lies in an entity, or for a
personal pronoun to the nearest preceding PER entity. Otherwise the speaker is null.
Indirect and mixed speech are not handled yet.
"""
from __future__ import annotations

import re
from typing import Sequence

from spacy.tokens import Span

from .doc import CUE_LABEL, SPEAKER_LABEL, Document
from .stages import stage

SPEECH_VERBS = frozenset(
    "сказать заявить говорить сообщить подчеркнуть отметить добавить пояснить "
    "заметить написать рассказать признать ответить считать говориться".split())
PRONOUNS = frozenset("он она они".split())
QUOTE_RE = re.compile(r"«([^«»]*(?:«[^«»]*»[^«»]*)*)»|„([^„“]*)“")


def _entity_of(doc, token):
    for ent in doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None


def _speaker(doc, verb):
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None:
        return None
    ent = _entity_of(doc, subj)
    if ent is not None:
        span = Span(doc, ent.start, ent.end, label=SPEAKER_LABEL)
        span._.normal, span._.entity_id = ent._.normal, ent._.entity_id
        return span
    if subj.lower_ in PRONOUNS:
        before = [e for e in doc.ents if e.end <= subj.i and e.label_ == "PER"]
        span = Span(doc, subj.i, subj.i + 1, label=SPEAKER_LABEL)
        if before:
            span._.normal, span._.entity_id = before[-1]._.normal, before[-1]._.entity_id
        return span
    return None


@stage("quotes")
def quotes(documents: Sequence[Document]) -> None:
    for document in documents:
        doc = document.doc
        if doc is None:
            continue
        found = []
        for m in QUOTE_RE.finditer(doc.text):
            inner = m.group(1) if m.group(1) is not None else m.group(2)
            if len(inner.split()) < 3:
                continue
            span = doc.char_span(m.start(), m.end(), label="direct", alignment_mode="expand")
            if span is None:
                continue
            sent = span[0].sent
            verbs = [t for t in sent if t.lemma_ in SPEECH_VERBS and not (span.start <= t.i < span.end)]
            if verbs:
                verb = min(verbs, key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end)))
                span._.cue = Span(doc, verb.i, verb.i + 1, label=CUE_LABEL)
                span._.speaker = _speaker(doc, verb)
            found.append(span)
        doc.spans["quotes"] = found
