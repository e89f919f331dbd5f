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

The speaker mention (``mention``) is resolved to a canonical name (``resolve``).

Modules, each depending only on those before it:

- ``words``: the word lists (``resources/quotes/`` and small sets);
- ``marks``: quotation marks paired into quotes (``quote_pairs``, ``pairs_of``);
- ``cues``: token predicates the others share (a speech cue, a ``что`` clause,
  a negation, a noun phrase, a name in marks);
- ``mention``: the speaker mention of a cue;
- ``resolve``: the mention's canonical name (``_Resolver``);
- ``indirect``: indirect and mixed statements;
- ``direct``: quotes in marks, dialogue, unmarked paragraphs, headlines;
- this module: the stage, ``find_quotes`` running them in order.

Round eight (list d's errors), as mechanisms:
- the cue's subject: a pronoun that disagrees with the past verb's gender is not it; a
  nominative right before the cue (or trailing after it) that the parse hung on another verb
  is; a conjunct verb of another number than the reported clause's verb belongs to the speech
  verb above it; a passive cue's subject (``Сообщается о …``) is content; ``X и Y заявили``
  (two named) is a joint statement with no one name;
- descriptions: ``в котором`` after a message noun is its issuer; ``в документе`` the signer
  of the last document named; ``ведомство`` any state service (also one the tagger saw only the
  place of: ``Прокуратура Пермского края``); a bare state noun the more recent phrase that named
  it (with its adjective: ``федеральная прокуратура Бельгии``, ``Британская полиция``); plural ``представители/сотрудники/агенты <body>`` the body; an organisation no
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
from typing import Optional, Sequence

from spacy.tokens import Doc, Span

from ..doc import Document, relabel, text_of, tokens_of
from ..meta import dateline_span
from ..stages import stage
from .cues import _stem, forget_ents, _is_cue_verb, _is_name, _is_person_noun, _named_later
from .direct import (
    _back_reference, _colon_after_cue, _colon_in_clause, _colon_paragraphs, _cue_after, _cue_before,
    _dialogue, _headline, _interrupted, _name_colon, _named_by_noun, _proposal_over, _resumed,
    _sentence_like, _shouted, _sourceless_fragment, _to_quote_close, _uncued_sentences, _unmarked_paragraphs,
    _words_before)
from .indirect import _indirect, _statement
from .marks import pairs_of, quote_pairs
from .resolve import BRANCHES, _Resolver
from .words import DASHES, RELAYING_VERBS, SPEECH_LEMMAS

__all__ = ["SPEECH_LEMMAS", "find_quotes", "pairs_of", "quote_pairs", "quotes"]


@stage("quotes")
def quotes(documents: Sequence[Document]) -> None:
    for document in documents:
        if document.doc is not None:
            document.doc.spans["quotes"] = find_quotes(document.doc)


def _noun_pair_before(doc: Doc, open_: int) -> bool:
    """The two words before the mark at ``open_`` have a noun and no speech verb (``Ремонт дороги «…»``,
    ``Посольство принимает «…»``; not ``Президент заявил «…»``, whose quote is his)."""
    mark = doc.char_span(open_, open_ + 1, alignment_mode="expand")
    if mark is None:
        return False
    words = [t for t in doc[mark[0].sent.start:mark[0].i] if t.is_alpha][-2:]
    return any(t.pos_ in ("NOUN", "PROPN") for t in words) and not any(_is_cue_verb(t) for t in words)


def _whole_quote(doc: Doc, quote: Span, pairs: list[tuple[int, int]]) -> Span:
    """A statement that is one whole quote in marks after an attribution with no ``что``
    (``По словам Пескова, «Кремль не видит угрозы»``, ``Как отметил министр, «…»``) is direct, the
    marks left out (QUOTES.md, list l); a partly quoted one, or one after ``что``, stays mixed."""
    cue = quote._.cue
    if cue is None or cue.start_char > quote.start_char \
            or not any(s == quote.start_char and e + 1 == quote.end_char for s, e in pairs) \
            or re.search(r"(?<!\w)(?:что|будто|чтобы)(?!\w)", text_of(doc)[cue.end_char:quote.start_char], re.I):
        return quote
    span = doc.char_span(quote.start_char + 1, quote.end_char - 1, alignment_mode="contract")
    if span is None or not len(span):
        return quote
    direct = Span(doc, span.start, span.end, label="direct")
    direct._.cue, direct._.speaker = cue, quote._.speaker
    return direct


def find_quotes(doc: Doc) -> list[Span]:
    """The statements of one parsed Doc, in text order."""
    forget_ents()  # (``ents_of`` reads the Doc's entities afresh, and lets go of them after)
    try:
        return _find_quotes(doc)
    finally:
        forget_ents()


def _find_quotes(doc: Doc) -> list[Span]:
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
        between = text_of(doc)[end:after.idx] if after is not None else ""
        if after is not None and _is_name(doc, start, end) and re.search(r"\w", between) \
                and not any(d in between for d in DASHES):
            # ``Как передает «Интерфакс», министр опроверг``: a name, a comma and a subject before the verb
            # is no quote (``«Нет», — отрезал он``, ``«Это неловко», сказала Пайпер`` are)
            continue
        shouted = None if inner else _shouted(doc, start)
        if shouted is not None:  # ``он кричал «Аллаху акбар», заявил прокурор``: the innermost voice
            after = None
        if after is not None and (_words_before(doc, start) >= 3 or _words_before(doc, start) == 2 and not any(
                d in between for d in DASHES) and _noun_pair_before(doc, start)) and not _colon_after_cue(doc, start):
            # (``Ремонт дороги «…», сообщили``; not ``Президент заявил «…», сообщает ТАСС``, ``Кроме того, «…»``)
            attributed = (end, after, True)  # (a quote resumed after the attribution is the speaker's own)
            continue  # ``Китай — «выгоден нам», заявил премьер``: a fragment of a mixed statement
        before = None if inner else _cue_before(doc, start)
        if after is not None and after.lemma_ in RELAYING_VERBS and after.morph.get("Tense") == ["Pres"] \
                and before is not None:
            after = None  # ``X заявил: «…», сообщает Лента.ру``: the innermost source, X, speaks
        cue = inner or after or before or shouted or _resumed(doc, attributed, start, end) \
            or _back_reference(doc, start, end)
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
            quote = _whole_quote(doc, quote, pairs)
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
    dateline = dateline_span(text_of(doc))
    if dateline is not None:
        out = [q for q in (_after_dateline(q, dateline[1]) for q in out) if q is not None]
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
                resolver.last_statement = previous
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
    _fullest_names(out, resolver)
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


def _after_dateline(quote: Span, end: int) -> Optional[Span]:
    """The statement without the article's dateline (ending at char ``end``) it opens with (``Москва.
    6 января. INTERFAX.RU - Институт начнет …, сообщил X``, ``САНТЬЯГО, 4 марта — …``: the outlet's
    header, not what X said); None when nothing is left."""
    if not quote.start_char < end < quote.end_char:
        return quote
    start = next((t.i for t in quote if t.idx >= end and not (t.is_space or t.is_punct)), None)
    if start is None:
        return None
    clipped = Span(quote.doc, start, quote.end, label=quote.label_)
    clipped._.cue, clipped._.speaker = quote._.cue, quote._.speaker
    return clipped


# the words of the heads of a body's branch before the body's name (``ГУ МЧС …``, ``Главное управление МВД …``)
BRANCH_WORDS = frozenset(word.lower() for head in BRANCHES for word in head.split())


def _same_word(a: str, b: str) -> bool:
    """One word of a name in two forms: an acronym only as written (``СК`` is not ``СКА``),
    another word by its stem (``Роспотребнадзора`` / ``Роспотребнадзор``)."""
    if a.isupper() or b.isupper():
        return a == b
    return _stem(a, b)


def _regional(words: list[str]) -> bool:
    """A name that ends with its region (``МЧС России по Москве``)."""
    return any(w.lower() == "по" and k + 1 < len(words) and words[k + 1][:1].isupper() for k, w in enumerate(words))


def _extends(short: list[str], long: list[str], same_group: bool) -> bool:
    """``long`` names more of the body ``short`` names (lists of words): more words after it,
    when both are names of one entity group (``Европейский суд`` → ``… по правам человека``; a
    region, only for a branch: not ``МЧС России`` → ``МЧС России по Москве``, a ministry and its
    branch), or a branch's head before a branch's name with its region, in any group (``МЧС
    России по Москве`` → ``Главное управление МЧС России по Москве``; not ``СК России`` →
    ``Главное следственное управление СК России``)."""
    n = len(short)
    if len(long) <= n:
        return False
    if same_group and all(_same_word(a, b) for a, b in zip(long, short)):
        return not _regional(long[n - 1:]) or short[0].lower() in BRANCH_WORDS
    return _regional(short) and all(_same_word(a, b) for a, b in zip(long[-n:], short)) \
        and all(w.lower() in BRANCH_WORDS for w in long[:-n])


def _fullest_names(out: list[Span], resolver: _Resolver) -> None:
    """Each speaker by the fullest name the text gives it (QUOTES.md, "Speaker"): a speaker named
    by part of the one longer name (``_extends``) another speaker or a tagged organisation of
    the text has takes that name (``в ведомстве`` named ``МЧС России по Москве`` after
    ``сообщили в Главном управлении МЧС России по Москве``). A person takes only another
    speaker's name; two such names leave it as it is."""
    speakers = {id(q._.speaker): q._.speaker for q in out if q._.speaker is not None and q._.speaker._.normal}
    names = {(s._.normal, s._.entity_id) for s in speakers.values()}
    bodies = names | {(e._.normal, e._.entity_id) for e in resolver.ents if e.label_ == "ORG" and e._.normal}
    for span in speakers.values():
        person = (resolver.groups.get(span._.entity_id) or {}).get("label") == "PER"
        words = span._.normal.split()
        longer = {name for name, group in (names if person else bodies)
                  if _extends(words, name.split(), group is not None and group == span._.entity_id)}
        if len(longer) == 1:
            span._.normal = longer.pop()


# the title of a web link in the wiki's markup (``[http://… В «Удмуртавтодоре» опровергли задержание ::
# Политика :: РИА Новости]``): another article's headline, not this one's statements (a cue of
# the text's own sentence may sit inside it, ``Буркхальтер [http://… заявил], что …``)
LINK_TITLE = re.compile(r"\[(?:https?://|www\.)\S*\s+([^\[\]]+)\]")
