"""Within-document grouping of entity mentions: every mention gets an
``entity_id``, and the document gets its entity index (id, label, canonical
name, mention count).

Mentions of one label are merged when

- their normal forms are equal (case, ``ё`` and quotation marks aside), or
  name one state (``Россия`` ↔ ``Российская Федерация`` ↔ ``РФ``: ``ALIASES``);
- one is an acronym of the other: ``ОДКБ`` ↔ ``Организация Договора о
  коллективной безопасности``, ``МИД России`` ↔ ``Министерство иностранных дел
  России`` (the initials of the words, function words optional, an acronym word
  standing for its letters), or an acronym in parentheses right after a name
  whose initials hold its letters in order;
- a Latin-script name in parentheses follows a Cyrillic one (its original);
- a person's shorter name fits a fuller one: surname only (``Токаев``), first
  name + surname (a first name left inflected, ``Мамуке Бахтадзе``, still
  fits), initials (``В. Путин``); each surname-only mention joins the
  nearest preceding person of that surname (the first following one if none
  precedes), of its gender if one such person is there (``Обама`` after
  ``Мишель Обама`` and ``Барак Обама``): its past-tense verb's, else its form's
  (``Клинтона``), else the one the verbs of the surname's other bare mentions
  agree on (``утверждение Рено``), else slovnet's, so two namesakes stay apart
  (``Холли Соломон``, ``Дэниел Соломон``, then ``Соломон`` twice); a lone first
  name joins only a person it names unambiguously;
- an organisation or location name is the fuller name cut after its first
  words, the rest being capitalised (``Министерство иностранных дел`` ↔
  ``Министерство иностранных дел Таджикистана``).

The canonical name is the fullest normal form: most words, then (of a person)
most words pymorphy3 reads as nominative, then longest. A person's name in the
text's own script comes first, once it gives a first name and a surname
(``Элис Манро`` before its original ``Alice Ann Munro``).
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Optional

from pymorphy3.analyzer import Parse
from spacy.tokens import Span

from . import models
from .norm import ROMAN

QUOTES = "«»\"“”„'‘’"
FUNCTION_WORDS = {"и", "в", "во", "о", "об", "на", "по", "с", "со", "для", "при", "к", "от", "из",
                  "имени", "им", "де", "фон", "ван", "дер", "ла", "ле", "аль", "эль", "бен", "ибн"}
ACRONYM = re.compile(r"^[A-ZА-ЯЁ][A-ZА-ЯЁ0-9&]+(?:-[A-ZА-ЯЁ0-9]+)?$")
LATIN = re.compile(r"[A-Za-z]")
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
ACRONYM_INFLECTED = re.compile(r"^([A-ZА-ЯЁ]{2,})(?:а|у|ом|е|ов|ы)$")  # МИДа, МВДом


# Official and short names of states that news use interchangeably (the
# acronyms among them also match their expansions by initials).
ALIASES = {
    "российская федерация": "россия", "рф": "россия",
    "соединенные штаты америки": "сша", "соединенные штаты": "сша",
    "соединенное королевство": "великобритания", "британия": "великобритания",
    "корейская народно-демократическая республика": "кндр", "северная корея": "кндр",
    "республика корея": "южная корея",
    "китайская народная республика": "кнр", "китай": "кнр",
    "федеративная республика германия": "фрг", "германия": "фрг",
    "советский союз": "ссср",
    "объединенные арабские эмираты": "оаэ", "эмираты": "оаэ",
    "чеченская республика": "чечня",
}


# The functions of one name below are cached: grouping compares every pair
# of a document's mentions, asking each the same questions again.

@lru_cache(10_000)
def key(normal: str) -> str:
    """The comparison key of a normal form: lowercase, ``е`` for ``ё``, no quotes."""
    text = "".join(c for c in normal if c not in QUOTES)
    return " ".join(text.lower().replace("ё", "е").split())


def alias(normal: str) -> str:
    """The key of a normal form, one key for each state's names (``ALIASES``)."""
    k = key(normal)
    return ALIASES.get(k, k)


@lru_cache(10_000)
def words(normal: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"\s+", "".join(c for c in normal if c not in QUOTES)) if w)


def acronym_of(word: str) -> Optional[str]:
    """The letters of ``word`` if it is an acronym (``ОДКБ``, ``МИДа``), else None."""
    if ACRONYM.match(word):
        return word.upper().replace("Ё", "Е")
    match = ACRONYM_INFLECTED.match(word)
    return match.group(1).replace("Ё", "Е") if match else None


@lru_cache(10_000)
def signatures(normal: str) -> frozenset[str]:
    """The acronym(s) a name can be written as: its words' initials (with and
    without function words), an acronym word standing for its own letters."""
    out = {""}
    for w in words(normal):
        letters = acronym_of(w)
        if letters is None:
            if not w[:1].isalpha():
                continue
            initial = w[0].upper().replace("Ё", "Е")
            if w.lower() in FUNCTION_WORDS:
                out = out | {s + initial for s in out}
            else:
                out = {s + initial for s in out}
        else:
            out = {s + letters for s in out}
    return frozenset(s for s in out if len(s) >= 2)


@lru_cache(10_000)
def has_acronym(normal: str) -> bool:
    return any(acronym_of(w) for w in words(normal))


class _Sets:
    """Union-find over mention numbers; the root is the earliest mention."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def group(ents: list[Span]) -> list[dict]:
    """Assign ``_.entity_id`` to every mention (in text order); return the
    entity index ``[{id, label, name, mentions}]`` (schema.EntityGroup)."""
    ents = list(ents)
    normals = [span._.normal or span.text for span in ents]
    sets = _Sets(len(ents))
    for label in sorted({span.label_ for span in ents}):
        members = [i for i, span in enumerate(ents) if span.label_ == label]
        if label == "PER":
            # one-word person mentions are grouped by ``_persons``, one by one: two
            # ``Соломон`` may be ``Холли Соломон`` and ``Дэниел Соломон``
            _same_form([i for i in members if len(words(normals[i])) > 1], normals, sets)
        else:
            _same_form(members, normals, sets)
        _acronyms(members, ents, normals, sets)
        _originals(members, ents, sets)
        if label == "PER":
            _persons(members, ents, normals, sets)
        else:
            _prefixes(members, normals, sets)

    clusters: dict[int, list[int]] = {}
    for i in range(len(ents)):
        clusters.setdefault(sets.find(i), []).append(i)
    index = []
    for n, (root, members) in enumerate(sorted(clusters.items(), key=lambda kv: min(kv[1]))):
        entity_id = f"E{n + 1}"
        person = ents[root].label_ == "PER"
        name = max((normals[i] for i in members),  # (a person's words spelt out before initials)
                   key=lambda s: (person and min(_full_words(s), 2), person and _in_cyrillic(s),
                                  person and _full_words(s), len(words(s)),
                                  person and _nominative_words(s), len(s)))
        index.append({"id": entity_id, "label": ents[root].label_, "name": name,
                      "mentions": len(members)})
        for i in members:
            ents[i]._.entity_id = entity_id
    return index


def _same_form(members: list[int], normals: list[str], sets: _Sets) -> None:
    first: dict[str, int] = {}
    for i in members:
        k = alias(normals[i])
        if k in first:
            sets.union(first[k], i)
        else:
            first[k] = i


def _acronyms(members: list[int], ents: list[Span], normals: list[str], sets: _Sets) -> None:
    with_acronym = [i for i in members if has_acronym(normals[i])]
    if not with_acronym:
        return
    sigs = {i: signatures(normals[i]) for i in members}
    sizes = {i: len(words(normals[i])) for i in members}
    for i in with_acronym:
        for j in members:  # j: the expansion, in more words
            if sizes[j] > sizes[i] and sigs[i] & sigs[j]:
                sets.union(i, j)
    # an acronym in parentheses right after the name it abbreviates, its
    # letters among the name's initials in order (``Объединённый фронт за
    # демократию против диктатуры (ОФДД)``), not a place after a place
    # (``Сан-Франциско (США)``)
    for a, b in zip(members, members[1:]):
        letters = acronym_of(normals[b])
        if letters and _in_parentheses_after(ents[a], ents[b]) and not has_acronym(normals[a]) \
                and _abbreviates(letters, normals[a]):
            sets.union(a, b)


def _abbreviates(letters: str, name: str) -> bool:
    initials = "".join(w[0].upper() for w in words(name) if w[:1].isalpha()).replace("Ё", "Е")
    if len(initials) < 2 or not initials.startswith(letters[0]):
        return False
    rest = iter(initials)
    return all(c in rest for c in letters)


def _in_parentheses_after(first: Span, second: Span) -> bool:
    # read the neighbouring tokens: ``doc.text`` would rebuild the whole text
    # per call; stop at the first one that is not the one opening bracket
    doc = first.doc
    if second.start <= first.end or second.end >= len(doc):
        return False
    opened = False
    for i in range(first.end, second.start):
        token = doc[i]
        if token.is_space:
            continue
        if opened or token.text != "(":
            return False
        opened = True
    after = next((t.text for t in doc[second.end:second.end + 2] if not t.is_space), "")
    return opened and after.startswith(")")


def _originals(members: list[int], ents: list[Span], sets: _Sets) -> None:
    """A Latin-script name in parentheses right after a Cyrillic one is its
    original spelling: ``Барри Лоуенкрон (Barry Lowenkron)``."""
    for a, b in zip(members, members[1:]):
        if _in_parentheses_after(ents[a], ents[b]) and LATIN.search(ents[b].text) \
                and not LATIN.search(ents[a].text) and CYRILLIC.search(ents[a].text):
            sets.union(a, b)


def _gender(span: Span) -> Optional[str]:
    """slovnet's grammatical gender of a person mention's first name word (a
    surname such as ``Обама`` or ``Сябренко`` can be either); for a one-word
    mention, that of a past-tense verb right after it, which agrees with it
    (``Рено поступила``: slovnet reads an indeclinable ``Рено`` as masculine)."""
    words = [t for t in span if not t.is_space]
    if len(words) == 1:
        found = verb_gender(span)
        if found is not None:
            return found
    for token in span:
        if token.pos_ == "PROPN":
            found = token.morph.get("Gender")
            return found[0] if found else None
    return None


def _form_gender(span: Span) -> Optional[str]:
    """The gender a one-word name's own form shows: an oblique case every reading pymorphy3
    knows of it as a name agrees on (``Клинтона`` declines only as a man's), else None (a
    nominative shows none: a woman's ``Остин``, ``Клинтон`` is a man's form too; ``Рено``)."""
    words = [t for t in span if not t.is_space]
    if len(words) != 1:
        return None
    readings = [p for p in models.morph_vocab().parse(words[0].text)
                if p.is_known and ({"Surn", "Name"} & p.tag.grammemes)]
    genders = {p.tag.gender for p in readings}
    if len(genders) != 1 or any(p.tag.case == "nomn" for p in readings):
        return None
    return {"masc": "Masc", "femn": "Fem"}.get(genders.pop())


def verb_gender(span: Span) -> Optional[str]:
    """The gender of the past-tense verb a person mention is the subject of: the verb it is
    the parsed subject of (``Рено, чей рост …, сказала``), else the next word after a
    nominative (``Дик отдала``, not ``Биография Нэша вошла``); None if there is none."""
    doc, word = span.doc, span.root
    k = span.end
    while k < len(doc) and (doc[k].is_space or doc[k].pos_ in ("ADV", "PART")):
        k += 1
    verb = word.head if word.dep_ == "nsubj" else doc[k] if k < len(doc) \
        and doc[span.end - 1].morph.get("Case") == ["Nom"] else None
    if verb is not None and verb.pos_ in ("VERB", "AUX") and verb.morph.get("Tense") == ["Past"]:
        found = verb.morph.get("Gender")
        if found and found[0] in ("Masc", "Fem"):
            return found[0]
    return None


# a generation after a surname: ``Вэнс`` is Сайрус Вэнс-младший, ``Уильямс-младшая`` Серена Уильямс
# when no other Уильямс is named (``Хулио Иглесиас`` and ``Хулио Иглесиас-младший`` stay two)
GENERATION = re.compile(r"-(?:младш|старш)(?:ий|ая|его|ей|ему|им|ую)$|-(?:мл|ст)\.$", re.I)


GLUED_INITIAL = re.compile(r"\b([A-ZА-ЯЁ][a-zа-яё]?)\.(?=[A-ZА-ЯЁ])")  # ``Д.Медведев``, ``Дж.Джонс``


def name_words(normal: str) -> list[str]:
    """The words of a person's name, function words left out (``Лео де Бенедучи``: unless
    nothing else is left), an initial glued to the next word its own (``Д.Медведев``), a surname
    before its initials put after them (``Путин В. В.`` as ``В. В. Путин``)."""
    split = words(GLUED_INITIAL.sub(r"\1. ", normal))
    if len(split) > 1 and not INITIAL.fullmatch(split[0]) and all(INITIAL.fullmatch(w) for w in split[1:]):
        split = (*(w if w.endswith(".") else w + "." for w in split[1:]), split[0])
    return [w for w in split if w.lower() not in FUNCTION_WORDS] or list(split)


# (a Cyrillic one's full stop may be the sentence's: ``Путин В.В``; ``Харальд V`` has a numeral)
INITIAL = re.compile(r"[А-ЯЁ]\.?|[A-Z]\.")


def _persons(members: list[int], ents: list[Span], normals: list[str], sets: _Sets) -> None:
    names = {i: name_words(normals[i]) for i in members}
    full = [i for i in members if len(names[i]) > 1]
    surnames = {i: key(names[i][-1]) for i in full}
    bare_surnames = {i: GENERATION.sub("", surnames[i]) for i in full}
    namesakes: dict[str, list[int]] = {}
    for i in full:
        namesakes.setdefault(surnames[i], []).append(i)
    # fuller names that fit each other: same surname, compatible first names; a name with an
    # initial joins the whole names it fits only when they are one person (``П. Сорос`` of a text
    # that names both Пол and Питер Сорос is either)
    initialled_all = {i for i in full if any(w.endswith(".") for w in names[i][:-1])}
    for same in namesakes.values():
        initialled = [i for i in same if i in initialled_all]
        whole = [i for i in same if i not in initialled_all]
        for x, i in enumerate(whole):
            for j in whole[x + 1:]:
                if _one_person(names[i], names[j], ents[i], ents[j]):
                    sets.union(i, j)
        # (two names with different initials are two people: ``А. В. Иванов`` and ``А. С. Иванов``)
        patronymics = len({tuple(key(w) for w in names[i][:-1]) for i in initialled}) == 1
        for x, i in enumerate(initialled):
            # whole names of the bare surname too (``Дж.Буш`` may be Джордж Буш-младший as well as Джеб Буш)
            others = whole + [j for j in full if j not in initialled_all and j not in same
                              and bare_surnames[j] == bare_surnames[i]]
            bare = {j: names[j][:-1] + [GENERATION.sub("", names[j][-1])] for j in others}
            fitting = {sets.find(j) for j in others if _one_person(names[i], bare[j], ents[i], ents[j])} or {
                # a patronymic's initial a name of two words does not give (``Г. А. Зюганов``)
                sets.find(j) for j in others if patronymics and len(names[j]) == 2 and len(names[i]) > 2
                and _one_person(names[i][:1] + names[i][-1:], bare[j], ents[i], ents[j])}
            if len(fitting) == 1:
                sets.union(i, fitting.pop())
            elif not fitting:
                for j in initialled[x + 1:]:
                    if _one_person(names[i], names[j], ents[i], ents[j]):
                        sets.union(i, j)
    singles = [i for i in members if len(names[i]) == 1]
    # the gender the verbs give a bare surname where they agree, for its mentions whose verb and
    # form show none (``утверждение Рено``: slovnet reads an indeclinable surname as masculine)
    verbs = {i: verb_gender(ents[i]) for i in singles}
    bares = {i: GENERATION.sub("", normals[i]) for i in singles}
    votes: dict[str, set[str]] = {}
    for i in singles:
        if verbs[i] is not None:
            votes.setdefault(key(bares[i]), set()).add(verbs[i])
    unmatched: dict[str, int] = {}  # a one-word name no fuller name has: its first mention
    for i in singles:
        bare = bares[i]
        forms = surname_forms(bare)
        by_surname = [j for j in full if surnames[j] in forms] or [j for j in full if bare_surnames[j] in forms]
        voted = votes.get(key(bare), set())
        shown = verbs[i] or _form_gender(ents[i]) or (next(iter(voted)) if len(voted) == 1 else None)
        gender = shown or _gender(ents[i])
        by_surname = [j for j in by_surname if _gender(ents[j]) in (None, gender)] or by_surname or [
            # a surname pymorphy3 cannot decline, by its stem, of the gender its verb or form shows, if any
            # (``Шольцу`` of Олаф Шольц, ``Пугачёву`` of Алла Пугачёва; ``Попов`` is not Анна Попова)
            j for j in full if surname_stem(bare_surnames[j]) == surname_stem(bare)
            and (shown is None or _gender(ents[j]) in (None, shown))]
        if bare != normals[i] and len({key(" ".join(names[j])) for j in by_surname}) > 1:
            by_surname = []  # ``Уильямс-младшая`` of two named sisters: which is the younger is unknown
        if by_surname:
            before = [j for j in by_surname if j < i]
            sets.union(i, max(before) if before else min(by_surname))
            continue
        misspelt = [j for j in full if _gender(ents[j]) in (None, gender) and _misspelt(key(bare), bare_surnames[j])]
        if len({key(" ".join(names[j])) for j in misspelt}) == 1 and ents[i].root.morph.get("Number") != ["Plur"]:
            sets.union(i, misspelt[0])  # ``Гернстермайер`` of a text that named Билл Герстенмайер
            continue
        sets.union(i, unmatched.setdefault(alias(normals[i]), i))
        by_first = {sets.find(j) for j in full if key(names[j][0]) in forms}
        if len(by_first) == 1:
            sets.union(i, by_first.pop())


def close_spelling(word: str, other: str, share: float) -> bool:
    """The same first letter and at least ``share`` of the letters in common (difflib's ratio):
    one name spelt two ways."""
    return word[:1] == other[:1] and SequenceMatcher(None, word, other).ratio() >= share


@lru_cache(10_000)
def _misspelt(word: str, surname: str) -> bool:
    """``word`` is ``surname`` misspelt (``Буффье``, ``Буфье``; ``Капричков``, ``Карпичков``): of five
    letters or more, the same first letter and length within one, neither a prefix of the other
    (an inflection or a longer name: ``Абрамов``, ``Абрамович``), and 80% of the letters in common."""
    return len(word) >= 5 and word != surname and abs(len(word) - len(surname)) <= 1 \
        and not word.startswith(surname) and not surname.startswith(word) and close_spelling(word, surname, 0.8)


def _one_person(a: list[str], b: list[str], ent_a: Span, ent_b: Span) -> bool:
    """Whether two fuller names of one surname name one person: one fits the other, or
    does so loosely unless both first names are first names of their own of two genders
    (``Евгений Ким``, ``Евгения Ким``; but ``Яна Веллена``, a man's genitive, is ``Ян Веллен``)."""
    if _fits(a, b) or _fits(b, a):
        return True
    if first_name(a[0]) and first_name(b[0]) and _gender(ent_a) != _gender(ent_b):
        return False
    return _fits(a, b, True) or _fits(b, a, True)


def _fits(short: list[str], long: list[str], loose: bool = False) -> bool:
    """Whether the name ``short`` can name the person ``long``: the same surname,
    and each other word of ``short`` matches (or is the initial of) one of ``long``;
    ``loose``, also a first name of the other's lexeme (a first name left inflected,
    ``Мамуке Бахтадзе``: the caller asks that both are not first names of their own of
    two genders)."""
    if key(short[-1]) != key(long[-1]):
        return False
    rest = long[:-1]
    for w in short[:-1]:
        k = key(w)
        if k.endswith("."):
            if not any(key(r).startswith(k[:-1]) for r in rest):
                return False
        elif not any(key(r) == k or (loose and surname_forms(r) & surname_forms(w)) for r in rest):
            return False
    return True


@lru_cache(10_000)
def first_name(word: str, any_case: bool = False) -> bool:
    """A first name to pymorphy3's dictionary, in its own nominative (``Евгения``, ``Станислав``;
    not ``Мамуке``, ``Фолькера``), or ``any_case``."""
    return any(p.is_known and "Name" in p.tag and (any_case or (p.tag.case == "nomn" and p.tag.number == "sing"))
               for p in models.morph_vocab().parse(word.lower()))


def _full_words(normal: str) -> int:
    """How many words of a name are spelt out, not initials."""
    return sum(not w.endswith(".") for w in words(normal))


def _in_cyrillic(normal: str) -> bool:
    """Every word of the name is in Cyrillic (a regnal number aside: ``Елизавета II``), not
    an original in another script (``Alice Ann Munro``, ``نیلوفر رحمانی или Niloofar Rahmani``)."""
    return all(CYRILLIC.search(w) or ROMAN.fullmatch(w) for w in words(normal))


@lru_cache(10_000)
def _nominative_words(normal: str) -> int:
    """How many words of a person's name pymorphy3 can read in the singular nominative
    (``Мамука Бахтадзе`` 2, a normal form left in the dative, ``Мамуке Бахтадзе``, 1)."""
    return sum(any(p.tag.case == "nomn" and p.tag.number != "plur"
                   for p in models.morph_vocab().parse(w.lower())) for w in words(normal))


@lru_cache(10_000)
def surname_forms(normal: str) -> frozenset[str]:
    """The nominative forms a one-word person mention can stand for: its
    normal form and, for a word pymorphy3 reads as a name, each name reading's
    nominative (``Кудрявцева`` is ``Кудрявцев`` in the genitive or ``Кудрявцева``)."""
    forms = {key(normal)}
    for p in models.morph_vocab().parse(normal.lower()):
        if any(g in p.tag for g in ("Surn", "Name", "Patr")):
            form = Parse.inflect(p, {"nomn"})  # OpenCorpora grammemes
            if form is not None:
                forms.add(key(form.word))
    return frozenset(forms)


CASE_ENDING = re.compile(r"(?:ом|ем|ым|им|ой|ую|у|ю|а|я|е|ы|и)$")


def surname_stem(word: str) -> str:
    """A surname's key without the case ending it may have, for surnames
    pymorphy3 does not know (``Шольцу``, ``Шольц`` → ``шольц``; ``Пугачёву``,
    ``Пугачёва`` → ``пугачев``)."""
    word = key(word)
    stem = CASE_ENDING.sub("", word)
    return stem if len(stem) >= 3 else word


def _prefixes(members: list[int], normals: list[str], sets: _Sets) -> None:
    split = {i: words(normals[i]) for i in members}
    for i in members:
        short = [key(w) for w in split[i]]
        if len(short) < 2:
            continue
        for j in members:
            long = split[j]
            if len(long) > len(short) and [key(w) for w in long[:len(short)]] == short \
                    and all(w[:1].isupper() for w in long[len(short):]):
                sets.union(i, j)
