"""Stage ``dates``: every date, time, period and duration, normalized to ISO 8601.

Rules are regular expressions over the text (one pattern per expression class,
see ``RULES``); each match is turned into a :class:`Mention` with

- ``value``: ISO 8601 with reduced precision (``2022``, ``2022-01``,
  ``2022-01-06``, ``2022-01-06T14:00``), intervals ``start/end``, durations
  ``P2Y``; null where an expression is relative and nothing anchors it;
- ``granularity``: ``century|decade|year|season|month|week|day|time|interval|
  duration|relative`` (``relative``: narrative references such as ``на следующий день``);
- ``anchor``: ``"published_at"`` when the value was resolved against the
  article's ``meta.published_at``, ``"text"`` when against a year the text named
  before (``В марте 2019 года … в мае того же года`` → ``2019-05``);
- ``relative``: the meaning of a relative expression (``"-1 day"``,
  ``"-1 year"``, ``"weekday 1"``...), kept whether or not it was resolved.

Overlapping matches: the longest wins. Ages (``Ему было 64 года``) are dropped.
A preceding preposition (``в``, ``с``, ``до``...) is included, as NEREL does; a
day part or weekday beside a date joins it (``утром 6 апреля`` → ``--04-06TMO``).
Day-month dates without a year take the year of ``published_at`` (the year
before when the month is more than one month after it), or stay ``--MM-DD``;
a season or a weekend without a year (``летом``, ``в выходные``) is the last one
begun by ``published_at``. In a sentence whose nearest verb is in the future,
these and weekdays move to their next occurrence (``В марте завод откроют``).
Conventions in detail: ``pipeline/eval/gold/DATES.md``.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable, Optional, Sequence

from .doc import Document
from .meta import dateline_span
from .stages import stage

MONTH_STEMS = {"январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7,
               "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12}
_MONTH_RE = (r"(?:январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|"
             r"август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])(?![а-яё])")  # (not ``3 майоров``)
M = rf"(?P<m>{_MONTH_RE})"
M2 = rf"(?P<m2>{_MONTH_RE})"
Y = r"(?P<y>1[5-9]\d\d|20\d\d)"
YEARWORD = r"(?:\s*(?:годах|годами|годам|годов|годы|год[аеу]?|гг\.|г\.|гг?\b))"
D = r"(?P<d>[0-3]?\d)"
D2 = r"(?P<d2>[0-3]?\d)"
DASH = r"\s*[-–—]\s*"
PREP = r"(?:(?<!\w)(?:в|во|с|со|до|к|ко|на|по|за|от|около|после|начиная\s+с)\s+)"

NUMBERS = {"один": 1, "одного": 1, "одну": 1, "два": 2, "две": 2, "двух": 2, "три": 3, "трёх": 3, "трех": 3,
           "четыре": 4, "четырёх": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7,
           "восемь": 8, "девять": 9, "десять": 10, "десяти": 10, "полтора": 1.5, "полутора": 1.5,
           "несколько": None, "нескольких": None, "много": None, "многих": None, "пару": 2, "пары": 2}
NUM = r"(?P<n>\d+(?:[.,]\d+)?|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")"
UNITS = {"лет": "Y", "год": "Y", "года": "Y", "годы": "Y", "месяц": "M", "месяца": "M", "месяцев": "M",
         "недел": "W", "дн": "D", "день": "D", "сут": "D", "час": "H", "минут": "MIN", "век": "C"}
UNIT = r"(?P<u>лет|год(?:а|ам|ами|ах|у)?|месяц(?:а|ев|у|ам|ами)?|недел(?:ю|и|ь|ям|ями)|дн(?:я|ей|ям|ями|ях)|день|сут(?:ок|ки|кам)|час(?:а|ов|у|ам)?|минут(?:у|ы|ам)?|век(?:а|ов)?)"
WEEKDAYS = {"понедельник": 0, "вторник": 1, "сред": 2, "четверг": 3, "пятниц": 4, "суббот": 5, "воскресень": 6}
WD = r"(?P<wd>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
DAYPARTS = r"(?P<part>утром|днём|днем|вечером|ночью|в\s+полдень|в\s+полночь)"


@dataclass
class Mention:
    start: int
    end: int
    value: Optional[str]
    granularity: str
    anchor: Optional[str] = None
    relative: Optional[str] = None
    story_year: Optional[str] = None  # the value with ``XXXX`` for a year the story named before (``того же года``)


def month_of(word: str) -> int:
    w = word.lower()
    for stem, n in MONTH_STEMS.items():
        if w.startswith(stem):
            return n
    raise ValueError(word)


def roman(s: str) -> int:
    total, prev = 0, 0
    for ch in reversed(s.upper()):
        v = ROMAN[ch]
        total += -v if v < prev else v
        prev = max(prev, v)
    return total


def _yr(g: dict, anchor: Optional[dt.date]) -> tuple[Optional[int], Optional[str]]:
    if g.get("y"):
        return int(g["y"]), None
    if anchor:
        month = month_of(g["m"]) if g.get("m") else None
        # a month clearly after publication is last year's (news reports the past)
        if month and month > anchor.month + 1:
            return anchor.year - 1, "published_at"
        return anchor.year, "published_at"
    return None, None


def _day(y: Optional[int], m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}" if y else f"--{m:02d}-{d:02d}"


def _month(y: Optional[int], m: int) -> str:
    return f"{y:04d}-{m:02d}" if y else f"--{m:02d}"


def _valid(y: Optional[int], m: int, d: int) -> bool:
    try:
        dt.date(y or 2000, m, d)
        return True
    except ValueError:
        return False


# -------------------------------------------------------------- rule actions
# each takes (match groups, anchor date or None) and returns (value, granularity, anchor, relative)

def r_iso(g, a):
    if not _valid(int(g["y"]), int(g["mo"]), int(g["d"])):
        return None
    return _day(int(g["y"]), int(g["mo"]), int(g["d"])), "day", None, None


def r_dmy_numeric(g, a):
    y = int(g["y"]) if len(g["y"]) == 4 else 2000 + int(g["y"])
    if not _valid(y, int(g["mo"]), int(g["d"])):
        return None
    return _day(y, int(g["mo"]), int(g["d"])), "day", None, None


def r_day_range(g, a):
    m2 = month_of(g["m2"])
    m1 = month_of(g["m"]) if g.get("m") else m2
    y, anc = _yr(g, a)
    d1, d2 = int(g["d"]), int(g["d2"])
    if not (_valid(y, m1, d1) and _valid(y, m2, d2)) or (m1 == m2 and d1 >= d2):
        return None
    return f"{_day(y, m1, d1)}/{_day(y, m2, d2)}", "interval", anc, None


def r_date(g, a):
    m = month_of(g["m"])
    y, anc = _yr(g, a)
    d = int(g["d"])
    if not _valid(y, m, d):
        return None
    value = _day(y, m, d)
    if g.get("hh"):
        value += f"T{int(g['hh']):02d}:{g['mm']}"
        return value, "time", anc, None
    return value, "day", anc, None


def r_month_range(g, a):
    y, anc = _yr(g, a)
    return f"{_month(y, month_of(g['m']))}/{_month(y, month_of(g['m2']))}", "interval", anc, None


def r_month(g, a):
    y, anc = _yr(g, a)
    m = month_of(g["m"])
    part = (g.get("part") or "").lower()
    if part.startswith(("начал", "перв")):
        return f"{_day(y, m, 1)}/{_day(y, m, 10)}", "interval", anc, None
    if part.startswith(("конц", "конец", "последн")):
        return f"{_day(y, m, 21)}/{_month(y, m)}-{_last_day(y, m):02d}" if y else _month(y, m), "interval" if y else "month", anc, None
    return _month(y, m), "month", anc, None


def _last_day(y: int, m: int) -> int:
    return ((dt.date(y + (m == 12), m % 12 + 1, 1)) - dt.timedelta(days=1)).day


def r_year_range(g, a):
    y1, y2 = int(g["y"]), g["y2"]
    y2 = int(y2) if len(y2) == 4 else int(str(y1)[:2] + y2)
    if y2 <= y1:
        return None
    return f"{y1}/{y2}", "interval", None, None


def r_year(g, a):
    y = int(g["y"])
    part = (g.get("part") or "").lower()
    if part.startswith(("первые дни", "первых дн")):
        return f"{y}-01-01/{y}-01-10", "interval", None, None
    if part.startswith("первой половин"):
        return f"{y}-01/{y}-06", "interval", None, None
    if part.startswith("второй половин"):
        return f"{y}-07/{y}-12", "interval", None, None
    if part.startswith(("начал", "перв")):
        return f"{y}-01/{y}-03", "interval", None, None
    if part.startswith(("конц", "конец", "последн")):
        return f"{y}-10/{y}-12", "interval", None, None
    if part.startswith(("середин",)):
        return f"{y}-05/{y}-08", "interval", None, None
    return str(y), "year", None, None


SEASONS = {"вес": "SP", "лет": "SU", "осе": "FA", "зим": "WI"}


def r_season(g, a):
    """``весной 2012 года`` → ``2012-SP`` (TIMEX3 season codes)."""
    return f"{g['y']}-{SEASONS[g['season'].lower()[:3]]}", "season", None, None


# the months a season starts and ends in (a winter is the year its January is in)
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def _season_year(code: str, a: dt.date) -> int:
    """The year of the last season ``code`` begun by ``a`` (a winter: the year its January is in)."""
    if code == "WI":
        return a.year + 1 if a.month == 12 else a.year
    return a.year if a.month >= SEASON_MONTHS[code][0] else a.year - 1


def r_season_relative(g, a):
    """``летом``, ``прошлой зимой``, ``этой осенью``: the season of that name last begun by the
    publication date; ``прошл``/``минувш`` the last one ended, ``следующ``/``будущ`` the next one,
    ``эт`` this year's. The stage moves a bare one ahead for a verb in the future (``_ahead``)."""
    code = SEASONS[g["season"].lower()[:3]]
    which = (g.get("which") or "").lower()
    n = -1 if which.startswith(("прошл", "минувш", "прошедш")) else 1 if which.startswith(("следующ", "будущ")) else 0
    rel = f"{n:+d} season {code}" if not which.startswith("эт") else f"this season {code}"
    if a is None:
        return None, "season", None, rel
    year = _season_year(code, a)
    if n == -1 and not _season_ended(code, year, a):
        year -= 1  # ``прошлым летом`` in July: the summer before this one; in January, the last one
    elif n == 1:
        year += 1 if _season_ended(code, year, a) or a.month >= SEASON_MONTHS[code][0] else 0
    elif which.startswith("эт") and code != "WI":
        year = a.year  # ``этой весной`` in January: this year's
    return f"{year:04d}-{code}", "season", "published_at", rel


def _season_ended(code: str, year: int, a: dt.date) -> bool:
    """The season ``code`` of ``year`` (a winter: the one its January is in) ended before ``a``."""
    last = SEASON_MONTHS[code][1]
    return dt.date(year + (last == 12), last % 12 + 1, 1) <= a


def r_weekend(g, a):
    """``в выходные``, ``на прошлых выходных``, ``в эти выходные``: the weekend last begun by the
    publication date (``прошл``/``минувш`` too), ``следующ``/``ближайш`` the next; ISO ``2022-W01-WE``.
    The stage moves a bare one ahead for a verb in the future (``_ahead``)."""
    which = (g.get("which") or "").lower()
    n = 1 if which.startswith(("следующ", "ближайш", "будущ")) or (which.startswith("эт") and a is not None
                                                                      and a.weekday() < 5) else 0
    rel = f"{n:+d} weekend"
    if a is None:
        return None, "week", None, rel
    saturday = a - dt.timedelta(days=(a.weekday() - 5) % 7) + dt.timedelta(weeks=n)
    if which.startswith(("прошл", "минувш", "прошедш")) and a.weekday() >= 5:
        saturday -= dt.timedelta(weeks=1)  # (on a Sunday, ``на прошлых выходных`` is the weekend before)
    year, week, _ = saturday.isocalendar()
    return f"{year}-W{week:02d}-WE", "week", "published_at", rel


def r_compound(g, a):
    return f"P{int(g['n'])}Y{int(g['n2'])}M", "duration", None, None


def r_decade(g, a):
    """``в 1990-х``, ``90-е годы`` (two digits: the 1900s, ``00-х`` the 2000s) → ``199``; a part
    before it (``в начале 90-х``) is in the span but not in the value (gold/DATES.md)."""
    y = int(g["y"]) if g.get("y") else int(g["yy"]) + (2000 if g["yy"] == "00" else 1900)
    if y % 10:
        return None
    return f"{y // 10:03d}", "decade", None, None


def r_decade_short(g, a):
    return r_decade({"yy": g.get("yy") or g.get("yy2")}, a)


def r_century(g, a):
    c = roman(g["c"]) if not g["c"].isdigit() else int(g["c"])
    if not 1 <= c <= 21:
        return None
    return f"{c - 1:02d}", "century", None, None


def r_time(g, a):
    hh, mm = int(g["hh"]), int(g["mm"])
    if hh > 23 or mm > 59:
        return None
    return f"T{hh:02d}:{mm:02d}", "time", None, None


HOUR_WORDS = {"час": 1, "часа": 1, "два": 2, "двух": 2, "три": 3, "трёх": 3, "трех": 3, "четыре": 4,
              "четырёх": 4, "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7,
              "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
              "одиннадцать": 11, "одиннадцати": 11, "двенадцать": 12, "двенадцати": 12}
HOUR = r"(?P<h>[012]?\d|" + "|".join(sorted(HOUR_WORDS, key=len, reverse=True)) + ")"
CLOCK_PREP = r"(?<!\w)(?:в|около|примерно\s+в|к|до|после|с)\s+"

# a day part after an hour: ``в 9 утра`` → 09:00, ``в 3 часа дня`` → 15:00, ``в 11 ночи`` → 23:00
CLOCK_PARTS = {"утра": (0, 11), "дня": (12, 6), "вечера": (12, 11), "ночи": (0, 5)}


def r_clock(g, a):
    """A clock time in words or with a full stop: ``в 9 утра``, ``около пяти часов вечера``,
    ``в 16 часов 25 минут``, ``в 12.00`` (``T09:00``, ``T17:00``, ``T16:25``, ``T12:00``)."""
    word = g["h"].lower()
    hh = HOUR_WORDS[word] if word in HOUR_WORDS else int(word)
    mm = int(g.get("mi") or g.get("mi2") or 0)
    part = (g.get("dp") or g.get("dp2") or "").lower()
    if part:
        add, upto = CLOCK_PARTS[part]
        if hh == 12 and part == "ночи":
            hh = 0
        elif 1 <= hh <= upto and add:
            hh += add
        elif part == "ночи" and 9 <= hh <= 11:
            hh += 12  # ``в 11 ночи``
        elif hh > 12 and part in ("утра", "ночи"):
            return None  # ``в 17 утра``: no time
    if hh > 23 or mm > 59:
        return None
    return f"T{hh:02d}:{mm:02d}", "time", None, None


def r_daypart(g, a):
    part = re.sub(r"\s+", " ", g["part"].lower()).replace("днём", "днем")
    code = {"утром": "MO", "днем": "AF", "вечером": "EV", "ночью": "NI", "в полдень": "12:00", "в полночь": "00:00"}[part]
    return f"T{code}", "time", None, None


REL_DAYS = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}


def _shift(a: dt.date, n: int, unit: str) -> tuple[str, str]:
    if unit == "day":
        return (a + dt.timedelta(days=n)).isoformat(), "day"
    if unit == "week":
        monday = a - dt.timedelta(days=a.weekday()) + dt.timedelta(weeks=n)
        return f"{monday.isocalendar()[0]}-W{monday.isocalendar()[1]:02d}", "week"
    if unit == "month":
        k = a.year * 12 + a.month - 1 + n
        return f"{k // 12:04d}-{k % 12 + 1:02d}", "month"
    return f"{a.year + n:04d}", "year"


def r_relday(g, a):
    n = REL_DAYS[g["rel"].lower()]
    rel = f"{n:+d} day"
    if a is None:
        return None, "day", None, rel
    return _shift(a, n, "day")[0], "day", "published_at", rel


def r_relperiod(g, a):
    which = g["which"].lower()
    n = -2 if which.startswith("позапрошл") else -1 if which.startswith(("прошл", "минувш")) \
        else 1 if which.startswith(("следующ", "будущ")) else 0
    unit = {"год": "year", "мес": "month", "нед": "week"}[g["unit"].lower()[:3]]
    rel = f"{n:+d} {unit}"
    if a is None:
        return None, unit, None, rel
    value, gran = _shift(a, n, unit)
    return value, gran, "published_at", rel


def r_weekday(g, a):
    wd = next(n for stem, n in WEEKDAYS.items() if g["wd"].lower().startswith(stem))
    rel = f"weekday {wd + 1}"
    if a is None:
        return None, "day", None, rel
    back = (a.weekday() - wd) % 7  # news reports the most recent such day (or today; the stage moves
    # it a week on for a verb in the future: ``_ahead``)
    return (a - dt.timedelta(days=back)).isoformat(), "day", "published_at", rel


def _amount(word: str) -> Optional[float]:
    w = word.lower()
    if w in NUMBERS:
        return NUMBERS[w]
    return float(w.replace(",", "."))


def _unit_code(u: str) -> str:
    u = u.lower()
    for stem, code in UNITS.items():
        if u.startswith(stem):
            return code
    return "D"


def _duration(n: Optional[float], code: str) -> Optional[str]:
    if n is None:
        return None
    num = f"{n:g}"
    if code == "H":
        return f"PT{num}H"
    if code == "MIN":
        return f"PT{num}M"
    if code == "C":
        return f"P{n * 100:g}Y"
    return f"P{num}{code}"


def r_shift(g, a):
    """``через два дня`` (+), ``три дня назад`` (−)."""
    n = _amount(g["n"])
    code = _unit_code(g["u"])
    unit = {"Y": "year", "M": "month", "W": "week", "D": "day"}.get(code)
    sign = -1 if g.get("ago") else 1
    rel = f"{sign * n:+g} {unit}" if n is not None and unit else f"{'-' if sign < 0 else '+'}{_duration(n, code) or 'P' + code}"
    if a is None or n is None or unit is None or n != int(n):
        return None, unit or "duration", None, rel
    value, gran = _shift(a, sign * int(n), unit)
    return value, gran, "published_at", rel


def r_duration(g, a):
    code = _unit_code(g["u"])
    return _duration(_amount(g["n"]), code), "duration", None, None


BARE_UNIT = r"год|года|лет|месяц|месяца|месяцев|неделю|недели|недель|день|дня|дней|сутки|суток|десятилети[яей]|десятилетий|час|часа|часов|полвека|век|века|веков"
_BARE_CODE = {"дес": "P10Y", "пол": "P50Y", "век": "P100Y"}


def r_span_of(g, a):
    """``за неделю``, ``в течение десятилетий``, ``на протяжении месяца``: an unquantified duration."""
    u = g["u"].lower()
    code = _BARE_CODE.get(u[:3]) or _duration(1, _unit_code(u))
    plural = u.endswith(("ий", "ий", "ев", "ей", "ов", "лет", "недель"))
    return (None if plural else code), "duration", None, None


def r_shift_one(g, a):
    return r_shift({"n": "1", "u": g["unit"] or g["unit2"], "ago": g.get("ago")}, a)


# relative to a time the story itself sets (not the publication): value stays null
NARRATIVE = {"на следующий день": "+1 day (narrative)", "на следующей неделе": "+1 week (narrative)",
             "в том же году": "same year (narrative)", "в этом же году": "same year (narrative)",
             "годом позже": "+1 year (narrative)", "годом ранее": "-1 year (narrative)",
             "в тот же день": "same day (narrative)", "в тот день": "same day (narrative)"}
# the time of writing: resolved to the publication date
PRESENT = {"в настоящее время": "0 day", "в настоящий момент": "0 day", "на сегодняшний день": "0 day",
           "на данный момент": "0 day", "в текущем году": "0 year", "этого года": "0 year",
           "в этом году": "0 year", "на днях": "-P7D/0 day", "недавно": "-P30D/0 day"}


def r_narrative(g, a):
    rel = NARRATIVE[re.sub(r"\s+", " ", g["ref"].lower())]
    return None, "relative", None, rel, "XXXX" if rel == SAME_YEAR else None


SAME_YEAR = "same year (narrative)"
# a year named by a word after a day, a month or a season without a year of its own: ``в мае прошлого
# года``, ``5 мая текущего года`` (one mention, as NEREL draws it), ``осенью того же года`` (the year the
# story last named: ``_story_years``)
YEAR_WORD = (r"(?P<which_year>позапрошлого|прошлого|минувшего|прошедшего|этого\s+же|этого|текущего|нынешнего"
             r"|следующего|будущего|того\s+же|того\s+самого|того)\s+года(?!\w)")
YEAR_OF = rf"\s+{YEAR_WORD}"
_YEAR_OF = re.compile(YEAR_OF)
YEAR_OFFSETS = {"позапрошлого": -2, "прошлого": -1, "минувшего": -1, "прошедшего": -1, "этого": 0, "текущего": 0,
                "нынешнего": 0, "следующего": 1, "будущего": 1}  # the rest (того, этого же): the story's
# the rules whose year-less matches take that year (their values ``--MM``, ``--MM-DD`` and ranges of them)
YEAR_OF_RULES = frozenset({"day_range", "date", "month_range", "month"})


def _with_year(fn: Callable, groups: dict, which: str, anchor: Optional[dt.date]):
    """A rule's result for a match the year word ``which`` follows: resolved against the publication
    date; the story's year (``того же``) left as ``XXXX`` in a template for ``_story_years``; with
    neither, year-less (``--05``, ``--10/--12``) or null."""
    offset = YEAR_OFFSETS.get(which.lower())  # (None for the story's year: ``того же``)
    if offset is not None and anchor is not None:
        result = fn(dict(groups, y=str(anchor.year + offset)), anchor)
        return None if result is None else (*result[:2], "published_at", f"{offset:+d} year")
    result = fn(dict(groups, y="2000"), None)  # (a leap year: ``29 февраля того же года``)
    if result is None:
        return None
    template = re.sub(r"(^|/)2000", r"\1XXXX", result[0])
    yearless = template.replace("XXXX-", "--") if re.match(r"XXXX-\d", template) else None
    if offset is None:
        return yearless, result[1], None, SAME_YEAR, template
    return yearless, result[1], None, f"{offset:+d} year"


def r_year_part_of(g, a):
    """``в конце прошлого года``, ``в начале того же года``: a part of the year a word names."""
    return _with_year(r_year, g, g["which_year"], a)


def r_season_year_of(g, a):
    """``осенью прошлого года`` against the publication date, ``осенью того же года`` the story's year."""
    return _with_year(r_season, g, g["which_year"], a)


def r_present(g, a):
    rel = PRESENT[re.sub(r"\s+", " ", g["ref"].lower())]
    if a is None:
        return None, "relative", None, rel
    if rel == "0 year":
        return f"{a.year:04d}", "year", "published_at", rel
    if rel.startswith("-P"):
        days = int(rel[2:rel.index("D")])
        return f"{(a - dt.timedelta(days=days)).isoformat()}/{a.isoformat()}", "interval", "published_at", rel
    return a.isoformat(), "day", "published_at", rel


# measures a number after ``в`` may count: ``в 2000 метрах``, ``в 1700 гектаров`` are no years
MEASURES = (r"(?:кило)?метр(?:а|ов|ах|ами|ы)?\b|гектар|га\b|тонн|кг\b|килограмм|кв\b|квадратн|штук|экземпляр"
            r"|раз\b|раза\b")  # (not ``в 2019 метростроевцы``, ``в 2014 т. н.``)
# a part of a decade, before it: ``в начале 90-х``, ``с середины 1990-х``, ``во второй половине 1950-х``
DECADE_PART = (r"(?:(?P<part>начал[аео]|конц[еа]|конец|середин[аеуы]|перв(?:ой|ая|ую)\s+половин[аеуы]"
               r"|втор(?:ой|ая|ую)\s+половин[аеуы])\s+)")
YEAR_PART = r"(?:(?P<part>начал[ео]|конц[еа]|конец|середин[еуы]|перв(?:ые|ых)\s+дн(?:и|ях|ей)|первой\s+половин[еы]|второй\s+половин[еы]|последние\s+дни)\s+)"

Rule = tuple[str, "re.Pattern[str]", Callable]
RULES: list[Rule] = [(name, re.compile(p, re.I), fn) for name, p, fn in [
    ("iso", r"\b(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)(?:[T ](?P<hh>\d\d):(?P<mm>\d\d))?\b", r_iso),
    ("numeric", r"\b(?P<d>[0-3]?\d)\.(?P<mo>[01]?\d)\.(?P<y>\d{4}|\d\d)\b(?:\s*г\.)?", r_dmy_numeric),
    ("day_range", rf"(?:с\s+)?\b{D}(?:\s+{M})?(?:{DASH}|\s+(?:по|до|и)\s+){D2}\s+{M2}(?:\s+{Y}{YEARWORD}?)?", r_day_range),
    ("date", rf"\b{D}\s+{M}(?:\s+{Y}{YEARWORD}?)?(?:\s*(?:,|в)?\s*(?P<hh>[0-2]?\d)[:.](?P<mm>[0-5]\d)\b)?", r_date),
    ("month_range", rf"\b{M}{DASH}{M2}(?:\s+{Y}{YEARWORD}?)?", r_month_range),
    ("month", rf"\b{YEAR_PART}?{M}(?:\s+{Y}{YEARWORD}?)?(?!\w)", r_month),
    ("year_span", rf"\bс\s+{Y}{YEARWORD}?\s+(?:по|до)\s+(?P<y2>\d{{4}}){YEARWORD}?", r_year_range),
    ("season", rf"\b(?P<season>весной|летом|осенью|зимой|весна|лето|осень|зима)\s+{Y}{YEARWORD}?", r_season),
    ("season_year_of", rf"\b(?P<season>весной|летом|осенью|зимой){YEAR_OF}", r_season_year_of),
    ("year_part_of", rf"\b{YEAR_PART}{YEAR_WORD}", r_year_part_of),
    ("compound_duration", r"\b(?P<n>\d+)\s+(?P<u>год|года|лет)\s+(?P<n2>\d+)\s+(?P<u2>месяц\w*)", r_compound),
    ("year_paren", rf"(?<=\(){Y}(?=\))", r_year),
    ("year_tag", rf"(?<=[А-ЯЁA-Z][-‑]){Y}\b", r_year),
    ("year_range", rf"\b{Y}{DASH}(?P<y2>\d{{4}}|\d\d)(?:-?х)?{YEARWORD}", r_year_range),
    ("decade", rf"\b{DECADE_PART}?{Y}-?(?:х|е|ые|ых|ми)\b(?:{YEARWORD})?", r_decade),
    # (two digits only after a preposition or a part, or before ``годы``, and not before a counted noun:
    # not ``30-е числа``, ``на 10-е место``, ``в 10-х классах``, ``в 30-е сутки``)
    # (a preposition matched, not looked behind for: a lookbehind tried at every character costs twice as much;
    # the stage takes the preposition into the span all the same)
    ("decade_short", rf"(?:\b(?:[вВсСкК]|во|до|от)\s|{DECADE_PART})"
                     rf"(?P<yy>[1-9]0|00)-?(?:х|е|ые|ых)\b(?:{YEARWORD})?(?!\s+(?:[а-яё]+(?:ах|ях|ов|ам|ям|ами|ями)"
                     r"|сутки|суток|чисел|числ\w*|мест\w*|номер\w*|строк\w*|ряд\w*|минут\w*|секунд\w*|класс\w*|этаж\w*)\b)"
                     rf"|\b(?P<yy2>[1-9]0)-?(?:е|ые|х|ых){YEARWORD}", r_decade_short),
    ("century", r"\b(?P<c>[IVXL]{1,5}|\d{1,2})\s+(?:век[аеу]?|веков|вв?\.)(?!\w)", r_century),
    ("year", rf"\b{YEAR_PART}?{Y}{YEARWORD}", r_year),
    ("year_bare", rf"(?<=\b[вВ]\s){Y}\b(?![-–.,]?\d)(?!\s*(?:г\b|%|тыс|млн|млрд|руб|долл|евро|человек|км|м\b|{MEASURES}))", r_year),
    # (not a score or a ratio: ``со счётом 21:15``, ``в пропорции 1:10``)
    ("time", r"(?<!счётом\s)(?<!счетом\s)(?<!пропорции\s)(?<![\d.:])(?P<hh>[0-2]?\d)[:](?P<mm>[0-5]\d)(?![\d:])", r_time),
    # (``дня`` only after ``час``: ``на три дня``, ``в два дня`` are days)
    ("clock_words", rf"{CLOCK_PREP}{HOUR}(?:(?:\s+час(?:а|ов)?)?(?:\s+(?P<mi>[0-5]?\d)\s+минут\w*)?"
                    r"\s+(?P<dp>утра|вечера|ночи)"
                    r"|\s+час(?:а|ов)?(?:\s+(?P<mi2>[0-5]?\d)\s+минут\w*)?\s+(?P<dp2>дня))(?!\w)", r_clock),
    # (an hour without a day part after ``в`` or ``к`` only: ``около 5 часов`` is as often a duration)
    ("clock_hours", r"(?<!опозданием )(?<!задержкой )(?<!разница )(?<!разницей )(?<!разницы )(?<!отставанием )"
                    r"(?<!\w)(?:в|к)\s+(?P<h>[01]?\d|2[0-3])\s+час(?:а|ов)(?:\s+(?P<mi>[0-5]?\d)\s+минут\w*)?"
                    r"(?!\w)(?!\s+(?:езды|пути|ходьбы|лёта|лета|полёта|полета|от)\b)", r_clock),
    ("clock_dotted", rf"{CLOCK_PREP}(?P<h>[01]?\d|2[0-3])\.(?P<mi>[0-5]\d)(?![\d,]|\.\d)"
                     r"(?!\s*(?:%|раз|млн|млрд|трлн|милли|трилли|тыс|процент|руб|долл|евро|балл|очк|км|м\b|кг"
                     r"|т\b|г\b|мм|см|л\b"
                     r"|метр|сантиметр|килограмм|грамм|секунд|градус|литр|тонн|пункт))"
                     r"(?![^\n!?]{0,25}?(?:%|процент|пункт))", r_clock),  # (``с 7.50 до 7.25 процента``)
    ("daypart", rf"\b{DAYPARTS}(?!\w)", r_daypart),
    ("relday", r"\b(?P<rel>позавчера|вчера|сегодня|завтра|послезавтра)\b", r_relday),
    ("season_relative", r"\b(?:(?P<which>прошл\w+|минувш\w+|прошедш\w+|эт\w+|следующ\w+|будущ\w+)\s+"
                        r"|(?<!\bтем\s)(?<!\bтой\s)(?<!\bтом\s))"
                        r"(?P<season>весной|летом|осенью|зимой)(?!\s+(?:\d|прошл|позапрошл|эт"
                        r"|следующ|будущ|минувш|текущ|того|нынешн|и\s+(?:весной|летом|осенью|зимой)))",
                        r_season_relative),
    ("weekend", r"(?<!\w)(?:(?:в|на)\s+(?P<which>прошл\w+|минувш\w+|прошедш\w+|эти|этих|следующ\w+|ближайш\w+"
                r"|будущ\w+)\s+выходн(?:ые|ых)|в\s+выходные|на\s+выходных)\b(?!\s+(?:дн|день))", r_weekend),
    ("relperiod", r"\b(?P<which>позапрошл\w+|прошл\w+|минувш\w+|этом|эту|этой|текущ\w+|следующ\w+|будущ\w+)\s+(?P<unit>год\w*|месяц\w*|недел\w+)", r_relperiod),
    ("weekday", rf"\b{WD}\b", r_weekday),
    ("shift_ahead", rf"\bчерез\s+{NUM}\s+{UNIT}(?!\w)", r_shift),
    ("shift_ago", rf"\b{NUM}\s+{UNIT}\s+(?P<ago>назад)\b", r_shift),
    # NEREL marks the "19" of COVID-19 as a DATE (the year 2019)
    ("covid", r"(?<=(?:COVID|Covid|covid|КОВИД|Ковид|ковид)[-‑])19\b", lambda g, a: ("2019", "year", None, None)),
    ("span_of", rf"\b(?P<pre>за|в\s+течение|на\s+протяжении|около|примерно|более|больше|почти|спустя)\s+(?:(?:последн|ближайш)\w+\s+)?(?P<u>{BARE_UNIT})(?!\w)", r_span_of),
    ("shift_one", r"\b(?:через\s+(?P<unit>год|месяц|неделю|день)|(?P<unit2>год|месяц|неделю|день)\s+(?P<ago>назад))(?!\w)", r_shift_one),
    ("narrative", rf"\b(?P<ref>{'|'.join(NARRATIVE)})(?!\w)", r_narrative),
    ("present", rf"\b(?P<ref>{'|'.join(PRESENT)})(?!\w)", r_present),
    # ages ("в 55 лет", "до 60 лет", "в возрасте 30 лет") are not dates: NEREL marks them AGE
    # the word boundary first: the look-behinds run at word starts only
    ("duration", rf"\b(?<!\bв\s)(?<!\bдо\s)(?<!\bот\s)(?<!старше\s)(?<!возрасте\s){NUM}\s+{UNIT}(?!\w)", r_duration),
]]
_LEADING_PREP = re.compile(rf"{PREP}$", re.I)


def _lowercased(pattern: str) -> str:
    if re.search(r"\\[A-Z]", pattern):  # \S, \W, \D, \B would change meaning
        raise ValueError(f"no case-sensitive escapes in date rules: {pattern}")
    return re.sub(r"\(\?p([<=])", r"(?P\1", pattern.lower())  # group names are lowercase already


# The same rules, case-sensitive, for the lowercased text: what IGNORECASE
# does, at about half the cost (sre compares case-folded characters one by
# one and skips no text under it). Equivalent where lowercasing keeps every
# offset and no character has a case-insensitive twin outside plain Latin
# and Cyrillic (``ſ``, ``ı``, the old Cyrillic ``ᲀ``...: re._casefix).
LOWER_RULES: list["re.Pattern[str]"] = [re.compile(_lowercased(pattern.pattern)) for _, pattern, _ in RULES]
try:
    from re._casefix import _EXTRA_CASES  # sre's case-insensitive twins (CPython 3.11+)

    _FOLD_TWINS = re.compile("[" + re.escape("".join(sorted(
        {chr(c) for k, v in _EXTRA_CASES.items() for c in (k, *v)}
        - set("abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюя")))) + "]")
except ImportError:  # not knowing the twins, every text is scanned with IGNORECASE
    _FOLD_TWINS = re.compile(r"[\s\S]")


def _scans(text: str) -> tuple[str, list["re.Pattern[str]"]]:
    """The text each rule scans and the rules' patterns for it."""
    lowered = text.lower()
    if len(lowered) == len(text) and not _FOLD_TWINS.search(text):
        return lowered, LOWER_RULES
    return text, [pattern for _, pattern, _ in RULES]


def find(text: str, published_at: Optional[str] = None) -> list[Mention]:
    """All date mentions of ``text``, non-overlapping, in text order."""
    anchor = _anchor(published_at)
    found: list[tuple[int, int, int, tuple]] = []
    subject, patterns = _scans(text)
    for rank, ((name, _, fn), pattern) in enumerate(zip(RULES, patterns)):
        for m in pattern.finditer(subject):
            # the groups as written in the text, not lowercased
            groups = m.groupdict() if subject is text else {
                g: None if m.start(g) < 0 else text[m.start(g):m.end(g)] for g in pattern.groupindex}
            end = m.end()
            year = _YEAR_OF.match(subject, end) if name in YEAR_OF_RULES and not groups.get("y") else None
            if year is not None:  # (``в мае прошлого года``, ``в мае того же года``: the year it names)
                result = _with_year(fn, groups, text[year.start("which_year"):year.end("which_year")], anchor)
                end = year.end()
            else:
                result = fn(groups, anchor)
            if result is None:
                continue
            found.append((m.start(), end, rank, result))
    found = [f for f in found if not _is_age(text, f)]
    found.sort(key=lambda f: (-(f[1] - f[0]), f[2], f[0]))
    taken: list[tuple[int, int]] = []
    out: list[Mention] = []
    for start, end, _, result in found:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        start = _with_preposition(text, start)
        out.append(Mention(start, end, *result))
    out.sort(key=lambda x: x.start)
    if any(m.story_year is not None for m in out):
        _story_years(out, text, dateline_span(text))
    return _join(text, out)


_POINT = re.compile(r"(\d{4})(?:-\d\d(?:-\d\d)?(?:T[\w:]+)?|-(?:SP|SU|FA|WI))?")


# the words of a relative year the story names (not ``через два года``, ``год назад``)
YEAR_NAMED = re.compile(r"(?i)позапрошл|прошл|минувш|прошедш|(?<!\w)эт|текущ|нынешн|следующ|будущ")


def _story_years(mentions: list[Mention], text: str, dateline: Optional[tuple[int, int]]) -> None:
    """``того же года``, ``в том же году``: the year of the last date before that names one, its own
    or a relative one (``В марте 2019 года``, ``в прошлом году``): ``… в мае того же года`` →
    ``2019-05``, ``anchor: "text"``. Not when that date spans years or none came before, nor into a day
    the year has not (the value stays year-less, ``--05``, or null)."""
    year = None
    for m in mentions:
        if dateline is not None and dateline[0] <= m.start < dateline[1]:
            continue  # (the publication's dateline is no year the story named)
        if m.story_year is not None:
            value = None if year is None else m.story_year.replace("XXXX", year)
            if value is not None and all(_real_day(v) for v in value.split("/")):
                m.value, m.anchor = value, "text"
                if m.granularity == "relative":
                    m.granularity = "year"
            continue
        if not m.value or m.granularity == "duration" or m.anchor is not None and not (
                (m.relative or "").endswith(" year") and YEAR_NAMED.search(text, m.start, m.end)):
            continue  # (a year a word names, ``в прошлом году``; not a shift, ``через два года``)
        points = [_POINT.fullmatch(v) for v in m.value.split("/")]
        if all(points):
            years = {p.group(1) for p in points}
            year = years.pop() if len(years) == 1 else None


def _real_day(value: str) -> bool:
    """``2019-02-29`` is no day; values without a day are always real."""
    try:
        return len(value) < 10 or bool(dt.date.fromisoformat(value[:10]))
    except ValueError:
        return False


_AGE_BEFORE = re.compile(r"(?:\b(?:было|будет|ему|ей|им|исполнил\w*|исполнит\w*|возрасте)|\b[А-ЯЁ][а-яё]+(?:у|ой|е))\s*$")


def _is_age(text: str, found: tuple) -> bool:
    """``Ему было 64 года``, ``Кандидату 68 лет``: years of age, not a duration."""
    start, _, _, (value, granularity, *_) = found
    return (granularity == "duration" and bool(value) and value.endswith("Y")
            and bool(_AGE_BEFORE.search(text[max(0, start - 20):start])))


_GLUE = re.compile(r"^[\s,]*(?:в\s+)?$")


def _join(text: str, mentions: list[Mention]) -> list[Mention]:
    """A day part, a clock time or a weekday next to a date is one mention: ``утром 6 апреля``,
    ``в понедельник, 27 апреля 2020 года``, ``в пятницу вечером``, ``вчера в 9 утра``,
    ``около 8 часов утра 14 февраля`` (but a dateline's ``14:00, 06 января 2022`` is two)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        glued = prev is not None and _GLUE.match(text[prev.end:m.start])
        if glued and _joinable(prev, m) and not (_kind(prev) == "clock" and "," in text[prev.end:m.start]):
            out[-1] = _merge(prev, m)
        elif glued and _is_clock(prev) and _kind(m) == "date" and m.value and "T" not in m.value and m.value[0].isdigit():
            # a dateline ``14:00, 06 января 2022``: two mentions, the time takes the day
            out[-1] = Mention(prev.start, prev.end, m.value + prev.value, prev.granularity, m.anchor, prev.relative)
            out.append(m)
        else:
            out.append(m)
    return out


def _is_clock(m: Mention) -> bool:
    return m.granularity == "time" and bool(m.value) and m.value.startswith("T") and m.value[1].isdigit()


def _kind(m: Mention) -> str:
    if _is_clock(m):
        return "clock"
    if m.granularity == "time" and m.value and m.value.startswith("T") and not m.value[1].isdigit():
        return "part"  # a day part (утром); a clock time before a date is a dateline, not joined
    if m.relative and m.relative.startswith("weekday"):
        return "weekday"
    if m.granularity in ("day", "time"):
        return "date"
    return "other"


def _joinable(a: Mention, b: Mention) -> bool:
    kinds = {_kind(a), _kind(b)}
    return kinds in ({"part", "date"}, {"weekday", "date"}, {"part", "weekday"},
                     {"clock", "date"}, {"clock", "weekday"}, {"clock", "part"})


def _merge(a: Mention, b: Mention) -> Mention:
    """One mention of two joinable ones: the day's value with the time of day, a clock's
    over a day part's (``22 августа, утром, около 07:30`` → ``--08-22T07:30``)."""
    clock = next((m for m in (a, b) if _kind(m) == "clock"), None)
    if clock is not None and {_kind(a), _kind(b)} == {"clock", "part"}:
        return Mention(a.start, b.end, clock.value, clock.granularity, None, None)
    date = a if _kind(a) == "date" else b if _kind(b) == "date" else (a if _kind(a) == "weekday" else b)
    part = clock or next((m for m in (a, b) if _kind(m) == "part"), None)
    value = date.value
    if value is None and clock is not None:
        value = clock.value  # a weekday without an anchor: the time known, the day not
    elif value and part is not None and ("T" not in value or clock is not None and re.search(r"T[A-Z]{2}$", value)):
        value = value.split("T")[0] + part.value
    granularity = clock.granularity if clock is not None else date.granularity
    return Mention(a.start, b.end, value, granularity, date.anchor, date.relative)


def _with_preposition(text: str, start: int) -> int:
    window = text[max(0, start - 16):start]
    m = _LEADING_PREP.search(window)
    return start - len(window) + m.start() if m else start


def _anchor(published_at: Optional[str]) -> Optional[dt.date]:
    if not published_at:
        return None
    try:
        return dt.date.fromisoformat(published_at[:10])
    except ValueError:
        return None


@stage("dates")
def dates(documents: Sequence[Document]) -> None:
    for document in documents:
        doc = document.doc
        if doc is None:
            continue
        spans = []
        for m in find(document.text, document.meta.get("published_at")):
            span = doc.char_span(m.start, m.end, label=m.granularity, alignment_mode="expand")
            if span is None:
                continue
            value = m.value
            if m.anchor == "published_at" and value and _ahead_possible(m) and _future(span):
                value = _ahead(m, document.meta.get("published_at"))
            span._.value, span._.granularity = value, m.granularity
            span._.anchor, span._.relative = m.anchor, m.relative
            spans.append(span)
        doc.spans["dates"] = spans


FUTURE_BE = frozenset({"буду", "будешь", "будет", "будем", "будете", "будут"})


def _future(span) -> bool:
    """The finite verb nearest the mention in its sentence is in the future (``В понедельник
    правительство проведёт заседание``, ``будет``): a weekday ahead, not the last one (``_ahead``)."""
    verbs = [t for t in span.sent if t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") in (["Fin"], ["Part"])
             and not span.start <= t.i < span.end]
    if not verbs:
        return False
    nearest = min(verbs, key=lambda t: abs(t.i - span.start))
    if nearest.morph.get("VerbForm") == ["Part"]:
        return False  # ``Правила, вступившие в силу 1 января, коснутся …``: the participle's own time
    # (the tagger reads ``будет`` as present)
    return nearest.morph.get("Tense") == ["Fut"] or nearest.lower_ in FUTURE_BE


def _ahead_possible(m: Mention) -> bool:
    """A value resolved back from the publication date that a verb in the future would put ahead:
    a weekday, a bare season or weekend, a day or month whose year the text left out (``В марте
    завод откроют``: an anchored mention with no relative meaning took the publication's year)."""
    rel = m.relative
    return (rel is None and m.granularity in ("day", "month", "time", "interval")) or (
        rel is not None and (rel.startswith("weekday") or rel.startswith("+0 season") or rel == "+0 weekend"))


def _ahead(m: Mention, published_at: Optional[str]) -> str:
    """``m``'s value moved to its next occurrence when it fell before the anchor: a weekday a week on,
    a weekend a week on, a season or a day or month without a year a year on."""
    anchor = _anchor(published_at)
    value = m.value
    if anchor is None or not value:
        return value
    if m.relative and m.relative.startswith("weekday"):
        day = dt.date.fromisoformat(value[:10])
        return value if day >= anchor else (day + dt.timedelta(days=7)).isoformat() + value[10:]
    if m.relative == "+0 weekend":
        year, week = int(value[:4]), int(value[6:8])
        sunday = dt.date.fromisocalendar(year, week, 7)
        if sunday >= anchor:
            return value
        year, week, _ = (sunday + dt.timedelta(days=6)).isocalendar()
        return f"{year}-W{week:02d}-WE"
    if m.relative and m.relative.startswith("+0 season"):
        year, code = int(value[:4]), value[5:]
        return f"{year + 1:04d}-{code}" if _season_ended(code, year, anchor) else value
    first, _, last = value.partition("/")
    if not value[:1].isdigit() or not _before(last or first, anchor):
        return value
    return "/".join(map(_next_year, value.split("/")))


def _before(value: str, anchor: dt.date) -> bool:
    """An ISO date or month (``2021-03``, ``2021-03-15T10:00``) ends before ``anchor``'s day or month."""
    day = value.split("T")[0]
    return day < anchor.isoformat()[:len(day)]


def _next_year(value: str) -> str:
    """An ISO value (``2021-03``, ``2021-03-15T10:00``) a year later (29 February → 28)."""
    year, rest = int(value[:4]), value[4:]
    if rest.startswith("-02-29"):
        rest = "-02-28" + rest[6:]
    return f"{year + 1:04d}{rest}"
