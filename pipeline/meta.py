"""Stage ``meta``: article metadata from the header (title line, dateline, byline).

The header is the first few non-empty lines. Recognised datelines:

- 24.kg: ``14:00, 06 января 2022, Бишкек - 24.kg , Татьяна КУДРЯВЦЕВА``
- ТАСС: ``МОСКВА, 6 января. /ТАСС/.``
- РИА Новости: ``МОСКВА, 6 янв — РИА Новости.``
- Интерфакс: ``Москва. 6 января. INTERFAX.RU -``
- a wire dateline opening the lead: ``САНТЬЯГО, 4 марта — Президент Чили …`` (the place in capitals)
- a plain date line: ``6 января 2022`` / ``06.01.2022`` (optionally with a time)
- a byline: ``Автор: Игорь Петров``

Fields already in ``document.meta`` (from JSONL input fields) win. Where the
dateline has no year, the year comes from a ``published_at``/``date`` input field
when there is one; otherwise ``published_at`` is left partial as ``--MM-DD``
(ISO 8601:2000 reduced form without year) rather than an invented year.
Authors' names are re-cased (``КУДРЯВЦЕВА`` → ``Кудрявцева``); bylines carry
names in the nominative already, so no inflection is needed.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from .doc import Document
from .stages import stage

MAX_TITLE = 300
HEADER_LINES = 6

MONTHS = {"янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "мае": 5, "июн": 6,
          "июл": 7, "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12}
_MONTH = r"(?P<month>янв\w*|фев\w*|мар\w*|апр\w*|ма[йяе]|июн\w*|июл\w*|авг\w*|сен\w*|окт\w*|ноя\w*|дек\w*)\.?"
_DATE = rf"(?P<day>\d{{1,2}})\s+{_MONTH}(?:\s+(?P<year>\d{{4}})(?:\s*г(?:ода|\.)?)?)?"
_TIME = r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})"
_PLACE = r"(?P<place>[А-ЯЁ][А-ЯЁа-яё\-]+(?:[ -][А-ЯЁ][А-ЯЁа-яё\-]+)?)"
_DASH = r"\s*[-–—]\s*"

# (case-sensitive: the place in capitals, the month in lower case; not ``Сегодня, 6 марта — …``)
INLINE_DATELINE = re.compile(rf"(?P<place>[А-ЯЁ][А-ЯЁ\-]+(?:[ -][А-ЯЁ][А-ЯЁ\-]+)*),\s*{_DATE}{_DASH}(?=\w)")
DATELINES = [
    # 24.kg: 14:00, 06 января 2022, Бишкек - 24.kg , Татьяна КУДРЯВЦЕВА
    re.compile(rf"^{_TIME},\s*{_DATE},\s*{_PLACE}{_DASH}(?P<outlet>24\.kg)\s*(?:,\s*(?P<authors>.+))?$", re.I),
    # МОСКВА, 6 января. /ТАСС/.
    re.compile(rf"^{_PLACE},\s*{_DATE}\.?\s*/(?P<outlet>ТАСС)/\.?", re.I),
    # МОСКВА, 6 янв — РИА Новости.
    re.compile(rf"^{_PLACE},\s*{_DATE}{_DASH}(?P<outlet>РИА Новости)\.?", re.I),
    # Москва. 6 января. INTERFAX.RU -
    re.compile(rf"^{_PLACE}\.\s*{_DATE}\.\s*(?P<outlet>INTERFAX\.RU)", re.I),
    # САНТЬЯГО, 4 марта — Президент Чили …: a wire dateline opening the lead (its place checked: _dateline)
    INLINE_DATELINE,
    # plain date line, optionally with time
    re.compile(rf"^(?:{_TIME},?\s*)?{_DATE}(?:,?\s*{_TIME.replace('hour', 'hour2').replace('minute', 'minute2')})?\.?$", re.I),
    re.compile(r"^(?P<day>\d{1,2})\.(?P<nmonth>\d{1,2})\.(?P<year>\d{4})(?:,?\s*(?P<hour>\d{1,2}):(?P<minute>\d{2}))?$"),
]
BYLINE = re.compile(r"^(?:Автор|Авторы|Текст)\s*:\s*(?P<authors>.+)$", re.I)
OUTLET_NAMES = {"тасс": "ТАСС", "риа новости": "РИА Новости", "interfax.ru": "Интерфакс", "24.kg": "24.kg"}
_YEAR_FIELD = re.compile(r"^(\d{4})")


@lru_cache(maxsize=8)  # (asked per speech verb by quotes, once by dates, of the same text)
def dateline_span(text: str) -> tuple[int, int] | None:
    """Where the header's dateline stands in ``text`` (character offsets, end exclusive): a dateline
    line, or the part of a lead it opens (``МОСКВА, 6 января. /ТАСС/.``, ``САНТЬЯГО, 4 марта — ``);
    None without one. The dates and quotes stages keep its date and place out of the story."""
    for offset, line in _header(text):
        m = _dateline(line)
        if m is not None:
            return offset, offset + m.end()
    return None


def _header(text: str):
    """(offset, line) of the header's first ``HEADER_LINES`` non-empty lines, stripped."""
    start = n = 0
    while n < HEADER_LINES and start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if line.strip():
            n += 1
            yield start + len(line) - len(line.lstrip()), line.strip()
        start = end + 1


def _dateline(line: str) -> re.Match | None:
    """The dateline ``line`` opens with (a wire dateline's only with a place for its capitals), or None."""
    for pattern in DATELINES:
        m = pattern.match(line)
        if m and (pattern is not INLINE_DATELINE or _place_word(m.group("place"))):
            return m
    return None


def title_of(text: str) -> str | None:
    """The first line, when it reads as a headline (short, not a sentence run);
    whitespace runs (no-break spaces included) become single spaces."""
    first = " ".join(text.lstrip().split("\n", 1)[0].split())
    if first and len(first) <= MAX_TITLE and "\n" in text.strip():
        return first
    return None


def month_number(word: str) -> int | None:
    return MONTHS.get(word.lower()[:3])


def person_case(name: str) -> str:
    """``Татьяна КУДРЯВЦЕВА`` → ``Татьяна Кудрявцева``: all-caps words re-cased, per hyphen part."""
    def word(w: str) -> str:
        if len(w) > 1 and w.isupper():
            return "-".join(p[:1] + p[1:].lower() for p in w.split("-"))
        return w
    return " ".join(word(w) for w in name.split())


def split_authors(value: str) -> list[str]:
    parts = re.split(r"\s*(?:,|;|\sи\s)\s*", value.strip().rstrip("."))
    return [person_case(p) for p in parts if p and re.search(r"[А-ЯЁA-Z]", p)]


PLACE_PARTICLES = frozenset({"на", "над", "де", "ла", "ле", "дель", "да", "дю", "сюр", "ан"})  # Ростов-на-Дону


def place_case(place: str) -> str:
    """``РОСТОВ-НА-ДОНУ`` → ``Ростов-на-Дону``; an abbreviation stays (``США``)."""
    if len(place) <= 4 and place.isupper() and _abbreviation(place):
        return place
    return "-".join(p.lower() if n and p.lower() in PLACE_PARTICLES else p
                    for n, p in enumerate(person_case(place).split("-")))


def _abbreviation(word: str) -> bool:
    from .models import morph_vocab
    return any("Abbr" in p.tag for p in morph_vocab().parse(word.lower()))


def _place_word(place: str) -> bool:
    """A dateline's place in capitals can be one: a place pymorphy3 knows (``ЛИМА``, ``США``) or a
    word it does not know at all (``ГУАНЧЖОУ``); not another word (``СРОЧНО``, ``ФОТО``) nor an
    organisation's abbreviation (``МИД``, ``ЦСКА``)."""
    from .models import morph_vocab
    parses = morph_vocab().parse(place.split()[-1].lower())
    return any("Geox" in p.tag for p in parses) or not any(p.is_known for p in parses)


def parse_header(text: str, year_hint: int | None = None) -> dict:
    """Metadata found in the header lines of ``text``; keys only for what was found."""
    found: dict = {}
    for _, line in _header(text):
        m = _dateline(line) if "published_at" not in found else None
        if m is not None:
            found.update(_from_dateline(m, year_hint))
        b = BYLINE.match(line)
        if b and "authors" not in found:
            found["authors"] = split_authors(b.group("authors"))
    return found


def _from_dateline(m: re.Match, year_hint: int | None) -> dict:
    g = m.groupdict()
    month = int(g["nmonth"]) if g.get("nmonth") else month_number(g["month"])
    day = int(g["day"])
    year = int(g["year"]) if g.get("year") else year_hint
    date = f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
    hour, minute = g.get("hour") or g.get("hour2"), g.get("minute") or g.get("minute2")
    out = {"published_at": f"{date}T{int(hour):02d}:{minute}" if hour and year else date}
    if g.get("place"):
        out["place"] = place_case(g["place"])
    if g.get("outlet"):
        out["outlet"] = OUTLET_NAMES.get(g["outlet"].lower(), g["outlet"])
    if g.get("authors"):
        out["authors"] = split_authors(g["authors"])
    return out


@stage("meta")
def meta(documents: Sequence[Document]) -> None:
    for document in documents:
        given = document.meta
        hint = _YEAR_FIELD.match(str(given.get("published_at") or ""))
        header = parse_header(document.text, int(hint.group(1)) if hint else None)
        if not given.get("title"):
            given["title"] = title_of(document.text)
        for key, value in header.items():
            if not given.get(key):
                given[key] = value
