"""An article with its entities, dates, locations and quotes highlighted, as
HTML: spaCy's displaCy span renderer over a record (overlapping spans stack),
with the article's own spacing and paragraphs, speakers labelled with their
canonical names. Self-contained HTML, no
external resources.

In a notebook ``pipeline.show(record_or_id)`` displays it; ``python -m
pipeline show ID --html FILE`` writes it as a page.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from pathlib import Path
from typing import Union

import orjson
from spacy.displacy.render import SpanRenderer, escape_html

from .store import DOCUMENTS

COLORS = {"PER": "#f4a3a3", "LOC": "#9fd3f5", "ORG": "#c8b6f2", "DATE": "#ffe08a",
          "QUOTE": "#b9e6b1", "SPEAKER": "#ffb870", "CUE": "#dddddd"}


def find(output: Union[str, Path], doc_id: str) -> dict:
    """The record with id ``doc_id`` in an output folder or documents.jsonl."""
    path = Path(output)
    if path.is_dir():
        path = path / DOCUMENTS
    key = b'"id":' + orjson.dumps(doc_id)
    # as the pipeline writes records, only the lines holding ``key`` need parsing;
    # a file written otherwise (spaces, escapes) is parsed whole
    for wanted in (lambda line: key in line, lambda line: bool(line.strip())):
        with open(path, "rb") as f:
            for line in f:
                if wanted(line):
                    record = orjson.loads(line)
                    if record["id"] == doc_id:
                        return record
    raise KeyError(f"no document {doc_id!r} in {path}")


def manual(record: dict) -> dict:
    """The record as displaCy's manual span input."""
    tokens = record["tokens"]
    starts = [t["start"] for t in tokens]
    ends = [t["end"] for t in tokens]

    def span(start: int, end: int, label: str) -> dict | None:
        first, last = bisect_right(ends, start), bisect_left(starts, end)
        return {"start_token": first, "end_token": last, "label": label} if first < last else None

    spans = []
    for e in record["entities"]:
        spans.append(span(e["start"], e["end"], f'{e["label"]} {e["normal"]}'))
    for d in record["dates"]:
        spans.append(span(d["start"], d["end"], f'DATE {d["value"] or d.get("relative") or "?"}'))
    for loc in record["locations"]:
        if loc.get("country_code"):
            spans.append(span(loc["start"], loc["end"], f'{loc["kind"]} {loc["country_code"]}'))
    for q in record["quotes"]:
        speaker = q.get("speaker") or {}
        who = speaker.get("normal") or "?"
        spans.append(span(q["start"], q["end"], f'QUOTE {q["type"]}: {who}'))
        if speaker:
            spans.append(span(speaker["start"], speaker["end"], f"SPEAKER {who}"))
        if q.get("cue"):
            spans.append(span(q["cue"]["start"], q["cue"]["end"], "CUE"))
    return {"text": record["text"], "tokens": [t["text"] for t in tokens],
            "spans": [s for s in spans if s], "title": record["meta"].get("title") or record["id"]}


def _colors(record: dict) -> dict:
    data = manual(record)
    return {s["label"]: COLORS.get(s["label"].split()[0], COLORS["LOC"] if s["label"].split()[0] in
                                   ("country", "city", "region", "district", "other") else "#eeeeee")
            for s in data["spans"]}


class _SpacedRenderer(SpanRenderer):
    """displaCy's span renderer, with the article's own spacing between tokens
    (displaCy puts a space after every token: ``14 : 00``, ``24 . kg``) and its
    paragraph breaks (line breaks, at most two)."""

    def __init__(self, options: dict, gaps: list[str]):
        super().__init__(options)
        self.gaps = gaps
        self.span_template = " ".join(self.span_template.split())  # no whitespace around a span token

    def _render_markup(self, per_token_info: list[dict]) -> str:
        markup = []
        for token, gap in zip(per_token_info, self.gaps):
            if token["entities"]:
                markup.append(super()._render_markup([token]).rstrip(" "))
            else:
                markup.append(escape_html(token["text"]))
            markup.append("<br>" * min(gap.count("\n"), 2) if "\n" in gap else (" " if gap else ""))
        return "".join(markup)


def html(record: dict, page: bool = True) -> str:
    """The record with its spans highlighted: a standalone page, or a fragment."""
    tokens, text = record["tokens"], record["text"]
    gaps = [text[t["end"]:after["start"]] for t, after in zip(tokens, tokens[1:])] + [""]
    renderer = _SpacedRenderer({"colors": _colors(record)}, gaps)
    return renderer.render([manual(record)], page=page).strip()


def show(record_or_id: Union[dict, str], output: Union[str, Path] = "data/processed"):
    """Display an article in a notebook: a record, or an id looked up in ``output``."""
    from IPython.display import HTML

    record = record_or_id if isinstance(record_or_id, dict) else find(output, record_or_id)
    return HTML(html(record, page=False))
