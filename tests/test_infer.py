"""The lean inference driver gives slovnet's own results."""
from __future__ import annotations

import numpy as np
import pytest
import razdel
from pipeline import infer, models
from pipeline.syntax import repair

from conftest import SHARED, need


@pytest.fixture(scope="module")
def sentences():
    files = sorted(need(SHARED / "data" / "nerel-1.1" / "dev").glob("*.txt"))[:15]
    return [[t.text for t in razdel.tokenize(s.text)]
            for f in files for s in razdel.sentenize(f.read_text(encoding="utf-8"))]


def test_morph_matches_slovnet(sentences):
    ours = infer.morph(sentences)
    theirs = list(models.morph_tagger().map(sentences))
    assert len(ours) == len(theirs) > 100
    for mine, markup in zip(ours, theirs):
        assert [(pos, dict(feats)) for pos, feats in mine] == [(t.pos, t.feats) for t in markup.tokens]


def test_ner_matches_slovnet(sentences):
    from pipeline.ner import tag

    texts, tokens = [], []
    for words in sentences:
        text = " ".join(words)
        spans, offset = [], 0
        for w in words:
            spans.append((offset, offset + len(w), w))
            offset += len(w) + 1
        texts.append(text)
        tokens.append(spans)
    ours = tag(tokens)
    theirs = [[(s.start, s.stop, s.type) for s in m.spans] for m in models.ner_tagger().map(texts)]
    assert ours == theirs
    assert sum(map(len, ours)) > 50


def test_syntax_matches_slovnet(sentences):
    ours = infer.syntax(sentences)
    theirs = list(models.syntax_parser().map(sentences))
    for (heads, rels), markup in zip(ours, theirs):
        assert [str(h) for h in heads] == [t.head_id for t in markup.tokens]
        assert rels == [t.rel for t in markup.tokens]


@pytest.mark.parametrize("heads", [[1, 1, 1], [1, 2, 0], [0, 0, 2, 5, 3, 4], [3, 3, 3, 3]])
def test_repair_makes_a_tree(heads):
    fixed = repair(heads)
    roots = [i for i, h in enumerate(fixed) if h == i]
    assert len(roots) == 1
    for i in range(len(fixed)):  # every token reaches the root
        seen, j = set(), i
        while fixed[j] != j:
            assert j not in seen
            seen.add(j)
            j = fixed[j]


def test_the_speech_gate_skips_sentences_whose_marks_only_hold_names():
    from pipeline import stages
    from pipeline.doc import Document, sentences_of
    from pipeline.syntax import may_hold_speech

    text = ("Компания «Газпром» увеличила добычу газа в Сибири. "
            "Партия «Единая Россия» провела съезд в Москве. "
            "Он повторил лозунг «Мы не сдадимся никогда и ни за что» на площади. "
            "Глава региона сообщил об итогах года. "
            "Ответ был коротким «Да» в конце встречи. "
            "Мэр предложил жителям «забыть обиды» весной.")
    document = Document(id="gate", text=text)
    stages.get("segment")([document])
    gate = [may_hold_speech(s) for s in sentences_of(document.doc)]
    # short names: no; a long quoted stretch: yes; a speech verb: yes; a one-word quote: no;
    # short quoted words under a proposal (a statement of the proposer): yes
    assert gate == [False, False, True, True, False, True]
    nested = Document(id="nested", text="«Мы строим новый цех. Завод „Юг“ закрыт на ремонт. "
                                          "Остальные работают в прежнем режиме», — сказал директор.")
    stages.get("segment")([nested])
    middle = [s for s in sentences_of(nested.doc) if s[0].text == "Завод"]
    # the middle sentence holds only a short nested name, inside a long quote: parsed
    assert len(middle) == 1 and may_hold_speech(middle[0])


def test_web_link_markup_is_left_out_of_the_parse():
    from pipeline import stages
    from pipeline.doc import Document, is_parsed

    text = ("В пятницу президент Украины Пётр Порошенко [http://www.president.gov.ua/documents/1782017-22166 "
            "подписал] указ о призыве. Он заявил [см. приложение], что призыв начнётся в августе.")
    document = Document(id="link", text=text)
    for name in ("segment", "syntax"):
        stages.get(name)([document])
    doc = document.doc
    signed = next(t for t in doc if t.text == "подписал")
    assert signed.dep_ == "ROOT" and {c.text for c in signed.children if is_parsed(c)} >= {"президент", "указ"}
    markup = [t for t in doc[:signed.i + 2] if t.text in ("[", "]", "http", "www", "/")]
    assert markup and not any(is_parsed(t) for t in markup)
    # a bracket that opens no web link is an ordinary token
    assert all(is_parsed(t) for t in doc if t.text in ("[", "]") and t.i > signed.i + 1)


def test_embedding_gather_is_slovnets():
    import numpy as np

    emb = models.ner_tagger().infer.model.emb
    rng = np.random.default_rng(0)
    words = rng.integers(0, len(emb.word.indexes.array), 500)
    shapes = rng.integers(0, len(emb.shape.weight.array), 500)
    assert np.array_equal(infer._embed(emb, words, shapes), emb(words, shapes))


def test_batches_are_length_sorted_bounded_and_cut_before_much_longer_sentences():
    lengths = [3, 40, 5, 4, 41, 6, 7, 5, 6, 4, 39, 200, 8, 5, 3, 9, 7, 6, 150]
    sentences = [["w"] * n for n in lengths]

    def batches(size, positions):
        out = [[lengths[i] for i in b] for b in infer._order(sentences, size, positions)]
        assert sorted(i for b in infer._order(sentences, size, positions) for i in b) == list(range(len(lengths)))
        assert [n for b in out for n in b] == sorted(lengths)
        return out

    # rows and padded positions bound a batch (a sentence longer than the bound is a batch alone)
    assert all(len(b) <= 6 and (len(b) * b[-1] <= 350 or len(b) == 1) for b in batches(6, 350))
    assert [200] in batches(6, 350)
    # with room for more, a batch of MIN_ROWS (8) closes before a sentence over 1.3 times its first
    assert (infer.MIN_ROWS, infer.PAD_RATIO) == (8, 1.3)
    assert batches(64, 4096) == [[3, 3, 4, 4, 5, 5, 5, 6], [6, 6, 7, 7, 8, 9, 39, 40], [41, 150, 200]]


def test_first_layer_products_kept_across_calls_give_the_same_tags(sentences, monkeypatch):
    monkeypatch.setattr(infer, "_products", {})
    first = infer.ner(sentences)                     # every key needed once: counted
    cache = infer._products[id(models.ner_tagger().infer.model)]
    assert not cache.row and cache.once
    assert infer.ner(sentences) == first             # needed again: kept
    assert 0 < len(cache.row) <= infer.CACHE_PRODUCTS
    assert infer.ner(sentences) == first             # products from the table, not recomputed

    monkeypatch.setattr(infer, "CACHE_PRODUCTS", 3)
    small = infer._Products(4)
    small._keep([1, 2, 3, 4], np.ones((4, 4), dtype=np.float32))
    assert small.row == {} and small.once == {1, 2, 3, 4}   # needed once: only counted
    small._keep([2, 4, 5, 1, 3], np.arange(20, dtype=np.float32).reshape(5, 4))
    assert small.row == {2: 0, 4: 1, 1: 2}           # the second time, until the table is full
    assert small.once == set() and (small.table[2] == [12, 13, 14, 15]).all()


def test_a_word_with_yo_the_models_lack_is_tagged_as_its_spelling_with_ye():
    from pipeline.segment import tag_morph

    assert infer.known_spelling("развёлся") == "развелся" and infer.known_spelling("Депардьё") == "Депардье"
    assert infer.known_spelling("всё") == "всё" and infer.known_spelling("лес") == "лес"  # known as written
    with_yo = tag_morph([["Певица", "Анна", "Алёхина", "развёлся", "с", "актёром", "Депардьё", "."]])
    plain = tag_morph([["Певица", "Анна", "Алехина", "развелся", "с", "актером", "Депардье", "."]])
    assert with_yo == plain


def test_a_present_verb_in_yo_is_tagged_as_its_spelling_with_ye():
    """``передаёт`` is known to the models but tagged a noun; lower-case ``-ёт`` verbs go in with е."""
    from pipeline.segment import tag_morph

    assert infer.known_spelling("передаёт") == "передает" and infer.known_spelling("своём") == "своём"
    assert infer.known_spelling("Пётр") == "Пётр"  # a name keeps its ё
    (tags,) = tag_morph([["Самолёт", "совершил", "посадку", ",", "передаёт", "ТАСС", "."]])
    assert tags[4][0] == "VERB"
