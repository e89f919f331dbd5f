"""The article record that moves through the stages, without spaCy: what the
reader makes and the runner's parent process handles. ``doc.py`` adds the
spaCy side (the Doc a stage builds in ``Document.doc``) and re-exports these."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from spacy.tokens import Doc


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def empty_meta() -> dict:
    return {"title": None, "published_at": None, "place": None, "outlet": None,
            "authors": [], "source_fields": {}}


@dataclass
class Document:
    """One article moving through the stages; each stage enriches it in place."""

    id: str
    text: str
    source: str = ""
    meta: dict = field(default_factory=empty_meta)
    doc: Optional[Doc] = None

    @property
    def sha256(self) -> str:
        return sha256(self.text)
