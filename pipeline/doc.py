"""The in-memory data model: a :class:`Document` (``document.py``) around a spaCy ``Doc``.

razdel drops whitespace and a spaCy ``Doc`` built from words and single
spaces cannot reproduce newlines or runs of spaces, so every whitespace run
other than a single space becomes a whitespace token (``token.is_space``).
That keeps ``doc.text == document.text`` and makes every character offset of
every stage an offset into the record's ``text``.

Stages put their results on the Doc the spaCy way:

- ``doc.ents``: PER / LOC / ORG mentions, with ``span._.normal`` and ``span._.entity_id``;
- ``doc._.entity_index``: the per-document entity groups;
- ``doc.spans["dates"]``: ``_.value``, ``_.granularity``, ``_.anchor``, ``_.relative``;
- ``doc.spans["locations"]``: ``_.normal``, ``_.kind``, ``_.country_code``,
  ``_.geonames_id``, ``_.lat``, ``_.lon`` (the label is the kind);
- ``doc.spans["quotes"]``: the label is the type; ``_.speaker`` and ``_.cue`` are
  Spans; a speaker Span carries ``_.normal`` and ``_.entity_id``.

``Span._`` values are keyed by the span's label and offsets (spaCy keys them
by offsets only), so spans over the same characters with different labels
(an entity and the speaker mention that covers it) keep their own values;
:func:`relabel` moves a span's values to its new label.

:func:`to_record` turns a Document into the plain record of ``schema.py`` and
:func:`from_record` rebuilds the Document from it, which is how a stage re-runs
on the stored output of the stage before it.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Any, Iterable

import numpy
from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LEMMA, LENGTH, MORPH, POS, SENT_START
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Span

from . import models
from .document import Document, empty_meta, sha256  # noqa: F401 (the record, re-exported beside its Doc)

SPAN_EXTENSIONS = (
    "normal", "entity_id",
    "value", "granularity", "anchor", "relative",
    "kind", "country_code", "geonames_id", "lat", "lon",
    "speaker", "cue",
)


def _by_label(name: str):
    """Getter and setter for ``Span._.<name>`` keyed by the span's label as well
    as its offsets. spaCy keys plain ``Span._`` values by character offsets
    only, so a speaker Span over exactly an entity's characters would share
    (and overwrite) the entity's ``_.normal``."""
    def get(span: Span):
        return span.doc.user_data.get(("._.", name, span.label, span.start_char, span.end_char))

    def set_(span: Span, value) -> None:
        span.doc.user_data[("._.", name, span.label, span.start_char, span.end_char)] = value
    return get, set_


def relabel(span: Span, label: str) -> None:
    """Give ``span`` a new label, its ``Span._`` values with it (they are keyed by the label)."""
    values = {name: getattr(span._, name) for name in SPAN_EXTENSIONS}
    span.label_ = label
    for name, value in values.items():
        if value is not None:
            setattr(span._, name, value)


for _name in SPAN_EXTENSIONS:
    if not Span.has_extension(_name):
        _get, _set = _by_label(_name)
        Span.set_extension(_name, getter=_get, setter=_set)
if not Doc.has_extension("entity_index"):
    Doc.set_extension("entity_index", default=None)

NO_DEP = "_"  # the dep_ of tokens outside the parse (whitespace, unparsed sentences)
META_KEYS = ("title", "published_at", "place", "outlet", "authors")
SPEAKER_LABEL = "SPEAKER"
CUE_LABEL = "CUE"


# ---------------------------------------------------------------- building

def make_doc(text: str, tokens: Iterable[tuple[int, int]], sent_starts: Iterable[int] = (),
             **attrs) -> Doc:
    """A spaCy Doc over ``text`` whose non-space tokens are ``tokens`` (char spans).

    Gaps between tokens become whitespace tokens unless they are one plain
    space (then the previous token's ``whitespace_``). ``sent_starts`` are the
    char offsets where sentences begin. ``attrs`` are per-non-space-token lists
    passed to ``Doc`` (``pos``, ``lemmas``, ``morphs``, ``heads``, ``deps``);
    ``heads`` index the non-space tokens.
    """
    sent_starts = set(sent_starts)
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool] = []
    index: list[int] = []  # non-space token number -> word number
    offset = 0
    for start, end in [*tokens, (len(text), None)]:  # the last gap: up to the end of the text
        if start > offset:
            chunk = text[offset:start]
            if chunk == " " and words and not spaces[-1] and not words[-1].isspace():
                spaces[-1] = True
            else:
                words.append(chunk)
                spaces.append(False)
                starts.append(len(words) == 1)
        if end is None:
            break
        if start < offset or end <= start:
            raise ValueError(f"tokens overlap or are empty at {start}:{end}")
        index.append(len(words))
        words.append(text[start:end])
        spaces.append(False)
        starts.append(start in sent_starts or len(words) == 1)
        offset = end

    if attrs.get("heads") is not None:
        kwargs: dict[str, Any] = {}
        n = len(words)
        for name, values in attrs.items():
            if values is None:
                continue
            full: list[Any] = [None] * n
            if name == "heads":
                values = [index[h] for h in values]
            for i, value in zip(index, values):
                full[i] = value
            if name == "heads":
                full = _complete_heads(full, index, starts)
            elif name == "deps":
                full = [v or NO_DEP for v in full]
            else:
                full = [v if v is not None else _DEFAULTS[name] for v in full]
            kwargs[name] = full
        doc = Doc(models.vocab(), words=words, spaces=spaces, **kwargs)
    else:
        doc = Doc(models.vocab(), words=words, spaces=spaces)
        _set_columns(doc, attrs, index, starts)
    # spaCy's doc.text is the words joined with their spaces (joined here
    # without making a Token per word); kept for text_of
    rebuilt = "".join([w + " " if s else w for w, s in zip(words, spaces)])
    if rebuilt != text and text:
        raise AssertionError("doc.text does not reproduce the input text")
    doc.user_data["text"] = text
    return doc


_COLUMNS = (("pos", POS), ("lemmas", LEMMA), ("morphs", MORPH))
_DEFAULTS = {"pos": "SPACE", "lemmas": "", "morphs": ""}  # the value of whitespace tokens


def _set_columns(doc: Doc, columns: dict, index: list[int], starts: list[bool]) -> None:
    """What ``Doc(..., pos=, lemmas=, morphs=, sent_starts=)`` sets, in one
    ``from_array``, each distinct string hashed once (spaCy's constructor
    hashes every token's, morphology included). ``columns`` hold a value per
    non-space token, at the word positions ``index``; whitespace tokens and
    None get the column's default."""
    strings, morphology = doc.vocab.strings, doc.vocab.morphology
    attrs = [attr for name, attr in _COLUMNS if columns.get(name) is not None]
    array = numpy.empty((len(doc), len(attrs) + 1), dtype="uint64")
    j = 0
    for name, attr in _COLUMNS:
        values = columns.get(name)
        if values is None:
            continue
        default = _DEFAULTS[name]
        table = {}
        for value in {*values, default} - {None}:
            strings.add(value)
            table[value] = morphology.add(value) if attr == MORPH else strings[value]
        table[None] = table[default]
        array[:, j] = table[default]
        array[index, j] = [table[v] for v in values]
        j += 1
    array[:, -1] = numpy.where(numpy.array(starts, dtype=bool), 1, -1).astype("int32").astype("uint64")
    doc.from_array([*attrs, SENT_START], array)


def set_parse(doc: Doc, heads: list, deps: list[str]) -> None:
    """Set a dependency parse on a Doc in one array write. ``heads`` index
    the non-space tokens (None: unparsed); unparsed and whitespace tokens
    attach to their sentence's first token with ``dep_ == NO_DEP``, so the
    sentence boundaries stay razdel's."""
    words = tokens_of(doc)
    index = [t.i for t in words]
    n = len(doc)
    full: list = [None] * n
    for i, head in zip(index, heads):
        full[i] = None if head is None else index[head]
    starts = (doc.to_array(SENT_START).astype("int64") == 1).tolist()  # Token.is_sent_start, without Tokens
    full = _complete_heads(full, index, starts)
    labels = [NO_DEP] * n
    for i, dep in zip(index, deps):
        labels[i] = dep or NO_DEP
    hashes = {label: doc.vocab.strings.add(label) for label in set(labels)}
    array = numpy.empty((n, 2), dtype="uint64")
    array[:, 0] = (numpy.array(full, dtype="int64") - numpy.arange(n, dtype="int64")).astype("uint64")
    array[:, 1] = [hashes[label] for label in labels]
    doc.from_array([HEAD, DEP], array)


def is_parsed(token) -> bool:
    """Whether the token's head and dep_ come from the parser."""
    return token.dep_ not in ("", NO_DEP)


def _complete_heads(heads: list, index: list[int], starts: list) -> list[int]:
    """Fill heads for whitespace tokens and unparsed tokens: attach them to the
    root of their sentence so spaCy's sentence boundaries stay razdel's."""
    out = list(heads)
    root = 0
    for i, head in enumerate(out):
        if starts[i]:
            root = i if head is None else _sentence_root(out, i, starts)
        if head is None:
            out[i] = root
    return out


def _sentence_root(heads: list, first: int, starts: list) -> int:
    i = first
    while i < len(heads) and (i == first or not starts[i]):
        if heads[i] == i:
            return i
        i += 1
    return first


def text_of(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy's ``Doc.text`` joins every
    token's text on each access."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def tokens_of(doc_or_span) -> list:
    """The non-space tokens of a Doc or Span: what the record calls ``tokens``.

    spaCy makes a new Token object at every iteration; the Doc's list is made
    once and kept in ``doc.user_data`` (a Token reads its attributes from the
    Doc, so the list stays true as stages set them), a Span's is sliced from it."""
    doc = doc_or_span.doc
    words, index = _words(doc)
    if doc_or_span is doc:
        return list(words)
    return words[bisect_left(index, doc_or_span.start):bisect_left(index, doc_or_span.end)]


def _words(doc: Doc) -> tuple[list, list[int]]:
    """The Doc's non-space tokens and their positions, made once and kept in ``doc.user_data``."""
    cached = doc.user_data.get("tokens")
    if cached is None:
        index = _word_index(doc)
        cached = doc.user_data["tokens"] = ([doc[i] for i in index], index)
    return cached


def word_offsets(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each non-space token (``tokens_of(doc)``'s order), read
    from the Doc's arrays: no Token is asked for its offset or its text."""
    columns = doc.to_array([IDX, LENGTH])[_words(doc)[1]].tolist()
    return [(start, start + length) for start, length in columns]


def _word_index(doc: Doc) -> list[int]:
    """The positions of the non-space tokens, read from the Doc's arrays
    (iterating the Doc makes and queries a Token for every whitespace run too)."""
    flags = doc.to_array([IS_SPACE, LENGTH])
    return numpy.flatnonzero((flags[:, 0] == 0) & (flags[:, 1] > 0)).tolist()


def sentences_of(doc: Doc) -> Iterable[list]:
    """The non-space tokens of each sentence that has any."""
    for sent in doc.sents:
        words = tokens_of(sent)
        if words:
            yield words


# ---------------------------------------------------------------- record

def _span(span: Span) -> dict:
    return {"start": span.start_char, "end": span.end_char, "text": span.text}


def to_record(document: Document, pipeline_version: str, interim: bool = False) -> dict:
    """The plain record of ``schema.Record``; ``interim`` adds what a later
    stage re-run needs (morph features, syntax) to each token."""
    doc = document.doc
    text = document.text
    tokens = tokens_of(doc) if doc is not None else []
    record_tokens = _record_tokens(doc, text) if tokens else []
    if interim:
        positions = {t.i: n for n, t in enumerate(tokens)}
        for t, item in zip(tokens, record_tokens):
            item["morph"] = str(t.morph)
            item["head"] = positions.get(t.head.i, positions[t.i])
            item["dep"] = t.dep_

    sentences = []
    if doc is not None and tokens:
        for words in sentences_of(doc):
            sentences.append({"start": words[0].idx, "end": words[-1].idx + len(words[-1].text)})

    def spans(name: str) -> list[Span]:
        return list(doc.spans[name]) if doc is not None and name in doc.spans else []

    entities = [dict(_span(e), label=e.label_, normal=e._.normal or e.text,
                     entity_id=e._.entity_id or f"{e.label_}{k}")
                for k, e in enumerate(doc.ents if doc is not None else ())]
    dates = [dict(_span(d), value=d._.value, granularity=d._.granularity,
                  anchor=d._.anchor, relative=d._.relative) for d in spans("dates")]
    locations = [dict(_span(s), normal=s._.normal or s.text, kind=s._.kind or s.label_ or "other",
                      country_code=s._.country_code, geonames_id=s._.geonames_id,
                      lat=s._.lat, lon=s._.lon) for s in spans("locations")]
    quotes = []
    for q in spans("quotes"):
        speaker = q._.speaker
        cue = q._.cue
        quotes.append(dict(
            _span(q), type=q.label_,
            speaker=None if speaker is None else dict(
                _span(speaker), normal=speaker._.normal, entity_id=speaker._.entity_id),
            cue=None if cue is None else _span(cue),
        ))
    entity_index = (doc._.entity_index if doc is not None else None) or _default_index(entities)
    meta = {key: document.meta.get(key) for key in META_KEYS}
    meta["authors"] = list(meta["authors"] or [])
    meta["source_fields"] = document.meta.get("source_fields") or {}
    return {
        "id": document.id,
        "text": text,
        "sha256": document.sha256,
        "pipeline_version": pipeline_version,
        "meta": meta,
        "sentences": sentences,
        "tokens": record_tokens,
        "entities": entities,
        "entity_index": entity_index,
        "dates": dates,
        "locations": locations,
        "quotes": quotes,
    }


def _record_tokens(doc: Doc, text: str) -> list[dict]:
    """``start``, ``end``, ``text``, ``lemma``, ``pos`` of each non-space
    token, from the Doc's arrays: each distinct lemma is looked up once, and
    no Token is asked for its strings."""
    index = _words(doc)[1]
    columns = doc.to_array([IDX, LENGTH, LEMMA, POS])[index]
    strings = doc.vocab.strings
    lemmas = {h: strings[h] for h in set(columns[:, 2].tolist())}
    out = []
    for start, length, lemma, pos in columns.tolist():
        end = start + length
        out.append({"start": start, "end": end, "text": text[start:end],
                    "lemma": lemmas[lemma], "pos": POS_NAMES[pos]})
    return out


def _default_index(entities: list[dict]) -> list[dict]:
    groups: dict[str, dict] = {}
    for e in entities:
        group = groups.setdefault(e["entity_id"], {"id": e["entity_id"], "label": e["label"],
                                                   "name": e["normal"], "mentions": 0})
        group["mentions"] += 1
        if len(e["normal"]) > len(group["name"]):
            group["name"] = e["normal"]
    return list(groups.values())


def from_record(record: dict) -> Document:
    """Rebuild the Document (spaCy Doc included) from a record written by :func:`to_record`."""
    text = record["text"]
    document = Document(id=record["id"], text=text, source=record.get("source", ""),
                        meta=dict(record.get("meta") or empty_meta()))
    tokens = record.get("tokens") or []
    if not tokens and not record.get("sentences"):
        return document
    has_syntax = bool(tokens) and "head" in tokens[0]
    doc = make_doc(
        text, [(t["start"], t["end"]) for t in tokens],
        [s["start"] for s in record.get("sentences", [])],
        pos=[t["pos"] for t in tokens],
        lemmas=[t["lemma"] for t in tokens],
        morphs=[t.get("morph", "") for t in tokens] if has_syntax else None,
        heads=[t["head"] for t in tokens] if has_syntax else None,
        deps=[t["dep"] for t in tokens] if has_syntax else None,
    )
    ents = []
    for e in record.get("entities", []):
        span = doc.char_span(e["start"], e["end"], label=e["label"], alignment_mode="expand")
        if span is None:
            continue
        span._.normal = e["normal"]
        span._.entity_id = e["entity_id"]
        ents.append(span)
    doc.set_ents(ents)
    doc._.entity_index = record.get("entity_index") or None

    def group(name: str, items: list[dict], label_key: str, attrs: tuple[str, ...]) -> None:
        out = []
        for item in items:
            span = doc.char_span(item["start"], item["end"], label=str(item.get(label_key) or name),
                                 alignment_mode="expand")
            if span is None:
                continue
            for attr in attrs:
                setattr(span._, attr, item.get(attr))
            out.append(span)
        doc.spans[name] = out

    group("dates", record.get("dates", []), "granularity",
          ("value", "granularity", "anchor", "relative"))
    group("locations", record.get("locations", []), "kind",
          ("normal", "kind", "country_code", "geonames_id", "lat", "lon"))
    quotes = []
    for q in record.get("quotes", []):
        span = doc.char_span(q["start"], q["end"], label=q["type"], alignment_mode="expand")
        if span is None:
            continue
        if q.get("speaker"):
            s = q["speaker"]
            speaker = doc.char_span(s["start"], s["end"], label=SPEAKER_LABEL, alignment_mode="expand")
            if speaker is not None:
                speaker._.normal = s.get("normal")
                speaker._.entity_id = s.get("entity_id")
            span._.speaker = speaker
        if q.get("cue"):
            c = q["cue"]
            span._.cue = doc.char_span(c["start"], c["end"], label=CUE_LABEL, alignment_mode="expand")
        quotes.append(span)
    doc.spans["quotes"] = quotes
    document.doc = doc
    return document
