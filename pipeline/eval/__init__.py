"""Evaluation against gold data: ``python -m pipeline.eval`` (``make eval``).

Each task has its own module here (``ner``, ``grouping``, ``dates``,
``locations``, ``quotes``) with a ``run(shared: Path) -> list[Table]``; gold
annotations written by this project live in ``gold/`` (offsets, ids and names
only, never other people's texts). Shared corpora are read from ``../shared``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
GOLD = Path(__file__).resolve().parent / "gold"


@dataclass
class Table:
    """One printed table: a title, column names and rows of cells."""

    title: str
    columns: list[str]
    rows: list[list] = field(default_factory=list)
    note: str = ""

    def render(self) -> str:
        cells = [[_fmt(c) for c in row] for row in self.rows]
        widths = [max(len(str(h)), *(len(r[i]) for r in cells)) if cells else len(str(h))
                  for i, h in enumerate(self.columns)]
        line = lambda row: "  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip()
        out = [f"## {self.title}", line(self.columns), line(["-" * w for w in widths])]
        out += [line(r) for r in cells]
        if self.note:
            out.append(self.note)
        return "\n".join(out)


def _fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


@dataclass
class PRF:
    """Precision / recall / F1 from counts."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self) -> list:
        return [self.precision, self.recall, self.f1, self.tp, self.fp, self.fn]


PRF_COLUMNS = ["P", "R", "F1", "tp", "fp", "fn"]


def f1_interval(counts: list[tuple[int, int, int]], resamples: int = 1000, seed: int = 0,
                level: float = 0.95) -> tuple[float, float]:
    """A percentile bootstrap interval of the micro F1 over documents: ``counts``
    holds each document's (tp, fp, fn); the documents are drawn with replacement
    ``resamples`` times (a fixed seed: the same interval on every run). A small
    split measures its texts as much as the system: this says how much."""
    import numpy as np

    if not counts:
        return 0.0, 0.0
    array = np.asarray(counts, dtype=np.int64)
    draws = np.random.default_rng(seed).integers(0, len(array), size=(resamples, len(array)))
    tp, fp, fn = array[draws].sum(axis=1).T
    denominator = 2 * tp + fp + fn
    f1 = np.divide(2 * tp, denominator, out=np.zeros(resamples), where=denominator > 0)
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(f1, [tail, 100 - tail])
    return float(low), float(high)
