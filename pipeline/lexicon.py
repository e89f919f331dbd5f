"""The word lists under ``pipeline/resources/``: one item a line, ``#`` starts
a comment line, blank lines are skipped."""
from __future__ import annotations

import re
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent / "resources"


def lines(path: str) -> list[str]:
    """The items of ``resources/<path>`` (e.g. ``"ner/titles.txt"``), stripped."""
    text = (RESOURCES / path).read_text(encoding="utf-8")
    return [l.strip() for l in text.splitlines() if l.strip() and not l.startswith("#")]


def words(path: str) -> frozenset[str]:
    return frozenset(lines(path))


def pattern(path: str) -> re.Pattern:
    """One regular expression matching any line of the file (each line is one)."""
    return re.compile("|".join(f"(?:{l})" for l in lines(path)))
