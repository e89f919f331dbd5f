"""The shared models give natasha's own results."""
from __future__ import annotations

import pytest
from natasha.morph.lemma import lemmatize as natasha_lemmatize
from pipeline import infer, models
from pipeline.segment import split_text
from spacy.lang.ru.lex_attrs import _num_words, like_num

from conftest import SHARED, need


@pytest.fixture(scope="module")
def tagged_words():
    """(word, UD pos, sorted feats) of every token of 40 NEREL dev texts, as segment tags them."""
    files = sorted(need(SHARED / "data" / "nerel-1.1" / "dev").glob("*.txt"))[:40]
    sentences = []
    for f in files:
        text = f.read_text(encoding="utf-8")
        sentences += [[text[s:e] for s, e in sent] for sent in split_text(text)[1]]
    return sorted({(w, pos, feats) for words, tags in zip(sentences, infer.morph(sentences))
                   for w, (pos, feats) in zip(words, tags)})


def test_lemmatize_is_natashas(tagged_words):
    vocab = models.morph_vocab()
    assert len(tagged_words) > 3000
    ours = [vocab.lemmatize(w, pos, feats) for w, pos, feats in tagged_words]
    theirs = [natasha_lemmatize(vocab, w, pos, dict(feats)) for w, pos, feats in tagged_words]
    assert ours == theirs
    assert sum(lemma != w.lower() for lemma, (w, _, _) in zip(ours, tagged_words)) > 1000


def test_analyses_are_pymorphys_parses(tagged_words):
    """``analyses`` re-implements ``MorphAnalyzer.parse`` without its result
    objects: the same parses, in the same order, with the same scores."""
    import pymorphy3

    vocab, plain = models.morph_vocab(), pymorphy3.MorphAnalyzer(lang="ru")
    words = sorted({w for w, _, _ in tagged_words})
    for word in words:
        ours = [(w, str(tag), normal, score) for w, tag, normal, score, _ in vocab.analyses(word)]
        theirs = [(p.word, str(p.tag), p.normal_form, p.score) for p in plain.parse(word)]
        assert ours == theirs, word


def test_parse_wraps_the_plain_analyses():
    vocab = models.morph_vocab()
    forms = vocab.parse("стали")
    assert [tuple(f) for f in forms] == list(vocab.analyses("стали"))
    assert {f.normal for f in forms} >= {"стать", "сталь"}
    assert all(f.pos in ("VERB", "NOUN") and isinstance(f.feats, dict) for f in forms)


def test_like_num_is_spacys():
    words = [*_num_words, *(w.upper() for w in _num_words), "+12", "1/2", "50%", "-3,5", "~10",
             "a/b", "двадцатью", "стол", "Москва", "12-й", ""]
    getter = models.vocab().lex_attr_getters
    from spacy.attrs import LIKE_NUM

    assert getter[LIKE_NUM] is models._like_num
    assert [models._like_num(w) for w in words] == [like_num(w) for w in words]
    assert sum(map(models._like_num, words)) > len(_num_words)


def test_embedding_is_natashas_news_embedding():
    """The embedding loaded without navec's similarity tables holds natasha's vectors."""
    from natasha import NewsEmbedding

    ours, theirs = models.embedding(), NewsEmbedding()
    assert ours.meta.id == theirs.meta.id and ours.vocab.words == theirs.vocab.words
    assert (ours.pq.indexes == theirs.pq.indexes).all() and (ours.pq.codes == theirs.pq.codes).all()
    for word in ("москва", "заявил", "<unk>"):
        assert (ours[word] == theirs[word]).all()


def test_vocab_has_spacys_russian_lexical_attributes():
    import spacy
    from spacy.tokens import Doc

    words = "Президент России заявил , что 12 тысяч — это много ! http://x.ru двадцать".split()
    ours, theirs = Doc(models.vocab(), words=words), Doc(spacy.blank("ru").vocab, words=words)
    for a, b in zip(ours, theirs):
        for attr in ("norm_", "shape_", "is_stop", "like_num", "lang_", "prefix_", "suffix_",
                     "is_alpha", "is_punct", "like_url", "lower_"):
            assert getattr(a, attr) == getattr(b, attr), (a.text, attr)


def test_news_models_share_their_vocabularies_as_loaded_by_slovnet():
    from slovnet.exec import pack

    models_ = models.morph_tagger(), models.ner_tagger(), models.syntax_parser()
    encoders = [m.infer.encoder for m in models_]
    assert encoders[0].words_vocab is encoders[1].words_vocab is encoders[2].words_vocab
    assert encoders[0].shapes_vocab is encoders[1].shapes_vocab is encoders[2].shapes_vocab
    # each model's own tags, and slovnet's loader restored after loading
    tags = [m.infer.decoder.tags_vocab.items for m in models_[:2]]
    assert tags[0] != tags[1] and pack.bytes_vocab is not models._shared_vocab
    # the shared vocabulary is what slovnet reads from each pack
    from natasha.data import NEWS_NER
    with pack.Pack(NEWS_NER) as ner_pack:
        theirs = ner_pack.load_vocab("word")
    assert theirs is not encoders[1].words_vocab and theirs.items == encoders[1].words_vocab.items
    assert theirs.item_ids == encoders[1].words_vocab.item_ids
