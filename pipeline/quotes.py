"""Stage ``quotes``: fills ``doc.spans["quotes"]`` (see doc.py for the span extensions)."""
from __future__ import annotations

from typing import Sequence

from .doc import Document
from .stages import stage


@stage("quotes")
def quotes(documents: Sequence[Document]) -> None:
    for document in documents:
        if document.doc is not None:
            document.doc.spans.setdefault("quotes", [])
