"""Stage ``meta``: article metadata from the header (title line, dateline)."""
from __future__ import annotations

from typing import Sequence

from .doc import Document
from .stages import stage

MAX_TITLE = 300


def title_of(text: str) -> str | None:
    """The first line, when it reads as a headline (short, not a sentence run)."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if first and len(first) <= MAX_TITLE and "\n" in text.strip():
        return first
    return None


@stage("meta")
def meta(documents: Sequence[Document]) -> None:
    for document in documents:
        if not document.meta.get("title"):
            document.meta["title"] = title_of(document.text)
