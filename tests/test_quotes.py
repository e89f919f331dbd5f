"""The quotes stage: the seed acceptance and sentences of our own for each form."""
from __future__ import annotations

import pytest

from pipeline import quotes
from pipeline.doc import Document

OWN = (
    "Министр финансов Антон Силуанов заявил: «Бюджет будет исполнен в полном объеме».\n\n"
    "Глава «Газпрома» Алексей Миллер прибыл в Берлин. Компания «Газпром» выпустила отчет, "
    "а в кинотеатрах идет фильм «Белое солнце пустыни».\n\n"
    "Мария Захарова сообщила, что Москва не получала официального запроса. "
    "«Мы ждем ответа от партнеров», — добавила она.\n\n"
    "По словам президента США Джо Байдена, переговоры пройдут в Женеве.\n\n"
    "Представитель компании отметил, что работа завода «будет восстановлена в течение недели».\n\n"
    "«Решение пока не принято», — сказала она журналистам.\n\n"
    "Глава ведомства Сергей Лавров заявил, что переговоры будут продолжены, "
    "и добавил, что Москва готова к диалогу."
)


@pytest.fixture(scope="module")
def own() -> list[dict]:
    from pipeline import stages
    from pipeline.doc import to_record

    document = Document(id="own", text=OWN)
    for name in stages.STAGES:
        stages.get(name)([document])
    return to_record(document, "test")["quotes"]


def plain(text: str) -> str:
    return text.replace("\xa0", " ")


def find(items: list[dict], fragment: str) -> dict:
    hits = [q for q in items if fragment in plain(q["text"])]
    assert len(hits) == 1, (fragment, [q["text"] for q in items])
    return hits[0]


def test_speech_lemmas_is_a_lexicon():
    assert isinstance(quotes.SPEECH_LEMMAS, frozenset)
    assert {"заявить", "сказать", "сообщить", "говориться"} <= quotes.SPEECH_LEMMAS


def test_quote_pairs_keep_nested_marks_inside():
    text = "Он сказал: «Мы назвали его „Север“ и «Юг» тоже». Конец."
    (pair,) = quotes.quote_pairs(text)
    assert text[pair[0]] == "«" and text[pair[1] + 1] == "."


def test_seed_direct_quote_from_the_ministry(seed_record):
    q = find(seed_record["quotes"], "Всецело разделяем")
    assert q["type"] == "direct"
    assert plain(q["text"]).endswith("возникшей угрозы")
    assert q["speaker"]["normal"] == "МИД Таджикистана"
    assert q["cue"]["text"] == "говорится"


def test_seed_indirect_statement_of_the_ministry(seed_record):
    q = find(seed_record["quotes"], "с искренним сопереживанием следят")
    assert q["type"] == "indirect"
    assert plain(q["text"]).startswith("в Таджикистане")
    assert q["speaker"]["text"] == "заявлении МИД"
    assert q["speaker"]["normal"] == "МИД Таджикистана"


def test_seed_mixed_quote_of_tokayev_through_a_pronoun(seed_record):
    q = find(seed_record["quotes"], "«в преодолении террористической угрозы»")
    assert q["type"] == "mixed"
    assert q["speaker"]["text"] == "Он"
    assert q["speaker"]["normal"] == "Касым-Жомарт Токаев"
    assert q["cue"]["text"] == "сообщил"


def test_seed_has_no_other_statements(seed_record):
    assert len(seed_record["quotes"]) == 3
    text = seed_record["text"]
    for q in seed_record["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
        for part in (q["speaker"], q["cue"]):
            assert text[part["start"]:part["end"]] == part["text"]


def test_direct_quote_after_a_colon(own):
    q = find(own, "Бюджет будет исполнен")
    assert q["type"] == "direct"
    assert q["text"] == "Бюджет будет исполнен в полном объеме"
    assert q["speaker"]["text"] == "Министр финансов Антон Силуанов"
    assert q["speaker"]["normal"] == "Антон Силуанов"
    assert q["cue"]["text"] == "заявил"


def test_indirect_and_direct_with_a_feminine_pronoun(own):
    q = find(own, "Москва не получала")
    assert q["type"] == "indirect"
    assert q["text"] == "Москва не получала официального запроса"
    assert q["speaker"]["normal"] == "Мария Захарова"
    d = find(own, "Мы ждем ответа")
    assert d["type"] == "direct"
    assert d["speaker"]["text"] == "она"
    assert d["speaker"]["normal"] == "Мария Захарова"
    assert d["speaker"]["entity_id"] == q["speaker"]["entity_id"]


def test_po_slovam(own):
    q = find(own, "переговоры пройдут")
    assert q["type"] == "indirect"
    assert q["text"] == "переговоры пройдут в Женеве"
    assert q["speaker"]["normal"] == "Джо Байден"
    assert q["cue"]["text"] == "По словам"


def test_mixed_with_an_unnamed_speaker(own):
    q = find(own, "«будет восстановлена в течение недели»")
    assert q["type"] == "mixed"
    assert q["speaker"]["text"] == "Представитель компании"
    assert q["speaker"]["normal"] is None


def test_names_and_titles_are_not_quotes(own):
    texts = " | ".join(q["text"] for q in own)
    for name in ("Газпром", "Белое солнце пустыни"):
        assert name not in texts
    assert len(own) == 8


def test_pronoun_with_no_antecedent_is_unresolved():
    from pipeline import stages

    document = Document(id="x", text="«Решение пока не принято», — сказала она журналистам.")
    for name in stages.STAGES:
        stages.get(name)([document])
    (q,) = document.doc.spans["quotes"]
    assert q.label_ == "direct" and q._.speaker.text == "она" and q._.speaker._.normal is None


def test_two_reported_clauses_of_one_speaker(own):
    first = find(own, "переговоры будут продолжены")
    second = find(own, "Москва готова к диалогу")
    assert first["text"] == "переговоры будут продолжены"
    assert (first["cue"]["text"], second["cue"]["text"]) == ("заявил", "добавил")
    assert first["speaker"]["normal"] == second["speaker"]["normal"] == "Сергей Лавров"

