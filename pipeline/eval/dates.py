"""Dates: detection against NEREL dev DATE/TIME spans, value accuracy on our gold.

Detection: gold = outermost NEREL DATE spans (the target), then DATE and TIME spans of ``nerel-1.1/dev``
(a span nested inside another DATE/TIME span is dropped). A hit is either an
exact match of boundaries or any character overlap, matched one-to-one.
Systems: this project (``pipeline.dates.find`` on the raw text), natasha's
``DatesExtractor`` and dateparser's ``search_dates`` (languages=["ru"]).

NEREL train DATE spans: the project only, as a held-out check (the rules were
written looking at dev).

Values: ``gold/dates.jsonl`` (see ``gold/DATES.md``): for each gold mention the
system mention overlapping it must carry exactly the gold ``value``.
"""
from __future__ import annotations

import hashlib
import json
import warnings
from pathlib import Path
from typing import Callable, Iterable

from . import GOLD, PRF, PRF_COLUMNS, Table

LABELS = ("DATE", "TIME")
NEREL_DEV = "data/nerel-1.1/dev"


def nerel_spans(ann: Path, labels: Iterable[str] = LABELS) -> list[tuple[int, int]]:
    """Outermost spans of ``labels`` (discontinuous spans: first start to last end)."""
    spans = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        if not line.startswith("T"):
            continue
        _, info, _ = line.split("\t", 2)
        label, offsets = info.split(" ", 1)
        if label not in labels:
            continue
        parts = [tuple(map(int, p.split())) for p in offsets.split(";")]
        spans.append((parts[0][0], parts[-1][1]))
    spans = sorted(set(spans), key=lambda s: (s[0], -s[1]))
    return [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]


def match(gold: list[tuple[int, int]], pred: list[tuple[int, int]], exact: bool) -> PRF:
    """One-to-one matching: exact boundaries, or any overlap (greedy by text order)."""
    used = set()
    tp = 0
    for g in gold:
        for k, p in enumerate(pred):
            if k in used:
                continue
            if (p == g) if exact else (p[0] < g[1] and g[0] < p[1]):
                used.add(k)
                tp += 1
                break
    return PRF(tp, len(pred) - tp, len(gold) - tp)


def project(text: str) -> list[tuple[int, int]]:
    from ..dates import find
    return [(m.start, m.end) for m in find(text)]


def natasha_system() -> Callable[[str], list[tuple[int, int]]]:
    from natasha import DatesExtractor
    from .. import models
    extractor = DatesExtractor(models.morph_vocab())
    return lambda text: [(m.start, m.stop) for m in extractor(text)]


def dateparser_system() -> Callable[[str], list[tuple[int, int]]]:
    from dateparser.search import search_dates

    def run(text: str) -> list[tuple[int, int]]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(text, languages=["ru"]) or []
        spans, pos = [], 0
        for phrase, _ in found:  # dateparser returns phrases, not offsets: locate them in order
            at = text.find(phrase, pos)
            if at < 0:
                at = text.find(phrase)
            if at >= 0:
                spans.append((at, at + len(phrase)))
                pos = at + len(phrase)
        return spans
    return run


def systems() -> dict[str, Callable]:
    out = {"project": project, "natasha DatesExtractor": natasha_system()}
    try:
        out["dateparser search_dates"] = dateparser_system()
    except ImportError:  # dev extra not installed
        pass
    return out


def detection(shared: Path, labels: tuple[str, ...] = LABELS, split: str = "dev",
              baselines: bool = True) -> Table:
    folder = shared / NEREL_DEV.replace("dev", split)
    docs = [(ann.with_suffix(".txt").read_text(encoding="utf-8"), nerel_spans(ann, labels))
            for ann in sorted(folder.glob("*.ann"))]
    table = Table(f"dates: detection vs NEREL {split} {'+'.join(labels)} ({len(docs)} texts, "
                  f"{sum(len(g) for _, g in docs)} outermost spans)",
                  ["system", "match"] + PRF_COLUMNS)
    for name, system in (systems() if baselines else {"project": project}).items():
        exact, overlap = PRF(), PRF()
        for text, gold in docs:
            pred = sorted(system(text))
            for total, score in ((exact, match(gold, pred, True)), (overlap, match(gold, pred, False))):
                total.tp += score.tp
                total.fp += score.fp
                total.fn += score.fn
        table.rows.append([name, "overlap"] + overlap.row())
        table.rows.append([name, "exact"] + exact.row())
    return table


def gold_values(shared: Path) -> list[dict]:
    """Gold value mentions with their texts read from ../shared (and drift-checked)."""
    items = [json.loads(line) for line in (GOLD / "dates.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    texts: dict[str, str] = {}
    for item in items:
        path = shared / item["file"]
        if item["file"] not in texts:
            texts[item["file"]] = path.read_text(encoding="utf-8")
        text = texts[item["file"]]
        if hashlib.sha256(text.encode()).hexdigest()[:12] != item["sha"]:
            raise ValueError(f"{item['file']}: text changed since the gold was written")
        item["text"] = text
    return items


def value_accuracy(shared: Path) -> tuple[Table, list[dict]]:
    from ..dates import find
    items = gold_values(shared)
    cache: dict[tuple, list] = {}
    right, found, errors = 0, 0, []
    for item in items:
        key = (item["file"], item.get("published_at"))
        if key not in cache:
            cache[key] = find(item["text"], item.get("published_at"))
        hit = next((m for m in cache[key] if m.start < item["end"] and item["start"] < m.end), None)
        found += hit is not None
        if hit is not None and hit.value == item["value"]:
            right += 1
        else:
            errors.append({"file": item["file"], "span": item["text"][item["start"]:item["end"]],
                           "gold": item["value"], "got": hit and hit.value})
    n = len(items)
    table = Table(f"dates: value accuracy on gold/dates.jsonl ({n} mentions, "
                  f"{len({i['file'] for i in items})} texts)",
                  ["system", "mentions", "found", "value right", "accuracy"],
                  [["project", n, found, right, right / n if n else 0.0]])
    return table, errors


def run(shared: Path) -> list[Table]:
    tables = [detection(shared, ("DATE",)), detection(shared)]
    # the rules were written looking at dev; train is the held-out check
    train = detection(shared, ("DATE",), "train", baselines=False)
    train.note = ("rules written looking at NEREL dev errors and the value gold (dev + the first train "
                  "files); the rest of train was not looked at")
    tables.append(train)
    if (GOLD / "dates.jsonl").exists():
        table, errors = value_accuracy(shared)
        if errors:
            table.note = "errors: " + "; ".join(f"{e['span']!r} gold {e['gold']} got {e['got']}"
                                                for e in errors[:15])
        tables.append(table)
    return tables
