"""The output contract: schema, offsets and the spaCy Doc round trip, on the
seed article and on the bundled samples."""
from __future__ import annotations

import pytest
from pipeline.doc import Document, from_record, make_doc, to_record
from pipeline.schema import iter_spans, validate
from pipeline.version import pipeline_version, source_digest

from conftest import RAW


def check_offsets(record: dict) -> None:
    model = validate(record)  # also checks text[start:end] == span.text
    text = record["text"]
    for span in iter_spans(model):
        assert text[span.start:span.end] == span.text
    for s in record["sentences"]:
        assert text[s["start"]:s["end"]].strip() == text[s["start"]:s["end"]]


def test_a_change_to_a_word_list_makes_every_document_due_again(tmp_path):
    """The version digests the lexicons of ``resources/`` too: a new cue must reach stored documents."""
    import shutil
    from pathlib import Path

    import pipeline
    root = tmp_path / "pipeline"
    shutil.copytree(Path(pipeline.__file__).parent, root, ignore=shutil.ignore_patterns("__pycache__"))
    before = source_digest(root).hexdigest()
    (root / "eval" / "gold" / "QUOTES.md").write_text("changed", encoding="utf-8")
    assert source_digest(root).hexdigest() == before  # the gold is no part of the pipeline
    with open(root / "resources" / "quotes" / "cues.txt", "a", encoding="utf-8") as f:
        f.write("проговориться\n")
    assert source_digest(root).hexdigest() != before


def test_seed_record_is_valid(seed_record):
    check_offsets(seed_record)
    assert seed_record["id"] == "000_e7a45dffc2a1d7de"
    assert seed_record["pipeline_version"] == pipeline_version()
    assert len(seed_record["sentences"]) >= 15
    words = [t["text"] for t in seed_record["tokens"]]
    assert words[:3] == ["Таджикистан", "готов", "участвовать"]
    lemmas = {t["text"]: t["lemma"] for t in seed_record["tokens"]}
    assert lemmas["Казахстане"] == "казахстан"
    assert lemmas["говорится"] == "говориться"


def test_seed_entities(seed_record):
    by_text = {(e["text"], e["label"]): e for e in seed_record["entities"]}
    assert by_text[("Касым-Жомарт Токаев", "PER")]["normal"] == "Касым-Жомарт Токаев"
    assert by_text[("Мангистауской области", "LOC")]["normal"] == "Мангистауская область"
    assert by_text[("Министерства иностранных дел", "ORG")]["normal"] == "Министерство иностранных дел"
    kz = {e["entity_id"] for e in seed_record["entities"] if e["normal"] == "Казахстан"}
    assert len(kz) == 1  # every inflected mention of Казахстан is one entity
    index = {g["id"]: g for g in seed_record["entity_index"]}
    assert index[kz.pop()]["mentions"] >= 8


def test_samples_one_valid_record_each(sample_records):
    inputs = sorted(p.stem for p in RAW.glob("*.txt"))
    assert 3 <= len(inputs) <= 5
    assert [r["id"] for r in sample_records] == inputs
    for record in sample_records:
        check_offsets(record)
        assert record["entities"], record["id"]


@pytest.mark.parametrize("text", [
    "", "   ", "\n\nАбв.\n", "Мама  мыла\tраму.\r\n\r\nВторой абзац  ", "a\u00a0b\u2009c",
    "«Цитата», — сказал он.\n\n\n  Конец", "x" * 5,
])
def test_doc_reproduces_text(text):
    from pipeline.reader import clean
    from pipeline.segment import segment

    document = Document(id="t", text=clean(text))
    segment([document])
    assert document.doc.text == document.text or (not document.text and not document.doc.text)
    record = to_record(document, "v")
    check_offsets(record)
    again = to_record(from_record(record), "v")
    assert again == record


def test_record_round_trip_keeps_everything(seed_record):
    rebuilt = from_record(seed_record)
    assert rebuilt.doc.text == seed_record["text"]
    assert to_record(rebuilt, seed_record["pipeline_version"]) == seed_record


def test_make_doc_rejects_overlapping_tokens():
    with pytest.raises(ValueError):
        make_doc("abc def", [(0, 3), (2, 5)])


def test_code_points_pymorphy3_cannot_name_do_not_crash():
    from pipeline import stages

    document = Document(id="t", text="Мама \U00017000 мыла раму. Он заявил: «\U00017000 \U00017000 текст»")
    for name in stages.STAGES:
        stages.get(name)([document])
    check_offsets(to_record(document, "v"))
