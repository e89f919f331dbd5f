"""Stage ``locations``: LOC entities normalized, typed and linked to the
gazetteer (``gazetteer.py``): ``doc.spans["locations"]``, label = kind.

Disambiguation by context: a name that several places share goes to one in a
country the article is about (countries it mentions, the dateline place's
country), then by kind, then to the most populous. A name that ends in a
region word (``область``, ``край``, ...) or a region alias (``Крым``) is looked up as a
region first, also in the plural or elided (``Ярославской и Владимирской
областей``);
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
from .gazetteer import REGION_ALIASES, REGION_SUFFIXES, Place
from .stages import stage

KIND_ORDER = {"country": 0, "city": 1, "region": 2}


GENERIC = ("город", "г.", "село", "деревня", "поселок", "посёлок", "станица", "местечко", "аул", "кишлак")


# plural and elliptic region names: `Владимирской и Ярославской областей`
PLURAL_REGIONS = {"ские области": "ская область", "цкие области": "цкая область", "ские края": "ский край",
                  "ской": "ская область", "цкой": "цкая область"}
DOMINANCE = 100  # a namesake this many times more populous wins over the context


def candidates(name: str) -> list[Place]:
    words = name.split()
    if len(words) > 1 and words[0].lower() in GENERIC:
        name = " ".join(words[1:])
    places = list(gazetteer.lookup(name))
    if not places and "-" in name:  # Алма-Ата / Алма Ата
        places = gazetteer.lookup(name.replace("-", " "))
    if not places:
        places = [p for p in gazetteer.lookup(singular_region(name)) if p.kind == "region"]
    return places


def singular_region(name: str) -> str:
    """``Владимирские области`` → ``Владимирская область``; a lone ``Ярославской`` → ``Ярославская область``."""
    for plural, singular in PLURAL_REGIONS.items():
        if name.endswith(plural) and (" " in plural or " " not in name):
            return name[:-len(plural)] + singular
    return name


def is_region_name(name: str) -> bool:
    words = gazetteer.key(name).split()
    return bool(words) and (words[-1] in REGION_SUFFIXES or gazetteer.key(name) in REGION_ALIASES)


def choose(name: str, places: list[Place], context: Counter) -> Optional[Place]:
    if not places:
        return None
    region_first = is_region_name(name)
    largest = max(p.population for p in places)

    def rank(place: Place):
        kind = 1 + KIND_ORDER.get(place.kind, 3)
        in_context = place.country_code in context and place.population * DOMINANCE >= largest
        return (not (region_first and place.kind == "region"), not in_context, kind, -place.population)

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
