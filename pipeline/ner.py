"""Stage ``entities``: PER / LOC / ORG mentions from slovnet's news NER,
their normal (nominative) forms, and their grouping into per-document entities.

NER runs over the sentences of the whole batch in one batched pass
(``infer.ner``), on the tokens segment made.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from spacy.tokens import Span

from . import gazetteer, infer, lexicon, models
from .doc import Document, sentences_of, tokens_of, word_offsets
from .group import CYRILLIC, GENERATION, first_name, group, key, name_words, surname_forms, surname_stem
from .norm import normalize_span
from .segment import pieces
from .stages import stage

def tag(sentences: list[list[tuple[int, int, str]]]) -> list[list[tuple[int, int, str]]]:
    """slovnet NER over sentences given as (start, end, word) tokens:
    (start, end, label) char spans per sentence, decoded from BIO tags the
    way slovnet decodes them."""
    inputs, owners = pieces([[w for _, _, w in sent] for sent in sentences])
    tags: list[list[str]] = [[] for _ in sentences]
    for owner, piece_tags in zip(owners, infer.ner(inputs)):
        tags[owner].extend(piece_tags)
    return [bio_spans(sent, sent_tags) for sent, sent_tags in zip(sentences, tags)]


def bio_spans(tokens: list[tuple[int, int, str]], tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) spans of BIO ``tags`` over (start, end, word)
    ``tokens``, decoded as ``slovnet.bio.bio_spans`` decodes them (an ``I``
    without a ``B`` is no mention; ``I`` of another label extends the span),
    without a slovnet Token per word."""
    out = []
    label = start = stop = None
    for (a, b, _), tag in zip(tokens, tags):
        part, kind = tag.split("-", 1) if "-" in tag else (tag, None)
        if part == "O":
            if label:
                out.append((start, stop, label))
                label = None
        elif part == "B":
            if label:
                out.append((start, stop, label))
            label, start, stop = kind, a, b
        elif part == "I":
            stop = b
    if label:
        out.append((start, stop, label))
    return out


CONTEXT = 3  # tokens of neighbouring text on each side: the CNN's receptive field


def mentions(documents: Sequence[Document]) -> list[list[tuple[int, int, str]]]:
    """Raw slovnet mentions for each document, tagged sentence by sentence in
    one batched pass. Each sentence is tagged with ``CONTEXT`` tokens of the
    text around it, as slovnet sees them when it tags a whole text (without
    them sentence-initial surnames are missed); a mention belongs to the
    sentence it starts in and is cut at its end. A line break ends a sentence, and slovnet sees it
    as a full stop: a title, a caption or a byline is tagged on its own, so no
    mention runs from one line into the next (``Умер Фидель Кастро⏎⏎Фидель
    Кастро`` is two persons), while a paragraph-initial surname keeps the
    context before it."""
    windows, owners, cores = [], [], []
    for n, document in enumerate(documents):
        text, words = document.text, tokens_of(document.doc)
        position = {t.i: k for k, t in enumerate(words)}
        triples = [(a, b, text[a:b]) for a, b in word_offsets(document.doc)]  # made once, not per window
        breaks = [False] + ["\n" in text[a[1]:b[0]] for a, b in zip(triples, triples[1:])]
        for sent in sentences_of(document.doc):
            first, last = position[sent[0].i], position[sent[-1].i] + 1
            while first < last:  # one core per line of the sentence
                stop = first + 1
                while stop < last and not breaks[stop]:
                    stop += 1
                low, high = max(0, first - CONTEXT), min(len(words), stop + CONTEXT)
                window = triples[low:high]
                if True in breaks[low + 1:high]:  # a full stop before each line break inside
                    window = []
                    for k in range(low, high):
                        if breaks[k] and window:
                            window.append((triples[k][0] - 1, triples[k][0] - 1, "."))
                        window.append(triples[k])
                windows.append(window)
                owners.append(n)
                cores.append((triples[first][0], triples[stop - 1][1]))
                first = stop
    out: list[list[tuple[int, int, str]]] = [[] for _ in documents]
    for owner, (start, end), spans in zip(owners, cores, tag(windows)):
        out[owner].extend((s[0], min(s[1], end), s[2]) for s in spans if start <= s[0] < end)
    return out


@stage("entities")
def entities(documents: Sequence[Document]) -> None:
    work = [d for d in documents if d.doc is not None]
    for document, found in zip(work, mentions(work)):
        doc = document.doc
        ents = []
        for start, end, label in fix(document.text, found):
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None and tokens_of(span):
                ents.append(span)
        ents = _non_overlapping(ents)
        for span in ents:
            span._.normal = normalize_span(span)
        ents = owners_before_names(fused_surnames(ents))
        doc.set_ents(ents)
        doc._.entity_index = group(list(doc.ents))


PARENTHESIS = re.compile(r"(?P<name>.*?\S)\s*\((?P<inner>[^(),;]*\S)\)", re.S)
# a mention running into brackets that hold a list or that it does not close
# (``Кубинская федерация лёгкой атлетики (Federación Cubana de Atletismo; FCA)``)
UNCLOSED = re.compile(r"(?P<name>[^()]*?\S)\s*\([^()]*\)?", re.S)


def _patterns(name: str) -> re.Pattern:
    return lexicon.pattern(f"ner/{name}")


ORG_NOT_LOC = _patterns("orgs_tagged_loc.txt")
LOC_NOT_ORG = _patterns("places_tagged_org.txt")
DESCRIPTOR_QUOTE = re.compile(r"(?P<descriptor>[^«„\"]*\S)\s+[«„\"](?P<name>[^«»„“\"]+)[»“\"]?")


def fix(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Post-processing of slovnet's (start, end, label) mentions in ``text``,
    each step a function of its own, applied in this order:

    - ``split_lists``: a mention running over a list separator or a line break is cut;
    - ``parts``: a name with a parenthesised part, a descriptor before a quoted
      name, supranational bodies and the space station relabelled;
    - common nouns slovnet takes for names (``СМИ``: resources/ner/not_names.txt) go;
    - ``_quoted_thing``: a quoted name of a thing (``шаттл «Дискавери»``) is no ORG;
    - ``_stray_word``: a sentence's first word that is an adverb (``Сегодня`` tagged ORG) is no name;
    - ``person_names``: titles before a person's name go;
    - ``_adjective_before``: a place adjective joins its ORG (``японского МИДа``);
    - ``named_outlets``: ``Голос Америки`` is one ORG;
    - ``bracketed``: a name in brackets right after a mention is one too;
    - ``outlets``: site names acting as a source (``24.kg``, ``infox.ru``) are ORG;
    - ``competition_places``: ``чемпионка Европы`` holds a LOC;
    - ``quoted_orgs``: quoted names after an organisation's kind are ORG;
    - ``surname_before_initials``: ``Путин В.В.`` is one PER, not its initials alone;
    - ``initialled``: a surname after initials (``Д.Медведев назначил``) is a PER;
    - ``headline_source``: a surname before a headline's colon (``Лавров: …``) is a PER;
    - ``repeated``: a name tagged once is tagged wherever it recurs;
    - ``surnames_again``: the surname of a person named in full, alone and in any case, is a PER;
    - ``named_after``: ``Театра им. Йозефа Бойса`` is one ORG.
    """
    out = []
    for start, end, label in split_lists(text, found):
        out.extend(s for s in parts(text, start, end, label) if not NOT_NAMES.fullmatch(text, s[0], s[1]))
    out = [s for s in out if not (s[2] == "ORG" and _quoted_thing(text, *s[:2])) and not _stray_word(text, *s[:2])]
    names = frozenset(w for s, e, label in out if label == "PER" for w in text[s:e].split()[:-1])
    out = [t for s in out for t in person_names(text, *s, names=names)]
    out = [(_adjective_before(text, s) if s[2] == "ORG" else s[0], s[1], s[2]) for s in out]
    out = named_outlets(text, out)
    out += bracketed(text, out)
    out += outlets(text, out)
    out += competition_places(text, out)
    out += quoted_orgs(text, out)
    out = surname_before_initials(text, out)
    out += initialled(text, out)
    out += headline_source(text, out)
    out += repeated(text, out)
    out += surnames_again(text, out)
    return named_after(text, out)


NAMED_AFTER = re.compile(r"\s*(?:им\.|имени)\s*")


def named_after(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An ORG named after a person, ``Театра им. Йозефа Бойса``, ``Театре
    имени Моссовета``, is one ORG up to the end of the name that follows
    ``им.`` / ``имени``, whether slovnet cut it at the abbreviation or tagged
    the name on its own."""
    spans = sorted(found)
    out, skip = [], set()
    for k, (start, end, label) in enumerate(spans):
        if k in skip:
            continue
        if label == "ORG":
            tail = re.search(r"\s+(?:им\.|имени)$", text[start:end])
            link = NAMED_AFTER.match(text, start + tail.start() if tail else end)
            following = [j for j in range(k + 1, len(spans)) if link and spans[j][0] == link.end()]
            if following:
                end = spans[following[0]][1]
                skip.add(following[0])
        out.append((start, end, label))
    return out


NAME_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"  # a capitalised Cyrillic word, hyphenated or not
INITIALLED = re.compile(rf"(?<![\w.-])(?:[А-ЯЁ]\.\s?){{1,2}}(?P<surname>{NAME_WORD})(?![\w-])")


def initialled(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A surname after one or two initials that slovnet left untagged is a PER
    with them (``Д.Медведев назначил``, ``Б.Асад поздравил Х.Рухани``: slovnet
    misses such names in a headline's first words) when pymorphy3 reads the
    word as a surname or it ends as Russian surnames do (``А.Силуанов``), and it is
    no dictionary common word (``в секторе В. Болельщиков …``), or the text has it
    tagged as a person's last word. Not right after ``им.`` or ``имени``, where the
    person names an organisation (``named_after``)."""
    surnames = {text[start:end].split()[-1] for start, end, label in found if label == "PER"}
    out = []
    for match in INITIALLED.finditer(text):
        a, b = match.span()
        if any(s < b and a < e for s, e, _ in found) or NAMED_AFTER_BEFORE.search(text, max(0, a - 8), a):
            continue
        surname = match.group("surname")
        if surname in surnames or _surname_like(surname):  # (not ``в секторе В. Болельщиков …``)
            out.append((a, b, "PER"))
    return out


INITIALS = re.compile(r"[А-ЯЁ]\.(?:\s?[А-ЯЁ]\.?)?")  # (the last one's full stop may end the sentence)
SURNAME_BEFORE = re.compile(rf"(?<![\w-]){NAME_WORD} $")


def surname_before_initials(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A PER of initials alone takes in the surname right before them, which
    slovnet tags apart or misses (``Путин В.В. встретился``, ``подписал Путин
    В.В.``), when pymorphy3 reads the word as a surname or it is tagged as a
    person."""
    persons = {(s, e) for s, e, label in found if label == "PER"}
    out, dropped = [], set()
    for start, end, label in found:
        if label == "PER" and INITIALS.fullmatch(text, start, end):
            before = SURNAME_BEFORE.search(text, max(0, start - 40), start)
            if before:
                word = (before.start(), start - 1)
                if word in persons or _surname_reading(text[word[0]:word[1]]):
                    dropped.add(word)
                    out.append((word[0], end, label))
                    continue
        out.append((start, end, label))
    return [s for s in out if (s[0], s[1]) not in dropped or s[2] != "PER"]


SURNAME_ENDING = re.compile(r"(?:[оеё]в|[иы]н|[сц]к(?:ий|ой))(?:а|ая)?$")  # Russian surnames pymorphy3 may not know: ``Силуанов``


def _surname_reading(word: str) -> bool:
    """Whether pymorphy3 has a reading of ``word`` as a surname."""
    return any("Surn" in p.tag for p in readings(word))


def _surname_like(word: str) -> bool:
    """A surname by pymorphy3's reading or a Russian surname's ending, and no dictionary word
    that is never a name (``Болельщиков``)."""
    return (SURNAME_ENDING.search(word) is not None or _surname_reading(word)) and not _common_word(word)


HEADLINE_SOURCE = re.compile(rf"\s*(?P<surname>{NAME_WORD}):[ \t]*\S")


def headline_source(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The one word before the colon of a text's first line, the source of a headline
    (``Лавров: «Россия не собирается …»``, ``Песков: Кремль не видит …``), is a PER when
    slovnet left it untagged and it reads as a surname (pymorphy3's reading or a Russian
    surname's ending); not a place or a thing (``Индонезия:``, ``Взрыв:``), nor a town of the
    gazetteer (``Королёв:``, ``Пушкин:``)."""
    match = HEADLINE_SOURCE.match(text)
    if match is None:
        return []
    a, b = match.span("surname")
    surname = match.group("surname")
    if any(s < b and a < e for s, e, _ in found) or not _surname_like(surname) \
            or any(p.kind in ("city", "region") for p in gazetteer.lookup(surname)):  # (``Королёв:``, the town)
        return []
    return [(a, b, "PER")]


NAMED_AFTER_BEFORE = re.compile(r"(?:им\.|имени)\s*$")


def repeated(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name slovnet tagged somewhere in the text is a mention, with the same
    label, wherever else it recurs untagged as a whole word (slovnet decides
    from 3 words of context, so one text gets ``Кин-Топ`` tagged in one
    sentence and missed in the next). Only names with a capital letter past
    their first one, at least two words or no Cyrillic letter (``Freixenet``)
    qualify: a single capitalised Russian dictionary word is too often a
    sentence start."""
    labels: dict[str, set] = {}
    for start, end, label in found:
        labels.setdefault(text[start:end], set()).add(label)
    taken = sorted((s, e) for s, e, _ in found)
    out = []
    for name, kinds in labels.items():
        if len(kinds) != 1 or len(name) < 2 or not (
                " " in name or any(c.isupper() for c in name[1:]) or name[0].isupper() and "-" in name
                or not CYRILLIC.search(name)):
            continue
        for a in whole_words(text, name):
            b = a + len(name)
            if not any(s < b and a < e for s, e in taken):
                out.append((a, b, next(iter(kinds))))
    return out


CAPITALISED = re.compile(rf"(?<![\w-]){NAME_WORD}(?![\w-])")
def surnames_again(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The surname of a person slovnet tagged with a first name is a PER
    wherever it stands alone untagged, in any case (``Михаил Мурашко`` …
    ``Мурашко заявил``, ``Эммануэль Макрон`` … ``Макрону возразили``: slovnet
    misses a surname that starts a sentence or a headline, and ``repeated``
    carries only names of two words). At a sentence start or a quote's, a word that is also a
    common one (``Мороз ударит``, ``«Зима близко»`` of Анатолий Мороз and Юлия Зима) is taken only
    with a past-tense verb after it; a common reading in another case says nothing (``Путин``,
    ``путин`` of путина). A title in marks may hold the name (``«Марш Голунова»``)."""
    full = [text[start:end].split() for start, end, label in found if label == "PER"]
    surnames = {words[-1] for words in full if len(words) > 1 and CAPITALISED.fullmatch(words[-1])}
    stems = {surname_stem(w) for w in surnames}
    if not stems:
        return []
    taken = sorted((s, e) for s, e, _ in found)
    out = []
    for match in CAPITALISED.finditer(text):
        a, b = match.span()
        word = match.group()
        if surname_stem(word) not in stems or any(s < b and a < e for s, e in taken):
            continue
        if _sentence_start(text, a) or text[max(0, a - 1):a] in OPEN_MARKS:
            # a sentence's first word may be a common one (``Мороз ударит``, ``«Зима близко»``): the
            # surname as written with a past-tense verb after it (``Мурашко заявил``), or inflected
            nxt = re.match(r"\s+([а-яё]+)", text[b:b + 30])
            past = nxt is not None and any(p.tag.POS == "VERB" and "past" in p.tag for p in readings(nxt.group(1))[:1])
            common = any(p.is_known and not any(g in p.tag for g in NAME_GRAMMEMES) and p.tag.case == "nomn"
                         and p.tag.number == "sing" for p in readings(word))  # (``путин``, of путина, is no subject)
            if _common_word(word) or common and not past:
                continue
        out.append((a, b, "PER"))
    return out


def whole_words(text: str, name: str):
    r"""The starts of ``name`` in ``text`` where it stands as a whole word, no
    letter, digit, ``_`` or ``-`` on either side, left to right and not
    overlapping: what ``re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])")``
    finds, without compiling a pattern per name (the names of every text
    differ, so ``re``'s cache would not keep them)."""
    size, at = len(name), text.find(name)
    while at >= 0:
        before, after = text[at - 1:at], text[at + size:at + size + 1]
        if not _joins(before) and not _joins(after):
            yield at
            at = text.find(name, at + size)
        else:
            at = text.find(name, at + 1)


def _joins(char: str) -> bool:
    r"""Whether ``char`` continues a word (``re``'s ``\w`` or a hyphen)."""
    return char.isalnum() or char in ("_", "-")


def readings(word: str) -> list:
    """pymorphy3's parses of ``word``, asked lowercased when it is longer than
    a letter: pymorphy3 reads such a word the same whatever its case (only a
    capital letter alone is an initial; checked on the 12.7K capitalised words
    of NEREL), and segment's lemmatizer has asked the lowercased word already,
    so the parse comes from ``models.morph_vocab``'s cache."""
    return models.morph_vocab()(word.lower() if len(word) > 1 else word)


def _lemmas(name: str) -> frozenset[str]:
    return lexicon.words(f"ner/{name}")


ORG_DESCRIPTORS = _lemmas("org_descriptors.txt")
NOT_ORG_DESCRIPTORS = _lemmas("not_org_descriptors.txt")
WORD_BEFORE = re.compile(r"(\w+)[\s«„\"]*$")
QUOTED = re.compile(r"[«„\"](?P<name>[A-ZА-ЯЁ0-9][^«»„“\"\n]{0,60}?)[»“\"]")


def _descriptor(text: str, start: int) -> str | None:
    """The lemma of the word right before ``start`` (across an opening quote),
    lower-cased; ``None`` when there is none."""
    match = WORD_BEFORE.search(text, max(0, start - 40), start)
    if not match:
        return None
    parses = models.morph_vocab()(match.group(1).lower())
    return parses[0].normal_form if parses else match.group(1).lower()


def _quoted_thing(text: str, start: int, end: int) -> bool:
    """Whether the mention is a quoted name after a word for a thing that is no
    organisation (``шаттл «Дискавери»``, ``стадион «Лужники»``), the name
    standing in apposition: a name in the genitive names an owner
    (``станция „Водоканала“``)."""
    if text[start - 1:start] not in "«„\"" or _descriptor(text, start) not in NOT_ORG_DESCRIPTORS:
        return False
    first = re.match(r"\w+", text[start:end])
    parses = readings(first.group(0)) if first else []
    return not parses or any("nomn" in p.tag or "accs" in p.tag for p in parses)


def quoted_orgs(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A quoted capitalised name right after a word naming an organisation's
    kind, ``Газета «Кориера делла Сера»``, ``институт «Коллективное действие»``
    (resources/ner/org_descriptors.txt), is an ORG mention where slovnet found
    nothing."""
    out = []
    for match in QUOTED.finditer(text):
        start, end = match.span("name")
        if any(s < match.end() and match.start() < e for s, e, _ in found):
            continue
        if _descriptor(text, match.start()) in ORG_DESCRIPTORS:
            out.append((start, end, "ORG"))
    return out


NOT_NAMES = _patterns("not_names.txt")
# "(Amnesty International)", "(USPTO)", "(WFC)", "(La Stampa)"; a Cyrillic word
# in brackets after a name is more often a place or a role: "Коффи Коджа (Бенин)"
BRACKETED = re.compile(r"\s*\((?P<name>[A-Z][\w&.'’-]*(?: [\w&.'’-]+)*|[А-ЯЁA-Z]{2,}(?:[-\s][А-ЯЁA-Z]{2,})?)\)")


def bracketed(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An ORG or LOC mention followed by a Latin-script name or an acronym in
    brackets, ``Международная амнистия (Amnesty International)``, ``World
    Fashion Channel (WFC)``, ``Комитет защиты журналистов (КЗЖ) (Committee to
    Protect Journalists)``: the bracketed name is a mention with the same
    label, unless slovnet tagged it already."""
    taken = {(s, e) for s, e, _ in found}
    starts = {s for s, _, _ in found}
    out = []
    for start, end, label in sorted(found, key=lambda s: s[0]):
        if label == "PER":
            continue
        while True:
            match = BRACKETED.match(text, end)
            if not match or match.start("name") in starts:
                break
            span = (*match.span("name"), label)
            if span[:2] not in taken:
                out.append(span)
            end = match.end()
    return out


DOMAIN = re.compile(r"(?<![\w.@/-])(?:www\.)?[\w-]*[^\W\d_][\w-]*(?:\.[\w-]+)*\.(?:ru|com|kg|kz|ua|by|org|net|info|tv|uz|am|az|ge|md|io)(?![\w.-]|\.\w)")
TOP_LEVEL = re.compile(r"\.(?:ru|com|kg|kz|ua|by|org|net|info|tv|uz|am|az|ge|md|io)(?![\w.-]|\.\w)")  # what every DOMAIN ends in


NAME_GRAMMEMES = ("Name", "Surn", "Patr")
VERB_FORMS = ("VERB", "INFN", "PRTF", "PRTS", "GRND")
SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|\n\s*)$")
OPEN_MARKS = "«„\"“"  # marks a quote opens with: its first word is a sentence's (``surnames_again``)


def _sentence_start(text: str, at: int) -> bool:
    """Whether a sentence, a line or the text starts at ``at``."""
    return SENTENCE_START.search(text, max(0, at - 5), at) is not None


def _common_word(word: str) -> tuple[str, ...]:
    """The grammemes of a dictionary word that is never a person's name (no
    Name/Surn/Patr reading): its first parse's part of speech and animacy;
    empty for names and unknown words."""
    parses = readings(word)
    if not parses or not all(p.is_known for p in parses):
        return ()
    if any(g in p.tag for p in parses for g in NAME_GRAMMEMES):
        return ()
    return (parses[0].tag.POS, parses[0].tag.animacy)


def _stray_word(text: str, start: int, end: int) -> bool:
    """Whether a mention is one word starting a sentence that is a dictionary adverb,
    conjunction or preposition, never a name (``Сегодня``, ``Вчера``: slovnet tags them
    ORG before a surname); not an interjection, which a stage name can be (the rapper ``Баста``)."""
    word = text[start:end]
    return word.isalpha() and _sentence_start(text, start) \
        and _common_pos(word) in ("ADVB", "CONJ", "PREP", "PRED", "COMP")


def _common_pos(word: str) -> str | None:
    """The part of speech of a dictionary word that is never a name (``_common_word``), else None."""
    return next(iter(_common_word(word)), None)


# place adjectives (японского, российского, московского, нидерландской); not
# the -ическ- / -истск- of kinds and views (неканонической, левоцентристской)
RELATIONAL_ADJECTIVE = re.compile(
    r"(?<![\w-])(?![а-яё]*(?:ическ|истск|ческ))[а-яё]+[сц]к(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)\s+$")


def _adjective_before(text: str, span: tuple[int, int, str]) -> int:
    """The start of an ORG mention, moved back over a lower-case relational
    adjective of a place right before it (``японского МИДа``, ``российского
    Минсельхоза``): the country or city the organisation belongs to is part
    of its name, as factRuEval marks it (NEREL is split on it: neutral there)."""
    match = RELATIONAL_ADJECTIVE.search(text, max(0, span[0] - 30), span[0])
    return match.start() if match and text[span[0]].isupper() else span[0]


TITLES = _lemmas("titles.txt")
AGE = re.compile(r"летн(?:ий|яя|ее|его|ей|ему|им|ем|юю)$")


def person_names(text: str, start: int, end: int, label: str,
                 names: frozenset = frozenset()) -> list[tuple[int, int, str]]:
    """A PER mention loses a title before the name (``Император Акихито``,
    ``Папа Франциск``, ``Мадам Трули-Пулли``: resources/ner/titles.txt) unless
    an adjective follows it (``Папы Римского``), and a first word pymorphy3 reads
    only as an adjective or participle, never a name (``Сам Чавес``, an age:
    ``Шестидесятивосьмилетняя Руссефф``). A one-word PER at a sentence
    start that is a dictionary verb form with no name reading (``Подана``,
    ``Отметим``) goes unless it is a word of a longer person's name in
    ``names`` (``Серена`` of ``Серена Уильямс``, read as a form of ``серить``),
    and so does a PER with no letter in it, or a former post alone (``Экс-чиновник``). So does a
    sentence-initial adverb, infinitive or interjection before a name (``Вчера Д. Медведев``)."""
    if label != "PER":
        return [(start, end, label)]
    words = list(re.finditer(r"[^\W\d_][\w-]*", text[start:end]))
    if not words:
        return []  # (``×`` tagged PER: no letter, no name)
    if len(words) == 1:
        if _sentence_start(text, start) and _common_pos(words[0].group()) in VERB_FORMS \
                and words[0].group() not in names:
            return []
        word = words[0].group()
        if word.lower().startswith("экс-") and _common_word(word[4:]):
            return []  # ``Экс-чиновник заявил``: a former post, no name
        return [(start, end, label)]
    first = readings(words[0].group())
    if (first and first[0].normal_form in TITLES and _common_word(words[0].group())
            and not _adjective(words[1].group())):
        return [(start + words[1].start(), end, label)]
    if words[0].group().lower().startswith("экс-"):  # ``Экс-канцлер Герхард Шрёдер``: no name starts so
        return [(start + words[1].start(), end, label)]
    if _sentence_start(text, start) and _common_pos(words[0].group()) in ("ADVB", "INFN", "INTJ"):
        # a sentence's first word, an adverb, an infinitive, an interjection (``Вчера Д. Медведев``,
        # ``Отрешить Соловьева Александра Васильевича``): a dictionary word never a name (not a
        # conjunction or a particle, which Asian names are read as: ``Ан Чхоль Су``, ``Ван``)
        return [(start + words[1].start(), end, label)]
    if first and all(p.tag.POS in ("ADJF", "PRTF") and not any(g in p.tag for g in NAME_GRAMMEMES)
                     and (p.is_known or AGE.search(p.word)) for p in first):
        # an adjective the tagger took into the name, sentence-initial and capitalised
        # (``Сам Чавес``, ``Шестидесятивосьмилетняя Руссефф``): a dictionary word only ever
        # an adjective, or an age (not a foreign name pymorphy3 guesses as one: ``Массимо``)
        return [(start + words[1].start(), end, label)]
    return [(start, end, label)]


def _adjective(word: str) -> bool:
    """Whether pymorphy3's first reading of ``word`` is a full adjective."""
    parses = readings(word)
    return bool(parses) and parses[0].tag.POS == "ADJF"


OUTLETS_WITH_PLACES = _patterns("outlets_with_places.txt")


def named_outlets(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Outlets whose name holds a place, ``Голос Америки`` (resources/ner/outlets_with_places.txt),
    are one ORG mention in place of what slovnet found inside them (unless
    slovnet found a longer ORG around them: ``«Эхо Москвы в Петербурге»``)."""
    names = [m.span() for m in OUTLETS_WITH_PLACES.finditer(text)
             if not any(s <= m.start() and m.end() <= e and label == "ORG" for s, e, label in found)]
    if not names:
        return found
    kept = [s for s in found if not any(a < s[1] and s[0] < b for a, b in names)]
    return kept + [(a, b, "ORG") for a, b in names]


COMPETITION = re.compile(r"\b(?:[Чч]емпион\w*|[Пп]ервенств\w*|[Лл]иг\w*|[Тт]урнир\w*)\s+(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![-\w])")


def competition_places(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The place of a title or a competition, ``чемпионка Европы``, ``Лиги
    Европы``, ``первенство России``, which slovnet leaves untagged, is a LOC
    mention when pymorphy knows the word as a place name (Geox)."""
    out = []
    for match in COMPETITION.finditer(text):
        start, end = match.span("name")
        if any(s < end and start < e for s, e, _ in found):
            continue
        if any("Geox" in p.tag for p in readings(match.group("name"))):
            out.append((start, end, "LOC"))
    return out


PLACE_OF_SITE = re.compile(r"(?:\b(?:на|в|во|из|с|со|через|по|и)|сайт\w*|адрес\w*|домен\w*|портал\w*|[,:]|—)\s*$", re.I)


def outlets(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Site names acting as outlets (``цитирует infox.ru``, ``По словам
    собеседника vc.ru``, ``24.kg``) are ORG mentions where slovnet found
    nothing. A site as a place (``на change.org``, ``на сайтах rt.com, ora.tv``),
    inside a mention, quotes, an address or a path is left."""
    out = []
    if not TOP_LEVEL.search(text):  # no site in the text (DOMAIN tries every word start)
        return out
    for match in DOMAIN.finditer(text):
        start, end = match.span()
        before = text[max(0, start - 20):start]
        if (any(s < end and start < e for s, e, _ in found) or text[start - 1:start] in "«\"'/"
                or text[end:end + 1] == "/" or PLACE_OF_SITE.search(before)):
            continue
        out.append((start, end, "ORG"))
    return out


# a list never runs inside one name: bullets and semicolons; for persons also
# commas and spaced dashes (``Нисипяну — Топалов``; organisation names hold them:
# ``«Ренессанс — Реставрация»``)
SEPARATOR = {"PER": re.compile(r"\s*(?:[•·;,]|\s[-–—]\s)\s*")}
LIST = re.compile(r"\s*[•·;]\s*")
BRACKET = re.compile(r"\s*[()]\s*")


def split_lists(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A mention running over a line break ends there (the next line is a
    caption or a new paragraph: ``ВДНХ⏎⏎Фонтан``). One that runs over a list
    separator, ``Монако • Намибия``, ``Овечкин, Фёдоров`` (persons only:
    ``Маунтин-Вью, штат Калифорния`` is a place), or over an unbalanced
    bracket, ``Хитли (Гецлаф``, is cut there into the pieces that start with a
    capital letter, a digit or a quotation mark; separators and dangling
    brackets at either end of a piece are trimmed (``Бернс (`` → ``Бернс``)."""
    out = []
    for start, end, label in found:
        line_break = text.find("\n", start, end)
        if line_break >= 0:
            end = line_break
        cuts = list(SEPARATOR.get(label, LIST).finditer(text, start, end))
        chunk = text[start:end]
        if chunk.count("(") != chunk.count(")"):
            cuts += BRACKET.finditer(text, start, end)
        if not cuts:
            start, end = _trim(text, start, end)
            if start < end:
                out.append((start, end, label))
            continue
        merged: list[list[int]] = []  # the cuts as disjoint intervals
        for m in sorted(cuts, key=lambda m: m.start()):
            if merged and m.start() <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], m.end())
            else:
                merged.append([m.start(), m.end()])
        bounds = [start, *(x for cut in merged for x in cut), end]
        for a, b in zip(bounds[::2], bounds[1::2]):
            a, b = _trim(text, a, b)
            if a < b and (text[a].isupper() or text[a].isdigit() or text[a] in "«\"„"):
                out.append((a, b, label))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Separators and dangling brackets off both ends; also the wiki's italics marks ``''``
    (NEREL keeps them: ``''Freixenet''``), a closing guillemet the mention does not open, and a
    full stop that is not an initial's or an abbreviation's (``KEPT_PERIOD``)."""
    while start < end and text[start] in " \t\n\xa0•·;,:()-–—'":
        start += 1
    while end > start and (text[end - 1] in " \t\n\xa0•·;,:(-–—'"
                           or text[end - 1] == "»" and "«" not in text[start:end]):
        end -= 1
    if end > start and text[end - 1] == ")" and "(" not in text[start:end]:
        end -= 1
    if end - start > 1 and text[end - 1] == "." and not KEPT_PERIOD.search(text, start, end):
        end -= 1  # a sentence's full stop slovnet took in at a text's end (``Би-би-си.``, ``Харальд V.``)
    return start, end


# the full stop of an initial (``Михальчука И. Ф.``, ``Хамза Х.``) or of an abbreviation a name
# ends with (``Jr.``, ``Fiat S.p.A.``, ``Театра им.`` before ``named_after`` joins the name it precedes)
KEPT_PERIOD = re.compile(r"(?:(?<![\w-])[А-ЯЁ]|(?<![\w-])(?:Jr|Sr|Inc|Ltd|Co|Corp|мл|ст|им|св)|\w\.\w+)\.$")


def parts(text: str, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """- a mention over a wiki link's ``target|display`` markup keeps the display part;
    - a mention ending in a parenthesised part, ``Комитет защиты журналистов
      (КЗЖ)``, is split into the name and the part in brackets (an acronym or
      a foreign name; not a comma-separated list), both with the mention's label;
      one running into a bracketed list or an unclosed bracket keeps its name only;
    - an ORG made of a descriptor and a quoted name, ``ОАО «Газпром»``,
      ``РИА «Новости»``, keeps only the quoted name;
    - supranational bodies tagged LOC (``ЕС``, ``Евросоюз``, ``Европейского
      союза``: resources/ner/orgs_tagged_loc.txt) become ORG, the space station
      tagged ORG (``МКС``: resources/ner/places_tagged_org.txt) LOC.
    """
    if "|" in text[start:end]:  # a wiki link's ``target|display`` (``Уго|Уго Чавеса``): the text shown
        start = text.rindex("|", start, end) + 1
        if start >= end:
            return []
    match = PARENTHESIS.fullmatch(text, start, end)
    if match:
        return [(start, match.end("name"), label), (match.start("inner"), match.end("inner"), label)]
    match = UNCLOSED.fullmatch(text, start, end)
    if match:  # the brackets' list is no name of its own: ``(Federación Cubana de Atletismo; FCA)``
        return [(start, match.end("name"), label)]
    match = DESCRIPTOR_QUOTE.fullmatch(text, start, end)
    if label == "ORG" and match:
        start, end = match.span("name")
    if label == "LOC" and ORG_NOT_LOC.fullmatch(text, start, end):
        label = "ORG"
    elif label == "ORG" and LOC_NOT_ORG.fullmatch(text, start, end):
        label = "LOC"
    return [(start, end, label)]


def fused_surnames(ents: list[Span]) -> list[Span]:
    """``с премьером Шпидла Руснок заявил``, ``после свержения Маркоса Акино стала``: two words slovnet
    took for one person's name are the surnames of two other persons the text names in full
    (``Владимира Шпидлы``, ``Иржи Руснок``); each is a mention of its own. A first word pymorphy3's
    dictionary reads as a first name (``Айрата``), a word not in lower case past its capital
    (``IV``), or a name that recurs whole keeps the name whole."""
    surnames = _named_in_full(ents)
    if len({name for names in surnames.values() for name in names}) < 3:
        return ents  # (two other persons named in full are needed, besides the pair)
    recurring = Counter(key(e._.normal or "") for e in ents if e.label_ == "PER")
    out = []
    for e in ents:
        words = tokens_of(e)
        own = key(e._.normal or "")
        if e.label_ == "PER" and len(words) == 2 and recurring[own] == 1 and all(t.text[1:].islower() for t in words) \
                and not first_name(words[0].text, any_case=True):
            parts = [Span(e.doc, t.i, t.i + 1, label="PER") for t in words]
            normals = [normalize_span(part) for part in parts]
            if all(any(surnames.get(form, set()) - {own} for form in surname_forms(normal)) for normal in normals):
                for part, normal in zip(parts, normals):
                    part._.normal = normal
                out.extend(parts)
                continue
        out.append(e)
    return out


def _named_in_full(ents: list[Span]) -> dict[str, set[str]]:
    """The surnames of the persons named in full (a generation's mark taken off), each with those names."""
    surnames: dict[str, set[str]] = {}
    for e in ents:
        if e.label_ != "PER":
            continue
        names = name_words(e._.normal or "")
        if len(names) > 1:
            surnames.setdefault(GENERATION.sub("", key(names[-1])), set()).add(key(e._.normal))
    return surnames


def owners_before_names(ents: list[Span]) -> list[Span]:
    """``Тренер Рябовой Тамара Вишневская``: a genitive surname of another person the text names in
    full (``Ксения Рябова``), which slovnet ran into the full name after it, is a mention of its own;
    the name from its first name on is the other. Only before a first name pymorphy3's dictionary
    reads in the nominative, and a genitive slovnet sees."""
    surnames = _named_in_full(ents)
    out = []
    for e in ents:
        words = tokens_of(e)
        if e.label_ == "PER" and len(words) >= 3 and words[0].morph.get("Case") == ["Gen"] \
                and first_name(words[1].text) and words[1].morph.get("Case") == ["Nom"] \
                and not first_name(words[0].text, any_case=True) and not any(_patronymic(t.text) for t in words[2:]):
            owner = Span(e.doc, words[0].i, words[0].i + 1, label="PER")
            rest = Span(e.doc, words[1].i, e.end, label="PER")
            normal = normalize_span(owner)
            if any(surnames.get(form) for form in surname_forms(normal)):
                owner._.normal, rest._.normal = normal, normalize_span(rest)
                out.extend((owner, rest))
                continue
        out.append(e)
    return out


def _patronymic(word: str) -> bool:
    """pymorphy3 reads the word as a patronymic (``Петровна``: ``Волкова Ирина Петровна`` is one name)."""
    return any("Patr" in p.tag for p in readings(word))


def _non_overlapping(spans: list[Span]) -> list[Span]:
    out, last = [], -1
    for span in sorted(spans, key=lambda s: (s.start, -len(s))):
        if span.start >= last:
            out.append(span)
            last = span.end
    return out
