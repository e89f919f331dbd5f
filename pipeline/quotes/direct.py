"""Direct quotes: text in marks with its cue after it (``«…», — сказал он``), before it with a
colon, or inside it; dialogue lines, unmarked paragraphs with a dash attribution, colon
paragraphs, headlines and transcripts (``Name: …``), quoted fragments with no source, and what
in marks is a name or a label, not a quote."""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from spacy.tokens import Doc, Span

from ..doc import CUE_LABEL, SPEAKER_LABEL, is_parsed, text_of, tokens_of
from .cues import (
    ents_of, _in_first_person, _is_cue_verb, _is_name, _is_person_noun, _named_later, _negated, _noun_phrase, _po,
    _predicate_word, _strip, _words_owner)
from .indirect import _clause_of, _statement
from .marks import pairs_of
from .mention import _speaker_mention
from .words import (
    BODY_NOUNS, CLAUSE_MARKS, CLAUSE_ONLY_VERBS, CLOSE, DASHES, MARKS, MESSAGE_NOUNS, OPEN, POSSESSIVES,
    PRONOUN_LEMMAS, PROPOSING_VERBS, RELAYING_CITERS, RELAYING_VERBS, SHOUTING)


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
    if before.lemma_ in LABEL_VERBS or before.lower_ in LABEL_VERBS:
        return None  # ``предложил ввести так называемый «туристический сбор»``: a term
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
# (the attribution may name an outlet in marks: ``— сказал Белоусов в интервью «Спорт-Экспрессу». —``)
INTERRUPTION = re.compile(r"[,.!?…]\s*(?:[—–]|-(?=\s))\s+((?:[^—–«»„“\n]|«[^«»„“\n]{1,40}»){1,150}?)"
                          r"[.,:]\s*(?:[—–]|-(?=\s))\s+")


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
    return len(tokens_of(middle)) <= 6 and verb.i == tokens_of(middle)[0].i and _speaker_after(verb)


def _speaker_after(verb) -> bool:
    """A finite verb whose subject after it is a name, a pronoun or a person (``— продолжает
    Тэплин``, ``— улыбнулся он``)."""
    return verb.pos_ == "VERB" and verb.morph.get("VerbForm") == ["Fin"] and any(
        c.dep_ == "nsubj" and c.i > verb.i and (c.pos_ in ("PROPN", "PRON") or _is_person_noun(c))
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
    most four words with no verb (eight when a person's name ends them: ``Министр обороны России
    Андрей Белоусов: «…»``); not a topic (``Взрыв в Киеве: …``, ``Индонезия: …``)."""
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
    ents = [e for e in ents_of(doc) if source.start <= e.start and e.end <= source.end and e.label_ in ("PER", "ORG")]
    titled = len(words) <= 8 and any(e.label_ == "PER" and e.end == source.end for e in ents)
    if not words or (len(words) > 4 and not titled) or any(t.pos_ in ("VERB", "AUX") for t in words) \
            or any(t.pos_ == "ADJ" and _is_cue_verb(t) for t in words):
        # (a title and a name, ``Министр обороны России Андрей Белоусов:``, may be longer; ``Аналитики
        # уверены: …`` is the conviction's clause, indirect)
        return None
    head = next((t for t in words if t.pos_ != "ADJ"), words[0])  # (``Главный тренер «Ладоги» Ерохин:``)
    if not (ents and ents[0].start == source.start or _is_person_noun(head) or head.lower_ in SOURCE_NOUNS
            or head.lemma_ in SOURCE_NOUNS or (len(words) == 1 and _named_later(doc, head) is not None)):
        return None
    start, end = m.start(2), m.end(2)
    content = text_of(doc)[start:end].rstrip().rstrip(".")  # (``Котова: «…».``: the marks, not the period)
    marked = content[:1] in OPEN + '"' and content[-1:] in CLOSE + '"' and content[0] not in content[1:-1]
    start, end = (start + 1, start + len(content) - 1) if marked else (start, start + len(content))
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or len(tokens_of(span)) < 3 - marked:  # (``Котова: «Рубль упадет»``: two words in marks)
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
                or not any(e.label_ == "PER" and e.end == source.end and e.start >= source.start for e in ents_of(doc)):
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
        # (words in marks on the name's line are a quote from two words: ``Бастрыкин: «Виновные понесут
        # наказание»``; a bare line needs five)
        if span is None or len(tokens_of(span)) < (2 if m.re is NAME_COLON and m.group(3) is not None else 5):
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
    if before and before[-1].pos_ == "ADP" and len(words) < 6:
        return False  # a name after a preposition (``по делу о «…»``); an award's wording is a fragment
        # (``премию «за фундаментальный анализ …»``: the conventions annotate it), and so is a long phrase
        # after one (``наказывать за «публичные действия, выражающие явное неуважение …»``)
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


def _shouted(doc: Doc, open_: int):
    """``он кричал «Аллаху акбар»``, ``с криками «Мы требуем справедливости»``: the verb or noun
    of shouting right before the mark, whose words the quote gives, else None."""
    token = _token_before_mark(doc, open_)
    return token if token is not None and token.text[-1:].isalpha() and token.lemma_ in SHOUTING else None


def _named_by_noun(doc: Doc, start: int, end: int) -> bool:
    """A name in marks right after the noun it names (``группы «Ленинград»``, ``газета «Вести»``)."""
    token = _token_before_mark(doc, start)
    return token is not None and token.text[-1:].isalpha() and token.pos_ == "NOUN" and _is_name(doc, start, end)


# (a hyphen with a space after it stands for a dash: ``- Ремонт закончится к осени, - пообещал мэр``)
DIALOGUE = re.compile(r"(?m)(?:^|(?<=[.!?…][ \xa0]))[ \t]*(?:[—–]|-(?=[ \t\xa0]))[ \t\xa0]*(\S[^\n]*?)[,!?…]?[ \t\xa0]*"
                      r"(?:[—–]|(?<=[ \t\xa0])-(?=[ \t\xa0]))[ \t\xa0]*(?=\w)")
ABBREVIATION_END = re.compile(r"(?:(?<!\w)\w{1,2}|руб|тыс|млн|млрд|долл|коп|обл|ул|им|др|пр|см|стр)\.\s*$")
DIALOGUE_REST = re.compile(r"[^\n]*?[.!?…][ \t\xa0]*(?:[—–]|-(?=[ \t\xa0]))[ \t\xa0]*(\S[^\n]*?)[ \t\xa0]*$", re.M)


def _dialogue(doc: Doc, used: set[int], found: list[Span]) -> list[Span]:
    """Dialogue lines without marks: ``— Мы готовы, — сказал министр. — Проверки не
    страшны.`` (a speech verb within four words after the second dash, or a framing verb right
    after it: ``— Это провокация! — выкрикнул депутат``), at a line's start or after a sentence of
    the author's (``Мэр осмотрел стройку. — Работы идут по графику, — сказал он.``); the part after
    the attribution is a second statement with the same speaker and cue."""
    out = []
    text = text_of(doc)
    for m in DIALOGUE.finditer(text):
        if any(q.start_char <= m.start(1) < q.end_char for q in found):
            continue
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if line.strip() and ABBREVIATION_END.search(line):
            continue  # (``продукты и т. д. — всё это …``, ``руб. —``: an abbreviation, no sentence end)
        if sum(line.count(c) for c in OPEN) > sum(line.count(c) for c in CLOSE):
            continue  # (a dash after a sentence inside an open quote: ``«… порядком. — заявил Каприлес. — …``)
        words = _next_words(doc, m.end(), limit=4)
        cue = next((t for t in words[:4] if _is_cue_verb(t)), None)
        if cue is None and words and _framing(words[0]) and text[m.end(1):m.end(1) + 1] in ",!?…":
            cue = words[0]  # ``— Это провокация! — выкрикнул депутат``, as after a quote in marks (not a
            # programme's ``— 10:00 — выступит губернатор``)
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


PARAGRAPH_DASH = re.compile(r"[,.!?…]?[ \t\xa0]+(?:[—–][ \t\xa0]*|-[ \t\xa0]+)")  # (a spaced hyphen for a dash)


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
        first = _in_first_person(span)
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
    if k < len(words) and words[k - 1].text in DASHES and _framing(words[k]):
        return words[k]
    for t in words[k:k + 4]:
        if t.is_punct:
            return None
        if _is_cue_verb(t) or (t.lemma_ in CLAUSE_ONLY_VERBS and t.pos_ == "VERB"  # ``«…», — заключил он``
                               and t.morph.get("VerbForm") in (["Fin"], ["Conv"]) and not _negated(t)) \
                or (t.lemma_ in RELAYING_CITERS and _words_owner(t) is not None) \
                or _voicing(t):  # ``— приводит Reuters слова X``, ``— раскрыл свою мысль постановщик``
            return t
    return None


def _framing(verb) -> bool:
    """``«Спасибо болельщикам», — поблагодарил тренер``, ``— улыбнулся он``: after a quote, a comma
    and a dash, a finite verb of any lemma (not negated, with no object of its own: ``— закрыл дверь
    X`` is an act) that opens the author's words and whose subject, a name, a pronoun or a person,
    follows it, frames the quote as its speaker's."""
    return is_parsed(verb) and _speaker_after(verb) and not _negated(verb) and verb.morph.get("Person") != ["1"] \
        and not any(c.dep_ == "obj" for c in verb.children)


def _back_reference(doc: Doc, start: int, end: int) -> Optional[object]:
    """``«Мы не допустим повторения трагедии». Об этом заявил глава МЧС.``: a quote of whole
    sentences that the next sentence attributes by pointing back at it (``Об этом заявил X``, ``Так
    прокомментировал решение X``, ``Такое заявление сделал X``): that sentence's verb, else None.
    (A fragment inside the author's sentence, ``умер от «…». Об этом сообщили …``, stays sourceless.)"""
    text = text_of(doc)
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if not (k == 0 or text[k - 1] in "\n.!?…»“"):
        return None
    close = doc.char_span(end, end + 1, alignment_mode="expand")
    if close is None or not len(close):
        return None
    words = [t for t in doc[close[-1].i + 1:close[-1].i + 12] if not t.is_space][:6]
    if words and words[0].text in ".!?…":
        words = words[1:]  # ``«…». Об этом …``; else the quote's last sentence ended inside the marks
    elif not text[start + 1:end].rstrip()[-1:] in (".", "!", "?", "…"):
        return None
    lowers = [w.lower_ for w in words]
    if lowers[:2] == ["об", "этом"] or lowers[:1] == ["так"]:
        rest = words[2:] if lowers[0] == "об" else words[1:]
        verb = next((w for w in rest[:3] if w.pos_ == "VERB"), None)
        return verb if verb is not None and _is_cue_verb(verb) else None
    if lowers[:2] in (["такое", "заявление"], ["эти", "слова"]) and len(words) > 2 and words[2].pos_ == "VERB":
        return words[2]  # ``Такое заявление сделал X``, ``Эти слова принадлежат X``
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
            or any(e.start <= head.i < e.end and e.label_ in ("PER", "ORG") for e in ents_of(doc))):
        return None
    return verb
