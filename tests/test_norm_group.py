"""Normal forms and within-document grouping (issue 3): real phrases, the
seed-article facts, and regression thresholds on our grouping and normal-form gold."""
from __future__ import annotations

import pytest
from pipeline.doc import Document
from pipeline.group import group, signatures
from pipeline.norm import normalize_span

from conftest import SHARED, need

# (sentence written for this test, mention, label, normal form)
PHRASES = [
    # a woman's surname pymorphy3 knows only as a town (``Кириллов``): its accusative back to the nominative
    ("Суд оправдал журналистку Светлану Кириллову.", "Светлану Кириллову", "PER", "Светлана Кириллова"),
    ("Встреча Касыма-Жомарта Токаева с журналистами прошла в Астане.",
     "Касыма-Жомарта Токаева", "PER", "Касым-Жомарт Токаев"),
    ("14:00, 06 января 2022, Бишкек - 24.kg , Татьяна КУДРЯВЦЕВА",
     "Татьяна КУДРЯВЦЕВА", "PER", "Татьяна Кудрявцева"),
    ("Жители Актау в Мангистауской области вышли на улицы.",
     "Мангистауской области", "LOC", "Мангистауская область"),
    ("Об этом говорится в заявлении Министерства иностранных дел страны.",
     "Министерства иностранных дел", "ORG", "Министерство иностранных дел"),
    ("Он встретился с представителями Организации Договора о коллективной безопасности.",
     "Организации Договора о коллективной безопасности", "ORG",
     "Организация Договора о коллективной безопасности"),
    ("Это сообщили в Федеральной службе безопасности России.",
     "Федеральной службе безопасности России", "ORG", "Федеральная служба безопасности России"),
    ("Вчера в Нижнем Новгороде открылась выставка.", "Нижнем Новгороде", "LOC", "Нижний Новгород"),
    ("Делегация Соединенных Штатов Америки прибыла вчера.",
     "Соединенных Штатов Америки", "LOC", "Соединенные Штаты Америки"),
    ("В Республике Корея прошли выборы.", "Республике Корея", "LOC", "Республика Корея"),
    ("Он позвонил Ангеле Меркель вечером.", "Ангеле Меркель", "PER", "Ангела Меркель"),
    ("Министр поблагодарил Анну Кудрявцеву за работу.", "Анну Кудрявцеву", "PER", "Анна Кудрявцева"),
    ("Тренер назвал Йенса Лемана основным вратарем.", "Йенса Лемана", "PER", "Йенс Леман"),
    ("Министр энергетики Белоруссии Александр Озерец приехал в Москву.",
     "Александр Озерец", "PER", "Александр Озерец"),
    ("Представители партии «Единая Россия» пришли на встречу.",
     "партии «Единая Россия»", "ORG", "партия «Единая Россия»"),
    ("Он живет в Ханты-Мансийском автономном округе.",
     "Ханты-Мансийском автономном округе", "LOC", "Ханты-Мансийский автономный округ"),
    ("Митинг прошел в Ростове-на-Дону.", "Ростове-на-Дону", "LOC", "Ростов-на-Дону"),
    ("Как сообщает ТАСС, переговоры продолжатся.", "ТАСС", "ORG", "ТАСС"),
    ("Решение поддержали в ОДКБ.", "ОДКБ", "ORG", "ОДКБ"),
    # an acronym pymorphy3 does not know does not decline into its guess (``ФСЭГИ``, ``РВСНЫ``)
    ("Согласно уставу ФСЭГ, решение принимают все.", "ФСЭГ", "ORG", "ФСЭГ"),
    ("Дело вела прокуратура РВСН.", "РВСН", "ORG", "РВСН"),
    # a woman's surname ending in a consonant does not decline
    ("Полиция задержала Людмилу Касьян в центре города.", "Людмилу Касьян", "PER", "Людмила Касьян"),
    ("Суд оштрафовал Ольгу Шевчук за нарушение.", "Ольгу Шевчук", "PER", "Ольга Шевчук"),
    # a woman's first name only ever oblique, read as nominative by slovnet, and the surname with
    # that case's ending (our own sentences, built like news ones where slovnet errs)
    ("Их брачный союз распался из-за сообщений о его романе с другой звездой Голливуда – Анжелиной Джоли.",
     "Анжелиной Джоли", "PER", "Анжелина Джоли"),
    ("За эту работу она вместе Катей Гориной получила награду.", "Катей Гориной", "PER", "Катя Горина"),
    # a regnal number stays a Roman numeral (``Елизавета Ii`` once)
    ("Королева Елизавета II открыла сессию парламента.", "Елизавета II", "PER", "Елизавета II"),
    # a name's particle does not decline (``Аль`` became ``Аля``)
    ("Встреча с эмиром Хамадом бен Халифой Аль Тани.", "Хамадом бен Халифой Аль Тани", "PER",
     "Хамад бен Халифа Аль Тани"),
    # ... but one ending in -ой / -ей is declined: it was once kept as a consonant ending
    ("Встреча с Марией Ивановой прошла в Кремле.", "Марией Ивановой", "PER", "Мария Иванова"),
    ("Премию вручили Анне Политковской посмертно.", "Анне Политковской", "PER", "Анна Политковская"),
    ("Интервью с Ольгой Голодец вышло вчера.", "Ольгой Голодец", "PER", "Ольга Голодец"),
    # a first name slovnet reads as nominative that pymorphy3 knows only in the surname's case
    ("По словам другого адвоката заявителей Бартоломея Соханьского, он доволен решением.",
     "Бартоломея Соханьского", "PER", "Бартоломей Соханьский"),
    # a hyphenated surname with an indeclinable part declines part by part
    ("Он примет пост у сэра Бернарда Хогана-Хау в апреле.", "Бернарда Хогана-Хау", "PER", "Бернард Хоган-Хау"),
    ("Интервью с Тимом Бернерсом-Ли вышло вчера.", "Тимом Бернерсом-Ли", "PER", "Тим Бернерс-Ли"),
    # a singular nominative is not read as a plural genitive (``кларин`` of ``Кларина``)
    ("Газета Кларин сообщает, что из полицейских источников стало известно о задержании.",
     "Кларин", "ORG", "Кларин"),
    # a surname slovnet reads as nominative that is only ever an oblique form of one gender
    ("Выступление Дариги Назарбаевой прошло спокойно.", "Дариги Назарбаевой", "PER", "Дарига Назарбаева"),
    ("Интервью дала Наталья Завьяловой.", "Завьяловой", "PER", "Завьялова"),
    # ... or in a case it has no form for (``Араповым`` read as a genitive), one person's, not a family's
    ("Прозвучали стихи, написанные А. Араповым, о родном крае.", "А. Араповым", "PER", "А. Арапов"),
    # a man's first name pymorphy3 guesses as a feminine nominative loses its ending beside his surname
    ("Визит Олафа Блума в Москву отложен.", "Олафа Блума", "PER", "Олаф Блум"),
    # a man's surname pymorphy3 reads only as a town in ``-о`` (``Ступино``, ``Пушкино``): his surname;
    # a feminine town's reading may be one (``Шпидла``)
    ("Клуб приводит слова директора Аркадия Ступина.", "Аркадия Ступина", "PER", "Аркадий Ступин"),
    ("Кабинет Владимира Шпидлы ушёл в отставку.", "Владимира Шпидлы", "PER", "Владимир Шпидла"),
    # ... nor as a short adjective (``сомова`` of ``сомовый``); a woman's stays hers
    ("Суд оштрафовал Петра Сомова на сто тысяч рублей.", "Петра Сомова", "PER", "Петр Сомов"),
    ("Выставку Константина Сомова открыли в Москве.", "Константина Сомова", "PER", "Константин Сомов"),
    ("Интервью дала Анна Сомова.", "Анна Сомова", "PER", "Анна Сомова"),
    ("Отравление Сергея Скрипаля расследуют в Британии.", "Сергея Скрипаля", "PER", "Сергей Скрипаль"),
    ("Встреча с Андреем Швецом прошла в Минске.", "Андреем Швецом", "PER", "Андрей Швец"),
    # ... but one word ending as a woman's name may is left as it is, and a surname pymorphy3 declines with a
    # fleeting vowel keeps it (``Кобца`` of ``Кобец``)
    ("На борту была и его дочь Джианна.", "Джианна", "PER", "Джианна"),
    ("Отставку Александра Кобца приняли в пятницу.", "Александра Кобца", "PER", "Александр Кобец"),
    # ... but not a foreign surname in -е (``Фоссе``), nor a man's first name (``Акира``)
    ("Премию получил Юн Фоссе.", "Юн Фоссе", "PER", "Юн Фоссе"),
]

# A short text written for the grouping tests.
STORY = (
    "Министр иностранных дел России Сергей Лавров встретился с Бараком Обамой. "
    "Лавров сообщил, что Россия готова к диалогу. Мишель Обама в переговорах не участвовала, "
    "а Обама поблагодарил Сергея Лаврова. Представители Организации Объединенных Наций (ООН) "
    "и Международной амнистии (Amnesty International) приветствовали встречу; в ООН и в МИД РФ "
    "напомнили, что Российская Федерация и Министерство иностранных дел РФ открыты к диалогу."
)
STORY_MENTIONS = [
    ("России", "LOC"), ("Сергей Лавров", "PER"), ("Бараком Обамой", "PER"), ("Лавров", "PER"),
    ("Россия", "LOC"), ("Мишель Обама", "PER"), ("Обама", "PER"), ("Сергея Лаврова", "PER"),
    ("Организации Объединенных Наций", "ORG"), ("ООН", "ORG"), ("Международной амнистии", "ORG"),
    ("Amnesty International", "ORG"), ("ООН", "ORG"), ("МИД РФ", "ORG"),
    ("Российская Федерация", "LOC"), ("Министерство иностранных дел РФ", "ORG"),
]


def _analysed(texts: list[str]) -> list[Document]:
    from pipeline import stages

    documents = [Document(id=str(n), text=t) for n, t in enumerate(texts)]
    for name in ("segment", "syntax"):
        stages.get(name)(documents)
    return documents


@pytest.fixture(scope="module")
def phrase_docs() -> list[Document]:
    return _analysed([sentence for sentence, *_ in PHRASES])


@pytest.mark.parametrize("n", range(len(PHRASES)), ids=[p[1] for p in PHRASES])
def test_normal_form(phrase_docs, n):
    sentence, mention, label, normal = PHRASES[n]
    start = sentence.index(mention)
    span = phrase_docs[n].doc.char_span(start, start + len(mention), label=label)
    assert normalize_span(span) == normal


@pytest.fixture(scope="module")
def story() -> list:
    (document,) = _analysed([STORY])
    spans, offset = [], 0
    for text, label in STORY_MENTIONS:
        start = STORY.index(text, offset)
        span = document.doc.char_span(start, start + len(text), label=label)
        span._.normal = normalize_span(span)
        spans.append(span)
        offset = start + len(text)
    index = group(spans)
    return spans, {g["id"]: g for g in index}


def _ids(spans, *texts) -> set:
    return {s._.entity_id for s in spans if s.text in texts}


def test_every_mention_gets_an_entity(story):
    spans, index = story
    assert all(s._.entity_id in index for s in spans)
    assert sum(g["mentions"] for g in index.values()) == len(spans)


def test_person_name_variants(story):
    spans, index = story
    (lavrov,) = _ids(spans, "Сергей Лавров", "Лавров", "Сергея Лаврова")
    assert index[lavrov]["name"] == "Сергей Лавров" and index[lavrov]["mentions"] == 3
    (obama,) = _ids(spans, "Бараком Обамой", "Обама")
    assert index[obama]["name"] == "Барак Обама"
    assert _ids(spans, "Мишель Обама") != {obama}  # a relative is another person


def test_acronyms_originals_and_state_names(story):
    spans, index = story
    (un,) = _ids(spans, "Организации Объединенных Наций", "ООН")
    assert index[un]["name"] == "Организация Объединенных Наций" and index[un]["mentions"] == 3
    assert len(_ids(spans, "Международной амнистии", "Amnesty International")) == 1
    assert len(_ids(spans, "России", "Россия", "Российская Федерация")) == 1
    (mfa,) = _ids(spans, "МИД РФ", "Министерство иностранных дел РФ")
    assert index[mfa]["name"] == "Министерство иностранных дел РФ"


def test_signatures_skip_function_words():
    assert "ОДКБ" in signatures("Организация Договора о коллективной безопасности")
    assert "МИДР" in signatures("МИД России")
    assert "МИДР" in signatures("Министерство иностранных дел России")


# ---------------------------------------------------------------- seed article

def test_seed_groups(seed_record):
    entities = seed_record["entities"]
    index = {g["id"]: g for g in seed_record["entity_index"]}

    def ids(*texts):
        return {e["entity_id"] for e in entities if e["text"].replace("\xa0", " ") in texts}

    kz = {e["entity_id"] for e in entities if e["normal"] == "Казахстан"}
    assert len(kz) == 1 and index[kz.pop()]["mentions"] >= 8
    (csto,) = ids("ОДКБ", "Организации Договора о коллективной безопасности")
    assert index[csto]["name"] == "Организация Договора о коллективной безопасности"
    assert index[csto]["mentions"] == 5
    (mfa,) = ids("МИД", "Министерства иностранных дел")
    assert index[mfa]["name"] == "Министерство иностранных дел"
    (tokayev,) = {e["entity_id"] for e in entities if e["label"] == "PER" and "Токаев" in e["normal"]}
    assert index[tokayev]["name"] == "Касым-Жомарт Токаев"
    (author,) = {e["entity_id"] for e in entities if e["normal"] == "Татьяна Кудрявцева"}
    assert index[author]["label"] == "PER"


# ---------------------------------------------------------------- gold regression

@pytest.fixture(scope="module")
def grouping_scores():
    need(SHARED / "data" / "factrueval-2016" / "devset")
    from pipeline.eval.grouping import normal_accuracy, scores

    splits = {split: scores(SHARED, split) for split in ("dev", "heldout", None)}
    return splits, normal_accuracy(SHARED)


def test_grouping_quality(grouping_scores):
    splits, _ = grouping_scores
    for split, b3, pairs in (("dev", 0.98, 0.97), ("heldout", 0.95, 0.87)):
        project = splits[split]["project"]
        assert project["bcubed"][2] >= b3, split
        assert project["pairs"].f1 >= pairs, split
        assert project["pairs"].precision >= 0.99, split
    project, baseline = splits[None]["project"], splits[None]["baseline"]
    for label, threshold in (("PER", 0.97), ("LOC", 0.97), ("ORG", 0.91)):
        assert project[label].f1 >= threshold, label
    assert project["pairs"].f1 > baseline["pairs"].f1 + 0.1


def test_normal_form_accuracy(grouping_scores):
    _, accuracy = grouping_scores
    right, total = accuracy["project"]["all"]
    assert total >= 500 and right / total >= 0.98
    for label, threshold in (("PER", 0.97), ("LOC", 0.98), ("ORG", 0.99)):
        right, total = accuracy["project"][label]
        assert right / total >= threshold, label
    natasha_right, _ = accuracy["natasha"]["all"]
    assert accuracy["project"]["all"][0] > natasha_right


def test_acronym_in_parentheses():
    text = ("Митинг прошел в Сан-Франциско (США). Его провел Объединенный фронт за демократию "
            "против диктатуры (ОФДД).")
    (document,) = _analysed([text])
    spans = []
    for mention, label in (("Сан-Франциско", "LOC"), ("США", "LOC"),
                           ("Объединенный фронт за демократию против диктатуры", "ORG"), ("ОФДД", "ORG")):
        start = text.index(mention)
        span = document.doc.char_span(start, start + len(mention), label=label)
        span._.normal = normalize_span(span)
        spans.append(span)
    group(spans)
    city, country, front, acronym = (s._.entity_id for s in spans)
    assert city != country  # a place after a place is not its acronym
    assert front == acronym  # ОФДД: its letters among the initials, in order


def test_output_does_not_depend_on_the_hash_seed(tmp_path):
    """Worker processes each draw their own hash seed: no choice may follow set order
    (a name's gender tie once did: ``Людмила Касьяны`` under some seeds)."""
    import os
    import subprocess
    import sys
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "Полиция задержала Людмилу Касьян и Петра Иванова. Касьян и Иванов отказались от "
        "комментариев, сообщила пресс-служба МВД России в Москве 5 мая 2021 года.", encoding="utf-8")
    outputs = []
    for seed in ("0", "1", "4", "9"):  # set order of {"femn", "masc"} differs between them
        out = tmp_path / f"out{seed}"
        subprocess.run([sys.executable, "-m", "pipeline", "run", "-i", str(tmp_path / "in"), "-o", str(out),
                        "--workers", "1"], check=True, capture_output=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})
        outputs.append((out / "documents.jsonl").read_bytes())
    assert len(set(outputs)) == 1


def test_inflection_over_one_lexeme_is_pymorphys():
    """``norm._inflect`` (the lexeme built once for inflecting and for
    ``_closest``) picks the form pymorphy3's ``Parse.inflect`` picks, over the
    parses of the words of real news and the grammemes normal forms ask for."""
    import re

    from pymorphy3.analyzer import Parse

    from pipeline import models
    from pipeline.norm import _inflect

    texts = [p.read_text(encoding="utf-8") for p in
             sorted(need(SHARED / "data" / "nerel-1.1" / "dev").glob("*.txt"))[:6]]
    words = sorted({w.lower() for text in texts for w in re.findall(r"[А-Яа-яЁё-]{3,}", text)})
    wanted = [{"nomn"}, {"nomn", "sing"}, {"nomn", "plur"}, {"nomn", "sing", "femn"},
              {"nomn", "sing", "masc"}, {"nomn", "sing", "neut"}, {"gent"}, {"voct"}]
    checked = 0
    for word in words:
        for parse in models.morph_vocab().parse(word)[:3]:
            lexeme = parse.lexeme
            for grams in wanted:
                assert _inflect(parse, lexeme, frozenset(grams)) == Parse.inflect(parse, set(grams)), (word, grams)
                checked += 1
    assert checked > 5_000


def _grouped(text: str, mentions: list[str]) -> tuple[list, dict]:
    """``mentions`` (in text order) as PER spans of ``text``, normalised and grouped, and the
    groups by id."""
    (document,) = _analysed([text])
    spans, offset = [], 0
    for mention in mentions:
        start = text.index(mention, offset)
        span = document.doc.char_span(start, start + len(mention), label="PER")
        span._.normal = normalize_span(span)
        spans.append(span)
        offset = start + len(mention)
    return spans, {g["id"]: g for g in group(spans)}


def test_namesakes_stay_apart_across_bare_surnames():
    """Each bare surname joins the nearest namesake before it; the two namesakes are
    never chained into one person through the bare surnames between them."""
    text = ("Галерист Холли Соломон подала в суд. Соломон потребовала компенсации. Её муж Дэниел Соломон "
            "поддержал иск, и Соломон пообещал довести дело до конца.")
    spans, index = _grouped(text, ["Холли Соломон", "Соломон", "Дэниел Соломон", "Соломон"])
    holly, first_bare, daniel, second_bare = (s._.entity_id for s in spans)
    assert holly == first_bare and daniel == second_bare and holly != daniel
    assert index[holly]["name"] == "Холли Соломон" and index[daniel]["name"] == "Дэниел Соломон"


def test_inflected_first_name_joins_and_names_in_the_nominative():
    """A first name the normaliser left in the dative (a name pymorphy3 knows, whatever
    ``normal`` says) still fits the nominative one, and the group is named in the nominative."""
    text = "Премьер Мамука Бахтадзе выступил в парламенте. Мамуке Бахтадзе задали вопросы."
    spans, _ = _grouped(text, ["Мамука Бахтадзе", "Мамуке Бахтадзе"])
    spans[1]._.normal = "Мамуке Бахтадзе"  # as the normaliser once left it
    spans[0]._.normal = "Мамука Бахтадзе"
    index = {g["id"]: g for g in group(spans)}
    (one,) = {s._.entity_id for s in spans}
    assert index[one]["name"] == "Мамука Бахтадзе"


def test_a_bare_surname_takes_the_gender_of_its_verb():
    """slovnet reads an indeclinable ``Рено`` as masculine; the past-tense verb after it says
    whose it is, so it joins the woman named before her brother."""
    text = ("Джанет Рено родилась во Флориде. Её брат Роберт Рено писал для газеты. "
            "Получив диплом, Рено поступила на юридический факультет.")
    spans, index = _grouped(text, ["Джанет Рено", "Роберт Рено", "Рено"])
    janet, robert, bare = (s._.entity_id for s in spans)
    assert bare == janet != robert


def test_a_bare_surname_with_no_verb_takes_the_gender_its_verbs_agree_on():
    """``утверждение Рено`` has no verb of its own: where the verbs of the other bare ``Рено``
    are all feminine, it is hers, not her brother's, though he was named last."""
    text = ("Джанет Рено родилась во Флориде. Рено поступила на юридический факультет. Её брат Роберт Рено "
            "писал для газеты. Сенат одобрил утверждение Рено в должности.")
    spans, index = _grouped(text, ["Джанет Рено", "Рено", "Роберт Рено", "Рено"])
    janet, _, robert, bare = (s._.entity_id for s in spans)
    assert bare == janet != robert
    # a form that declines only as a man's is his, whatever the verbs of the others say
    text = ("Хиллари Клинтон выступила в Нью-Йорке. Её муж Билл Клинтон остался в Вашингтоне. Клинтон заявила, "
            "что будет бороться. По словам Клинтона, он поддерживает жену.")
    spans, index = _grouped(text, ["Хиллари Клинтон", "Билл Клинтон", "Клинтон", "Клинтона"])
    hillary, bill, she, he = (s._.entity_id for s in spans)
    assert she == hillary != bill == he


@pytest.mark.parametrize("text, mentions, joined, name", [
    # an initial glued to the surname is a word of its own, as in ``Д. Медведев``
    ("Президент Дмитрий Медведев провел совещание. Д.Медведев заявил, что реформа продолжится.",
     ["Дмитрий Медведев", "Д.Медведев"], True, "Дмитрий Медведев"),
    ("Советник Джеймс Джонс ушел в отставку. Дж.Джонс занимал пост с 2009 года.",
     ["Джеймс Джонс", "Дж.Джонс"], True, "Джеймс Джонс"),
    # a patronymic's initial a name of two words does not give; the group spells the name out
    ("Лидер КПРФ Геннадий Зюганов выступил в Думе. Г. А. Зюганов заявил, что фракция против.",
     ["Геннадий Зюганов", "Г. А. Зюганов"], True, "Геннадий Зюганов"),
    # another first name's initial, and one that fits two people of the surname, join no one
    ("Лидер КПРФ Геннадий Зюганов выступил в Думе. В. А. Зюганов заявил, что фракция против.",
     ["Геннадий Зюганов", "В. А. Зюганов"], False, None),
    ("Умер Пол Сорос. Его сын Питер Сорос сообщил о смерти отца. Вместе с женой П.Сорос основал фонд.",
     ["Пол Сорос", "Питер Сорос", "П.Сорос"], False, None),
    ("Джордж Буш-младший и Джеб Буш приехали в Техас. Дж.Буш выступил первым.",
     ["Джордж Буш-младший", "Джеб Буш", "Дж.Буш"], False, None),
    # two names of different patronymics are two people, neither the one named in full
    ("Александр Иванов выступил с речью. В зале были А. В. Иванов, депутат из Твери, и А. С. Иванов.",
     ["Александр Иванов", "А. В. Иванов", "А. С. Иванов"], False, None),
    # a surname before its initials, as decrees write it, the last full stop the sentence's too
    ("Указ подписал Путин В.В. Президент Владимир Путин отметил, что это важно.",
     ["Путин В.В", "Владимир Путин"], True, "Владимир Путин"),
    ("Лидер ЛДПР Владимир Жириновский выступил в Думе. Жириновский В. В. внес законопроект.",
     ["Владимир Жириновский", "Жириновский В. В."], True, "Владимир Жириновский"),
])
def test_a_name_with_initials_joins_the_one_person_it_fits(text, mentions, joined, name):
    spans, index = _grouped(text, mentions)
    ids = [s._.entity_id for s in spans]
    assert (len(set(ids)) == 1) == joined and (joined or len(set(ids)) == len(ids))
    if name is not None:
        assert index[ids[0]]["name"] == name


def test_a_surname_pymorphy_does_not_decline_joins_the_person_by_its_stem():
    # ``Шольцу`` stays as written (pymorphy3 does not know the surname), ``Пугачёву`` is read as a man's
    for text, mentions in (("Канцлер Олаф Шольц прибыл в Париж. Шольцу показали новый музей.",
                            ["Олаф Шольц", "Шольцу"]),
                           ("Певица Алла Пугачёва дала интервью. Журналисты встретили Пугачёву в аэропорту.",
                            ["Алла Пугачёва", "Пугачёву"])):
        spans, index = _grouped(text, mentions)
        assert len({s._.entity_id for s in spans}) == 1, text


def test_a_man_and_a_woman_of_one_surname_stay_apart():
    """Two first names in their own nominative and of two genders are two people, though one
    is a form of the other's lexeme (``Евгения`` is also ``Евгений``'s genitive)."""
    text = "Евгения Ким выиграла турнир. Ее брат Евгений Ким занял второе место."
    spans, _ = _grouped(text, ["Евгения Ким", "Евгений Ким"])
    assert spans[0]._.entity_id != spans[1]._.entity_id


def test_a_generation_after_a_surname_joins_the_one_person_of_that_surname():
    """``Вэнс`` is Сайрус Вэнс-младший and ``Хинкли-младший`` Джон Хинкли; a father and a son of
    one name stay two, and of two sisters ``Уильямс-младшая`` joins neither."""
    spans, index = _grouped("Прокурор Сайрус Вэнс-младший выступил в суде. Вэнс заявил, что обвинения сняты.",
                            ["Сайрус Вэнс-младший", "Вэнс"])
    assert spans[0]._.entity_id == spans[1]._.entity_id
    assert index[spans[0]._.entity_id]["name"] == "Сайрус Вэнс-младший"
    spans, _ = _grouped("Суд освободил Джона Хинкли. Хинкли-младший провёл в клинике 35 лет.",
                        ["Джона Хинкли", "Хинкли-младший"])
    assert spans[0]._.entity_id == spans[1]._.entity_id
    spans, _ = _grouped("Певец Хулио Иглесиас поздравил сына. Хулио Иглесиас-младший дал концерт.",
                        ["Хулио Иглесиас", "Хулио Иглесиас-младший"])
    assert spans[0]._.entity_id != spans[1]._.entity_id
    spans, _ = _grouped("Винус Уильямс и Серена Уильямс вышли в финал. Уильямс-младшая выиграла.",
                        ["Винус Уильямс", "Серена Уильямс", "Уильямс-младшая"])
    assert len({s._.entity_id for s in spans}) == 3


def test_a_misspelt_surname_joins_the_one_person_it_names():
    """``Гернстермайер`` in a text that named Билл Герстенмайер is him; a name of its own
    (``Абрамович`` beside ``Роман Абрамов``) and a family in the plural are not."""
    spans, _ = _grouped("Директор НАСА Билл Герстенмайер провёл брифинг. «Мы знаем о проблемах», — говорит "
                        "Гернстермайер.", ["Билл Герстенмайер", "Гернстермайер"])
    assert spans[0]._.entity_id == spans[1]._.entity_id
    spans, _ = _grouped("Роман Абрамов купил клуб. Абрамович отказался комментировать сделку.",
                        ["Роман Абрамов", "Абрамович"])
    assert spans[0]._.entity_id != spans[1]._.entity_id


def test_two_surnames_read_as_one_name_are_two_persons():
    """slovnet takes ``Шпидла Руснок`` (a premier's surname, then a minister's) for one name; both
    persons are named in full elsewhere, so each word is a mention of its own person."""
    from pipeline import stages

    document = Document(id="t", text="Министр Иржи Руснок вошёл в правительство Владимира Шпидлы в 2002 году. "
                                     "После конфликта с премьером Шпидла Руснок заявил о своем уходе из политики.")
    for name in stages.STAGES:
        stages.get(name)([document])
    people = {e.text: e._.entity_id for e in document.doc.ents if e.label_ == "PER"}
    assert set(people) == {"Иржи Руснок", "Владимира Шпидлы", "Шпидла", "Руснок"}
    assert people["Руснок"] == people["Иржи Руснок"] != people["Шпидла"] == people["Владимира Шпидлы"]


@pytest.mark.parametrize("text, mentions", [
    # a name that recurs whole is one person's (``Тейлор Свифт``, though two others have her words as surnames)
    ("Джеймс Тейлор и Элизабет Свифт пришли. Тейлор Свифт спела. Потом Тейлор Свифт ушла.",
     ["Джеймс Тейлор", "Элизабет Свифт", "Тейлор Свифт", "Тейлор Свифт"]),
    # a dictionary first name opens a name (``Роман``, though ``Дмитрий Роман`` has it as a surname)
    ("Дмитрий Роман и Сергей Абрамов пришли. Роман Абрамов ушёл.", ["Дмитрий Роман", "Сергей Абрамов", "Роман Абрамов"]),
    # one word another person's surname is not enough: the other must be a third person's
    ("Министр Владимир Шпидла пришёл. Шпидла Руснок ушёл.", ["Владимир Шпидла", "Шпидла Руснок"]),
    # a regnal number is no surname (``IV``, though ``Карл IV`` ends in it)
    ("Джордж Тупоу и Карл IV пришли. Тупоу IV ушёл.", ["Джордж Тупоу", "Карл IV", "Тупоу IV"]),
])
def test_a_name_stays_whole_when_its_words_are_not_two_surnames(text, mentions):
    from pipeline.ner import fused_surnames

    spans, _ = _grouped(text, mentions)
    assert [s.text for s in fused_surnames(spans)] == mentions
    # (each is split when that guard is off: the two words are other persons' surnames)


@pytest.mark.parametrize("text, mentions, name", [
    # an original with more words than the Russian name (the Russian one named the person before)
    ("Канадская писательница Элис Манро (Alice Ann Munro) получила премию. Манро поблагодарила читателей.",
     ["Элис Манро", "Alice Ann Munro", "Манро"], "Элис Манро"),
    # an original in two scripts the tagger took as one mention
    ("Пилот Нилуфар Рахмани (نیلوفر رحمانی или Niloofar Rahmani) получила убежище. Рахмани уехала.",
     ["Нилуфар Рахмани", "نیلوفر رحمانی или Niloofar Rahmani", "Рахмани"], "Нилуфар Рахмани"),
    # a Cyrillic surname alone does not outweigh a first name and surname in Latin
    ("Премию получила писательница Манро (Alice Munro). Манро поблагодарила читателей.",
     ["Манро", "Alice Munro", "Манро"], "Alice Munro"),
])
def test_a_person_is_named_in_the_texts_script(text, mentions, name):
    spans, index = _grouped(text, mentions)
    assert len({s._.entity_id for s in spans}) == 1
    assert index[spans[0]._.entity_id]["name"] == name
