"""Stage ``locations``: place mentions normalized, typed and linked to the
gazetteer (``gazetteer.py``): ``doc.spans["locations"]``, label = kind.

Mentions: LOC entities; places the NER misses (inside ORG names, ``мэрия
Москвы``, or anywhere, ``в Мангистауской области``: ``missed``), added when
the gazetteer knows them; demonyms (``таджикские СМИ``: ``demonym_spans``),
``kind: "demonym"`` with the id of their place.

Disambiguation by context: a name that several places share goes to one in a
country the article is about (countries and demonyms it mentions, the
dateline place's country), then by kind (country, city, region), then to the
most populous; a namesake a hundred times more populous than the one in
context (of the same kind) wins (``Париж`` is Paris, France, in an article
about Russia). A name that ends in a region word (``область``, ``край``, ...)
or is a region alias (``Крым``) goes to the region first, also in the plural
or elided (``Ярославской и Владимирской областей``). A generic word before
the name (``город Павия``, ``село Сростки``) is dropped for the lookup.
Unknown places keep null ids; a region word still gives ``kind: "region"``,
a district word (``Советский район``) ``kind: "district"``.
"""
from __future__ import annotations

from collections import Counter
from typing import Optional, Sequence

from spacy.tokens import Span

from . import gazetteer
from .doc import Document, tokens_of
from .gazetteer import REGION_SHORT_NAMES, REGION_SUFFIXES, Place
from .ner import readings
from .norm import normalize_span
from .stages import stage

KIND_ORDER = {"country": 0, "city": 1, "region": 2}
DISTRICT_WORDS = ("район", "микрорайон", "повет", "уезд", "волость")


GENERIC = ("город", "г.", "село", "деревня", "поселок", "посёлок", "станица", "местечко", "аул", "кишлак")


# plural and elliptic region names: `Владимирской и Ярославской областей`
PLURAL_REGIONS = {"ские области": "ская область", "цкие области": "цкая область", "ские края": "ский край",
                  "ской": "ская область", "цкой": "цкая область"}
QUOTES = "«»\"„“”"
MIN_CITY = 100_000  # a missed name that is only a city needs this many people (or a country in context)
DOMINANCE = 100  # a namesake this many times more populous wins over the context
GREAT_CITY = 1_000_000  # a city this populous after ``улица`` is the street's town, not its name
ADJECTIVE_DOMINANCE = 5  # ... over a country only a demonym gives (``Американская певица … в Париже``)


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
    return bool(words) and (words[-1] in REGION_SUFFIXES or gazetteer.key(name) in REGION_SHORT_NAMES)


def is_district_name(name: str) -> bool:
    return any(word in DISTRICT_WORDS for word in gazetteer.key(name).split())


def choose(name: str, places: list[Place], context: Counter, adjectives: Optional[Counter] = None) -> Optional[Place]:
    """The place ``name`` refers to among ``places``: see the module's docstring. ``adjectives``
    are countries only a demonym gives (``Американская певица``): weaker context, which a namesake
    ``ADJECTIVE_DOMINANCE`` times more populous outweighs (Paris, France, not Paris, Texas)."""
    if not places or REGION_SHORT_NAMES.get(gazetteer.key(name), ()) is None:
        return None  # (``на Урале``: a region of no one administrative unit, not a village named Урал)
    region_first = is_region_name(name)
    largest: dict[str, int] = {}
    for place in places:
        largest[place.kind] = max(largest.get(place.kind, 0), place.population)

    def rank(place: Place):
        kind = 1 + KIND_ORDER.get(place.kind, 3)
        in_context = place.country_code in context and place.population * DOMINANCE >= largest[place.kind] \
            or place.country_code in (adjectives or ()) \
            and place.population * ADJECTIVE_DOMINANCE >= largest[place.kind]
        return (not (region_first and place.kind == "region"), not in_context, kind, -place.population)

    return min(places, key=rank)


def countries(spans: list[Span], place_hint: Optional[str]) -> Counter:
    """The countries a document is about: countries its LOC spans name, the dateline place's."""
    context: Counter = Counter()
    for span in spans:
        for place in candidates(span._.normal or span.text):
            if place.kind == "country":
                context[place.country_code] += 1
    if place_hint:
        for place in candidates(place_hint)[:1]:
            context[place.country_code] += 1
    return context


def missed(doc) -> list[Span]:
    """Places the NER left out, as LOC spans with ``_.normal``: inside ORG names
    (``мэрия Москвы``, ``Правительство Мангистауской области``) or anywhere
    outside an entity. Kept only when the gazetteer knows them (see ``known``):
    a capitalized region adjective before a region word (``Мангистауской
    области``), or a capitalized proper noun whose first pymorphy3 reading is a
    place name (Geox), unless it is a one-word quoted name (``«Барселона»``) or
    follows ``имени``."""
    taken = {i for e in doc.ents if e.label_ in ("LOC", "PER") for i in range(e.start, e.end)}
    words = [t for t in tokens_of(doc) if t.i not in taken]
    out, skip = [], set()
    for n, token in enumerate(words):
        if token.i in skip or not token.text[:1].isupper() or not token.is_alpha and "-" not in token.text:
            continue
        after = words[n + 1] if n + 1 < len(words) else None
        if (token.pos_ == "ADJ" and after is not None and after.lemma_ in REGION_SUFFIXES
                and all(doc[j].is_space for j in range(token.i + 1, after.i))):
            span = Span(doc, token.i, after.i + 1, label="LOC")
            skip.add(after.i)
        elif (token.pos_ == "PROPN" and "Geox" in (readings(token.text) or [None])[0].tag
                and not quoted(words, n) and (n == 0 or words[n - 1].lower_ != "имени")):
            span = Span(doc, token.i, token.i + 1, label="LOC")
        else:
            continue
        span._.normal = normalize_span(span)
        out.append(span)
    return out


def quoted(words: list, n: int) -> bool:
    """A one-word name in quotation marks: a club, a band (``«Барселона»``)."""
    return 0 < n < len(words) - 1 and words[n - 1].text in QUOTES and words[n + 1].text in QUOTES


# nouns of places inside a town named after a person or a place (``улице Ленина``, ``Казанского
# вокзала``, ``парке Горького``): NEREL's facilities, no town or country of the gazetteer
# (``набережной Днепра`` is the river's, named like a city: no link; ``набережной Ялты`` loses the town)
STREET_NOUNS = frozenset({"улица", "площадь", "проспект", "переулок", "бульвар", "набережная", "парк", "сквер",
                          "шоссе", "проезд", "аллея"})
# what a place's adjective names after other places (``Казанского вокзала`` in Moscow, ``Варшавское шоссе``,
# ``английскому языку``); not a square or a street, which are often the town's own (``каирская площадь
# Тахрир``), nor ``метро`` (``станции московского метро`` is Moscow's)
NAMED_BY_ADJECTIVE = frozenset({"вокзал", "шоссе", "проспект", "тракт", "язык"})


def _street_name(doc, span: Span, place: Optional[Place]) -> bool:
    """A LOC right after a street's noun in the singular that names the street (``улице Ленина``,
    ``площади Свободы``), not the town it is in: not one in the plural (``на улицах Каира``) or after
    an adjective (``на главной площади Ярославля``), nor a great city (``улица Могадишо``: ``GREAT_CITY``
    people or more), a region or a country (``в парке Квинсленда``)."""
    before = next((t for t in reversed(doc[max(0, span.start - 2):span.start]) if not t.is_space), None)
    return before is not None and before.lemma_ in STREET_NOUNS and before.morph.get("Number") != ["Plur"] \
        and (place is None or place.kind == "city" and place.population < GREAT_CITY) \
        and not (before.i and doc[before.i - 1].pos_ == "ADJ")  # (``на главной площади Ярославля``: the town's)


def _names_a_street(token) -> bool:
    """A demonym that is the name of a street, a station or a language (``Казанского вокзала``,
    ``Варшавское шоссе``, ``английскому языку``)."""
    after = next((t for t in token.doc[token.i + 1:token.i + 3] if not t.is_space), None)
    # (a station's or a road's name is capitalised: ``Казанский вокзал``; ``новосибирского вокзала`` is the town's)
    return after is not None and after.lemma_ in NAMED_BY_ADJECTIVE \
        and (after.lemma_ == "язык" or token.text[0].isupper())


def demonym_spans(doc) -> list[tuple[Span, Place]]:
    """Adjectives of places outside LOC/PER entities (``таджикские СМИ``,
    ``казахстанский``, ``московского театра``, ``Всероссийский`` as ``российский``):
    ``gazetteer.demonym``."""
    taken = {i for e in doc.ents if e.label_ in ("LOC", "PER") for i in range(e.start, e.end)}
    out = []
    for token in tokens_of(doc):
        if token.pos_ != "ADJ":
            continue
        place = gazetteer.demonym(token.lemma_)
        if place is not None and token.i not in taken and not _names_a_street(token):
            span = Span(doc, token.i, token.i + 1, label="demonym")
            span._.normal = token.lemma_
            out.append((span, place))
    return out


def known(span: Span, place: Optional[Place], context: Counter) -> bool:
    """A missed place is added if the gazetteer knows it as a country or region,
    as a city of ``MIN_CITY`` people, or as a city in a country of the article."""
    if place is None:
        return False
    if place.kind in ("country", "region"):
        return True
    return place.population >= MIN_CITY or place.country_code in context


@stage("locations")
def locations(documents: Sequence[Document]) -> None:
    for document in documents:
        doc = document.doc
        if doc is None:
            continue
        ents = [e for e in doc.ents if e.label_ == "LOC"]
        extra = missed(doc)
        demonyms = demonym_spans(doc)
        context = countries(ents, document.meta.get("place"))
        adjectives = Counter(p.country_code for _, p in demonyms if p.kind == "country" and p.country_code
                             and p.country_code not in context)
        linked = [(span, choose(span._.normal or span.text, candidates(span._.normal or span.text), context,
                                adjectives)) for span in ents + extra]
        context.update(adjectives)
        linked = [(s, p) for s, p in linked[:len(ents)] if not _street_name(doc, s, p)] \
            + [(s, p) for s, p in linked[len(ents):] if known(s, p, context)]
        taken = {i for s, _ in linked for i in range(s.start, s.end)}
        linked += [(s, p) for s, p in demonyms if s.start not in taken]
        out = []
        for ent, place in sorted(linked, key=lambda pair: pair[0].start):
            name = ent._.normal or ent.text
            kind = ("demonym" if ent.label_ == "demonym" else place.kind if place
                    else "region" if is_region_name(name) else "district" if is_district_name(name) else "other")
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
