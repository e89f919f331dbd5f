"""Stage ``quotes``: who said what. Fills ``doc.spans["quotes"]``.

Rules over the Doc (tokens, lemmas, the dependency parse, ``doc.ents``):

- ``direct``: text in «…» / „…“ / "…" (nested marks stay inside) attributed
  after (``«…», — сказал он.``, ``«…», — говорится в сообщении.``), before
  with a colon (``X заявил: «…»``, or a colon and an unmarked paragraph), or
  inside the marks (``«…, — сказал Песков. — …»``: two quotes); a quoted
  paragraph right after a direct quote keeps its speaker; a headline
  ``Источник: слова`` whose source is a name, a person noun or ``СМИ`` (no
  cue). Span = the quoted text without the outer marks.
- ``indirect``: a speech verb (or a short adjective of conviction, ``уверена``)
  with a ``что``/``будто`` clause (``X заявил, что …``, ``говорится, что …``,
  also past the verb's own complements: ``сообщила «Интерфаксу», со ссылкой
  на …, что``), ``как сообщил X, …``, ``…, сообщает X``, a content phrase
  (``заявила о …``, ``подтвердила арест …``) and ``по словам / по мнению /
  по его словам X, …``. Span = the reported clause without ``что`` and the
  final punctuation.
  ``по данным / по сведениям / согласно данным X`` too; ``как передает X, Y
  заявил, что …`` and ``по словам X, Y заявил, что …`` are Y's statement.
- ``mixed``: an indirect clause that contains a «…» fragment (a name in marks,
  ``Компания «Газпром»``, keeps it indirect).
- dialogue lines without marks: ``— …, — сказал X. — …`` (two statements); an
  unmarked paragraph ended by ``— сказала X.`` (or a spaced hyphen): direct in the first
  person, indirect in the third (``Возбуждено уголовное дело … - сообщил прокурор``); a quote resumed after
  its attribution outside the marks (``«…», — сказал X, когда … — «…»``); a colon
  paragraph after ``По его словам, …:`` (the attribution's source).
- a parenthetical cue inside the reported sentence takes the whole sentence:
  ``Голунов, как сообщалось, был избит`` (no source), ``В ходе проверки, по данным
  прокуратуры, выявлены …``, ``Спустя десять дней, обещает X, …`` (not inside a
  subordinate clause); ``приводит слова Y, что …`` is Y's; ``по некоторым сообщениям``
  / ``согласно сообщению`` with no source have the noun as a null speaker.
- the clause ends before a predicate of the speaker the parse hung on it
  (``заявил, что обвинения сняты и ходатайствовал …``: agreement with the cue).
- quoted words (two or more) under a proposal, a call, a promise or an order (``предложил в обмен
  «начать с чистого листа»``, ``призывает зрителей «совершить …»``, ``обещав быть более «…»``,
  ``повелел оказать «…»``): ``direct``, the proposer's (list a's, c's and e's convention); not in a
  request's ``чтобы`` clause (round four).
- a quoted phrase inside a sentence with no cue (three words or more, lower
  case, not after a preposition or a label verb such as ``называет``):
  ``direct`` with no speaker and no cue.
- Not quotes: text in marks with no speech cue (names such as «Газпром»,
  titles, scare quotes, labels: ``известный как «…»``, ``с диагнозом «…»``); a
  fragment in a request's clause (``призвал …, чтобы «…»``); the
  author's ``Стоит отметить, что``; a topic (``рассказал о …``); an accusation with a
  noun phrase (``обвинили Y в …``); ``X подозревает, что`` only with a subject.

The speaker mention is the noun phrase of the cue verb's ``nsubj`` (or the
genitive after ``по словам``, or ``в заявлении X`` / ``в сообщении`` for
impersonal ``говорится``; a subject the parse hung elsewhere is found back
past gerund phrases); the innermost source of ``сообщает X со ссылкой на Y``
(Y); the body of an indefinite-personal ``в министерстве … сообщили``; who
issued ``заявление, в котором сообщается``. It is resolved to a canonical
name (``_Resolver``):

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
  state body (none: unnamed), ``пресс-служба ведомства`` through its
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

Round eight (list d's errors), as mechanisms:
- the cue's subject: a pronoun that disagrees with the past verb's gender is not it; a
  nominative right before the cue (or trailing after it) that the parse hung on another verb
  is; a conjunct verb of another number than the reported clause's verb belongs to the speech
  verb above it; a passive cue's subject (``Сообщается о …``) is content; ``X и Y заявили``
  (two named) is a joint statement with no one name;
- descriptions: ``в котором`` after a message noun is its issuer; ``в документе`` the signer
  of the last document named; ``ведомство`` any state service; a bare state noun the more recent
  phrase that named it (with its adjective: ``федеральная прокуратура Бельгии``, ``Британская
  полиция``); plural ``представители/сотрудники/агенты <body>`` the body; an organisation no
  entity covers its own phrase (``Совет по …``); the text's country is that of its state bodies;
- names: a woman's name the grouping read as a man's genitive keeps her form; an inflected
  surname after a genitive noun is that noun's owner, not an apposition.

Round nine (list e's errors), as mechanisms:
- cues: an announcing gerund's ``о`` phrase (``заявив о …``, to its comma when it opens the
  sentence); an announcing participle the parse hung on a verb, and a participle's ``что`` clause;
  ``резюмировал``, ``констатировали <object>``, ``по свидетельствам X``; the clause of ``Как
  сообщает X, <clause>: «…»`` besides the colon's direct quote; ``высказали опасение, что``;
- names: a name in the wiki's doubled apostrophes (``газеты ''The Washington Post''``); a bare
  ``Совет`` / ``Комиссия`` / ``Комитет`` is the body named before with that noun (``Совет по …``
  names itself); a person's name in the nominative right after a title, hung on the verb by the
  parse, is the title's apposition; an initial glued to a surname keeps its letter (``Ш.Зайберта``,
  not pymorphy's ``Широта``) and takes the full name of that surname's stem;
  a title the tagger took for a one-word PER (``Папа``) is a description of the person with that title;
  a noun of a sentence the syntax gate left unparsed is its own phrase (``Сенатор`` … ``он``);
  a state body's regional branch is part of its name (``Следственный комитет России по Челябинской
  области``, also for ``СК`` grouped with it); a body's own phrase with only a place in it is the
  body, not the place (``департамента транспорта Москвы``);
- spans: a reported clause ends before ``По словам X,`` past a period the sentence split missed;
  ``что`` right after the verb opens the clause without its comma (``сообщили что …``); a date
  after ``в`` ending a content phrase is the verb's (``объявили об арестах в среду``); a clause
  whose predicate is a short adjective ends before another source's ``, по информации X,`` too; a
  clause ends before the speaker's next predicate after ``, и <adverbial>`` (``…, и в связи с этим
  высказали …``);
- sources: ``в департаменте … уточнили`` (an organisation noun), and a body noun after the verb
  (``сообщили из прокуратуры``), speak for the body; plural people of an organisation other than
  its representatives do not (``комментаторы TJournal``: unnamed);
- not quotes: an offence's name in marks right after its article (``по статье 318 УК РФ «…»``).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import Optional, Sequence

from spacy.tokens import Doc, Span

from . import gazetteer, lexicon, models
from .doc import CUE_LABEL, SPEAKER_LABEL, Document, is_parsed, relabel, text_of, tokens_of
from .group import CYRILLIC, close_spelling, verb_gender
from .norm import nominative_name, normalize_span
from .stages import stage



def _lexicon(name: str) -> frozenset[str]:
    return lexicon.words(f"quotes/{name}")


SPEECH_LEMMAS: frozenset[str] = _lexicon("cues.txt")
# nouns naming a message: the speaker of ``говорится в заявлении X``
MESSAGE_NOUNS = frozenset({"сообщение", "заявление", "пресс-релиз", "документ", "письмо",
                           "поздравление", "телеграмма",
                           "обращение", "публикация", "коммюнике", "релиз", "доклад", "интервью",
                           "высказывание", "комментарий", "статья", "материал", "справка", "аннотация",
                           "отчёт", "отчет", "резолюция", "меморандум", "видеообращение"})
# forecasts, counts and polls: ``По прогнозам экспертов, …``, ``По опросам, …`` (``согласно
# последним опросам`` stays ``_according_to``'s, a document's, as before they were attribution nouns)
ESTIMATE_NOUNS = frozenset({"прогноз", "подсчёт", "подсчет", "опрос"})
# attribution phrases ``по словам X`` / ``по мнению X`` / ``по данным X``
ATTRIBUTION_NOUNS = frozenset({"слово", "мнение", "данные", "информация", "оценка", "сообщение",
                               "утверждение", "версия", "признание", "сведение", "сведения", "заявление",
                               "свидетельство"}) | ESTIMATE_NOUNS
# short adjectives of a stated conviction: ``уверена, что …``
# (pymorphy gives ``уверена`` the participle's lemma ``уверить``)
SPEECH_ADJECTIVES = frozenset({"уверенный", "уверить", "убеждённый", "убежденный", "убедить"})
SPEECH_VERBS = SPEECH_LEMMAS - MESSAGE_NOUNS - ATTRIBUTION_NOUNS
CLAUSE_REACH = 12  # words between a speech verb and the ``, что`` of its clause
CLAUSE_MARKS = frozenset({"что", "будто", "чтобы"})
# verbs whose direct object is the content stated: ``подтвердила арест``, ``отверг обвинения``
CONTENT_OBJECT_VERBS = frozenset({"подтвердить", "подтверждать", "отвергнуть", "отвергать", "констатировать",
                                  "опровергнуть", "отрицать", "отметить", "отмечать", "признать",
                                  "подчеркнуть", "подчёркивать", "подчеркивать"})
# heads of organisation names that belong to a country
STATE_BODIES = frozenset({"мид", "мвд", "мчс", "фсб", "сбу", "минюст", "министерство", "правительство", "минобороны", "минздрав",
                          "минфин", "посольство", "ведомство", "парламент", "генпрокуратура",
                          "кабмин", "администрация"})
# head nouns of a state body's full name (``Государственная миграционная служба``): what
# ``ведомство`` refers back to, like the bodies above
STATE_SERVICES = frozenset({"служба", "комитет", "департамент", "инспекция", "управление", "агентство",
                            "министерство", "комиссия", "прокуратура", "казначейство"})
# head nouns of an organisation's descriptive name (``Канцелярия президента X``, ``Совет по …``)
ORG_HEADS = frozenset({"канцелярия", "комитет", "совет", "фонд", "ассоциация", "союз", "движение", "центр",
                       "офис", "штаб", "организация", "комиссия", "служба", "управление", "департамент",
                       "агентство", "институт", "общество", "лига", "федерация", "палата", "коллегия"})
# documents a person or a body signs or issues: ``в документе говорится`` is theirs
DOCUMENT_NOUNS = frozenset({"указ", "приказ", "постановление", "распоряжение", "документ", "письмо",
                            "заявление", "обращение", "послание"})
# a court's rulings (``В приговоре отмечается``, ``в решении суда говорится``)
RULINGS = frozenset({"приговор", "решение", "определение", "вердикт"})
# what a speaker says through: its messages, the documents it issues (``в указе отмечается``), rulings
WRITINGS = MESSAGE_NOUNS | DOCUMENT_NOUNS | RULINGS
SIGNED_NOUNS = DOCUMENT_NOUNS | frozenset({"законопроект"})  # what a signer signs or a deputy tables
SIGNING_VERBS = frozenset({"подписать", "подписывать", "внести", "вносить", "утвердить", "утверждать",
                           "издать", "издавать", "подготовить", "разработать", "представить"})
# people who speak for their organisation when plural (``представители ПНС``, ``Агенты ФБР``, ``судьи ЕСПЧ``)
REPRESENTATIVES = frozenset({"представитель", "сотрудник", "агент", "судья"})
PRONOUN_LEMMAS = frozenset({"он", "она", "они"})
# titles a capital letter may make a PROPN for the tagger (``Российский Президент``)
PERSON_TITLES = frozenset({"президент", "премьер", "премьер-министр", "министр", "глава", "канцлер",
                           "губернатор", "мэр", "председатель", "генсек", "посол", "король", "королева",
                           "папа"})
# what a title is of, a body or a part of it: ``председатель правления``, ``руководитель аппарата``
POSTS = frozenset({"правление", "аппарат", "кабинет", "парламент", "администрация"}) | ORG_HEADS


def _kinds(name: str) -> dict[str, str]:
    return dict(l.split("\t") for l in lexicon.lines(f"quotes/{name}"))


# descriptions of an organisation named before, by kind: ``издание`` → the last outlet,
# ``ведомство`` → the last state body, ``пресс-служба`` → the last ORG (org_kinds.txt)
ORG_KINDS: dict[str, str] = _kinds("org_kinds.txt")
BODY_NOUNS = frozenset(ORG_KINDS)
OUTLETS = frozenset(n.lower() for n in _lexicon("outlets.txt"))
# descriptions of people that are rarely named in the text: left unresolved
UNNAMED_PEOPLE = frozenset({"представитель", "источник", "собеседник", "адвокат", "прокурор",
                            "патологоанатом", "коронер", "судмедэксперт", "медик", "полицейский",
                            "спасатель", "сосед", "прохожий", "пострадавший", "пассажир",
                            "эксперт", "сотрудник", "защитник", "врач", "свидетель", "очевидец",
                            "житель", "участник", "аналитик", "чиновник", "специалист", "следователь",
                            "агент"})
SOURCES = frozenset({"источник", "собеседник"})  # unnamed, whoever they are ``of``
OWN = frozenset({"свой", "собственный"})
UNNAMING = frozenset({"неназванный", "анонимный", "пожелать"})  # (``пожелавший остаться неизвестным``)
# people named by sex or age only: the person named in the sentence or the one before, if any
GENERIC_PEOPLE = frozenset({"мужчина", "женщина", "человек", "парень", "девушка", "подросток",
                            "юноша", "старик", "пенсионер", "пенсионерка"})
# a country has one of each: a bare ``правительство`` no text names otherwise is its country's
OWN_GOVERNMENTS = frozenset({"правительство", "кабмин"})
GOVERNMENT_WORDS = ("правительств", "кабмин", "кабинет министров")  # in the name of a government
# state bodies of one kind only: ``полиция`` refers back to a police, not to any ministry
OWN_BODIES = frozenset({"полиция", "прокуратура", "посольство", "администрация"})
ONE_OF_A_KIND = OWN_BODIES | OWN_GOVERNMENTS  # refer back to a body of their own kind only
# modifiers that refer back themselves: ``глава государства``, ``глава ведомства``
ANAPHORIC_NOUNS = BODY_NOUNS | frozenset({"государство", "страна", "правительство", "республика", "клуб",
                                          "команда", "регион", "город", "область", "партия"})
NICKNAME = re.compile(r"(?<=\w)\s+[«„\"][^«»„“\"]+[»“\"]\s+(?=\w)")  # a quoted nickname between name words
INITIALLED = re.compile(r"(\w)\.\s?(?:\w\.\s?)?(\w[\w-]+)")
PARENTHESES = re.compile(r"\s*\([^()]*(?:\)|$)")  # closed, or cut off by the sentence end
WINDOW = 3  # sentences searched back for a pronoun's or a description's antecedent
OPEN, CLOSE = "«„", "»“"
MARKS = OPEN + CLOSE + '"”'  # (” closes only English “…”)
DASHES = "—–-"


@stage("quotes")
def quotes(documents: Sequence[Document]) -> None:
    for document in documents:
        if document.doc is not None:
            document.doc.spans["quotes"] = find_quotes(document.doc)


def find_quotes(doc: Doc) -> list[Span]:
    """The statements of one parsed Doc, in text order."""
    resolver = _Resolver(doc)
    out: list[Span] = []
    used_cues: set[int] = set()
    pairs = pairs_of(doc)
    resolver.quoted = list(pairs)
    attributed: Optional[tuple[int, object, bool]] = None  # (close mark, cue, after a fragment) of the last
    # ``«…», — сказал X``
    for start, end in pairs:
        parts, inner = _interrupted(doc, start, end)
        if inner is not None:  # ``«…, — напомнил Медведев. — …»``: the attribution is no quoted text
            resolver.quoted = [q for q in resolver.quoted if q != (start, end)] + [(a - 1, b) for a, b in parts]
        after = None if inner else _cue_after(doc, end)
        if after is not None and _named_by_noun(doc, start, end):
            continue  # ``Лидер группы «Ленинград», музыкант Шнуров сообщил``: a name, not his words
        shouted = None if inner else _shouted(doc, start)
        if shouted is not None:  # ``он кричал «Аллаху акбар», заявил прокурор``: the innermost voice
            after = None
        if after is not None and _words_before(doc, start) >= 3 and not _colon_after_cue(doc, start):
            attributed = (end, after, True)  # (a quote resumed after the attribution is the speaker's own)
            continue  # ``Китай — «выгоден нам», заявил премьер``: a fragment of a mixed statement
        before = None if inner else _cue_before(doc, start)
        if after is not None and after.lemma_ in RELAYING_VERBS and after.morph.get("Tense") == ["Pres"] \
                and before is not None:
            after = None  # ``X заявил: «…», сообщает Лента.ру``: the innermost source, X, speaks
        cue = inner or after or before or shouted or _resumed(doc, attributed, start, end)
        # (a cue resumed after a mixed statement's fragment stays that statement's too)
        fragment_cue = attributed is not None and attributed[2] and cue is not None and cue.i == attributed[1].i
        if after is not None:
            attributed = (end, after, False)
        if cue is None:
            proposer = _proposal_over(doc, start, end)
            if proposer is not None:  # ``предложил в обмен «начать с чистого листа»``: the words proposed
                span = doc.char_span(start + 1, end, alignment_mode="contract")
                if span is not None and len(span):
                    out.append(_statement(doc, span.start, span.end, "direct", proposer))
            continue
        if cue is not inner and cue is not after and re.search(r"\b(что|будто)\s*:\s*$", text_of(doc)[:start], re.I):
            continue  # ``заявлял, что: «…», и …``: the clause is reported speech (mixed), not a direct quote
        if cue is not inner and cue is not after and _colon_in_clause(doc, cue, start):
            continue  # ``считают, что это противоречит принципу: «…»``: the quote ends the clause (mixed)
        for a, b in parts:
            span = doc.char_span(a, b, alignment_mode="contract")
            if span is None or not len(span):
                continue
            out.append(_statement(doc, span.start, span.end, "direct", cue))
        if not fragment_cue:
            used_cues.add(cue.i)
    for start, end in pairs:  # a quoted paragraph continuing the previous speaker's quote
        if text_of(doc)[:start].rstrip(" ").endswith("\n") and not any(
                q.start_char - 1 <= start < q.end_char + 1 for q in out):  # the quote starts after the mark
            previous = sorted((q for q in out if q.end_char < start and q.label_ == "direct"),
                              key=lambda q: q.end_char)  # (``out`` is in text order only up to here)
            if previous and _sentence_like(text_of(doc), start, end) \
                    and text_of(doc).count("\n\n", previous[-1].end_char, start) <= 1 \
                    and previous[-1].end_char > text_of(doc).rfind("\n", 0, start - 1) - 300:
                gap = text_of(doc)[previous[-1].end_char:start]
                if gap.count("\n") and len(gap.strip()) < 120:
                    span = doc.char_span(start + 1, end, alignment_mode="contract")
                    if span is not None and len(span):
                        quote = Span(doc, span.start, span.end, label="direct")
                        quote._.speaker, quote._.cue = previous[-1]._.speaker, previous[-1]._.cue
                        out.append(quote)
    for quote in _dialogue(doc, used_cues, out):
        out.append(quote)
    for quote in _unmarked_paragraphs(doc, used_cues, out):
        out.append(quote)
    out.sort(key=lambda q: q.start_char)
    for quote in _colon_paragraphs(doc, used_cues, out):
        out.append(quote)
    headline = _headline(doc, out)
    if headline is not None:
        out.append(headline)
    out.extend(_name_colon(doc, out))
    taken = [(q.start_char, q.end_char) for q in out]
    for quote in _indirect(doc, used_cues):
        quote = _to_quote_close(doc, quote, pairs)
        if any(s < quote.end_char and quote.start_char < e for s, e in taken):
            continue
        if any(s >= quote.start_char and e < quote.end_char and not _is_name(doc, s, e) for s, e in pairs):
            relabel(quote, "mixed")
        taken.append((quote.start_char, quote.end_char))
        out.append(quote)
    uncued = _uncued_sentences(doc, pairs, out)
    if uncued:  # what the quoted sentences say inside them is theirs (``это указывает на то, что …``)
        out = [q for q in out if not any(u.start_char <= q.start_char < u.end_char for u in uncued)] + uncued
        taken = [(q.start_char, q.end_char) for q in out]
    for start, end in pairs:  # ``Он умер «после продолжительной болезни»``: a quoted fragment, no source
        if not any(s < end and start < e for s, e in taken) and _sourceless_fragment(doc, start, end):
            span = doc.char_span(start + 1, end, alignment_mode="contract")
            if span is not None and len(span):
                out.append(Span(doc, span.start, span.end, label="direct"))
    titles = [m.span(1) for m in LINK_TITLE.finditer(text_of(doc))]
    out = [q for q in sorted(out, key=lambda q: q.start_char)
           if not any(a <= q.start_char and q.end_char <= b for a, b in titles)]
    # unmarked direct quotes (a colon paragraph) are quoted text too: their words are no antecedents
    resolver.quoted += [(q.start_char - 1, q.end_char + 1) for q in out if q.label_ == "direct"]
    resolved: dict[tuple[int, int], Span] = {}
    previous: Optional[Span] = None  # the last statement with a speaker mention
    for n, quote in enumerate(out):  # in text order: ``в сообщении говорится`` may go to the previous source
        mention = quote._.speaker
        if mention is not None:
            key = (mention.start, mention.end)
            if key not in resolved:
                named = previous if previous is not None and previous._.speaker._.normal is not None else None
                resolved[key] = resolver.speaker(mention, named)
            speaker = resolved[key]
            if quote.label_ != "direct" and mention.end <= quote.start < speaker.end < quote.end:
                # a name in apposition the resolver found past the mention is no part of what was said
                # (``Как пишет один из участников, генерал Питер Цвак, мероприятия …``)
                start = speaker.end
                while start < quote.end and (doc[start].is_punct or doc[start].is_space):
                    start += 1
                if start < quote.end:
                    cue = quote._.cue
                    quote = out[n] = Span(doc, start, quote.end, label=quote.label_)
                    quote._.cue = cue
            quote._.speaker = speaker
            previous = quote
    later = None if headline is None or len(tokens_of(headline._.speaker)) != 1 \
        else _named_later(doc, tokens_of(headline._.speaker)[0])
    if headline is not None and headline._.speaker._.normal is None and later is not None:
        headline._.speaker._.normal = resolver.name(later)  # ``Кисин: …`` → Евгений Кисин
        headline._.speaker._.entity_id = later._.entity_id
    if headline is not None and headline._.speaker._.normal is None and _is_person_noun(headline._.speaker.root):
        # ``Глава Малайзии: …`` names the person the article then quotes: the first named person speaker
        groups = resolver.groups
        for quote in out:
            speaker = quote._.speaker
            if quote is not headline and speaker is not None and speaker._.entity_id \
                    and (groups.get(speaker._.entity_id) or {}).get("label") == "PER":
                headline._.speaker._.normal = speaker._.normal
                headline._.speaker._.entity_id = speaker._.entity_id
                break
    return out


# the title of a web link in the wiki's markup (``[http://… В «Удмуртавтодоре» опровергли задержание ::
# Политика :: РИА Новости]``): another article's headline, not this one's statements (a cue of
# the text's own sentence may sit inside it, ``Буркхальтер [http://… заявил], что …``)
LINK_TITLE = re.compile(r"\[(?:https?://|www\.)\S*\s+([^\[\]]+)\]")

# verbs an outlet relays another's words with, in the present (``…, сообщает Лента.ру``, ``передаёт ТАСС``)
RELAYING_VERBS = frozenset({"сообщать", "передавать", "писать", "цитировать"})

PROPOSING_VERBS = frozenset({"предложить", "предлагать", "призвать", "призывать", "пообещать", "обещать",
                             "поручить", "приказать", "повелеть"})


def _proposal_over(doc: Doc, open_: int, close: int) -> Optional[object]:
    """``Салех предложил в обмен «начать с чистого листа»``, ``эссе, в котором призвал к «новым
    … акциям»``: the proposing verb (with a subject of its own or a relative ``в котором``)
    whose phrase holds the quoted words of two words or more, else None."""
    span = doc.char_span(open_, open_ + 1, alignment_mode="expand")
    if span is None:
        return None
    mark = span[0]
    inner = doc.char_span(open_ + 1, close, alignment_mode="contract")
    words = [w for w in inner or () if w.is_alpha]
    if len(words) < 2 or not is_parsed(mark):
        return None
    before = next((doc[k] for k in range(mark.i - 1, mark.sent.start - 1, -1) if not doc[k].is_space), None)
    if before is None or (before.pos_ in ("NOUN", "PROPN") and words[0].text[:1].isupper()):
        return None  # ``закон «О противодействии терроризму»``: a title
    for k in range(mark.i - 1, max(mark.sent.start, mark.i - 15) - 1, -1):
        t = doc[k]
        if t.text in ".!?;:" or t.lower_ == "чтобы":
            return None  # (``призвал …, чтобы «…»``: a request's clause, round four leaves it)
        if t.lemma_ in PROPOSING_VERBS and t.pos_ == "VERB" and t.morph.get("VerbForm") in (["Fin"], ["Conv"]):
            inside = mark.i in {d.i for d in t.subtree} or (words and words[0].i in {d.i for d in t.subtree})
            return t if inside and _speaker_mention(t) is not None else None
    return None


def _to_quote_close(doc: Doc, quote: Span, pairs: list[tuple[int, int]]) -> Span:
    """``По словам очевидцев, нападавший «просто зашел в магазин … Нож был большой»``: a quote
    opened in the reported clause runs on past its sentence end, and the statement with it, to
    the closing mark in the same paragraph."""
    text = text_of(doc)
    for open_, close in pairs:
        if quote.start_char <= open_ < quote.end_char <= close and "\n" not in text[quote.end_char:close]:
            span = doc.char_span(quote.start_char, close + 1, alignment_mode="expand")
            if span is None:
                return quote
            longer = Span(doc, span.start, span.end, label=quote.label_)
            longer._.cue, longer._.speaker = quote._.cue, quote._.speaker
            return longer
    return quote


# ---------------------------------------------------------------- quote marks

def quote_pairs(text: str) -> list[tuple[int, int]]:
    """Char offsets (open, close) of the outermost «…» / „…“ pairs; nested
    pairs stay inside. Unbalanced marks are dropped at the paragraph end. Then
    the "…" and “…” pairs outside these."""
    pairs = []
    stack: list[str] = []  # the marks open
    opened = 0
    for m in QUOTE_EVENTS.finditer(text):  # the marks and paragraph breaks, not every character
        i, ch = m.start(), m.group()
        if ch in OPEN or (ch == "“" and "«" in stack[-1:] and ENGLISH_OPENS.match(text, max(i - 1, 0))):
            if not stack:  # (“ after a space in «…» opens an English pair: ``«…говорят: “…”»``)
                opened = i
            stack.append(ch)
        elif ch == "”":
            if stack[-1:] == ["“"]:
                stack.pop()
        elif ch in CLOSE and stack:
            if ch == "»" and "«" in stack:  # (past an English “ left open inside)
                del stack[len(stack) - 1 - stack[::-1].index("«"):]
            else:
                stack.pop()
            if not stack:
                pairs.append((opened, i))
        elif ch == "\n" and stack and text[i:i + 2] == "\n\n" and text[i + 2:i + 3] not in OPEN:
            stack = []  # a quote may span paragraphs only if the next opens with a mark
    for a, b in _straight_pairs(text) + _english_pairs(text):  # "…" and “…” pairs outside guillemets
        if not any(x <= a <= y or x <= b <= y for x, y in pairs):
            pairs.append((a, b))
    return sorted(pairs)


# English curly marks, “…”: “ opens after a space, a colon, a bracket, a dash or « (after a word it
# closes „…“)
ENGLISH_OPENS = re.compile(r"[\s(:—–«-]“")
ENGLISH_PAIR = re.compile(r"(?:^|(?<=[\s(:—–«-]))“[^“”«»„]+”", re.M)


def _english_pairs(text: str) -> list[tuple[int, int]]:
    """The “…” pairs of a text that uses English curly marks (web text: ``сказал: “Женщина …”``)."""
    if "”" not in text:
        return []
    return [(m.start(), m.end() - 1) for m in ENGLISH_PAIR.finditer(text)]


def _straight_pairs(text: str) -> list[tuple[int, int]]:
    """The outermost "…" pairs of each line: a mark after a space or a bracket, before a word,
    opens, one after a word or a mark, before a space or punctuation, closes, so nested names
    pair inside (``"Деньги выделило "Роснано". Больному …"``); a mark that could be either closes
    an open pair, else opens one. A pair holds two characters at least, or a letter (``"Ъ"``)."""
    pairs = []
    for line in re.finditer(r"[^\n]+", text):
        marks = [line.start() + m.start() for m in re.finditer('"', line.group())]
        while True:
            found, unclosed = _paired(text, marks)
            if not unclosed:
                break
            marks = [i for i in marks if i != unclosed[0]]  # a stray mark: pair the rest without it
        pairs.extend(found)
    return pairs


def _paired(text: str, marks: list[int]) -> tuple[list[tuple[int, int]], list[int]]:
    """``_straight_pairs`` over the marks at ``marks``: the outermost pairs and the marks left open."""
    pairs = []
    stack: list[int] = []
    for i in marks:
        before, after = text[i - 1:i] if i else "", text[i + 1:i + 2]
        opens = (not before or before.isspace() or before in "([—–-:/") and bool(after) and not after.isspace()
        closes = bool(before) and not before.isspace() and (not after or not after.isalnum())
        if stack and (closes or not opens):
            start = stack.pop()
            if not stack and (i - start > 2 or text[i - 1].isalnum()):
                pairs.append((start, i))
        elif opens or not stack:
            stack.append(i)
    return pairs, stack


def pairs_of(doc: Doc) -> list[tuple[int, int]]:
    """``quote_pairs`` of the Doc's text, found once and kept in ``doc.user_data``
    (the syntax stage's speech gate asks first)."""
    pairs = doc.user_data.get("quote pairs")
    if pairs is None:
        pairs = doc.user_data["quote pairs"] = quote_pairs(text_of(doc))
    return pairs


QUOTE_EVENTS = re.compile("[" + OPEN + CLOSE + "”]|\n(?=\n)")
INTERRUPTION = re.compile(r"[,.!?…]\s*(?:[—–]|-(?=\s))\s+([^—–«»„“\n]{1,150}?)[.,:]\s*(?:[—–]|-(?=\s))\s+")


def _interrupted(doc: Doc, start: int, end: int) -> tuple[list[tuple[int, int]], Optional[object]]:
    """``«…, — сказал Песков. — …»``: the quoted parts around an attribution
    inside the marks, and its cue; else the whole inside and None."""
    inside = text_of(doc)[start + 1:end]
    parts, cue, first = [], None, start + 1
    m = INTERRUPTION.search(inside)
    while m:
        middle = doc.char_span(start + 1 + m.start(1), start + 1 + m.end(1), alignment_mode="expand")
        cues = [t for t in middle or () if _is_cue_verb(t)] or [t for t in middle or () if _said_by(t, middle)]
        if cues:
            # ``«…, — говорит X, — …, — заключил X, — …»``: every interruption splits the quote;
            # the first cue is the quote's
            parts.append((first, start + 1 + m.start()))
            first = start + 1 + m.end()
            cue = cue or cues[0]
        # a dashed aside of the quote's own (``планируем втроём — с дочкой, — прийти в суд, —
        # сказала она. — …``) ends at the punctuation that may open the attribution
        m = INTERRUPTION.search(inside, m.end() if cues else m.end(1))
    if cue is not None:
        return parts + [(first, end)], cue
    return [(start + 1, end)], None


def _said_by(verb, middle: Span) -> bool:
    """``– продолжает Тэплин. –``, ``— заключил Андреа Падован, —``: a finite verb of no speech
    lemma whose subject, a name or a person, is the rest of a short interruption inside a quote."""
    if verb.pos_ != "VERB" or verb.morph.get("VerbForm") != ["Fin"] or len(tokens_of(middle)) > 6 \
            or verb.i != tokens_of(middle)[0].i:
        return False
    return any(c.dep_ == "nsubj" and c.i > verb.i and (c.pos_ in ("PROPN", "PRON") or _is_person_noun(c))
               for c in verb.children)


def _resumed(doc: Doc, attributed: Optional[tuple[int, object, bool]], open_: int, close: int) -> Optional[object]:
    """``«…», — сказал Трамп, когда его спросили о … — «…»``: a quote resumed after its
    attribution outside the marks, in the same paragraph, takes that attribution's cue; so does
    one after an attribution set off by commas only (``«…», говорит Юханссон, «…»``), also after a
    quoted fragment of a mixed statement (then that only)."""
    if attributed is None:
        return None
    attributed_close, cue, fragment = attributed
    text = text_of(doc)
    between = text[attributed_close + 1:open_]
    if "\n" in between or not cue.idx < open_ or len(between) > 300 or any(m in between for m in MARKS):
        return None
    if not _sentence_like(text, open_, close) or _is_name(doc, open_, close):
        return None  # (``«…», сказал тренер, «Спартак» сыграет …``: a name)
    if re.fullmatch(r",\s*[^,.!?—–]{1,60},\s*", between):
        return cue  # the attribution alone between the parts, in commas
    if fragment:
        return None  # (``«сильно перегрет», заявил аналитик, а банки — «…»``: another clause's words)
    if re.search(r"[.,]?\s*[—–]\s*$", between):
        return cue
    # ``«…», — говорит Иванов. «…».``: a quoted sentence right after a short attribution sentence
    # (three words or more, a whole sentence: not ``«Роснефть» отказалась …``)
    if not re.fullmatch(r",?\s*[—–]?\s*[^.!?]{1,60}\.\s*", between) \
            or not re.match(r"\s*([.!?…]|$)", text[close + 1:close + 3]):
        return None
    return cue


def _pair_at(doc: Doc, open_: int) -> Optional[tuple[int, int]]:
    """The quote pair opening at char ``open_``, if any."""
    return next(((a, b) for a, b in pairs_of(doc) if a == open_), None)


def _sentence_like(text: str, open_: int, close: int) -> bool:
    """Three words or more between the marks: quoted words that can be a sentence, not a
    heading or a name (``"Эх, яблочко"``, ``«Роснефть»``)."""
    return len(re.findall(r"\w+", text[open_ + 1:close])) >= 3


def _attribution_before(doc: Doc, colon: int) -> Optional[tuple[Span, Span]]:
    """(cue, speaker) of ``по (его) словам X`` in the sentence ending in the colon at char
    ``colon`` (``По его словам, Сербии пришлось бы …:`` + paragraph), else None."""
    span = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if span is None:
        return None
    sent = span[0].sent
    for t in doc[sent.start:span[0].i]:
        if t.lemma_ != "слово" or _po(doc, t) is None:
            continue
        if doc[t.i - 1].lower_ in POSSESSIVES:
            speaker = Span(doc, t.i - 1, t.i, label=SPEAKER_LABEL)
        else:
            source = [c for c in t.children if c.dep_ == "nmod" and c.i > t.i and c.pos_ in ("NOUN", "PROPN")]
            if not source:
                return None
            phrase = _noun_phrase(source[0])
            speaker = Span(doc, phrase.start, phrase.end, label=SPEAKER_LABEL)
        return Span(doc, _po(doc, t), t.i + 1, label=CUE_LABEL), speaker
    return None


NARRATIVE_AFTER = re.compile(r"\n\n?(?=[^\n])")  # one blank line at most, then the text goes on


def _colon_paragraphs(doc: Doc, used: set[int], found: list[Span]) -> list[Span]:
    """``Президент написал в Twitter:`` + a paragraph without marks: a direct quote."""
    out = []
    text = text_of(doc)
    for m in re.finditer(r":[ \t]*\n+(?=[^\n«„\"])", text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if any(q.start_char < end and m.end() < q.end_char for q in found):
            continue
        if m.group().count("\n") >= 3 and (_own_cue(doc, m.end(), end) or NARRATIVE_AFTER.match(text, end)):
            # two blank lines, then a paragraph with its own cue, or one the text goes on from after
            # a single blank line (a quoted block keeps its blank lines around it): the quoted post
            # or video was lost, what follows is narrative
            continue
        attribution = _attribution_before(doc, m.start())
        cue = None if attribution is not None else _cue_before(doc, m.end())
        if attribution is None and (cue is None or cue.i in used):
            continue
        if re.match(r"(Как|(По|Согласно)( (его|ее|её|их))? (словам|данным|мнению|информации|сведениям))\b",
                    text[m.end():end]) or text[m.end():end].rstrip().endswith(":"):
            # the paragraph has its own attribution, or introduces a quote itself (a text whose
            # quoted media were stripped: ``Резниченко уточнил:`` + ``В комментарии НТВ он сказал:``)
            continue
        span = doc.char_span(m.end(), end, alignment_mode="contract")
        if span is None or not len(span):
            continue
        if attribution is not None:  # ``По его словам, …:`` + paragraph: the attribution's source
            quote = Span(doc, span.start, span.end, label="direct")
            quote._.cue, quote._.speaker = attribution
            out.append(quote)
            continue
        quote = _statement(doc, span.start, span.end, "direct", cue)
        if _clause_of(cue) is None:  # ``подчеркнул, что …:`` + paragraph: the clause is a statement too
            used.add(cue.i)
        out.append(quote)
    return out


def _own_cue(doc: Doc, start: int, end: int) -> bool:
    """The text start..end holds a speech verb of its own."""
    span = doc.char_span(start, end, alignment_mode="contract")
    return span is not None and any(_is_cue_verb(t) for t in span)


HEADLINE = re.compile(r"([^\n:]{2,60}):[ \t]+([^\n]+)")
# nouns that are a source on their own in a headline (``СМИ: …``, ``Следствие: …``)
SOURCE_NOUNS = frozenset({"сми", "следствие", "полиция", "источник", "эксперт", "прокуратура", "суд"})


def _headline(doc: Doc, found: list[Span]) -> Optional[Span]:
    """``Путин: Росгвардия будет охранять губернаторов`` as the text's first line: a
    ``direct`` statement with no cue whose speaker is the part before the colon, when
    that is a source (a person or organisation name, a person noun, ``СМИ``) of at
    most four words with no verb; not a topic (``Взрыв в Киеве: …``, ``Индонезия: …``)."""
    m = HEADLINE.match(text_of(doc))
    if m is None or any(q.start_char < m.end() for q in found):
        return None
    source = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
    if source is None or not len(source):
        return None
    words = tokens_of(source)
    content = text_of(doc)[m.start(2):m.end(2)].rstrip()
    verbs = [t for t in words if t.pos_ == "VERB" and t.morph.get("VerbForm") == ["Fin"] and is_parsed(t)]
    if verbs and content[:1] in OPEN and content[-1:] in CLOSE:
        # ``Боец ИГ вызвал на бой принца Гарри: «Если ты мужчина»``: the subject's words, the verb their cue
        subject = next((c for c in verbs[0].children if c.dep_ == "nsubj" and c.i < verbs[0].i
                        and c.pos_ in ("NOUN", "PROPN")), None)
        span = doc.char_span(m.start(2) + 1, m.start(2) + len(content) - 1, alignment_mode="contract")
        if subject is None or span is None or not len(span):
            return None
        quote = Span(doc, span.start, span.end, label="direct")
        quote._.cue = Span(doc, verbs[0].i, verbs[0].i + 1, label=CUE_LABEL)
        phrase = _noun_phrase(subject)
        quote._.speaker = Span(doc, phrase.start, phrase.end, label=SPEAKER_LABEL)
        return quote
    if not words or len(words) > 4 or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    ents = [e for e in doc.ents if source.start <= e.start and e.end <= source.end and e.label_ in ("PER", "ORG")]
    head = words[0]
    if not (ents and ents[0].start == source.start or _is_person_noun(head) or head.lower_ in SOURCE_NOUNS
            or head.lemma_ in SOURCE_NOUNS or (len(words) == 1 and _named_later(doc, head) is not None)):
        return None
    start, end = m.start(2), m.end(2)
    content = text_of(doc)[start:end].rstrip()
    if content[:1] in OPEN + '"' and content[-1:] in CLOSE + '"':
        start, end = start + 1, start + len(content) - 1
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or len(tokens_of(span)) < 3:
        return None
    quote = Span(doc, span.start, span.end, label="direct")
    quote._.speaker = Span(doc, source.start, source.end, label=SPEAKER_LABEL)
    return quote


NAME_COLON = re.compile(r"(?m)^([^\n:«»„“\"]{2,80}):[ \t]*(?:\n+([^\n]+)|([«„][^\n]+[»“])[ \t.]*$)")


# a line of an interview transcript: ``Мустафа Джемилев: Да, всё верно. …``
TRANSCRIPT_LINE = re.compile(r"(?m)^([^\n:«»„“\"]{2,60}):[ \t]+(\S[^\n]*?)[ \t]*$")


def _transcript_lines(text: str) -> list[re.Match]:
    """The lines of an interview transcript: lines opened by a label and a colon, when two
    labels (the interviewer's and the interviewee's) open two lines or more each."""
    lines = list(TRANSCRIPT_LINE.finditer(text))
    counts = Counter(m.group(1).strip() for m in lines)
    repeated = {label for label, n in counts.items() if n >= 2}
    return [m for m in lines if m.group(1).strip() in repeated] if len(repeated) >= 2 else []


def _name_colon(doc: Doc, found: list[Span]) -> list[Span]:
    """A line that is only a person's name and its description, with a colon, then the words
    in marks on that line, or the next paragraph (marks optional) (``Гари Каспаров: «…»``, ``Хозяин крупной
    плантации Джино Дескальси:`` + paragraph), or the rest of the line in an interview transcript
    (``Мустафа Джемилев: Да, всё верно.``; the interviewer's lines, not a person's, are the
    author's): ``direct``, the person's, no cue. The name ends the line's phrase, which has no
    verb; the text's first line is ``_headline``'s."""
    out = []
    text = text_of(doc)
    for m in sorted([*NAME_COLON.finditer(text), *_transcript_lines(text)], key=lambda m: m.start()):
        if m.start() == 0 or any(q.start_char < m.end() and m.start(1) < q.end_char for q in found + out):
            continue
        source = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if source is None or not len(source):
            continue
        words = tokens_of(source)
        if not words or len(words) > 8 or any(t.pos_ in ("VERB", "AUX") for t in words) \
                or not any(e.label_ == "PER" and e.end == source.end and e.start >= source.start for e in doc.ents):
            continue
        if m.re is TRANSCRIPT_LINE:
            start, end = m.span(2)
        elif m.group(3) is not None:
            start, end = m.start(3) + 1, m.end(3) - 1
        else:
            start, end = m.start(2), m.end(2)
            content = m.group(2).rstrip()
            if content[:1] in OPEN + '"' and content[-1:] in CLOSE + '"':
                start, end = start + 1, start + len(content) - 1
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None or len(tokens_of(span)) < 5:
            continue
        quote = Span(doc, span.start, span.end, label="direct")
        quote._.speaker = Span(doc, source.start, source.end, label=SPEAKER_LABEL)
        out.append(quote)
    return out


LABEL_VERBS = frozenset({"назвать", "называть", "именовать", "окрестить", "прозвать",
                         "охарактеризовать", "характеризовать", "посчитать", "счесть", "считать",
                         "расценить", "расценивать", "оценить", "квалифицировать", "представлять",
                         "известный", "именуемый", "называемый", "прозванный",
                         # an offence charged by its article's name (``Ему вменяется «преступный сговор …»``)
                         "вменять", "вменяться", "инкриминировать", "инкриминироваться",
                         # an act, a levy by its legal name (``совершил «насильственные действия …»``, ``вводит
                         # «налог для богачей»``)
                         "совершить", "совершать", "ввести", "вводить", "платить", "заплатить"})
# nouns that name the quoted words that follow them: ``с диагнозом «…»``, ``надпись «…»``
LABEL_NOUNS = frozenset({"диагноз", "надпись", "лозунг", "девиз", "формулировка", "название",
                         "заголовок", "статья", "прозвище", "слоган", "песня", "фильм", "книга", "титул"})


def _named_later(doc: Doc, word) -> Optional[Span]:
    """The first PER after ``word`` whose last word shares its stem: a headline's bare
    surname (``Кисин: …``) names the person the text introduces later."""
    if not word.text[:1].isupper():
        return None
    for e in doc.ents:
        if e.label_ == "PER" and e.start > word.i and _stem(word.text, (e._.normal or e.text).split()[-1]):
            return e
    return None


def _uncued_sentences(doc: Doc, pairs: list[tuple[int, int]], found: list[Span]) -> list[Span]:
    """``Далее Герстенмайер сказал, что … . В случае необходимости … . «Мы не видим здесь
    непреодолимых проблем. …»``: whole sentences in marks with no cue, in the paragraph of the
    last statement before them, are that statement's speaker's (``direct``, no cue; a statement
    found inside the marks is no cue of theirs)."""
    out = []
    text = text_of(doc)
    for start, end in pairs:
        if any(q.start_char < end and start < q.end_char
               and (q.label_ == "direct" or not start < q.start_char <= end) for q in found) \
                or not _whole_sentences(text, start, end) or _is_name(doc, start, end):
            continue
        before = [q for q in found if q.end_char <= start and q._.speaker is not None]
        if not before or "\n" in text[before[-1].end_char:start]:
            continue
        span = doc.char_span(start + 1, end, alignment_mode="contract")
        if span is None or len(tokens_of(span)) < 3:
            continue
        quote = Span(doc, span.start, span.end, label="direct")
        quote._.speaker = before[-1]._.speaker
        out.append(quote)
    return out


PARAGRAPH_END = re.compile(r"[.!?…]?\s*(\n|$)")


def _whole_sentences(text: str, start: int, end: int) -> bool:
    """The marks at ``start`` and ``end`` hold whole sentences: a sentence ends before the
    opening mark (a line break, or a sentence's last mark and a space), the quote ends one (its
    last character inside the marks or the one right after them) and its paragraph ends after
    it. Only the characters around the marks are read: this runs for every pair."""
    k = start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if not (start == 0 or text[start - 1] == "\n" or (0 < k < start and text[k - 1] in ".!?…»“")):
        return False
    after = text[end + 1:end + 2]
    last = after if after not in ("", "\n") else text[start + 1:end].rstrip()[-1:]
    return last != "" and last in ".!?…" and PARAGRAPH_END.match(text, end + 1) is not None


def _sourceless_fragment(doc: Doc, start: int, end: int) -> bool:
    """Words quoted inside a sentence with no speech cue: a statement with no source when
    it is a phrase (three words or more, starting lower-case, no name) and not a label
    (``Пекин называет их «образовательными центрами»``) or a title."""
    inner = doc.char_span(start + 1, end, alignment_mode="contract")
    if inner is None or not len(inner):
        return False
    words = [w for w in tokens_of(inner) if not w.is_punct]
    if len(words) < 3 or not words[0].text[:1].islower() or _is_name(doc, start, end):
        return False
    text = text_of(doc)
    if text[end + 1:end + 2] == "\n" or text[start - 1:start] in ("\n", ""):
        return False  # a quoted paragraph or line: not a fragment of a sentence
    if re.match(r"\s*\((ст\b|стат|ч\.\s*\d)", text[end + 1:end + 12], re.I) \
            or re.search(r"\b(ст\.|стать\w*)\s*\d+[\w\s.(]{0,15}$", text[max(0, start - 40):start], re.I):
        # ``«причинение смерти по неосторожности» (ст. 109 УК РФ)``, ``по статье 318 УК РФ «…»``: an
        # offence's name before or after its article
        return False
    sent = inner[0].sent
    before = [t for t in doc[sent.start:inner.start] if not t.is_space and t.text not in MARKS]
    if before and before[-1].pos_ == "ADP":
        return False  # a name after a preposition (``по делу о «…»``, ``наказывать за «…»``); an award's
        # wording is a fragment (``премию «за фундаментальный анализ …»``: the conventions annotate it)
    if before and (before[-1].lemma_ in LABEL_NOUNS or before[-1].lower_ == "как"):
        return False  # (``знали его как «…»``, ``охарактеризовал как «…»``: a label)
    if before and before[-1].pos_ == "NOUN" and before[-1].morph.get("Case") not in (["Nom"], []) \
            and words[0].morph.get("Case") == ["Nom"] and words[0].pos_ in ("ADJ", "NOUN", "DET"):
        return False  # ``в категории «лучший документальный фильм»``: a name in apposition
    if any(is_parsed(t) and _is_cue_verb(t) and not any(c.dep_ == "nsubj" and inner.start <= c.i < inner.end
                                                         for c in t.children) for t in sent):
        # a sentence with a cue: its statement holds the fragment, or it is a request or the
        # author's ``Напомним``; not when the fragment is the cue's subject (``В качестве
        # причины называются «…»``)
        return False
    return not any(t.lemma_ in LABEL_VERBS for t in before)


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
    if any(e.start <= inner.start and inner.end <= e.end for e in doc.ents):
        return True
    words = tokens_of(inner)
    return 0 < len(words) <= 3 and words[0].text[:1].isupper() and not any(w.pos_ in ("VERB", "AUX") for w in words)


SHOUTING = frozenset({"кричать", "закричать", "выкрикивать", "выкрикнуть", "скандировать", "крик", "возглас"})


def _shouted(doc: Doc, open_: int):
    """``он кричал «Аллаху акбар»``, ``с криками «Мы требуем справедливости»``: the verb or noun
    of shouting right before the mark, whose words the quote gives, else None."""
    token = _token_before_mark(doc, open_)
    return token if token is not None and token.text[-1:].isalpha() and token.lemma_ in SHOUTING else None


def _named_by_noun(doc: Doc, start: int, end: int) -> bool:
    """A name in marks right after the noun it names (``группы «Ленинград»``, ``газета «Вести»``)."""
    token = _token_before_mark(doc, start)
    return token is not None and token.text[-1:].isalpha() and token.pos_ == "NOUN" and _is_name(doc, start, end)


DIALOGUE = re.compile(r"(?m)^[ \t]*[—–][ \t\xa0]*(\S[^\n]*?)[,!?…]?[ \t\xa0]*[—–][ \t\xa0]*(?=\w)")
DIALOGUE_REST = re.compile(r"[^\n]*?[.!?…][ \t\xa0]*[—–][ \t\xa0]*(\S[^\n]*?)[ \t\xa0]*$", re.M)


def _dialogue(doc: Doc, used: set[int], found: list[Span]) -> list[Span]:
    """Dialogue lines without marks: ``— Мы готовы, — сказал министр. — Проверки не
    страшны.`` (a speech verb within four words after the second dash); the part after
    the attribution is a second statement with the same speaker and cue."""
    out = []
    for m in DIALOGUE.finditer(text_of(doc)):
        if any(q.start_char <= m.start(1) < q.end_char for q in found):
            continue
        words = _next_words(doc, m.end(), limit=4)
        cue = next((t for t in words[:4] if _is_cue_verb(t)), None)
        if cue is None or any(t.is_punct for t in words[:words.index(cue)]):
            continue
        parts = [(m.start(1), m.end(1))]
        rest = DIALOGUE_REST.match(text_of(doc), m.end())
        if rest is not None:
            parts.append((rest.start(1), rest.end(1)))
        for a, b in parts:
            chars = doc.char_span(a, b, alignment_mode="expand")
            span = None if chars is None else _strip(doc, chars.start, chars.end - 1)
            if span is None or not len(span):
                continue
            out.append(_statement(doc, span.start, span.end, "direct", cue))
        used.add(cue.i)
    return out


FIRST_PERSON = frozenset({"я", "мы", "меня", "мне", "мной", "нас", "нам", "нами", "мой", "моя", "мое",
                          "моё", "мои", "наш", "наша", "наше", "наши"})
PARAGRAPH_DASH = re.compile(r"[,.!?…]?[ \t\xa0]+(?:[—–][ \t\xa0]*|-[ \t\xa0]+)")  # (a spaced hyphen for a dash)


def _predicate_word(token) -> bool:
    """A word that can be a clause's predicate: a verb, an auxiliary, a short adjective or
    participle (``доступна``, ``уволен``)."""
    return token.pos_ in ("VERB", "AUX") or token.morph.get("Variant") == ["Short"]


def _unmarked_paragraphs(doc: Doc, used: set[int], found: list[Span]) -> list[Span]:
    """A paragraph without marks ended by its attribution (a speech verb within three words
    after the last dash, or a spaced hyphen for one): in the first person a direct quote,
    ``В его песнях для меня – весь его образ … — сказала Варвара Визбор.``; in the third an
    indirect one, ``Возбуждено уголовное дело … - сообщил прокурор``."""
    out = []
    text = text_of(doc)
    if "—" not in text and "–" not in text and " - " not in text:
        return out
    start = 0
    for line in text.split("\n"):
        line_start, start = start, start + len(line) + 1
        tail = max(line.rfind("—"), line.rfind("–"), line.rfind(" - ") + 1)
        if tail < 20 or len(line) - tail > 80 or line.lstrip()[:1] in DASHES or any(m in line for m in MARKS):
            continue
        dash = None
        for m in PARAGRAPH_DASH.finditer(line, max(0, tail - 3)):
            dash = m
        if dash is None or not line[dash.end():].strip():
            continue
        a, b = line_start, line_start + dash.start()
        if any(q.start_char < line_start + len(line) and a < q.end_char for q in found):
            continue
        words = _next_words(doc, line_start + dash.end(), limit=4)
        cue = next((t for t in words[:3] if _is_cue_verb(t)), None)
        if cue is None or cue.i in used or any(t.is_punct for t in words[:words.index(cue)]):
            continue
        chars = doc.char_span(a, b, alignment_mode="expand")
        span = None if chars is None else _strip(doc, chars.start, chars.end - 1)
        if span is None or len(tokens_of(span)) < 6 or _negated(cue):
            continue  # (``Собирается ли он … — не сообщается``: nothing stated)
        # a paragraph in the third person reports (``Возбуждено уголовное дело … — сообщил прокурор``)
        first = any(t.lower_ in FIRST_PERSON or t.morph.get("Person") == ["1"] for t in span)
        if not first and not any(_predicate_word(t) for t in span):
            continue  # (``Ещё вчера её мать – актриса Дебби Рейнольдс – сказала``: an apposition, no clause)
        out.append(_statement(doc, span.start, span.end, "direct" if first else "indirect", cue))
        used.add(cue.i)
    return out


def _words_before(doc: Doc, char: int) -> int:
    """How many word tokens precede ``char`` in its sentence."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return 0
    return sum(1 for t in doc[span[0].sent.start:span[0].i] if t.is_alpha)


def _next_words(doc: Doc, char: int, limit: int = 8) -> list:
    """The non-space tokens starting at or after ``char`` in the sentence there (up to ``limit``)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return []
    first = span[0]
    out = []
    for t in doc[first.i:first.sent.end]:
        if not t.is_space:
            out.append(t)
        if len(out) > limit:
            break
    return out


# modals of ability or wish: an infinitive cue under them says nothing (``не сможет говорить, что``)
ABILITY_MODALS = frozenset({"мочь", "смочь", "суметь", "уметь", "хотеть", "захотеть"})


def _is_cue_verb(token) -> bool:
    """A speech verb, finite or a gerund (not a participle: ``фрагмент, написанный …``),
    or a short adjective of conviction (``уверена, что``)."""
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


# guesses, fears and hints: cues only as ``X предположил, что <clause>`` (not negated, not in the
# first person, not an infinitive, with a ``что`` clause: ``законопроект предполагал снос``, ``Я не
# предполагал``, ``Остается лишь заключить`` are none; dev annotates 10 of the 15 such clauses of a
# third person)
GUESSING_VERBS = frozenset({"предположить", "предполагать", "опасаться", "намекнуть", "намекать"})
# ... and so are conclusions (``эксперты заключили, что``; not ``заключили договор``)
# (``признаваться``: ``Коэн признавался, что …``, not the passive ``пары не признаются официально``)
CLAUSE_ONLY_VERBS = GUESSING_VERBS | frozenset({"заключить", "заключать", "признаваться"})
# a possibility allowed is a statement only negated, of a third person, with a clause (``Следствие не
# исключает, что …``; not ``Не исключаю, что …`` inside a quote, nor ``исключил из списка``)
NEGATED_CUES = frozenset({"исключить", "исключать"})


def _stated_guess(verb) -> bool:
    if verb.lemma_ == "предполагать" and verb.morph.get("Tense") == ["Past"]:
        return False  # ``Изначально врачи предполагали, что …``: a past guess the story goes on to revise
    return not _negated(verb) and verb.morph.get("Person") != ["1"] and verb.morph.get("VerbForm") != ["Inf"] \
        and _that_clause(verb)


def _that_clause(verb) -> bool:
    """The parse hung a ``что`` / ``будто`` clause on the verb, or on its ``того`` (``не
    исключила того, что …``)."""
    def opens(clause) -> bool:
        return any(m.lower_ in ("что", "будто") for m in clause.children if m.dep_ == "mark")

    return is_parsed(verb) and any(
        (c.dep_ == "ccomp" and opens(c))
        # (a clause with no verb, ``заключили, что здание аварийное``: ``что`` hung on the cue)
        or (c.dep_ == "mark" and c.lower_ in ("что", "будто") and c.i > verb.i)
        or (c.dep_ == "obj" and c.lower_ == "того" and any(g.dep_ in ("acl", "ccomp") and opens(g) for g in c.children))
        for c in verb.children)


# short neuter participles that report: ``в котором указано, что``, ``в письме сказано, что``
REPORTING_PARTICIPLES = frozenset({"указать", "сказать", "отметить", "заявить", "сообщить",
                                   "подчеркнуть", "написать", "говорить", "объявить",
                                   # findings: ``Признано, что``, ``подтверждено, что``, ``было установлено, что``
                                   "признать", "подтвердить", "установить"})


def _impersonal_participle(token) -> bool:
    return token.lemma_ in REPORTING_PARTICIPLES and token.morph.get("Variant") == ["Short"] \
        and token.morph.get("Gender") == ["Neut"] and token.morph.get("Number") != ["Plur"]


def _cue_after(doc: Doc, close: int) -> Optional[object]:
    """``«…», — сказал он``: the speech verb after the closing mark and a dash."""
    words = _next_words(doc, close)
    if not words or words[0].text not in MARKS:
        return None
    words = words[:1] + [w for w in words[1:] if w.text.strip("'")]  # wiki emphasis: ``«…»'', — сказал``
    k = 1
    while k < len(words) and words[k].text in ",!?.…":
        k += 1
    if k < len(words) and words[k].text in DASHES:
        k += 1
    elif k == 1 and len(words) > 1 and words[1].lemma_ in COLONLESS_CUES:
        return words[1]  # ``«Мы — за справедливость» гласили плакаты``: no comma needed
    elif k == 1 or "," not in [w.text for w in words[1:k]]:  # ``«…», сказал X`` needs the comma
        return None
    if k < len(words) and words[k].lemma_ == "который":
        return None  # ``«Лидс», которого считают …``: a relative clause on a name, no attribution
    for t in words[k:k + 4]:
        if t.is_punct:
            return None
        if _is_cue_verb(t) or (t.lemma_ in CLAUSE_ONLY_VERBS and t.pos_ == "VERB"  # ``«…», — заключил он``
                               and t.morph.get("VerbForm") in (["Fin"], ["Conv"]) and not _negated(t)) \
                or (t.lemma_ in RELAYING_CITERS and _words_owner(t) is not None) \
                or _voicing(t):  # ``— приводит Reuters слова X``, ``— раскрыл свою мысль постановщик``
            return t
    return None


# what a verb voices when it attributes a quote after it: ``«…», — раскрыл свою мысль X``
VOICED_NOUNS = frozenset({"мысль", "мнение", "позиция", "точка", "соображение", "впечатление", "объяснение"})


def _voicing(verb) -> bool:
    """A finite verb with a voiced object (``раскрыл свою мысль``, ``высказал своё мнение``,
    ``изложил позицию``): after a quote and a comma, its attribution."""
    return verb.pos_ == "VERB" and verb.morph.get("VerbForm") == ["Fin"] and not _negated(verb) and any(
        c.dep_ == "obj" and c.lemma_ in VOICED_NOUNS and c.i > verb.i for c in verb.children)


def _colon_after_cue(doc: Doc, open_: int) -> bool:
    """The mark follows a colon (``Как заявил Путин, …: «…», — сказал президент``, ``узнала
    от журналистов: ''«…»'', — сказала она``): a quote, not a fragment of a mixed statement."""
    end = _before_mark(doc, open_)
    return end > 0 and text_of(doc)[end - 1] == ":"


def _colon_in_clause(doc: Doc, cue, open_: int) -> bool:
    """The colon before the mark closes the cue's own ``, что`` clause: ``Многие считают, что
    это противоречит принципу: «…»`` (the quote is part of the reported clause)."""
    colon = _token_before_mark(doc, open_)
    if colon is None or colon.text != ":":
        return False
    between = doc[cue.i + 1:colon.i]
    if not text_of(doc)[open_ + 1:open_ + 2].islower():
        return False  # (``…, а направил заявление: «Это не письмо…»``: a quote of its own)
    return len(between) > 3 and any(t.lower_ in ("что", "будто") and t.i > cue.i + 1 and doc[t.i - 1].text == ","
                                    for t in between)


def _before_mark(doc: Doc, open_: int) -> int:
    """Where the text before an opening mark ends, past trailing space and wiki emphasis
    (``: ''«…»''``): the text up to it is ``text[:open_].rstrip().rstrip("'").rstrip()``."""
    text, end = text_of(doc), open_
    while end and text[end - 1].isspace():
        end -= 1
    while end and text[end - 1] == "'":
        end -= 1
    while end and text[end - 1].isspace():
        end -= 1
    return end


def _token_before_mark(doc: Doc, open_: int):
    """The token holding the last character before the mark (``_before_mark``), else None."""
    end = _before_mark(doc, open_)
    span = doc.char_span(end - 1, end, alignment_mode="expand") if end else None
    return span[0] if span is not None and len(span) else None


# cues a quote follows or precedes with no colon, dash or comma (``Надпись гласит «…»``)
COLONLESS_CUES = frozenset({"гласить"})
# verbs of saying words aloud or in writing, whose words may follow with no colon (``сказав «…»``)
# (not ``написать``: ``написал «Сказку о царе Салтане»``, a work's title)
SAYING_VERBS = frozenset({"сказать", "говорить", "заявить", "заявлять", "ответить", "отвечать", "добавить",
                          "произнести", "воскликнуть"})


def _cue_before(doc: Doc, open_: int) -> Optional[object]:
    """``X заявил: «…»``: the speech verb of the clause that ends in a colon before the mark;
    ``гласит`` needs no colon (``Надпись гласит «Пришёл Уоррен»``)."""
    colon = _token_before_mark(doc, open_)
    if colon is not None and colon.lemma_ in COLONLESS_CUES:
        return colon
    if colon is not None and colon.lemma_ in SAYING_VERBS and _is_cue_verb(colon) and colon.pos_ == "VERB":
        # ``сказав «мы принялись за …»``: a sentence's words right after the verb, no colon (not a
        # name: ``сказал «Интерфаксу»``)
        pair = _pair_at(doc, open_)
        return colon if pair is not None and _sentence_like(text_of(doc), open_, pair[1]) \
            and not _is_name(doc, open_, pair[1]) else None
    if colon is None or not _colon_after_cue(doc, open_):
        return None
    i = colon.i - 1
    steps = 0
    while i >= 0 and steps < 40:
        t = doc[i]
        if t.text in ".!?" or "\n" in t.text:
            break
        if _is_cue_verb(t):
            return t
        i -= 1
        steps += 1 if not t.is_space else 0
    return _colon_source(doc, colon, open_)


# writings found, left or shown, whose words follow a colon: ``В машине была записка: «…»``
# (not ``сообщение``: a message refers back to its source, ``в сообщении говорится``)
# (nor ``послание``: a signed document, ``Послание президента``)
NOTE_NOUNS = frozenset({"записка", "надпись", "табличка", "лозунг", "плакат", "транспарант"})


def _colon_source(doc: Doc, colon, open_: int) -> Optional[object]:
    """``Google Gmail отзывается в Twitter о смерти Рэя:``, ``Эдер поделился эмоциями после
    матча:``, ``Комментарий шведского телевидения:``: a clause ending in the colon whose predicate
    is no speech verb but whose subject is a source (a person, a pronoun, a body, a message), or
    a bare message noun phrase, introduces the quote that follows; its predicate (or the noun) is
    the cue. Quoted text must read as words said: a capital, and three words or an end mark."""
    text = text_of(doc)
    quoted = text[open_ + 1:open_ + 300] if text[open_:open_ + 1] in OPEN else text[open_:open_ + 300]
    quoted = quoted.lstrip("'\" ")
    if not quoted[:1].isupper():
        return None
    if text[open_:open_ + 1] in OPEN:
        close = [k for k in (quoted.find(c) for c in CLOSE) if k >= 0]
        inside = quoted[:min(close)] if close else quoted
        if len(inside.split()) < 3 and not re.search(r"[.!?…]$", inside.strip()):
            return None
    clause = [t for t in doc[colon.sent.start:colon.i] if not t.is_space]
    if not clause or any("\n" in t.text for t in doc[colon.sent.start:colon.i] if t.is_space and t.i > clause[0].i):
        return None
    verbs = [t for t in clause if t.pos_ in ("VERB", "AUX")]
    if not verbs:  # ``Комментарий шведского телевидения:``
        root = clause[0].sent.root if clause[0].sent.root.i < colon.i else None
        heads = [t for t in clause if t.lemma_ in MESSAGE_NOUNS and t.pos_ == "NOUN" and (t is root or t.i == clause[0].i)]
        return heads[0] if heads and len(clause) <= 8 else None
    note = next((t for t in clause if t.lemma_ in NOTE_NOUNS and t.dep_ in ("nsubj", "nsubj:pass", "root")
                 and t.head.pos_ in ("VERB", "AUX") and t.head.i < colon.i), None)
    if note is not None and not _negated(note.head):
        return note.head  # ``В машине была записка: «…»``: the note's words, the note the mention
    verb = None
    for t in reversed(clause):
        if t.lower_ in CLAUSE_MARKS or t.lower_ in ("если", "когда", "как", "чем", "пока", "хотя"):
            return None  # a subordinate clause ends in the colon
        if t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") in (["Fin"], ["Conv"]):
            verb = t
            break
    if verb is None or _negated(verb):
        return None
    mention = _speaker_mention(verb)
    if mention is None:
        return None
    head = mention.root
    if not (head.lemma_ in PRONOUN_LEMMAS or head.lower_ in POSSESSIVES or head.lemma_ == "который" or head.pos_ == "PROPN"
            or head.lemma_ in MESSAGE_NOUNS or head.lemma_ in BODY_NOUNS or _is_person_noun(head)
            or any(e.start <= head.i < e.end and e.label_ in ("PER", "ORG") for e in doc.ents)):
        return None
    return verb


# ---------------------------------------------------------------- indirect speech

def _strip(doc: Doc, first: int, last: int) -> Optional[Span]:
    """The tokens first..last (inclusive) without leading/trailing punctuation and space."""
    while first <= last and (doc[first].is_space or (doc[first].is_punct and doc[first].text not in OPEN)):
        first += 1
    while last >= first and (doc[last].is_space or (doc[last].is_punct and doc[last].text not in CLOSE)):
        last -= 1
    if last < first:
        return None
    return Span(doc, first, last + 1)


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
                and not _conditional(t) \
                and (t.lemma_ not in SUBJECT_CUES or any(c.dep_ == "nsubj" for c in t.children)):  # not ``напомним``
            # a cue that introduced a direct quote may still have a content noun phrase:
            # ``заявила о политической ангажированности процесса: «…»``
            clause = (_clause_of(t) or _about(t)) if t.i in used \
                else (_clause_of(t) or _that_before(t) or _about(t) or _as_clause(t))
            if clause is None and t.i in used:
                # ``А спустя десять дней, обещает Бертман, зрителям покажут …:`` + a quoted paragraph:
                # the sentence around a parenthetical cue is a statement too
                clause = _as_clause(t)
                clause = clause if clause is not None and (clause.start < t.i < clause.end or (
                    # ``Как сообщает X, <clause>: «…»``: the clause before the colon is X's too
                    clause.start > t.i and any(w.lower_ == "как" for w in doc[t.sent.start:t.i]))) else None
            if clause is None:
                continue
            quote = _statement(doc, clause.start, clause.end, "indirect", t)
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
                and not (t.lemma_ in ESTIMATE_NOUNS and doc[po].lower_ == "согласно"):
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
        elif t.lemma_ in PUBLISHING_VERBS and t.pos_ == "VERB" and t.morph.get("VerbForm") != ["Part"]:
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
            | PUBLISHING_VERBS | CITING_VERBS | CONTENT_NOUNS | CONCLUSIONS | NEGATED_CUES)


# cues only with a subject of their own: ``следователи подозревают, что …`` is a belief
# stated, ``его подозревают в том, что …`` an accusation with no source
SUBJECT_CUES = frozenset({"подозревать"})
# ``пришёл к выводу, что …``: the noun (a cue lemma, so its sentence is parsed) and its verbs
CONCLUSIONS = frozenset({"вывод"})
CONCLUDING_VERBS = frozenset({"прийти", "приходить", "сделать", "делать"})
# ``X приводит слова Y, что …``: a verb citing someone's words
CITING_VERBS = frozenset({"привести", "приводить", "процитировать"})
# ... and relays after a quote: a translation cites too (``«…», – переводит заявление МОК агентство``)
RELAYING_CITERS = CITING_VERBS | frozenset({"переводить", "перевести"})
CITED_NOUNS = frozenset({"слово", "мнение", "высказывание", "заявление", "цитата"})


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


# what a citing verb cites of someone: ``приводит слова / письмо / рассказ X``
CITED_THINGS = CITED_NOUNS | WRITINGS | frozenset({"рассказ", "ответ", "реплика", "комментарий"})


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


# ``Ватикан опубликовал заявление о том, что …``: a message issued, with its content
PUBLISHING_VERBS = frozenset({"опубликовать", "публиковать", "распространить", "распространять",
                              "сделать", "делать", "выпустить", "выпускать", "обнародовать"})


def _published_message(verb) -> Optional[Span]:
    """``X опубликовал заявление о том, что <clause>``: X's statement, the clause after
    ``о том, что`` (cue: the verb; speaker: its subject), else None."""
    doc = verb.doc
    for noun in verb.children:
        if noun.dep_ != "obj" or noun.lemma_ not in MESSAGE_NOUNS or noun.i < verb.i:
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


POSSESSIVES = frozenset({"его", "её", "ее", "их"})
POSSESSOR_GENDER = {"его": ["Masc"], "её": ["Fem"], "ее": ["Fem"]}


# attribution nouns that need no source: ``Согласно сообщению, …`` (null speaker)
# (and estimates: ``По разным оценкам, …``, ``По опросам, …``)
REPORT_NOUNS = frozenset({"сообщение", "данные", "информация", "сведение", "сведения",
                          "оценка", "версия"}) | ESTIMATE_NOUNS
# ``по предварительным данным``, ``по приблизительным оценкам``: an estimate, not a source's report
NOT_REPORTS = frozenset({"предварительный", "приблизительный", "окончательный", "официальный статистический"})


# participles of data at hand: ``по имеющейся информации`` (no source named)
HELD = frozenset({"иметься", "имеющийся", "поступить", "поступивший", "полученный", "получить"})


def _po(doc: Doc, noun) -> Optional[int]:
    """The index of ``по`` in ``по словам`` / ``по его словам`` / ``по некоторым
    сообщениям`` / ``по неподтвержденной информации``, else None."""
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
    return k if k >= 0 and doc[k].lower_ in ("по", "согласно") else None


# predicates of the author's voice: ``Стоит отметить, что …``, ``Нужно сказать, что …``
AUTHOR_MODALS = frozenset({"стоить", "следовать", "нужно", "надо", "необходимо", "важно", "можно",
                           "нужный", "необходимый", "важный"})


def _conditional(verb) -> bool:
    """``Если участник заявляет о …, то …``: a cue under ``если`` is a condition, not a report."""
    return any(c.dep_ == "mark" and c.lower_ in ("если", "ежели") for c in verb.children)


def _authorial(verb) -> bool:
    """An infinitive cue under a modal of the author's voice (``Стоит отметить, что``)."""
    return _under_modal(verb, AUTHOR_MODALS)


def _under_modal(verb, modals: frozenset[str]) -> bool:
    """An infinitive hung on one of ``modals``."""
    return verb.morph.get("VerbForm") == ["Inf"] and verb.head.i != verb.i and verb.head.lemma_ in modals


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
    """The reported clause holds its own speech verb with a subject and a ``что`` clause
    (``по словам источника, министр заявил, что …``): the innermost statement is that one."""
    return any(is_parsed(t) and _is_cue_verb(t) and any(c.dep_ in ("nsubj", "nsubj:pass") for c in t.children)
               and _clause_of(t) is not None for t in clause)


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
    while kak >= 0 and k - kak <= 2 and (words[kak].pos_ == "ADV" or words[kak].lemma_ == "быть") \
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
        if relative is not None and relative.morph.get("VerbForm") == ["Part"] \
                and relative.morph.get("Variant") != ["Short"] and relative.morph.get("Case") not in (["Nom"], []):
            # the source's participle phrase (``Как говорится в пресс-релизе, размещенном на сайте
            # ЕСПЧ, <clause>``): the clause starts past its comma
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
    tail = _outside_marks(words[k + 1:-1])
    comma = k - 1  # ``<clause>, сообщает X``; ``<clause>, об этом сообщают СМИ`` (the content just given)
    if k >= 4 and _after_ob_etom(words, k):
        comma = k - 3
    if comma >= 1 and words[comma].text == "," and words[0] is not verb \
            and len(words) - k <= (30 if any(w.lower_ == "ссылкой" for w in tail) else 22) \
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
        if any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < words[comma].i for c in verb.children) \
                and not any(c.dep_ in ("nsubj", "nsubj:pass") and c.i > verb.i for c in verb.children) \
                and comma == k - 1:
            # ``«Лидс», которого считают …, объявил об этом``: the clause is the verb's own subject
            # (unless the verb has one after it too: ``… баскетболист Бинг, сообщило агентство AP``;
            # ``<clause>, об этом говорят исследования``: ``об этом`` points back at the clause)
            return None
        clause = _strip(doc, words[0].i, words[comma].i - 1)
        if clause is None or comma != k - 1 and len(tokens_of(clause)) < 3:
            return None
        if comma != k - 1 or any(_predicate_word(t) or t.text in DASHES for t in clause):
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


def _after_ob_etom(tokens, k: int) -> bool:
    """``<clause>, об этом`` right before ``tokens[k]`` (a Doc or a list of its tokens)."""
    return k >= 3 and tokens[k - 1].lower_ == "этом" and tokens[k - 2].lower_ in ("о", "об") \
        and tokens[k - 3].text == ","


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
    """The period inside a domain name (``NEWSru.com``, ``vc.ru``: no space, a letter after it)."""
    doc = token.doc
    return token.text == "." and not token.whitespace_ and token.i + 1 < len(doc) \
        and doc[token.i + 1].text[:1].isalnum()


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
    if verb.lemma_ in TOPIC_VERBS:
        return None  # ``рассказала журналистам о судьбе деда``: a topic, not a content
    return phrase


def _negated(verb) -> bool:
    """``не`` right before the verb or hung on it before it."""
    doc = verb.doc
    k = verb.i - 1
    while k >= verb.sent.start and doc[k].is_space:
        k -= 1
    return (k >= verb.sent.start and doc[k].lower_ == "не") or any(
        c.lower_ == "не" and c.i < verb.i for c in verb.children)


# verbs whose ``о …`` names a topic rather than a content stated
TOPIC_VERBS = frozenset({"рассказать", "рассказывать", "рассказываться", "поговорить", "вспоминать"})


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
        if not cases or cases[0].lower_ not in ("о", "об", "обо"):
            continue
        if _back_reference(child):
            return None
        return _clip(doc, cases[0].i + 1, child.right_edge.i)
    return None


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


def _admitted(verb) -> Optional[Span]:
    """``признался в употреблении кокаина``, ``признал себя виновным в мошенничестве``: the
    act admitted, without its ``в`` (``признал в суде`` names a place: only ``признать себя
    виновным`` takes it; ``суд признал его виновным`` is a verdict), else None."""
    if verb.lemma_ in ADMITTING_VERBS:
        holders = [verb]
    elif verb.lemma_ in ("признать", "признавать"):
        holders = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ in GUILTY] \
            if any(c.dep_ == "obj" and c.lemma_ == "себя" for c in verb.children) else []
    else:
        return None
    for holder in holders:
        for child in holder.children:
            cases = [c for c in child.children if c.dep_ == "case"]
            if child.i > verb.i and child.dep_ == "obl" and child.pos_ == "NOUN" and child.morph.get("Case") == ["Loc"] \
                    and cases and cases[0].lower_ in ("в", "во"):
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


def _clause_of(verb) -> Optional[Span]:
    """The ``что``-clause of a speech verb: from the word after ``что`` to the clause end."""
    doc = verb.doc
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
    # «Новости», что``, ``отметив только, что``, ``обратил внимание на то, что``)
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
        elif t.text == '"' or t.text in ".!?:;" or (t.pos_ in ("VERB", "AUX") and depth == 0 and (
                t.morph.get("VerbForm") != ["Part"] or any(c.dep_ in ("ccomp", "advcl") for c in t.children))):
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
    for k in range(first + 2, last + 1):
        t = doc[k]
        if t.pos_ == "VERB" and t.morph.get("VerbForm") == ["Fin"] and t.head.i == verb.i and _is_cue_verb(t) \
                and t.dep_ in ("conj", "parataxis", "root") and any(c.dep_ in ("nsubj", "nsubj:pass") for c in t.children):
            # another voice's cue with its subject the parse hung on the cue, past a comma or a dash
            # (``Паулс заявил, что примет участие в работе жюри, сообщает baltinfo.ru``), not in marks
            # (``«состояние тяжелое, говорят врачи» и …``)
            if any(a < t.idx < b for a, b in pairs_of(doc)):
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
            last = min([k] + [j for j in subject if j > first + 2]) - 1
            while last > first and (doc[last].is_punct or doc[last].is_space or doc[last].pos_ == "CCONJ"):
                last -= 1
            break
    return _strip(doc, first, last)


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
    """``по словам X, <clause>`` or ``<clause>, по словам X.``"""
    sent = noun.sent
    k = _source_end(doc, noun)
    po = _po(doc, noun)
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
        if k > noun.i + 1:  # no comma after the noun: the clause follows it
            k = noun.i
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
        quote = Span(doc, clause.start, clause.end, label="indirect")
        quote._.cue = Span(doc, po, noun.i + 1, label=CUE_LABEL)
        quote._.speaker = Span(doc, speaker.start, speaker.end, label=SPEAKER_LABEL)
        return quote
    if k < sent.end and (doc[k].text == "," or k == noun.i or bare) and len(tokens_of(doc[k + 1:sent.end])) >= 4:
        last = sent.end - 1
        depth = 0
        for j in range(k + 1, sent.end):  # a colon ends the reported clause, not one in marks
            depth += (doc[j].text in OPEN) - (doc[j].text in CLOSE)
            if doc[j].text == ":" and depth <= 0 and not _clock(doc, j) and not _lower_after(doc, j, sent.end - 1):
                last = j - 1
                break
        clause = _strip(doc, k + 1, last)
        before = [t for t in doc[sent.start:po] if not t.is_space]
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
    if clause is None or speaker is None or len(tokens_of(clause)) < 3:
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
    quote = Span(doc, clause.start, clause.end, label="indirect")
    quote._.cue = Span(doc, _po(doc, noun), noun.i + 1, label=CUE_LABEL)
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
    if k >= sent.end or doc[k].text != "," or any(t.morph.get("VerbForm") == ["Fin"] for t in doc[head.i:k]):
        return None  # (``В соответствии с этим суд счёл, что …``: no comma closes the source)
    first = k + 1
    nxt = next((t for t in doc[first:sent.end] if not t.is_space), None)
    if nxt is None or (nxt.morph.get("VerbForm") == ["Part"] and nxt.morph.get("Case") == head.morph.get("Case")):
        return None  # ``Согласно отчёту, посвящённому …, …``: the source goes on past the comma
    start = max([sent.start] + [t.i + 1 for t in doc[sent.start:word.i] if t.text in ":;"])
    before = [t for t in doc[start:word.i] if not t.is_space and not t.is_punct]  # (``многое: согласно …``)
    opening = None  # a leading adverbial or subject before the attribution: the statement is the whole sentence
    if before and not (len(before) <= 2 and before[-1].pos_ in ("CCONJ", "ADV")) and before[-1].pos_ != "SCONJ":
        subject = any(t.morph.get("Case") == ["Nom"] and t.pos_ in ("NOUN", "PROPN", "PRON") for t in before)
        owner = any(e.start > word.i and e.end <= k for e in doc.ents)
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
    if clause is None or len(tokens_of(clause)) < 4 or _inner_statement(clause) \
            or not any(_predicate_word(t) or t.text in DASHES for t in clause):
        return None
    if opening is not None:  # (to before another voice's trailing cue: ``…, сообщает NEWSru``)
        clause = _before_confirmation(_strip(doc, opening, clause.end - 1))
    quote = Span(doc, clause.start, clause.end, label="indirect")
    quote._.cue = Span(doc, word.i, head.i + 1, label=CUE_LABEL)
    source = _strip(doc, words[0].i, k - 1)
    quote._.speaker = Span(doc, source.start, source.end, label=SPEAKER_LABEL)
    return quote


def _opening_phrase(words: list) -> bool:
    """Words that open a sentence with no clause of their own: an adverbial (``Начиная с осени
    текущего года``) or the subject (``Премия мира, согласно завещанию Нобеля, была вручена``)."""
    return words[0].pos_ in ("ADP", "VERB", "ADV", "NOUN", "PROPN", "ADJ", "DET") and not any(
        (t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]) or t.pos_ == "SCONJ"
        or t.lemma_ == "который" for t in words)


# what ``…, согласно которому <clause>`` reports the content of: a document, a ruling, a report
# (``подписал указ, согласно которому``, ``вынес приговор``, ``Слухи, согласно которым``); a rule
# or principle (``пункт``, ``принцип``, ``конвенция``) states no one's content (dev annotates 6 of 10)
REPORTED_BY_WHICH = DOCUMENT_NOUNS | REPORT_NOUNS | frozenset({"приговор", "вердикт", "закон", "законопроект",
                                                              "слух"})


def _according_to_which(doc: Doc, word, relative) -> Optional[Span]:
    """``Президент подписал указ, согласно которому <clause>``: the relative clause's content,
    to the clause's end, with the relative pronoun as the mention (its antecedent names the source)."""
    verb = relative.head
    if not is_parsed(relative) or verb.dep_ != "acl:relcl" or verb.head.lemma_ not in REPORTED_BY_WHICH \
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
        elif doc[k].is_punct and t in ",—–." and not depth and not straight and not _domain_dot(doc[k]):
            # (not the period of a domain name: ``собеседника vc.ru``; not a comma before an oblique
            # participle, which still names the source: ``По данным опроса, проведенного ВЦИОМ, …``,
            # while a nominative one opens the clause: ``По словам прокурора, нападавший …``)
            nxt = next((w for w in doc[k + 1:noun.sent.end] if not w.is_space), None)
            relative = _relative_after(doc, k, noun) if t == "," else None
            if relative is not None:  # ``По словам Иванова, который возглавляет завод, <clause>``
                k = relative + 1
                continue
            if not (t == "," and nxt is not None and nxt.morph.get("VerbForm") == ["Part"]
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
    agents = [c for c in words[1].children if c.i > words[1].i and c.pos_ in ("NOUN", "PROPN")
              and c.morph.get("Case") == ["Ins"]]
    return _noun_phrase(agents[0]) if agents else None


# ---------------------------------------------------------------- speakers

# where a body publishes what it says: ``на сайте мэрии``, ``в твиттере X``, ``в группе X «ВКонтакте»``
PUBLICATION_PLACES = frozenset({"сайт", "твиттер", "twitter", "микроблог", "блог", "страница", "аккаунт",
                                "группа", "телеграм-канал", "газета"})
# networks a text is posted on, no speaker: ``сообщили в Facebook, что …``
PLATFORMS = frozenset({"facebook", "twitter", "instagram", "telegram", "youtube", "вконтакте", "фейсбук",
                       "твиттер", "инстаграм", "телеграм", "ютуб"})
# the relations of the owner named after a place of publication (``сайте мэрии``, ``твиттере Кларенс-Хаус``)
OWNER_DEPS = ("nmod", "appos", "flat", "flat:foreign")


def _publication_place(verb) -> Optional[Span]:
    """The ``в`` / ``на`` place of publication of the verb that names its owner (``на сайте
    компании X``, ``в твиттере Кларенс-Хаус``; not a bare ``на сайте``), else None."""
    for child in verb.children:
        if child.dep_ == "obl" and child.lemma_ in PUBLICATION_PLACES \
                and any(c.dep_ == "case" and c.lower_ in ("в", "во", "на") for c in child.children) \
                and any(c.i > child.i and c.dep_ in OWNER_DEPS for c in child.children):
            return _noun_phrase(child)
    return None


def _statement(doc: Doc, start: int, end: int, label: str, cue) -> Span:
    """The statement over tokens ``start:end`` with its cue and its speaker's
    mention (the mention is resolved to a name in text order by find_quotes)."""
    quote = Span(doc, start, end, label=label)
    quote._.cue = Span(doc, cue.i, cue.i + 1, label=CUE_LABEL)
    quote._.speaker = _speaker_mention(cue)
    return quote


def _speaker_mention(verb, depth: int = 0) -> Optional[Span]:
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
                and not (c.i > verb.i and verb.morph.get("Voice") == ["Pass"] and verb.lemma_.endswith("ся"))
                # (``Сообщается о трёх пострадавших, среди них раввин``: a passive cue's subject is content)
                and not (c.i > verb.i and any(t.lower_ in CLAUSE_MARKS for t in doc[verb.i + 1:c.i]))]
    # (a subject past ``что`` belongs to the reported clause the parse hung it from)
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
        before = [c for c in subjects if c.i < verb.i]
        return _noun_phrase(max(before, key=lambda c: c.i) if before else subjects[0])
    for child in children:  # ``говорится в заявлении МИД``, ``в указе отмечается``, ``В нём сказано``
        if child.dep_ == "obl" and (child.lemma_ in WRITINGS or _writing_pronoun(child)):
            return _noun_phrase(child)
    place = _publication_place(verb)
    if place is not None:  # ``На сайте мэрии отмечается``, ``в твиттере Кларенс-Хаус объявлено``
        return place
    message = verb.head if verb.dep_ == "acl:relcl" and verb.head.lemma_ in MESSAGE_NOUNS \
        else _message_of_relative(verb)
    if message is not None:
        # ``X распространила заявление, в котором сообщается, что …``: who issued the message
        issuer = [c for c in message.head.children if c.dep_ == "nsubj"] if message.dep_ == "obj" else []
        return _noun_phrase(issuer[0]) if issuer else _noun_phrase(message)
    relative = _relative_place(verb)
    if relative is not None:  # ``на сайте ЦБ, в котором указано``, ``Путин, в пресс-службе которого сообщили``
        return relative
    if verb.morph.get("Number") == ["Plur"] and verb.morph.get("Person") != ["1"]:
        # indefinite-personal ``в министерстве обороны сообщили``, ``в пресс-службе заявили``,
        # ``из Сеула сообщили``, ``в департаменте здравоохранения уточнили``: the body (or place) it
        # happens in speaks; after the verb a body noun or an organisation's name only (``сообщили из
        # прокуратуры``, ``поясняли в Fitch``)
        for child in children:
            if child.dep_ == "obl" and child.pos_ in ("NOUN", "PROPN") \
                    and any(c.dep_ == "case" and c.lower_ in ("в", "во", "из") for c in child.children) \
                    and (child.lemma_ in BODY_NOUNS or child.lemma_ in STATE_BODIES or child.lemma_ in ORG_HEADS
                         or (child.ent_type_ == "ORG" and child.lower_ not in PLATFORMS)
                         or (child.i < verb.i and child.ent_type_ == "LOC")):
                return _noun_phrase(child)
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
    if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i and depth < 2 \
            and not (verb.dep_ == "advcl" and _impersonal_participle(verb)):  # (``Как было объявлено, X …``)
        head = verb.head
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
        if mention is not None and verb.dep_ == "conj" and verb.morph.get("Number") \
                and mention.root.dep_ in ("nsubj", "nsubj:pass") and mention.root.pos_ != "NUM" \
                and mention.root.morph.get("Number") and verb.morph.get("Number") != mention.root.morph.get("Number"):
            return None  # ``Быков попал …, и сейчас говорят о …``: a plural verb is not his
        return mention
    if verb.dep_ in ("root", "ROOT", "parataxis") and not _impersonal_participle(verb):
        # a subject the parse attached elsewhere (an impersonal ``объявлено`` has none)
        k = verb.i - 1
        while k > verb.sent.start and doc[k].text in CLOSE + '"':
            k -= 1
        named = next((e for e in doc.ents if e.end == k + 1 and e.label_ == "ORG"
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
            return t if t.lemma_ in MESSAGE_NOUNS else None
    return None


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
        if child.lemma_ != "ссылка" or child.i < verb.i \
                or any(t.lower_ in CLAUSE_MARKS for t in verb.doc[verb.i + 1:child.i]):
            continue  # (past the verb's clause, another voice's: ``считает, что A, а X со ссылкой на Y …``)
        for source in child.children:
            if source.pos_ in ("NOUN", "PROPN", "PRON") and any(
                    c.dep_ == "case" and c.lower_ == "на" for c in source.children) and (
                    source.pos_ == "PROPN" or _is_person_noun(source)
                    or source.lemma_ in UNNAMED_PEOPLE | BODY_NOUNS | MESSAGE_NOUNS | STATE_BODIES
                    or any(e.start <= source.i < e.end for e in verb.doc.ents)) \
                    and not any(c.lemma_ in OWN for c in source.children):
                # a source, not ``со ссылкой на звонок из полиции``; nor the outlet's own sources
                # (``сообщает "Коммерсантъ" со ссылкой на собственные источники``: the outlet speaks)
                return _noun_phrase(source)
    return None


def _noun_phrase(head) -> Span:
    """The head with its dependents, contiguous around it, cut at punctuation
    and clauses (``Президент США``, ``пресс-служба столичного клуба``)."""
    doc = head.doc
    inside = {t.i for t in head.subtree
              if t.dep_ not in ("acl", "acl:relcl", "parataxis", "case", "punct", "ccomp", "conj", "cc")
              or t.i == head.i or (t.dep_ == "case" and t.head.i > head.i and t.lower_ in ("из", "по"))} \
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
    for ent in doc.ents:  # a name the parse split stays whole
        if ent.start <= last and first < ent.end:
            first, last = min(first, ent.start), max(last, ent.end - 1)
    if head.pos_ == "NOUN" and last + 2 < len(doc) and doc[last + 1].text in OPEN + '"':
        for ent in doc.ents:  # ``газета «Ведомости»``, ``агентство "Интерфакс"``: the name in marks
            if ent.start == last + 2 and ent.end < len(doc) and doc[ent.end].text in CLOSE + '"':
                last = ent.end
                break
    return Span(doc, first, last + 1, label=SPEAKER_LABEL)


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


SPOUSES = frozenset({"жена", "супруга", "вдова", "муж", "супруг"})


def _spouse_of(head, owner) -> bool:
    """``жена российского бизнесмена``: a spouse described by the other's description is a
    person of the text (of the other gender), not a new referent."""
    return head.lemma_ in SPOUSES and bool(head.morph.get("Gender")) and bool(owner.morph.get("Gender")) \
        and owner.morph.get("Gender") != head.morph.get("Gender")


class _Resolver:
    """Canonical names for speaker mentions of one Doc."""

    def __init__(self, doc: Doc):
        self.doc = doc
        # a PER that is only a common noun is a tagger slip (a sentence-initial ``Подруга``), unless
        # the grouping joined it to a fuller name (``Рено`` of ``Джанет Рено``, not the car maker),
        # and so is an ORG that is a common abbreviation (``СМИ``: pymorphy's Abbr without Orgn, unlike ``МИД``)
        named = {e._.entity_id for e in doc.ents if e.label_ == "PER" and len(e.text.split()) > 1} - {None}
        self.ents = [e for e in doc.ents
                     if not (e.label_ == "PER" and e._.entity_id not in named and _common_nouns(e.text))
                     and not (e.label_ == "ORG" and _common_abbreviation(e.text))]
        self.groups = {g["id"]: g for g in (doc._.entity_index or [])}
        self._country: Optional[str] = None
        self._names: Optional[list[list[str]]] = None  # the PER names without titles
        self._attested: Optional[list[list[str]]] = None  # the PER mentions in the nominative
        self.quoted: list[tuple[int, int]] = []  # the quoted stretches (set by find_quotes)

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
                resolved = self.speaker(writing, previous, depth + 1)
                span._.normal, span._.entity_id = resolved._.normal, resolved._.entity_id
            return span
        if any(t.lemma_ == "который" for t in mention):
            ent = self._relative_antecedent(mention)
            if ent is not None:
                span._.normal, span._.entity_id = self.name(ent), ent._.entity_id
            else:
                issuer = self._issuer(mention)
                if issuer is not None and depth < 2:
                    # ``Комитет … распространил сообщение, в котором говорится``: who issued the message
                    resolved = self.speaker(issuer, previous, depth + 1)
                    span._.normal, span._.entity_id = resolved._.normal, resolved._.entity_id
            return span
        ent = self._entity_in(mention)
        words = tokens_of(mention)
        if ent is None and all(w.is_alpha and not CYRILLIC.search(w.text) for w in words) \
                and not words[0].text.islower():
            span._.normal = " ".join(w.text for w in words)  # ``По данным comScore``: a name the tagger missed
            return span
        if ent is not None and self._is_description(ent):  # ``Агентства`` tagged ORG: the body named before
            ent = self._nearest(tokens_of(ent)[0], "ORG")
        elif ent is not None and ent.label_ == "PER" and len(tokens_of(ent)) == 1 \
                and tokens_of(ent)[0].lemma_ in PERSON_TITLES and _common_noun(ent.text):
            ent = self._described(mention, depth)  # ``Папа`` tagged PER: a title, the person it refers to
        elif ent is None:
            head = mention.root
            if head.lemma_ == "который" and len(tokens_of(mention)) == 1 and depth < 2:
                # ``тренер Павел Зорин, который заявил``: the noun the relative clause modifies
                clause = head.head
                while clause.dep_ not in ("acl:relcl", "acl") and clause.head.i != clause.i \
                        and clause.i != clause.head.i and clause.sent.start <= clause.head.i < clause.sent.end \
                        and clause.pos_ not in ("NOUN", "PROPN"):
                    clause = clause.head
                if clause.dep_ in ("acl:relcl", "acl") and clause.head.pos_ in ("NOUN", "PROPN") and clause.head.i < head.i:
                    resolved = self.speaker(_noun_phrase(clause.head), previous, depth + 1)
                    span._.normal, span._.entity_id = resolved._.normal, resolved._.entity_id
                return span
            if (head.lemma_ in PRONOUN_LEMMAS or head.lower_ in POSSESSIVES) and len(tokens_of(mention)) == 1:
                ent = self._antecedent(head)
            elif head.lemma_ in PUBLICATION_PLACES and head.morph.get("Case") == ["Loc"] and depth < 2 and (owner := next(
                    (c for c in head.children if c.i > head.i and c.dep_ in OWNER_DEPS
                     and c.pos_ in ("NOUN", "PROPN") and mention.start <= c.i < mention.end), None)) is not None:
                # ``на сайте столичной мэрии``, ``в твиттере Кларенс-Хаус``: the owner publishes (a
                # subject ``газета 7Плюс`` is the outlet itself)
                resolved = self.speaker(_noun_phrase(owner), previous, depth + 1)
                span._.normal, span._.entity_id = resolved._.normal, resolved._.entity_id
                return span
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
                reporter = self._last_reporter(mention.start) if tokens_of(mention)[-1].i == head.i else None
                if ent is None and reporter is not None and (previous is None or reporter.start >= previous.end) \
                        and reporter.root.i != head.i and depth < 2:
                    # ``Об этом сообщил секретариат … В сообщении говорится``: the last one who spoke,
                    # named or not (``Представитель Лопес сообщил … — говорится в заявлении``)
                    resolved = self.speaker(reporter, depth=depth + 1)
                    span._.normal, span._.entity_id = resolved._.normal, resolved._.entity_id
                    return span
                if ent is None and previous is not None and tokens_of(mention)[-1].i == head.i \
                        and self._sentences_between(previous.end - 1, mention.start) <= WINDOW:
                    # ``В сообщении говорится``, no source named: the source reported just before
                    span._.normal = previous._.speaker._.normal
                    span._.entity_id = previous._.speaker._.entity_id
                    return span
                signer = self._signer(mention) if ent is None and len(tokens_of(mention)) == 1 and depth < 2 else None
                if signer is not None:
                    # ``Путин подписал указ … В документе говорится``: who signed or issued it
                    resolved = self.speaker(signer, depth=depth + 1)
                    span._.normal, span._.entity_id = resolved._.normal, resolved._.entity_id
                    return span
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
                if named:
                    # ``в министерстве обороны Японии сообщили``: the mention names the body itself
                    name = _org_name(self.doc, mention.start, mention.end)
                    country = self.country()
                    placed = any(e.start > head.i and e.end <= mention.end and e.label_ in ("LOC", "ORG", "PER")
                                 for e in self.ents)  # ``министерство обороны ДНР``: its place is named
                    # (``Администрация Дональда Трампа``: its owner)
                    if country is not None and not self._names_country(name) and not placed:
                        name = f"{name} {country}"
                    span._.normal = name
                    return span
            elif head.lemma_ in REPRESENTATIVES and head.morph.get("Number") == ["Plur"] and depth < 2 and (
                    bodies := [t for t in mention if t.head.i == head.i and t.dep_ == "nmod" and t.i > head.i
                               and t.lemma_ in BODY_NOUNS]) and any(not list(t.children) or _country_body(mention, t)
                                                                    for t in bodies):
                # ``представители прокуратуры``, ``сотрудники полиции``: the body named before speaks
                # (not ``представители партии президента Зимбабве``: a body described, unnamed)
                resolved = self.speaker(_noun_phrase(bodies[0]), previous, depth + 1)
                span._.normal, span._.entity_id = resolved._.normal, resolved._.entity_id
                return span
            elif _is_person_noun(head) or (head.lemma_ == "один" and head.pos_ == "NUM"):
                # a name in apposition the noun phrase left out (``координатор движения «Левый
                # фронт» Сергей Удальцов``, ``Глава Ассоциации … и супруга музыканта Эльжбета
                # Пендерецкая``, ``один из зрителей, 62-летний Хоакин Ортис``), else what the
                # description refers to (``президент``)
                ent = self._ent_of(head) if is_parsed(head) else None
                after = self._apposed_after(mention) if ent is None or ent.label_ != "PER" else None
                if after is not None:
                    ent = after
                    span = Span(self.doc, mention.start, ent.end, label=SPEAKER_LABEL)
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
            if ent.label_ == "PER" and (_gender(ent) == "Fem" or _verb_gender(mention.root) == "Fem"):
                span._.normal = self._as_woman(ent, span._.normal)
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
        elif span._.normal is None:
            ent = next((e for e in self.doc.ents if e.start == mention.start and e.end == mention.end), None)
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
            ent = next((e for e in self.ents if e.start == j and e.label_ == "PER"), None)
            if ent is not None:
                nxt = doc[ent.end] if ent.end < sent.end else None
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
                person = next((p for p in found if p.label_ == "PER" and p.end == mention.end and p.start > e.end),
                              None) if e.label_ == "ORG" and e.end - e.start == 1 else None
                return person or e
        if head.lemma_ in MESSAGE_NOUNS and self._author_described(mention) is not None:
            return None  # ``в поздравлении президента России``: the president, not Russia
        case = head.morph.get("Case")
        if head.pos_ == "NOUN" and head.morph.get("Animacy") == ["Anim"]:
            # ``представитель партии Цвангираи``: only a name in apposition is the speaker, else
            # the last person's name in the head's case (``защитник Алёхиной Александр Подрабинёк``)
            if head.lemma_ in REPRESENTATIVES and head.morph.get("Number") == ["Plur"]:
                # ``представители ПНС``: the organisation's representatives speak for it (not a
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
            appos = [e for e in found if _apposed(e, head)]
            same = [e for e in found if e.label_ == "PER" and case and e.root.morph.get("Case") == case]
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
                         and all(_may_be(w, "femn") for w in e.text.split())]
            found = appos + same[::-1]
            if head.morph.get("Number") == ["Plur"] and head.lemma_ not in REPRESENTATIVES:
                # ``комментаторы TJournal``: people other than its representatives are not the organisation
                found = [e for e in found if e.label_ == "PER"]
        elif head.lemma_ in ORG_HEADS and found and all(e.label_ == "LOC" for e in found) \
                and _organisation_phrase(mention) is not None:
            return None  # ``департамента транспорта Москвы``: the body its own phrase names, not the city
        elif head.lemma_ not in MESSAGE_NOUNS:
            same = [e for e in found if not case or e.root.morph.get("Case") in (case, [])]
            if not same and head.pos_ == "NOUN" and head.lemma_ not in UNNAMED_PEOPLE:
                # a part of an organisation speaks for it: ``Секретариат МАГАТЭ``, ``штаб кампании``
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
        place or an organisation (``министерство обороны ДНР``)."""
        for t in reversed(self.doc[:token.i]):
            if t.lemma_ != token.lemma_ or self._in_quote(t.idx):
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
                       for e in self.doc.ents)
        joined = [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                  and c.i >= mention.end and any(g.dep_ == "cc" and g.lower_ == "и" and not (g.i > 0
                      and self.doc[g.i - 1].pos_ == "NOUN" and self.doc[g.i - 1].ent_iob_ == "O") for g in c.children)]
        # (``и``: not an apposition after a comma; the rare coordination looked for before the names;
        # not one joined to a common noun, an apposition's own: ``Стив Джобс, глава и символ компании``)
        return bool(joined) and named(head) and any(named(c) for c in joined)

    def _signer(self, mention: Span) -> Optional[Span]:
        """The subject of the verb that took the last document named before (``Путин подписал
        указ``, ``ФСБ зарегистрировала и опубликовала приказ``) within ``WINDOW`` sentences, else None.
        In a sentence with no cue (not parsed): the nominative name before the noun, or after it past
        a verb (``законопроект внёс в Госдуму президент Владимир Путин``), or, for a noun before any
        verb (``Указ о назначении опубликован``), the person the sentence before names."""
        for t in reversed(self.doc[:mention.start]):
            if self._sentences_between(t.i, mention.start) > WINDOW:
                return None
            if t.lemma_ not in SIGNED_NOUNS or self._in_quote(t.idx) or t.i >= mention.start - 1:
                continue
            before = t.i - 1  # (its adjectives skipped: ``не согласился с новым указом`` names no signer)
            while before > t.sent.start and self.doc[before].pos_ in ("ADJ", "DET"):
                before -= 1
            if self.doc[before].pos_ == "ADP":
                continue
            if not is_parsed(t):  # a sentence with no cue is not parsed: the nominative name before the noun
                named = [e for e in self.ents if e.label_ in ("PER", "ORG") and t.sent.start <= e.start
                         and e.end < t.i and _nominative(e) and e.root.morph.get("Case") == ["Nom"]
                         and (any(w.pos_ == "VERB" for w in self.doc[e.end:t.i])
                              or self.doc[t.i - 1].lemma_ == "свой")]  # (``Путин своим указом освободил``)
                # or after it, past a signing verb with no other verb between: ``законопроект внёс в
                # Госдуму президент Владимир Путин`` (not ``… а в среду его раскритиковал депутат X``)
                named = named or [e for e in self.ents if e.label_ == "PER" and t.i < e.start and e.end <= t.sent.end
                                  and _nominative(e) and e.root.morph.get("Case") == ["Nom"]
                                  and (verbs := [w for w in self.doc[t.i:e.start] if w.pos_ == "VERB"])
                                  and len(verbs) == 1 and verbs[0].lemma_ in SIGNING_VERBS]
                if not named and not any(w.pos_ in ("VERB", "AUX") for w in self.doc[t.sent.start:t.i]) and t.sent.start:
                    # ``Путин назначил … посла. Указ о назначении опубликован …``: the person whose act the
                    # previous sentence told
                    previous = self.doc[t.sent.start - 1].sent
                    named = [e for e in self.ents if e.label_ == "PER" and previous.start <= e.start
                             and e.end < previous.end and _nominative(e) and e.root.morph.get("Case") == ["Nom"]
                             and any(w.pos_ == "VERB" for w in self.doc[e.end:previous.end])][:1]
                if named:
                    return Span(self.doc, named[0].start, named[0].end, label=SPEAKER_LABEL)
                continue
            if t.dep_ != "obj" and not (t.dep_ == "obl" and t.morph.get("Case") == ["Ins"]):
                continue  # (``Путин своим указом освободил …``: the instrument is his too)
            verb = t.head
            for _ in range(2):  # (a conjunct verb shares the first one's subject)
                subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
                if subjects:
                    return _noun_phrase(subjects[0])
                if verb.dep_ != "conj":
                    break
                verb = verb.head
        return None

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
            issuer = [c for c in t.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")] \
                if t.dep_ == "obj" else []
            return _noun_phrase(issuer[0]) if issuer else _noun_phrase(t)
        return None

    def _issuer(self, mention: Span) -> Optional[Span]:
        """The subject of the verb whose object is the message noun a relative ``в котором``
        refers to (``X распространил сообщение для печати, в котором …`` → X), else None."""
        doc = self.doc
        k = mention.start - 1
        while k > mention.sent.start and doc[k].text != ",":
            k -= 1
        noun = next((t for t in reversed(doc[max(mention.sent.start, k - 4):k]) if t.lemma_ in MESSAGE_NOUNS), None)
        if noun is None or noun.dep_ != "obj":
            return None
        subjects = [c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        return _noun_phrase(subjects[0]) if subjects else None

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
        for t in self._subjects_before(pronoun.i):
            if t.morph.get("Number") == ["Plur"] and t.pos_ != "PROPN":
                continue  # ``следователи``: no antecedent of a singular pronoun
            ent = self._ent_of(t)
            if ent is not None and ent.label_ == "ORG" and ent.end - ent.start == 1:
                ent = self._entity_in(_noun_phrase(t)) or ent  # (a title read as an organisation)
            if ent is not None and ent.label_ == "PER":
                if _agrees(_verb_gender(t) or _gender(ent), gender):
                    return ent
            elif t.lemma_ in PRONOUN_LEMMAS and t.morph.get("Number") != ["Plur"]:
                if _agrees(_subject_gender(t), gender) and depth < 3:
                    found = self._antecedent(t, depth + 1)
                    if found is not None:  # an unresolved pronoun before: look further back
                        return found
            elif _is_person_noun(t) and _agrees(_subject_gender(t), gender):
                return self._described(_noun_phrase(t), depth + 1)
        return self._near(pronoun.i, gender)

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
        ``владелец летной школы``) is a new, unnamed person: None."""
        head = mention.root
        if head.morph.get("Number") == ["Plur"]:
            return None
        if head.lemma_ in GENERIC_PEOPLE:
            # ``по словам женщины`` right after ``мать пограничника Светлана Ващенко``; a man
            # introduced as ``молодой мужчина`` with no name near stays unnamed
            before = self.doc[head.i - 1] if head.i else None
            if before is not None and before.pos_ == "ADJ" and before.morph.get("Case") == head.morph.get("Case"):
                return None  # ``молодой мужчина``: a new person introduced
            return self._near(head.i, _subject_gender(head))
        if head.lemma_ in UNNAMED_PEOPLE:
            # a role rarely named is unnamed, unless the text gave a person that very title just
            # before (``заявил прокурор Жан-Франсуа Рикар`` … ``По словам прокурора``)
            if len(tokens_of(mention)) > 1:
                return None
            titled = [e for e in self.ents if e.label_ == "PER" and e.start < mention.start
                      and self._sentences_between(e.start, mention.start) <= WINDOW
                      and any(_same_title(head, t) for t in self._title_of(e))]
            if titled:
                return titled[-1]
            # the named person who spoke in the statement right before goes on (``Заведующий
            # отделением Дмитрий Мясников заявил, что … «…», — сказал врач``), not an unnamed source
            previous = getattr(self, "_previous", None)
            if head.lemma_ in SOURCES or previous is None \
                    or self._sentences_between(previous.end - 1, mention.start) > 1:
                return None
            return self._continued_speaker(mention, _subject_gender(head))
        gender = _subject_gender(head)
        if "\n" not in text_of(self.doc)[:mention.start_char]:
            # a headline's ``Президент ABC News объявил …``: the person the text then gives that
            # title (``Дэвид Уэстин, … занимавший пост президента телекомпании ABC News``)
            for e in self.ents:
                if e.label_ == "PER" and e.start >= mention.end and _agrees(_gender(e), gender) and any(
                        _same_title(t, head) and not e.start <= t.i < e.end for t in e.sent):
                    return e
        for t in mention:
            if t.i == head.i or t.is_space:
                continue
            if t.lower_ in POSSESSIVES or t.lemma_ in PRONOUN_LEMMAS:
                return None
            ent = self._ent_of(t)
            if ent is not None and ent.label_ == "PER":
                return None
            if t.head.i == head.i and t.dep_ == "nmod" and t.pos_ == "NOUN" and ent is None \
                    and t.lemma_ not in ANAPHORIC_NOUNS and not _spouse_of(head, t) \
                    and not (head.lemma_ in PERSON_TITLES and (any(c.dep_ == "amod" for c in t.children)
                                                               or t.lemma_ in POSTS)):
                # (a title's post, ``Глава католической церкви``, ``Председатель правления фонда``, is no
                # other referent)
                return None
        gender = _subject_gender(head)
        if any(t.lemma_ == "сам" for t in mention) and depth < 3:
            return self._antecedent(head, depth + 1)  # ``сама певица``: the person the text is about
        titled = [e for e in self.ents if e.label_ == "PER" and e.start < mention.start
                  and any(_same_title(head, t) for t in self._title_of(e)) and _agrees(_gender(e), gender)]
        if titled:
            # the one whose title has the mention's modifiers (``президента США`` → Обама, not
            # ``бывшего президента ЮАР Нельсона Манделы`` named after him)
            marks = {t.lower_ for t in mention if t.i != head.i and not t.is_punct and not t.is_space}
            matching = [e for e in titled if marks and marks <= {t.lower_ for t in self._title_phrase(e)}]
            return (matching or titled)[-1]
        # the person a sentence gives the title as its subject (``Картер принёс присягу в
        # качестве министра обороны`` … ``новый министр заявил``)
        linked = [e for e in self.ents if e.label_ == "PER" and e.start < mention.start
                  and (any(t.dep_ in ("nsubj", "nsubj:pass") for t in e)
                       or (not is_parsed(e.root) and _nominative(e)))  # sentences without a cue are not parsed
                  and any(_same_title(t, head) and not (e.start <= t.i < e.end)
                          and t.morph.get("Case") in (["Nom"], ["Gen"], ["Ins"]) for t in e.sent)
                  and _agrees(_gender(e), gender)]
        if linked:
            return linked[-1]
        main = self._main_person(mention, gender)
        continued = self._continued_speaker(mention, gender)
        if continued is not None and not self._overshadowed(continued, main, mention):
            return continued
        for t in self._subjects_before(mention.start):
            ent = self._ent_of(t)
            if ent is not None and ent.label_ == "PER" and _agrees(_verb_gender(t) or _gender(ent), gender) \
                    and not self._titled_otherwise(ent, head.lemma_):
                if self._overshadowed(ent, main, mention):
                    continue
                return ent
            if t.lemma_ in PRONOUN_LEMMAS and t.morph.get("Number") != ["Plur"] and depth < 3 \
                    and _agrees(_subject_gender(t), gender):
                return self._antecedent(t, depth + 1)
        near = self._near(head.i, gender)
        if near is not None and not self._titled_otherwise(near, head.lemma_):
            return near
        return main

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
        Говард``) or governing it as an apposition (``президент Боливии Эво Моралес``)."""
        out = [t for t in ent if t.pos_ == "NOUN"]
        root = ent.root
        if root.dep_ in ("appos", "flat", "flat:name", "nmod") and root.head.i < ent.start:
            out.append(root.head)
        k = ent.start - 1
        while k >= 0 and self.doc[k].is_space:
            k -= 1
        if k >= 0 and self.doc[k].pos_ == "NOUN":
            out.append(self.doc[k])
        return out

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
        """Sentence boundaries between tokens ``a`` and ``b``, quoted sentences not counted."""
        return sum(1 for s in self.doc[a:b].sents if not self._in_quote(s.start_char)) - 1

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
            if e.start > token.i and e.label_ == "PER" and not self._modifies_noun(e, token) and (
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
            before = [e for e in before if (e._.normal or e.text).split()[0].lower() in STATE_BODIES
                      or (any(t.lemma_ in STATE_SERVICES for t in e) and not self._is_outlet(e))]
            # ``полиция`` is no other body (not the last ``ФСБ``); ``министерство`` a ministry first
            if token.lemma_ in OWN_GOVERNMENTS:  # ``правительство`` is a government, not the last ``МВД``
                same = [e for e in before if any(w in (e._.normal or e.text).lower() for w in GOVERNMENT_WORDS)]
            else:
                same = [e for e in before if token.lemma_[:5] in (e._.normal or e.text).lower()]
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
        return before[-1] if before else None

    def _named_with(self, ent: Span, noun: str) -> bool:
        """The entity's name, or its group's, has the word ``noun`` (``Европейский суд …``)."""
        return any(noun in n.lower().split() for n in (
            ent._.normal or ent.text, (self.groups.get(ent._.entity_id) or {}).get("name") or ""))

    def _is_outlet(self, ent: Span) -> bool:
        """An outlet: a known name (``outlets.txt``) or one the text introduces with an
        outlet noun (``газета The New York Post``, ``пишет издание «Ведомости»``)."""
        if (ent._.normal or ent.text).lower() in OUTLETS or ent.text.lower() in OUTLETS:
            return True
        k = ent.start - 1
        while k >= 0 and (self.doc[k].is_space or self.doc[k].text in MARKS):
            k -= 1
        return k >= 0 and ORG_KINDS.get(self.doc[k].lemma_) == "outlet"

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

    def name(self, ent: Span) -> str:
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
        normals = [e._.normal or e.text for e in members]
        # the fullest name the text uses, with the country a mention gives it in the genitive
        # (``Переходного Национального Совета Ливии`` → Переходный Национальный Совет Ливии)
        name = _unperiod(max((n for n in normals if n.startswith(name)), key=len, default=name))
        name = name.strip(MARKS + " ") or name  # (a mention's normal with a mark the tagger took in)
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
        if not any(n.split()[0].lower() in STATE_BODIES for n in normals if n):
            return name
        countried = [n for n in normals if self._names_country(n)]
        if countried:  # ``МВД Украины`` named in the text
            return min(countried, key=len)
        acronyms = [n for n in normals if n.isupper() and len(n.split()) == 1]
        base = acronyms[0] if acronyms else name
        country = self.country()
        return base if country is None else f"{base} {country}"

    def _region_of(self, members: list, countries: list) -> Optional[str]:
        """``по Челябинской области`` right after a mention of the organisation (or after its
        country): the regional branch the text names, else None."""
        doc = self.doc
        if not any(t.lower_ in STATE_BODIES or t.lemma_ in STATE_SERVICES for t in members[0]):
            return None  # (a state body's branch: not ``Европейский суд … по Катыни``, a case)
        for e in members:
            end = next((l.end for l in countries if l.start == e.end), e.end)
            if end + 1 < len(doc) and doc[end].lower_ == "по":
                place = next((l for l in self.ents if l.start == end + 1 and l.label_ == "LOC"), None)
                if place is not None:
                    return f"по {place.text}"
        return None

    def _as_woman(self, ent: Span, name: str) -> str:
        """A woman's name the grouping put in a man's nominative (``Александра Панфилова`` read
        as the genitive of Александр Панфилов): the fullest mention whose words share each
        word's stem and can all be a woman's nominative, as written, hers first, then any
        person's; else the name."""
        words = name.split()
        if all(_may_be(w, "femn") for w in words):
            return name
        # (of any group: a first name alone, ``Юлия``, is its own group, completed by ``_full_name``)
        for e in sorted((e for e in self.ents if e._.entity_id == ent._.entity_id or e.label_ == "PER"),
                        key=lambda e: (e._.entity_id == ent._.entity_id, len(e)), reverse=True):
            written = e.text.split()
            if len(written) == len(words) and all(_stem(a, b) for a, b in zip(written, words)) \
                    and all(_may_be(w, "femn") for w in written):
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
                return None
            # the country the text's state bodies belong to (``Посольство РФ``, ``МИД РФ``: a text on
            # Russians kidnapped in Syria), else the first country that is a subject, else the first
            def owned(s: Span) -> bool:  # right after a state body's noun, in any case
                return s.start > 0 and self.doc[s.start - 1].lemma_.lower() in STATE_BODIES

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


def _bare_name(mention: Span) -> Optional[str]:
    """A source the tagger named no entity: a lone capitalised proper noun as the subject
    (``Викиновости сообщали``), or a name in marks right after the mention's head
    (``телеграм-канал «Опер слил»``, ``газеты ''The Washington Post''``); else None."""
    head = mention.root
    words = tokens_of(mention)
    if len(words) == 1 and head.pos_ == "PROPN" and head.dep_ in ("nsubj", "nsubj:pass") \
            and head.morph.get("Case") in (["Nom"], []) and head.text[:1].isupper() and head.is_alpha \
            and not _common_noun(head.text):
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
            or any(e.start > head.i and e.end <= mention.end and e.label_ in ("PER", "ORG", "LOC") for e in doc.ents)
            or (first.i != head.i and first.text[:1].isupper() and first.i != first.sent.start
                and all(t.pos_ in ("ADJ", "NOUN") for t in after))):
        # (neither a ``по`` phrase nor a name after the head, nor a capital opening the name in
        # mid-sentence: ``сообщила Кубинская федерация лёгкой атлетики``)
        return None
    return _org_name(doc, mention.start, mention.end) or None


def _qualified_organisation(mention: Span, ent: Span, name: str) -> str:
    """An ORG the tagger cut short inside its mention, named by the whole phrase from the entity
    on when the rest qualifies it with names or a ``по`` phrase (``Управление информации`` in
    ``Управление информации МЧС России``, ``ГУ`` in ``ГУ МВД``, ``Главное управление Нацполиции
    по Кировоградской области``, ``Международный трибунал по бывшей Югославии``), else ``name``."""
    doc = mention.doc
    if not (mention.start <= ent.start and ent.end < mention.end) \
            or any(t.pos_ not in ("ADJ", "DET") for t in tokens_of(doc[mention.start:ent.start])):
        return name
    rest = tokens_of(doc[ent.end:mention.end])
    if not rest or any(t.pos_ in ("VERB", "AUX", "PRON") or t.is_punct for t in rest) \
            or not (rest[0].lower_ == "по" or (rest[0].ent_iob_ == "B" and rest[0].ent_type_ in ("ORG", "LOC"))):
        return name
    whole = _org_name(doc, ent.start, mention.end)
    return whole if whole and len(whole.split()) > len(name.split()) else name


def _name_part(word: str, grammeme: str) -> bool:
    """pymorphy's first reading of the word has the grammeme (``Name``, ``Patr``, ``Surn``)."""
    parses = models.morph_vocab().parse(word)
    return bool(parses) and grammeme in parses[0].tag.grammemes


def _common_noun(word: str) -> bool:
    """Every pymorphy reading of the word is a known common noun (not a name part)."""
    parses = models.morph_vocab().parse(word)
    return bool(parses) and all(p.is_known and p.tag.POS == "NOUN" and not ({"Name", "Surn", "Patr"} & p.tag.grammemes)
                                for p in parses)


def _unperiod(name: str) -> str:
    """A name without the sentence's period the tagger took in (``передает Би-би-си.``);
    an initial or an abbreviation keeps its own (``Дж.``, ``США.`` is rare)."""
    last = name.split()[-1] if name.split() else ""
    if name.endswith(".") and "." not in last[:-1] and len(last) > 4:
        return name[:-1]
    return name


def _animate(word: str) -> bool:
    return any(p.tag.animacy == "anim" for p in models.morph_vocab().parse(word))


def _common_abbreviation(text: str) -> bool:
    parses = models.morph_vocab().parse(text) if text.isupper() and " " not in text else []
    return bool(parses) and all(p.is_known and "Abbr" in p.tag.grammemes and "Orgn" not in p.tag.grammemes
                                for p in parses)


def _common_nouns(text: str) -> bool:
    words = text.split()
    return bool(words) and all(_common_noun(w) for w in words)


CASES = {"Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


def _stem(a: str, b: str) -> bool:
    """Two words of a name share a stem: equal but for an ending of up to three letters."""
    a, b = a.lower().replace("ё", "е"), b.lower().replace("ё", "е")
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n >= min(len(a), len(b), 4) and n >= max(len(a), len(b)) - 3


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


def _apposed(ent: Span, head) -> bool:
    """The name stands in apposition to ``head`` (or to a noun coordinated with it), in its case."""
    root = ent.root
    if root.dep_ not in ("appos", "flat", "flat:name"):
        return False
    if root.head.i != head.i and not (root.head.dep_ in ("conj", "appos") and root.head.head.i == head.i):
        return False  # (``Известный музыкант, пианист Евгений Кисин``: a chain of appositions)
    a, b = root.morph.get("Case"), head.morph.get("Case")
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


def _is_person_noun(token) -> bool:
    """An animate common noun; a capitalised title the tagger took for a name counts
    (``Российский Президент``), and so does a sentence's first word that is only ever a
    common noun (``Актёр отметил``)."""
    if token.morph.get("Animacy") != ["Anim"]:
        return False
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and not token.is_sent_start is None and (
        token.lemma_ in PERSON_TITLES or (token.text[:1].isupper() and _first_word(token) and _common_noun(token.text))))


def _first_word(token) -> bool:
    return all(t.is_space or t.is_punct for t in token.doc[token.sent.start:token.i])


def _agrees(a: Optional[str], b: Optional[str]) -> bool:
    return a is None or b is None or a == b


def _verb_gender(token) -> Optional[str]:
    """A subject's gender as its past-tense verb shows it, else None."""
    verb = token.head
    if token.dep_ in ("nsubj", "nsubj:pass") and verb.morph.get("Gender") and verb.morph.get("Number") != ["Plur"]:
        return verb.morph.get("Gender")[0]
    return None


def _subject_gender(token) -> Optional[str]:
    """A subject's gender as its past-tense verb shows it (``глава … сказала``), else its own."""
    g = token.morph.get("Gender")
    return _verb_gender(token) or (g[0] if g else None)


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


def _voted_gender(ent: Span):
    """``_gender``'s majority over the group's mentions: a gender, None on a tie, or
    ``_NO_VOTES`` when no mention shows one."""
    votes: dict[str, int] = {}
    mentions = [e for e in ent.doc.ents if e._.entity_id == ent._.entity_id or e.text == ent.text]
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
    genders = {p.tag.gender for p in models.morph_vocab().parse(t.text.lower())
               if p.tag.POS in ("ADJF", "ADJS", "PRTF", "PRTS") and p.tag.number == "sing"} - {"neut"}
    if genders == {"masc"}:
        return "Masc"
    return "Fem" if genders == {"femn"} else None


# titles news shortens (``Генпрокурор Саудовской Аравии`` … ``Генеральный прокурор … Сауд
# аль-Моджеб``): the short form → the head word of the long one and its modifier, if any
SHORT_TITLES = {"генпрокурор": ("прокурор", "генеральный"), "генсек": ("секретарь", "генеральный"),
                "премьер-министр": ("премьер", None)}


def _same_title(a, b) -> bool:
    """Tokens ``a`` and ``b`` give one title: one lemma, or a short form and its long one
    (``генпрокурор`` and ``генеральный прокурор``; not ``прокурор Татарстана``)."""
    if a.lemma_ == b.lemma_:
        return True
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
    if ORG_KINDS.get(body.lemma_) != "state":
        return None  # (``британской компании``: a company described, unnamed)
    for t in mention:
        if t.head.i == body.i and t.dep_ == "amod":
            place = gazetteer.demonym(t.lemma_)
            if place is not None and place.kind == "country":
                word = body.text if body.text.isupper() else body.lemma_
                word = word.capitalize() if body.lemma_ in OWN_GOVERNMENTS else word
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


__all__ = ["SPEECH_LEMMAS", "find_quotes", "quote_pairs", "quotes"]
