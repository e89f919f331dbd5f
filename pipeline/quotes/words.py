"""The word lists the quotes rules read: speech cues and the nouns of messages and attribution
(``resources/quotes/``), state bodies, titles, outlets, pronouns, and the quotation marks."""
from __future__ import annotations

import re

from .. import lexicon


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
# accounts with other senses (``по заключении контракта``, ``фильм по рассказу Чехова``, ``осуждён по
# показаниям``): attribution phrases only as a parenthesis in the dative (``По показаниям свидетелей, …``)
PARENTHETICAL_NOUNS = frozenset({"показание", "заключение", "рассказ", "воспоминание", "сводка",
                                 "предположение", "слух"})
# attribution phrases ``по словам X`` / ``по мнению X`` / ``по данным X``
ATTRIBUTION_NOUNS = frozenset({"слово", "мнение", "данные", "информация", "оценка", "сообщение",
                               "утверждение", "версия", "признание", "сведение", "сведения", "заявление",
                               "свидетельство"}) | ESTIMATE_NOUNS | PARENTHETICAL_NOUNS
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
# bodies only one country has, by the country's name in the genitive: no other country's name goes with them
NATIONAL_BODIES = {"фсб": ("России", "РФ", "Российской Федерации"), "сбу": ("Украины",)}
# the short names of ministries, services and agencies (``Росстат``, ``Минцифры``): what ``ведомство``
# refers back to too, though their names need no country
STATE_AGENCIES = _lexicon("state_bodies.txt")
STATE_NAMES = STATE_BODIES | STATE_AGENCIES
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
# a will speaks for its testator only (``согласно завещанию Альфреда Нобеля``), never for whoever read
# it out or contested it: no signed document, no message of the last one who spoke
TESTAMENTS = frozenset({"завещание"})
# what a speaker says through: its messages, the documents it issues (``в указе отмечается``), rulings
WRITINGS = MESSAGE_NOUNS | DOCUMENT_NOUNS | RULINGS | TESTAMENTS
SENT_NOUNS = MESSAGE_NOUNS | DOCUMENT_NOUNS  # what one issues or sends: ``послание, в котором …``
SIGNED_NOUNS = DOCUMENT_NOUNS | frozenset({"законопроект"})  # what a signer signs or a deputy tables
# the writings of an office (``указ``, ``постановление``, ``приговор``, a ``документ``), not its messages: their
# signer or issuer speaks in them before whoever reported them
LEGAL_WRITINGS = (SIGNED_NOUNS - MESSAGE_NOUNS) | RULINGS | frozenset({"документ"})
# acts no issuer does: an actor is the subject of none of these (``Компания получила штраф``)
UNDERGOING_VERBS = frozenset({"получить", "получать"})
SIGNING_VERBS = frozenset({"подписать", "подписывать", "внести", "вносить", "утвердить", "утверждать",
                           "издать", "издавать", "подготовить", "разработать", "представить"})
# verbs an outlet relays another's words with, in the present (``…, сообщает Лента.ру``, ``передаёт ТАСС``)
RELAYING_VERBS = frozenset({"сообщать", "передавать", "писать", "цитировать"})
# messages named after the act of sending them, noun → its verbs: ``X поздравил Y`` … ``В поздравлении
# говорится`` is X's; an address only to someone (``обратился к нации``, not ``обратилась в полицию``)
ADDRESSING = frozenset({"обратиться", "обращаться"})
SENDING_VERBS = {"поздравление": frozenset({"поздравить", "поздравлять"}), "обращение": ADDRESSING,
                 "телеграмма": frozenset({"направить", "отправить", "прислать"})}
PRESS_SERVICES = frozenset({"пресс-служба", "пресс-секретариат"})  # a person's speaks for the person
# people who speak for their organisation when plural (``представители ПНС``, ``Агенты ФБР``, ``судьи ЕСПЧ``)
REPRESENTATIVES = frozenset({"представитель", "сотрудник", "агент", "судья"})
# ... and so do its analysts (``аналитики Goldman Sachs``); its experts only as a description's
# (``Эксперты компании``: QUOTES.md, set H), not a named lab's or school's (``Эксперты лаборатории
# Портон-Даун``: none of the dev gold's), nor experts alone
STAFF = REPRESENTATIVES | frozenset({"аналитик"})
DESCRIBED_STAFF = STAFF | frozenset({"эксперт"})
PRONOUN_LEMMAS = frozenset({"он", "она", "они"})
# titles a capital letter may make a PROPN for the tagger (``Российский Президент``)
PERSON_TITLES = frozenset({"президент", "премьер", "премьер-министр", "министр", "глава", "канцлер",
                           "губернатор", "мэр", "председатель", "генсек", "посол", "король", "королева",
                           "папа"})
# a question's addressee answers it: ``спросили Лаврова … ответил министр`` (resolve._asked_before)
ASKING_VERBS = frozenset({"спросить", "спрашивать", "поинтересоваться", "интересоваться"})
ANSWERING_VERBS = frozenset({"ответить", "отвечать"})
# posts on an office's staff: ``пресс-секретарь президента`` is a post, not a relation to a person
OFFICE_STAFF = frozenset({"пресс-секретарь", "помощник", "советник", "заместитель", "замглавы"})
# what a title is of, a body or a part of it: ``председатель правления``, ``руководитель аппарата``
POSTS = frozenset({"правление", "аппарат", "кабинет", "парламент", "администрация"}) | ORG_HEADS


def _kinds(name: str) -> dict[str, str]:
    return dict(l.split("\t") for l in lexicon.lines(f"quotes/{name}"))


def _groups(name: str) -> dict[str, int]:
    """Lemma → the number of its line, for a file of space-separated groups."""
    return {w: n for n, line in enumerate(lexicon.lines(f"quotes/{name}")) for w in line.split()}


# titles news writes for one another (``тренер`` / ``наставник``): lemma → its group (title_synonyms.txt)
TITLE_SYNONYMS: dict[str, int] = _groups("title_synonyms.txt")
# descriptions of an organisation named before, by kind: ``издание`` → the last outlet,
# ``ведомство`` → the last state body, ``пресс-служба`` → the last ORG (org_kinds.txt)
ORG_KINDS: dict[str, str] = _kinds("org_kinds.txt")
# words for any state body, not one kind of it: ``ведомство`` refers back to a prosecutor's office too
GENERIC_BODIES = frozenset({"ведомство"})
BODY_NOUNS = frozenset(ORG_KINDS)
OUTLETS = frozenset(n.lower() for n in _lexicon("outlets.txt"))
# descriptions of people that are rarely named in the text: left unresolved
UNNAMED_PEOPLE = frozenset({"представитель", "источник", "собеседник", "адвокат", "прокурор",
                            "патологоанатом", "коронер", "судмедэксперт", "медик", "полицейский",
                            "спасатель", "сосед", "прохожий", "пострадавший", "пассажир",
                            "эксперт", "сотрудник", "защитник", "врач", "свидетель", "очевидец",
                            "житель", "участник", "аналитик", "чиновник", "специалист", "следователь",
                            "агент", "журналист", "корреспондент", "репортёр", "репортер"})
# the professions among them: one is not another (``адвокат`` is not the ``прокурор`` who speaks next)
PROFESSIONS = frozenset({"адвокат", "прокурор", "патологоанатом", "коронер", "судмедэксперт", "медик", "врач",
                         "полицейский", "спасатель", "следователь", "журналист", "корреспондент", "репортёр",
                         "репортер", "защитник"})
SOURCES = frozenset({"источник", "собеседник"})  # unnamed, whoever they are ``of``
OWN = frozenset({"свой", "собственный"})
UNNAMING = frozenset({"неназванный", "анонимный", "пожелать"})  # (``пожелавший остаться неизвестным``)
# people named by sex or age only: the person named in the sentence or the one before, if any
GENERIC_PEOPLE = frozenset({"мужчина", "женщина", "человек", "парень", "девушка", "подросток",
                            "юноша", "старик", "пенсионер", "пенсионерка"})
# a country has one of each: a bare ``правительство`` no text names otherwise is its country's
OWN_GOVERNMENTS = frozenset({"правительство", "кабмин"})
GOVERNMENT_WORDS = ("правительств", "кабмин", "кабинет министров")  # in the name of a government
# descriptions an outlet may be the organisation of (a newspaper is a company; it is no club or theatre)
OUTLET_KINDS = frozenset({"пресс-служба", "компания", "организация", "холдинг", "корпорация", "концерн",
                          "издательство", "оператор"})
CITY_BODIES = frozenset({"мэрия", "горсовет", "гордума", "горадминистрация"})  # a city's own bodies
# a country's missions abroad, named with their host: ``Посольство РФ в Сирии``
MISSIONS = frozenset({"посольство", "консульство", "генконсульство", "представительство"})
# state bodies of one kind only: ``полиция`` refers back to a police, not to any ministry
OWN_BODIES = frozenset({"полиция", "прокуратура", "посольство", "администрация"}) | CITY_BODIES
ONE_OF_A_KIND = OWN_BODIES | OWN_GOVERNMENTS  # refer back to a body of their own kind only
# the adjectives of a body of a region (``областная прокуратура``), and the region's nouns
REGION_ADJECTIVES = {"областной": "область", "краевой": "край", "окружной": "округ", "районный": "район",
                     "городской": "город", "региональный": "регион"}
REGION_NOUNS = frozenset(REGION_ADJECTIVES.values())
# what the name of a body of that kind has in it, where it is not the noun's own stem (``в полиции``
# after ``УМВД России по Приморскому краю``: the ministry of the interior's police)
KIND_WORDS = {**{noun: GOVERNMENT_WORDS for noun in OWN_GOVERNMENTS}, "полиция": ("полиц", "мвд", "увд", "овд"),
              # (``регулятор`` after ``Банк России`` and ``Росстат``: the bank, a regulator, not the statistician)
              "регулятор": ("банк", "цб", "центробанк", "надзор", "фас", "антимонопольн")}
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

PROPOSING_VERBS = frozenset({"предложить", "предлагать", "призвать", "призывать", "пообещать", "обещать",
                             "поручить", "приказать", "повелеть"})


# gerunds of the speaker's own acts around a statement: after the reported clause and a comma they
# end it (``заявил, что дороги расчистят, поблагодарив коммунальщиков``, ``…, выступая на заседании``)
SPEAKER_GERUNDS = PROPOSING_VERBS | frozenset({
    "выступать", "выступить", "отвечать", "комментировать", "ссылаться", "сослаться", "отказаться",
    "благодарить", "поблагодарить", "выразить", "выражать", "назвать", "называть", "напомнить", "обратиться",
    "обращаться", "добавить", "подчеркнуть", "отметить", "уточнить", "пояснить", "заверить", "пожелать"})


SHOUTING = frozenset({"кричать", "закричать", "выкрикивать", "выкрикнуть", "скандировать", "крик", "возглас"})


# modals of ability or wish: an infinitive cue under them says nothing (``не сможет говорить, что``)
ABILITY_MODALS = frozenset({"мочь", "смочь", "суметь", "уметь", "хотеть", "захотеть"})


# guesses, fears and hints: cues only as ``X предположил, что <clause>`` (not negated, not in the
# first person, not an infinitive, with a ``что`` clause: ``законопроект предполагал снос``, ``Я не
# предполагал``, ``Остается лишь заключить`` are none; dev annotates 10 of the 15 such clauses of a
# third person)
GUESSING_VERBS = frozenset({"предположить", "предполагать", "опасаться", "намекнуть", "намекать"})
# ... and so are conclusions (``эксперты заключили, что``; not ``заключили договор``)
# (``признаваться``: ``Коэн признавался, что …``, not the passive ``пары не признаются официально``),
# and findings (``следователи выяснили, что …``; not ``пытаются выяснить, что именно …``, nor an
# indirect question, ``выяснили, что произошло``: see ``_stated_guess``)
FINDING_VERBS = frozenset({"выяснить", "выяснять"})
# what a study, a poll or a test shows is a statement with its source (``Опрос ВЦИОМ показал, что …``,
# ``Как показало исследование, …``; QUOTES.md, list g: ``Экспертиза показала``), not what a person
# shows (``показал, что умеет играть``), nor what experience or practice shows in someone's words
# (``По её словам, опыт … показал, что …``): these verbs only with such a subject
SHOWING_VERBS = frozenset({"показать", "показывать"})
FINDINGS = frozenset({"опрос", "исследование", "анализ", "тест", "экспертиза", "вскрытие", "проверка", "доклад",
                      "расследование", "статистика", "мониторинг", "данные", "расчёт", "расчет", "аудит",
                      "эксперимент", "изучение", "перепись",
                      "ревизия", "обследование", "анкетирование", "замер"})
# what a law or a document lays down (``Закон устанавливает, что …``; QUOTES.md, lists i–k): these verbs
# only with such a subject (not ``Следствие установило, что``, a finding dev leaves out 13 times of 19)
LAYING_DOWN_VERBS = frozenset({"устанавливать"})
LAWS = frozenset({"закон", "законопроект", "кодекс", "документ", "постановление", "указ", "приказ", "распоряжение",
                  "договор", "соглашение", "устав", "конституция", "статья", "положение", "поправка", "регламент",
                  "правило", "решение", "приговор"})
# what follows from a document or data (``Как следует из материалов дела, …``, ``Из сообщения пресс-службы
# следует, что …``): ``следовать`` with ``из`` and one of these only (not ``следует отметить``)
FOLLOWING_VERBS = frozenset({"следовать", "вытекать"})
FOLLOWED_FROM = frozenset({"материал", "документ", "протокол", "дело", "ответ", "отчёт", "отчет", "текст",
                           "постановление", "решение", "приговор", "определение", "заключение", "справка",
                           "письмо", "сообщение", "заявление", "публикация", "статистика", "данные",
                           "расшифровка", "запись", "переписка", "выписка", "релиз", "пресс-релиз",
                           "доклад", "исследование", "опрос", "анализ", "обвинение", "иск", "жалоба",
                           "объяснение", "показание", "карточка", "декларация", "информация"})
CLAUSE_ONLY_VERBS = GUESSING_VERBS | FINDING_VERBS | SHOWING_VERBS | FOLLOWING_VERBS | LAYING_DOWN_VERBS | frozenset({
    "заключить", "заключать", "признаваться", "предостеречь", "предостерегать", "провозгласить", "провозглашать",
    "согласиться", "соглашаться", "обмолвиться", "оговориться", "сознаться", "рапортовать", "отрапортовать",
    "анонсировать", "декларировать", "задекларировать", "сослаться", "отрезать", "отчитаться", "отчитываться",
    "пригрозить", "грозить", "гарантировать", "успокоить"})
# ``дал понять, что …``: the infinitive is the cue, under ``дать`` / ``давать`` only (``понял, что`` is none)
GIVEN_TO_UNDERSTAND = frozenset({"понять"})
GIVING_VERBS = frozenset({"дать", "давать"})
# a possibility allowed is a statement only negated, of a third person, with a clause (``Следствие не
# исключает, что …``; not ``Не исключаю, что …`` inside a quote, nor ``исключил из списка``)
NEGATED_CUES = frozenset({"исключить", "исключать"})


# an accusation in the passive: its subject is the accused (``обвиняется в том, что …``: no source)
ACCUSED_CUES = frozenset({"обвиняться"})
# short neuter participles that report: ``в котором указано, что``, ``в письме сказано, что``
REPORTING_PARTICIPLES = frozenset({"указать", "сказать", "отметить", "заявить", "сообщить",
                                   "подчеркнуть", "написать", "говорить", "объявить",
                                   # findings: ``Признано, что``, ``подтверждено, что``, ``было установлено, что``
                                   "признать", "подтвердить", "установить"})
# ``X приводит слова Y, что …``: a verb citing someone's words
CITING_VERBS = frozenset({"привести", "приводить", "процитировать"})
# ... and relays after a quote: a translation cites too (``«…», – переводит заявление МОК агентство``),
# and so does an outlet passing on someone's words (``«…», — передает ТАСС слова Дмитрия Пескова``)
RELAYING_CITERS = CITING_VERBS | frozenset({"переводить", "перевести", "передавать", "передать"})
CITED_NOUNS = frozenset({"слово", "мнение", "высказывание", "заявление", "цитата"})


# what a citing verb cites of someone: ``приводит слова / письмо / рассказ X``
CITED_THINGS = CITED_NOUNS | WRITINGS | frozenset({"рассказ", "ответ", "реплика", "комментарий"})


POSSESSIVES = frozenset({"его", "её", "ее", "их"})
POSSESSOR_GENDER = {"его": ["Masc"], "её": ["Fem"], "ее": ["Fem"]}


# attribution nouns that need no source: ``Согласно сообщению, …`` (null speaker)
# (and estimates: ``По разным оценкам, …``, ``По опросам, …``)
REPORT_NOUNS = frozenset({"сообщение", "данные", "информация", "сведение", "сведения",
                          "оценка", "версия", "предположение", "слух"}) | ESTIMATE_NOUNS
# ``по предварительным данным``, ``по приблизительным оценкам``: an estimate, not a source's report
NOT_REPORTS = frozenset({"предварительный", "приблизительный", "окончательный", "официальный статистический"})


# what ``…, согласно которому <clause>`` reports the content of: a document, a ruling, a report
# (``подписал указ, согласно которому``, ``вынес приговор``, ``Слухи, согласно которым``); a rule
# or principle (``пункт``, ``принцип``, ``конвенция``) states no one's content (dev annotates 6 of 10)
# (not ``статью 105 УК, согласно которой …``: a law's article, a rule)
REPORTED_BY_WHICH = WRITINGS - {"статья"} | REPORT_NOUNS | frozenset({"приговор", "вердикт", "закон",
                                                                      "законопроект", "слух"})
# participles of data at hand: ``по имеющейся информации`` (no source named)
HELD = frozenset({"иметься", "имеющийся", "поступить", "поступивший", "полученный", "получить"})


# where a body publishes what it says: ``на сайте мэрии``, ``в твиттере X``, ``в группе X «ВКонтакте»``
PUBLICATION_PLACES = frozenset({"сайт", "твиттер", "twitter", "микроблог", "блог", "страница", "аккаунт",
                                "группа", "телеграм-канал", "газета"})
# buildings that speak for the power they house (``, заявили в Кремле``): the tagger's places, not the
# place an event happened in (``, сообщили в Москве``)
SEATS_OF_POWER = frozenset({"кремль", "белый дом", "елисейский дворец", "даунинг-стрит", "смольный", "пентагон",
                            "капитолий", "букингемский дворец", "кенсингтонский дворец", "ватикан"})
# networks a text is posted on, no speaker: ``сообщили в Facebook, что …``
PLATFORMS = frozenset({"facebook", "twitter", "instagram", "telegram", "youtube", "вконтакте", "фейсбук",
                       "твиттер", "инстаграм", "телеграм", "ютуб"})
# the relations of the owner named after a place of publication (``сайте мэрии``, ``твиттере Кларенс-Хаус``)
OWNER_DEPS = ("nmod", "appos", "flat", "flat:foreign")
# words of the first person: an unmarked statement in them is direct
FIRST_PERSON = frozenset({"я", "мы", "меня", "мне", "мной", "нас", "нам", "нами", "мой", "моя", "мое",
                          "моё", "мои", "наш", "наша", "наше", "наши"})
# ``Ватикан опубликовал заявление о том, что …``: a message issued, with its content
PUBLISHING_VERBS = frozenset({"опубликовать", "публиковать", "распространить", "распространять",
                              "сделать", "делать", "выпустить", "выпускать", "обнародовать"})
# ``выступил с заявлением о том, что …``, ``…, в котором говорится``: a message made in public
PUBLIC_VERBS = frozenset({"выступить", "выступать"})
MESSAGE_VERBS = PUBLISHING_VERBS | PUBLIC_VERBS  # a message made: ``опубликовал заявление``, ``выступил с заявлением``
# who issues a writing: publishes, signs or confirms it (``подписал указ, согласно которому …``)
ISSUING_VERBS = PUBLISHING_VERBS | SIGNING_VERBS | CONTENT_OBJECT_VERBS | frozenset({
    "вынести", "выносить", "принять", "принимать", "издать", "издавать"})  # (``суд вынес приговор``)
