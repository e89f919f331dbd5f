"""The speaker mention is the noun phrase of the cue verb's ``nsubj`` (or the
genitive after ``по словам``, or ``в заявлении X`` / ``в сообщении`` for
impersonal ``говорится``; a subject the parse hung elsewhere is found back
past gerund phrases); the innermost source of ``сообщает X со ссылкой на Y``
(Y); the body of an indefinite-personal ``в министерстве … сообщили``; who
issued ``заявление, в котором сообщается``.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span

from .. import models
from ..meta import dateline_span
from .cues import (
    ents_of, _after_ob_etom, _followed_from, _impersonal_participle, _is_name, _is_person_noun, _noun_phrase,
    _publication_place, _singular_of_plural, _strip, _words_owner)
from .marks import pairs_of
from .words import (
    ACCUSED_CUES, ASKING_VERBS, BODY_NOUNS, CITED_NOUNS, CLAUSE_MARKS, CLOSE, FOLLOWING_VERBS, MARKS, MESSAGE_NOUNS,
    ORG_HEADS, OWN, PLATFORMS, PRONOUN_LEMMAS, PUBLIC_VERBS, RELAYING_CITERS, SEATS_OF_POWER, SENT_NOUNS,
    STATE_BODIES, UNNAMED_PEOPLE, WRITINGS)


def _speaker_mention(verb, depth: int = 0) -> Optional[Span]:
    if verb.lemma_ in ACCUSED_CUES:
        return None  # ``Младич обвиняется в том, что …``: the subject is the accused, the accuser unnamed
    if verb.lemma_ in ASKING_VERBS and verb.morph.get("Number") == ["Plur"] \
            and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
        return None  # ``Когда его спросили, почему …, футболист ответил``: the askers unnamed
    doc = verb.doc
    children = list(verb.children)
    cited = _cited_source(verb)
    if cited is not None:  # ``сообщает агентство со ссылкой на источник``: the innermost source speaks
        return cited
    owner = _words_owner(verb) if verb.lemma_ in RELAYING_CITERS else None
    if owner is not None:  # ``Eurosport приводит письмо «Бургер Кинг Россия»:``: the writer speaks
        return owner
    if verb.lemma_ in ("цитировать", "процитировать"):  # ``BNews.kz цитирует Челаха``: the quoted one speaks
        for child in children:  # (also an accusative the parse took for a second subject:
            # ``цитирует Infox.ru пресс-службу Минобороны``)
            if child.dep_ == "obj" or (child.dep_ == "nsubj" and child.morph.get("Case") == ["Acc"]
                                       and child.pos_ in ("NOUN", "PROPN")):
                return _noun_phrase(child)
        # ``«…», — эти слова командира корабля Павла Виноградова … цитирует ИТАР-ТАСС``: whose words
        cited = [t for t in doc[max(verb.sent.start, verb.i - 25):verb.i] if t.lemma_ in CITED_NOUNS]
        owners = [c for c in cited[-1].children if c.dep_ == "nmod" and c.i > cited[-1].i
                  and c.morph.get("Case") == ["Gen"] and c.morph.get("Animacy") == ["Anim"]] if cited else []
        if owners:
            return _noun_phrase(owners[0])
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubj:pass") and _agrees_in_number(c, verb)
                and _agrees_in_gender(c, verb)
                and not (c.i < verb.i and verb.i and doc[verb.i - 1].text == "," and _singular_of_plural(c, verb))
                and not (c.i > verb.i and verb.morph.get("Voice") == ["Pass"] and verb.lemma_.endswith("ся"))
                # (``Сообщается о трёх пострадавших, среди них раввин``: a passive cue's subject is content)
                and not (c.i > verb.i and any(t.lower_ in CLAUSE_MARKS for t in doc[verb.i + 1:c.i]))]
    # (a subject past ``что`` belongs to the reported clause the parse hung it from)
    dateline = dateline_span(doc.text) if any(c.is_upper and c.i < verb.i for c in subjects) else None
    dated = [c for c in subjects if dateline is not None and c.i < verb.i and c.is_upper
             and dateline[0] <= c.idx < dateline[1]]
    if dated:
        # ``САНТЬЯГО, 4 марта — Президент Чили Каролина Бустос заявила``: the dateline's place is no
        # subject; the noun right after the dateline is, wherever the parse hung it
        subjects = [c for c in subjects if c not in dated]
        lead = next((t for t in doc[dated[0].i:verb.i] if t.idx >= dateline[1]
                     and not (t.is_punct or t.is_space)), None)
        if not subjects and lead is not None and lead.pos_ in ("NOUN", "PROPN", "PRON") \
                and lead.morph.get("Case") == ["Nom"]:
            subjects = [lead]
    in_nominative = [c for c in subjects if c.morph.get("Case") in (["Nom"], [])]
    if in_nominative and len(in_nominative) < len(subjects):
        # ``как рассказал "Ъ" один из участников``: of two subjects the parse gave the verb, the
        # nominative (the other is whom it was told, an indeclinable outlet)
        subjects = in_nominative
    nominal = [c for c in subjects if c.morph.get("VerbForm") != ["Part"]]
    if nominal:  # ``сказал поддерживающий Чавеса законодатель Хосе Авила``: the noun, not its participle
        subjects = nominal
    if _after_ob_etom(doc, verb.i):
        # ``<clause>, об этом говорят проведённые исследования``: the source follows; a subject before
        # is the clause's (a nominative after the verb the parse took for an object is the source)
        source = next((c for c in subjects if c.i > verb.i), None) or next((
            c for c in children if c.dep_ == "obj" and c.i > verb.i and c.pos_ == "NOUN"
            and c.morph.get("Case") in (["Nom"], ["Acc"]) and c.morph.get("Number") == verb.morph.get("Number")), None)
        if source is not None:
            return _noun_phrase(source)
        subjects = []  # (``…, об этом сообщили в администрации``: the body, below)
    after = [c for c in subjects if verb.i < c.i <= verb.i + 8 and not any(t.text in MARKS + ":," for t in doc[verb.i:c.i])]
    if after and verb.i and doc[verb.i - 1].text == ",":
        # ``<clause>, сообщило агентство AP``: the subject after a trailing cue, not a noun of the
        # clause the parse also hung on it (``… баскетболист Дэйв Бинг, сообщило агентство``); not a
        # word of a quote after it (``Эрдоган, который …, выразил соболезнования: «Пусть Господь …»``)
        return _noun_phrase(after[0])
    if subjects:  # the nearest of two before the verb (``В своем микроблоге Twitter он отметил``: он)
        before = sorted((c for c in subjects if c.i < verb.i), key=lambda c: c.i)
        if len(before) > 1 and _set_off(before[-1], before[-2]):
            # (not an apposition set off by commas: ``Николай Вершинин, один из авторов инициативы, заявил``)
            return _noun_phrase(before[-2])
        return _noun_phrase(before[-1] if before else subjects[0])
    source = _followed_from(verb) if verb.lemma_ in FOLLOWING_VERBS else None
    if source is not None:  # ``Как следует из данных ЦБ``: the data speak
        return _noun_phrase(source)
    for child in children:  # ``говорится в заявлении МИД``, ``в указе отмечается``, ``В нём сказано``
        if child.dep_ == "obl" and (child.lemma_ in WRITINGS or _writing_pronoun(child)):
            return _noun_phrase(child)
    place = _publication_place(verb)
    if place is not None:  # ``На сайте мэрии отмечается``, ``в твиттере Кларенс-Хаус объявлено``
        return place
    message = verb.head if verb.dep_ == "acl:relcl" and verb.head.lemma_ in SENT_NOUNS \
        else _message_of_relative(verb)
    if message is not None:
        # ``X распространила заявление, в котором сообщается, что …``: who issued the message; ``X
        # обратился к нации с посланием, в котором заявил, что …``: the one who sent it, whatever
        # noun the parse hung ``с посланием`` on
        issuer = [c for c in message.head.children if c.dep_ == "nsubj"] if message.dep_ == "obj" else []
        if not issuer and message.dep_ in ("obl", "nmod"):
            sender = message.head
            while sender.pos_ != "VERB" and sender.dep_ in ("obl", "nmod") and sender.head.i != sender.i:
                sender = sender.head
            # (the message itself speaks in ``в котором говорится``: its sender when it is made in public)
            issuer = [c for c in sender.children if c.dep_ == "nsubj" and _agrees_in_number(c, verb)
                      and _agrees_in_gender(c, verb)] \
                if sender.pos_ == "VERB" and (_personal(verb) or sender.lemma_ in PUBLIC_VERBS) else []
        return _noun_phrase(issuer[0]) if issuer else _noun_phrase(message)
    relative = _relative_place(verb)
    if relative is not None:  # ``на сайте ЦБ, в котором указано``, ``Путин, в пресс-службе которого сообщили``
        return relative
    if verb.morph.get("Number") == ["Plur"] and verb.morph.get("Person") != ["1"]:
        # indefinite-personal ``в министерстве обороны сообщили``, ``в пресс-службе заявили``,
        # ``из Сеула сообщили``, ``в департаменте здравоохранения уточнили``: the body (or place) it
        # happens in speaks; after the verb a body noun or an organisation's name only (``сообщили из
        # прокуратуры``, ``поясняли в Fitch``)
        # (also a place opening the sentence that the parse hung on the reported clause after the verb:
        # ``В Федерации фигурного катания России сообщили, что состав … будет объявлен``)
        hung = [t for t in doc[verb.sent.start:verb.i] if t.dep_ == "obl" and t.head.i > verb.i]
        for child in children + hung:
            if child.dep_ == "obl" and child.pos_ in ("NOUN", "PROPN") \
                    and any(c.dep_ == "case" and c.lower_ in ("в", "во", "из") for c in child.children) \
                    and (child.lemma_ in BODY_NOUNS or child.lemma_ in STATE_BODIES or child.lemma_ in ORG_HEADS
                         or _compound_body(child)
                         or (child.ent_type_ == "ORG" and child.lower_ not in PLATFORMS)
                         or (child.ent_type_ == "LOC" and (child.i < verb.i or _seat_of_power(child)))):
                return _noun_phrase(child)
        there = next((c for c in children if c.lower_ == "там" and c.i < verb.i and c.dep_ == "advmod"), None)
        if there is not None:  # ``В пресс-службе клуба … Там заверили, что …``: the place named before
            return doc[there.i:there.i + 1]
    k = verb.i - 1
    while k > verb.sent.start and doc[k].pos_ in ("ADV", "PART") and doc[k].lower_ not in ("где", "когда"):
        k -= 1
    before = doc[k] if k >= verb.sent.start else None
    if before is not None and before.dep_ in ("nsubj", "nsubj:pass") and before.morph.get("Case") == ["Nom"] and (
            (before.lemma_ in PRONOUN_LEMMAS and _agrees_in_number(before, verb) and _agrees_in_gender(before, verb))
            or (before.pos_ in ("NOUN", "PROPN") and before.head.i < before.i and verb.morph.get("Number")
                and before.morph.get("Number") == verb.morph.get("Number"))):
        # ``…, где он заявил``, ``…, а Россия настаивает``: the subject right before, hung on another verb
        return _noun_phrase(before)
    # ``он заявил … и добавил``, ``Бекхэм поблагодарил семью, отметив, что …``
    # a clause of ``после того как`` / ``до того как`` shares the subject of the verb ``того`` hangs on
    # (a personal verb only: not ``после того, как было заявлено`` / ``как сообщалось``, which have none)
    then = verb.dep_ == "acl" and verb.head.lemma_ == "тот" and verb.head.dep_ == "obl" \
        and verb.head.head.pos_ == "VERB" and any(c.dep_ == "mark" and c.lower_ == "как" for c in children) \
        and verb.morph.get("VerbForm") == ["Fin"] and verb.morph.get("Gender") != ["Neut"] \
        and not any(c.dep_ in ("aux", "aux:pass", "expl") for c in children)
    if (then or verb.dep_ in ("conj", "advcl", "xcomp")) and verb.head.i != verb.i and depth < 2 \
            and not (verb.dep_ == "advcl" and _impersonal_participle(verb)):  # (``Как было объявлено, X …``)
        head = verb.head.head if then else verb.head
        if verb.morph.get("VerbForm") == ["Conv"] and head.morph.get("VerbForm") != ["Fin"]:
            # a gerund shares the subject of the finite verb it follows, whatever the parse hung it on
            # (``боксёр назвал свой уход шуткой, написав в Twitter``: not ``завершить`` before)
            head = next((t for t in reversed(doc[verb.sent.start:verb.i])
                         if t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]), head)
        if verb.dep_ == "conj" and head.dep_ in ("ccomp", "root") and head.head.i != head.i \
                and verb.morph.get("VerbForm") == head.morph.get("VerbForm") == ["Fin"] \
                and verb.morph.get("Number") and head.morph.get("Number") \
                and verb.morph.get("Number") != head.morph.get("Number"):
            # ``Путин заявил, что «в России ценят …», и подтвердил …``: a verb that cannot share the
            # reported clause's subject is coordinated with the speech verb above it (``root``: a
            # second root syntax.repair hung on the first)
            head = head.head
        mention = _speaker_mention(head, depth + 1)
        if mention is not None and (then or verb.dep_ == "conj") and verb.morph.get("Number") \
                and mention.root.dep_ in ("nsubj", "nsubj:pass") and mention.root.pos_ != "NUM" \
                and mention.root.morph.get("Number") and verb.morph.get("Number") != mention.root.morph.get("Number"):
            return None  # ``Быков попал …, и сейчас говорят о …``: a plural verb is not his
        return mention
    name = verb.head
    if verb.dep_ == "ccomp" and name.pos_ == "PROPN" and name.i < verb.i and name.morph.get("Case") == ["Nom"] \
            and name.morph.get("Number") == verb.morph.get("Number") and _agrees_in_gender(name, verb):
        # a name the parse made the head of its own verb's clause (``Ассанж своей вины не признаёт``)
        return next((e for e in ents_of(doc) if e.start <= name.i < e.end), doc[name.i:name.i + 1])
    if verb.dep_ in ("root", "ROOT", "parataxis") and not _impersonal_participle(verb):
        # a subject the parse attached elsewhere (an impersonal ``объявлено`` has none)
        k = verb.i - 1
        while k > verb.sent.start and doc[k].text in CLOSE + '"':
            k -= 1
        named = next((e for e in ents_of(doc) if e.end == k + 1 and e.label_ == "ORG"
                      and e.root.morph.get("Case") == ["Nom"]), None) if doc[k].ent_type_ == "ORG" else None
        if named is not None and verb.morph.get("Number") \
                and named.root.morph.get("Number") == verb.morph.get("Number") \
                and not any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i for c in children):
            # ``Отставку главы ГРУ "Коммерсантъ" объяснил тем, что``: the name right before the
            # verb, which the parse hung on a noun of the reported clause
            return _noun_phrase(named.root)
        relative = _relative_clauses(verb.sent, verb.i)
        quoted = [(a, b) for a, b in pairs_of(doc) if verb.sent.start_char <= a and b < verb.idx]
        for k in range(verb.i - 1, max(verb.sent.start, verb.i - 25) - 1, -1):
            t = doc[k]
            if k in relative:
                continue  # ``Мойес, контракт которого … заканчивается, заявлял``: the relative clause is skipped
            if any(a < t.idx < b and not _is_name(doc, a, b) for a, b in quoted):
                # (``"… выделило государство", - рассказывает врач``: the quote's own subject; a name in
                # marks may be the subject, ``«Спортинг» объявил``)
                continue
            if (t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]) \
                    or t.text in ".!?:;" or "\n" in t.text:
                break  # a gerund (``Юлия, не отрицая свои слова, …, сообщила``) has no subject of its own
            if t.dep_ in ("nsubj", "nsubj:pass") and (t.pos_ in ("NOUN", "PROPN", "PRON") or (
                    t.pos_ == "NUM" and any(c.lower_ == "из" for c in doc[t.i + 1:t.i + 2]))):
                return _noun_phrase(t)  # (``одна из солисток группы X сообщила``)
            if t.dep_ not in ("nsubj", "nsubj:pass") and t.pos_ in ("NOUN", "PROPN") and t.morph.get("Case") == ["Nom"] \
                    and t.morph.get("Animacy") == ["Anim"] and t.morph.get("Number") == verb.morph.get("Number") \
                    and (not verb.morph.get("Gender") or t.morph.get("Gender") == verb.morph.get("Gender")) \
                    and not any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i for c in children):
                # a person in the nominative the parse hung on a noun before (``На церемонии … спикер
                # Палаты общин Джон Беркау сказал``): the subject, from the head of its name
                top = t
                while top.dep_ in ("flat", "flat:name", "appos") and top.head.i < top.i \
                        and top.head.morph.get("Case") == ["Nom"]:
                    top = top.head
                coordinated = top.dep_ == "conj" and (any(c.dep_ == "cc" for c in top.children)
                                                      or doc[top.i - 1].pos_ == "CCONJ")
                if top.head.i != top.i and top.head.morph.get("Animacy") == ["Anim"] and not coordinated:
                    break  # (not a name in apposition to another person: ``своей дочери Челси``; but
                    # ``…, и одна из авторов статьи Ева Меркачева указала``: a new clause's subject)
                return _noun_phrase(top)
    for child in children:  # a nominative the parse took for an object: ``Спейси извинился …, сообщив``
        if child.dep_ == "obj" and child.i < verb.i and child.pos_ in ("NOUN", "PROPN") \
                and child.morph.get("Case") == ["Nom"] and child.morph.get("Animacy") == ["Anim"]:
            return _noun_phrase(child)
    if verb.dep_ in ("root", "ROOT", "parataxis") and verb.morph.get("Number"):
        # ``<clause>, сообщили в воскресенье, 8 июля, представители полиции.``: the trailing
        # subject the parse hung on the reported clause's verb
        for t in doc[verb.i + 1:verb.sent.end]:
            if (t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]) or t.lower_ in CLAUSE_MARKS:
                break
            if t.dep_ in ("nsubj", "nsubj:pass") and t.head.i < verb.i and t.pos_ in ("NOUN", "PROPN") \
                    and t.morph.get("Case") == ["Nom"] and t.morph.get("Number") == verb.morph.get("Number"):
                return _noun_phrase(t)
    return None


def _compound_body(word) -> bool:
    """A compound noun whose first part is a body's kind (``В компании-перевозчике «X»``)."""
    first = word.lower_.split("-")[0]
    return first != word.lower_ and any(p.normal_form in BODY_NOUNS for p in models.morph_vocab().parse(first))


def _set_off(second, first) -> bool:
    """``second``'s phrase stands between commas right after ``first``'s: its apposition."""
    doc = second.doc
    words = [t.i for t in second.subtree if not t.is_punct]
    start, end = words[0], words[-1]
    return 0 < start and end + 1 < len(doc) and doc[start - 1].text == "," and doc[end + 1].text == "," \
        and max(t.i for t in first.subtree if not t.is_punct) == start - 2


def _seat_of_power(word) -> bool:
    """The place the tagger found at ``word`` is a seat of power (``Кремле``, ``Белом доме``)."""
    return any(e.start <= word.i < e.end and (e._.normal or e.text).lower() in SEATS_OF_POWER
               for e in ents_of(word.doc))


def _owner_of(word, head) -> bool:
    """``word`` hangs on ``head`` as its genitive owner, maybe through the owner's title
    (``распоряжению президента РФ Дмитрия Медведева``), not through a topic (``указ об
    отставке губернатора Михальчука``)."""
    t = word
    while t.i != head.i:
        if t.dep_ not in ("nmod", "appos", "flat", "flat:name") or t.head.i == t.i \
                or any(c.dep_ == "case" for c in t.children):
            return False
        t = t.head
        if t.i != head.i and not _is_person_noun(t) and t.pos_ != "PROPN":
            return False
    return True


def _writing_pronoun(token) -> bool:
    """``в нём`` / ``в ней`` as where something is said: a pronoun for a writing named before."""
    return token.pos_ in ("PRON", "NOUN") and token.lower_ in ("нём", "нем", "ней") \
        and any(c.dep_ == "case" and c.lower_ == "в" for c in token.children)


def _message_of_relative(verb) -> Optional[object]:
    """The message noun a relative clause's ``в котором`` refers to when the parse hung the
    clause elsewhere (``прочел письмо к законодателям, в котором заявил``: on ``законодателям``):
    the nearest noun before the relative word that agrees with it, if a message."""
    if verb.dep_ != "acl:relcl":
        return None
    relative = next((c for c in verb.children if c.lemma_ == "который" and c.i < verb.i
                     and any(g.lower_ in ("в", "во") for g in c.children)), None)
    if relative is None:
        return None
    doc = verb.doc
    for t in reversed(doc[max(verb.sent.start, relative.i - 8):relative.i]):
        if t.pos_ in ("NOUN", "PROPN") and t.morph.get("Gender") == relative.morph.get("Gender") \
                and t.morph.get("Number") == relative.morph.get("Number"):
            return t if t.lemma_ in SENT_NOUNS else None
    return None


def _personal(verb) -> bool:
    """A finite verb of a masculine or feminine subject (``заявил``, ``отметила``): no writing's."""
    return verb.morph.get("VerbForm") == ["Fin"] and verb.morph.get("Gender") in (["Masc"], ["Fem"])


def _relative_place(verb) -> Optional[Span]:
    """``, в котором указано`` / ``, в пресс-службе которого сообщили``: the words between
    ``в`` and the cue of a relative clause with no subject, else None."""
    doc = verb.doc
    if not (verb.morph.get("Number") == ["Plur"] or verb.morph.get("Gender") == ["Neut"]
            or verb.lemma_.endswith("ся")):
        return None  # ``сообщение, в котором уведомила``: the verb has a subject of its own
    k = verb.i - 1
    while k > verb.sent.start and verb.i - k <= 4 and doc[k].text != ",":
        k -= 1
    if doc[k].text != "," or doc[k + 1].lower_ not in ("в", "во") \
            or not any(t.lemma_ == "который" for t in doc[k + 2:verb.i]):
        return None
    return _strip(doc, k + 2, verb.i - 1)


def _relative_clauses(sent: Span, before: int) -> set[int]:
    """Token indices of the relative clauses (``, контракт которого …,``) between two
    commas before token ``before`` in the sentence."""
    doc = sent.doc
    out: set[int] = set()
    for t in doc[sent.start:before]:
        if t.lemma_ != "который":
            continue
        first = t.i
        while first > sent.start and doc[first - 1].text != ",":
            first -= 1
        last = next((j for j in range(t.i + 1, before) if doc[j].text == ","), None)
        if last is not None and t.i - first <= 3:
            out.update(range(first, last + 1))
    return out


def _agrees_in_number(subject, verb) -> bool:
    """A pronoun subject agrees in number with its finite verb; one that does not (``из
    Сеула сообщили о …, однако в мае он был замечен``: ``он`` of the next clause, hung on
    ``сообщили``) is not its subject. Coordinated subjects pass."""
    a, b = subject.morph.get("Number"), verb.morph.get("Number")
    if subject.pos_ != "PRON" or not a or not b or a == b or verb.morph.get("VerbForm") != ["Fin"]:
        return True  # (only pronouns: a noun's number is less sure, ``Как отмечает телекомпании``)
    return any(c.dep_ == "conj" for c in subject.children) or subject.lower_ == "вы"


def _agrees_in_gender(subject, verb) -> bool:
    """A pronoun subject agrees in gender with its past-tense verb; one that does not (``Она
    проводит голодовку, и Фейгин сообщил``: ``она`` hung on ``сообщил``) is not its subject.
    (Only pronouns: a title's gender is not its bearer's, ``пресс-секретарь сказала``.)"""
    a, b = subject.morph.get("Gender"), verb.morph.get("Gender")
    return subject.pos_ != "PRON" or not a or not b or a == b or verb.morph.get("Number") == ["Plur"] \
        or any(c.dep_ == "conj" for c in subject.children)


def _cited_source(verb) -> Optional[Span]:
    """The noun phrase of ``со ссылкой на X`` attached to the cue verb (the parse's
    ``obl`` ``ссылка`` with its ``на`` dependent), else None."""
    for child in verb.children:
        if child.lemma_ != "ссылка" or any(t.lower_ in CLAUSE_MARKS for t in verb.doc[verb.i + 1:child.i]) \
                or (child.i < verb.i and any(t.text == "," and t.i not in {s.i for s in child.subtree}
                                             for t in verb.doc[child.i:verb.i])):
            continue  # (past the verb's clause, another voice's: ``считает, что A, а X со ссылкой на Y …``;
            # before it, in its own clause: ``Со ссылкой на источник в МВД ТАСС сообщает, что …``, a
            # comma of the source's own participle aside: ``со ссылкой на источник, знакомый с …, сообщило``)
        for source in child.children:
            if source.pos_ in ("NOUN", "PROPN", "PRON") and any(
                    c.dep_ == "case" and c.lower_ == "на" for c in source.children) and (
                    source.pos_ == "PROPN" or _is_person_noun(source)
                    or source.lemma_ in UNNAMED_PEOPLE | BODY_NOUNS | MESSAGE_NOUNS | STATE_BODIES
                    or any(e.start <= source.i < e.end for e in ents_of(verb.doc))) \
                    and not any(c.lemma_ in OWN for c in source.children):
                # a source, not ``со ссылкой на звонок из полиции``; nor the outlet's own sources
                # (``сообщает "Коммерсантъ" со ссылкой на собственные источники``: the outlet speaks)
                return _noun_phrase(source)
    return None


SPOUSES = frozenset({"жена", "супруга", "вдова", "муж", "супруг"})


def _spouse_of(head, owner) -> bool:
    """``жена российского бизнесмена``: a spouse described by the other's description is a
    person of the text (of the other gender), not a new referent."""
    return head.lemma_ in SPOUSES and bool(head.morph.get("Gender")) and bool(owner.morph.get("Gender")) \
        and owner.morph.get("Gender") != head.morph.get("Gender")
