"""NER against factRuEval-2016 dev and NEREL 1.1 dev, raw slovnet beside the project.

factRuEval gold as natasha's evaluation reads it (naeval's ``adapt_factru``
over corus' ``load_factru``): a Person object is one mention from its first to
its last span; an Org object contributes each of its ``org_name`` spans,
Location and LocOrg objects each of their ``loc_name`` spans (as LOC), so
``Свердловского обкома КПСС`` is two ORG mentions, as factRuEval marks it;
of overlapping spans the leftmost is kept, the longest of those starting
together (naeval's ``filter_overlapping_spans``: ``мид Грузии`` stays ORG);
surrounding quotation marks are stripped from gold and predicted spans; a
match is an exact (start, end, label). Unlike naeval, gold spans that do not
fall on razdel token boundaries are kept (one on dev), so they count as missed.
NEREL: PERSON → PER, ORGANIZATION → ORG, CITY / COUNTRY / STATE_OR_PROVINCE /
DISTRICT / LOCATION → LOC, outermost spans only.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from . import PRF, PRF_COLUMNS, Table

LABELS = ("PER", "LOC", "ORG")
QUOTES = "«»\"'„“”"
NEREL_LABELS = {"PERSON": "PER", "ORGANIZATION": "ORG", "CITY": "LOC", "COUNTRY": "LOC",
                "STATE_OR_PROVINCE": "LOC", "DISTRICT": "LOC", "LOCATION": "LOC"}


def strip_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in QUOTES:
        start += 1
    while end > start and text[end - 1] in QUOTES:
        end -= 1
    return start, end


def leftmost_longest(spans) -> set:
    """Of overlapping spans keep the leftmost, the longest of those starting
    together (naeval's ``filter_overlapping_spans``)."""
    out = []
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if not out or out[-1][1] <= span[0]:
            out.append(span)
    return set(out)


def factru(root: Path) -> list[tuple[str, str, set]]:
    docs = []
    for txt in sorted(root.glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        spans = {}
        for line in txt.with_suffix(".spans").read_text(encoding="utf-8").splitlines():
            fields = line.split()
            if len(fields) >= 4:
                spans[fields[0]] = (fields[1], int(fields[2]), int(fields[2]) + int(fields[3]))
        gold = []
        for line in txt.with_suffix(".objects").read_text(encoding="utf-8").splitlines():
            fields = line.split()
            if len(fields) < 3:
                continue
            ids = []
            for field in fields[2:]:  # span ids, then "# words"
                if not field.isdigit():
                    break
                ids.append(spans[field])
            kind = fields[1]
            if kind == "Person":
                gold.append((min(s[1] for s in ids), max(s[2] for s in ids), "PER"))
            elif kind in ("Org", "Location", "LocOrg"):
                part, label = ("org_name", "ORG") if kind == "Org" else ("loc_name", "LOC")
                gold += leftmost_longest((s[1], s[2], label) for s in ids if s[0] == part)
        gold = {(*strip_quotes(text, s, e), label) for s, e, label in leftmost_longest(gold)}
        docs.append((txt.name, text, {g for g in gold if g[0] < g[1]}))
    return docs


def nerel(root: Path) -> list[tuple[str, str, set]]:
    docs = []
    for txt in sorted(root.glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        spans = set()
        for line in txt.with_suffix(".ann").read_text(encoding="utf-8").splitlines():
            if not line.startswith("T"):
                continue
            _, info, _ = line.split("\t", 2)
            kind, *offsets = info.replace(";", " ").split()
            if kind in NEREL_LABELS:
                spans.add((int(offsets[0]), int(offsets[-1]), NEREL_LABELS[kind]))
        outer = {s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)}
        docs.append((txt.name, text, outer))
    return docs


def project(texts: list[str]) -> list[set]:
    from ..doc import Document
    from ..stages import get

    documents = [Document(id=str(i), text=t) for i, t in enumerate(texts)]
    for name in ("segment", "entities"):  # entities read no parse
        for i in range(0, len(documents), 32):
            get(name)(documents[i:i + 32])
    return [{(e.start_char, e.end_char, e.label_) for e in d.doc.ents} for d in documents]


def slovnet(texts: list[str]) -> list[set]:
    from .. import models

    return [{(s.start, s.stop, s.type) for s in markup.spans} for markup in models.ner_tagger().map(texts)]


def score(docs, predicted: list[set]) -> dict[str, PRF]:
    counts = defaultdict(PRF)
    for (_, text, gold), pred in zip(docs, predicted):
        pred = {(*strip_quotes(text, s, e), label) for s, e, label in pred}
        for label in LABELS:
            g = {s for s in gold if s[2] == label}
            p = {s for s in pred if s[2] == label}
            for key in (label, "all"):
                counts[key].tp += len(g & p)
                counts[key].fp += len(p - g)
                counts[key].fn += len(g - p)
    return counts


def run(shared: Path) -> list[Table]:
    tables = []
    for title, docs in (("factRuEval-2016 dev", factru(shared / "data" / "factrueval-2016" / "devset")),
                        ("NEREL 1.1 dev", nerel(shared / "data" / "nerel-1.1" / "dev"))):
        texts = [text for _, text, _ in docs]
        table = Table(f"ner: {title} ({len(docs)} texts), exact match", ["system", "label", *PRF_COLUMNS])
        for system, predict in (("project", project), ("raw slovnet", slovnet)):
            counts = score(docs, predict(texts))
            for label in (*LABELS, "all"):
                table.rows.append([system, label, *counts[label].row()])
        tables.append(table)
    return tables


CORPORA = {
    "factru": lambda shared: factru(shared / "data" / "factrueval-2016" / "devset"),
    "nerel": lambda shared: nerel(shared / "data" / "nerel-1.1" / "dev"),
    # the check on overfitting: pipeline.ner's error classes were found on the two
    # dev sets; train was only scored (and what each rule changed there read)
    "nerel-train": lambda shared: nerel(shared / "data" / "nerel-1.1" / "train"),
}


def f1(shared: Path, corpus: str = "factru", system: str = "project") -> dict[str, float]:
    """F1 per label on ``corpus`` (a key of ``CORPORA``), for the regression
    test and for checking NEREL train by hand."""
    docs = CORPORA[corpus](shared)
    predict = project if system == "project" else slovnet
    counts = score(docs, predict([text for _, text, _ in docs]))
    return {label: counts[label].f1 for label in (*LABELS, "all")}
