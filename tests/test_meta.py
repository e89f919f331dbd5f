"""The ``meta`` stage: datelines, bylines, input fields winning."""
from __future__ import annotations

import pytest

from pipeline.doc import Document, empty_meta
from pipeline.meta import dateline_span, meta, parse_header, person_case

DATELINES = [
    ("14:00, 06 января 2022, Бишкек - 24.kg , Татьяна КУДРЯВЦЕВА",
     {"published_at": "2022-01-06T14:00", "place": "Бишкек", "outlet": "24.kg",
      "authors": ["Татьяна Кудрявцева"]}),
    ("10:30, 14 марта 2023, Ташкент - 24.kg , Алина САИДОВА",
     {"published_at": "2023-03-14T10:30", "place": "Ташкент", "outlet": "24.kg", "authors": ["Алина Саидова"]}),
    ("МОСКВА, 6 января. /ТАСС/. Президент заявил", {"published_at": "--01-06", "place": "Москва", "outlet": "ТАСС"}),
    ("МОСКВА, 6 янв — РИА Новости. Президент", {"published_at": "--01-06", "place": "Москва", "outlet": "РИА Новости"}),
    ("АЛМАТЫ, 3 апр — РИА Новости. Текст", {"published_at": "--04-03", "place": "Алматы", "outlet": "РИА Новости"}),
    ("Новосибирск. 21 ноября. INTERFAX.RU - Текст",
     {"published_at": "--11-21", "place": "Новосибирск", "outlet": "Интерфакс"}),
    # a wire dateline opening the lead, no outlet named
    ("ЛИМА, 4 марта — Президент Перу заявил", {"published_at": "--03-04", "place": "Лима"}),
    ("НИЖНИЙ НОВГОРОД, 12 мая — Губернатор заявил", {"published_at": "--05-12", "place": "Нижний Новгород"}),
    ("6 января 2022", {"published_at": "2022-01-06"}),
    ("06.01.2022, 09:15", {"published_at": "2022-01-06T09:15"}),
]


@pytest.mark.parametrize("line,expected", DATELINES)
def test_datelines(line, expected):
    assert parse_header(f"Заголовок статьи\n\n{line}\n\nТекст.") == expected


def test_year_hint_completes_a_yearless_dateline():
    assert parse_header("Заголовок\nМОСКВА, 6 января. /ТАСС/. Текст", 2023)["published_at"] == "2023-01-06"


def test_byline_and_casing():
    assert parse_header("Заголовок\nАвтор: Игорь ПЕТРОВ\nТекст.")["authors"] == ["Игорь Петров"]
    assert person_case("Анна РИМСКАЯ-КОРСАКОВА") == "Анна Римская-Корсакова"


def test_no_dateline_in_body_text():
    assert parse_header("Заголовок\nВ Москве 6 января прошёл митинг.\nТекст.") == {}
    assert parse_header("Заголовок\n\nСегодня, 6 марта — день памяти.") == {}  # (no place in capitals)
    # capitals that are no place (the second review's traps): an abbreviation, a label
    for line in ("МИД, 4 марта — Министр заявил", "СРОЧНО, 5 мая — Взрыв", "ЦСКА, 5 мая — Клуб", "ФОТО, 5 мая — Вид"):
        assert parse_header(f"Заголовок\n\n{line}.") == {}


def test_a_wire_dateline_s_place_keeps_its_case():
    assert parse_header("Заголовок\n\nРОСТОВ-НА-ДОНУ, 5 мая — Мэр заявил.")["place"] == "Ростов-на-Дону"
    assert parse_header("Заголовок\n\nСША, 5 мая — Президент заявил.")["place"] == "США"


def test_input_fields_win():
    given = dict(empty_meta(), published_at="2022-01-07", outlet="AKIpress")
    document = Document("x", "Заголовок\n\n14:00, 06 января 2022, Бишкек - 24.kg , Татьяна КУДРЯВЦЕВА\n\nТекст.",
                        meta=given)
    meta([document])
    assert document.meta["published_at"] == "2022-01-07"
    assert document.meta["outlet"] == "AKIpress"
    assert document.meta["place"] == "Бишкек"
    assert document.meta["title"] == "Заголовок"


def test_seed_meta(seed_record):
    m = seed_record["meta"]
    assert m["published_at"] == "2022-01-06T14:00"
    assert (m["place"], m["outlet"], m["authors"]) == ("Бишкек", "24.kg", ["Татьяна Кудрявцева"])
    assert m["title"] == "Таджикистан готов участвовать в миссии ОДКБ в Казахстане"


def test_the_dateline_s_extent():
    # a dateline line whole, the part of a lead a dateline opens; capitals that are no place make none
    text = "Заголовок\n\nМОСКВА, 6 января. /ТАСС/. Президент заявил, что …"
    assert text[slice(*dateline_span(text))] == "МОСКВА, 6 января. /ТАСС/."
    text = "Заголовок\n\nЛИМА, 4 марта — Президент Перу заявил"
    assert text[slice(*dateline_span(text))] == "ЛИМА, 4 марта — "
    assert dateline_span("Заголовок\n\nСРОЧНО, 5 мая — Взрыв.") is None
