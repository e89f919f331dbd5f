"""segment's razdel tokenizer is razdel's."""
from __future__ import annotations

import razdel
from pipeline.segment import razdel_tokens

from conftest import SHARED, need

TRICKY = [
    "cho-to слово -то 1,5 1/2 3.14.15 x_y ?!.. :-) *** -- yahoo! Δσ mβж ΔP 14:00, 06 января",
    "«Привет»,—сказал он (т.е. и т.д.)… №5 +7(495)123-45-67 e-mail@mail.ru http://ria.ru/a?b=1",
    "", "   ", "a", "-", "--то",
]


def test_razdel_tokens_are_razdels():
    texts = [p.read_text(encoding="utf-8")
             for p in sorted(need(SHARED / "data" / "nerel-1.1" / "dev").glob("*.txt"))[:100]]
    checked = 0
    for text in texts + TRICKY:
        expected = [(t.start, t.stop) for t in razdel.tokenize(text)]
        assert list(razdel_tokens(text)) == expected, text[:80]
        checked += len(expected)
    assert checked > 20_000  # tokens compared


def test_a_sentence_ends_after_a_years_abbreviation_before_a_common_word():
    from pipeline.segment import split_text

    text = ("Монти уйдет в отставку после принятия бюджета на 2013 г. Этот и другие вопросы он обсудил "
            "с президентом. В 2013 г. Москва приняла закон. Пик пришелся на 1995-2000 гг. В 2001 г. спад.")
    sentences, tokens = split_text(text)
    assert [text[a:b] for a, b in sentences] == [
        "Монти уйдет в отставку после принятия бюджета на 2013 г.",
        "Этот и другие вопросы он обсудил с президентом.",
        "В 2013 г. Москва приняла закон.",   # a name after it: no sentence end
        "Пик пришелся на 1995-2000 гг.",
        "В 2001 г. спад."]
    assert all(text[a:b].strip() == text[a:b] for sent in tokens for a, b in sent)


def test_a_sentence_ends_after_a_letters_period_before_a_quote():
    from pipeline.segment import split_text

    # razdel reads ``G.`` as an initial; an initial is followed by a name, not by a quote
    text = ("Перегрузка достигла 8,2 G. «Для меня это было тяжело», — сказала она. "
            "Об этом писал А. С. Пушкин.")
    sentences, _ = split_text(text)
    assert [text[a:b] for a, b in sentences] == [
        "Перегрузка достигла 8,2 G.", "«Для меня это было тяжело», — сказала она.", "Об этом писал А. С. Пушкин."]


def test_a_sentence_does_not_end_inside_brackets():
    from pipeline.segment import split_text

    # razdel ends one at ``;`` before a capital; inside open brackets the sentence goes on
    text = ("Музыкант умер в городе Розенхайме (Бавария; Германия) в кругу семьи, сообщила его подруга. "
            "Он играл в группе (с 1965 года. Потом ушёл.")
    sentences, _ = split_text(text)
    assert [text[a:b] for a, b in sentences] == [
        "Музыкант умер в городе Розенхайме (Бавария; Германия) в кругу семьи, сообщила его подруга.",
        "Он играл в группе (с 1965 года.", "Потом ушёл."]
