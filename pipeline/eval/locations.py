"""Locations: detection against NEREL dev place spans, linking accuracy on our gold.

Detection: gold = outermost NEREL CITY / COUNTRY / STATE_OR_PROVINCE / DISTRICT /
LOCATION spans of ``nerel-1.1/dev`` (``dates.nerel_spans``), matched one-to-one,
exact boundaries or any overlap (``dates.match``). Systems, same run: the
project's ``locations`` and its LOC entities alone. NEREL marks adjectives
(``российский``) as places too, so demonyms count in its recall.

Linking: ``gold/locations.jsonl`` (see ``gold/LOCATIONS.md``). A gold mention is
correct when the system's location overlapping it (the one with the largest
overlap) carries the gold ``geonames_id`` (resp. ``country_code``, ``kind``); no system
location counts as a null answer, right only where the gold is null. Rows: all
place names (demonyms apart), those with a gold id, demonyms, and both again for the
held-out texts alone (``set: "heldout"``: annotated after the rules were
written, never looked at while tuning). The naive lookup is
given the gold span's surface string and takes the gazetteer's first hit (exact
name, no normal form, no context), so it has perfect detection for free.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Optional, Sequence

from . import GOLD, PRF, PRF_COLUMNS, Table
from .dates import match, nerel_spans

LABELS = ("CITY", "COUNTRY", "STATE_OR_PROVINCE", "DISTRICT", "LOCATION")
NEREL = "data/nerel-1.1"
STAGES = ("segment", "syntax", "entities", "meta", "locations")


def process(texts: Sequence[str], batch: int = 16):
    """The pipeline up to ``locations`` over ``texts``: the Documents."""
    from .. import stages
    from ..doc import Document

    documents = [Document(id=str(i), text=t) for i, t in enumerate(texts)]
    stages.load_all()
    for i in range(0, len(documents), batch):
        for name in STAGES:
            stages.get(name)(documents[i:i + batch])
    return documents


def load_gold(shared: Path) -> list[dict]:
    gold = [json.loads(line) for line in (GOLD / "locations.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    for file in {g["file"] for g in gold}:
        sha = hashlib.sha256((shared / file).read_bytes()).hexdigest()[:12]
        expected = next(g["sha"] for g in gold if g["file"] == file)
        if sha != expected:
            raise ValueError(f"{file} changed since the gold was written (sha {sha} != {expected})")
    return gold


def located(document) -> list[tuple[int, int, Optional[int], Optional[str], str]]:
    return [(s.start_char, s.end_char, s._.geonames_id, s._.country_code, s._.kind)
            for s in document.doc.spans.get("locations", [])]


def overlapping(spans, start: int, end: int):
    best = max(spans, key=lambda s: min(s[1], end) - max(s[0], start), default=None)
    return best if best is not None and min(best[1], end) > max(best[0], start) else None


def naive(surface: str) -> tuple[Optional[int], Optional[str], Optional[str]]:
    from .. import gazetteer

    hits = gazetteer.lookup(surface)
    return (hits[0].geonames_id, hits[0].country_code, hits[0].kind) if hits else (None, None, None)


class Accuracy:
    def __init__(self) -> None:
        self.n = self.ids = self.codes = self.kinds = 0

    def add(self, gold: dict, gid: Optional[int], code: Optional[str], kind: Optional[str]) -> None:
        self.n += 1
        self.ids += gid == gold["geonames_id"]
        self.codes += code == gold["country_code"]
        self.kinds += kind == gold["kind"]

    def row(self) -> list:
        return [self.n] + [count / self.n if self.n else 0.0 for count in (self.ids, self.codes, self.kinds)]


SUBSETS = (("places", lambda g: g["kind"] != "demonym"),
           ("places with an id", lambda g: g["kind"] != "demonym" and g["geonames_id"] is not None),
           ("demonyms", lambda g: g["kind"] == "demonym"),
           ("held-out places", lambda g: g["set"] == "heldout" and g["kind"] != "demonym"),
           ("held-out demonyms", lambda g: g["set"] == "heldout" and g["kind"] == "demonym"))


def linking(shared: Path, documents: dict[str, object]) -> Table:
    """``documents``: processed Documents by gold file path."""
    gold = load_gold(shared)
    texts = {f: (shared / f).read_text(encoding="utf-8") for f in {g["file"] for g in gold}}
    scores = {(system, subset): Accuracy() for system in ("project", "naive lookup") for subset, _ in SUBSETS}
    for g in gold:
        spans = located(documents[g["file"]])
        hit = overlapping(spans, g["start"], g["end"])
        answers = {"project": hit[2:] if hit else (None, None, None),
                   "naive lookup": naive(texts[g["file"]][g["start"]:g["end"]])}
        for subset, keep in SUBSETS:
            if keep(g):
                for system, (gid, code, kind) in answers.items():
                    scores[system, subset].add(g, gid, code, kind)
    table = Table(f"locations: linking on gold/locations.jsonl ({len(gold)} mentions, {len(texts)} NEREL texts)",
                  ["system", "mentions", "n", "geonames_id acc", "country_code acc", "kind acc"])
    for (system, subset), acc in scores.items():
        table.rows.append([system, subset, *acc.row()])
    return table


def detection(shared: Path, documents: list, anns: list[Path]) -> Table:
    golds = [nerel_spans(ann, LABELS) for ann in anns]
    systems = {"project locations": lambda d: [(s[0], s[1]) for s in located(d)],
               "LOC entities alone": lambda d: [(e.start_char, e.end_char) for e in d.doc.ents
                                                if e.label_ == "LOC"]}
    table = Table(f"locations: detection vs NEREL dev {'/'.join(LABELS)} ({len(anns)} texts, "
                  f"{sum(map(len, golds))} outermost spans)", ["system", "match"] + PRF_COLUMNS)
    for name, system in systems.items():
        for label, exact in (("overlap", False), ("exact", True)):
            total = PRF()
            for document, gold in zip(documents, golds):
                score = match(gold, sorted(system(document)), exact)
                total.tp, total.fp, total.fn = total.tp + score.tp, total.fp + score.fp, total.fn + score.fn
            table.rows.append([name, label] + total.row())
    return table


def run(shared: Path) -> list[Table]:
    anns = sorted((shared / NEREL / "dev").glob("*.ann"))
    files = [str(a.with_suffix(".txt").relative_to(shared)) for a in anns]
    extra = sorted({g["file"] for g in load_gold(shared)} - set(files))
    documents = process([(shared / f).read_text(encoding="utf-8") for f in files + extra])
    by_file = dict(zip(files + extra, documents))
    return [detection(shared, documents[:len(anns)], anns), linking(shared, by_file)]
