"""Normal forms: the nominative, properly cased form of a mention.

Only the words that agree with the mention's head change case: a person's
name words (``Касыма-Жомарта Токаева`` → ``Касым-Жомарт Токаев``), and for
locations and organisations the head noun with the agreeing modifiers before
it (``Мангистауской области`` → ``Мангистауская область``). Everything after
the head stays as written, since it is a genitive or prepositional dependent
(``Организации Договора о коллективной безопасности`` → ``Организация Договора
о коллективной безопасности``) or an appositive (``Республики Корея``).

The head is the first noun outside quotation marks (``партии «Единая
Россия»`` → ``партия «Единая Россия»``), found along the words rather than
from the parse. Each word's pymorphy3 parse is chosen by slovnet's
morphology on the token (case, number, gender, part of speech); the head's
number and gender then steer its modifiers. A word slovnet sees in the
nominative, or in a case no reading of it has, stays as written (except a
dictionary word with no nominative reading at all, which slovnet mislabels, and
a woman's first name only ever instrumental or accusative, ``Анжелиной Джоли``,
with the surname of that case's ending). Casing follows the text, except that ALL-CAPS name
words (bylines: ``Татьяна КУДРЯВЦЕВА``) become Title-case; ALL-CAPS acronyms
(``ОДКБ``, ``ТАСС``) stay as they are.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pymorphy3.analyzer import Parse
from spacy.tokens import Span

from . import models
from .doc import tokens_of

UD_TO_OC = {
    "Case": {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt",
             "Loc": "loct", "Voc": "voct", "Par": "gent"},
    "Number": {"Sing": "sing", "Plur": "plur"},
    "Gender": {"Masc": "masc", "Fem": "femn", "Neut": "neut"},
}
SAME_CASE = {"gen2": "gent", "acc2": "accs", "loc2": "loct"}
NAME_TAGS = ("Name", "Surn", "Patr")
PROPER_TAGS = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad")
MODIFIER_POS = {"ADJF", "PRTF", "NUMR"}
PARTICLES = {"PART", "ADP", "CCONJ"}  # slovnet's tags of a name's ``Аль``, ``Де``: never declined
QUOTES = "«»\"“”„'‘’"
WORD = re.compile(r"[^\W\d_]", re.UNICODE)
ROMAN = re.compile(r"[IVXLC]+")


def normalize_span(span: Span) -> str:
    """The nominative, properly cased normal form of ``span`` (an entity mention)."""
    words = tokens_of(span)
    if not words:
        return span.text
    texts = tuple(t.text for t in words)
    analyses = tuple((pos, tuple(grams.items())) for pos, grams in map(_analysis, words))
    forms = _forms(span.label_ == "PER", texts, analyses)
    out = []
    for n, (token, form) in enumerate(zip(words, forms)):
        if n:
            out.append(" " if words[n - 1].idx + len(words[n - 1].text) < token.idx else "")
        out.append(_shape(form, token.text, span.label_))
    return "".join(out)


@lru_cache(10_000)
def _forms(person: bool, texts: tuple, analyses: tuple) -> tuple:
    """The normal form of each word of a mention (cached: a mention's words
    and their analyses decide it, and news repeats its names)."""
    analysed = [(pos, dict(grams)) for pos, grams in analyses]
    return tuple(_person(list(texts), analysed) if person else _phrase(list(texts), analysed))


# ---------------------------------------------------------------- analysis

def _analysis(token) -> tuple[str, dict]:
    """slovnet's part of speech and features on the token, as OpenCorpora grammemes."""
    feats = token.morph.to_dict()
    grams = {}
    for key, table in UD_TO_OC.items():
        value = feats.get(key)
        if value in table:
            grams[key] = table[value]
    return token.pos_, grams


def _is_word(text: str) -> bool:
    return bool(WORD.search(text)) and not any(c in QUOTES for c in text)


def _choose(text: str, pos: str, grams: dict, gender: Optional[str] = None,
            name: bool = False) -> Optional[Parse]:
    """The pymorphy3 parse of ``text`` that agrees best with slovnet's view of it."""
    return _chosen(text, pos, tuple(grams.items()), gender, name)


@lru_cache(10_000)
def _chosen(text: str, pos: str, grams: tuple, gender: Optional[str], name: bool) -> Optional[Parse]:
    """``_choose`` (cached: a word and slovnet's view of it recur across mentions)."""
    grams = dict(grams)
    parses = models.morph_vocab().parse(text.lower())
    best, best_score = None, None
    for rank, p in enumerate(parses):
        tag = p.tag
        case = SAME_CASE.get(tag.case, tag.case)
        score = 0.0
        if grams.get("Case") and case == grams["Case"]:
            score += 3
        elif _animate_accusative(grams.get("Case"), tag):
            score += 2.5
        if grams.get("Number") and tag.number == grams["Number"]:
            score += 1
        want = gender or grams.get("Gender")
        if want and tag.gender == want:
            score += 2 if gender else 1
        if pos in ("NOUN", "PROPN") and tag.POS == "NOUN":
            score += 1
        elif pos == "ADJ" and tag.POS in MODIFIER_POS:
            score += 1
        if name and any(g in tag for g in NAME_TAGS):
            score += 1.5
        elif pos == "PROPN" and any(g in tag for g in PROPER_TAGS):
            score += 1
        if "Fixd" in tag and grams.get("Case") not in (None, "nomn"):
            score -= 0.5  # an indeclinable reading of a word slovnet sees inflected
        score -= rank * 0.01
        if best_score is None or score > best_score:
            best, best_score = p, score
    return best


def _agrees(parse: Optional[Parse], grams: dict) -> bool:
    """Whether ``parse`` may be inflected: slovnet's case for the word, if any,
    is the parse's (the genitive standing for a masculine accusative). A word
    slovnet sees in the nominative stays, unless it is a dictionary word with
    no nominative reading at all (slovnet is wrong there: ``Славянку``)."""
    if parse is None:
        return False
    case = grams.get("Case")
    if case is None:
        return True
    if case == "nomn":
        if not parse.is_known or (grams.get("Number") and parse.tag.number != grams["Number"]):
            return False  # (nor a plural form of a word slovnet sees singular: ``Кларин`` is no ``Кларины``)
        readings = models.morph_vocab().parse(parse.word)
        return not any(p.tag.case == "nomn" for p in readings)
    return SAME_CASE.get(parse.tag.case, parse.tag.case) == case \
        or _animate_accusative(case, parse.tag)


def _animate_accusative(case: Optional[str], tag) -> bool:
    """A masculine genitive reading of a word slovnet sees in the accusative:
    the two forms coincide for persons (``Йенса Лемана``), and pymorphy3 often
    lacks the animate reading of a foreign name."""
    return case == "accs" and tag.case == "gent" and tag.gender == "masc" and tag.number == "sing"


def _nominative(parse: Optional[Parse], text: str, extra: frozenset = frozenset()) -> str:
    """``parse`` inflected to the nominative (with ``extra`` grammemes), lowercased;
    ``text`` lowercased when it does not inflect."""
    if parse is None or parse.tag.case is None or "Fixd" in parse.tag:
        return text.lower()
    if parse.tag.case == "nomn" and not extra - set(parse.tag.grammemes):
        return parse.word
    word = _inflected(parse, extra)
    return text.lower() if word is None else word


@lru_cache(10_000)
def _inflected(parse: Parse, extra: frozenset) -> Optional[str]:
    """``parse`` inflected to the nominative with ``extra`` (or without), None
    if it does not inflect (cached: pymorphy3 builds the whole lexeme for it)."""
    lexeme = parse.lexeme  # built once for both steps (pymorphy3's inflect builds its own)
    for grams in ({"nomn", *extra}, {"nomn"}):
        form = _inflect(parse, lexeme, frozenset(grams))  # OpenCorpora grammemes, not natasha's UD view
        if form is not None:
            return _closest(parse, form, lexeme).word
    return None


def _inflect(parse: Parse, lexeme: list, required: frozenset) -> Optional[Parse]:
    """``Parse.inflect(parse, required)`` over the lexeme given: the form
    holding the grammemes (rare cases made common if none does) most like
    ``parse``'s, the first of equals (pymorphy3's ``MorphAnalyzer._inflect``)."""
    possible = [f for f in lexeme if required <= f.tag.grammemes]
    if not possible:
        required = type(parse.tag).fix_rare_cases(required)
        possible = [f for f in lexeme if required <= f.tag.grammemes]
    grammemes = parse.tag.updated_grammemes(required)
    return max(possible, default=None,
               key=lambda f: len(grammemes & f.tag.grammemes) - 0.1 * len(grammemes ^ f.tag.grammemes))


def _closest(parse: Parse, form: Parse, lexeme: list) -> Parse:
    """Of the lexeme's forms with ``form``'s tag, the one sharing the longest
    beginning with the word (``высшей`` → ``высшая``, not ``высочайшая``)."""
    def shared(other: Parse) -> int:
        n = 0
        for a, b in zip(other.word, parse.word):
            if a != b:
                break
            n += 1
        return n

    same = [f for f in lexeme if f.tag == form.tag]
    return max(same, key=shared) if same else form


def _person(texts: list[str], analyses: list[tuple[str, dict]]) -> list[str]:
    """Every capitalised word of a person's name inflects, in the person's
    gender, unless a first name shows the name is nominative already."""
    genders = [grams.get("Gender") for pos, grams in analyses if pos == "PROPN"]
    # the most frequent gender, ties to the first word's (a first name leads): never set order,
    # which changes with the hash seed
    known = [g for g in genders if g]
    gender = max(dict.fromkeys(known), key=known.count) if known else None
    if any(nominative_name(text, grams) for text, (pos, grams) in zip(texts, analyses)):
        return list(texts)  # one case for the whole name: ``Александр Озерец`` stays
    read = [grams.get("Case") in (None, "nomn") and text[:1].isupper() for text, (pos, grams) in zip(texts, analyses)]
    case = next((c for text, r in zip(texts, read) if r and (c := _feminine_oblique(text))), None)
    if case is not None:
        # a woman's first name slovnet read as nominative that can only be oblique (``Грету``,
        # ``Анжелиной``): it, and a word of the name with that case's ending, are in that case
        ending = OBLIQUE_ENDINGS[case]
        analyses = [(pos, {**grams, "Case": case}) if r and text.lower().endswith(ending) else (pos, grams)
                    for text, (pos, grams), r in zip(texts, analyses, read)]
    oblique = {grams.get("Case") for text, (pos, grams) in zip(texts, analyses)
               if grams.get("Case") not in (None, "nomn") and text[:1].isupper()}
    if len(oblique) == 1:
        # a first name slovnet read as nominative that pymorphy3 knows only in the case another
        # word of the name is in (``Бартоломея Соханьского``): the name has one case
        case = oblique.pop()
        analyses = [(pos, {**grams, "Case": case}) if r and _only_in_case(text, case) else (pos, grams)
                    for text, (pos, grams), r in zip(texts, analyses, read)]
    # a surname slovnet read as nominative, or in a case it has no form for (``А. Араповым`` read as a
    # genitive), that pymorphy3 knows only in oblique forms of one gender (``Назарбаевой``,
    # ``Земаном``): the form it has
    cases = [_oblique_surname(text, gender) if r or not _has_case(text, grams.get("Case")) else None
             for text, r, (pos, grams) in zip(texts, read, analyses)]
    analyses = [(pos, {**grams, "Case": case}) if case else (pos, grams)
                for (pos, grams), case in zip(analyses, cases)]
    out = []
    for text, (pos, grams) in zip(texts, analyses):
        if not _is_word(text) or not text[:1].isupper() or text.endswith(".") or pos in PARTICLES \
                or grams.get("Case") == "nomn" or (gender == "femn" and _indeclinable_feminine(text)):
            out.append(text)
            continue
        parse = _choose(text, pos, grams, gender=gender, name=True)
        if "-" in text and parse is not None and "Fixd" in parse.tag and grams.get("Case") not in (None, "nomn"):
            # pymorphy3 gives up on a hyphenated name with an indeclinable part (``Хогана-Хау``):
            # each part on its own, where that takes an ending off (not ``Даунинг`` → ``Даунинги``)
            parts = [(part, _person_word(part, pos, grams, gender)) for part in text.split("-")]
            out.append("-".join(word if len(word) <= len(part) else part for part, word in parts))
            continue
        # another word of the name in this oblique case, with a form of it (``Олафа`` beside ``Шольца``)
        paired = any(other != text and other[:1].isupper() and g.get("Case") == grams.get("Case")
                     and _has_case(other, g.get("Case")) for other, (_, g) in zip(texts, analyses))
        out.append(_person_word(text, pos, grams, gender, parse, paired))
    return out


def _person_word(text: str, pos: str, grams: dict, gender: Optional[str], parse: Optional[Parse] = None,
                 paired: bool = False) -> str:
    """One word of a person's name in the nominative (lowercased), or as written when it
    does not inflect from the case slovnet sees it in."""
    parse = parse or _choose(text, pos, grams, gender=gender, name=True)
    if parse is not None and ("Geox" in parse.tag and parse.tag.gender == "neut" or parse.tag.POS == "ADJS") \
            and not any(g in parse.tag for g in NAME_TAGS):
        # a town in ``-о`` is no reading of a person's word: a man's ``Ступина`` is no ``Ступино`` but a
        # surname in ``-ин``/``-ов`` with its case's ending (a feminine town's may be: ``Шпидлы``, ``Шпидла``);
        # nor is a short adjective (``Петра Сомова``: no ``сомовый``, the man Сомов)
        word = text.lower()
        ending = _masculine_ending(word, grams.get("Case"))
        if gender == "masc" and ending and SLAVIC_SURNAME.search(word[:-len(ending)]):
            return word[:-len(ending)]
        parse = None
    if not _agrees(parse, grams) or parse.tag.POS not in ("NOUN", "ADJF"):
        if gender == "femn" and grams.get("Case") == "accs" and FEMININE_ACCUSATIVE.search(text) \
                and not (parse is not None and "Surn" in parse.tag and parse.tag.gender == "femn"):
            # a woman's surname pymorphy3 knows as no surname (``Кириллову``, a town's ``Кириллов``):
            # its accusative ending back to the nominative (``Светлану Кириллову`` → ``Кириллова``)
            return text[:-1].lower() + "а"
        return _masculine_stem(text, grams, gender, paired) or text
    extra = frozenset({"sing"} if parse.tag.number == "sing" else ())
    return _nominative(parse, text, extra)


MASCULINE_ENDINGS = {"gent": ("а", "я"), "accs": ("а", "я"), "datv": ("у", "ю"), "ablt": ("ом", "ем", "ём"),
                     "loct": ("е",)}


def _masculine_stem(text: str, grams: dict, gender: Optional[str], paired: bool) -> Optional[str]:
    """A man's foreign name word pymorphy3 knows nothing of and reads in no form of the case slovnet
    sees (``Олафа`` guessed a feminine nominative): its stem, the ending taken off (``Олаф``,
    ``Скрипалем`` → ``Скрипаль``); else None. An ending a woman's name may end in as well (``-а``,
    ``-у``: ``Джианна``) only with another word of the name in that case (``paired``)."""
    case, word = grams.get("Case"), text.lower()
    if gender != "masc" or grams.get("Gender") != "masc" or grams.get("Number") != "sing" \
            or any(p.is_known for p in models.morph_vocab().parse(word)):
        return None
    ending = _masculine_ending(word, case)
    stem = word[:-len(ending)] if ending else ""
    if len(stem) < 3 or stem[-1] in "аеёиоуыэюяйь" or (ending in ("а", "я", "у", "ю") and not paired):
        return None
    # (``-я``, ``-ю``, ``-ем`` after a consonant that may be soft: ``Скрипаля`` → ``Скрипаль``)
    return stem + "ь" if ending in ("я", "ю", "ем", "ём") and stem[-1] not in "жшчщц" else stem


def _masculine_ending(word: str, case: Optional[str]) -> Optional[str]:
    """The masculine ending of ``case`` that ``word`` has (``олафа``, genitive: ``а``), else None."""
    return next((e for e in MASCULINE_ENDINGS.get(case, ()) if word.endswith(e)), None)


SLAVIC_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын)$")  # a man's surname in the nominative
FEMININE_ACCUSATIVE = re.compile(r"(?:ов|ев|ёв|ин|ын)у$")


def _indeclinable_feminine(text: str) -> bool:
    """A woman's name word ending in a consonant (``Касьян``, ``Шевчук``) does
    not decline; one ending in ``ь`` (``Любовь``) keeps it only where it is
    nominative or accusative, the cases it looks like: either way it stays.
    ``-ой`` and ``-ей`` are no such endings: they end the declined ``Ивановой``, ``Марией``."""
    word = text.lower()
    return word[-1:] not in "аяуюоеёиыэ" and not word.endswith(("ой", "ей"))


def nominative_name(text: str, grams: Optional[dict] = None) -> bool:
    """A first name that can only be nominative (``Александр``, ``Юрген``),
    seen so by slovnet too (its grammemes ``grams``, if given): the name it
    starts is in the nominative."""
    if (grams or {}).get("Case") not in (None, "nomn") or not text[:1].isupper():
        return False
    readings = [p for p in models.morph_vocab().parse(text.lower())
                if "Name" in p.tag and p.tag.number == "sing"]
    return bool(readings) and all(p.tag.case == "nomn" for p in readings)


OBLIQUE_SURNAME_ENDINGS = ("ой", "ей", "ым", "им", "ом", "ем", "у", "ю")


@lru_cache(10_000)
def _oblique_surname(text: str, gender: Optional[str]) -> Optional[str]:
    """The case of a word pymorphy3 knows only as a singular surname in oblique cases, all of one
    gender (the person's, when known), else None. (First names are left: ``Акира`` reads as the
    genitive of ``Акир``.)"""
    if not text.lower().endswith(OBLIQUE_SURNAME_ENDINGS):
        return None  # (``Фоссе``, ``Сафина`` may be nominative: pymorphy3 knows other surnames' forms)
    # (a possessive adjective's reading, ``Илюшкиным`` of ``Илюшкин`` 'Ilyushka's', is no name's;
    # a surname's plural, ``Араповым`` 'to the Arapovs', is no one person's)
    readings = [p for p in models.morph_vocab().parse(text.lower()) if "Poss" not in p.tag]
    if not readings or not all(p.is_known and "Surn" in p.tag and p.tag.case != "nomn" for p in readings):
        return None
    readings = [p for p in readings if p.tag.number == "sing"]
    fitting = [p for p in readings if gender is None or "ms-f" in p.tag or p.tag.gender == gender]
    if not fitting or len({p.tag.gender or "ms-f" for p in fitting}) != 1:
        return None
    return SAME_CASE.get(fitting[0].tag.case, fitting[0].tag.case)


def _has_case(text: str, case: Optional[str]) -> bool:
    """pymorphy3 has a reading of the word in ``case`` (or no case was read)."""
    return case is None or any(SAME_CASE.get(p.tag.case, p.tag.case) == case
                               for p in models.morph_vocab().parse(text.lower()))


@lru_cache(10_000)
def _oblique_first_name(text: str) -> tuple:
    """The readings of a word pymorphy3 knows as a singular first name and in no nominative at
    all (``Бартоломея``, ``Анжелиной``), else ()."""
    readings = [p for p in models.morph_vocab().parse(text.lower()) if p.is_known]
    if any(p.tag.case == "nomn" for p in readings):
        return ()
    return tuple(p for p in readings if "Name" in p.tag and p.tag.number == "sing")


def _only_in_case(text: str, case: str) -> bool:
    """pymorphy3 knows the word only in oblique cases, as a first name in ``case`` (a masculine
    genitive for an accusative, the forms persons share)."""
    return any(SAME_CASE.get(p.tag.case, p.tag.case) == case or _animate_accusative(case, p.tag)
               for p in _oblique_first_name(text))


OBLIQUE_ENDINGS = {"ablt": ("ой", "ей"), "accs": ("у", "ю")}


def _feminine_oblique(text: str) -> Optional[str]:
    """``ablt`` or ``accs`` for a word pymorphy3 knows only as a woman's first name in that case,
    with its ending (``Грету``, ``Анжелиной``), else None. (Men's names are left: ``Исаму``,
    ``Акира`` would be read as Russian names' forms.)"""
    cases = {p.tag.case for p in _oblique_first_name(text) if p.tag.gender == "femn"}
    return next((c for c in OBLIQUE_ENDINGS if c in cases and text.lower().endswith(OBLIQUE_ENDINGS[c])), None)


def _phrase(texts: list[str], analyses: list[tuple[str, dict]]) -> list[str]:
    """The head noun (the first noun not inside quotation marks) and the
    agreeing modifiers before it inflect; the words after the head stay."""
    parses: list[Optional[Parse]] = []
    head = None
    quoted = False
    for n, (text, (pos, grams)) in enumerate(zip(texts, analyses)):
        if any(c in QUOTES for c in text):
            quoted = not quoted if text.strip(QUOTES) == "" else quoted
            parses.append(None)
            continue
        if quoted or not _is_word(text):
            parses.append(None)
            continue
        parse = _choose(text, pos, grams)
        parses.append(parse)
        if parse is None:
            continue
        if parse.tag.POS == "NOUN" or (pos in ("NOUN", "PROPN") and parse.tag.POS not in MODIFIER_POS):
            head = n
            break
        if parse.tag.POS not in MODIFIER_POS:
            break  # a preposition or a verb before any noun: leave the phrase alone
    out = list(texts)
    if head is None:
        return out
    head_parse = parses[head]
    if head_parse.tag.case is None or head_parse.tag.POS != "NOUN" \
            or not _agrees(head_parse, analyses[head][1]):
        return out
    out[head] = _nominative(head_parse, texts[head])
    case = SAME_CASE.get(head_parse.tag.case, head_parse.tag.case)
    number = head_parse.tag.number or "sing"
    nominative = models.morph_vocab().parse(out[head])
    gender = head_parse.tag.gender
    for p in nominative:
        if p.tag.case == "nomn" and p.normal_form == head_parse.normal_form and p.tag.gender:
            gender = p.tag.gender
            break
    extra = {number} | ({gender} if number == "sing" and gender in ("masc", "femn", "neut") else set())
    for n in range(head):
        parse = parses[n]
        if parse is None or parse.tag.POS not in MODIFIER_POS:
            continue
        if SAME_CASE.get(parse.tag.case, parse.tag.case) != case and case != "nomn":
            # re-choose the modifier's parse in the head's case
            parse = _choose(texts[n], "ADJ", {"Case": case, "Number": number,
                                              **({"Gender": gender} if gender else {})})
        out[n] = _nominative(parse, texts[n], frozenset(extra))
    return out


# ---------------------------------------------------------------- casing

def _shape(word: str, original: str, label: str) -> str:
    """``word`` (lowercase unless untouched) cased like ``original``, hyphen
    part by hyphen part; ``ё`` only where the text has it."""
    if "ё" not in original.lower():
        word = word.replace("ё", "е")
    if word == original:
        if original.isupper() and len(original) > 1 and _caps_to_title(original, label):
            return _title(original.lower())
        return original
    if original.isupper() and len(original) > 1:
        if not _caps_to_title(original, label):
            # an acronym does not decline: ``ИГ`` is no genitive of ``ИГА``, nor ``ФСЭГ`` of
            # ``ФСЭГИ`` (pymorphy3's guess for a word it does not know)
            return original
        return _title(word)
    parts, sources = word.split("-"), original.split("-")
    if len(parts) != len(sources):
        parts, sources = [word], [original]
    return "-".join(_case_like(p, s) for p, s in zip(parts, sources))


def _case_like(word: str, original: str) -> str:
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        return "".join(c.upper() if n < len(original) and original[n].isupper() else c
                       for n, c in enumerate(word)) if original[1:] != original[1:].lower() \
            else word[:1].upper() + word[1:]
    return word


def _title(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def _caps_to_title(original: str, label: str) -> bool:
    """Whether an ALL-CAPS word is a shouted name rather than an acronym."""
    letters = [c for c in original if c.isalpha()]
    if len(letters) < 2 or ROMAN.fullmatch(original):
        return False  # (a regnal number: ``Мсвати III``, ``Бенедикт XVI``)
    if label == "PER":
        return True
    if len(letters) <= 4:
        return False
    parses = models.morph_vocab().parse(original.lower())
    return bool(parses) and "Abbr" not in parses[0].tag and parses[0].is_known
