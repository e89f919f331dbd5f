"""Indirect and mixed statements: a speech verb with its clause (``заявил, что …``), a content
phrase (``заявила о …``), an attribution phrase (``по словам X``, ``как сообщил X``, ``сообщает
X``), a parenthetical cue, a participle's or a message noun's clause (``_indirect``)."""
from __future__ import annotations

from functools import cache
from typing import Optional

from spacy.tokens import Doc, Span

from ..doc import CUE_LABEL, SPEAKER_LABEL, is_parsed, text_of, tokens_of
from ..group import CYRILLIC
from .cues import (
    ents_of, _after_ob_etom, _in_first_person, _is_cue_verb, _is_name, _negated, _noun_phrase, _po, _predicate_word,
    _publication_place, _singular_of_plural, _stated_guess, _strip, _that_clause, _under_modal, _words_owner)
from .marks import in_marks, pairs_of
from .mention import _speaker_mention
from .words import (
    ACCUSED_CUES, ASKING_VERBS, ATTRIBUTION_NOUNS, BODY_NOUNS, CITED_NOUNS, CITING_VERBS, CLAUSE_MARKS,
    CLAUSE_ONLY_VERBS, CLAUSE_REACH, CLOSE, CONTENT_OBJECT_VERBS, DASHES, ESTIMATE_NOUNS, GIVEN_TO_UNDERSTAND,
    MARKS, MESSAGE_NOUNS, MESSAGE_VERBS, NEGATED_CUES, OPEN, ORG_HEADS, PARENTHETICAL_NOUNS, POSSESSIVES,
    PUBLICATION_PLACES, PUBLIC_VERBS, PUBLISHING_VERBS, REPORTED_BY_WHICH, REPORT_NOUNS, SPEAKER_GERUNDS,
    SPEECH_ADJECTIVES, SPEECH_VERBS, STATE_NAMES, WRITINGS)


def _indirect(doc: Doc, used: set[int]) -> list[Span]:
    out: list[Span] = []
    # ``Span._`` values are keyed by label and offsets: a later statement over the same characters
    # would overwrite an earlier one's cue and speaker, so the first one's are kept and restored
    values: dict[tuple, tuple] = {}

    def keep(quote: Span) -> None:
        key = (quote.label_, quote.start_char, quote.end_char)
        if key not in values:
            values[key] = (quote._.cue, quote._.speaker)
            out.append(quote)
    lemmas = _indirect_lemmas()
    for t in doc:
        if not is_parsed(t) or t.lemma_ not in lemmas:
            continue  # (every branch below needs one of these lemmas: a cheap test first)
        if _is_cue_verb(t) and t.morph.get("Person") != ["1"] and not _authorial(t) and not _evidential(t) \
                and not _conditional(t) and not _reported_charge(t) and not _denied(t) \
                and (t.lemma_ not in SUBJECT_CUES or any(c.dep_ == "nsubj" for c in t.children)):  # not ``напомним``
            # a cue that introduced a direct quote may still have a content noun phrase:
            # ``заявила о политической ангажированности процесса: «…»``
            clause = (_clause_of(t) or _about(t)) if t.i in used \
                else (_clause_of(t) or _that_before(t) or _about(t) or _as_clause(t) or _colon_clause(t)
                      or _explanation(t))
            if clause is None and t.i in used:
                # ``А спустя десять дней, обещает Бертман, зрителям покажут …:`` + a quoted paragraph:
                # the sentence around a parenthetical cue is a statement too
                clause = _as_clause(t)
                clause = clause if clause is not None and (clause.start < t.i < clause.end or (
                    # ``Как сообщает X, <clause>: «…»``: the clause before the colon is X's too
                    clause.start > t.i and any(w.lower_ == "как" for w in doc[t.sent.start:t.i]))) else None
            if clause is None:
                continue
            colon = doc[clause.start - 1].text == ":" and t.i < clause.start  # (in the first person: direct)
            quote = _statement(doc, clause.start, clause.end,
                               "direct" if colon and _in_first_person(clause) else "indirect", t)
            if clause.start < t.i < clause.end and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in t.children) \
                    and not (quote._.speaker is not None and quote._.speaker.root.dep_ == "obl"
                             and quote._.speaker.root.head.i == t.i):
                # a parenthetical cue with no subject inside its statement (``как сообщалось``): no source;
                # but a body of an indefinite-personal cue speaks (``Пожар, как уточнили в МЧС, …``)
                quote._.speaker = None
            keep(quote)
            while clause is not None and clause.end < t.sent.end and t.i < clause.start:
                # ``сообщил, что A, и что B``: B is a statement of the same cue too
                comma = next((k for k in range(clause.end, min(clause.end + 3, t.sent.end))
                              if doc[k].text == ","), None)
                first = None if comma is None else _and_that(doc, comma, t.sent.end - 1)
                clause = None if first is None else _clip(doc, first, t.sent.end - 1)
                if clause is not None:
                    more = _statement(doc, clause.start, clause.end, "indirect", t)
                    more._.speaker = quote._.speaker
                    keep(more)
        elif t.lemma_ in CONTENT_NOUNS and t.pos_ == "NOUN" and _po(doc, t) is None and _noun_clause(t) is not None:
            # ``появилось сообщение, что …``, ``опубликованы данные о том, что …``: a message and its content
            clause = _noun_clause(t)
            quote = Span(doc, clause.start, clause.end, label="indirect")
            quote._.cue = Span(doc, t.i, t.i + 1, label=CUE_LABEL)
            if t.dep_ in ("nsubj", "nsubj:pass"):  # ``На сайте газеты X появилась информация, что …``
                quote._.speaker = _publication_place(t.head)
            keep(quote)
        elif t.lemma_ in ATTRIBUTION_NOUNS and t.i and (po := _po(doc, t)) is not None \
                and not (t.lemma_ in ESTIMATE_NOUNS and doc[po].lower_ == "согласно") \
                and (t.lemma_ not in PARENTHETICAL_NOUNS or _parenthesis(doc, po, t)):
            if t.lemma_ in ("версия", "оценка") and po > t.sent.start and doc[po - 1].pos_ in ("NOUN", "PROPN", "ADJ"):
                # ``чемпион мира по версии WBC``, ``пояс по версии NABF``: a title's body, no report;
                # ``поездка по оценке ситуации``: a task
                continue
            quote = _attribution_phrase(doc, t)
            if quote is not None:
                keep(quote)
        elif t.lower_ == "согласно" or (t.lower_ == "соответствии" and t.i and doc[t.i - 1].lower_ == "в"
                                        and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "с"):
            quote = _according_to(doc, t)
            if quote is not None:
                keep(quote)
        elif t.morph.get("VerbForm") == ["Part"] and t.morph.get("Variant") != ["Short"] and (
                t.lemma_ in PARTICIPLE_CUES or (t.lemma_ in SPEECH_VERBS and _that_clause(t)
                                                and (t.lemma_ not in CLAUSE_ONLY_VERBS or _stated_guess(t)))):
            quote = _participle_statement(t)
            if quote is not None:
                keep(quote)
        elif t.lemma_ in MESSAGE_VERBS and t.pos_ == "VERB" and t.morph.get("VerbForm") != ["Part"]:
            quote = _published_message(t)
            if quote is not None:
                keep(quote)
        elif t.lemma_ in CONCLUSIONS and t.head.lemma_ in CONCLUDING_VERBS and t.head.i < t.i and is_parsed(t.head) \
                and not _negated(t.head):
            # ``пришёл к выводу, что …``, ``сделали вывод, что …``: a finding stated by its author
            clause = _clause_of(t.head)
            if clause is not None:
                keep(_statement(doc, clause.start, clause.end, "indirect", t.head))
        elif t.lemma_ in CITING_VERBS and t.pos_ == "VERB":
            quote = _cited_words(t)
            if quote is not None:
                keep(quote)
    for quote in out:
        quote._.cue, quote._.speaker = values[(quote.label_, quote.start_char, quote.end_char)]
    return out


def _parenthesis(doc: Doc, po: int, noun) -> bool:
    """``по <noun>`` at token ``po`` opens a parenthesis: the noun in the dative (not ``по заключении
    контракта``), after the sentence start, a comma, a dash or a bracket (not ``фильм по рассказу``)."""
    before = next((doc[k] for k in range(po - 1, noun.sent.start - 1, -1) if not doc[k].is_space), None)
    return noun.morph.get("Case") == ["Dat"] and (before is None or before.text in ",(" or before.text in DASHES)


def _that_before(verb) -> Optional[Span]:
    """``О том, что <clause>, было объявлено 15 февраля``, ``О том, что …, сообщил X``: the
    clause the sentence opens with, before the cue (its comma), else None."""
    doc = verb.doc
    sent = verb.sent
    words = [t for t in doc[sent.start:verb.i] if not t.is_space]
    while words and words[0].pos_ == "CCONJ":
        words = words[1:]
    if len(words) < 6 or [w.lower_ for w in words[:4]] != ["о", "том", ",", "что"] or _negated(verb):
        return None
    depth, comma = 0, None
    for w in words[4:]:
        depth += (w.text in OPEN) - (w.text in CLOSE)
        if w.text == "," and depth <= 0:
            comma = w.i
    if comma is None:  # (no comma before the cue: ``… «World Press Photo» было объявлено``)
        comma = verb.i
        while comma - 1 > words[3].i and doc[comma - 1].pos_ in ("AUX", "PART") and doc[comma - 1].lemma_ == "быть":
            comma -= 1
    if any(_is_cue_verb(w) and w.i > comma for w in words if w.i != verb.i):
        return None
    clause = _strip(doc, words[3].i + 1, comma - 1)
    return clause if clause is not None and len(tokens_of(clause)) >= 3 else None


# nouns of a message whose content follows as a clause: ``сообщение, что …``, ``информация о том, что …``
CONTENT_NOUNS = frozenset({"сообщение", "информация", "данные", "сведения", "сведение", "заявление"})


# the message appears, is published or received: ``появилось сообщение, что …``
APPEARING_VERBS = frozenset({"появиться", "появляться", "опубликовать", "публиковать", "поступить",
                             "поступать", "распространить", "распространять", "распространиться"})


def _noun_clause(noun) -> Optional[Span]:
    """The clause of ``<noun>, что …`` / ``<noun> о том, что …`` right after the noun, else None."""
    doc = noun.doc
    if not is_parsed(noun) or noun.head.lemma_ not in APPEARING_VERBS or noun.dep_ not in ("nsubj", "nsubj:pass"):
        # (not ``проверяется информация о том, что …``: nothing reported; ``Министерство
        # опубликовало заявление о том, что …`` is the publisher's statement)
        return None
    words = [t for t in doc[noun.i + 1:min(noun.i + 8, noun.sent.end)] if not t.is_space]
    if len(words) >= 3 and [w.lower_ for w in words[:2]] == [",", "что"]:
        first = words[1].i + 1
    elif len(words) >= 5 and [w.lower_ for w in words[:4]] in ([w, "том", ",", "что"] for w in ("о", "об")):
        first = words[3].i + 1
    else:
        return None
    clause = _clip(doc, first, noun.sent.end - 1)
    return clause if clause is not None and len(tokens_of(clause)) >= 3 else None


@cache
def _indirect_lemmas() -> frozenset:
    """The lemmas any statement of ``_indirect`` starts from (the sets are defined further down)."""
    return (SPEECH_VERBS | SPEECH_ADJECTIVES | ATTRIBUTION_NOUNS | PARTICIPLE_CUES
            | MESSAGE_VERBS | CITING_VERBS | CONTENT_NOUNS | CONCLUSIONS | NEGATED_CUES | GIVEN_TO_UNDERSTAND)


# cues only with a subject of their own: ``следователи подозревают, что …`` is a belief
# stated, ``его подозревают в том, что …`` an accusation with no source
SUBJECT_CUES = frozenset({"подозревать"})
# ``пришёл к выводу, что …``: the noun (a cue lemma, so its sentence is parsed) and its verbs
CONCLUSIONS = frozenset({"вывод"})
CONCLUDING_VERBS = frozenset({"прийти", "приходить", "сделать", "делать"})


def _cited_words(verb) -> Optional[Span]:
    """``Forbes приводит слова знакомого семьи, что <clause>``: Y's statement, the clause
    after ``, что`` (cue: the verb; speaker: whose words they are, ``_words_owner``, else the
    verb's subject)."""
    if not any(c.dep_ == "obj" and c.lemma_ in CITED_NOUNS and c.i > verb.i for c in verb.children):
        return None
    clause = _clause_of(verb)
    if clause is None:
        return None
    quote = _statement(verb.doc, clause.start, clause.end, "indirect", verb)
    owner = _words_owner(verb)
    if owner is not None:
        quote._.speaker = owner
    return quote


# participles that report on the noun they modify: ``Фергюсона, объявившего об уходе``
# (any other speech verb's participle reports only a ``что`` clause: ``представители ХДС, считавшие, что …``)
PARTICIPLE_CUES = frozenset({"объявить", "сообщить", "заявить", "объявлять", "сообщать", "заявлять"})


def _participle_statement(participle) -> Optional[Span]:
    """``журналист, сообщивший об изнасиловании``, ``премьером, объявившим ранее, что …``: the
    ``о`` phrase or the clause is the statement of the noun the participle modifies (its
    mention), else None."""
    doc = participle.doc
    noun = participle.head
    case = participle.morph.get("Case")
    # a participle after a comma the parse hung on a verb (``«Украинского фронта», заявлявшего о …``)
    loose = not participle.dep_.startswith("acl") and case \
        and participle.i > participle.sent.start and doc[participle.i - 1].text == ","
    if not loose and (not participle.dep_.startswith("acl") or noun.i > participle.i
                      or noun.pos_ not in ("NOUN", "PROPN")):
        return None
    same = (lambda c: c == case or {c[0], case[0]} == {"Gen", "Acc"}) if case else None  # (animate Acc = Gen)
    if case and (loose or not same(noun.morph.get("Case") or [""])):
        # the parse hung it on another noun: the participle agrees with the one before its comma
        agreeing = [t for t in doc[max(participle.sent.start, participle.i - 5):participle.i]
                    if t.pos_ in ("NOUN", "PROPN") and same(t.morph.get("Case") or [""])]
        if not agreeing:
            return None
        noun = agreeing[-1]
        while noun.dep_ in ("flat", "flat:name", "appos") and noun.head.i < noun.i \
                and same(noun.head.morph.get("Case") or [""]):
            noun = noun.head  # (``Андрея Смирнова``: the name's first word heads it)
    phrase = _about_phrase(participle) if participle.lemma_ in PARTICIPLE_CUES else None
    if phrase is not None and doc[phrase.start - 1].lower_ in ("о", "об", "обо") and len(tokens_of(phrase)) >= 2:
        # the participle phrase runs to its own end (``об уходе с поста по окончании сезона``)
        phrase = _strip(doc, phrase.start, max(phrase.end - 1, participle.right_edge.i)) or phrase
    else:  # only ``о …`` (``сообщивший новость`` names no content) or a clause (``объявившим, что …``)
        phrase = _clause_of(participle)
        if phrase is None:
            return None
    quote = Span(doc, phrase.start, phrase.end, label="indirect")
    quote._.cue = Span(doc, participle.i, participle.i + 1, label=CUE_LABEL)
    quote._.speaker = _noun_phrase(noun)
    return quote


def _published_message(verb) -> Optional[Span]:
    """``X опубликовал заявление о том, что <clause>``, ``X выступил с заявлением о том, что
    <clause>``: X's statement, the clause after ``о том, что`` (cue: the verb; speaker: its
    subject), else None."""
    doc = verb.doc
    for noun in verb.children:
        if noun.lemma_ not in MESSAGE_NOUNS or noun.i < verb.i:
            continue
        if not (noun.dep_ == "obj" and verb.lemma_ in PUBLISHING_VERBS) and not (
                noun.dep_ == "obl" and verb.lemma_ in PUBLIC_VERBS
                and any(c.dep_ == "case" and c.lower_ in ("с", "со") for c in noun.children)):
            continue
        words = [t for t in doc[noun.i + 1:min(noun.i + 6, verb.sent.end)] if not t.is_space]
        if len(words) < 4 or words[0].lower_ not in ("о", "об") or words[1].lower_ != "том" \
                or words[2].text != "," or words[3].lower_ not in CLAUSE_MARKS:
            continue
        clause = _clip(doc, words[3].i + 1, verb.sent.end - 1)
        if clause is None or len(tokens_of(clause)) < 3:
            return None
        return _statement(doc, clause.start, clause.end, "indirect", verb)
    return None


# predicates of the author's voice: ``Стоит отметить, что …``, ``Нужно сказать, что …``
AUTHOR_MODALS = frozenset({"стоить", "следовать", "нужно", "надо", "необходимо", "важно", "можно",
                           "нужный", "необходимый", "важный"})


def _reported_charge(verb) -> bool:
    """A passive accusation (``обвиняется в том, что …``) inside another voice's sentence (``Как
    сообщили в СК, задержанный обвиняется …``, ``…, заявил прокурор``) or in a relative clause
    (``мэр, который обвиняется в том, что …, покинул страну``): that voice's, or no statement."""
    if verb.lemma_ not in ACCUSED_CUES:
        return False
    charge = _clause_of(verb)
    inside = range(charge.start, charge.end) if charge is not None else range(0)
    return verb.dep_ in ("acl:relcl", "acl") or any(
        w.i != verb.i and w.i not in inside and is_parsed(w)
        and (_is_cue_verb(w) or (w.lemma_ in ATTRIBUTION_NOUNS and _po(w.doc, w) is not None))
        for w in verb.sent)  # (a cue of the charge itself is its content: ``… в том, что передал …``)


# acts of saying that, negated, say nothing: ``Министр не говорил, что …``, ``не подтвердил, что …``
# (an opinion negated is still one: ``не верит, что …``, ``не уверен, что …``, ``не отрицает, что …``)
SAYING_VERBS = frozenset({"говорить", "сказать", "заявить", "заявлять", "сообщить", "сообщать", "утверждать",
                          "подтвердить", "подтверждать", "написать", "писать", "упомянуть", "упоминать",
                          "рассказать", "рассказывать", "объявить", "объявлять", "уточнить", "уточнять",
                          "пояснить", "пояснять", "обещать", "пообещать"})


# what one refuses or only intends to say is not said: ``отказалась подтвердить, что …``, ``намерена
# заявить, что …``
UNSAID = frozenset({"отказаться", "отказываться", "собираться", "намереваться", "намеренный", "планировать"})


def _denied(verb) -> bool:
    """A negated act of saying (``никогда не заявлял, что …``), or one refused or intended: no statement."""
    return (verb.lemma_ in SAYING_VERBS and _negated(verb)) or _under_modal(verb, UNSAID)


def _conditional(verb) -> bool:
    """``Если участник заявляет о …, то …``: a cue under ``если`` is a condition, not a report; so is
    one under ``чтобы`` in the past (``не было случая, чтобы королева жаловалась на …``), a wish or a
    case (not the infinitive of a purpose, ``приехал, чтобы заверить жителей, что …``)."""
    return any(c.dep_ == "mark" and (c.lower_ in ("если", "ежели") or (
        c.lower_ == "чтобы" and verb.morph.get("VerbForm") == ["Fin"])) for c in verb.children)


def _authorial(verb) -> bool:
    """An infinitive cue under a modal of the author's voice (``Стоит отметить, что``)."""
    return _under_modal(verb, AUTHOR_MODALS)


def _evidential(verb) -> bool:
    """A cue that can also mean ``indicates`` with a pronoun of a thing for its subject (``Всё
    указывает на то, что``, ``Последнее говорило о том, что``, ``Это говорит о том, что``):
    evidence, no speech."""
    if verb.lemma_ not in EVIDENTIAL_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(c.lemma_ in THINGS_THAT_SHOW and c.pos_ != "NOUN" for c in subjects)


# cues that also mean ``indicate``, and the pronouns of things that indicate rather than say
EVIDENTIAL_VERBS = frozenset({"говорить", "указывать", "свидетельствовать"})
THINGS_THAT_SHOW = frozenset({"весь", "всё", "это", "тот", "то", "последний", "что"})


def _inner_statement(clause: Span) -> bool:
    """The reported clause holds its own speech verb with a subject and a ``что`` clause or a content
    phrase (``по словам источника, министр заявил, что …``, ``Как передает «Интерфакс», министр
    опроверг сообщения о …``): the innermost statement is that one (not a passive accusation's, ``по
    данным следствия, он обвиняется в том, что …``: the charge is reported)."""
    return any(is_parsed(t) and _is_cue_verb(t) and t.lemma_ not in ACCUSED_CUES
               and any(c.dep_ in ("nsubj", "nsubj:pass") for c in t.children)
               and (_clause_of(t) is not None or (t.lemma_ in VERDICT_VERBS and _about(t) is not None))
               for t in clause)


# verbs that confirm or deny a claim: their content phrase is a statement of its own inside another
# source's report (``признал свою вину`` is an act the report tells of)
VERDICT_VERBS = frozenset({"подтвердить", "подтверждать", "опровергнуть", "опровергать", "отрицать", "отвергнуть",
                           "отвергать"})


# verbs that state a reason in the instrumental: ``объяснил арест необходимостью …``; not a manner or
# a time in the instrumental (``объяснил задачу простыми словами``, ``… вечером``: also the dates'
# spans)
EXPLAINING_VERBS = frozenset({"объяснить", "объяснять", "мотивировать"})
NOT_REASONS = frozenset({"слово", "жест", "пример", "язык", "схема", "рисунок", "цифра", "время", "день",
                         "вечер", "утро", "ночь", "весна", "лето", "осень", "зима", "раз"})


def _explanation(verb) -> Optional[Span]:
    """``объяснил избиение журналиста глубоким стрессом``, ``мотивировав свое решение экономической
    нецелесообразностью``: the reason in the instrumental after what is explained (hung on the
    verb or, by the parse, on its object) is what was stated; ``объяснил тем, что …`` is a clause's."""
    if verb.lemma_ not in EXPLAINING_VERBS or _negated(verb):
        return None
    explained = next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i), None)
    if explained is None or explained.morph.get("Animacy") == ["Anim"]:
        return None  # (``мотивировал футболистов бонусами``: a person spurred on, nothing explained)
    reason = next((c for c in list(verb.children) + list(explained.children)
                   if c.i > explained.i and c.pos_ == "NOUN" and c.morph.get("Case") == ["Ins"]
                   and c.dep_ in ("obl", "nmod") and c.lemma_ not in NOT_REASONS
                   and not any(s.start <= c.i < s.end for s in verb.doc.spans.get("dates", []))), None)
    if reason is None:
        return None
    return _strip(verb.doc, reason.left_edge.i, reason.right_edge.i)


def _colon_clause(verb) -> Optional[Span]:
    """``Министр заявил журналистам: бюджет будет исполнен``: the rest of the sentence's line after a
    colon that follows the cue and its own words, with no marks opening it (a quote in marks is
    ``direct``'s, a colon paragraph ``_colon_paragraphs``')."""
    doc, sent = verb.doc, verb.sent
    if any(c.dep_ == "nsubj" and _mute(c) for c in verb.children):
        return None  # ``Рубль отреагировал сдержанно: курс доллара составил …``: a thing says nothing
    colon = next((t for t in doc[verb.i + 1:min(verb.i + 5, sent.end)] if t.is_punct), None)
    if colon is None or colon.text != ":" \
            or any(t.head.i != verb.i for t in doc[verb.i + 1:colon.i] if not t.is_space):
        return None
    last = colon.i
    for t in doc[colon.i + 1:sent.end]:
        if "\n" in t.text:
            break
        last = t.i
    clause = _strip(doc, colon.i + 1, last)
    if clause is None or clause.start != colon.i + 1 + doc[colon.i + 1].is_space \
            or doc[clause.start].text in MARKS or len(tokens_of(clause)) < 3 \
            or not any(_predicate_word(t) for t in clause) \
            or any(is_parsed(t) and _is_cue_verb(t) and _clause_of(t) is not None for t in clause):
        return None  # (``ответил: в Кремле считают, что …``: the inner voice's statement)
    return _before_confirmation(clause)  # (``…: бюджет будет исполнен, сообщает ТАСС``)


def _mute(subject) -> bool:
    """A subject that cannot speak: an inanimate common noun that is no entity, body, writing or
    report (``рубль``, ``рынок``; not ``ведомство``, ``документ``, ``данные``)."""
    return subject.pos_ == "NOUN" and subject.morph.get("Animacy") == ["Inan"] and not subject.ent_type_ \
        and subject.lemma_ not in SPEAKING_THINGS


SPEAKING_THINGS = BODY_NOUNS | STATE_NAMES | ORG_HEADS | WRITINGS | REPORT_NOUNS  # inanimate, yet they speak


def _as_clause(verb) -> Optional[Span]:
    """``Как сообщил X, <clause>`` and ``<clause>, сообщает X.``"""
    doc = verb.doc
    sent = verb.sent
    words = [w for w in tokens_of(sent) if is_parsed(w)]  # (not a web link's markup: ``[http://… сообщается]``)
    if not words:
        return None
    k = words.index(verb) if verb in words else -1
    if k >= 2 and words[k - 1].lower_ == "как" and words[k - 2].text == "," and k + 1 < len(words) \
            and words[k + 1].text == "," and verb.lemma_.endswith("ся") \
            and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children) \
            and not any(_is_cue_verb(w) for w in words if w.i != verb.i):
        # ``Голунов, как сообщалось, был избит``: a parenthetical impersonal cue (not ``как
        # полагают``) with no source; the sentence is the statement
        return _strip(doc, words[0].i, words[-1].i - 1 if words[-1].is_punct else words[-1].i)
    kak = k - 1  # ``как`` before the verb, an adverb or two between (``Как ранее сообщали X, …``)
    while kak >= 0 and k - kak <= 3 and (words[kak].pos_ == "ADV" or words[kak].lemma_ == "быть" or (
            # or the verb's subject, a pronoun or a one-word name (``Как он написал в Telegram, …``)
            # (not ``Как мы сообщали``: the outlet's own earlier words)
            words[kak].dep_ == "nsubj" and words[kak].head.i == verb.i and (
                words[kak].pos_ == "PROPN" or words[kak].pos_ == "PRON" and words[kak].morph.get("Person") == ["3"]))) \
            and words[kak].lower_ != "как":  # (``Как было объявлено, …``)
        kak -= 1
    if k >= 1 and kak >= 0 and words[kak].lower_ == "как" and (
            verb.lemma_ == "говориться" and not any(c.dep_ in ("obl", "nsubj", "nsubj:pass") for c in verb.children)
            or any(w.lower_ == "выше" for w in words[k + 1:k + 3])):
        # the saying ``Как говорится, …``: no source, no message, no statement; ``Как было сказано
        # выше``: the text's own earlier words
        return None
    if k >= 1 and kak >= 0 and words[kak].lower_ == "как" and (kak == 0 or words[kak - 1].text in ".:;!?" or (
            # ``Однако как сообщают СМИ, …``: after a conjunction or a discourse word
            kak <= 2 and all(w.pos_ in ("CCONJ", "ADV", "PART") or w.text == "," for w in words[:kak]))):
        comma = next((w for w in words[k + 1:] if w.text == ","), None)
        if k + 1 < len(words) and verb.lemma_.endswith("ся") and words[k + 1].pos_ not in ("ADP", "PUNCT") \
                and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children) \
                and (comma is None or any(_predicate_word(w) for w in doc[words[k + 1].i:comma.i])):
            # ``Как сообщается Бабур прилетел …``: an impersonal cue with no source and no comma after
            # it; the clause starts right after the verb (``Как сообщалось ранее, …``: a comma after
            # words with no predicate closes the cue's phrase)
            return _clip(doc, words[k + 1].i, sent.end - 1)
        edge = verb.right_edge.i
        if verb.dep_ in ("parataxis", "advcl") and edge < verb.head.i < sent.end \
                and (comma is None or comma.i > verb.head.i) and _predicate_word(verb.head) \
                and any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
            # no comma after the source: ``Как сообщает агентство Рейтер президент подписал указ``,
            # the clause the cue's phrase is hung on follows that phrase
            return _clip(doc, edge + 1, sent.end - 1)
        after = doc[comma.i + 1:sent.end] if comma is not None else None
        relative = next((t for t in after if not t.is_space), None) if after is not None else None
        if relative is not None and (relative.morph.get("VerbForm") == ["Part"] and relative.morph.get("Variant") != ["Short"]
                                     and relative.morph.get("Case") not in (["Nom"], [])
                                     or _adjective_phrase(relative, next((c for c in verb.children if c.dep_ == "nsubj"), None))):
            # the source's participle phrase (``Как говорится в пресс-релизе, размещенном на сайте
            # ЕСПЧ, <clause>``) or adjective phrase (``Как сообщил источник, близкий к переговорам,
            # <clause>``): the clause starts past its comma
            comma = next((w for w in words if w.text == "," and w.i > relative.i), None) or comma
        if relative is not None and relative.lemma_ == "который":
            # the comma after the subject's relative clause (``Как сообщил агент X, которая …, <clause>``)
            end = relative.head.right_edge.i if relative.head.dep_ in ("acl:relcl", "acl") else relative.i
            comma = next((w for w in words if w.text == "," and w.i > end), None) or comma
        if comma is not None:
            if _inner_statement(doc[comma.i + 1:sent.end]):  # ``Как передает X, Y заявил, что …``
                cut = _contrast(doc, comma.i + 1, sent.end)
                if cut is None:
                    return None
                # ``Как сообщило агентство X, A, однако патологоанатом добавил, что B``: two sources
                return _strip(doc, comma.i + 1, cut - 1)
            return _clip(doc, comma.i + 1, sent.end - 1)
    # (the cue's phrase ends before a gerund of the speaker's: ``<clause>, сообщил X, уточнив, что …``)
    end = next((j for j in range(k + 1, len(words)) if words[j].text == ","
                and _speaker_gerund(doc, words[j].i, sent.end - 1)), len(words) - 1)
    tail = _outside_marks(words[k + 1:end])
    comma = k - 1  # ``<clause>, сообщает X``; ``<clause>, об этом сообщают СМИ`` (the content just given)
    if k >= 4 and _after_ob_etom(words, k):
        comma = k - 3
    elif k >= 4 and words[k - 1].lower_ == "как" and words[k - 2].text in ",(" \
            and words[k - 3].lemma_ not in ("так", "такой", "тот") and all(not w.is_punct or w.text in MARKS + ")"
                                                                           for w in tail) \
            and any(c.dep_ in ("nsubj", "obl") and c.i > verb.i for c in verb.children):
        # ``<clause>, как сообщили в МЧС.``: a source after the cue (not ``поступил так, как сказал
        # отец``, nor the saying ``…, как говорится``); in brackets too (``(как уточнили в РЖД)``)
        comma = k - 2
    if comma >= 1 and words[comma].text == "(" and not _relay_in_brackets(doc, words[comma].i, sent.end):
        comma = -1  # a bracket opens a relay only when it closes the sentence after the source
    if comma >= 1 and words[comma].text in ",(" and words[0] is not verb \
            and end + 1 - k <= (30 if any(w.lower_ == "ссылкой" for w in tail) else 22) \
            and verb.morph.get("VerbForm") != ["Conv"] and (  # (``…, обещав быть «…»``: no attribution)
            all(not w.is_punct or w.text in "()«»\"'" for w in tail)
            # ``…, сообщили в пятницу, 5 марта 2015 года, турецкие СМИ``, ``…, говорится в
            # пресс-релизе, выпущенном Вэнсом``: commas, but no other clause after the cue
            or (all(not w.is_punct or w.text in "()«»\"'," for w in tail)
                and not any(w.morph.get("VerbForm") == ["Fin"] or w.lower_ in CLAUSE_MARKS
                            or w.lemma_ == "который" for w in tail))):
        if any((c.dep_ == "obj" and c.pos_ == "NOUN" or c.dep_ == "xcomp" and c.morph.get("VerbForm") == ["Inf"])
               and c.i > verb.i for c in verb.children) \
                and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
            # ``снялась в сорока фильмах, написала несколько книг``: a predicate with its object
            # (``…, получив поддержку, пообещал продолжить политику``: or an infinitive)
            return None
        if any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < words[comma].i and not _singular_of_plural(c, verb)
               for c in verb.children) \
                and not any(c.dep_ in ("nsubj", "nsubj:pass") and c.i > verb.i for c in verb.children) \
                and comma == k - 1:
            # ``«Лидс», которого считают …, объявил об этом``: the clause is the verb's own subject
            # (unless the verb has one after it too: ``… баскетболист Бинг, сообщило агентство AP``;
            # ``<clause>, об этом говорят исследования``: ``об этом`` points back at the clause)
            return None
        clause = _strip(doc, words[0].i, words[comma].i - 1)
        if clause is None or comma == k - 3 and len(tokens_of(clause)) < 3:
            return None
        that = next((w for w in words[1:min(5, comma)] if w.lower_ == "что" and doc[w.i - 1].text == ","), None)
        if that is not None and any(is_parsed(w) and _authorial(w) for w in words[:that.i - words[0].i]):
            # ``Стоит отметить, что <clause>, как заметил X``: the author's words before the source's
            clause = _strip(doc, that.i + 1, words[comma].i - 1)
            if clause is None:
                return None
        if comma != k - 1 or any(_predicate_word(t) or t.text in DASHES for t in clause) \
                or (any(t.text in OPEN for t in clause) and len(tokens_of(clause)) >= 4):
            # (a quoted part stands for a predicate: ``Ситуация на дорогах «под контролем», сообщили в ГИБДД``)
            return clause
        # no clause before the cue, a subject (``Парламент Грузии в среду, 20 июня, выразил доверие``)
        # or a discourse word opening a parenthetical cue (``Кроме того, сообщает РБК, …``, below)
    aside = k >= 3 and words[k - 1].lower_ == "как" and words[k - 2].text == ","  # ``X, как отмечает РБК, …``
    if k >= 1 and words[k - 1].text == "," or aside:
        # a parenthetical cue after a discourse word: ``Впрочем, подчеркивает газета, Мэйсон — не …``
        # (the source's comma, outside marks: ``Тем временем, сообщает «Новый Регион — Екатеринбург», …``)
        inside = {w.i for w in words[k + 1:]} - {w.i for w in _outside_marks(words[k + 1:])}
        comma = next((j for j in range(k + 1, min(k + 7 + len(inside), len(words)))
                      if words[j].text == "," and words[j].i not in inside), None)
        if comma is not None and _source_between(verb, words[comma].i) \
                and not any(w.pos_ in ("VERB", "AUX") for w in words[k + 1:comma]) and len(words) - comma >= 5:
            if k <= 3 and not aside:
                return _clip(doc, words[comma].i + 1, sent.end - 1)
            first = 1 if words[0].pos_ == "CCONJ" else 0
            # a clause joined by a comma and a conjunction starts after it (``…, а Обама, как сообщает
            # AP, хочет …``); a conjunction with no comma joins predicates of one subject (``работала
            # адвокатом и именно тогда, как отмечает издание, решила …``): the whole sentence
            joined = [j + 1 for j in range(first + 1, k - aside)
                      if (words[j].pos_ == "CCONJ" or words[j].lower_ == "однако") and words[j - 1].text == ","]
            first = joined[-1] if joined else first
            if joined and all(w.is_punct for w in words[first:k - aside]):
                # ``…, однако, как сообщает газета со ссылкой на источник, <clause>``: the clause
                # the conjunction opens follows the aside
                return _clip(doc, words[comma].i + 1, sent.end - 1)
            if not any(w.pos_ == "SCONJ" or w.lemma_ == "который" for w in words[first:k - aside]):
                # ``Спустя десять дней, обещает Бертман, зрителям покажут …``: inside the reported
                # sentence, which is the whole sentence
                return _clip(doc, words[first].i, sent.end - 1)
    return None


def _source_between(verb, comma: int) -> bool:
    """A parenthetical cue names its source before the comma at ``comma``: its subject
    (``Впрочем, подчеркивает газета, …``), or the body of an indefinite-personal verb
    (``Пожар, как уточнили в МЧС, …``)."""
    children = [c for c in verb.children if verb.i < c.i < comma]
    if any(c.dep_ in ("nsubj", "nsubj:pass") for c in children):
        return True
    return verb.morph.get("Number") == ["Plur"] and verb.morph.get("Person") != ["1"] \
        and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children) \
        and any(c.dep_ == "obl" and any(g.lower_ in ("в", "во") for g in c.children) for c in children)


def _domain_dot(token) -> bool:
    """The period inside a domain name (``NEWSru.com``, ``vc.ru``, ``NN.RU``, ``Лента.ру``: no space,
    a Latin letter, a digit or a lower-case letter after it; not a missing space, ``средств.Также``)."""
    doc = token.doc
    after = doc[token.i + 1].text[:1] if token.i + 1 < len(doc) else ""
    return token.text == "." and not token.whitespace_ and after.isalnum() and (after.isascii() or after.islower())


def _outside_marks(words: list) -> list:
    """The words not inside «…», "…" or (…): a name in marks may hold punctuation (``«Лента.ру»``),
    a gloss in brackets too (``(Federación Cubana de Atletismo; FCA)``); a domain name's period
    is not punctuation either (``NEWSru.com``)."""
    out, depth, straight = [], 0, False
    for w in words:
        if _domain_dot(w):
            continue
        if w.text in OPEN or w.text == "(":
            depth += 1
        elif w.text in CLOSE or w.text == ")":
            depth = max(0, depth - 1)
        elif w.text == '"':
            straight = not straight
        elif depth == 0 and not straight:
            out.append(w)
            continue
        if w.text in MARKS:
            out.append(w)
    return out


def _about(verb) -> Optional[Span]:
    """``заявила о политической ангажированности процесса``: the content noun phrase
    (after a gerund only of an announcing verb, ``заявив о приверженности …``: ``говоря о
    концерте, отметил`` names a topic)."""
    doc = verb.doc
    if verb.lemma_ in ASKING_VERBS:
        return None  # (``спросили о снах``: what one asks about is no statement)
    if verb.morph.get("VerbForm") == ["Inf"] or _negated(verb) \
            or (verb.morph.get("VerbForm") == ["Conv"] and verb.lemma_ not in PARTICIPLE_CUES):
        # (nor an infinitive, ``заставил говорить о …``, ``Говорить о … рано``, nor a
        # negated cue, ``не говорил о …``, ``не подтверждают обстоятельства …``: nothing stated)
        return None
    phrase = _about_phrase(verb)
    if phrase is None:
        return None
    semicolon = next((t.i for t in phrase if t.text == ";"), None)
    if semicolon is None:
        # a clause in parentheses ends it with what follows (``об уходе из политики (в этом он был
        # солидарен с Земаном) и до последнего времени работал …``)
        semicolon = next((t.i for t in phrase if t.text == "(" and t.i > phrase.start and any(
            _predicate_word(w) for w in doc[t.i + 1:next((c.i for c in doc[t.i:phrase.end] if c.text == ")"),
                                                         phrase.end)])), None)
    if semicolon is None and verb.morph.get("VerbForm") == ["Conv"] and verb.head.i > phrase.start:
        # ``Объявив об уходе, певица …``: the gerund's phrase ends at its comma, before its main clause
        semicolon = next((t.i for t in phrase if t.text == ","), None)
    if semicolon is None:
        # ``объявили об арестах в среду``: a date that ends the phrase after its preposition is
        # the verb's adverbial, not the content
        semicolon = next((d.start for d in doc.spans.get("dates", ()) if d.end == phrase.end
                          and phrase.start < d.start and d[0].lower_ in ("в", "во")), None)
    if semicolon is not None:  # a noun phrase ends at a semicolon (``о намерении …; через несколько часов …``)
        phrase = _strip(doc, phrase.start, semicolon - 1)
        if phrase is None:
            return None
    words = [t for t in doc[phrase.end:min(phrase.end + 6, verb.sent.end)] if not t.is_space]
    if words and words[0].pos_ == "ADP":
        words = words[1:]
    if len(words) >= 4 and words[0].lower_ == "то" and words[1].text == "," and words[2].lower_ in CLAUSE_MARKS:
        # ``о вступлении в борьбу за то, чтобы …``: the phrase goes on into its clause
        longer = _clip(doc, phrase.start, verb.sent.end - 1)
        phrase = longer if longer is not None else phrase
    after = phrase.end
    while after < verb.sent.end and doc[after].is_space:
        after += 1
    if after + 1 < verb.sent.end and ((doc[after].text == "," and doc[after + 1].lower_ in ("среди", "включая")) or (
            doc[after].text in DASHES[:2] and not any(_is_cue_verb(t) for t in doc[after + 1:verb.sent.end]))):
        # ``о ещё трёх пострадавших, среди них раввин …``: the phrase goes on with who they are;
        # ``о проблемах с психикой — он страдал от депрессий``: a dash goes on saying what it is
        # (not an attribution after it: ``о переговорах — сообщил источник``)
        longer = _clip(doc, phrase.start, verb.sent.end - 1)
        return longer if longer is not None else phrase
    if after < verb.sent.end and doc[after].text == ":" and len(tokens_of(doc[after + 1:verb.sent.end])) >= 4 \
            and tokens_of(doc[after + 1:verb.sent.end])[0].text not in MARKS:  # (a quote in marks is direct)
        # ``напомнила о творческом пути классика: его первые эксперименты …``: the clause says it
        return _clip(doc, after + 1, verb.sent.end - 1)
    if verb.lemma_ in TOPIC_VERBS or (verb.lemma_ in BARE_TOPIC_VERBS and len(tokens_of(phrase)) == 1):
        return None  # ``рассказала журналистам о судьбе деда``, ``сказал о кастинге``: a topic, not a content
    return phrase


# verbs whose ``о …`` names a topic rather than a content stated
TOPIC_VERBS = frozenset({"рассказать", "рассказывать", "рассказываться", "поговорить", "вспоминать"})
# verbs whose ``о`` and one bare noun names a topic (``сказала об инциденте``, ``высказывался о проекте``; but
# ``говорят о стрельбе`` states one, and so does ``говорит о хроническом заболевании``)
BARE_TOPIC_VERBS = frozenset({"сказать", "высказаться", "высказываться"})


def _about_phrase(verb) -> Optional[Span]:
    """The content noun phrase of ``заявила о …`` / ``подтвердила арест …``, else None."""
    doc = verb.doc
    stance = _stance(verb)
    if stance is not None:
        return stance
    admitted = _admitted(verb)
    if admitted is not None:
        return admitted
    k = verb.i + 1
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k + 1 < verb.sent.end and doc[k].lower_ in ("о", "об", "обо") and not _back_reference(doc[k + 1]) and (
            doc[k].head.i == verb.i or (doc[k].head.head.i != verb.i and doc[k].head.i > k)):
        # the parse hung ``о`` on the verb itself, or its noun on another word: the phrase
        # right after the verb runs to the next comma
        last = next((j - 1 for j in range(k + 1, verb.sent.end) if doc[j].text in ",.;:!?—–"), verb.sent.end - 1)
        return _clip(doc, k + 1, last)
    for child in verb.children:
        if child.i < verb.i or child.dep_ not in ("obl", "obj", "nmod"):
            continue
        if child.pos_ not in ("NOUN", "PROPN") and not (
                # a participle or adjective used as a noun: ``сообщается о 14 погибших``
                child.pos_ in ("VERB", "ADJ") and child.dep_ == "obl" and child.morph.get("Case") == ["Loc"]
                and child.morph.get("VerbForm") != ["Fin"]):
            continue
        if child.dep_ == "obj" and verb.lemma_ in CONTENT_OBJECT_VERBS \
                and verb.morph.get("VerbForm") != ["Inf"]:  # ``подтвердила арест …`` (not ``не может признать Крым``)
            if child.lemma_ in ("слово", "информация", "это", "факт", "данные") and not (
                    child.lemma_ == "факт" and any(c.dep_ == "nmod" and c.i > child.i for c in child.children)):
                continue  # ``подтвердила свои слова``: a reference back, not a content (``факт гибели`` is one)
            if _celebrated(child) or _verdict(verb):
                continue
            # (from the verb on: ``X из университета … отметил его вклад``, a left edge the parse
            # took back over the subject's own words, is no content)
            return _clip(doc, max(child.left_edge.i, verb.i + 1), child.right_edge.i)
        cases = [c for c in child.children if c.dep_ == "case"]
        if not cases or cases[0].lower_ not in ("о", "об", "обо") and not (
                cases[0].lower_ == "на" and verb.lemma_ in ON_VERBS and child.morph.get("Case") == ["Acc"]):
            continue
        if _back_reference(child):
            return None
        return _clip(doc, cases[0].i + 1, child.right_edge.i)
    return None


# verbs whose ``на …`` is what they state: ``жаловалась на усталость`` (not ``настаивала на статусе``:
# dev annotates two of five; nor ``указал на дверь``, a gesture, ``данные указывают на рост``, a sign)
ON_VERBS = frozenset({"жаловаться", "пожаловаться"})
# a stance for or against: ``высказалась против идеи``, ``выразили протест против дела``
STANCE_VERBS = frozenset({"высказаться", "высказываться"})
STANCE_NOUNS = frozenset({"протест", "несогласие", "поддержка", "возражение"})
# a concern stated about something (``выразила обеспокоенность ущемлением …``)
CONCERN_NOUNS = frozenset({"обеспокоенность", "озабоченность", "недовольство", "возмущение"})


def _stance(verb) -> Optional[Span]:
    """``высказался за право …`` / ``выразили протест против …``: the phrase with its
    preposition (``за`` and ``против`` carry the stance), else None."""
    doc = verb.doc
    if verb.lemma_ in STANCE_VERBS:
        heads = [verb]
    else:
        heads = [c for c in verb.children if c.dep_ == "obj" and c.lemma_ in STANCE_NOUNS and c.i > verb.i]
    for head in heads:
        for child in head.children:
            if child.i < head.i or child.pos_ not in ("NOUN", "PROPN"):
                continue
            case = next((c for c in child.children if c.dep_ == "case" and c.lower_ in ("за", "против")), None)
            if case is not None and case.i > head.i:
                return _clip(doc, case.i, child.right_edge.i)
    # ``выразила обеспокоенность ущемлением прав …``: the concern's object in the instrumental
    for head in (c for c in verb.children if c.dep_ == "obj" and c.lemma_ in CONCERN_NOUNS and c.i > verb.i):
        for child in head.children:
            if child.i > head.i and child.pos_ == "NOUN" and child.morph.get("Case") == ["Ins"] \
                    and not any(c.dep_ == "case" for c in child.children):
                return _clip(doc, child.i, child.right_edge.i)
    return None


# admissions whose ``в`` phrase is the act admitted: ``признался в употреблении …``
ADMITTING_VERBS = frozenset({"признаться", "признаваться"})
GUILTY = frozenset({"виновный", "виновать"})


# where one admits, not what (``признался … в интервью РБК``, ``в эфире``, ``в своём Telegram-канале``)
SPOKEN_IN = MESSAGE_NOUNS | PUBLICATION_PLACES | frozenset({
    "эфир", "беседа", "разговор", "программа", "передача", "шоу", "подкаст", "канал", "соцсеть", "сеть", "пост",
    "суд", "ход", "выступление", "конференция", "пресс-конференция", "книга", "мемуары", "фильм"})


def _admitted(verb) -> Optional[Span]:
    """``признался в употреблении кокаина``, ``признал себя виновным в мошенничестве``: the
    act admitted, without its ``в`` (``признал в суде`` names a place: only ``признать себя
    виновным`` takes it; ``суд признал его виновным`` is a verdict), else None."""
    if verb.lemma_ in ADMITTING_VERBS:
        holders = [verb]
    elif verb.lemma_ in ("признать", "признавать"):
        holders = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ in GUILTY] \
            if any(c.dep_ == "obj" and c.lemma_ == "себя" for c in verb.children) else []
        # (the act the parse hung on the verb itself, after ``виновным``: ``признал себя виновным во
        # вступлении в сговор``)
        holders += [verb] if holders else []
    else:
        return None
    for holder in holders:
        for child in holder.children:
            cases = [c for c in child.children if c.dep_ == "case"]
            if child.i > holders[0].i and child.dep_ == "obl" and child.pos_ == "NOUN" \
                    and child.morph.get("Case") == ["Loc"] and cases and cases[0].lower_ in ("в", "во") \
                    and child.lemma_ not in SPOKEN_IN and not child.lemma_.endswith("канал"):
                return _clip(verb.doc, cases[0].i + 1, child.right_edge.i)
    return None


# objects of ``отметить`` in its sense ``celebrate``: ``отметил 50-летие``, ``отметили юбилей``
CELEBRATIONS = frozenset({"юбилей", "годовщина", "праздник", "день", "рождество", "дата",
                          "новоселье", "победа", "пасха", "торжество"})


def _celebrated(noun) -> bool:
    """A celebration (``отмечали юбилей``), or a part of one (``отмечали конец праздника``)."""
    def celebration(t) -> bool:
        return t.lemma_ in CELEBRATIONS or t.lemma_.endswith("летие")

    return celebration(noun) or noun.lemma_ in ("конец", "начало", "окончание", "завершение") and any(
        c.dep_ == "nmod" and c.i > noun.i and celebration(c) for c in noun.children)


def _verdict(verb) -> bool:
    """``признал закон противоречащим …``, ``признан виновным``: a predicate in the
    instrumental names a verdict, not a stated content."""
    if any(c.dep_ == "xcomp" or (c.pos_ in ("ADJ", "VERB") and c.morph.get("Case") == ["Ins"]
                                 and c.i > verb.i) for c in verb.children):
        return True
    for t in verb.doc[verb.i + 1:verb.sent.end]:  # one the parse hung elsewhere (``признал X, …, виновным``)
        if t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]:
            return False
        if t.pos_ == "ADJ" and t.morph.get("Case") == ["Ins"] and t.dep_ in ("xcomp", "obl", "advcl") \
                and not (t.head.pos_ == "NOUN" and t.head.morph.get("Case") == ["Ins"]):
            return True
    return False


def _back_reference(noun) -> bool:
    """``сказал об этом``, ``заявил о том`` with no clause: the content was given before."""
    word = noun.lower_.strip("\u200b\ufeff")
    if word not in ("этом", "том", "нем", "нём", "ней", "них"):
        return False
    return not any(t.lower_ in CLAUSE_MARKS for t in noun.doc[noun.i + 1:min(noun.i + 4, noun.sent.end)])


QUESTION_WORDS = frozenset({"когда", "где", "куда", "откуда", "почему", "зачем", "как", "сколько", "кто", "кого",
                            "кому", "кем", "чем", "какой", "какая", "какое", "какие", "каким", "какого", "какую",
                            "каких", "чей", "чья", "чьи", "насколько", "нельзя", "можно"})


def _question(verb) -> Optional[Span]:
    """The reported question of an asking verb (``ASKING_VERBS``): ``спросил, когда …``,
    ``поинтересовался, будет ли …`` (QUOTES.md: a question is a statement), from its first word,
    past the verb's own complements (``спросил Пескова, …``) and no other verb."""
    doc = verb.doc
    if _negated(verb) or verb.morph.get("VerbForm") != ["Fin"] or verb.morph.get("Mood") == ["Imp"] \
            or any(t.lower_ == "если" for t in doc[max(verb.sent.start, verb.i - 4):verb.i]):
        return None  # (``Никто не спросил``, ``Спросить у мэра … не удалось``, ``Спросите``, ``Если вас спросят``)
    for k in range(verb.i + 1, min(verb.sent.end, verb.i + CLAUSE_REACH)):
        t = doc[k]
        if t.text == "," and k + 2 < verb.sent.end:
            nxt = doc[k + 1]
            if nxt.lower_ in QUESTION_WORDS - {"нельзя", "можно"} or doc[k + 2].lower_ == "ли":
                return _clip(doc, k + 1, _speaker_predicate(verb, k + 1, verb.sent.end - 1))
            return None
        if t.pos_ in ("VERB", "AUX") or t.text in MARKS or t.text in ".!?:;":
            return None
    return None


def _clause_of(verb) -> Optional[Span]:
    """The ``что``-clause of a speech verb: from the word after ``что`` to the clause end (an
    asking verb's question: ``_question``)."""
    doc = verb.doc
    if verb.lemma_ in ASKING_VERBS:
        return _question(verb)
    for child in verb.children:
        if child.i < verb.i or child.dep_ not in ("ccomp", "advcl", "parataxis", "xcomp", "obj"):
            continue
        marks = [m for m in child.subtree if m.lower_ in CLAUSE_MARKS and m.i > verb.i]
        if not marks or marks[0].i - verb.i > 12:
            continue
        mark = marks[0]
        if any(doc[k].pos_ in ("VERB", "AUX") or doc[k].text in MARKS for k in range(verb.i + 1, mark.i)):
            continue
        # to the end of the sentence: the parse often cuts subordinate parts off the clause
        last = max(child.right_edge.i, verb.sent.end - 1)
        return _clip(doc, mark.i + 1, _speaker_predicate(verb, mark.i + 1, last))
    # the parse missed the clause: ``, что`` after the verb and its own complements, with no
    # other verb between (``написал на своей странице в Facebook, что``, ``сообщил РИА
    # «Новости», что``, ``рассказала корреспонденту NN.RU, что``, ``отметив только, что``,
    # ``обратил внимание на то, что``)
    words = 0
    depth = 0
    named = None  # the straight marks around names (``в интервью "Первому каналу", что``), when asked
    for k in range(verb.i + 1, verb.sent.end):
        t = doc[k]
        if t.is_space or not is_parsed(t):
            continue  # (an unparsed token of a parsed sentence is a web link's markup: ``[http://x.ru]``)
        if t.text == '"':
            if named is None:
                sent = verb.sent
                named = {m for a, b in pairs_of(doc) if sent.start_char <= a < sent.end_char
                         and text_of(doc)[a] == '"' and _is_name(doc, a, b) for m in (a, b)}
            if t.idx in named:
                continue
        if t.lower_ in ("что", "будто") and depth == 0 and (doc[k - 1].text == "," and words or (
                not words and t.pos_ == "SCONJ") or doc[k - 1].lower_ in ("лишь", "только")):
            # (a comma missing: ``сообщили что автобус был пуст``, ``сказав лишь что сообщит …``)
            return _clip(doc, k + 1, _speaker_predicate(verb, k + 1, verb.sent.end - 1))
        if t.text in OPEN:
            depth += 1
        elif t.text in CLOSE:
            depth -= 1
            if depth < 0:
                return None
        elif t.text == '"' or (t.text in ".!?:;" and not _domain_dot(t)) or (
                t.pos_ in ("VERB", "AUX") and depth == 0 and (t.morph.get("VerbForm") != ["Part"]
                                                              or any(c.dep_ in ("ccomp", "advcl") for c in t.children))):
            # (a participle is a modifier, ``слова соседа погибшего, что``, unless the clause is its
            # own: ``сообщили сотрудники, обнаружившие, что``)
            return None
        words += 1
        if words > CLAUSE_REACH:
            return None
    return None


def _speaker_predicate(verb, first: int, last: int) -> int:
    """The clause's last token before a predicate of the speaker the parse hung on the
    clause (``заявил, что обвинения сняты и ходатайствовал …``: ``ходатайствовал``
    agrees with ``заявил``, not with ``сняты``, and has no subject of its own)."""
    doc = verb.doc
    coordinated = _coordinated_act(verb, first, last)
    if coordinated is not None:
        return coordinated
    for k in range(first + 2, last + 1):
        t = doc[k]
        if t.pos_ == "VERB" and t.morph.get("VerbForm") == ["Fin"] and t.head.i == verb.i and _is_cue_verb(t) \
                and t.dep_ in ("conj", "parataxis", "root") and any(c.dep_ in ("nsubj", "nsubj:pass") for c in t.children):
            # another voice's cue with its subject the parse hung on the cue, past a comma or a dash
            # (``Паулс заявил, что примет участие в работе жюри, сообщает baltinfo.ru``), not in marks
            # (``«состояние тяжелое, говорят врачи» и …``)
            if in_marks(doc, t.idx):
                continue
            j = k
            while j > first + 1 and doc[j - 1].text not in ",;" + DASHES \
                    and not (doc[j - 1].pos_ in ("VERB", "AUX") or doc[j - 1].text in MARKS):
                j -= 1
            if j > first + 1 and doc[j - 1].text in ",;" + DASHES:
                return j - 2
    number, gender = verb.morph.get("Number"), verb.morph.get("Gender")
    tense, person = verb.morph.get("Tense"), verb.morph.get("Person")
    if tense == ["Past"]:
        if not gender and number != ["Plur"]:
            return last  # (a plural past verb shows no gender: ``сообщили, что …, и предположили``)
    elif tense != ["Pres"] or not person or verb.morph.get("VerbForm") != ["Fin"]:
        return last  # (a present verb agrees in person: ``утверждают, что A, и объясняют B``)
    for k in range(first + 1, last + 1):
        t = doc[k]
        if t.pos_ != "VERB" or t.morph.get("VerbForm") != ["Fin"] \
                or t.morph.get("Number") != number or t.morph.get("Gender") != gender \
                or t.morph.get("Tense") != tense or (tense == ["Pres"] and t.morph.get("Person") != person) \
                or any(c.dep_ in ("nsubj", "nsubj:pass") for c in t.children):
            continue
        if t.head.i == verb.i and t.dep_ in ("conj", "ccomp", "parataxis", "root"):
            # (``root``: a second root syntax.repair hung on the first)
            if t.dep_ != "root" and doc[k - 1].text in (",", "и"):
                # hung on the cue itself: ``заявил, что … незаконным, призвал воздержаться …``
                return k - 1 if doc[k - 1].text == "," else k - 2
            if t.dep_ != "root" and k - first >= 4 and doc[k - 1].lower_ == "также" and doc[k - 2].lower_ == "а":
                # ``сообщил, что трасса открыта, а также отметил, что …``
                return k - 4 if doc[k - 3].text == "," else k - 3
            # an adverbial between: ``обратили внимание на то, что …, и в связи с этим высказали …``
            joint = next((j for j in range(k - 1, max(first, k - 7), -1)
                          if doc[j].lower_ == "и" and doc[j - 1].text == ","
                          and not any(doc[m].pos_ in ("VERB", "AUX") for m in range(j + 1, k))), None)
            if joint is not None:
                return joint - 2
        if t.dep_ != "conj":
            continue
        head = t.head
        cc = next((c for c in t.children if c.dep_ == "cc" and c.i < t.i), None)
        also = cc is not None and cc.lower_ == "а" and doc[cc.i + 1].lower_ == "также" \
            and head.morph.get("VerbForm") != ["Fin"]
        if first <= head.i < k and (also or head.morph.get("Number") != number
                                    or (tense == ["Past"] and head.morph.get("Gender")
                                        and head.morph.get("Gender") != gender)):
            # (``рассказала, что «очень счастлива» …, а также поделилась …``: ``а также`` adds a
            # predicate of the speaker to a clause with no finite verb of its own)
            return (cc.i if cc is not None else t.i) - 1
    return last


def _coordinated_act(verb, first: int, last: int) -> Optional[int]:
    """The clause's last token before ``, и <verb>`` or ``, после чего <verb>`` whose finite verb
    has no subject, agrees with the cue and not with the clause's own first predicate: the
    speaker's next act, wherever the parse hung it (``сообщил, что ремонт затянется, и поручил
    подрядчику …``, ``рассказала, что ремонт завершён, и поблагодарила …``), else None. (A verb
    that agrees with both may be the clause's: ``сообщил, что мальчик упал, и сломал руку``; the
    clause's predicate is the one nearest before the comma.)"""
    doc = verb.doc
    if verb.morph.get("VerbForm") != ["Fin"]:
        return None
    own = None
    for k in range(first, last + 1):
        t = doc[k]
        if own is not None and k >= first + 3 and t.pos_ == "VERB" and t.morph.get("VerbForm") == ["Fin"]:
            cut = k - 2 if doc[k - 1].lower_ == "и" and doc[k - 2].text == "," else \
                k - 3 if doc[k - 1].lower_ == "чего" and doc[k - 2].lower_ == "после" and doc[k - 3].text == "," \
                else None
            if cut is not None and cut > first and _same_form(t, verb) and not _same_form(t, own) \
                    and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in t.children) \
                    and not in_marks(doc, t.idx):
                return cut - 1
        if _predicate_word(t) and not in_marks(doc, t.idx) \
                and t.morph.get("VerbForm") not in (["Inf"], ["Conv"]) \
                and not (t.morph.get("VerbForm") == ["Part"] and t.morph.get("Variant") != ["Short"]):
            own = t  # the predicate nearest before (not a fronted clause's: ``пока шли переговоры, злоумышленник
            # удерживал заложников, и отпустил``)
    return None


def _same_form(a, b) -> bool:
    """Two predicates that may share a subject: the same number, and the same gender (past
    tense, short forms) or the same tense and person."""
    if a.morph.get("Number") != b.morph.get("Number"):
        return False
    if a.morph.get("Tense") == ["Past"] or b.morph.get("Tense") == ["Past"] or not b.morph.get("Tense"):
        return a.morph.get("Number") == ["Plur"] or a.morph.get("Gender") == b.morph.get("Gender")
    return a.morph.get("Tense") == b.morph.get("Tense") and a.morph.get("Person") == b.morph.get("Person")


def _clip(doc: Doc, first: int, last: int) -> Optional[Span]:
    """The reported clause first..last, ended early by a colon (a semicolon does not end it:
    ``…; он искал утешение …`` goes on reporting), or the
    next speech verb with its own clause (``…, и добавил, что …``); a colon right
    at its start (``что: «…»``) is skipped."""
    while first < last and (doc[first].is_space or doc[first].text == ":"):
        first += 1
    for k in range(first, last):
        t = doc[k]
        if "\n" in t.text:  # a line break (a headline without a period) ends it too
            last = k - 1
            break
        if _is_cue_verb(t) and t.pos_ != "ADJ" and k > first + 2:
            cut = _contrast(doc, first, k + 1)
            cut = cut if cut is not None and cut >= max(first + 2, k - 12) else None
            if cut is not None:  # ``…, однако позже эту информацию опровергли``: another voice
                last = cut - 1
                break
        if t.text == "," and k > first + 2 and _and_that(doc, k, last) is not None:
            last = k - 1  # ``сообщил, что A, и что B``: two reported clauses
            break
        if t.text == "," and k > first + 2 and k + 1 <= last and _is_cue_verb(doc[k + 1]) \
                and doc[k + 1].morph.get("VerbForm") == ["Fin"] and _named_source(doc[k + 1]) \
                and not any(doc[j].text in (",", '"') or doc[j].text in OPEN or doc[j].lower_ in CLAUSE_MARKS
                            or doc[j].pos_ == "VERB" for j in range(k + 2, last + 1)) \
                and sum((w.text in OPEN) - (w.text in CLOSE) for w in doc[first:k]) <= 0 \
                and sum(w.text == '"' for w in doc[first:k]) % 2 == 0:
            # ``заявил, что A, говорится в сообщении ведомства.``: a source named after the clause
            # is the relay's, not part of what was said (not a comma inside marks, nor a cue whose
            # subject is a quote: ``…, отмечалась «неэффективная работа суда»``, nor the clause's own
            # verbs: ``пациент пришёл в себя, говорит и узнаёт родных``, ``…, пишет письма родным``)
            last = k - 1
            break
        if t.text == "(" and k > first + 2 and _relay_in_brackets(doc, k, last + 2):
            last = k - 1  # ``сказала, что «…» в победу (передает РИА Новости).``: the relay's bracket is not said
            break
        if t.text == "," and k > first + 1 and _speaker_gerund(doc, k, last) \
                and any(_predicate_word(doc[j]) for j in range(first, k)):
            # ``заявил, что дороги расчистят к утру, поблагодарив коммунальщиков``; a contrast before a
            # speech gerund ends it first (``…, однако не стал распространяться …, сказав лишь, что``)
            cut = _contrast(doc, first, min(k + 3, last + 1))
            last = (cut if cut is not None and cut > first + 2 else k) - 1
            break
        if t.lower_ == "по" and k > first + 2 and doc[k - 1].text in ",." and _attribution_follows(doc, k, last) \
                and any(_predicate_word(doc[j]) for j in range(first, k)):  # (a predicate, also ``доступна``)
            # ``заявил, что выборы станут выбором …, по его словам, речь идёт о …``: a clause with
            # an attribution of its own follows the reported one (also past a period the sentence
            # split missed: ``… 30 апреля 2011г. По словам X, …``)
            last = k - 1
            break
        if t.text == ":" and (_quote_closes(doc, k, last) or _clock(doc, k) or _lower_after(doc, k, last)):
            # ``…, что это противоречит принципу: «…»``: the quote ends the clause; ``в 16:00``;
            # ``послужили несколько факторов: адаптация …``: the clause goes on
            continue
        if t.text == ":" or (_is_cue_verb(t) and t.pos_ != "ADJ" and k > first and (
                any(doc[j].lower_ in CLAUSE_MARKS for j in range(k + 1, min(k + 4, last)))
                # ``…, отмечая вместе с тем, что …``: a gerund with a clause of its own
                or (t.morph.get("VerbForm") == ["Conv"] and doc[k - 1].text == "," and is_parsed(t)
                    and _clause_of(t) is not None))):
            subject = {w.i for c in t.children if c.dep_ in ("nsubj", "nsubj:pass") for w in c.subtree}
            between = [doc[j] for j in range(first, k) if not (doc[j].is_space or doc[j].is_punct)]
            if t.text != ":" and (subject and all(w.i in subject for w in between) or (
                    not any(w.pos_ in ("VERB", "AUX") and w.morph.get("VerbForm") == ["Fin"] for w in between)
                    and any(w.pos_ in ("NOUN", "PROPN") and w.morph.get("Case") == ["Nom"]
                            and w.morph.get("Number") == t.morph.get("Number") for w in between))):
                # ``добавив, что полиция считает, что …``, ``Сообщается, что при заполнении анкеты
                # Петров указал, что …``: the inner cue is the clause's only predicate, with its
                # subject before it: the inner statement is the one
                return None
            if t.text != ":" and not subject and t.morph.get("VerbForm") == ["Fin"] and not any(
                    (w.pos_ in ("VERB", "AUX") and w.morph.get("VerbForm") == ["Fin"])
                    or (w.pos_ in ("NOUN", "PROPN", "PRON") and w.morph.get("Case") == ["Nom"]) for w in between):
                continue  # ``сказала, что во время спуска заметила, что …``: the speaker's own, one statement
            # the inner cue's own subject goes with it (``считает, что A, а The Wall Street Journal
            # со ссылкой на источники заявляет, что B``: A ends before ``а The Wall Street Journal``)
            # (and its own object before it: ``спрашивала, все ли хорошо с детьми, ей отвечали, что …``)
            before = {w.i for c in t.children if c.i < t.i and c.dep_ in ("obj", "iobj", "obl") for w in c.subtree}
            last = min([k] + [j for j in subject | before if j > first + 2]) - 1
            while last > first and (doc[last].is_punct or doc[last].is_space or doc[last].pos_ == "CCONJ"):
                last -= 1
            break
    return _strip(doc, first, last)


def _relay_in_brackets(doc: Doc, bracket: int, end: int) -> bool:
    """``… (сообщает ТАСС).``, ``… (как уточнили в РЖД).``: a finite speech verb opens the bracket at
    ``bracket``, and the bracket closes the sentence (only punctuation after it, before ``end``)."""
    words = [t for t in doc[bracket + 1:end] if not t.is_space]
    if words and words[0].lower_ == "как":
        words = words[1:]
    close = next((n for n, t in enumerate(words) if t.text == ")"), None)
    if not words or close is None or close < 2 or not _is_cue_verb(words[0]) \
            or words[0].morph.get("VerbForm") != ["Fin"] or not all(t.is_punct for t in words[close + 1:]):
        return False
    # a source named (``(сообщает ТАСС)``, ``(как уточнили в РЖД)``) or a person described (``(как заявил
    # его сын)``), not a saying's (``(как говорят в народе)``, ``(как сказал классик)``)
    inside = words[1:close]
    return any(t.ent_type_ for t in inside) or any(
        t.dep_ in ("nsubj", "nsubj:pass") and t.head.i == words[0].i and t.lemma_ not in SAYINGS_SOURCES
        and t.pos_ in ("NOUN", "PROPN") for t in inside)


SAYINGS_SOURCES = frozenset({"народ", "классик", "поэт", "мудрец", "поговорка", "пословица", "философ"})


def _speaker_gerund(doc: Doc, comma: int, last: int) -> bool:
    """A gerund of the speaker's own acts (``SPEAKER_GERUNDS``, ``не уточнив``) right after the comma
    at ``comma``, outside quotation marks: the reported clause ends there."""
    words = [t for t in doc[comma + 1:min(comma + 4, last + 1)] if not t.is_space]
    if words and words[0].lower_ == "не":
        words = words[1:]
    return bool(words) and words[0].morph.get("VerbForm") == ["Conv"] \
        and (words[0].lemma_ in SPEAKER_GERUNDS or words[0].lemma_ in SPEECH_VERBS) \
        and not in_marks(doc, doc[comma].idx)


def _and_that(doc: Doc, comma: int, last: int) -> Optional[int]:
    """The first token after ``, и что`` starting at the comma ``comma``, else None."""
    words = [t for t in doc[comma + 1:min(comma + 6, last + 1)] if not t.is_space]
    if len(words) >= 3 and words[0].lower_ == "и" and words[1].lower_ in ("что", "будто"):
        return words[1].i + 1
    return None


def _attribution_follows(doc: Doc, po: int, last: int) -> bool:
    """``по (его) словам`` / ``по мнению …`` opens at token ``po``, a comma and a clause of
    three words or more after it."""
    noun = next((doc[j] for j in range(po + 1, min(po + 4, last)) if doc[j].lemma_ in ATTRIBUTION_NOUNS), None)
    if noun is None or _po(doc, noun) != po:
        return False
    comma = next((j for j in range(noun.i + 1, min(noun.i + 8, last)) if doc[j].text == ","), None)
    return comma is not None and len(tokens_of(doc[comma + 1:last + 1])) >= 3


def _lower_after(doc: Doc, colon: int, last: int) -> bool:
    """A lower-case word follows the colon on its line (a list or an explanation, no quote)."""
    k = colon + 1
    while k <= last and doc[k].is_space and "\n" not in doc[k].text:
        k += 1
    return k <= last and doc[k].is_alpha and doc[k].text[:1].islower()


def _clock(doc: Doc, colon: int) -> bool:
    """The colon at token ``colon`` is inside a time or a score (``в 16:00``, ``2:1``)."""
    return 0 < colon < len(doc) - 1 and doc[colon - 1].text.isdigit() and doc[colon + 1].text.isdigit() \
        and not doc[colon - 1].whitespace_ and not doc[colon].whitespace_


def _quote_closes(doc: Doc, colon: int, last: int) -> bool:
    """A quote in marks opens right after the colon, lower-case (``принципу: «статью может …»``;
    a capital opens a quote of its own, ``буквально: «Судя по …»``), and closes at the clause end."""
    k = colon + 1
    while k <= last and doc[k].is_space:
        k += 1
    if k > last or doc[k].text not in OPEN:
        return False
    first = next((t for t in doc[k + 1:last + 1] if t.text.strip("'")), None)
    if first is None or not first.text[:1].islower():
        return False
    closes = [j for j in range(k + 1, last + 1) if doc[j].text in CLOSE]
    return bool(closes) and all(doc[j].is_punct or doc[j].is_space for j in range(closes[-1] + 1, last + 1))


CONTRAST = frozenset({"однако", "но", "а"})


def _contrast(doc: Doc, first: int, end: int) -> Optional[int]:
    """The comma of the last ``, однако`` / ``, но`` / ``, а <subject>`` in first..end before a speech verb
    with its own subject or after the contrast (the clause turns to another source), else None."""
    found = None
    depth = 0
    for k in range(first, end):
        depth += (doc[k].text in OPEN) - (doc[k].text in CLOSE)
        if depth > 0:
            continue  # (``«состояние тяжелое, но стабильное, говорят врачи»``: inside the quote)
        if doc[k].text == "," and k + 1 < end and doc[k + 1].lower_ in CONTRAST and (
                doc[k + 1].lower_ != "а" or (k + 2 < end and _new_subject(doc[k + 2]))):
            found = k  # (``, а Россия настаивает``: ``а`` with a new subject; not ``…, а хочет рассказать``)
        elif found is not None and _is_cue_verb(doc[k]) and doc[k].pos_ != "ADJ":
            return found
    return None


def _new_subject(word) -> bool:
    """A word that may open a new subject after ``, а``: a nominative noun phrase's first word,
    or a foreign name, which shows no case (``, а The Wall Street Journal …``)."""
    return word.morph.get("Foreign") == ["Yes"] or (
        word.morph.get("Case") == ["Nom"] and word.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "DET"))


def _attribution_phrase(doc: Doc, noun) -> Optional[Span]:
    """``по словам X, <clause>`` or ``<clause>, по словам X.``; in a relative clause, ``X, по словам
    которого <clause>, …``: the clause to the relative clause's comma, ``которого`` the source."""
    sent = noun.sent
    k = _source_end(doc, noun)
    po = _po(doc, noun)
    which = doc[noun.i + 1] if noun.i + 1 < sent.end else None
    if which is not None and which.lemma_ == "который" and po is not None and po > sent.start \
            and doc[po - 1].text == ",":
        end = next((j for j in range(which.i + 2, sent.end) if doc[j].text in ",;:."), None)
        clause = _strip(doc, which.i + 1, end - 1) if end is not None and doc[end].text == "," else None
        if clause is None or len(tokens_of(clause)) < 3 or not any(_predicate_word(t) for t in clause):
            return None
        return _attributed(clause, po, noun, doc[which.i:which.i + 1])
    bare = False  # the clause follows the source with no comma
    if doc[noun.i - 1].lower_ in POSSESSIVES:  # ``по его словам``
        speaker = Span(doc, noun.i - 1, noun.i)
        if k > noun.i + 1 and doc[po].i == sent.start:  # ``По его словам он доволен …``: no comma
            k = noun.i
    elif noun.lemma_ in REPORT_NOUNS and (k == noun.i + 1 or not any(
            c.dep_ == "nmod" and c.i > noun.i and c.morph.get("Case") == ["Gen"]
            and all(g.lower_ in ("из", "от") for g in c.children if g.dep_ == "case") for c in noun.children)) \
            and not _foreign_source(doc, noun, k):
        # ``Согласно сообщению, …``, ``По некоторым сообщениям у него …``: no source named; a
        # participle names it (``по информации, сообщенной представителем X``)
        speaker = _reported_by(noun) or Span(doc, noun.i, noun.i + 1)
        if k > noun.i + 1 and doc[noun.i + 1].text != ",":  # no comma after the noun: the clause follows it
            k = noun.i  # (but ``Согласно информации, опубликованной на сайте, <clause>``: past the participle)
    elif k == noun.i + 1:
        if not any(c.lemma_ in ("этот", "тот", "такой", "данный") for c in noun.children):
            return None
        # ``Согласно этой версии, …``: a version named before, no source named here
        speaker = Span(doc, noun.i, noun.i + 1)
    else:
        # (not the relative clause on it: ``По словам Иванова, который возглавляет завод, …``)
        cut = next((j for j in range(noun.i + 1, k) if doc[j].text == "," and _relative_after(doc, j, noun)), k)
        speaker = _strip(doc, noun.i + 1, cut - 1)
        source = next((c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i
                       and c.morph.get("Case") == ["Gen"] and c.pos_ in ("NOUN", "PROPN")), None)
        if source is not None and speaker is not None:
            phrase = _noun_phrase(source)
            own = {t.i for t in noun.subtree}
            rest = tokens_of(doc[phrase.end:k])
            if phrase.start == speaker.start and phrase.end < speaker.end and not any(t.i in own for t in rest) \
                    and any(t.dep_ in ("nsubj", "nsubj:pass") or t.morph.get("VerbForm") == ["Fin"] for t in rest):
                # ``По данным следствия 3 февраля … Завьялов, находясь …, ударил``: no comma after the
                # source, the clause's words the parse hung outside the noun follow its genitive
                speaker, k, bare = phrase, phrase.end - 1, True
    dash = next((j for j in range(noun.i + 1, sent.end) if not doc[j].is_space), sent.end)
    if dash < sent.end and doc[dash].text in DASHES and speaker.root.i == noun.i \
            and any(c.lemma_ == "другой" for c in noun.children):
        # ``ушёл из жизни 5 января (по другим данным — утром)``: the other source's version is
        # what follows the dash, however short, to the bracket or the sentence end
        last = next((j - 1 for j in range(dash + 1, sent.end) if doc[j].text == ")"), sent.end - 1)
        clause = _strip(doc, dash + 1, last)
        if clause is None:
            return None
        return _attributed(clause, po, noun, speaker)
    if k < sent.end and (doc[k].text == "," or k == noun.i or bare) and len(tokens_of(doc[k + 1:sent.end])) >= 3:
        last = sent.end - 1
        depth = 0
        for j in range(k + 1, sent.end):  # a colon ends the reported clause, not one in marks
            depth += (doc[j].text in OPEN) - (doc[j].text in CLOSE)
            if doc[j].text == ":" and depth <= 0 and not _clock(doc, j) and not _lower_after(doc, j, sent.end - 1):
                last = j - 1
                break
        clause = _strip(doc, k + 1, last)
        before = [t for t in doc[sent.start:po] if not t.is_space]
        joint = next((n for n in range(len(before) - 2, 0, -1) if before[n].pos_ == "CCONJ"
                      and before[n - 1].text == "," and before[n + 1].text != ","), None)
        if joint is not None and not any(t.pos_ == "SCONJ" or t.lemma_ == "который" or t.lower_ in RELATIVE_ADVERBS
                                         for t in before[joint:]) and before[joint + 1].lower_ != "не" \
                and any(t.pos_ in ("NOUN", "PROPN", "PRON") and t.morph.get("Case") == ["Nom"]
                        for t in before[joint + 1:]):
            # ``Ставка держится …, а годовая инфляция, по оценке Росстата, замедлилась``: the attribution
            # is inside the clause after the conjunction, which is the whole statement
            before = before[joint + 1:]
        while before and before[0].pos_ == "CCONJ":  # ``А самую масштабную премьеру, по словам X, …``
            before = before[1:]
        nxt = next((t for t in doc[k + 1:sent.end] if not t.is_space), None)
        inside_np = len(before) >= 2 and before[-2].pos_ in ("ADJ", "DET") and nxt is not None \
            and nxt.pos_ in ("NOUN", "ADJ")  # ``спорное, по мнению жителей, решение``
        words = [t for t in before if t.is_alpha]
        subject = len(words) == 1 and words[0].pos_ in ("NOUN", "PROPN", "PRON") \
            and words[0].morph.get("Case") == ["Nom"]  # (``Пожар, по словам очевидцев, начался …``)
        if (len(words) >= 2 or subject) and before[-1].text == "," and not inside_np \
                and not any(t.pos_ == "SCONJ" or t.lemma_ == "который"
                            or (t.pos_ == "CCONJ" and "," in (doc[t.i - 1].text, doc[t.i + 1].text)) for t in before):
            # (not inside a subordinate clause: ``…, хотя, по утверждению издания, …``, nor after a
            # conjunction that opens the attributed part, ``…, но, по словам X, …``, ``… и, по данным X,
            # …``; ``дожил до 90 лет и скончался, по сообщению X, 22 июля`` joins the sentence's own
            # predicates before it)
            # ``В рамках расследования, по сообщениям полиции, арестованы трое``: a parenthetical
            # attribution inside the reported sentence, which is the whole sentence
            clause = _strip(doc, before[0].i, last)
    else:
        clause = _strip(doc, sent.start, _po(doc, noun) - 1)
        if (clause is None or len(tokens_of(clause)) < 3) and speaker is not None \
                and any(t.pos_ in ("VERB", "AUX") for t in speaker):
            # no comma after the source (``по словам женщины на щеке сына …``): the parse
            # gives the genitive's noun phrase, the clause follows it
            source = [c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and c.pos_ in ("NOUN", "PROPN")]
            if source:
                speaker = _noun_phrase(source[0])
                clause = _strip(doc, speaker.end, k - 1)
    if clause is not None:
        gerund = next((t for t in clause if t.i > clause.start + 2 and t.morph.get("VerbForm") == ["Conv"]
                       and doc[t.i - 1].text == "," and is_parsed(t) and _is_cue_verb(t)
                       and _clause_of(t) is not None), None)
        if gerund is not None:  # ``По данным следствия, A, сообщив, что B``: B is the gerund's own statement
            clause = _strip(doc, clause.start, gerund.i - 2)
    if clause is None or speaker is None or len(tokens_of(clause)) < 2 or (len(tokens_of(clause)) == 2 and not (
            any(_predicate_word(t) for t in clause) and (
                any(t.dep_ in ("nsubj", "nsubj:pass") for t in clause)
                or any(t.pos_ == "VERB" and t.morph.get("VerbForm") == ["Fin"] for t in clause)
                and any(t.dep_ == "obj" and t.pos_ in ("NOUN", "PROPN", "PRON") for t in clause)))):
        # (two words only as a subject and its predicate, ``инфляция замедлилась``, or a verb and its
        # object, ``состав обновят``)
        return None
    opens = all(t.is_space or t.is_punct or t.pos_ in ("CCONJ", "ADV", "PART") for t in doc[sent.start:po])
    if not any(_predicate_word(t) or t.text in DASHES
               or t.lower_ in ("нет", "можно", "нужно", "надо", "необходимо") for t in clause) \
            and not (opens and clause.start > noun.i and any(t.dep_ == "nsubj" for t in clause)):
        # ``спорное, по мнению населения, решение о …``: inside a noun phrase, no clause; but a
        # sentence it opens may have no verb (``По словам Пескова, президент в курсе ситуации``)
        return None
    if _inner_statement(clause):  # ``по словам источника, министр заявил, что …``: the minister's statement
        return None
    clause = _before_confirmation(clause)
    return _attributed(clause, po, noun, speaker)


RELATIVE_ADVERBS = frozenset({"где", "куда", "откуда", "когда"})  # (``…, а затем в Казани, где, по его словам, …``)


def _attributed(clause: Span, po: int, noun, speaker: Span) -> Span:
    """The indirect statement ``clause`` of an attribution phrase: its cue from ``по`` to the noun
    (``по словам``), its source ``speaker``."""
    doc = clause.doc
    quote = Span(doc, clause.start, clause.end, label="indirect")
    quote._.cue = Span(doc, po, noun.i + 1, label=CUE_LABEL)
    quote._.speaker = Span(doc, speaker.start, speaker.end, label=SPEAKER_LABEL)
    return quote


def _before_confirmation(clause: Span) -> Span:
    """The clause up to a comma that opens another voice's clause, a speech verb of its own with
    its subject after it (``По словам X, его били, факт насилия подтвердили члены ОНК``)."""
    doc = clause.doc
    for comma in (t for t in clause if t.text == "," and t.i > clause.start):
        segment = []
        for t in doc[comma.i + 1:clause.end]:
            if t.is_punct:
                break
            segment.append(t)
        if any(is_parsed(t) and _is_cue_verb(t) and t.morph.get("VerbForm") == ["Fin"]
               and any(c.dep_ in ("nsubj", "nsubj:pass") and c.i > t.i for c in t.children) for t in segment) \
                and any(_predicate_word(t) for t in doc[clause.start:comma.i]):
            return _strip(doc, clause.start, comma.i - 1) or clause
    return clause


def _according_to(doc: Doc, word) -> Optional[Span]:
    """``Согласно решению Страсбургского суда, <clause>``, ``Согласно материалам дела, …``: a
    document, a decision or data as the source of the whole sentence's clause (the words after
    ``согласно`` are the mention, with no name); a report noun (``согласно сообщению``,
    ``согласно данным X``) is ``_attribution_phrase``'s; a relative ``…, согласно которому
    <clause>`` is ``_according_to_which``'s. ``В соответствии с документом, …`` (``word`` is
    ``соответствии``, its source in the instrumental) is the same."""
    sent = word.sent
    within = word.lower_ == "соответствии"
    after = word.i + 2 if within else word.i + 1
    words = [t for t in doc[after:min(after + 4, sent.end)] if not t.is_space]
    head = next((t for t in words if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
    # a foreign name first, whatever noun follows it (``Согласно comScore, в мае …``: not the clause's noun)
    foreign = bool(words) and words[0].morph.get("Foreign") == ["Yes"] and not within
    if foreign:
        # ``Согласно The Hollywood Reporter, …``: a foreign name shows no case; its last word
        comma = next((t for t in words if t.morph.get("Foreign") != ["Yes"]), None)
        head = doc[comma.i - 1] if comma is not None and comma.text == "," else None
    case = (["Ins"], []) if within else (["Dat"], [])
    if head is None or head.lemma_ in ATTRIBUTION_NOUNS - ESTIMATE_NOUNS \
            or (head.morph.get("Case") not in case and not any(  # (or its modifier's: ``опубликованной декларации``)
                t.morph.get("Case") == case[0] for t in words[:words.index(head)])) \
            or not foreign and any(t.pos_ not in ("ADJ", "DET") and t.morph.get("VerbForm") != ["Part"]
                                   for t in words[:words.index(head)]):  # (``Согласно принятому документу``)
        return None
    if within:
        word = doc[word.i - 1]
    if head.lemma_ == "который":
        return _according_to_which(doc, word, head)
    k = _source_end(doc, head)
    first = k + 1
    if k >= sent.end or doc[k].text != "," or any(t.morph.get("VerbForm") == ["Fin"] for t in doc[head.i:k]):
        # (``В соответствии с этим суд счёл, что …``: no comma closes the source) but the source's
        # noun phrase may end with no comma (``Согласно докладу ООН число беженцев выросло …``)
        k = first = _commaless_source_end(doc, word, head)
        if k is None:
            return None
    if sum(t.text in CLOSE for t in doc[word.i:k]) > sum(t.text in OPEN for t in doc[word.i:k]):
        return None  # ``«Согласно ст.13 Закона …», — заявили в СБУ``: the quote ends before any clause
    nxt = next((t for t in doc[first:sent.end] if not t.is_space), None)
    if nxt is None or (nxt.morph.get("VerbForm") == ["Part"] and nxt.morph.get("Case") == head.morph.get("Case")):
        return None  # ``Согласно отчёту, посвящённому …, …``: the source goes on past the comma
    start = max([sent.start] + [t.i + 1 for t in doc[sent.start:word.i] if t.text in ":;"])
    before = [t for t in doc[start:word.i] if not t.is_space and not t.is_punct]  # (``многое: согласно …``)
    opening = None  # a leading adverbial or subject before the attribution: the statement is the whole sentence
    if before and not (len(before) <= 2 and before[-1].pos_ in ("CCONJ", "ADV")) and before[-1].pos_ != "SCONJ":
        subject = any(t.morph.get("Case") == ["Nom"] and t.pos_ in ("NOUN", "PROPN", "PRON") for t in before)
        owner = any(e.start > word.i and e.end <= k for e in ents_of(doc))
        if doc[word.i - 1].text != "," or not _opening_phrase(before) or (subject and not owner):
            # ``Фермеры, согласно новым правилам, получат …`` inside a sentence: a parenthetical rule,
            # no one's statement (but ``Премия мира, согласно завещанию Нобеля, …``: a named source's);
            # right after a conjunction (``Отметим, что согласно закону, <clause>``) it opens its clause
            return None
        opening = before[0].i  # ``Начиная с осени, согласно распоряжению президента, <clause>``
    last = sent.end - 1
    for j in range(first, sent.end):  # a colon ends the clause
        if doc[j].text == ":" and not _clock(doc, j) and not _lower_after(doc, j, sent.end - 1):
            last = j - 1
            break
    clause = _strip(doc, first, last)
    # four words at least, two after an opening the statement takes in too (``Число беженцев, согласно
    # докладу ООН, выросло вдвое``; but ``Согласно легенде, здесь жил дракон`` is no one's report)
    if clause is None or len(tokens_of(clause)) < (2 if opening is not None else 4) or _inner_statement(clause) \
            or not any(_predicate_word(t) or t.text in DASHES for t in clause):
        return None
    if opening is not None:  # (to before another voice's trailing cue: ``…, сообщает NEWSru``)
        clause = _before_confirmation(_strip(doc, opening, clause.end - 1))
    quote = Span(doc, clause.start, clause.end, label="indirect")
    quote._.cue = Span(doc, word.i, head.i + 1, label=CUE_LABEL)
    source = _strip(doc, words[0].i, k - 1)
    quote._.speaker = Span(doc, source.start, source.end, label=SPEAKER_LABEL)
    return quote


def _commaless_source_end(doc: Doc, word, head) -> Optional[int]:
    """The token after ``согласно <source>`` that opens the sentence with no comma after its noun
    phrase, a writing or a report, when a clause with a subject and a predicate of its own follows
    (``Согласно докладу ООН число беженцев выросло …``), else None."""
    sent = word.sent
    if head.lemma_ not in REPORTED_BY_WHICH or any(
            not t.is_space and not t.is_punct and t.pos_ not in ("CCONJ", "ADV") for t in doc[sent.start:word.i]):
        return None  # (``Согласно новым правилам пассажиры обязаны …``: a rule, no one's report)
    end = _noun_phrase(head).end
    rest = [t for t in doc[end:sent.end] if not t.is_space]
    if end <= head.i or not rest or rest[0].is_punct or any(t.morph.get("VerbForm") == ["Fin"] for t in doc[head.i:end]) \
            or not any(t.head.i not in range(word.i, end) and t.dep_ in ("nsubj", "nsubj:pass") for t in rest) \
            or not any(_predicate_word(t) for t in rest):
        return None
    return end


def _opening_phrase(words: list) -> bool:
    """Words that open a sentence with no clause of their own: an adverbial (``Начиная с осени
    текущего года``) or the subject (``Премия мира, согласно завещанию Нобеля, была вручена``)."""
    return words[0].pos_ in ("ADP", "VERB", "ADV", "NOUN", "PROPN", "ADJ", "DET") and not any(
        (t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]) or t.pos_ == "SCONJ"
        or t.lemma_ == "который" for t in words)


def _according_to_which(doc: Doc, word, relative) -> Optional[Span]:
    """``Президент подписал указ, согласно которому <clause>``: the relative clause's content,
    to the clause's end, with the relative pronoun as the mention (its antecedent names the source)."""
    verb = relative.head
    antecedent = verb.head if verb.head.lemma_ in REPORTED_BY_WHICH or verb.head.dep_ != "nmod" else verb.head.head
    # (``информацию СМИ, согласно которой …``: the parse may hang the clause on the noun's genitive)
    if not is_parsed(relative) or verb.dep_ != "acl:relcl" or antecedent.lemma_ not in REPORTED_BY_WHICH \
            or verb.i < relative.i:
        return None
    clause = _strip(doc, relative.i + 1, max(t.i for t in verb.subtree))
    if clause is None or len(tokens_of(clause)) < 4 or _inner_statement(clause):
        return None
    quote = Span(doc, clause.start, clause.end, label="indirect")
    quote._.cue = Span(doc, word.i, word.i + 1, label=CUE_LABEL)
    quote._.speaker = Span(doc, relative.i, relative.i + 1, label=SPEAKER_LABEL)
    return quote


def _foreign_source(doc: Doc, noun, k: int) -> bool:
    """A name in Latin letters right after the noun, up to the comma at ``k`` (``по данным
    Life,``, ``comScore``: no case to show it is the noun's genitive) or to a prepositional phrase
    before it (``по данным Bloomberg на 2013 год,``)."""
    words = tokens_of(doc[noun.i + 1:k])
    cut = next((j for j, w in enumerate(words) if j and w.pos_ == "ADP" and CYRILLIC.search(w.text)), len(words))
    return bool(words) and not words[0].text.islower() and words[0].is_alpha and not CYRILLIC.search(words[0].text) \
        and all(w.is_alpha and not CYRILLIC.search(w.text) or w.text in MARKS + "." for w in words[:cut])


def _initial_dot(token) -> bool:
    """The period of an initial (``А. Г. Силуанова``, ``С. Глазьева``): after one capital letter, a
    name or another initial after it."""
    doc = token.doc
    if token.text != "." or token.i == 0 or token.i + 1 >= len(doc):
        return False
    letter = doc[token.i - 1].text
    nxt = next((w for w in doc[token.i + 1:token.i + 3] if not w.is_space), None)
    return len(letter) == 1 and letter.isupper() and nxt is not None and nxt.text[:1].isupper()


def _named_source(verb) -> bool:
    """Whether a cue has its source after it: a subject (``пишет BBC``) or a writing it is said
    in (``говорится в сообщении ведомства``)."""
    return any(c.i > verb.i and (c.dep_ in ("nsubj", "nsubj:pass") or c.dep_ == "obl" and c.lemma_ in WRITINGS)
               for c in verb.children)


def _adjective_phrase(word, noun) -> bool:
    """Whether ``word`` opens an adjective phrase with a complement after it that describes
    the source ``noun``, agreeing with it (``источника, знакомого с ситуацией``, ``источник,
    близкий к переговорам``; not ``…, опасные для жизни дома расселят``)."""
    return noun is not None and word.pos_ == "ADJ" and word.is_alpha and word.morph.get("Variant") != ["Short"] \
        and any(c.dep_ in ("obl", "nmod") and c.i > word.i for c in word.children) \
        and all(word.morph.get(f) == noun.morph.get(f) for f in ("Case", "Number"))


def _source_end(doc: Doc, noun) -> int:
    """The token after the source of ``по словам X``: the first comma, dash or period
    outside marks (``По сведениям издания "Право.Ru", …``)."""
    k = noun.i + 1
    depth, straight = 0, False
    apposed = False  # past a comma that opened the source's apposition
    while k < noun.sent.end:
        t = doc[k].text
        if t in OPEN:
            depth += 1
        elif t in CLOSE:
            depth = max(0, depth - 1)
        elif t == '"':
            straight = not straight
        elif doc[k].is_punct and t in ",—–." and not depth and not straight and not _domain_dot(doc[k]) \
                and not _initial_dot(doc[k]):
            # (not the period of a domain name: ``собеседника vc.ru``; not a comma before an oblique
            # participle, which still names the source: ``По данным опроса, проведенного ВЦИОМ, …``,
            # while a nominative one opens the clause: ``По словам прокурора, нападавший …``)
            nxt = next((w for w in doc[k + 1:noun.sent.end] if not w.is_space), None)
            relative = _relative_after(doc, k, noun) if t == "," else None
            if relative is not None:  # ``По словам Иванова, который возглавляет завод, <clause>``
                k = relative + 1
                continue
            if not (t == "," and nxt is not None and (nxt.morph.get("VerbForm") == ["Part"] or _adjective_phrase(nxt, doc[k - 1]))
                    and nxt.morph.get("Variant") != ["Short"] and nxt.morph.get("Case") not in (["Nom"], [])) \
                    and not (t == "," and (apposed or doc[k - 1].ent_type_ in ("PER", "ORG"))
                             and _genitive_apposition(doc, k + 1, noun.sent.end)):
                break
            apposed = t == ","
        k += 1
    return k


def _relative_after(doc: Doc, comma: int, noun) -> Optional[int]:
    """The last token of a relative clause on the source that opens after ``comma`` (``По словам
    Иванова, который возглавляет завод с 2010 года, …``; ``у которой``), ending at a comma or
    the sentence's period, else None."""
    words = tokens_of(doc[comma + 1:min(comma + 3, noun.sent.end)])
    relative = next((w for w in words[:2] if w.lemma_ == "который"), None)
    if relative is None or (relative is not words[0] and words[0].pos_ != "ADP"):
        return None
    verb = relative.head
    while verb.dep_ not in ("acl:relcl", "acl") and verb.head.i != verb.i and verb.i > comma:
        verb = verb.head  # (``которые приводит ТАСС``: the relative is the verb's object)
    if verb.dep_ not in ("acl:relcl", "acl") or not (noun.i <= verb.head.i < comma):
        return None  # (a relative clause the parse hung elsewhere: the clause's own, unsure)
    # to its first comma at the latest (the parse may hang words of the main clause on it)
    end = min([verb.right_edge.i] + [j - 1 for j in range(relative.i + 1, verb.right_edge.i + 1) if doc[j].text == ","])
    return end if end + 1 < noun.sent.end and doc[end + 1].text in ",." else None


def _genitive_apposition(doc: Doc, start: int, end: int) -> bool:
    """The words from ``start`` to the next comma before ``end`` are a noun phrase in the
    genitive with no verb, the source's apposition (``По словам Лео Бенедучи, генерального
    секретаря Osapp, крупнейшего профсоюза …, <clause>``)."""
    words = [t for t in doc[start:end] if not t.is_space]
    if not words or words[0].pos_ not in ("ADJ", "NOUN") or words[0].morph.get("Number") == ["Plur"] or not (
            words[0].morph.get("Case") == ["Gen"]
            or (words[0].morph.get("Case") == ["Acc"] and words[0].morph.get("Animacy") == ["Anim"])):
        return False  # (an animate accusative is the genitive's form: ``генерального секретаря``)
    for t in words:
        if t.text == ",":
            return True
        if t.pos_ not in ("ADJ", "NOUN", "PROPN", "X", "ADP", "DET", "NUM", "CCONJ") and t.text not in MARKS:
            return False
    return False


def _reported_by(noun) -> Optional[Span]:
    """``информации, сообщенной официальным представителем X``: the agent of a speech
    participle right after the comma, else None."""
    doc = noun.doc
    words = [t for t in doc[noun.i + 1:min(noun.i + 5, noun.sent.end)] if not t.is_space]
    if len(words) < 2 or words[0].text != "," or words[1].lemma_ not in SPEECH_VERBS \
            or words[1].morph.get("VerbForm") != ["Part"]:
        return None
    times = doc.spans.get("dates", [])  # (``объявленным поздним вечером``: a time, no agent)
    agents = [c for c in words[1].children if c.i > words[1].i and c.pos_ in ("NOUN", "PROPN")
              and c.morph.get("Case") == ["Ins"] and not any(s.start <= c.i < s.end for s in times)]
    return _noun_phrase(agents[0]) if agents else None


def _statement(doc: Doc, start: int, end: int, label: str, cue) -> Span:
    """The statement over tokens ``start:end`` with its cue and its speaker's
    mention (the mention is resolved to a name in text order by find_quotes)."""
    quote = Span(doc, start, end, label=label)
    quote._.cue = Span(doc, cue.i, cue.i + 1, label=CUE_LABEL)
    quote._.speaker = _speaker_mention(cue)
    return quote
