"""Stage ``quotes``: fills ``doc.spans["quotes"]`` (see doc.py for the span extensions).

First cut (direct quotes only): text in «…» or „…“ of at least three words is a quote
(shorter quoted text is a name or title). Its cue is the nearest speech verb (by lemma,
``SPEECH_VERBS``) in the same sentence; the speaker is that verb's ``nsubj`` from the
dependency parse, resolved to its entity group when it lies in an entity, or for a
personal pronoun to the nearest preceding PER entity. Otherwise the speaker is null.
Indirect speech: a speech verb followed by ``, что`` gives the clause up to the sentence
end. A «…» quote inside such a clause is ``mixed``. For ``говорится в заявлении X`` the
speaker is X (the nmod of the oblique description). An organization speaker whose mention
names no country is named ``<org> <country in genitive>``, the country being the nearest
preceding LOC entity that is a sentence subject (``Таджикистан выразил ...`` → ``МИД
Таджикистана``). A quote standing alone in its paragraph takes the speaker and cue of the
nearest preceding statement. Other cases: speaker null.
"""
from __future__ import annotations

import re
from functools import lru_cache
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


DESCRIPTIONS = frozenset("заявление сообщение".split())
# the lemmas that make a sentence worth parsing (``syntax.may_hold_speech``)
SPEECH_LEMMAS = SPEECH_VERBS | DESCRIPTIONS


@lru_cache(1)
def _plain_morph():
    """Plain pymorphy3 (models.morph_vocab() speaks natasha's UD tags, which cannot inflect)."""
    import pymorphy3
    return pymorphy3.MorphAnalyzer()


def _country_gent(doc, before):
    locs = [e for e in doc.ents if e.label_ == "LOC" and e.end <= before
            and any(t.dep_ == "nsubj" for t in e)]
    if not locs:
        return None
    name = locs[-1]._.normal or locs[-1].text
    try:
        parse = _plain_morph().parse(name)
        form = parse[0].inflect({"gent"}) if parse else None
        if form is not None:
            return form.word[:1].upper() + form.word[1:]
    except Exception:
        pass
    return name


def _speaker(doc, verb):
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None:
        for obl in verb.children:
            if obl.dep_ == "obl" and obl.lemma_ in DESCRIPTIONS:
                subj = next((c for c in obl.children if c.dep_ == "nmod"), None)
                if subj is not None:
                    break
    if subj is None:
        return None
    ent = _entity_of(doc, subj)
    if ent is not None:
        span = Span(doc, ent.start, ent.end, label=SPEAKER_LABEL)
        span._.normal, span._.entity_id = ent._.normal, ent._.entity_id
        if ent.label_ == "ORG" and len(ent) == 1:
            country = _country_gent(doc, ent.start)
            if country:
                span._.normal = f"{ent._.normal or ent.text} {country}"
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
        indirect = []
        for sent in doc.sents:
            toks = list(sent)
            for i, t in enumerate(toks[:-2]):
                if t.lemma_ in SPEECH_VERBS and toks[i + 1].text == "," and toks[i + 2].lower_ == "что":
                    start = toks[i + 2].idx + len(toks[i + 2].text)
                    end = sent.end_char
                    newline = doc.text.find("\n", start, end)
                    if newline != -1:
                        end = newline
                    span = doc.char_span(start, end, label="indirect", alignment_mode="contract")
                    if span is not None and len(span):
                        span._.cue = Span(doc, t.i, t.i + 1, label=CUE_LABEL)
                        span._.speaker = _speaker(doc, t)
                        indirect.append(span)
                    break
        last = None
        for m in QUOTE_RE.finditer(doc.text):
            inner = m.group(1) if m.group(1) is not None else m.group(2)
            if len(inner.split()) < 3:
                continue
            span = doc.char_span(m.start(), m.end(), label="direct", alignment_mode="expand")
            if span is None:
                continue
            host = next((q for q in indirect if q.start_char <= m.start() and m.end() <= q.end_char + 1), None)
            if host is not None:
                span.label_ = "mixed"
                span._.cue, span._.speaker = host._.cue, host._.speaker
                found.append(span)
                continue
            alone = doc.text[:m.start()].rstrip(" \t\r\u00a0")[-1:] in ("", "\n")
            prev = [q for q in indirect if q.start_char < m.start()]
            if alone and prev:
                span._.cue, span._.speaker = prev[-1]._.cue, prev[-1]._.speaker
                found.append(span)
                continue
            sent = span[0].sent
            verbs = [t for t in sent if t.lemma_ in SPEECH_VERBS and not (span.start <= t.i < span.end)]
            if verbs:
                verb = min(verbs, key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end)))
                span._.cue = Span(doc, verb.i, verb.i + 1, label=CUE_LABEL)
                span._.speaker = _speaker(doc, verb)
            found.append(span)
        found.extend(indirect)
        doc.spans["quotes"] = sorted(found, key=lambda q: q.start_char)
