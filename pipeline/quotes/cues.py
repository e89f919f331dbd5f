"""Token predicates the detectors and the resolver share: a speech cue (``_is_cue_verb``), its
``что`` clause, a negation or a modal over it, an attribution noun after ``по``, the noun phrase
of a head word, a name in marks, a person noun, two words of one stem; and a Doc's entities,
read once (``ents_of``)."""
from __future__ import annotations

import threading
from typing import Optional

from spacy.tokens import Doc, Span

from .. import models
from ..doc import SPEAKER_LABEL, is_parsed, tokens_of
from .words import (
    ABILITY_MODALS, BODY_NOUNS, CITED_THINGS, CLAUSE_ONLY_VERBS, CLOSE, FINDING_VERBS, FINDINGS, FIRST_PERSON,
    FOLLOWED_FROM, FOLLOWING_VERBS, GIVEN_TO_UNDERSTAND, GIVING_VERBS, HELD, LAWS, LAYING_DOWN_VERBS, MISSIONS,
    NEGATED_CUES, NOT_REPORTS, OPEN, OWNER_DEPS, PERSON_TITLES, POSSESSIVES, PUBLICATION_PLACES, REPORTING_PARTICIPLES,
    SHOWING_VERBS, SPEECH_ADJECTIVES, SPEECH_VERBS)


_READ = threading.local()  # this thread's Doc being read and its entities


def ents_of(doc: Doc) -> tuple:
    """``doc.ents``, read once per Doc: spaCy builds a new Span for every entity at each read of
    ``doc.ents``, and the quote rules read them in some twenty places, many once per cue or
    mention. The last Doc asked (of this thread) and its entities are kept until ``forget_ents``."""
    if getattr(_READ, "doc", None) is not doc:
        _READ.doc, _READ.ents = doc, tuple(doc.ents)
    return _READ.ents


def forget_ents() -> None:
    """Let go of the Doc ``ents_of`` keeps (its entities may change after the quotes stage)."""
    _READ.doc = _READ.ents = None


def _named_later(doc: Doc, word) -> Optional[Span]:
    """The first PER after ``word`` whose last word shares its stem: a headline's bare
    surname (``Кисин: …``) names the person the text introduces later."""
    if not word.text[:1].isupper():
        return None
    for e in ents_of(doc):
        if e.label_ == "PER" and e.start > word.i and _stem(word.text, (e._.normal or e.text).split()[-1]):
            return e
    return None


def _is_name(doc: Doc, start: int, end: int) -> bool:
    """Text in marks that is a name (``Компания «Газпром» увеличит добычу``): an entity
    covers it, or it is one to three words starting with a capital, none a verb. Kept per
    pair in ``doc.user_data`` (the entities do not change in the quotes stage)."""
    known = doc.user_data.setdefault("quoted names", {})
    if (start, end) not in known:
        known[start, end] = _names_in_marks(doc, start, end)
    return known[start, end]


def _names_in_marks(doc: Doc, start: int, end: int) -> bool:
    inner = doc.char_span(start + 1, end, alignment_mode="contract")
    if inner is None or not len(inner):
        return False
    if any(e.start <= inner.start and inner.end <= e.end for e in ents_of(doc)):
        return True
    words = tokens_of(inner)
    return 0 < len(words) <= 3 and words[0].text[:1].isupper() and not any(w.pos_ in ("VERB", "AUX") for w in words)


def _predicate_word(token) -> bool:
    """A word that can be a clause's predicate: a verb, an auxiliary, a short adjective or
    participle (``доступна``, ``уволен``)."""
    return token.pos_ in ("VERB", "AUX") or token.morph.get("Variant") == ["Short"]


def _is_cue_verb(token) -> bool:
    """A speech verb, finite or a gerund (not a participle: ``фрагмент, написанный …``),
    or a short adjective of conviction (``уверена, что``)."""
    if token.lemma_ in GIVEN_TO_UNDERSTAND:
        return token.dep_ == "xcomp" and token.head.lemma_ in GIVING_VERBS and not _negated(token.head) \
            and token.head.morph.get("Person") != ["1"]
    if token.pos_ == "ADJ":
        return token.lemma_ in SPEECH_ADJECTIVES and token.morph.get("Variant") == ["Short"]
    if token.lemma_ in CLAUSE_ONLY_VERBS and not _stated_guess(token):
        return False
    if _under_modal(token, ABILITY_MODALS):
        return False  # ``его семья не сможет говорить, что …``: words one could say, none said
    if token.lemma_ in NEGATED_CUES:  # ``не исключил, что``
        return token.pos_ == "VERB" and _negated(token) and token.morph.get("Person") != ["1"] \
            and token.morph.get("VerbForm") in (["Fin"], ["Conv"]) and _that_clause(token)
    return token.lemma_ in SPEECH_VERBS and token.pos_ in ("VERB", "AUX") \
        and (token.morph.get("VerbForm") != ["Part"] or _impersonal_participle(token))


def _stated_guess(verb) -> bool:
    if verb.lemma_ == "предполагать" and verb.morph.get("Tense") == ["Past"]:
        return False  # ``Изначально врачи предполагали, что …``: a past guess the story goes on to revise
    if verb.lemma_ in FOLLOWING_VERBS and _followed_from(verb) is None:
        return False  # (``Следует отметить``: the author's)
    if any(c.dep_ == "nsubj" and c.lemma_ in ("это", "что", "то", "всё", "весь") for c in verb.children):
        return False  # (``а это гарантирует, что …``: a thing that follows, no voice)
    if verb.lemma_ in SHOWING_VERBS and not any(
            c.dep_ in ("nsubj", "nsubj:pass") and c.lemma_ in FINDINGS for c in verb.children):
        return False  # (what a person shows is none)
    if verb.lemma_ in LAYING_DOWN_VERBS and not any(
            c.dep_ in ("nsubj", "nsubj:pass") and c.lemma_ in LAWS for c in verb.children):
        return False  # (what a person or an inquiry establishes is a finding: ``Следствие устанавливает, что``)
    return not _negated(verb) and verb.morph.get("Person") != ["1"] and verb.morph.get("VerbForm") != ["Inf"] \
        and (_that_clause(verb) or _as_parenthesis(verb)) and not (verb.lemma_ in FINDING_VERBS and _asked(verb))


def _singular_of_plural(subject, verb) -> bool:
    """A singular noun (no conjunct) the parse made the subject of a plural finite verb: none of its
    (``Ситуация на дорогах «под контролем», сообщили в ГИБДД``: a noun of the clause before the cue)."""
    return subject.morph.get("Number") == ["Sing"] and verb.morph.get("Number") == ["Plur"] \
        and verb.morph.get("VerbForm") == ["Fin"] and not any(g.dep_ == "conj" for g in subject.children)


def _followed_from(verb):
    """The document or data ``из`` which a ``следовать`` / ``вытекать`` follows (``Как следует из
    материалов дела``, ``Из сообщения пресс-службы следует``), else None."""
    return next((c for c in verb.children if c.dep_ == "obl" and c.lemma_ in FOLLOWED_FROM
                 and any(g.dep_ == "case" and g.lower_ == "из" for g in c.children)), None)


def _as_parenthesis(verb) -> bool:
    """A finite verb right after ``как`` that opens a clause: ``Как выяснил «Коммерсантъ», …``,
    ``Как показало исследование, …`` (an attribution, with no ``что``)."""
    doc = verb.doc
    k = verb.i - 1
    while k > verb.sent.start and doc[k].pos_ in ("ADV", "PART") and doc[k].lower_ != "как":
        k -= 1
    return verb.morph.get("VerbForm") == ["Fin"] and k >= verb.sent.start and doc[k].lower_ == "как" \
        and (k == verb.sent.start or doc[k - 1].text in ",:;" or doc[k - 1].text in ("—", "–") or doc[k - 1].is_space)


def _asked(verb) -> bool:
    """The verb's ``что`` clause is an indirect question with no subject of its own (``выяснили,
    что произошло``, ``что именно вызвало обрушение``): what was found out is not said (asked of
    findings only: ``признавался, что был пьян`` drops its subject)."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"
               and any(m.lower_ == "что" and m.dep_ == "mark" for m in c.children)]
    # (its verb agrees with ``что``: neuter or present singular, ``что произошло``, ``что происходит``;
    # not ``что … доставили кокаин``, a plural with no subject, indefinite-personal)
    return bool(clauses) and all(
        not any(s.dep_ in ("nsubj", "nsubj:pass") and s.lower_ != "что" for s in c.children)
        and c.morph.get("Number") == ["Sing"] and (c.morph.get("Gender") == ["Neut"] or c.morph.get("Tense") != ["Past"])
        for c in clauses)


def _that_clause(verb) -> bool:
    """The parse hung a ``что`` / ``будто`` clause on the verb, or on its ``того`` / ``то`` / ``том``
    (``не исключила того, что …``, ``сослался на то, что …``, ``признавался в том, что …``; a
    participle's ``о том, что`` is what a thing shows, ``документы, свидетельствующие о том, что``)."""
    def opens(clause) -> bool:
        return any(m.lower_ in ("что", "будто") for m in clause.children if m.dep_ == "mark")

    return is_parsed(verb) and any(
        (c.dep_ == "ccomp" and opens(c))
        # (a clause with no verb, ``заключили, что здание аварийное``: ``что`` hung on the cue)
        or (c.dep_ == "mark" and c.lower_ in ("что", "будто") and c.i > verb.i)
        or (c.dep_ in ("obj", "obl") and (c.lower_ == "того" or (
            c.lower_ in ("то", "том") and verb.morph.get("VerbForm") != ["Part"]))
            and any(g.dep_ in ("acl", "ccomp") and opens(g) for g in c.children))
        for c in verb.children)


def _impersonal_participle(token) -> bool:
    return token.lemma_ in REPORTING_PARTICIPLES and token.morph.get("Variant") == ["Short"] \
        and token.morph.get("Gender") == ["Neut"] and token.morph.get("Number") != ["Plur"]


def _strip(doc: Doc, first: int, last: int) -> Optional[Span]:
    """The tokens first..last (inclusive) without leading/trailing punctuation and space."""
    while first <= last and (doc[first].is_space or (doc[first].is_punct and doc[first].text not in OPEN)):
        first += 1
    while last >= first and (doc[last].is_space or (doc[last].is_punct and doc[last].text not in CLOSE + UNITS
                                                    and not _closes_bracket(doc, first, last))):
        last -= 1
    if last < first:
        return None
    return Span(doc, first, last + 1)


UNITS = "%‰°"  # signs that end a statement's last number (``инфляция составит 5%``)


def _closes_bracket(doc: Doc, first: int, last: int) -> bool:
    """Token ``last`` is a ``)`` that closes a ``(`` opened in first..last (``вырос на 5% (за год)``)."""
    if doc[last].text != ")":
        return False
    depth = 0
    for t in doc[first:last]:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0


def _words_owner(verb) -> Optional[Span]:
    """Whose words a citing verb's object is (``приводит слова представителя генсека``,
    ``приводит письмо «Бургер Кинг Россия»``, ``приводит его рассказ``): that noun phrase or
    possessive, else None."""
    for obj in verb.children:
        if obj.dep_ != "obj" or obj.lemma_ not in CITED_THINGS:
            continue
        for c in obj.children:
            if c.dep_ == "det" and c.lower_ in POSSESSIVES and c.i < obj.i:
                return Span(verb.doc, c.i, c.i + 1)
            if c.i > obj.i and not any(g.dep_ == "case" for g in c.children) and (
                    (c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN", "PRON") and c.morph.get("Case") != ["Nom"])
                    or (c.dep_ == "appos" and c.text[:1].isupper())):  # (not ``рассказ об аварии``)
                return _noun_phrase(c)
    return None


def _po(doc: Doc, noun) -> Optional[int]:
    """The index of ``по`` in ``по словам`` / ``по его словам`` / ``по некоторым
    сообщениям`` / ``по неподтвержденной информации`` (or of ``со`` in ``со слов``), else None."""
    k = noun.i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k >= 0 and doc[k].lower_ in POSSESSIVES:
        k -= 1
        while k >= 0 and doc[k].is_space:
            k -= 1
    adjectives = 0
    while k >= 0 and adjectives < 2 and (doc[k].pos_ in ("ADJ", "DET") or doc[k].lemma_ in HELD) \
            and doc[k].lower_ not in POSSESSIVES and doc[k].lemma_ not in NOT_REPORTS and noun.lemma_ != "слово":
        k -= 1
        adjectives += 1
        while k >= 0 and doc[k].is_space:
            k -= 1
    if k == noun.i - 1 and doc[k].lower_ == "пр" and noun.morph.get("Case") == ["Dat"]:
        return k  # a typo news lets through, right before the noun: ``Пр данным «Фонтанки»``
    if k >= 0 and doc[k].lower_ == "со" and noun.lemma_ == "слово" and noun.morph.get("Case") == ["Gen"] \
            and (k == noun.sent.start or doc[k - 1].text == ","):
        return k  # ``Со слов водителя, …`` (not ``протокол составлен со слов потерпевшей``)
    return k if k >= 0 and doc[k].lower_ in ("по", "согласно") else None


def _under_modal(verb, modals: frozenset[str]) -> bool:
    """An infinitive hung on one of ``modals``."""
    return verb.morph.get("VerbForm") == ["Inf"] and verb.head.i != verb.i and verb.head.lemma_ in modals


def _after_ob_etom(tokens, k: int) -> bool:
    """``<clause>, об этом`` right before ``tokens[k]`` (a Doc or a list of its tokens)."""
    return k >= 3 and tokens[k - 1].lower_ == "этом" and tokens[k - 2].lower_ in ("о", "об") \
        and tokens[k - 3].text == ","


def _negated(verb) -> bool:
    """``не`` right before the verb or hung on it before it."""
    doc = verb.doc
    k = verb.i - 1
    while k >= verb.sent.start and doc[k].is_space:
        k -= 1
    return (k >= verb.sent.start and doc[k].lower_ == "не") or any(
        c.lower_ == "не" and c.i < verb.i for c in verb.children)


def _publication_place(verb) -> Optional[Span]:
    """The ``в`` / ``на`` place of publication of the verb that names its owner (``на сайте
    компании X``, ``в твиттере Кларенс-Хаус``; not a bare ``на сайте``), else None."""
    for child in verb.children:
        if child.dep_ == "obl" and child.lemma_ in PUBLICATION_PLACES \
                and any(c.dep_ == "case" and c.lower_ in ("в", "во", "на") for c in child.children) \
                and any(c.i > child.i and c.dep_ in OWNER_DEPS for c in child.children):
            return _noun_phrase(child)
    return None


def _noun_phrase(head) -> Span:
    """The head with its dependents, contiguous around it, cut at punctuation
    and clauses (``Президент США``, ``пресс-служба столичного клуба``)."""
    doc = head.doc
    inside = {t.i for t in head.subtree
              if t.dep_ not in ("acl", "acl:relcl", "parataxis", "case", "punct", "ccomp", "conj", "cc")
              or t.i == head.i or (t.dep_ == "case" and t.head.i > head.i and t.lower_ in ("из", "по"))
              # (a body a preposition joins to the phrase, or a mission's host: ``пресс-службе в ГУ МВД
              # России``, ``Общественного совета при ГУ МВД``, ``посольства России в США``; not where
              # the speaker was, ``Глава МИД России в Берлине``)
              or (t.dep_ == "case" and t.head.i > head.i and t.lower_ in ("в", "во", "при")
                  and t.head.dep_ == "nmod" and t.head.ent_iob_ == "B" and (t.head.ent_type_ == "ORG" or (
                      t.head.ent_type_ == "LOC" and t.head.head.lemma_.lower() in MISSIONS)))
              # (the words joined to a dependent, not to the head: ``Министр труда и социальных дел``;
              # not a second source: ``в сообщении правительства и губернатора области``)
              or (t.dep_ == "conj" and _joined_words(t, head))
              or (t.dep_ == "cc" and t.head.dep_ == "conj" and _joined_words(t.head, head))} \
        if is_parsed(head) else {head.i}  # (a sentence the syntax gate left unparsed has no subtrees)
    first = last = head.i
    while first - 1 >= 0 and (first - 1) in inside and not doc[first - 1].is_space \
            and not (doc[first - 1].head.i == head.i and doc[first - 1].morph.get("Case") == ["Dat"]):
        first -= 1  # (not a dative the parse hung on the noun: ``уточнили Интерфаксу источники``)
    while last + 1 < len(doc) and (last + 1) in inside and not doc[last + 1].is_space \
            and not doc[last + 1].is_punct:
        last += 1
    # keep a subtree member reached through a single space
    while last + 2 < len(doc) and doc[last + 1].is_space and (last + 2) in inside:
        last += 2
    last = _past_marked_name(doc, inside, last)
    if head.pos_ == "NOUN" and head.morph.get("Case") == ["Nom"] and head.morph.get("Animacy") == ["Anim"] \
            and last + 1 < len(doc) and doc[last + 1].ent_iob_ == "B" and doc[last + 1].ent_type_ == "PER":
        # ``представитель правительства Германии Штефан Зайберт``: a person's name in the nominative
        # right after the phrase, which the parse hung on the verb, is the head's apposition
        end = last + 2
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        name = doc[last + 1:end]
        if all(t.morph.get("Case") == ["Nom"] for t in name) and name.root.head.pos_ in ("VERB", "AUX"):
            last = end - 1
    for ent in ents_of(doc):  # a name the parse split stays whole
        if ent.start <= last and first < ent.end:
            first, last = min(first, ent.start), max(last, ent.end - 1)
    if head.pos_ == "NOUN" and first == head.i and first and doc[first - 1].lower_ in POSSESSIVES \
            and head.morph.get("Case") == ["Nom"] and doc[first - 1].head.i != head.i and head.i < head.head.i \
            and not any(e.label_ == "PER" and first <= e.start <= last for e in ents_of(doc)):
        # ``Её мама рассказала``: the possessive the parse took for the verb's object (not after the
        # verb, ``поддержали его украинцы``, nor before a title with a name)
        first -= 1
    if head.pos_ == "NOUN" and last + 2 < len(doc) and doc[last + 1].text in OPEN + '"':
        for ent in ents_of(doc):  # ``газета «Ведомости»``, ``агентство "Интерфакс"``: the name in marks
            if ent.start == last + 2 and ent.end < len(doc) and doc[ent.end].text in CLOSE + '"':
                last = ent.end
                break
    return Span(doc, first, last + 1, label=SPEAKER_LABEL)


def _joined_words(conj, head) -> bool:
    """``conj`` is a word joined to a genitive of ``head``'s phrase that names no one (``дел`` in
    ``Министр труда и социальных дел``) or is inside one name (``Министерстве промышленности и
    торговли РФ``), not to the head itself nor a person or a body."""
    return conj.head.i != head.i and conj.head.dep_ in ("nmod", "appos") and conj.morph.get("Animacy") == ["Inan"] \
        and (not conj.ent_type_ or conj.ent_iob_ == "I") and conj.lemma_ not in BODY_NOUNS


def _past_marked_name(doc: Doc, inside: set[int], last: int) -> int:
    """Extend a noun phrase ending at ``last`` over a name in marks that belongs to it and
    the words of the phrase after it (``Главред радио «Эхо Москвы» Алексей Венедиктов``)."""
    while last + 2 < len(doc) and doc[last + 1].text in OPEN and (last + 2) in inside:
        close = next((j for j in range(last + 2, min(last + 12, len(doc))) if doc[j].text in CLOSE), None)
        if close is None or not all(j in inside or doc[j].is_punct for j in range(last + 2, close)):
            break
        last = close
        while last + 1 < len(doc) and (last + 1) in inside and not doc[last + 1].is_punct \
                and not doc[last + 1].is_space:
            last += 1
        while last + 2 < len(doc) and doc[last + 1].is_space and "\n" not in doc[last + 1].text \
                and (last + 2) in inside and not doc[last + 2].is_punct:
            last += 2
    return last


def _common_noun(word: str) -> bool:
    """Every pymorphy reading of the word is a known common noun (not a name part)."""
    parses = models.morph_vocab().parse(word)
    return bool(parses) and all(p.is_known and p.tag.POS == "NOUN" and not ({"Name", "Surn", "Patr"} & p.tag.grammemes)
                                for p in parses)


def _stem(a: str, b: str) -> bool:
    """Two words of a name share a stem: equal but for an ending of up to three letters."""
    a, b = a.lower().replace("ё", "е"), b.lower().replace("ё", "е")
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n >= min(len(a), len(b), 4) and n >= max(len(a), len(b)) - 3


def _is_person_noun(token) -> bool:
    """An animate common noun; a capitalised title the tagger took for a name counts
    (``Российский Президент``), and so does a sentence's first word that is only ever a
    common noun (``Актёр отметил``), and a subject that is an adjective with a name in
    apposition (``Заведующая лабораторией Ольга Щеглова``)."""
    if token.pos_ in ("ADJ", "VERB") and token.dep_ in ("nsubj", "nsubj:pass") and any(
            c.dep_ == "appos" and c.pos_ == "PROPN" and c.morph.get("Animacy") == ["Anim"] for c in token.children):
        return True
    if token.morph.get("Animacy") != ["Anim"]:
        return False
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and not token.is_sent_start is None and (
        token.lemma_ in PERSON_TITLES or (token.text[:1].isupper() and _first_word(token) and _common_noun(token.text))
        or (token.lower_.startswith("экс-") and _common_noun(token.text[4:]))))  # (``Экс-министр заявил``)


def _first_word(token) -> bool:
    return all(t.is_space or t.is_punct for t in token.doc[token.sent.start:token.i])


def _in_first_person(span: Span) -> bool:
    """The span speaks in the first person (``я``, ``наш``, a verb of the first person)."""
    return any(t.lower_ in FIRST_PERSON or t.morph.get("Person") == ["1"] for t in span)
