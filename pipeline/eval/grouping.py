"""Grouping quality: which mentions of a document name the same entity.

Gold: ``gold/grouping.jsonl`` (conventions in ``gold/GROUPING.md``), our own
co-reference annotation over the factRuEval-2016 dev mentions of 28 documents
(22 ``dev`` ones the rules were developed on, 6 ``heldout`` ones annotated
after them; see GROUPING.md).
The pipeline's normalizer and :func:`pipeline.group.group` run on the gold
mentions (gold offsets and labels), so the score isolates grouping from
mention detection. Scored by B-cubed and by pairwise links (each pair of
mentions of one document is a link when both are in one entity), beside the
naive baseline that groups mentions with identical lowercased normal forms.

Normal forms are scored against ``gold/normal.jsonl`` (our annotation of the
nominative form of the same mentions): exact string accuracy, beside natasha's
own normalizer on the same tokens.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

import orjson

from ..doc import Document, is_parsed, sha256, tokens_of
from ..group import group, key
from ..norm import normalize_span
from . import GOLD, PRF, PRF_COLUMNS, SHARED, Table

LABELS = ("PER", "LOC", "ORG")


def read_gold(name: str, shared: Path = SHARED) -> list[tuple[dict, str]]:
    """(gold record, document text) pairs; the text is read from ``shared``
    and checked against the length and sha256 prefix stored with the gold."""
    out = []
    for line in (GOLD / name).read_bytes().splitlines():
        if not line.strip():
            continue
        record = orjson.loads(line)
        text = (shared / "data" / record["corpus"] / record["file"]).read_text(encoding="utf-8")
        if len(text) != record["length"] or not sha256(text).startswith(record["sha256"]):
            raise ValueError(f"{record['corpus']}/{record['file']} differs from the annotated text")
        out.append((record, text))
    return out


def analysed(pairs: list[tuple[dict, str]]) -> list[Document]:
    """The documents segmented and parsed (the stages before ``entities``);
    ``clean`` keeps every offset."""
    from .. import stages
    from ..reader import clean

    documents = [Document(id=record["file"], text=clean(text)) for record, text in pairs]
    for name in ("segment", "syntax"):
        stages.get(name)(documents)
    return documents


def mention_spans(document: Document, mentions: list[dict]) -> list:
    spans = []
    for m in mentions:
        span = document.doc.char_span(m["start"], m["end"], label=m["label"], alignment_mode="expand")
        if span is None:
            raise ValueError(f"{document.id}: no tokens for gold mention {m}")
        spans.append(span)
    return spans


class _NatashaToken:
    """The view of a spaCy token natasha's normalizer reads."""

    def __init__(self, token, span):
        self.id = token.i
        self.head_id = token.head.i if is_parsed(token) else None
        self.text = token.text
        self.pos = token.pos_
        self.feats = token.morph.to_dict()
        self.start = token.idx - span.start_char
        self.stop = self.start + len(token.text)


def natasha_normal(span) -> str:
    """natasha's own normal form (``syntax_normalize`` where parsed): the
    baseline the normal-form table compares with."""
    from natasha.norm import normalize, syntax_normalize

    from .. import models

    tokens = [_NatashaToken(t, span) for t in tokens_of(span)]
    if all(t.head_id is not None for t in tokens):
        return syntax_normalize(models.morph_vocab(), tokens)
    return normalize(models.morph_vocab(), tokens)


@cache
def predictions(shared: Path = SHARED) -> list[dict]:
    """For each gold document: gold entities, the project's and the baseline's
    entities, and the normal forms, mention by mention."""
    pairs = read_gold("grouping.jsonl", shared)
    out = []
    for (record, _), document in zip(pairs, analysed(pairs)):
        spans = mention_spans(document, record["mentions"])
        for span in spans:
            span._.normal = normalize_span(span)
        group(spans)
        baseline = {}
        out.append({
            "file": record["file"],
            "split": record.get("split", "dev"),
            "labels": [m["label"] for m in record["mentions"]],
            "gold": [m["entity"] for m in record["mentions"]],
            "project": [s._.entity_id for s in spans],
            "baseline": [baseline.setdefault((s.label_, key(s._.normal)), len(baseline))
                         for s in spans],
            "offsets": [(m["start"], m["end"]) for m in record["mentions"]],
            "normal": [s._.normal for s in spans],
            "natasha": [natasha_normal(s) for s in spans],
        })
    return out


def pairwise(gold: list, system: list, keep=None) -> PRF:
    """Link counts: a link is a pair of mentions in one entity."""
    score = PRF()
    n = len(gold)
    for i in range(n):
        for j in range(i + 1, n):
            if keep is not None and not (keep[i] and keep[j]):
                continue
            g, s = gold[i] == gold[j], system[i] == system[j]
            score.tp += g and s
            score.fp += s and not g
            score.fn += g and not s
    return score


def bcubed(docs: list[tuple[list, list]]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 over all mentions of all documents."""
    p = r = 0.0
    total = 0
    for gold, system in docs:
        for i in range(len(gold)):
            same_g = {j for j in range(len(gold)) if gold[j] == gold[i]}
            same_s = {j for j in range(len(gold)) if system[j] == system[i]}
            both = len(same_g & same_s)
            p += both / len(same_s)
            r += both / len(same_g)
            total += 1
    p, r = (p / total, r / total) if total else (0.0, 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def scores(shared: Path = SHARED, split: str | None = None) -> dict:
    """{method: {"bcubed": (P, R, F1), "pairs": PRF, label: PRF}} for the
    project and the baseline, on the documents of ``split`` (default: all)."""
    docs = [d for d in predictions(shared) if split in (None, d["split"])]
    out = {}
    for method in ("project", "baseline"):
        entry = {"bcubed": bcubed([(d["gold"], d[method]) for d in docs]), "pairs": PRF()}
        for label in LABELS:
            entry[label] = PRF()
        for d in docs:
            for counts, keep in [(entry["pairs"], None)] + [
                    (entry[label], [lab == label for lab in d["labels"]]) for label in LABELS]:
                found = pairwise(d["gold"], d[method], keep)
                counts.tp += found.tp
                counts.fp += found.fp
                counts.fn += found.fn
        out[method] = entry
    return out


def normal_accuracy(shared: Path = SHARED) -> dict:
    """{method: {label: (right, total)}} of normal forms against
    ``gold/normal.jsonl`` for the project and natasha's normalizer (labels and
    "all"), and the project's mistakes under "errors" as (file, text, ours, gold)."""
    predicted = {(d["file"], start, end): (normal, natasha) for d in predictions(shared)
                 for (start, end), normal, natasha in zip(d["offsets"], d["normal"], d["natasha"])}
    out: dict = {method: {label: [0, 0] for label in (*LABELS, "all")}
                 for method in ("project", "natasha")}
    errors = []
    for record, text in read_gold("normal.jsonl", shared):
        for m in record["mentions"]:
            ours, theirs = predicted[(record["file"], m["start"], m["end"])]
            for method, normal in (("project", ours), ("natasha", theirs)):
                for label in (m["label"], "all"):
                    out[method][label][0] += normal == m["normal"]
                    out[method][label][1] += 1
            if ours != m["normal"]:
                errors.append((record["file"], text[m["start"]:m["end"]], ours, m["normal"]))
    out["errors"] = errors
    return out


def run(shared: Path) -> list[Table]:
    docs = predictions(shared)
    results = scores(shared)
    n_mentions = sum(len(d["gold"]) for d in docs)
    n_entities = sum(len(set(d["gold"])) for d in docs)
    main = Table(
        "grouping: gold mentions of factRuEval-2016 dev, our co-reference gold",
        ["split", "method", "B3 P", "B3 R", "B3 F1", "pair P", "pair R", "pair F1"],
        note=f"{len(docs)} documents, {n_mentions} mentions, {n_entities} gold entities; "
             "dev: the documents the rules were developed on, heldout: annotated after "
             "them; baseline = identical lowercased normal form",
    )
    for split in ("dev", "heldout", None):
        for method, entry in scores(shared, split).items():
            main.rows.append([split or "all", method, *entry["bcubed"], *entry["pairs"].row()[:3]])
    by_label = Table("grouping: pairwise links per label (all documents)",
                     ["method", "label", *PRF_COLUMNS])
    for method, entry in results.items():
        for label in LABELS:
            by_label.rows.append([method, label, *entry[label].row()])
    tables = [main, by_label]
    if (GOLD / "normal.jsonl").exists():
        acc = normal_accuracy(shared)
        norm = Table("normal forms: exact match against our gold (same mentions)",
                     ["method", "label", "accuracy", "right", "total"],
                     note="project errors:\n" + "\n".join(
                         f"  {f}: {t!r} -> {o!r} (gold {g!r})" for f, t, o, g in acc["errors"]))
        for method in ("project", "natasha"):
            for label in (*LABELS, "all"):
                right, total = acc[method][label]
                norm.rows.append([method, label, right / total if total else 0.0, right, total])
        tables.append(norm)
    return tables
