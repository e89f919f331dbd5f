"""Locations: normal forms, kinds and gazetteer links on real text."""
from __future__ import annotations

import pytest
from pipeline import gazetteer
from pipeline.locations import choose, candidates
from collections import Counter


def by_normal(record: dict) -> dict:
    return {l["normal"]: l for l in record["locations"]}


def test_seed_places_are_linked(seed_record):
    places = by_normal(seed_record)
    for name, code in (("Таджикистан", "TJ"), ("Казахстан", "KZ")):
        assert places[name]["kind"] == "country" and places[name]["country_code"] == code
        assert places[name]["geonames_id"]
    assert places["Бишкек"]["country_code"] == "KG"
    for city in ("Жанаозен", "Актау", "Алматы"):
        assert places[city]["kind"] == "city" and places[city]["country_code"] == "KZ"
        assert places[city]["geonames_id"] and places[city]["lat"] and places[city]["lon"]
    region = places["Мангистауская область"]
    assert (region["kind"], region["country_code"]) == ("region", "KZ")
    assert {l["text"] for l in seed_record["locations"] if l["normal"] == "Жанаозен"} == {"Жанаозена"}


def test_former_names_and_aliases():
    almaty = choose("Алма-Ата", candidates("Алма-Ата"), Counter())
    assert (almaty.kind, almaty.geonames_id) == ("city", 1526384)
    assert choose("Подмосковье", candidates("Подмосковье"), Counter()).name == "Московская область"
    assert choose("Москва", candidates("Москва"), Counter()).kind == "city"


def test_context_decides_between_namesakes():
    places = candidates("Александрия")
    assert len({p.country_code for p in places}) > 1
    assert choose("Александрия", places, Counter({"EG": 2})).country_code == "EG"
    assert choose("Александрия", places, Counter({"US": 2})).country_code == "US"


def test_unknown_place_keeps_null_ids():
    assert gazetteer.lookup("Нарния") == []


def test_samples_locations_in_their_countries(sample_records):
    record = next(r for r in sample_records if r["id"] == "001_tashkent_water")
    tashkent = [l for l in record["locations"] if l["normal"] == "Ташкент"]
    assert tashkent and all(l["country_code"] == "UZ" and l["kind"] == "city" for l in tashkent)
