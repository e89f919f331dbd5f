"""Stage ``locations``: LOC entities normalized, typed and linked to the
gazetteer (``gazetteer.py``): ``doc.spans["locations"]``, label = kind.

Disambiguation by context: a name that several places share goes to one in a
country the article is about (countries it mentions, the dateline place's
country), then by kind, then to the most populous. A name that ends in a
region word (``область``, ``край``, ...) is looked up as a region first;
otherwise a country, then a city, then a region. A generic word before the
name (``город Павия``, ``село Сростки``) is dropped for the lookup. Unknown
places keep null ids; a region word still gives ``kind: "region"``.
"""
from __future__ import annotations

from collections import Counter
from typing import Optional, Sequence

from spacy.tokens import Span

from . import gazetteer
from .doc import Document
from .gazetteer import REGION_SUFFIXES, Place
from .stages import stage

KIND_ORDER = {"country": 0, "city": 1, "region": 2}


GENERIC = ("город", "г.", "село", "деревня", "поселок", "посёлок", "станица", "местечко", "аул", "кишлак")


def candidates(name: str) -> list[Place]:
    words = name.split()
    if len(words) > 1 and words[0].lower() in GENERIC:
        name = " ".join(words[1:])
    places = list(gazetteer.lookup(name))
    if not places and "-" in name:  # Алма-Ата / Алма Ата
        places = gazetteer.lookup(name.replace("-", " "))
    return places


def is_region_name(name: str) -> bool:
    return gazetteer.key(name).split()[-1:] and gazetteer.key(name).split()[-1] in REGION_SUFFIXES


def choose(name: str, places: list[Place], context: Counter) -> Optional[Place]:
    if not places:
        return None
    region_first = is_region_name(name)

    def rank(place: Place):
        kind = 0 if (region_first and place.kind == "region") else 1 + KIND_ORDER.get(place.kind, 3)
        return (place.country_code not in context, kind, -place.population)

    return min(places, key=rank)


def link(spans: list[Span], place_hint: Optional[str]) -> list[tuple[Span, Optional[Place]]]:
    """Each LOC span with its place, countries of the document as context."""
    context: Counter = Counter()
    for span in spans:
        for place in candidates(span._.normal or span.text):
            if place.kind == "country":
                context[place.country_code] += 1
    if place_hint:
        for place in candidates(place_hint)[:1]:
            context[place.country_code] += 1
    return [(span, choose(span._.normal or span.text, candidates(span._.normal or span.text), context))
            for span in spans]


@stage("locations")
def locations(documents: Sequence[Document]) -> None:
    for document in documents:
        doc = document.doc
        if doc is None:
            continue
        spans = [e for e in doc.ents if e.label_ == "LOC"]
        out = []
        for ent, place in link(spans, document.meta.get("place")):
            name = ent._.normal or ent.text
            kind = place.kind if place else ("region" if is_region_name(name) else "other")
            span = Span(doc, ent.start, ent.end, label=kind)
            span._.normal = name
            span._.kind = kind
            if place is not None:
                span._.country_code = place.country_code
                span._.geonames_id = place.geonames_id
                span._.lat = place.lat
                span._.lon = place.lon
            out.append(span)
        doc.spans["locations"] = out
