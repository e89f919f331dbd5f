"""Within-document grouping of entity mentions: every mention gets an
``entity_id``, and the document gets its entity index (id, label, canonical
name, mention count)."""
from __future__ import annotations

from spacy.tokens import Span


def group(ents: list[Span]) -> list[dict]:
    """Assign ``_.entity_id`` to every mention; return the entity index.

    Mentions of one label with the same normal form (case-insensitive) are
    one entity; the canonical name is the longest normal form.
    """
    groups: dict[tuple[str, str], dict] = {}
    for span in ents:
        key = (span.label_, span._.normal.lower().replace("ё", "е"))
        entry = groups.get(key)
        if entry is None:
            entry = groups[key] = {"id": f"E{len(groups) + 1}", "label": span.label_,
                                   "name": span._.normal, "mentions": 0}
        entry["mentions"] += 1
        if len(span._.normal) > len(entry["name"]):
            entry["name"] = span._.normal
        span._.entity_id = entry["id"]
    return list(groups.values())
