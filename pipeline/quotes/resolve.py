"""A speaker mention resolved to a canonical name (``_Resolver``):

- an entity in the mention, or a name in apposition to its head in the same
  case (``координатор движения «Левый фронт» Сергей Удальцов``), gives its
  group name; a non-nominative name after a genitive noun belongs to that
  noun (``представитель партии Цвангираи``: unnamed);
- ``он``/``она``/``его`` go to the most recent agreeing subject within
  ``WINDOW`` sentences (quotes skipped; in a sentence the main clause's
  subject first; the gender the past-tense verb shows): a PER, another
  pronoun (followed), or a description (resolved as below, possibly None);
- a description of a person (``президент``, ``глава Минфина``) goes to the
  PER introduced with the same title, else to the most recent PER subject;
  one tied to another referent (``его дочь``, ``адвокат Эльсаеда``,
  ``владелец летной школы``) or a role rarely named (``UNNAMED_PEOPLE``) is
  a new unnamed person: None;
- ``в сообщении``/``в заявлении``/``в интервью`` go to the organisation whose
  statement the text named before, else to the subject of the last speech
  verb (``Об этом сообщил секретариат …``; named or not), else to the source
  reported just before; a headline's person noun to the article's first
  named person speaker;
- an organisation's description goes by its kind (``resources/quotes/
  org_kinds.txt``): ``издание``/``газета``/``агентство`` → the last outlet
  (``outlets.txt`` or introduced by such a noun), ``ведомство`` → the last
  state body (``state_bodies.txt`` names Russian agencies; none: unnamed),
  ``банк`` → the last organisation, ``пресс-служба ведомства`` through its
  modifier, ``в министерстве обороны X`` names the body itself; a part of an
  ORG speaks for it (``Секретариат МАГАТЭ``); ``Представитель Лопес`` with
  Lopez named before is her unnamed representative; a title a sentence gives
  a person (``Картер принёс присягу в качестве министра``) resolves
  ``новый министр``;
- an untagged surname goes to the PER named before with that word, even
  misspelt by one letter (``Сабурова`` → Екатерина Сабирова);
- plural ``представители <ORG>`` speak for the ORG; a state body named with a
  genitive (``полиция Малайзии``, ``пресс-служба полиции РА``) names a later bare
  ``в полиции`` / ``в заявлении полиции``; a person's title skips a person introduced
  with another office (``президент`` ≠ ``председатель совета``), then goes to the
  text's most named person; a headline's title or bare surname goes to the person
  the text introduces later; a pronoun may refer to the source of ``По словам X``
  and never to a plural subject.

Names: the group's name without a title or a parenthetical gloss; a short
form the grouping kept apart takes the full name the text gives
(``Д.Медведев``, ``Виктор Фёдорович`` → ``Виктор Янукович``); an inflected
one the nominative the text gives or pymorphy's (``Мамуки Бахтадзе``,
``Чеффица`` → Джейсон Чеффиц); an ORG its fullest name, with the country a
mention gives it (``Переходный Национальный Совет Ливии``). A state body
named without its country (``МИД``, ``Министерство иностранных дел страны``)
gets the text's country in the genitive (``МИД Таджикистана``), or the one
its mention gives (``пресс-службе МВД Казахстана``). Unresolved
speakers keep the mention with ``normal = None``.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Span

from .. import gazetteer, models
from ..doc import SPEAKER_LABEL, is_parsed, text_of, tokens_of
from ..group import CYRILLIC, close_spelling, verb_gender
from ..norm import SLAVIC_SURNAME, UD_TO_OC, nominative_name, normalize_span
from .cues import ents_of, _common_noun, _is_cue_verb, _is_person_noun, _named_later, _noun_phrase, _po, _stem
from .mention import _owner_of, _speaker_mention, _spouse_of, _writing_pronoun
from .words import (
    ADDRESSING, ANAPHORIC_NOUNS, ANSWERING_VERBS, ASKING_VERBS, ATTRIBUTION_NOUNS, BODY_NOUNS, CLOSE,
    GENERIC_BODIES, GENERIC_PEOPLE, INITIALLED, ISSUING_VERBS, KIND_WORDS, LEGAL_WRITINGS, MARKS, MESSAGE_NOUNS, NATIONAL_BODIES, NICKNAME,
    CITY_BODIES, MISSIONS, OFFICE_STAFF, ONE_OF_A_KIND, OPEN, ORG_HEADS, ORG_KINDS, OUTLET_KINDS, OUTLETS, OWN,
    OWNER_DEPS, OWN_GOVERNMENTS, PARENTHESES,
    PERSON_TITLES, POSSESSIVES, POSSESSOR_GENDER, POSTS, PRESS_SERVICES, PROFESSIONS, PRONOUN_LEMMAS,
    PUBLICATION_PLACES, REGION_ADJECTIVES, REGION_NOUNS, RELAYING_VERBS, REPORTED_BY_WHICH, REPORTING_PARTICIPLES, REPORT_NOUNS,
    REPRESENTATIVES, RULINGS, SENDING_VERBS, STAFF, DESCRIBED_STAFF, SIGNED_NOUNS, SIGNING_VERBS, SOURCES, STATE_BODIES, STATE_NAMES,
    STATE_SERVICES, TESTAMENTS, TITLE_SYNONYMS, UNDERGOING_VERBS, UNNAMED_PEOPLE, UNNAMING, WINDOW, WRITINGS)


class _Resolver:
    """Canonical names for speaker mentions of one Doc."""

    def __init__(self, doc: Doc):
        self.doc = doc
        # a PER that is only a common noun is a tagger slip (a sentence-initial ``Подруга``), unless
        # the grouping joined it to a fuller name (``Рено`` of ``Джанет Рено``, not the car maker),
        # and so is an ORG that is a common abbreviation (``СМИ``: pymorphy's Abbr without Orgn, unlike ``МИД``)
        named = {e._.entity_id for e in ents_of(doc) if e.label_ == "PER" and len(e.text.split()) > 1} - {None}
        self.ents = [e for e in ents_of(doc)
                     if not (e.label_ == "PER" and e._.entity_id not in named and _common_nouns(e.text))
                     and not (e.label_ == "ORG" and _common_abbreviation(e.text))]
        self.groups = {g["id"]: g for g in (doc._.entity_index or [])}
        self._country: Optional[str] = None
        self._names: Optional[list[list[str]]] = None  # the PER names without titles
        self._attested: Optional[list[list[str]]] = None  # the PER mentions in the nominative
        self.quoted: list[tuple[int, int]] = []  # the quoted stretches (set by find_quotes)
        self.last_statement: Optional[Span] = None  # the statement before the one resolved, named or not (find_quotes)
        self._titles: dict[int, list] = {}  # ``_title_words`` by the entity's first token
        self._countries_of: dict[tuple, set] = {}  # ``_titled_countries`` by (person, mention)

    def speaker(self, mention: Span, previous: Optional[Span] = None, depth: int = 0) -> Span:
        """The mention with its canonical name; ``previous`` is the last statement before
        it with a named speaker (the source of an unnamed ``в сообщении`` / ``в интервью``)."""
        span = Span(self.doc, mention.start, mention.end, label=SPEAKER_LABEL)
        if len(mention) == 1 and mention.root.lemma_ in REPORT_NOUNS and _po(self.doc, mention.root) is not None:
            return span  # ``Согласно сообщению, …``, ``по некоторым данным``: no source named
        if self._joint(mention):
            return span  # ``сообщают Пятый канал и РЕН ТВ``: a joint statement has no one name
        if self._unnamed_source(mention):
            return span  # ``источник агентства в прокуратуре``, ``сообщили Интерфаксу источники``
        if len(mention) == 1 and _writing_pronoun(mention.root) and depth < 2:
            # ``МИД опубликовал комментарий. В нём сказано``: the writing's issuer, else the source
            # of the statement before (``В пресс-релизе полиции говорится: … В нём поясняется``)
            writing = self._writing_before(mention.root)
            if writing is not None:
                self._named_as(span, writing, previous, depth)
            return span
        if len(mention) == 1 and mention.root.lower_ == "там":
            # ``В пресс-службе клуба опровергли … Там заверили, что …``: the body that spoke in the
            # sentence before (not a person, nor past a place named since: ``Делегация прилетела в
            # Пекин. Там заверили``)
            said = previous._.speaker if previous is not None else None
            if said is not None and said._.entity_id is not None and mention.start > previous.start \
                    and self._sentences_between(said.start, mention.start) <= 1 \
                    and not any(e.label_ == "LOC" and said.end <= e.start < mention.start for e in self.ents) \
                    and any(e.label_ == "ORG" and e._.entity_id == said._.entity_id for e in self.ents):
                span._.normal, span._.entity_id = said._.normal, said._.entity_id
            return span
        if any(t.lemma_ == "который" for t in mention):
            ent = self._author_of_writing(mention) if _according(mention) else self._relative_antecedent(mention)
            if ent is not None:
                span._.normal, span._.entity_id = self.name(ent), ent._.entity_id
            else:
                issuer = self._issuer(mention)
                if issuer is not None and depth < 2:
                    # ``Комитет … распространил сообщение, в котором говорится``: who issued the message
                    self._named_as(span, issuer, previous, depth)
            return span
        ent = self._entity_in(mention)
        words = tokens_of(mention)
        if ent is not None and ent.label_ == "LOC" and len(words) == 1:
            # a headline's surname the tagger took for a place (``Алиханов: …``): the person the text
            # then names (``Губернатор … Антон Алиханов``)
            ent = _named_later(self.doc, mention.root) or ent
        if ent is None and all(w.is_alpha and not CYRILLIC.search(w.text) for w in words) \
                and not words[0].text.islower():
            span._.normal = " ".join(w.text for w in words)  # ``По данным comScore``: a name the tagger missed
            return span
        if ent is not None and self._is_description(ent):  # ``Агентства`` tagged ORG: the body named before
            placed = self._placed_body(tokens_of(ent)[0], mention)
            if placed is not None:
                span._.normal = placed
                return span
            ent = self._nearest(tokens_of(ent)[0], "ORG")
        elif ent is not None and ent.label_ == "PER" and len(tokens_of(ent)) == 1 \
                and tokens_of(ent)[0].lemma_ in PERSON_TITLES and _common_noun(ent.text):
            ent = self._described(mention, depth)  # ``Папа`` tagged PER: a title, the person it refers to
        elif ent is None:
            head = _mention_head(mention)
            if head.lemma_ == "который" and len(tokens_of(mention)) == 1 and depth < 2:
                # ``тренер Павел Зорин, который заявил``: the noun the relative clause modifies
                clause = head.head
                while clause.dep_ not in ("acl:relcl", "acl") and clause.head.i != clause.i \
                        and clause.i != clause.head.i and clause.sent.start <= clause.head.i < clause.sent.end \
                        and clause.pos_ not in ("NOUN", "PROPN"):
                    clause = clause.head
                if clause.dep_ in ("acl:relcl", "acl") and clause.head.pos_ in ("NOUN", "PROPN") and clause.head.i < head.i:
                    self._named_as(span, _noun_phrase(clause.head), previous, depth)
                return span
            if (head.lemma_ in PRONOUN_LEMMAS or head.lower_ in POSSESSIVES) and len(tokens_of(mention)) == 1:
                ent = self._antecedent(head)
            elif head.lemma_ in PUBLICATION_PLACES and head.morph.get("Case") == ["Loc"] and depth < 2 and (owner := next(
                    (c for c in head.children if c.i > head.i and c.dep_ in OWNER_DEPS
                     and c.pos_ in ("NOUN", "PROPN") and mention.start <= c.i < mention.end), None)) is not None:
                # ``на сайте столичной мэрии``, ``в твиттере Кларенс-Хаус``: the owner publishes (a
                # subject ``газета 7Плюс`` is the outlet itself)
                return self._named_as(span, _noun_phrase(owner), previous, depth)
            elif head.lemma_ in WRITINGS:
                # ``в пресс-релизе, выпущенном Вэнсом``: the agent of the participle
                agents = [a for c in head.children if c.dep_ == "acl" for a in c.children
                          if a.dep_ in ("obl:agent", "obl") and a.morph.get("Case") == ["Ins"]
                          and a.pos_ in ("NOUN", "PROPN")]
                ent = self._ent_of(agents[0]) if agents and is_parsed(agents[0]) else None
                # the person the writing is of (``распоряжению президента РФ Дмитрия Медведева``,
                # ``завещанию Альфреда Нобеля``)
                ent = ent or next((e for e in reversed(self.ents) if e.label_ == "PER" and mention.start < e.start
                                   and e.end <= mention.end and e.root.morph.get("Case") == ["Gen"]
                                   and _owner_of(e.root, head)), None)
                if ent is None and depth < 2 and (issuer := _issued_by(head)) is not None:
                    # ``Департамент … подготовил проект постановления, в котором говорится``: who issued it
                    return self._named_as(span, _noun_phrase(issuer), None, depth)
                owner = next((t for t in mention if t.head.i == head.i and t.lower_ in POSSESSIVES
                              and t.i < head.i), None)
                if ent is None and owner is not None and owner.lower_ != "их":
                    # ``В его обращении говорится``: the writing of the person the possessive refers to
                    ent = self._antecedent(owner)
                author = self._author_described(mention)
                if ent is None and author is not None:
                    ent = self._described(_noun_phrase(author))
                    if ent is None:
                        return span
                if ent is None and head.lemma_ in RULINGS and len(tokens_of(mention)) == 1:
                    # ``В приговоре отмечается``: the court named last before
                    courts = [e for e in self.ents if e.start < head.i and e.label_ == "ORG"
                              and self._named_with(e, "суд")]
                    ent = courts[-1] if courts else None
                if ent is None and head.lemma_ in TESTAMENTS:
                    return span  # a will no testator of which the mention names
                if ent is None and len(tokens_of(mention)) == 1:
                    ent = self._sender(head, mention)  # ``X поздравил Y. В поздравлении говорится``
                ent = ent or self._message_source(mention.start_char)
                bodies = [t for t in mention if t.head.i == head.i and t.dep_ == "nmod"
                          and ORG_KINDS.get(t.lemma_) == "state"]
                if ent is None and not bodies:  # ``в заявлении телекомпании``: the company named before
                    described = [t for t in mention if t.head.i == head.i and t.dep_ == "nmod"
                                 and ORG_KINDS.get(t.lemma_) in ("outlet", "any", "named") and not self._ent_of(t)]
                    ent = self._nearest(described[0], "ORG") if described else None
                    if ent is not None and ORG_KINDS.get(described[0].lemma_) == "outlet" and not self._is_outlet(ent):
                        ent = None  # (``в сообщении информагентства``: no outlet named before)
                earlier = self._named_body(bodies[0]) if ent is None and bodies else None
                placed = _country_body(mention, bodies[0]) if ent is None and bodies else None
                if earlier is not None and (len(tokens_of(mention)) == 2 or placed is not None):
                    span._.normal = earlier  # ``в заявлении полиции``, ``малайзийской полиции`` → полиция Малайзии
                    return span
                if placed is not None:
                    span._.normal = placed  # ``в сообщении британской полиции``, none named before
                    return span
                if ent is None and bodies and bodies[0].lemma_ not in ONE_OF_A_KIND:
                    # ``Роспотребнадзор выпустил рекомендации. В сообщении ведомства говорится``: the
                    # state body the noun refers back to, as ``в ведомстве`` would
                    ent = self._nearest(bodies[0], "ORG")
                signer = self._signer(mention) if ent is None and len(tokens_of(mention)) == 1 and depth < 2 else None
                if signer is not None and head.lemma_ in LEGAL_WRITINGS:
                    # ``Путин подписал указ … В документе говорится``: who signed or issued it, before
                    # whoever reported it (but ``Об этом сообщила пресс-служба. В сообщении …`` is hers)
                    return self._named_as(span, signer, None, depth)
                reporter = self._last_reporter(mention.start) if tokens_of(mention)[-1].i == head.i else None
                if ent is None and reporter is not None and (previous is None or reporter.start >= previous.end) \
                        and reporter.root.i != head.i and depth < 2:
                    # ``Об этом сообщил секретариат … В сообщении говорится``: the last one who spoke,
                    # named or not (``Представитель Лопес сообщил … — говорится в заявлении``)
                    return self._named_as(span, reporter, None, depth)
                if ent is None and previous is not None and tokens_of(mention)[-1].i == head.i \
                        and self._sentences_between(previous.end - 1, mention.start) <= WINDOW:
                    # ``В сообщении говорится``, no source named: the source reported just before
                    span._.normal = previous._.speaker._.normal
                    span._.entity_id = previous._.speaker._.entity_id
                    return span
                if signer is not None:  # ``X подписал указ … В письме говорится``: who signed or issued it
                    return self._named_as(span, signer, None, depth)
            elif head.lemma_ in BODY_NOUNS:
                if head.morph.get("Number") == ["Plur"] and len(tokens_of(mention)) <= 2 and (
                        (head.dep_ == "nsubj" and head.head.morph.get("Number") == ["Plur"])
                        or _only_plural(head.text, head.lemma_)):
                    # ``Российские издания сообщают``, ``По данным изданий``: several outlets, none named
                    return span
                named_by = self._proper_modifier(mention, head) or _doubled_in(mention) \
                    or _organisation_phrase(mention)  # (``Совет по …`` names itself; a bare ``Совет`` refers back)
                if named_by is not None:  # ``пресс-служба Кремля``, ``газета ''X''``: the body the name gives
                    span._.normal = named_by
                    return span
                owner = next((t for t in mention if t.head.i == head.i and t.dep_ == "nmod" and t.i > head.i
                              and t.morph.get("Case") == ["Gen"]), None)
                if head.lemma_ in PRESS_SERVICES and owner is not None and _is_person_noun(owner) and depth < 2 \
                        and owner.morph.get("Number") != ["Plur"]:  # (``пресс-служба коммунистов``: a party's)
                    # a person's press service is named by the person (``пресс-служба губернатора``,
                    # ``пресс-служба белорусского лидера``: the person the description refers to)
                    return self._named_as(span, _noun_phrase(owner), None, depth)
                # ``пресс-служба ведомства``: the body the modifier describes; ``министерство
                # обороны`` with no ministry named before: unnamed, not the last ORG
                body = next((t for t in mention if t.head.i == head.i and t.dep_ == "nmod"
                             and t.lemma_ in BODY_NOUNS), head)
                named = body is head and ORG_KINDS.get(head.lemma_) == "state" and any(
                    t.head.i == head.i and t.dep_ == "nmod" for t in mention)  # not ``Британская полиция``
                owner = next((t for t in mention if t.head.i == head.i and t.dep_ == "nmod" and t.i > head.i), None)
                if body is head and not named and owner is not None and owner.pos_ == "NOUN" \
                        and owner.morph.get("Animacy") == ["Inan"] and owner.lemma_ not in ANAPHORIC_NOUNS \
                        and self._ent_of(owner) is None and any(c.dep_ == "amod" for c in owner.children):
                    return span  # ``пресс-служба вестминстерской резиденции …``: an owner described, unnamed
                placed = (self._placed_body(body, mention) if body is not head else None) \
                    or self._regional_body(body, mention)
                if placed is not None:
                    span._.normal = placed
                    return span
                region = _region_word(body, mention) if ORG_KINDS.get(body.lemma_) == "state" \
                    and body.lemma_ != "полиция" else None
                if region is not None and _place_noun(region) in PLACE_KINDS:
                    # ``в администрации города`` with no city named: a body unnamed (``прокуратура области``
                    # with no region of that kind keeps its own phrase, as before)
                    return span
                ent = None if named else self._nearest(body, "ORG")
                if not named and ORG_KINDS.get(body.lemma_) == "state":
                    # ``в полиции`` after ``полиция Малайзии``, ``министерство`` after ``министерство
                    # здравоохранения сообщило`` (more recent than the last state body's name)
                    earlier = self._named_body_at(body)
                    if earlier is not None and (ent is None or earlier[1] > ent.start):
                        name, _, placed = earlier
                        country = self.country()
                        if body is head and country is not None and not placed and not self._names_country(name):
                            name = f"{name} {country}"
                        span._.normal = name
                        return span
                    name = _country_body(mention, head) if body is head and ent is None else None
                    if name is not None:  # ``Японская полиция``, no body named before: полиция Японии
                        span._.normal = name
                        return span
                    if earlier is None and ent is None and body is head and head.lemma_ in OWN_GOVERNMENTS \
                            and len(tokens_of(mention)) == 1 and self.country() is not None:
                        # ``правительство сообщало`` with no government named: the text's country's
                        # (an organisation of a country named by the country, ``МИД Таджикистана``)
                        span._.normal = f"{head.lemma_.capitalize()} {self.country()}"
                        return span
                    city = self._last_place("city", mention.start) if earlier is None and ent is None \
                        and body is head and head.lemma_ in CITY_BODIES and len(tokens_of(mention)) == 1 else None
                    if city is not None:
                        # ``в мэрии`` with no city hall named: the last city's (``Мэр Самары`` … ``мэрия Самары``)
                        span._.normal = f"{head.lemma_.capitalize()} {_genitive(city._.normal or city.text)}"
                        return span
                if named:
                    # ``в министерстве обороны Японии сообщили``: the mention names the body itself
                    name = _org_name(self.doc, mention.start, mention.end)
                    country = self.country()
                    placed = any(e.start > head.i and e.end <= mention.end and e.label_ in ("LOC", "ORG", "PER")
                                 for e in self.ents)  # ``министерство обороны ДНР``: its place is named
                    # (``Администрация Дональда Трампа``: its owner)
                    if country is not None and not self._names_country(name) and not placed:
                        # (``в правительстве страны``: the country's name for the word)
                        name = f"{COUNTRY_WORD.sub('', name)} {country}"
                    span._.normal = name
                    return span
            elif head.lemma_ in DESCRIBED_STAFF and head.morph.get("Number") == ["Plur"] and depth < 2 and (
                    bodies := [t for t in mention if t.head.i == head.i and t.dep_ == "nmod" and t.i > head.i
                               and t.lemma_ in BODY_NOUNS]) and any(not list(t.children) or _country_body(mention, t)
                                                                    for t in bodies):
                # ``представители прокуратуры``, ``сотрудники полиции``: the body named before speaks
                # (not ``представители партии президента Зимбабве``: a body described, unnamed)
                return self._named_as(span, _noun_phrase(bodies[0]), previous, depth)
            elif _is_person_noun(head) or (head.lemma_ == "один" and head.pos_ == "NUM"):
                # a name in apposition the noun phrase left out (``координатор движения «Левый
                # фронт» Сергей Удальцов``, ``Глава Ассоциации … и супруга музыканта Эльжбета
                # Пендерецкая``, ``один из зрителей, 62-летний Хоакин Ортис``), else what the
                # description refers to (``президент``)
                ent = self._ent_of(head) if is_parsed(head) else None
                after = self._apposed_after(mention) if ent is None or ent.label_ != "PER" else None
                if after is not None:
                    ent = after
                    span = Span(self.doc, mention.start, _past_mark(ent, len(self.doc)), label=SPEAKER_LABEL)
                elif ent is not None and ent.start >= mention.end and ent.sent.start == head.sent.start:
                    span = Span(self.doc, mention.start, ent.end, label=SPEAKER_LABEL)
                elif head.lemma_ == "один":
                    ent = None
                elif ent is None or ent.label_ != "PER":
                    self._previous = previous
                    ent = self._described(mention)
        if ent is not None:
            span._.normal = self.name(ent)
            span._.entity_id = ent._.entity_id
            if ent.label_ == "ORG":
                span._.normal = _qualified_organisation(mention, ent, span._.normal)
            # (her verb, not a verb the parse hung a man's ``он`` on: ``инаугурация …, где он заявил``)
            said_she = _verb_gender(mention.root) == "Fem" and mention.root.morph.get("Gender") != ["Masc"]
            if ent.label_ == "PER" and (_gender(ent) == "Fem" or said_she):
                span._.normal = self._as_woman(ent, span._.normal, said_she)
            written = ent.text.split()
            if ent.label_ == "PER" and ent.root.dep_ == "appos" and ent.root.head.i == mention.root.i \
                    and mention.root.morph.get("Case") == ["Nom"] and mention.root.dep_ == "nsubj" \
                    and span._.normal.split() != written and len(span._.normal.split()) == len(written) \
                    and all(_stem(a, b) for a, b in zip(span._.normal.split(), written)):
                # a name in apposition to the subject is in the nominative as written (``Лидер
                # партии Салима Хадж``: not Салим, a genitive reading of a foreign name)
                span._.normal = ent.text
            if ent.label_ == "ORG":
                # ``заявлении Госдепартамента США``, ``пресс-службе МВД Казахстана``: the country
                # the mention gives the body, not the text's own country
                after = [e for e in self.ents if e.start == ent.end and e.end <= mention.end and e.label_ == "LOC"
                         and e.root.morph.get("Case") == ["Gen"]]
                if after and any(s.start == after[0].start and s.label_ == "country"
                                 for s in self.doc.spans.get("locations", [])):
                    span._.normal = f"{ent._.normal or ent.text} {after[0].text}"
                    region = self._region_of([ent], after)
                    if region is not None and after[0].end + 1 < mention.end:  # (the mention's own branch)
                        span._.normal = f"{span._.normal} {region}"
                elif ent.end < mention.end and self.doc[ent.end].lemma_ in ("страна", "республика") \
                        and self.doc[ent.end].morph.get("Case") == ["Gen"] and self.country() is not None \
                        and not self._names_country(span._.normal) and self.country() not in span._.normal:
                    # ``ЦИК республики``, ``парламента страны``: the text's country
                    span._.normal = f"{span._.normal} {self.country()}"
                elif (ent._.normal or ent.text).split()[0].lower() in STATE_BODIES:
                    # ``Мексиканский МИД``: the country its adjective names (not the text's own, США)
                    described = _country_body(mention, ent.root)
                    span._.normal = described if described is not None else span._.normal
        elif span._.normal is None:
            ent = next((e for e in ents_of(self.doc) if e.start == mention.start and e.end == mention.end), None)
            if ent is not None:  # the mention is an entity the filters above set aside (``Папа``, ``ОБСЕ``)
                span._.normal, span._.entity_id = ent._.normal or ent.text, ent._.entity_id
            else:
                span._.normal = _bare_name(mention) or _organisation_phrase(mention)
        return span

    def _apposed_after(self, mention: Span) -> Optional[Span]:
        """``один из зрителей, 62-летний Хоакин Ортис``, ``автор законопроекта, первый зампред
        думского комитета по обороне Андрей Красов``: a person's name past a comma after the
        mention, behind a description with no verb nor comma, ending the clause; in the head's
        case and number (``По словам официальных лиц, Нуреддин Х. … арестован``: the clause's
        subject, not an apposition)."""
        doc = self.doc
        head = mention.root
        sent = head.sent
        k = mention.end
        below = {t.i for t in head.subtree} if is_parsed(head) else set()
        while k < min(mention.end + 4, sent.end) and k in below and doc[k].pos_ in ("ADP", "PROPN", "NOUN"):
            k += 1  # past a place the noun phrase left out (``участников встречи на Эльбе, …``)
        if k >= sent.end or doc[k].text != "," or head.morph.get("Number") == ["Plur"]:
            return None
        for j in range(k + 1, min(k + 14, sent.end)):
            t = doc[j]
            ent = next((e for e in self.ents if e.start == j and (e.label_ == "PER" or (
                # ``Прокатчик фильма, компания «Пионер», сообщил``: an organisation named after its kind
                e.label_ == "ORG" and j >= 2 and doc[j - 1].text in MARKS and doc[j - 2].lemma_ in BODY_NOUNS))), None)
            if ent is not None:
                end = _past_mark(ent, sent.end)
                nxt = doc[end] if end < sent.end else None
                if nxt is not None and nxt.text == "," and end + 1 < sent.end and doc[end + 1].lower_ == "и":
                    return None  # (``Владелец здания, компания «Альфа», и арендатор сообщили``: a joint source)
                case, own = head.morph.get("Case"), ent.root.morph.get("Case")
                if case and own and case != own:
                    return None
                return ent if nxt is None or nxt.text in ".,;!?()" else None
            if t.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ") or (t.is_punct and t.text not in "-«»\"") \
                    or "\n" in t.text:
                return None
        return None

    def _unnamed_source(self, mention: Span) -> bool:
        """The mention holds an unnamed source (``источник``, ``собеседник``: ``SOURCES``), the
        outlet or the body it is ``of`` aside, and no person's name: the statement is the
        source's, whoever the parse made the head (``источника агентства в военной прокуратуре
        РВСН``, ``сообщили Интерфаксу источники``). An outlet's own sources (``свои источники``,
        ``собственные источники``) are the outlet's: not unnamed. A head said to be unnamed
        (``неназванные представители администрации президента Барака Обамы``: ``UNNAMING``) is
        unnamed whatever names follow it."""
        if mention.root.pos_ == "NOUN" and any(c.lemma_ in UNNAMING for c in mention.root.children):
            return True
        sources = [t for t in mention if t.lemma_ in SOURCES and t.pos_ == "NOUN"
                   and not any(c.lemma_ in OWN for c in t.children)]
        return bool(sources) and not any(
            e.label_ == "PER" or any(e.start <= t.i < e.end for t in sources)
            for e in self.ents if e.start < mention.end and e.end > mention.start)

    def _entity_in(self, mention: Span) -> Optional[Span]:
        """The entity the mention names: the one holding its head, else one in the head's
        case (``Адвокат Алёхиной Оксана Дарова`` → Дарова, not Алёхина)."""
        head = mention.root
        found = [e for e in self.ents if e.start >= mention.start and e.end <= mention.end]
        for e in found:
            if e.start <= head.i < e.end:
                # a title the tagger read as an organisation before a person's name ending the mention
                # (``Замглавы Федеральной миграционной службы России Михаил Тюркин``): the person
                person = next((p for p in found if p.label_ == "PER" and p.end == mention.end and (
                    p.start > e.end or p.root.morph.get("Case") == ["Nom"])),  # (not ``Сбербанк Германа Грефа``)
                              None) if e.label_ == "ORG" and e.end - e.start == 1 else None
                return person or e
        if head.lemma_ in MESSAGE_NOUNS and self._author_described(mention) is not None:
            return None  # ``в поздравлении президента России``: the president, not Russia
        if head.pos_ == "PROPN" and head.i == mention.start and not head.ent_type_ and head.text[:1].isupper():
            # a title the tagger took for a name (``Зампредседателя Общественного совета при ГУ МВД … Антон
            # Цветков``): the person in the nominative ending the mention, in apposition to it
            person = next((p for p in found if p.label_ == "PER" and p.end == mention.end
                           and p.root.dep_ == "appos" and p.root.head.i == head.i
                           and p.root.morph.get("Case") == ["Nom"]), None)
            if person is not None:
                return person
        case = head.morph.get("Case")
        if head.pos_ == "NOUN" and head.morph.get("Animacy") == ["Anim"]:
            # ``представитель партии Цвангираи``: only a name in apposition is the speaker, else
            # the last person's name in the head's case (``защитник Алёхиной Александр Подрабинёк``)
            if head.lemma_ in STAFF and head.morph.get("Number") == ["Plur"]:
                # ``представители ПНС``, ``аналитики Goldman Sachs``: the organisation's representatives
                # and analysts speak for it (not a
                # person's or a country's, nor one unnamed representative: ``представитель ZANU-PF``)
                bodies = [e for e in found if e.label_ == "ORG" and (
                    (e.root.head.i == head.i and e.root.dep_ == "nmod")
                    # through the word for its kind: ``представители арт-группы «Война»``
                    or (e.root.head.head.i == head.i and e.root.head.dep_ == "nmod"
                        and e.root.dep_ in ("appos", "flat", "flat:name", "nmod")))]
                if bodies and not any(e.label_ == "PER" and _apposed(e, head) for e in found):
                    return bodies[0]
            named = found
            found = [e for e in found if not self._modifies_noun(e, head) and not self._represented(e, head)]
            # (a man's surname in the genitive beside a nominative head is his, the owner: ``Внучка Орлова``;
            # beside a genitive head it is in apposition: ``по словам господина Мурзагалиева``)
            owners = [e for e in found if _man_in_genitive(e)] if case == ["Nom"] else []
            appos = [e for e in found if _apposed(e, head) and e not in owners]
            same = [e for e in found if e.label_ == "PER" and case and e.root.morph.get("Case") == case
                    and e not in owners]
            if not appos and not same:
                # a name the tagger put in another case in apposition at the end of the mention,
                # past the head's own genitive (``лидер … конгресса Файка аль-Саид``, ``дочь президента
                # Узбекистана Ислама Каримова Лолла Каримова``); not a genitive owner right after
                # the head the parse hung as an apposition (``Менеджер Мии Фэрроу``)
                appos = [e for e in found if e.label_ == "PER" and e.end == mention.end
                         and e.root.dep_ == "appos" and e.root.head.i == head.i
                         and any(t.dep_ == "nmod" and t.head.i == head.i and head.i < t.i < e.start for t in mention)]
            if not appos and not same and head.morph.get("Case") == ["Nom"]:
                # a name ending the mention that can only be nominative, hung in apposition on the
                # head's genitive (``председатель правления Нобелевского фонда Карл-Хенрик Хелдин``,
                # read as genitive): the head's own (not ``… президента Ислама Каримова``)
                appos = [e for e in named if e.label_ == "PER" and e.end == mention.end
                         and e.root.dep_ == "appos" and mention.start <= e.root.head.i < e.start
                         and nominative_name(tokens_of(e)[0].text)]
            if not appos and not same and _verb_gender(head) == "Fem" and head.morph.get("Gender") != ["Fem"]:
                # ``Пресс-секретарь группы Александра Панфилова, …, сказала``: a man's title with a
                # woman's verb: the name ending the mention that can be a woman's nominative is hers
                appos = [e for e in named if e.label_ == "PER" and e.end == mention.end
                         and all(_may_be(w, "femn") for w in e.text.split()) and not _man_in_genitive(e)]
            found = appos + same[::-1]
            if head.morph.get("Number") == ["Plur"] and head.lemma_ not in REPRESENTATIVES:
                # ``комментаторы TJournal``: people other than its representatives are not the organisation
                found = [e for e in found if e.label_ == "PER"]
        elif head.lemma_ in ORG_HEADS and found and all(e.label_ == "LOC" for e in found) \
                and _organisation_phrase(mention) is not None:
            return None  # ``департамента транспорта Москвы``: the body its own phrase names, not the city
        elif head.lemma_ not in MESSAGE_NOUNS:
            if ORG_KINDS.get(head.lemma_) == "state":
                # (``В уфимской мэрии "Ъ" сообщили``: the outlet told is no part of a state body)
                found = [e for e in found if not self._is_outlet(e)]
            same = [e for e in found if not case or e.root.morph.get("Case") in (case, [])]
            if ORG_KINDS.get(head.lemma_) == "state":
                # ``По данным полиции Москвы``: the place a state body is of, in the head's genitive, is not
                # the speaker (the body's own phrase names it below, as ``в полиции Москвы`` does)
                same = [e for e in same if e.label_ != "LOC"]
            if not same and head.pos_ == "PROPN" and "-" in head.text:
                # a hyphenated title the tagger read as a name in another case (``Врач-инфекционист
                # Анна Петрова``): the person's name in apposition ending the mention
                same = [e for e in found if e.label_ == "PER" and e.end == mention.end
                        and e.root.dep_ == "appos" and e.root.head.i == head.i]
            if not same and (head.pos_ == "NOUN" or (head.pos_ == "PROPN" and _common_noun(head.text.lower()))) \
                    and head.lemma_ not in UNNAMED_PEOPLE:
                # a part of an organisation speaks for it: ``Секретариат МАГАТЭ``, ``штаб кампании``; and
                # its works (``Опрос ВЦИОМ``, capitalised at a sentence's start and tagged a name)
                same = [e for e in found if e.label_ == "ORG" and e.root.head.i == head.i]
            found = same
        for label in ("PER", "ORG", "LOC"):
            for e in found:
                if e.label_ == label:
                    return e
        if head.pos_ == "PROPN":
            earlier = self._named_earlier(head)
            if earlier is None and "\n" not in text_of(self.doc)[:head.idx]:
                return _named_later(self.doc, head)  # a headline's surname the tagger missed
            return earlier
        return None

    def _named_body(self, token) -> Optional[str]:
        """The name a state body's noun had when the text last named it with a modifier
        (``пресс-служба полиции РА`` … ``в заявлении полиции`` → полиция РА), else None."""
        found = self._named_body_at(token)
        return None if found is None else found[0]

    def _named_body_at(self, token) -> Optional[tuple[str, int, bool]]:
        """``_named_body`` with the index of that earlier noun and whether its phrase names a
        place or an organisation (``министерство обороны ДНР``). A word for any state body
        (``ведомство``, ``GENERIC_BODIES``) takes the last state body named with its place
        (``Прокуратура Пермского края`` … ``надзорное ведомство``), the tagger seeing only the place."""
        kinds = _adjectives_of(token)
        # (an adjective naming the kind, ``внешнеполитическое ведомство``, ``налоговом ведомстве``: the named
        # body of that kind, as before; ``надзорное ведомство`` a prosecutor's office)
        generic = token.lemma_ in GENERIC_BODIES and all(k == "надзорный" for k in kinds)
        wanted = "прокуратура" if kinds else None
        for t in reversed(self.doc[:token.i]):
            if self._in_quote(t.idx) or not (t.lemma_ == token.lemma_ or (
                    generic and ORG_KINDS.get(t.lemma_) == "state" and t.lemma_ not in GENERIC_BODIES
                    and wanted in (None, t.lemma_))):
                continue
            if is_parsed(t):
                end = _noun_phrase(t).end if any(c.dep_ == "nmod" and c.i > t.i for c in t.children) else None
            else:  # a sentence the syntax gate left unparsed: a genitive name right after the noun
                end = next((e.end for e in self.ents if e.start == t.i + 1 and e.label_ in ("LOC", "ORG")
                            and e.root.morph.get("Case") == ["Gen"]), None)
            start = t.i
            before = self.doc[t.i - 1] if t.i else None
            if before is not None and before.pos_ == "ADJ" and before.morph.get("Case") == t.morph.get("Case") \
                    and (end is not None or (self._place_adjective(before) and t.morph.get("Case") == ["Nom"])):
                # ``Британская полиция возбудила дело``: a body introduced by its place adjective;
                # ``федеральная прокуратура Бельгии`` with its adjective
                start, end = t.i - 1, end or t.i + 1
            if end is not None:
                name = _org_name(self.doc, start, end)
                placed = start < t.i or any(e.start > t.i and e.end <= end and e.label_ in ("LOC", "ORG")
                                            for e in self.ents)
                if t.lemma_ != token.lemma_ and not (placed and start == t.i):
                    continue  # (another body's word only with the place its name gives)
                return (name, t.i, placed) if name else None
        return None

    def _place_adjective(self, word) -> bool:
        """An adjective of a place the text names (``Британская`` with ``Британия``, ``российский``
        with ``Россия``): the first four letters of both."""
        stem = word.lower_[:4]
        return len(word.text) > 4 and any(e.label_ == "LOC" and (e._.normal or e.text).lower()[:4] == stem
                                          for e in self.ents)

    def _named_earlier(self, token) -> Optional[Span]:
        """A surname the tagger missed (``Бекхэм`` → Дэвид Бекхэм), or misspelt by one
        letter (``Сабурова`` → Екатерина Сабирова): the last PER before it with that word."""
        forms = {token.lower_, (token.lemma_ or token.text).lower()}
        for e in reversed(self.ents):
            if e.label_ != "PER" or e.start >= token.i:
                continue
            for w in (e._.normal or e.text).lower().split():
                if w[:5] == token.lower_[:5] or (len(w) >= 6 and any(close_spelling(w, f, 0.85) for f in forms)):
                    return e
        return None

    def _represented(self, ent: Span, head) -> bool:
        """``Представитель Лопес``, ``адвокат Петрова`` with the person named before: a bare
        surname right after a role noun of another person is the one represented (an
        indeclinable name shows no genitive), not the speaker's own name."""
        if head.lemma_ not in UNNAMED_PEOPLE or len(tokens_of(ent)) != 1 or ent.start <= head.i:
            return False
        if tokens_of(self.doc[head.i + 1:ent.start]):
            return False
        return any(e._.entity_id == ent._.entity_id and e.end <= head.i for e in self.ents)

    def _relative_antecedent(self, mention: Span) -> Optional[Span]:
        """The PER or ORG a relative pronoun refers to: the last one named in the few words
        before the comma that opens the relative clause."""
        k = mention.start - 1
        while k > 0 and self.doc[k].text != ",":
            k -= 1
        relative = next(t for t in mention if t.lemma_ == "который")
        gender = (relative.morph.get("Gender") or [None])[0]
        near = [e for e in self.ents if k - 6 <= e.start and e.end <= k]
        people = [e for e in near if e.label_ == "PER" and _agrees(_gender(e), gender)]
        bodies = [e for e in near if e.label_ == "ORG"]
        return (people or bodies or [None])[-1]  # (a person the pronoun agrees with first)

    def _joint(self, mention: Span) -> bool:
        """The mention is a subject named by an entity and coordinated with another named one."""
        head = mention.root
        if head.dep_ not in ("nsubj", "nsubj:pass") or not is_parsed(head):
            return False
        def named(t) -> bool:  # (``Канцлер Ангела Меркель``: a name in the phrase)
            phrase = _noun_phrase(t)
            return any(phrase.start <= e.start and e.end <= phrase.end and e.label_ in ("PER", "ORG")
                       for e in ents_of(self.doc))
        joined = [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                  and c.i >= mention.end and any(g.dep_ == "cc" and g.lower_ == "и" and not (g.i > 0
                      and self.doc[g.i - 1].pos_ == "NOUN" and self.doc[g.i - 1].ent_iob_ == "O") for g in c.children)]
        # (``и``: not an apposition after a comma; the rare coordination looked for before the names;
        # not one joined to a common noun, an apposition's own: ``Стив Джобс, глава и символ компании``)
        if joined and named(head) and any(named(c) for c in joined):
            return True
        # the parse hung the second name elsewhere (``Министры … России и Китая Сергей Лавров и Ван И
        # заявили``): a name right after the mention (or its apposed name) and ``и``, before the
        # plural verb of both
        verb = head.head
        end = next((e.end for e in self.ents if e.start == mention.end and e.label_ == "PER"), mention.end)
        return verb.morph.get("Number") == ["Plur"] and verb.i > end + 1 and self.doc[end].lower_ == "и" \
            and (named(head) or end > mention.end) \
            and any(e.start == end + 1 and e.end <= verb.i and e.label_ in ("PER", "ORG") for e in self.ents)

    def _signer(self, mention: Span) -> Optional[Span]:
        """The subject of the verb that took the last document named before (``Путин подписал
        указ``, ``ФСБ зарегистрировала и опубликовала приказ``) within ``WINDOW`` sentences, else None.
        In a sentence with no cue (not parsed): the nominative name before the noun, or after it past
        a verb (``законопроект внёс в Госдуму президент Владимир Путин``), or, for a noun before any
        verb (``Указ о назначении опубликован``), the person the sentence before names. A message
        (``доклад``, ``отчёт``, ``пресс-релиз``) counts when the mention names it again or calls it
        ``документ``, and only issued (``опубликовал доклад``: ``ISSUING_VERBS``)."""
        said = mention.root.lemma_
        for t in reversed(self.doc[:mention.start]):
            if self._sentences_between(t.i, mention.start) > WINDOW:
                return None
            # a message issued (``опубликовала отчёт … В отчёте / В документе говорится``) as well as
            # a document signed
            issued = t.lemma_ in MESSAGE_NOUNS - SIGNED_NOUNS and said in (t.lemma_, "документ")
            if t.lemma_ in WRITINGS and said in (t.lemma_, "документ") and t.i < mention.start - 1 \
                    and not self._in_quote(t.idx) and (issuer := self._about_this(t)) is not None:
                return issuer  # ``… Об этом говорится в постановлении суда. Согласно постановлению, …``
            if (t.lemma_ not in SIGNED_NOUNS and not issued) or self._in_quote(t.idx) or t.i >= mention.start - 1:
                continue
            before = t.i - 1  # (its adjectives skipped: ``не согласился с новым указом`` names no signer)
            while before > t.sent.start and self.doc[before].pos_ in ("ADJ", "DET"):
                before -= 1
            if self.doc[before].pos_ == "ADP":
                continue
            t = _draft_of(t)
            if is_parsed(t) and t.dep_ in ("nsubj", "nsubj:pass") and t.sent.start and not any(
                    w.pos_ in ("VERB", "AUX") for w in self.doc[t.sent.start:t.i]):
                # ``Порошенко ввёл в действие решение … Соответствующий указ опубликован``: the act the
                # sentence before told, as in an unparsed sentence below
                actor = self._actor_before(t.sent)
                if actor is not None:
                    return actor
                continue
            if not is_parsed(t):  # a sentence with no cue is not parsed: the nominative name before the noun
                named = [e for e in self.ents if e.label_ in ("PER", "ORG") and t.sent.start <= e.start
                         and e.end < t.i and _nominative(e) and e.root.morph.get("Case") == ["Nom"]
                         and (any(w.pos_ == "VERB" and (not issued or w.lemma_ in ISSUING_VERBS)
                                  for w in self.doc[e.end:t.i])
                              or self.doc[t.i - 1].lemma_ == "свой")]  # (``Путин своим указом освободил``)
                # or after it, past a signing verb with no other verb between: ``законопроект внёс в
                # Госдуму президент Владимир Путин`` (not ``… а в среду его раскритиковал депутат X``)
                if not named and not issued:
                    named = [e for e in self.ents if e.label_ == "PER" and t.i < e.start and e.end <= t.sent.end
                             and _nominative(e) and e.root.morph.get("Case") == ["Nom"]
                             and (verbs := [w for w in self.doc[t.i:e.start] if w.pos_ == "VERB"])
                             and len(verbs) == 1 and verbs[0].lemma_ in SIGNING_VERBS]
                if not named and not issued and t.sent.start \
                        and not any(w.pos_ in ("VERB", "AUX") for w in self.doc[t.sent.start:t.i]):
                    # ``Путин назначил … посла. Указ о назначении опубликован …``: the person whose act the
                    # previous sentence told
                    actor = self._actor_before(t.sent)
                    named = [actor] if actor is not None else []
                if named:
                    return Span(self.doc, named[0].start, named[0].end, label=SPEAKER_LABEL)
                continue
            if t.dep_ != "obj" and not (t.dep_ == "obl" and t.morph.get("Case") == ["Ins"]):
                continue  # (``Путин своим указом освободил …``: the instrument is his too)
            verb = t.head
            if issued and verb.lemma_ not in ISSUING_VERBS:
                continue  # (``прокомментировал сообщение СМИ``: not his message)
            for _ in range(2):  # (a conjunct verb shares the first one's subject)
                subject = _nominal_subject(verb)
                if subject is not None:
                    return _noun_phrase(subject)
                if verb.dep_ != "conj":
                    break
                verb = verb.head
        return None

    def _named_as(self, span: Span, source: Span, previous: Optional[Span], depth: int) -> Span:
        """``span`` named as ``source`` resolves, one level deeper (a writing's issuer, the noun a
        relative clause modifies, the owner of a press service or a place of publication)."""
        resolved = self.speaker(source, previous, depth + 1)
        span._.normal, span._.entity_id = resolved._.normal, resolved._.entity_id
        return span

    def _actor_before(self, sentence: Span) -> Optional[Span]:
        """The person named in the nominative before a verb in the sentence before ``sentence``:
        whose act a document opening the sentence carries out (``Путин назначил … посла. Указ о
        назначении опубликован``), else None."""
        return self._actor_in(self.doc[sentence.start - 1].sent, ("PER",))

    def _actor_in(self, sentence: Span, labels: tuple) -> Optional[Span]:
        """The entity of one of ``labels`` named in the nominative before a verb of ``sentence`` that
        signs or issues (``Песков сообщил, что Путин подписал указ``: Путин), else the first such entity,
        if its verb is an act (``_acting``), else None."""
        actors = []
        for e in self.ents:
            if e.label_ not in labels or not sentence.start <= e.start or e.end >= sentence.end \
                    or not _nominative(e) or e.root.morph.get("Case") != ["Nom"]:
                continue
            verb = next((w for w in self.doc[e.end:sentence.end] if w.pos_ == "VERB"), None)
            if verb is not None:
                actors.append((e, verb))
        issuing = [(e, verb) for e, verb in actors if verb.lemma_ in ISSUING_VERBS]
        e, verb = (issuing or actors or [(None, None)])[0]
        return Span(self.doc, e.start, e.end, label=SPEAKER_LABEL) if e is not None and _acting(verb) else None

    def _about_this(self, writing) -> Optional[Span]:
        """The issuer of a writing a sentence ``Об этом говорится в <writing>`` names as the source
        of the act the sentence before told: the writing's owner (``в постановлении суда``), else
        that act's nominative subject (``Комиссия … дисквалифицировала … Об этом говорится в
        решении``), else None."""
        sentence = writing.sent
        words = [w for w in self.doc[sentence.start:writing.i] if not (w.is_punct or w.is_space)]
        if len(words) < 3 or [w.lower_ for w in words[:2]] != ["об", "этом"] or words[-1].pos_ != "ADP" \
                or not any(_is_cue_verb(w) or w.lemma_ in REPORTING_PARTICIPLES for w in words[2:]) \
                or not is_parsed(writing):
            return None
        owner = next((c for c in writing.children if c.dep_ == "nmod" and c.i > writing.i
                      and c.pos_ in ("NOUN", "PROPN") and c.morph.get("Case") == ["Gen"]), None)
        if owner is not None and owner.lemma_ == "суд" and len(tokens_of(_noun_phrase(owner))) == 1:
            # (a bare ``суда``: the court named last, as for ``В приговоре отмечается``)
            return next((e for e in reversed(self.ents) if e.start < writing.i and e.label_ == "ORG"
                         and self._named_with(e, "суд")), None)
        if owner is not None:
            return _noun_phrase(owner)
        if not sentence.start:
            return None
        previous = self.doc[sentence.start - 1].sent
        if not is_parsed(previous.root):  # (the syntax gate left it unparsed: a name before its verb)
            return self._actor_in(previous, ("PER", "ORG"))
        actor = _speaker_mention(previous.root) if previous.root.pos_ == "VERB" and _acting(previous.root) else None
        named = self._ent_of(actor.root) if actor is not None else None  # (the dateline's place is none)
        return actor if named is not None and named.label_ in ("PER", "ORG") else None

    def _writing_before(self, pronoun) -> Optional[Span]:
        """The writing ``в нём`` / ``в ней`` refers to: the last one of the pronoun's gender in the
        two sentences before, as the subject of its publishing verb when it is that verb's object
        (``МИД России опубликовал комментарий``), else its own phrase (``пресс-релизе полиции``)."""
        doc = self.doc
        gender = "Fem" if pronoun.lower_ == "ней" else None
        start = doc[max(pronoun.sent.start - 1, 0)].sent.start
        start = doc[max(start - 1, 0)].sent.start
        for t in reversed(doc[start:pronoun.i]):
            if t.lemma_ not in WRITINGS or t.pos_ != "NOUN" or self._in_quote(t.idx):
                continue
            if (t.morph.get("Gender") == ["Fem"]) != (gender == "Fem"):
                continue
            if not is_parsed(t):  # a sentence the syntax gate left unparsed: a name before the noun
                named = [e for e in self.ents if t.sent.start <= e.start and e.end <= t.i
                         and e.label_ in ("PER", "ORG") and e.root.morph.get("Case") == ["Nom"]]
                return named[0] if named else Span(doc, t.i, t.i + 1)
            issuer = _nominal_subject(t.head) if t.dep_ == "obj" else None
            return _noun_phrase(issuer if issuer is not None else t)
        return None

    def _issuer(self, mention: Span) -> Optional[Span]:
        """The subject of the verb whose object is the message, report or document a relative
        refers to (``X распространил сообщение для печати, в котором …``, ``X подтвердил информацию
        СМИ, согласно которой …`` → X), else None."""
        noun = _relative_writing(mention)
        if noun is None:
            return None
        # (a message by any verb that took it; else only an issuing verb: ``раскритиковало доклад,
        # согласно которому …``, the critic is not its author)
        subject = _issued_by(noun, any_verb=not _according(mention) and _draft_of(noun).lemma_ in MESSAGE_NOUNS)
        return _noun_phrase(subject) if subject is not None else None

    def _author_of_writing(self, mention: Span) -> Optional[Span]:
        """The PER or ORG a writing is of (``доклад ООН, согласно которому …`` → ООН), the writing
        being the noun the ``согласно которому`` relative follows, else None (its issuer next)."""
        noun = _relative_writing(mention)
        owners = [] if noun is None else [c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i]
        return next((ent for ent in map(self._ent_of, owners) if ent is not None), None)

    def _author_described(self, mention: Span):
        """The person noun that is the author of a message (``поздравлении президента
        России``, not a name: ``заявлении Путина`` has its entity), else None."""
        head = mention.root
        for t in mention:
            if t.head.i == head.i and t.dep_ == "nmod" and t.i > head.i and t.pos_ == "NOUN" \
                    and _is_person_noun(t) and t.lemma_ not in UNNAMED_PEOPLE \
                    and not any(e.start <= t.i < e.end for e in self.ents):
                return t
        return None

    def _placed_body(self, body, mention: Span) -> Optional[str]:
        """A state body the mention places in a country it names (``пресс-служба правительства
        России``, ``Правительства РФ`` tagged ORG alone): that country's body."""
        if ORG_KINDS.get(body.lemma_) != "state":
            return None
        place = next((e for c in body.children if c.dep_ == "nmod" and c.i > body.i
                      for e in [self._ent_of(c)] if e is not None and e.label_ == "LOC" and e.end <= mention.end), None)
        return None if place is None else _org_name(self.doc, body.i, place.end)

    def _regional_body(self, body, mention: Span) -> Optional[str]:
        """A state body of a region the text names, by its region (``прокуратура области``,
        ``краевое министерство природных ресурсов``, ``областное правительство`` after
        ``Тамбовская область``: Прокуратура Тамбовской области), else None. The region is the
        last place of that kind named before; a body of a region is no country's own."""
        if ORG_KINDS.get(body.lemma_) != "state" or body.lemma_ == "полиция":
            return None  # (a region's police is its ГУ МВД, named otherwise)
        region = _region_word(body, mention)
        if region is None:
            return None
        noun = _place_noun(region)
        if noun in PLACE_KINDS:  # ``администрация города``: the last city named (the locations stage's kind)
            place = self._last_place(PLACE_KINDS[noun], mention.start)
        else:
            place = next((e for e in reversed(self.ents) if e.label_ == "LOC" and e.start < mention.start
                          and len((e._.normal or e.text).split()) > 1
                          and (e._.normal or e.text).split()[-1].lower() == noun), None)
        if place is None:
            return None
        kept = [t for t in mention if t.i >= body.i and t.i != region.i and not t.is_space
                and (t.i == body.i or t.head.i != body.i or t.dep_ == "nmod")]
        if not kept or kept[-1].i - kept[0].i + 1 != len(kept):
            return None  # (words between: not one name)
        return f"{_org_name(self.doc, kept[0].i, kept[-1].i + 1)} {_genitive(place._.normal or place.text)}"

    def _last_place(self, kind: str, before: int) -> Optional[Span]:
        """The place of ``kind`` (``city``, ``region``, the locations stage's kind) a text's body of that
        kind belongs to, before token ``before``: the last one a head's title names (``Мэр Самары`` …
        ``приехала в Москву``: Самара), else the first one named (the story's place, not one visited)."""
        kinds = {(s.start, s.end) for s in self.doc.spans.get("locations", ()) if s._.kind == kind}
        places = [e for e in self.ents if e.label_ == "LOC" and e.start < before and (e.start, e.end) in kinds]
        titled = [e for e in places if e.root.head.lemma_ in HOME_TITLES and e.root.head.i < e.start
                  and e.root.dep_ == "nmod"]
        return titled[-1] if titled else (places[0] if places else None)

    def _proper_modifier(self, mention: Span, head) -> Optional[str]:
        """The name of a ``пресс-служба`` / ``секретариат`` that a proper noun in the genitive
        gives (``пресс-служба Кремля`` → Кремль), for a body noun that is not a state body."""
        if ORG_KINDS.get(head.lemma_) == "state":
            return None
        for t in mention:
            if t.head.i != head.i or t.dep_ != "nmod" or t.i < head.i or t.pos_ != "PROPN" \
                    or t.morph.get("Case") != ["Gen"]:
                continue
            ent = next((e for e in self.ents if e.start <= t.i < e.end), None)
            if head.lemma_ in NAMESAKE_KINDS:
                return None  # a namesake (``В музее Пушкина``, ``госпитале Бурденко``): not the person
            if ent is not None:
                return self.name(ent)
            if is_parsed(t):
                name = t.lemma_
                return name[:1].upper() + name[1:]
        return None

    def _modifies_noun(self, ent: Span, head) -> bool:
        """A name not in the nominative right after a genitive common noun other than the
        head belongs to that noun (``представитель партии Цвангираи``: the party's name;
        but ``лидер Радикальной партии Олег Ляшко`` is the leader)."""
        k = ent.start - 1
        while k > head.i and self.doc[k].is_space:
            k -= 1
        before = self.doc[k]
        if not (k > head.i and before.pos_ == "NOUN" and before.morph.get("Case") == ["Gen"]):
            return False
        words = tokens_of(ent)
        if len(words) >= 2 and head.morph.get("Case") and head.morph.get("Case") in (
                ent.root.morph.get("Case"), words[-1].morph.get("Case")):
            # a full name in the head's case is its apposition: ``директора музея Николая Буркова``,
            # ``адвоката заявителей Бартоломея Соханьского`` (the surname's case where the tagger
            # read an unfamiliar first name as nominative)
            return False
        return not _nominative(ent) or self._inflected(ent)

    def _inflected(self, ent: Span) -> bool:
        """The mention's last word is an inflected form of its group's name (``Джигарханяна`` of
        Армен Джигарханян, whatever case the tagger read)."""
        name = ((self.groups.get(ent._.entity_id) or {}).get("name") or "").split()
        word = ent.text.split()[-1] if ent.text.split() else ""
        return ent.label_ == "PER" and bool(name) and word != name[-1] and len(word) > len(name[-1]) \
            and word.startswith(name[-1])

    def _antecedent(self, pronoun, depth: int = 0) -> Optional[Span]:
        """The PER a third-person pronoun refers to: the most recent agreeing subject
        (salience: speakers and topics are subjects) within ``WINDOW`` sentences, quotes
        skipped. A subject that is an unnamed description (``Владелец летной школы``)
        makes the pronoun unresolved; with no subject, the nearest agreeing PER. A plural
        pronoun refers only to an organisation through its representatives."""
        gender = POSSESSOR_GENDER.get(pronoun.lower_) or pronoun.morph.get("Gender")
        number = ["Plur"] if pronoun.lower_ == "их" else pronoun.morph.get("Number")
        if number == ["Plur"]:
            return self._represented_body(pronoun)
        gender = gender[0] if gender else None
        asked = self._asked_before(pronoun, gender)
        if asked is not None:
            return asked
        if pronoun.lower_ in POSSESSIVES and pronoun.head.lemma_ in ATTRIBUTION_NOUNS:
            # ``…, сообщил президент клуба Аркадий Белов. По его словам, …``: whose words they are is
            # who spoke in the nearest sentence with a subject (its own first), not its topic (``Соуза не прибыл``)
            speaker = self._speaker_before(pronoun.i, gender)
            if speaker is not None:
                return speaker
        for t in self._subjects_before(pronoun.i):
            if t.morph.get("Number") == ["Plur"] and t.pos_ != "PROPN":
                continue  # ``следователи``: no antecedent of a singular pronoun
            ent = self._ent_of(t)
            if ent is not None and ent.label_ == "ORG" and ent.end - ent.start == 1:
                ent = self._entity_in(_noun_phrase(t)) or ent  # (a title read as an organisation)
            if ent is not None and ent.label_ == "PER":
                if _agrees(_verb_gender(t) or _gender(ent), gender):
                    return ent
            elif t.lemma_ in BODY_NOUNS and gender and t.morph.get("Gender") == [gender] \
                    and (body := self._entity_in(_noun_phrase(t))) is not None and body.label_ == "ORG":
                return body  # ``Об этом пишет газета «Коммерсант». По её данным, …``: a body named with its noun
            elif ent is not None and ent.label_ == "ORG" and t.pos_ == "PROPN" and pronoun.lower_ in POSSESSIVES \
                    and gender and t.morph.get("Gender") == [gender] and not self._is_description(ent):
                # ``Сбербанк подвёл итоги года. По его данным, …``: the organisation's own data (its
                # name the subject, not a thing tagged so: ``Исаакиевский собор перейдёт …``)
                return ent
            elif t.lemma_ in PRONOUN_LEMMAS and t.morph.get("Number") != ["Plur"]:
                if _agrees(_subject_gender(t), gender) and depth < 3:
                    found = self._antecedent(t, depth + 1)
                    if found is not None:  # an unresolved pronoun before: look further back
                        return found
            elif _is_person_noun(t) and _agrees(_subject_gender(t), gender):
                return self._described(_noun_phrase(t), depth + 1)
        return self._near(pronoun.i, gender)

    def _asked_before(self, subject, gender: Optional[str]) -> Optional[Span]:
        """The person asked, when ``subject`` answers (``ответил министр``, ``ответил он``): the
        agreeing PER a verb of asking in its sentence or the one before was addressed to
        (``Журналисты спросили Лаврова о встрече с Блинкеном … ответил министр``: Лавров, not
        the last man named), else None."""
        if subject.head.lemma_ not in ANSWERING_VERBS or subject.dep_ not in ("nsubj", "nsubj:pass"):
            return None
        first = subject.sent.start
        if first > 0:
            first = self.doc[first - 1].sent.start
        for t in reversed(self.doc[first:subject.i]):
            if t.lemma_ not in ASKING_VERBS or self._in_quote(t.idx):
                continue
            if is_parsed(t):  # (``спросить с губернатора``, to hold him to account: no question)
                asked = [self._ent_of(c) for c in t.children if c.i > t.i and (
                    c.dep_ in ("obj", "iobj") and c.morph.get("Case") in (["Acc"], ["Dat"])
                    or c.dep_ == "obl" and any(g.dep_ == "case" and g.lower_ == "у" for g in c.children))]
            else:  # (a sentence with no cue is not parsed: the first name after the verb in the case asked)
                asked = [e for e in self.ents if t.i < e.start < t.sent.end and (
                    e.root.morph.get("Case") in (["Acc"], ["Dat"])
                    or e.root.morph.get("Case") == ["Gen"] and self.doc[e.start - 1].lower_ == "у")][:1]
            asked = [e for e in asked if e is not None and e.label_ == "PER" and _agrees(_gender(e), gender)]
            if asked:
                return asked[0]
        return None

    def _speaker_before(self, i: int, gender: Optional[str]) -> Optional[Span]:
        """The agreeing PER subject of a speech verb in the nearest sentence with a subject
        before token ``i``, else None."""
        first = None
        for t in self._subjects_before(i):
            first = first if first is not None else t.sent.start
            if t.sent.start != first:
                return None
            if is_parsed(t) and _is_cue_verb(t.head):
                ent = self._ent_of(t)
                if ent is not None and ent.label_ == "PER" and _agrees(_verb_gender(t) or _gender(ent), gender):
                    return ent
        return None

    def _represented_body(self, pronoun) -> Optional[Span]:
        """``Представители Роскосмоса не подтвердили … Они лишь сказали``: a plural pronoun whose
        nearest plural subject is an organisation's representatives speaks for it; else None."""
        for t in self._subjects_before(pronoun.i):
            if t.morph.get("Number") != ["Plur"] or t.lemma_ in PRONOUN_LEMMAS:
                continue
            if t.lemma_ in REPRESENTATIVES:
                body = self._entity_in(_noun_phrase(t))
                return body if body is not None and body.label_ == "ORG" else None
            return None
        return None

    def _described(self, mention: Span, depth: int = 0) -> Optional[Span]:
        """The PER a description of a person refers to: the person introduced with the
        same title (``президент Боливии Эво Моралес`` … ``президент``), else the most
        recent PER subject (``Кудрин заявил …`` … ``сказал глава Минфина``). A
        description tied to another referent (``его дочь``, ``адвокат Эльсаеда``,
        ``владелец летной школы``) is a new, unnamed person: None. A post on an office's
        staff (``пресс-секретарь президента``) is no relation to a person: it is the one the
        text gave that post (``Пресс-секретарь президента Дмитрий Песков``), else None."""
        if any(t.lemma_ == "другой" for t in mention):
            return None  # ``По словам другого депутата``: not the one named
        ent = self._described_any(mention, depth)
        head = _mention_head(mention)
        if ent is None or head.lemma_ not in OFFICE_STAFF \
                or not any(t.head.i == head.i and t.dep_ == "nmod" and t.lemma_ in PERSON_TITLES for t in mention):
            return ent
        # a staff post of an office is the person the text gave that post, never another the
        # text is about (``пресс-секретарь главы государства`` is not the singer he spoke of)
        titles = [t for m in self.ents if m._.entity_id == ent._.entity_id for t in self._title_of(m)]
        # the post whole, its office's complements too (``Заместитель министра обороны`` is not ``Заместитель
        # министра финансов Алексей Моисеев``, ``Помощник президента США`` not Ушаков)
        words = {t.lemma_ for t in mention if _is_word(t) and t.i != head.i}
        before = {t.lemma_ for m in self.ents if m._.entity_id == ent._.entity_id
                  for t in self.doc[max(m.sent.start, m.start - self.STAFF_TITLE_WORDS):m.start]}
        return ent if any(_same_title(head, t) for t in titles) and words <= before else None

    STAFF_TITLE_WORDS = 10  # words before a name that its post may take (``помощник президента России по …``)

    def _described_any(self, mention: Span, depth: int = 0) -> Optional[Span]:
        """``_described``, the holder of a staff post's office not set aside."""
        head = _mention_head(mention)
        if head.morph.get("Number") == ["Plur"]:
            return None
        if len(tokens_of(mention)) == 1:
            asked = self._asked_before(head, _head_gender(mention, head))
            if asked is not None:
                return asked
        if head.lemma_ in GENERIC_PEOPLE:
            # ``по словам женщины`` right after ``мать пограничника Светлана Ващенко``; a man
            # introduced as ``молодой мужчина`` with no name near stays unnamed
            before = self.doc[head.i - 1] if head.i else None
            if before is not None and before.pos_ == "ADJ" and before.morph.get("Case") == head.morph.get("Case") \
                    and before.lemma_ != "сам":
                return None  # ``молодой мужчина``: a new person introduced
            previous = self.last_statement
            spoke = previous._.speaker if previous is not None else None
            if spoke is not None and spoke._.normal is None and spoke.root.morph.get("Animacy") == ["Anim"] \
                    and spoke.root.pos_ == "NOUN" and spoke.root.morph.get("Number") == head.morph.get("Number") \
                    and _agrees(_subject_gender(spoke.root), _subject_gender(head)) \
                    and self._sentences_between(previous.end - 1, mention.start) <= 1:
                return None  # (``Мать одного из мальчиков … рассказала … «…», — говорит женщина``: she, unnamed)
            gender = _subject_gender(head)
            herself = any(t.lemma_ == "сам" for t in mention)
            if herself:
                # ``Сама женщина рассказала``: the one woman the text named (with two, unnamed: not the last)
                named = {e._.entity_id for e in self.ents if e.label_ == "PER" and e.start < mention.start
                         and _agrees(_gender(e), gender)}
                near = self._main_person(self.doc[head.i:head.i + 1], gender) if len(named) == 1 else None
                if near is not None and spoke is not None and spoke._.entity_id == near._.entity_id:
                    near = None  # (not the one who spoke just before: ``сама`` sets another apart)
            else:
                near = self._near(head.i, gender)
            if near is None and not herself and spoke is not None \
                    and self._sentences_between(previous.end - 1, mention.start) <= 1:
                near = self._continued_speaker(mention, gender)  # (``— вспоминает пострадавшая. Пенсионерка уверена``)
            return near
        introduced = self._introduced_as(mention)
        if introduced is not None:
            return introduced
        gender = _head_gender(mention, head)
        if _in_headline(self.doc, mention, head.lemma_ in UNNAMED_PEOPLE) and not any(
                e.label_ == "PER" and e.start < mention.start and self._given(e, head)
                for e in self.ents):
            # a headline's ``Президент ABC News объявил …``: the person the text then gives that
            # title (``Дэвид Уэстин, … занимавший пост президента телекомпании ABC News``; ``освобождён
            # журналист, сообщивший …``); not when a person given it came before, nor by an office's
            # complement (``Министр обороны Андрей Белоусов …`` … ``Министр`` … ``Помощник министра Иван Петров``)
            for e in self.ents:
                if e.label_ == "PER" and e.start >= mention.end and _agrees(_gender(e), gender) \
                        and not _man_in_genitive(e) and any(
                        _same_title(t, head) and not e.start <= t.i < e.end
                        and not (t.dep_ == "nmod" and t.head.morph.get("Animacy") == ["Anim"])
                        and not mention.start <= t.i < mention.end for t in e.sent):
                    return e
        if head.lemma_ in UNNAMED_PEOPLE:
            # a role rarely named is unnamed, unless the text gave a person that very title just
            # before (``заявил прокурор Жан-Франсуа Рикар`` … ``По словам прокурора``)
            rest = [t for t in tokens_of(mention) if t.i != head.i]
            body = len(rest) == 1 and rest[0].lemma_ == "ведомство" and rest[0].dep_ == "nmod" \
                and rest[0].head.i == head.i and head.lemma_ not in SOURCES
            if rest and not body:
                # (but ``представитель ведомства``: a state body's person the text named, if any, below)
                return self._one_given(mention, head, rest)

            def titled_so(e: Span) -> bool:
                # the title said of this mention of the person; with ``ведомства``, said of it or of an
                # earlier one (``Волк уточнила``) with a state body's name in it
                if not body:
                    return self._given(e, head)
                return any(any(_same_title(head, t) for t in self._title_of(m))
                           and any(w.lower_ in STATE_NAMES or ORG_KINDS.get(w.lemma_) == "state"
                                   for w in self._title_words(m))
                           for m in self.ents if m._.entity_id == e._.entity_id and m.start < mention.start)
            titled = [e for e in self.ents if e.label_ == "PER" and e.start < mention.start
                      and self._sentences_between(e.start, mention.start) <= WINDOW and titled_so(e)]
            if titled or rest:
                return titled[-1] if titled else None
            # the named person who spoke in the statement right before goes on (``Заведующий
            # отделением Дмитрий Мясников заявил, что … «…», — сказал врач``), not an unnamed source
            previous = getattr(self, "_previous", None)
            if head.lemma_ in SOURCES or previous is None \
                    or self._sentences_between(previous.end - 1, mention.start) > 1:
                return None
            continued = self._continued_speaker(mention, _subject_gender(head))
            if continued is not None and head.lemma_ in PROFESSIONS and any(
                    t.lemma_ != head.lemma_ and (t.lemma_ in PROFESSIONS or t.lemma_ in PERSON_TITLES)
                    for e in self.ents if e._.entity_id == continued._.entity_id for t in self._title_of(e)):
                return None  # (``— сказал адвокат Михаил Беньяш. Прокурор заявил …``: another person)
            return continued
        for t in mention:
            if t.i == head.i or t.is_space:
                continue
            if t.lower_ in POSSESSIVES or t.lemma_ in PRONOUN_LEMMAS:
                return None
            ent = self._ent_of(t)
            if ent is not None and ent.label_ == "PER":
                # another person's relation (``Внучка Орлова``): the one the text gave that relation, if one
                owner = _man_in_genitive(ent) or ent.root.morph.get("Case") == ["Gen"]
                return self._one_given(mention, head, [w for w in tokens_of(mention) if w.i != head.i]) \
                    if owner else None
            if t.head.i == head.i and t.dep_ == "nmod" and t.lemma_ == "один" and head.lemma_ not in PERSON_TITLES:
                return None  # ``Мать одного из заболевших мальчиков``: another, unnamed, person's relation
            if t.head.i == head.i and t.dep_ == "nmod" and t.pos_ == "NOUN" and ent is None \
                    and t.lemma_ not in ANAPHORIC_NOUNS and not _spouse_of(head, t) \
                    and not (head.lemma_ in PERSON_TITLES and (any(c.dep_ == "amod" for c in t.children)
                                                               or t.lemma_ in POSTS)) \
                    and not (head.lemma_ in OFFICE_STAFF and t.lemma_ in PERSON_TITLES) \
                    and not ((head.lemma_ in PERSON_TITLES or head.lemma_ in TITLE_SYNONYMS)
                             and t.morph.get("Number") == ["Plur"] and t.morph.get("Animacy") == ["Anim"]):
                # (a title's post, ``Глава католической церкви``, ``Председатель правления фонда``, is no
                # other referent; nor the team or party a title leads, ``наставника петербуржцев``; nor
                # the office a staff post serves, ``пресс-секретарь президента``: a post of its own)
                return None
        gender = _head_gender(mention, head)
        if any(t.lemma_ == "сам" for t in mention) and depth < 3:
            # ``сама певица``: the text's main person; with none, the one given that title (``Актриса
            # Юлия Пересильд …`` … ``Режиссёр фильма Анна Белова рассказала …`` … ``Сама актриса``)
            main = self._main_person(mention, gender)
            given = [e for e in self.ents if e.label_ == "PER" and e.start < mention.start
                     and _agrees(_gender(e), gender) and self._given(e, head)]
            if main is not None and (not given or any(e._.entity_id == main._.entity_id for e in given)
                                     or not self._person_titled(main)):
                # (``«Зенит» продлил контракт с нападающим Андреем Мостовым`` … ``Сам нападающий``; but
                # ``Актёр Иван Петров`` is not ``Сам режиссёр``, ``Режиссёр фильма Олег Смирнов``)
                return main
            if given and (any(t.dep_ in ("nsubj", "nsubj:pass") for t in given[-1])
                          or (not is_parsed(given[-1].root) and _nominative(given[-1]))):
                return given[-1]  # (given as a subject: not ``ушла … вместе с певицей Ольгой Рябовой``)
            return self._antecedent(head, depth + 1)
        holders = [e for e in self.ents if e.label_ == "PER" and e.start < mention.start
                   and self._given(e, head)]
        titled = [e for e in holders if _agrees(_gender(e), gender)]
        if not titled and _genderless_title(head, gender, professions=depth == 0):
            # no man holds it (``По словам британского премьера`` after ``премьер-министр Великобритании
            # Тереза Мэй``, ``По словам директора`` after ``Директор школы Ольга Смирнова``; a pronoun's
            # gender, reached at a depth, is its own: ``его``)
            titled = holders
        marks = [t for t in mention if t.i != head.i and not t.is_punct and not t.is_space]
        country = _country_adjective(marks)

        def foreign(e: Span) -> bool:
            # a country's adjective: not a person whose title names another country (``турецкий министр``
            # is not ``министр иностранных дел РФ Сергей Лавров``, ``главы российской дипломатии`` not
            # ``главой МИД Турции Мевлютом Чавушоглу``)
            return country is not None and bool(self._titled_countries(e, mention.start) - {country})
        titled = [e for e in titled if not foreign(e)]
        if not titled and head.lemma_ == "лидер" and country is not None and len(marks) == 1:
            # ``Южнокорейский лидер`` after ``президент Южной Кореи Пак Сон Хо``: the head of that country's
            # state or government the text named, of the verb's gender, a president before a premier (not
            # ``Белорусский оппозиционный лидер``, ``лидер ультраправых``: the mention says more)
            leaders = [e for e in self.ents if e.label_ == "PER" and e.start < mention.start
                       and _agrees(_gender(e), gender) and self._titled_countries(e, mention.start) == {country}
                       and any(t.lemma_ in LEADER_TITLES for t in self._title_of(e))]
            titled = [e for e in leaders if any(t.lemma_ == "президент" for t in self._title_of(e))] or leaders
        if titled:
            # the one whose title has the mention's modifiers (``президента США`` → Обама, not
            # ``бывшего президента ЮАР Нельсона Манделы`` named after him)
            matching = [e for e in titled if marks and all(_in_title(t, self._title_phrase(e)) for t in marks)]
            return (matching or titled)[-1]
        # the person a sentence gives the title as its subject (``Картер принёс присягу в
        # качестве министра обороны`` … ``новый министр заявил``), outside quotes and not by the
        # mention itself (``«Саша — неудобный соперник, — сказал россиянин»``: not Саша)
        linked = [e for e in self.ents if e.label_ == "PER" and e.start < mention.start
                  and (any(t.dep_ in ("nsubj", "nsubj:pass") for t in e)
                       or (not is_parsed(e.root) and _nominative(e)))  # sentences without a cue are not parsed
                  and any(_same_title(t, head) and not (e.start <= t.i < e.end)
                          and not (mention.start <= t.i < mention.end)
                          and t.morph.get("Case") in (["Nom"], ["Gen"], ["Ins"]) for t in e.sent)
                  and _agrees(_gender(e), gender) and not foreign(e) and not self._in_quote(e.start_char)]
        if linked:
            return linked[-1]
        main = self._main_person(mention, gender)
        continued = self._continued_speaker(mention, gender)
        if continued is not None and not foreign(continued) and not self._overshadowed(continued, main, mention):
            # (unless the sentence right before has another person as its subject after that statement:
            # ``«…», — сказал Песков. Ранее Жириновский предложил перенести выборы. Политик уверен, что …``)
            latest = self._latest_subject(mention, gender)
            if latest is not None and latest._.entity_id != continued._.entity_id and not foreign(latest) \
                    and not self._titled_otherwise(latest, head.lemma_):
                return latest
            return continued
        for t in self._subjects_before(mention.start):
            ent = self._ent_of(t)
            if ent is not None and ent.label_ == "PER" and _agrees(_verb_gender(t) or _gender(ent), gender) \
                    and not self._titled_otherwise(ent, head.lemma_) and not foreign(ent):
                if self._overshadowed(ent, main, mention):
                    continue
                return ent
            if t.lemma_ in PRONOUN_LEMMAS and t.morph.get("Number") != ["Plur"] and depth < 3 \
                    and _agrees(_subject_gender(t), gender):
                return self._antecedent(t, depth + 1)
        near = self._near(head.i, gender)
        if near is not None and not self._titled_otherwise(near, head.lemma_) and not foreign(near):
            return near
        return None if main is None or foreign(main) else main

    def _one_given(self, mention: Span, head, rest: list) -> Optional[Span]:
        """A rarely named role with a complement (``Адвокат Петрова возразила``, ``сказала представитель
        компании``): the one person the text gave that title (singular) just before, of the verb's
        gender, whose title names no other person or organisation than the complement does
        (``Адвокат обвиняемого Ирина Соколова``, ``представитель «Здравицы» Алина Мерзлякова`` for
        ``представитель компании``; not ``представитель Кремля Дмитрий Песков`` for ``представитель
        клуба``, nor ``Защитник «Спартака»`` for ``Защитник Петрова``); else unnamed (``адвокат
        Эльсаеда`` when nobody is named)."""
        if head.lemma_ in SOURCES or any(t.dep_ == "amod" and t.head.i == head.i for t in rest):
            return None  # (``высокопоставленный представитель ведомства``: one described otherwise)
        named = {self._ent_of(t) for t in rest if t.ent_type_ in ("PER", "ORG")} - {None}
        owners = {e._.entity_id for e in named if e.label_ == "PER"}
        bodies = {e._.entity_id for e in named if e.label_ == "ORG"}
        if not named:  # a noun for an organisation's kind: the one it refers to (``компании`` → «Здравица»)
            noun = next((t for t in rest if t.dep_ == "nmod" and t.head.i == head.i and t.lemma_ in BODY_NOUNS), None)
            body = self._nearest(noun, "ORG") if noun is not None else None
            bodies = {body._.entity_id} if body is not None else set()
        gender = _subject_gender(head)
        given = [e for e in self.ents if e.label_ == "PER" and e.start < mention.start
                 and self._sentences_between(e.start, mention.start) <= WINDOW
                 and any(_same_title(head, t) and t.morph.get("Number") != ["Plur"]
                         for t in self._title_phrase(e))  # (``внучка художника Элен …``)
                 and _agrees(_gender(e), gender) and e._.entity_id not in owners]
        if not given:  # (a profession's masculine noun says nothing of the person: only a verb does)
            return self._given_later(mention, head, rest, _verb_gender(head), owners)
        if len({e._.entity_id for e in given}) != 1:
            return None
        for e in given:  # the title's own names: none but the complement's
            titled = {x._.entity_id for x in map(self._ent_of, self._title_phrase(e))
                      if x is not None} - {e._.entity_id}  # (a place too: ``представитель Кремля``)
            if titled - owners - bodies or (named and bodies and not titled & bodies):
                return None
        return given[-1]

    def _given_later(self, mention: Span, head, rest: list, gender, owners: set) -> Optional[Span]:
        """``_one_given`` with no one given that title before: the one person the text gives it
        later, with no complement or the mention's own (``Адвокат экс-министра считает`` … ``Адвокат
        Ольга Дёмина заявила``; not ``адвокат потерпевшей Анна Белова`` for ``Адвокат Петрова``), else None."""
        if any(t.lower_ in POSSESSIVES for t in rest):
            return None  # (``Его адвокат``: whose, a pronoun says, not who)
        titled = [(e, t) for e in self.ents if e.label_ == "PER" and e.start >= mention.end
                  for t in self._title_phrase(e) if _same_title(head, t)]
        if len({e._.entity_id for e, _ in titled}) != 1:
            return None  # (no one, or two people given that title)
        words = {t.lemma_ for t in rest}
        return next((e for e, t in titled if t.morph.get("Number") != ["Plur"]
                     and {c.lemma_ for c in t.children if c.dep_ == "nmod"} <= words
                     and _agrees(_gender(e), gender) and e._.entity_id not in owners), None)

    def _given(self, ent: Span, head) -> bool:
        """This mention of the person was introduced with ``head``'s title (``_same_title``)."""
        return any(_same_title(head, t) for t in self._title_of(ent))

    def _person_titled(self, ent: Span) -> bool:
        """The person is introduced with a person noun (``Актёр Иван Петров``)."""
        return any(_is_person_noun(t) for m in self.ents if m._.entity_id == ent._.entity_id for t in self._title_of(m))

    def _introduced_as(self, mention: Span) -> Optional[Span]:
        """The last PER introduced with every word of a description of two words or more
        (``Министр финансов Антон Силуанов`` … ``По признанию министра финансов``), whose
        complements would otherwise make it another referent, else None."""
        words = [t for t in mention if _is_word(t)]
        if len(words) < 2:
            return None
        lemmas = {t.lemma_ for t in words}
        gender = _subject_gender(mention.root)
        if _genderless_title(mention.root, gender):
            gender = None  # (``По словам главы района``: Наталья …)
        for e in reversed(self.ents):
            if e.label_ != "PER" or e.start >= mention.start or not _agrees(_gender(e), gender):
                continue
            title = self._title_words(e)
            if any(_same_title(mention.root, t) for t in title) and lemmas <= {t.lemma_ for t in title}:
                return e
        return None

    def _overshadowed(self, ent: Span, main: Optional[Span], mention: Span) -> bool:
        """A person the text names once, where its main person is named three times or more
        before the mention: a description (``маэстро``) is the main person's, not this one's
        (``Глава департамента Ханс-Георг Кюпперс сказал, что Гергиев …``)."""
        return main is not None and main._.entity_id != ent._.entity_id \
            and sum(e._.entity_id == main._.entity_id for e in self.ents if e.start < mention.start) >= 3 \
            and (self.groups.get(ent._.entity_id) or {}).get("mentions") == 1

    def _main_person(self, mention: Span, gender: Optional[str]) -> Optional[Span]:
        """The text's main person: the PER named most often before the mention, more often than
        any other, with no other title (``председатель совета Игорь Рогов`` is not the
        ``Президент`` of a text on Назарбаев); its last mention, else None."""
        counts: dict[str, list] = {}
        for e in self.ents:
            if e.label_ == "PER" and e.start < mention.start and e._.entity_id and _agrees(_gender(e), gender):
                counts.setdefault(e._.entity_id, []).append(e)
        ranked = sorted(counts.values(), key=len, reverse=True)
        # (a bare description and the one person of that gender the text has named in full, even
        # once: ``… здоровья Людмилы Гурченко …`` … ``актриса попросила``)
        alone = len(ranked) == 1 and len(tokens_of(ranked[0][-1])) >= 2 and len(tokens_of(mention)) == 1
        if ranked and (alone or len(ranked[0]) >= 2 and (len(ranked) == 1 or len(ranked[0]) > len(ranked[1]))) \
                and not self._titled_otherwise(ranked[0][-1], mention.root.lemma_):
            return ranked[0][-1]
        return None

    def _title_phrase(self, ent: Span) -> list:
        """The words of a PER's span and the four before it (``Президент США Барак Обама``)."""
        return [t for t in self.doc[max(ent.sent.start, ent.start - 4):ent.end] if not t.is_space]

    def _titled_otherwise(self, ent: Span, title: str) -> bool:
        """The person is introduced with another office than ``title`` (``председатель
        совета Игорь Рогов`` for ``президент``) and never with this one; offices are the
        titles of ``PERSON_TITLES`` but the generic ``глава``."""
        if title not in PERSON_TITLES or title == "глава":
            return False
        titles = {t.lemma_ for e in self.ents if e._.entity_id == ent._.entity_id
                  for t in self._title_of(e) if _is_person_noun(t)}
        offices = titles & PERSON_TITLES - {"глава"}
        return bool(offices) and title not in titles

    def _continued_speaker(self, mention: Span, gender: Optional[str]) -> Optional[Span]:
        """The person who spoke in the statement just before (``По его словам [Си Цзиньпина],
        Маркс …`` … ``Китайский лидер отметил``), within ``WINDOW`` sentences and agreeing."""
        previous = getattr(self, "_previous", None)
        if previous is None or previous._.speaker is None or not previous._.speaker._.entity_id:
            return None
        group = self.groups.get(previous._.speaker._.entity_id) or {}
        if group.get("label") != "PER" or self._sentences_between(previous.end - 1, mention.start) > WINDOW:
            return None
        ent = next((e for e in reversed(self.ents) if e._.entity_id == previous._.speaker._.entity_id
                    and e.start < mention.start), None)
        if ent is None or not _agrees(_gender(ent), gender):
            return None
        head = mention.root
        if head.lemma_ in PERSON_TITLES - {"глава"}:
            # an office (``Президент``) the previous speaker was not given: someone else
            titles = {t.lemma_ for e in self.ents if e._.entity_id == ent._.entity_id for t in self._title_of(e)}
            if head.lemma_ not in titles:
                return None
        return ent

    def _titled_countries(self, ent: Span, before: int) -> set:
        """The countries the titles of a person's mentions before token ``before`` name (any mention the
        text gave a title: ``Министр энергетики России Александр Новак`` … ``Новак``), read once per
        person and place."""
        key = (ent._.entity_id or ent.start, before)
        if key not in self._countries_of:
            # (a country's adjective too: ``Российский боксёр Иван Серов`` is not ``Британский боксёр``)
            # (and a country of several words the tagger found there: ``президент Южной Кореи``)
            self._countries_of[key] = {code for x in self.ents
                                       if x._.entity_id == ent._.entity_id and x.start < before and self._title_of(x)
                                       for code in _countries(self._title_phrase(x))
                                       | {_country_adjective([t]) for t in self._title_phrase(x)} - {None}
                                       | self._places_in(self._title_phrase(x))}
        return self._countries_of[key]

    def _places_in(self, words: list) -> set:
        """The codes of the countries of several words the tagger found among ``words``."""
        inside = {t.i for t in words}
        return {code for e in self.ents if e.label_ == "LOC" and len(e) > 1 and all(t.i in inside for t in e)
                for code in _country_codes(e._.normal or e.text)}

    def _latest_subject(self, mention: Span, gender: Optional[str]) -> Optional[Span]:
        """The PER that is the main subject of the sentence right before the mention, when that
        sentence comes after the last statement and agrees, else None."""
        previous = getattr(self, "_previous", None)
        first = next(iter(self._subjects_before(mention.start)), None)
        if first is None or (previous is not None and first.i < previous.end) \
                or first.sent.start == mention.sent.start \
                or self._sentences_between(first.i, mention.sent.start) != 0:
            return None
        ent = self._ent_of(first)
        if ent is None and first.pos_ == "NOUN" and first.morph.get("Animacy") == ["Anim"]:
            # a title the unparsed sentence opens with, its bearer's name after it (``Бывший капитан
            # команды Денис Ворончихин в этом сомневается``)
            ent = next((e for e in self.ents if e.label_ == "PER" and first.i < e.start <= first.i + 4
                        and e.sent.start == first.sent.start
                        and not any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in self.doc[first.i + 1:e.start])),
                       None)
        if ent is None or ent.label_ != "PER" or not _agrees(_verb_gender(first) or _gender(ent), gender):
            return None
        return ent

    def _near(self, i: int, gender: Optional[str]) -> Optional[Span]:
        """The nearest agreeing PER before token ``i`` in its sentence or the one before."""
        for e in reversed(self.ents):  # nearest first, the cheap tests before the gender
            if e.label_ != "PER" or e.start >= i or self._in_quote(e.start_char):
                continue
            if self._sentences_between(e.start, i) > 1:
                return None
            if _agrees(_gender(e), gender):
                return e
        return None

    def _title_of(self, ent: Span) -> list:
        """The common nouns that introduce a PER: inside its span (``Премьер-министр Джон
        Говард``), governing it as an apposition (``президент Боливии Эво Моралес``) or among
        the words right before it, parsed or not (``встретился с министром обороны Андреем
        Белоусовым``, ``Аналитик Freedom Finance Георгий Ващенко``)."""
        out = [t for t in ent if t.pos_ == "NOUN"]
        root = ent.root
        if root.dep_ in ("appos", "flat", "flat:name", "nmod") and root.head.i < ent.start:
            out.append(root.head)
        seen = {t.i for t in out}
        return out + [t for t in self._title_words(ent) if t.pos_ == "NOUN" and t.i not in seen]

    def _title_words(self, ent: Span) -> list:
        """The title right before a name, nearest word first: up to ``TITLE_WORDS`` nouns,
        adjectives, names and quotation marks in its sentence, ending at the title's head (a
        noun in the name's case) and the adjectives before it (``Генеральный директор
        «Газпрома»``, ``с министром обороны``; not ``кабинета министров`` before ``глава
        правительства``); no head, no title. Read once an entity: every description asks of every
        person named before it."""
        if ent.start not in self._titles:
            self._titles[ent.start] = self._read_title(ent)
        return self._titles[ent.start]

    def _read_title(self, ent: Span) -> list:
        doc = self.doc
        case = ent[0].morph.get("Case")
        out, k, words = [], ent.start - 1, 0
        while k >= ent.sent.start and words < TITLE_WORDS and (
                doc[k].pos_ in ("NOUN", "ADJ", "PROPN", "X") or doc[k].text in MARKS or doc[k].is_space):
            t = doc[k]
            k -= 1
            if t.is_space:
                continue
            out.append(t)
            words += t.text not in MARKS
            if t.pos_ == "NOUN" and case and t.morph.get("Case") == case and t.morph.get("Number") != ["Plur"]:
                while k >= ent.sent.start and doc[k].pos_ == "ADJ" and doc[k].morph.get("Case") == case:
                    out.append(doc[k])
                    k -= 1
                return out
        return []

    def _subjects_before(self, i: int):
        """Subjects (``nsubj``) before token ``i`` within ``WINDOW`` sentences, quoted
        text skipped: the nearest sentence first, and in a sentence the main clause's
        subject before a subordinate one's (``Кудрин заявил, что …, если премьером
        станет Медведев`` → Кудрин)."""
        doc = self.doc
        sentence: list = []
        seen = 0
        k = i - 1
        sent_start = doc[i].sent.start
        while k >= -1:
            if k < sent_start:
                yield from sorted(sentence, key=lambda t: (_depth(t), -t.i))
                sentence = []
                if k < 0:
                    return
                sent_start = doc[k].sent.start
                if not self._in_quote(doc[k].idx):
                    seen += 1
                if seen > WINDOW:
                    return
            t = doc[k]
            k -= 1
            if self._in_quote(t.idx):
                continue
            if t.dep_ in ("nsubj", "nsubj:pass"):
                sentence.append(t)
            elif t.dep_ == "nmod" and t.head.lemma_ in ATTRIBUTION_NOUNS and t.head.i < t.i \
                    and _po(doc, t.head) is not None:
                sentence.append(t)  # the source of ``По словам шерифа Эда Гонзалеса, …``
            elif t.dep_ == "appos" and t.pos_ == "PROPN" and t.morph.get("Case") == ["Nom"] \
                    and t.morph.get("Animacy") == ["Anim"] and t.head.morph.get("Animacy") == ["Inan"]:
                sentence.append(t)  # a name the parse hung on a thing (``на съезде партии Д.Медведев предложил``)
            elif t.dep_ == "obj" and t.pos_ == "PROPN" and t.i < t.head.i and t.morph.get("Case") in (["Nom"], ["Acc"]) \
                    and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in t.head.children):
                sentence.append(t)  # an indeclinable name before its verb read as its object (``Спейси ответил``)
            elif not is_parsed(t) and t.i == t.sent.start and any(
                    e.start == t.i and e.label_ == "PER" for e in self.ents):
                sentence.append(t)  # an unparsed sentence opening with a name (``Мартина Биг увлекается``)
            elif not is_parsed(t) and t.morph.get("Case") == ["Nom"] \
                    and (t.pos_ == "PROPN" or _is_person_noun(t) or t.lemma_ in PRONOUN_LEMMAS) \
                    and not (t.i and doc[t.i - 1].morph.get("Case") == ["Nom"] and doc[t.i - 1].pos_ in ("PROPN", "NOUN")):
                sentence.append(t)  # the syntax gate left the sentence unparsed: a nominative as its subject

    def _sentences_between(self, a: int, b: int) -> int:
        """Sentence boundaries between tokens ``a`` and ``b``, quoted sentences not counted (one
        opening with the quotation mark too: ``«Чтобы … год.``)."""
        return sum(1 for s in self.doc[a:b].sents
                   if not self._in_quote(s.start_char) and not self._in_quote(s.start_char + 1)) - 1

    def _in_quote(self, char: int) -> bool:
        return any(s < char < e for s, e in self.quoted)

    def _ent_of(self, token) -> Optional[Span]:
        """The entity holding ``token``, or the one its noun phrase names."""
        for e in self.ents:
            if e.start <= token.i < e.end:
                return e
        if token.pos_ == "PROPN" and token.morph.get("Animacy") == ["Anim"] and not _common_noun(token.text):
            earlier = self._named_earlier(token)
            if earlier is not None:
                return earlier
        for e in self.ents:  # ``Президент <unparsed> Касым-Жомарт Токаев``, ``Президент ВФЛА (…) Балахничев``
            if e.start > token.i and e.label_ == "PER" and not self._modifies_noun(e, token) \
                    and not (token.morph.get("Case") == ["Nom"] and _man_in_genitive(e)) and (
                    _apposed(e, token)
                    or (not is_parsed(token) and not tokens_of(self.doc[token.i + 1:e.start])
                        and e.root.morph.get("Case") == token.morph.get("Case"))):
                return e
        if not is_parsed(token):
            return None
        return self._entity_in(_noun_phrase(token))

    def _nearest(self, token, label: str) -> Optional[Span]:
        """The last ``label`` entity before ``token`` of the kind its noun names
        (``org_kinds.txt``): ``ведомство`` → a state body, not the last party named;
        ``издание`` → an outlet, not the ministry it quotes; else the last one."""
        before = [e for e in self.ents if e.start < token.i and e.label_ == label
                  and not self._is_description(e)]
        kind = ORG_KINDS.get(token.lemma_)
        if kind == "state":
            before = [e for e in before if (e._.normal or e.text).split()[0].lower() in STATE_NAMES
                      or (e._.normal or e.text).lower() in STATE_NAMES  # (``Банк России``: a central bank)
                      or (any(t.lemma_ in STATE_SERVICES for t in e) and not self._is_outlet(e))]
            # ``полиция`` is no other body (not the last ``ФСБ``); ``министерство`` a ministry first
            # (``правительство`` is a government, not the last ``МВД``)
            described = token.lemma_ == "регулятор" and bool(_adjectives_of(token))
            # (``Американский регулятор``: no preference for a bank, the adjective says whose)
            words = (token.lemma_[:5],) if described else KIND_WORDS.get(token.lemma_, (token.lemma_[:5],))
            same = [e for e in before if any(w in (e._.normal or e.text).lower() for w in words)]
            before = same if token.lemma_ in ONE_OF_A_KIND else same or before
        elif kind == "outlet":
            outlets = {e._.entity_id for e in before if self._is_outlet(e)}
            # the outlet the text gave that very noun (``агентство Рейтер`` … ``телеканал "Аль-Джазира"``
            # … ``отмечает агентство``: Рейтер)
            titled = {e._.entity_id for e in before if token.lemma_ in {t.lemma_ for t in self._title_of(e)}}
            before = [e for e in before if e._.entity_id in titled] \
                or [e for e in before if e._.entity_id in outlets] or before
        elif kind == "named":  # ``суд`` → the last body whose name has the noun (ЕСПЧ: Европейский суд …)
            before = [e for e in before if self._named_with(e, token.lemma_)]
        elif kind == "any":
            # the last organisation whose name has the noun (``в театре``: Омский академический театр
            # драмы, not the play «Гроза» it staged), else the last that is no outlet (``пресс-служба
            # клуба``: not «Спорт-Экспресс», which interviewed the coach)
            # (an outlet may be a ``компания`` or an ``организация``: ``радиостанция «Эхо»`` … ``в компании``)
            others = before if token.lemma_ in OUTLET_KINDS else [e for e in before if not self._is_outlet(e)]
            named = [e for e in others if token.lemma_ != "пресс-служба" and (
                token.lemma_[:5] in (e._.normal or e.text).lower() or self._introduced_with(e, token.lemma_))]
            before = named or others or before
        return before[-1] if before else None

    def _named_with(self, ent: Span, noun: str) -> bool:
        """The entity's name, or its group's, has the word ``noun`` (``Европейский суд …``)."""
        return any(noun in n.lower().split() for n in (
            ent._.normal or ent.text, (self.groups.get(ent._.entity_id) or {}).get("name") or ""))

    def _word_before(self, ent: Span):
        """The word before a name, quotation marks aside (``театре`` of ``в театре «Новая сцена»``), or None."""
        k = ent.start - 1
        while k >= 0 and (self.doc[k].is_space or self.doc[k].text in MARKS):
            k -= 1
        return self.doc[k] if k >= 0 else None

    def _introduced_with(self, ent: Span, lemma: str) -> bool:
        """The text introduced the name with the noun ``lemma`` (``в театре «Новая сцена»``)."""
        before = self._word_before(ent)
        return before is not None and before.lemma_ == lemma

    def _is_outlet(self, ent: Span) -> bool:
        """An outlet: a known name (``outlets.txt``) or one the text introduces with an
        outlet noun (``газета The New York Post``, ``пишет издание «Ведомости»``)."""
        if (ent._.normal or ent.text).lower() in OUTLETS or ent.text.lower() in OUTLETS:
            return True
        before = self._word_before(ent)
        if before is not None and ORG_KINDS.get(before.lemma_) == "outlet":
            return True
        # one that relays others' news, in the present: ``сообщает Daily Mirror со ссылкой на The Sunday
        # People`` (not ``Минздрав со ссылкой на данные больниц сообщил``)
        verb = ent.root.head
        return ent.root.dep_ == "nsubj" and is_parsed(ent.root) and verb.lemma_ in RELAYING_VERBS \
            and verb.morph.get("Tense") == ["Pres"] and any(
                c.dep_ == "obl" and c.lemma_ == "ссылка" and any(a.lower_ == "со" for a in c.children)
                for c in verb.children)

    def _is_description(self, ent: Span) -> bool:
        """An ORG that is only a description noun (``секретариат Агентства``): it names no one."""
        words = tokens_of(ent)
        return len(words) == 1 and words[0].lemma_ in BODY_NOUNS and _common_noun(words[0].text)

    def _last_reporter(self, i: int) -> Optional[Span]:
        """The subject of the last speech verb before token ``i`` within ``WINDOW``
        sentences, outside quotes, whether or not its sentence was a statement."""
        for k in range(i - 1, -1, -1):
            t = self.doc[k]
            if self._sentences_between(k, i) > WINDOW:
                return None
            if self._in_quote(t.idx) or not is_parsed(t) or not _is_cue_verb(t):
                continue
            for child in t.children:
                if child.dep_ in ("nsubj", "nsubj:pass") and child.pos_ in ("NOUN", "PROPN", "PRON"):
                    return _noun_phrase(child)
        return None

    def _sender(self, noun, mention: Span) -> Optional[Span]:
        """Who did the act a message noun names, told within ``WINDOW`` sentences before
        (``поздравил президент России Владимир Путин`` … ``В поздравлении говорится``): the
        verb's subject, or in a sentence left unparsed the person or body named in the
        nominative (not whom it greets: ``Владимира Этуша``), else None; None too when the
        message itself is named nearer (``получил поздравление от X``, ``опубликовало обращение``),
        which the other rules read."""
        verbs = SENDING_VERBS.get(noun.lemma_)
        if not verbs:
            return None
        for t in reversed(self.doc[:mention.start]):
            if self._sentences_between(t.i, mention.start) > WINDOW:
                return None
            if t.lemma_ == noun.lemma_:
                return None  # the message named again nearer (``получил поздравление от Лукашенко``)
            if t.lemma_ not in verbs or self._in_quote(t.idx) or (t.lemma_ in ADDRESSING and not any(
                    w.lower_ in ("к", "ко") for w in self.doc[t.i + 1:t.i + 4])):
                continue  # (``обратилась в полицию`` is a complaint, not an address to someone)
            subjects = [self._ent_of(c) for c in t.children if c.dep_ == "nsubj"] if is_parsed(t) else [
                e for e in self.ents if t.sent.start <= e.start < t.sent.end and e.label_ in ("PER", "ORG")
                and _nominative(e) and e.root.morph.get("Case") == ["Nom"]]
            subjects = [e for e in subjects if e is not None]
            return min(subjects, key=lambda e: abs(e.start - t.i)) if subjects else None
        return None

    def _message_source(self, before: int) -> Optional[Span]:
        """The ORG/PER whose statement (``заявление МИД``) the text named last before ``before``."""
        best = None
        for t in self.doc:
            if t.idx >= before:
                break
            if t.lemma_ not in MESSAGE_NOUNS:
                continue
            for e in self.ents:
                if e.label_ in ("ORG", "PER") and 0 < e.start - t.i <= 3 and e.start_char < before \
                        and e.root.morph.get("Case") != ["Dat"] \
                        and not any(w.pos_ == "ADP" for w in self.doc[t.i + 1:e.start]):
                    # (not its addressee: ``телеграмму Рухани``; nor a place: ``сообщений в Сети``)
                    best = e
                    break
        return best

    def name(self, ent: Span, depth: int = 0) -> str:
        group = self.groups.get(ent._.entity_id) or {}
        name = group.get("name") or ent._.normal or ent.text
        name = PARENTHESES.sub("", name).strip() or name  # ``… атлетики (Federación …; FCA)``
        name = name.strip(MARKS + " ") or name  # ``Лаборатория Касперского»``: a mark the grouping kept
        name = _unperiod(name)
        if not CYRILLIC.search(name):  # ``Тор Халворссен (Thor Halvorssen Mendoza)``: the text's own script
            cyrillic = [e._.normal or e.text for e in self.ents
                        if e._.entity_id == ent._.entity_id and CYRILLIC.search(e._.normal or e.text)]
            if cyrillic:
                name = max(cyrillic, key=len)
        if ent.label_ == "PER":
            name = NICKNAME.sub(" ", name).strip() or name  # ``Джеймс «Бадди» Макгирт`` → Джеймс Макгирт
            forms = Counter(e.text for e in self.ents if e.label_ == "PER"  # (the grouping may split them)
                            and len(e.text.split()) == len(name.split()) and e.text.split()[-1] == name.split()[-1]
                            and all(t.morph.get("Case") in (["Nom"], []) for t in tokens_of(e))
                            and all(_spelling(a, b) for a, b in zip(e.text.split(), name.split())))
            if forms and forms.most_common(1)[0][1] > forms.get(name, 0) and CYRILLIC.search(name):
                # two spellings of one name (``Брижит Бардо`` ×3, ``Бриджит Бардо`` ×2): the text's usual one
                name = forms.most_common(1)[0][0]
            written = INITIALLED.fullmatch(ent.text)
            if written is not None and "." in name and not name.startswith(written.group(1) + "."):
                # ``Ш.Зайберта`` normalised to ``Широта.Зайберт``: the initial as the text writes it
                name = f"{written.group(1)}.{name.split('.', 1)[1].lstrip()}"
            return _without_patronymic(self._nominative(self._full_name(self._one_person(_without_title(name))), ent))
        if ent.label_ != "ORG":
            return name
        members = [e for e in self.ents if e._.entity_id == ent._.entity_id]
        for e in members:  # ``в российском МВД`` tagged whole: the country's body (``МВД России``)
            words = tokens_of(e)
            placed = _country_body(e, words[-1]) if len(words) == 2 and words[0].pos_ == "ADJ" else None
            if placed is not None:
                return placed
        if name in BRANCHES and depth < 2:
            # ``ГУ`` tagged apart from the body it is a branch of (``ГУ`` + ``МВД по …``): the body's name
            # gives the branch's (``в сообщении пресс-службы ГУ МВД`` after ``ГУ МВД по Свердловской области``)
            body = next((b for e in members for b in self.ents if b.start == e.end and b.label_ == "ORG"), None)
            if body is not None:  # (whose name puts the branch before it, below)
                return self.name(body, depth + 1)
        normals = [e._.normal or e.text for e in members]
        # the fullest name the text uses, with the country a mention gives it in the genitive
        # (``Переходного Национального Совета Ливии`` → Переходный Национальный Совет Ливии)
        name = _unperiod(max((n for n in normals if n.startswith(name)), key=len, default=name))
        name = name.strip(MARKS + " ") or name  # (a mention's normal with a mark the tagger took in)
        # a regional branch the tagger split off its body (``ГУ`` + ``МЧС по Приморскому краю``)
        branch = next(((b._.normal or b.text, e) for e in members for b in self.ents if b.end == e.start
                       and b.label_ == "ORG" and (b._.normal or b.text) in BRANCHES), None)
        if branch is not None and not name.startswith(branch[0]):
            # (a body's name after a word is in the genitive as the text writes it there: ``Управление``
            # + ``Роспотребнадзора``, ``Федеральной службы по надзору …``)
            name = f"{branch[0]} {name if branch[0].isupper() else branch[1].text}"
        for e in members:  # ``РИА «Новости»``: an outlet's name with the word the NER left out of the marks
            k = e.start - 1
            while k > 0 and (self.doc[k].text in MARKS or self.doc[k].is_space):
                k -= 1
            if k < e.start - 1 and f"{self.doc[k].text} {name}".lower() in OUTLETS:
                return f"{self.doc[k].text} {name}"
        for e in members:  # ``Комитет защиты`` + ``Леонарда Пелтиера``: the person its last noun governs
            last = tokens_of(e)[-1]
            person = next((p for p in self.ents if p.start == e.end and p.label_ == "PER"
                           and e.start <= p.root.head.i < e.end and p.root.dep_ in ("nmod", "appos")
                           and p.root.morph.get("Case") == ["Gen"]), None)
            if person is not None and last.pos_ == "NOUN" and last.morph.get("Case") == ["Gen"] \
                    and name == (e._.normal or e.text):
                name = f"{name} {person.text}"
                break
        countries = {s.start for s in self.doc.spans.get("locations", []) if s.label_ == "country"}
        given = [l for e in members for l in self.ents if l.start == e.end and l.label_ == "LOC"
                 and (l.start in countries or tokens_of(e)[-1].lemma_ == "суд")  # (``Замоскворецкий суд Москвы``)
                 and l.root.morph.get("Case") == ["Gen"]]
        if given and not self._names_country(name):
            name = f"{name} {given[0].text}"
        region = self._region_of(members, given)
        if region is not None and region not in name:  # ``Следственный комитет России по Челябинской области``
            return f"{name} {region}"
        if depth or not any(n.split()[0].lower() in STATE_BODIES for n in normals if n):
            return name  # (a branch's body: ``ГУ МВД`` is no more the country's than the text names it)
        countried = [n for n in normals if self._names_country(n)]
        if countried:  # ``МВД Украины`` named in the text
            return min(countried, key=len)
        acronyms = [n for n in normals if n.isupper() and len(n.split()) == 1]
        base = acronyms[0] if acronyms else name
        country = self.country()
        if country is not None and country not in NATIONAL_BODIES.get(base.lower(), (country,)):
            return base  # ``ФСБ`` in a text on Americans: Russia's own, not ``ФСБ США``
        return base if country is None else f"{base} {country}"

    def _region_of(self, members: list, countries: list) -> Optional[str]:
        """``по Челябинской области`` right after a mention of the organisation (or after its
        country): the regional branch the text names, else None."""
        doc = self.doc
        country_at = {l.start: l for l in countries}  # (the country named right after a mention)
        if not any(t.lower_ in STATE_NAMES or t.lemma_ in STATE_NAMES or t.lemma_ in STATE_SERVICES
                   for t in members[0]) and not any(
                e.end in country_at and f"{e.text} {country_at[e.end].text}".lower() in STATE_NAMES for e in members):
            return None  # (a state body's branch: not ``Европейский суд … по Катыни``, a case;
            # ``СК России`` is one by its country)
        for e in members:
            end = country_at[e.end].end if e.end in country_at else e.end
            if end + 1 < len(doc) and doc[end].lower_ == "по":
                place = next((l for l in self.ents if l.start == end + 1 and l.label_ == "LOC"), None)
                if place is not None:
                    return f"по {place.text}"
        return None

    def _as_woman(self, ent: Span, name: str, said_she: bool = False) -> str:
        """A woman's name the grouping put in a man's nominative (``Александра Панфилова`` read
        as the genitive of Александр Панфилов): the fullest mention whose words share each
        word's stem and can all be a woman's nominative (when her verb says she is one, a first
        name in -а/-я counts, which pymorphy3 may know only as a man's genitive: ``Мартина
        Голубова``; not ``Олега Бурова`` for ``он``), as written, hers first, then any person's;
        else the name."""
        words = name.split()
        if all(_may_be(w, "femn") for w in words):
            return name
        # (of any group: a first name alone, ``Юлия``, is its own group, completed by ``_full_name``)
        for e in sorted((e for e in self.ents if e._.entity_id == ent._.entity_id or e.label_ == "PER"),
                        key=lambda e: (e._.entity_id == ent._.entity_id, len(e)), reverse=True):
            written = e.text.split()
            if len(written) == len(words) and all(_stem(a, b) for a, b in zip(written, words)) \
                    and all(_may_be(w, "femn") or (said_she and k < len(written) - 1 and w[-1] in "ая")
                            for k, w in enumerate(written)):
                return e.text
        return name

    def _nominative(self, name: str, ent: Span) -> str:
        """A person's name as the text gives it in the nominative when the grouping took an
        inflected mention: another PER name of the text whose words share a stem with each
        word (``Чеффица`` → Джейсон Чеффиц, ``Мамуки Бахтадзе`` → Мамука Бахтадзе), the
        longest and most nominative; else each word the tagger read in an oblique case
        put in the nominative (``Соной Ованнисян`` → Сона Ованнисян)."""
        words = name.split()
        if not words:
            return name
        if self._names is None:
            self._names = [self._one_person(_without_title(" ".join(w))).split() for w in self._person_names() if w]
        candidates = [w for w in self._names if w != words and len(w) >= len(words)
                      and all(_stem(a, b) for a, b in zip(words[::-1], w[::-1]))]
        source = next((e for e in self.ents if e._.entity_id == ent._.entity_id and len(tokens_of(e)) == len(words)
                       and words in (e.text.split(), (e._.normal or "").split())), None)
        oblique = source is not None and any(CASES.get((t.morph.get("Case") or [""])[0]) for t in tokens_of(source))
        if not candidates and not oblique:
            return name
        gender = _gender(ent)
        sex = {"Masc": "masc", "Fem": "femn"}.get(gender or "")
        candidates = [w for w in candidates if sex is None or _may_be(w[0], sex)] + [words]
        # a form the text itself gives as a subject's nominative first (``Кевин Спейси``, not the
        # grouping's ``Кевин Спейся`` from ``Кевина Спейси``)
        if self._attested is None:
            self._attested = [e.text.split() for e in self.ents if e.label_ == "PER" and e.root.morph.get("Case") == ["Nom"]]
        attested = self._attested
        best = max(candidates, key=lambda w: (len(w), w in attested, sum(map(_nominative_word, w)), w == words))
        if best != words:
            return " ".join(best)
        if not oblique:
            return name
        # words the normal form already changed (``Гонзалеса`` → Гонзалес) stay as it has them
        return " ".join(w if w != t.text else _to_nominative(t, gender) for t, w in zip(tokens_of(source), words))

    def _person_names(self) -> list[list[str]]:
        return [(g.get("name") or "").split() for g in self.groups.values() if g.get("label") == "PER"]

    def _one_person(self, name: str) -> str:
        """Two people's names glued in one mention (a tag line ``Эво Моралес Эдвард Сноуден``):
        the part that is not another PER group's whole name."""
        words = name.split()
        for other in self._person_names():
            n = len(other)
            if n >= 2 and len(words) - n >= 2:
                if words[:n] == other:
                    return " ".join(words[n:])
                if words[-n:] == other:
                    return " ".join(words[:-n])
        return name

    def _full_name(self, name: str) -> str:
        """The full name the text gives when the grouping kept a short form apart:
        ``Д.Медведев``, ``Д.Медведева`` → ``Дмитрий Медведев`` (the surname's stem, same initial), ``Виктор
        Фёдорович`` → ``Виктор Янукович`` (a first name and patronymic, no surname: the
        one person with that first name and a surname; so a first name alone)."""
        m = INITIALLED.fullmatch(name)
        if m is not None:
            initial, surname = m.group(1), m.group(2)
            mentions = [(e._.normal or e.text).split() for e in self.ents if e.label_ == "PER"]
            for words in self._person_names() + mentions:
                if len(words) >= 2 and _stem(words[-1], surname) and words[0][:1] == initial and "." not in words[0]:
                    return " ".join(words)
            return name
        words = name.split()
        if len(words) == 1 and CYRILLIC.search(name):
            # ``Пайпер`` → Хайдемария Стефанишин-Пайпер: the last part of one double surname
            fuller = {" ".join(w) for w in self._person_names()
                      if len(w) >= 2 and "-" in w[-1] and w[-1].rsplit("-", 1)[1] == name}
            if len(fuller) == 1:
                return fuller.pop()
            # ``Андреа`` → Андреа Падован: a first name alone, the one person it begins the name of
            # (one person the grouping split by case, ``Андреа Падована`` / ``Андреа Падован``)
            fuller = {" ".join(w) for w in self._person_names() if len(w) >= 2 and w[0] == name
                      and not (len(w) == 2 and _name_part(w[1], "Patr"))}  # (``Юлия Вячеславовна``: no surname)
            if fuller and all(_stem(a.split()[-1], b.split()[-1]) for a in fuller for b in fuller):
                return min(fuller, key=len)
        if len(words) == 2 and _name_part(words[0], "Name") and _name_part(words[1], "Patr"):
            fuller = {" ".join(w) for w in self._person_names()
                      if len(w) >= 2 and w[0] == words[0] and not _name_part(w[-1], "Patr")}
            if len(fuller) == 1:
                return fuller.pop()
        return name

    def _names_country(self, normal: str) -> bool:
        countries = {s._.normal for s in self.doc.spans.get("locations", []) if s.label_ == "country"}
        return any(c and c.split()[0][:5].lower() in normal.lower() for c in countries)

    def country(self) -> Optional[str]:
        """The text's own country in the genitive: the first country that is a sentence subject,
        else the first country named."""
        if self._country is None:
            countries = [s for s in self.doc.spans.get("locations", []) if s.label_ == "country"]
            if not countries:
                # no country named: the country of the first city (``В Минске прошли учения.
                # Минобороны страны сообщило …`` → Минобороны Белоруссии)
                city = next((s for s in self.doc.spans.get("locations", [])
                             if s.label_ == "city" and s._.country_code), None)
                place = gazetteer.countries().get(city._.country_code) if city is not None else None
                if place is not None:
                    self._country = _genitive(gazetteer.common_name(place))
                return self._country
            # the country the text's state bodies belong to (``Посольство РФ``, ``МИД РФ``: a text on
            # Russians kidnapped in Syria), else the first country that is a subject, else the first
            def owned(s: Span) -> bool:  # right after a state body's noun or name, in any case
                return s.start > 0 and (self.doc[s.start - 1].lemma_.lower() in STATE_BODIES or any(
                    e.end == s.start and e.label_ == "ORG" and e[0].lemma_.lower() in STATE_BODIES for e in self.ents))

            owners = Counter(s._.normal or s.text for s in countries if owned(s))
            subjects = [s for s in countries if s.root.dep_ == "nsubj"]
            chosen = (subjects or countries)[0]
            if owners:
                top = owners.most_common(1)[0][0]
                chosen = next(s for s in countries if (s._.normal or s.text) == top and owned(s))
            # the name its entity group gives (``Великобритания`` for a first ``Британии``)
            ent = next((e for e in self.ents if e.start == chosen.start and e.label_ == "LOC"), None)
            group = self.groups.get(ent._.entity_id) or {} if ent is not None else {}
            self._country = _genitive(group.get("name") or chosen._.normal or chosen.text)
        return self._country


# a body's regional branch, before its name
BRANCHES = frozenset({"ГУ", "ГСУ", "СУ", "Управление", "Главное управление", "Следственное управление",
                      "Главное следственное управление"})
TITLE_WORDS = 4  # the most words of a title before a name (``Генеральный директор компании «X»``)


# bodies often named after a person in the genitive (``музей Пушкина``, ``госпиталь Бурденко``)
NAMESAKE_KINDS = frozenset({"музей", "госпиталь", "больница", "театр", "университет", "институт", "вуз",
                            "библиотека", "школа"})


def _in_headline(doc: Doc, mention: Span, strict: bool = False) -> bool:
    """The mention is in the text's first line (``Генпрокурор Саудовской Аравии подтвердил …``);
    ``strict``: a headline for sure, a body after it and no full stop ending it (``В Сомали
    освобождён журналист, сообщивший …``; not a first paragraph's ``Очевидец рассказал, что …``)."""
    text = text_of(doc)
    end = text.find("\n")
    if end >= 0 and mention.start_char > end:
        return False
    return not strict or (end > 0 and not text[:end].rstrip().endswith("."))


def _bare_name(mention: Span) -> Optional[str]:
    """A source the tagger named no entity: a lone capitalised proper noun as the subject
    (``Викиновости сообщали``), or a name in marks right after the mention's head
    (``телеграм-канал «Опер слил»``, ``газеты ''The Washington Post''``); else None."""
    head = mention.root
    words = tokens_of(mention)
    if len(words) == 1 and head.pos_ == "PROPN" and head.dep_ in ("nsubj", "nsubj:pass") \
            and head.morph.get("Case") in (["Nom"], []) and head.text[:1].isupper() and head.is_alpha \
            and not _common_word(head.text):
        return head.text
    k = head.i + 1
    if k + 1 < mention.end and mention.doc[k].text in OPEN and head.pos_ == "NOUN" \
            and head.morph.get("Animacy") != ["Anim"] and mention.doc[k + 1].morph.get("Case") in (["Nom"], []):
        # (an apposition in the nominative: not ``источник «Интерфакса»``, ``Повстанцы «Талибана»``)
        close = next((t.i for t in mention.doc[k + 1:mention.end] if t.text in CLOSE), None)
        if close is not None and close > k + 1 and close == mention.end - 1:
            return text_of(mention.doc)[mention.doc[k + 1].idx:mention.doc[close].idx].strip() or None
    doubled = _doubled_in(mention)
    if doubled is not None:  # (the parse may make the foreign name the mention's root)
        return doubled
    if len(words) >= 2 and words[0].i == head.i and ORG_KINDS.get(head.lemma_) == "outlet":
        # ``газета 7Плюс``: an outlet's name of one word right after its noun, without marks
        name = text_of(mention.doc)[words[1].idx:words[-1].idx + len(words[-1].text)]
        if " " not in name and (name[:1].isupper() or name[:1].isdigit()) and not _common_noun(name) \
                and all(w.morph.get("Case") in (["Nom"], []) for w in words[1:]):
            return name
    return None


def _common_word(word: str) -> bool:
    """Every pymorphy reading of the word is a known word that names nothing (``Ученая``, a noun
    from an adjective the tagger took for a name; not ``Викиновости``, not ``Иванова``)."""
    parses = models.morph_vocab().parse(word)
    return bool(parses) and all(p.is_known and not ({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"} & p.tag.grammemes)
                                for p in parses)


DOUBLED = re.compile(r" ?''([^'\n]{2,60})''")  # a name in the wiki's doubled apostrophes


def _doubled_name(head) -> Optional[str]:
    """``газеты ''The Washington Post''``: a capitalised name in the wiki's doubled apostrophes
    right after an inanimate noun (two ``'`` tokens each side, so the noun phrase may stop
    before the closing pair), else None."""
    if head.pos_ != "NOUN" or head.morph.get("Animacy") == ["Anim"]:
        return None
    doubled = DOUBLED.match(text_of(head.doc), head.idx + len(head.text))
    name = doubled.group(1) if doubled else None
    return name if name and name.strip() == name and name[:1].isupper() else None


def _doubled_in(mention: Span) -> Optional[str]:
    """The name in doubled apostrophes after a noun of the mention (``агентстве по
    недвижимости ''Strutt & Parker''``), else None."""
    return next((name for t in tokens_of(mention) if (name := _doubled_name(t)) is not None), None)


def _relative_writing(mention: Span):
    """The message, report or document a relative refers to: the last such noun in the few words
    before the comma that opens the relative clause, else None."""
    doc = mention.doc
    k = mention.start - 1
    while k > mention.sent.start and doc[k].text != ",":
        k -= 1
    return next((t for t in reversed(doc[max(mention.sent.start, k - 4):k]) if t.lemma_ in REPORTED_BY_WHICH), None)


def _nominal_subject(verb):
    """The verb's first subject that is a noun or a name, else None."""
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)


def _issued_by(noun, any_verb: bool = False):
    """The nominal subject of the verb whose object the writing (or its draft: ``_draft_of``) is, when
    that verb issues it (``ISSUING_VERBS``; any verb with ``any_verb``), else None."""
    carrier = _draft_of(noun)
    if not is_parsed(carrier) or carrier.dep_ != "obj" or not (any_verb or carrier.head.lemma_ in ISSUING_VERBS):
        return None
    return _nominal_subject(carrier.head)


def _acting(verb) -> bool:
    """A verb whose subject acts, as an issuer does (``оштрафовала``, ``продлил``, ``обратился к``), not
    one it undergoes: a passive or a participle (``приговорен``, ``назначен``), a reflexive verb
    (``скончался``, ``лишился``), receiving (``получила штраф``)."""
    return verb.morph.get("VerbForm") in (["Fin"], []) and verb.morph.get("Voice") != ["Pass"] \
        and verb.lemma_ not in UNDERGOING_VERBS and (not verb.lemma_.endswith(("ся", "сь")) or verb.lemma_ in ADDRESSING)


def _draft_of(document):
    """The draft a document is the draft of (``подготовило проект приказа``: ``проект``, the verb's
    object), else the document itself."""
    head = document.head
    if is_parsed(document) and document.dep_ == "nmod" and head.lemma_ == "проект" and head.i == document.i - 1:
        return head
    return document


def _according(mention: Span) -> bool:
    """A relative pronoun after ``согласно`` / ``в соответствии с`` (``доклад, согласно которому``)."""
    return mention.start > 0 and mention.doc[mention.start - 1].lower_ in ("согласно", "с")


def _org_name(doc: Doc, start: int, end: int) -> str:
    """The normal form of tokens ``start:end`` read as an ORG, capitalised (``""`` if none)."""
    name = normalize_span(Span(doc, start, end, label="ORG"))
    return name[:1].upper() + name[1:]


def _organisation_phrase(mention: Span) -> Optional[str]:
    """An organisation the tagger named no entity, by its own descriptive name: the mention in
    the nominative when its head is an organisation noun with a name (a place's too) or a ``по``
    phrase after it (``Канцелярия президента Джейкоба Зумы``, ``Совет по американо-исламским
    отношениям``, ``департамент транспорта Москвы``), or a capital adjective opening it in
    mid-sentence (``Кубинская федерация лёгкой атлетики``);
    not a bare ``комитет`` nor one described by adjectives only."""
    head = mention.root
    if head.lemma_ not in ORG_HEADS or head.morph.get("Number") == ["Plur"] or head.i != tokens_of(mention)[0].i \
            and not all(t.pos_ == "ADJ" for t in mention if t.i < head.i):
        return None
    after = [t for t in mention if t.i > head.i]
    if not after or any(t.pos_ in ("VERB", "AUX", "PRON") or t.text in ",;:" for t in after):
        return None
    doc = mention.doc
    first = tokens_of(mention)[0]
    if not (any(t.lower_ == "по" and t.head.head.i == head.i for t in after)
            or any(e.start > head.i and e.end <= mention.end and e.label_ in ("PER", "ORG", "LOC") for e in ents_of(doc))
            or (first.i != head.i and first.text[:1].isupper() and first.i != first.sent.start
                and all(t.pos_ in ("ADJ", "NOUN") for t in after))
            or (first.i == head.i and len(after) >= 3 and all(t.pos_ in ("ADJ", "NOUN", "CCONJ") for t in after)
                and sum(t.pos_ == "NOUN" and t.morph.get("Case") == ["Gen"] for t in after) >= 2
                and not any(t.morph.get("Animacy") == ["Anim"] or t.lemma_ in ANAPHORIC_NOUNS for t in after))):
        # (neither a ``по`` phrase nor a name after the head, nor a capital opening the name in
        # mid-sentence: ``сообщила Кубинская федерация лёгкой атлетики``, nor a head with a
        # genitive name of its own, of things: ``Департамент жилищно-коммунального хозяйства и
        # благоустройства столицы подготовил``; not a bare ``Комитет``, ``Департамент транспорта``,
        # nor people's ``Штаб сторонников бывшего мэра``, nor a part of a body or place the text names
        # otherwise: ``Служба охраны лесов министерства``, ``Департамент здравоохранения области``)
        return None
    return _org_name(doc, mention.start, mention.end) or None


def _qualified_organisation(mention: Span, ent: Span, name: str) -> str:
    """An ORG the tagger cut short inside its mention, named by the whole phrase from the entity
    on when the rest qualifies it with names or a ``по`` or ``при`` phrase (``Управление информации``
    in ``Управление информации МЧС России``, ``ГУ`` in ``ГУ МВД``, ``Главное управление Нацполиции
    по Кировоградской области``, ``Международный трибунал по бывшей Югославии``), or a mission with
    its host (``Посольство РФ в Сирии``), else ``name``."""
    doc = mention.doc
    if not (mention.start <= ent.start and ent.end < mention.end) \
            or any(t.pos_ not in ("ADJ", "DET") for t in tokens_of(doc[mention.start:ent.start])):
        return name
    rest = tokens_of(doc[ent.end:mention.end])
    if not rest or any(t.pos_ in ("VERB", "AUX", "PRON") or t.is_punct for t in rest) \
            or not (rest[0].lower_ in ("по", "при")
                    or (rest[0].ent_iob_ == "B" and rest[0].ent_type_ in ("ORG", "LOC"))
                    # (a mission abroad by its host: ``Посольство РФ в Сирии``)
                    or (rest[0].lower_ in ("в", "во") and doc[ent.start].lemma_.lower() in MISSIONS)):
        return name
    whole = _org_name(doc, ent.start, mention.end)
    return whole if whole and len(whole.split()) > len(name.split()) else name


def _name_part(word: str, grammeme: str) -> bool:
    """pymorphy's first reading of the word has the grammeme (``Name``, ``Patr``, ``Surn``)."""
    parses = models.morph_vocab().parse(word)
    return bool(parses) and grammeme in parses[0].tag.grammemes


def _unperiod(name: str) -> str:
    """A name without the sentence's period the tagger took in (``передает Би-би-си.``);
    an initial or an abbreviation keeps its own (``Дж.``, ``США.`` is rare)."""
    last = name.split()[-1] if name.split() else ""
    if name.endswith(".") and "." not in last[:-1] and len(last) > 4:
        return name[:-1]
    return name


def _animate(word: str) -> bool:
    return any(p.tag.animacy == "anim" for p in models.morph_vocab().parse(word))


HOME_TITLES = frozenset({"мэр", "глава", "градоначальник", "губернатор"})  # heads whose place the bodies are of
# the titles of a country's leader (``южнокорейский лидер`` is its president or prime minister)
LEADER_TITLES = frozenset({"президент", "премьер", "премьер-министр", "канцлер", "лидер"})
PLACE_KINDS = {"город": "city", "регион": "region"}  # place nouns no name has in it, by the locations stage's kind


def _region_word(body, mention: Span):
    """The word of ``mention`` that makes ``body`` a region's or a city's (``прокуратура области``,
    ``краевое министерство``, ``администрация города``), else None."""
    return next((t for t in mention if t.head.i == body.i and (
        (t.dep_ == "amod" and t.lemma_ in REGION_ADJECTIVES)
        or (t.dep_ == "nmod" and t.i > body.i and t.lemma_ in REGION_NOUNS and not list(t.children)))), None)


def _adjectives_of(noun) -> list[str]:
    """The lemmas of the adjectives ``noun`` has: its ``amod`` dependents, and the word right before it
    when the tagger or pymorphy3 reads it as one (``Американский регулятор``, the tagger's PROPN)."""
    own = [c.lemma_ for c in noun.children if c.dep_ == "amod"]
    before = noun.doc[noun.i - 1] if noun.i else None
    if before is None or before.pos_ == "ADJ":
        return own + ([before.lemma_] if before is not None else [])
    first = models.morph_vocab().parse(before.lower_)[0]
    return own + ([first.normal_form] if first.tag.POS == "ADJF" else [])


def _place_noun(region) -> str:
    """The noun of the kind of place a ``_region_word`` names (``областной`` → ``область``, ``города``)."""
    return REGION_ADJECTIVES.get(region.lemma_, region.lemma_)


def _common_abbreviation(text: str) -> bool:
    """An abbreviation pymorphy3 knows as no organisation's (``СМИ``); a state body's it knows so
    (``ГИБДД``) is a name all the same."""
    parses = models.morph_vocab().parse(text) if text.isupper() and " " not in text else []
    return bool(parses) and text.lower() not in STATE_NAMES \
        and all(p.is_known and "Abbr" in p.tag.grammemes and "Orgn" not in p.tag.grammemes for p in parses)


def _common_nouns(text: str) -> bool:
    words = text.split()
    return bool(words) and all(_common_noun(w) for w in words)


# the oblique cases a name may be read in, UD → pymorphy3
CASES = {ud: oc for ud, oc in UD_TO_OC["Case"].items() if ud in ("Gen", "Dat", "Acc", "Ins", "Loc")}


def _spelling(a: str, b: str) -> bool:
    """Two spellings of one word: one letter added, dropped or changed (``Брижит``/``Бриджит``)."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return a[k + 1:] == b[k + 1:] or a[k + 1:] == b[k:] or a[k:] == b[k + 1:]


def _may_be(word: str, gender: str) -> bool:
    """The word has a nominative reading of that gender (``Мартина``: a woman's name too)."""
    return any(p.tag.case == "nomn" and _of_gender(p.tag, gender) for p in models.morph_vocab().parse(word))


def _only_plural(word: str, lemma: str) -> bool:
    """The form of ``lemma`` is plural in every reading (``изданий``; not ``издания``, a
    genitive singular too)."""
    parses = [p for p in models.morph_vocab().parse(word.lower()) if p.normal_form.replace("ё", "е") == lemma.replace("ё", "е")]
    return bool(parses) and all(p.tag.number == "plur" for p in parses)


def _of_gender(tag, gender: str) -> bool:
    return tag.gender is None or tag.gender == gender or "ms-f" in tag


def _nominative_word(word: str) -> bool:
    return any(p.tag.case == "nomn" and p.tag.number != "plur" for p in models.morph_vocab().parse(word))


def _to_nominative(token, gender: Optional[str] = None) -> str:
    """A name word the tagger read in an oblique case, in the nominative: pymorphy's
    animate singular reading in that case (of the person's gender when known), else
    the word as it is (a foreign ``Хелле``, ``Басу`` read as nominative stays)."""
    case = CASES.get((token.morph.get("Case") or [""])[0])
    if case is None:
        return token.text
    sex = {"Masc": "masc", "Fem": "femn"}.get(gender or "")
    for p in models.morph_vocab().parse(token.text):
        if p.tag.POS == "NOUN" and p.tag.animacy == "anim" and p.tag.number != "plur" and p.tag.case == case \
                and (sex is None or _of_gender(p.tag, sex)):
            form = p.inflect({"Nom"})
            if form is not None:
                return form.word[:1].upper() + form.word[1:] if token.text[:1].isupper() else form.word
    if sex == "masc" and case in ("gent", "accs") and len(token.text) >= 3 and token.text.endswith("а") \
            and not any(p.tag.gender == "masc" for p in models.morph_vocab().parse(token.text)):
        return token.text[:-1]  # a foreign man's name pymorphy reads as a woman's: ``Эда`` → Эд
    return token.text


def _without_title(name: str) -> str:
    """``Премьер-министр Джон Говард`` → ``Джон Говард``: leading common nouns of people
    dropped (not ``Мак`` of Мак Махарадж: a poppy is no title)."""
    words = name.split()
    while len(words) > 1 and _common_noun(words[0]) and _animate(words[0]):
        words = words[1:]
    return " ".join(words)


def _without_patronymic(name: str) -> str:
    """``Владимир Львович Машков`` → ``Владимир Машков``: a canonical name is first name and surname."""
    words = name.split()
    if len(words) == 3 and _name_part(words[1], "Patr") and not _name_part(words[2], "Patr"):
        return f"{words[0]} {words[2]}"
    return name


def _is_word(token) -> bool:
    """A word of letters, hyphenated ones too (``Пресс-секретарь`` is not ``is_alpha``)."""
    return token.text.replace("-", "").isalpha()


def _mention_head(mention: Span):
    """The mention's head: its root, or the person noun the parse made the root's subject (a
    headline's ``Вице-спикер самарской губдумы: «…»`` read as a clause)."""
    head = mention.root
    first = tokens_of(mention)[0]
    if first.i != head.i and first.head.i == head.i and first.dep_ == "nsubj" and head.pos_ == "NOUN" \
            and not _is_person_noun(head) and _is_person_noun(first):
        return first
    return head


def _apposed(ent: Span, head) -> bool:
    """The name stands in apposition to ``head`` (or to a noun coordinated with it), in its case."""
    root = ent.root
    if root.dep_ not in ("appos", "flat", "flat:name"):
        return False
    if root.head.i != head.i and not (root.head.dep_ in ("conj", "appos") and root.head.head.i == head.i):
        return False  # (``Известный музыкант, пианист Евгений Кисин``: a chain of appositions)
    a, b = root.morph.get("Case"), head.morph.get("Case")
    if head.pos_ in ("ADJ", "VERB") and head.dep_ in ("nsubj", "nsubj:pass"):
        b = ["Nom"]  # a title that is an adjective, as a subject (``Заведующая`` the tagger read as Ins)
    return not a or not b or a == b


def _nominative(ent: Span) -> bool:
    """Whether a name can be nominative: the tagger's case, and for a name pymorphy
    knows no word of, a singular nominative reading (``Цвангираи`` has none)."""
    words = tokens_of(ent)
    if words[-1].morph.get("Case") and words[-1].morph.get("Case") != ["Nom"]:
        return False
    parses = [p for t in words for p in models.morph_vocab().parse(t.text)]
    if parses and not any(p.is_known for p in parses):
        return any({"nomn", "sing"} <= p.tag.grammemes for p in parses)
    return True


def _depth(token) -> int:
    """Head hops from the token's verb to the sentence root (0 for the main clause)."""
    n, t = 0, token.head
    while t.head.i != t.i and n < 50:
        t, n = t.head, n + 1
    return n


def _agrees(a: Optional[str], b: Optional[str]) -> bool:
    return a is None or b is None or a == b


def _genderless_title(head, gender: Optional[str], professions: bool = False) -> bool:
    """A masculine office (``PERSON_TITLES``; with ``professions``, any person noun: ``директора``)
    with no verb to show the holder's gender: it says nothing of it, women hold it too."""
    return gender == "Masc" and _verb_gender(head) is None and (professions or head.lemma_ in PERSON_TITLES)


def _verb_gender(token) -> Optional[str]:
    """A subject's gender as its past-tense verb shows it, else None."""
    verb = token.head
    if token.dep_ in ("nsubj", "nsubj:pass") and verb.morph.get("Gender") and verb.morph.get("Number") != ["Plur"]:
        return verb.morph.get("Gender")[0]
    return None


def _head_gender(mention: Span, head) -> Optional[str]:
    """A description's gender: its subject's (``_subject_gender``), or, where the parse made the head
    the subject of another noun of the mention (``Вице-спикер … губдумы``), feminine for a feminine
    head and None otherwise."""
    if head.i != mention.root.i:  # (``_mention_head``'s person noun; a masculine title says nothing: women hold it too)
        return "Fem" if head.morph.get("Gender") == ["Fem"] else None
    return _subject_gender(head)


def _subject_gender(token) -> Optional[str]:
    """A subject's gender as its past-tense verb shows it (``глава … сказала``), else its own."""
    g = token.morph.get("Gender")
    return _verb_gender(token) or (g[0] if g else None)


COUNTRY_WORD = re.compile(r"(?i)\s+страны$")  # (``Правительство страны``)


def _gender(ent: Span) -> Optional[str]:
    """The gender of a person: the majority over the mentions of its group (a
    past-tense verb counts twice: ``Мартина Биг`` is once misread as ``Мартин``'s
    genitive), else its own words. The vote is counted once per group and
    words, and kept in ``doc.user_data`` (the entities do not change here)."""
    if ent._.entity_id:
        voted = ent.doc.user_data.setdefault("gender votes", {})
        key = (ent._.entity_id, ent.text)
        if key not in voted:
            voted[key] = _voted_gender(ent)
        if voted[key] is not _NO_VOTES:
            return voted[key]
    for t in reversed(tokens_of(ent)):
        g = t.morph.get("Gender")
        if g:
            return g[0]
    morph = models.morph_vocab()
    for word in reversed((ent._.normal or ent.text).split()):
        tag = morph.parse(word)[0].tag
        if tag.gender in ("masc", "femn"):
            return "Masc" if tag.gender == "masc" else "Fem"
    return None


_NO_VOTES = object()


def _past_mark(ent: Span, limit: int) -> int:
    """The end of a name past the quotation mark closing it (``компания «Пионер»``), before ``limit``."""
    return ent.end + (ent.end < limit and ent.doc[ent.end].text in MARKS)


def _man_in_genitive(ent: Span) -> bool:
    """A man's surname alone in the genitive, which the parse read as a woman's nominative
    (``Адвокат Петрова возразила`` after ``Андрей Петров``: his lawyer, not a woman Петрова)."""
    words = tokens_of(ent)
    word = words[0].text.lower() if len(words) == 1 else ""
    return word.endswith("а") and SLAVIC_SURNAME.search(word[:-1]) is not None and _gender(ent) == "Masc"


def _voted_gender(ent: Span):
    """``_gender``'s majority over the group's mentions: a gender, None on a tie, or
    ``_NO_VOTES`` when no mention shows one."""
    votes: dict[str, int] = {}
    mentions = [e for e in ents_of(ent.doc) if e._.entity_id == ent._.entity_id or e.text == ent.text]
    # (the same words grouped apart count too); a bare surname's own gender is slovnet's guess
    # where the group has a first name to go by (``Дик`` of ``Крессида Дик`` is read masculine)
    words = [tokens_of(e) for e in mentions]
    full = any(len(w) > 1 for w in words)
    for e, w in zip(mentions, words):
        for t in reversed(w if len(w) > 1 or not full else []):
            g = t.morph.get("Gender")
            if g:
                votes[g[0]] = votes.get(g[0], 0) + 1
                break
        verb = _subject_gender(e.root) if e.root.dep_ in ("nsubj", "nsubj:pass") else verb_gender(e)
        if verb:  # (in a sentence left unparsed, the past-tense verb right after: ``Дик отдала``)
            votes[verb] = votes.get(verb, 0) + 2
        modifier = _modifier_gender(e)
        if modifier:  # (``65-летнюю Аун Сан Су Чжи``, ``выпущена Аун Сан Су Чжи``: slovnet reads the name masculine)
            votes[modifier] = votes.get(modifier, 0) + 2
    if votes:
        ranked = sorted(votes.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None
        return ranked[0][0]
    return _NO_VOTES


def _modifier_gender(ent: Span) -> Optional[str]:
    """The gender of a singular adjective or participle right before a person's name, which
    agrees with it (``65-летнюю Аун Сан Су Чжи``, ``выпущена Аун Сан Су Чжи``), else None."""
    doc = ent.doc
    k = ent.start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0 or "\n" in text_of(doc)[doc[k].idx:ent.start_char]:
        return None
    t = doc[k]
    if not (t.pos_ == "ADJ" or t.morph.get("VerbForm") == ["Part"]) or t.morph.get("Number") != ["Sing"]:
        return None
    # the word's own readings, not the tagger's, which follows its guess for the name
    readings = [p for p in models.morph_vocab().parse(t.text.lower())
                if p.tag.POS in ("ADJF", "ADJS", "PRTF", "PRTS") and p.tag.number == "sing"]
    case = UD_TO_OC["Case"].get((ent[0].morph.get("Case") or [""])[0])
    if k and doc[k - 1].pos_ == "NOUN" and case is not None and not any(
            p.tag.case == case or p.tag.POS in ("ADJS", "PRTS") for p in readings):
        return None  # the noun's complement, not the name's (``мать задержанного Ольга Сомова``)
    genders = {p.tag.gender for p in readings} - {"neut"}
    if genders == {"masc"}:
        return "Masc"
    return "Fem" if genders == {"femn"} else None


# titles news shortens (``Генпрокурор Саудовской Аравии`` … ``Генеральный прокурор … Сауд
# аль-Моджеб``): the short form → the head word of the long one and its modifier, if any
SHORT_TITLES = {"генпрокурор": ("прокурор", "генеральный"), "генсек": ("секретарь", "генеральный"),
                "премьер-министр": ("премьер", None)}


def _in_title(word, title: list) -> bool:
    """A word of a description is in a person's title phrase: the same word, or an adjective of
    the country the title names (``Российский президент`` for ``Президент России``)."""
    if any(t.lower_ == word.lower_ for t in title):
        return True
    place = _demonym(word)
    stem = gazetteer.common_name(place).lower()[:4] if place is not None else None
    return stem is not None and any(t.lower_[:4] == stem for t in title if t.pos_ == "PROPN")


def _country_adjective(words: list) -> Optional[str]:
    """The code of the country the first country adjective among ``words`` names (``турецкий`` → TR)."""
    return next((place.country_code for place in map(_demonym, words)
                 if place is not None and place.kind == "country"), None)


def _demonym(word):
    """The place an adjective names (``турецкий`` → Турция, ``московский`` → Москва), else None."""
    return gazetteer.demonym(word.lemma_) if word.pos_ == "ADJ" else None


def _countries(words: list) -> set:
    """The codes of the countries a title's proper names name (``МИД Турции`` → TR, ``РФ`` → RU)."""
    return {code for t in words if t.pos_ == "PROPN" for code in _country_codes(t.lemma_)}


@lru_cache(maxsize=4096)
def _country_codes(lemma: str) -> frozenset:
    return frozenset(p.country_code for p in gazetteer.lookup(lemma) if p.kind == "country")


def _same_title(a, b) -> bool:
    """Tokens ``a`` and ``b`` give one title: one lemma, synonyms (``тренер`` and ``наставник``:
    ``TITLE_SYNONYMS``), or a short form and its long one (``генпрокурор`` and ``генеральный
    прокурор``; not ``прокурор Татарстана``)."""
    if a.lemma_ == b.lemma_ or TITLE_SYNONYMS.get(a.lemma_, -1) == TITLE_SYNONYMS.get(b.lemma_, -2):
        return True
    if a.lemma_.startswith("экс-") or b.lemma_.startswith("экс-"):
        # ``Экс-министр`` … ``Бывший министр``, a former holder only (not ``Министр финансов Антон Силуанов``,
        # nor ``секретарь министра``: another's post)
        x, y = a.lemma_.removeprefix("экс-"), b.lemma_.removeprefix("экс-")
        former = all(t.lemma_.startswith("экс-") or any(c.lemma_ == "бывший" for c in t.children)
                     or (t.i and t.doc[t.i - 1].lemma_ == "бывший") for t in (a, b))
        return former and (x == y or TITLE_SYNONYMS.get(x, -1) == TITLE_SYNONYMS.get(y, -2)) \
            and "nmod" not in (a.dep_, b.dep_)
    for short, long_ in ((a, b), (b, a)):
        full = SHORT_TITLES.get(short.lemma_)
        if full is not None and long_.lemma_ == full[0] and (full[1] is None or any(
                c.lemma_ == full[1] for c in long_.children) or (long_.i and long_.doc[long_.i - 1].lemma_ == full[1])):
            return True
    return False


def _country_body(mention: Span, body) -> Optional[str]:
    """The name of a state body ``body`` of the mention that an adjective names the country of
    (``Японская полиция`` → полиция Японии, ``британской полиции`` → полиция Великобритании),
    the country by the name news calls it; else None."""
    if ORG_KINDS.get(body.lemma_) != "state" and not {body.lower_, body.lemma_} & STATE_BODIES:
        return None  # (``британской компании``: a company described, unnamed; ``Мексиканский МИД`` a body)
    for t in mention:
        if t.head.i == body.i and t.dep_ == "amod":
            place = gazetteer.demonym(t.lemma_)
            if place is not None and place.kind == "country":
                word = body.text if body.text.isupper() else body.lemma_
                # (a capitalised name keeps its capital: ``Российский Минфин`` → Минфин России)
                word = word.capitalize() if body.lemma_ in OWN_GOVERNMENTS or (
                    body.text[:1].isupper() and not body.text.isupper()) else word
                return f"{word} {_genitive(gazetteer.common_name(place))}"
    return None


def _genitive(name: str) -> str:
    morph = models.morph_vocab()
    words = []
    for word in name.split():
        if word.isupper() and len(word) > 1:  # an abbreviation (``РФ``, ``США``) does not decline
            words.append(word)
            continue
        parse = morph.parse(word)[0]
        form = parse.inflect({"Gen"})
        text = form.word if form is not None else word
        words.append(text[:1].upper() + text[1:] if word[:1].isupper() else text)
    return " ".join(words)
