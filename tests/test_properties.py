"""Property tests (issue 8): every registered stage, on arbitrary Unicode,
never raises, and every span it produces lies inside the text with
``text[start:end]`` equal to the span's text. All stages are taken from the
registry, so stages that land later are covered too."""
from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline import stages
from pipeline.doc import Document, to_record
from pipeline.reader import clean

WORDS = ["Путин", "Москва", "«", "»", '"', "„", "“", "(", ")", "—", "сказал", "3 марта 2021 года",
         "ООО «Рога»", "\n", " ", ".", "🙂", "שלום", "مرحبا", "Ω", "e\u0301", "\u200f", "\t", "ﬁ"]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
    st.lists(st.sampled_from(["«", "»", '"', "(", ")"]), max_size=200).map("".join),
)


def spans(obj, path=""):
    """Every (path, dict) in a record that carries start/end offsets."""
    if isinstance(obj, dict):
        if isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int):
            yield path, obj
        for key, value in obj.items():
            yield from spans(value, f"{path}.{key}")
    elif isinstance(obj, list):
        for n, value in enumerate(obj):
            yield from spans(value, f"{path}[{n}]")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=texts)
@example(raw="«сказал ×")  # the tagger once read the lone sign as a PER with no letter in it
def test_every_stage_on_arbitrary_text(raw):
    stages.load_all()
    text = clean(raw)
    document = Document(id="p", text=text, source="hypothesis")
    for name in stages.STAGES:
        stages.get(name)([document])
    assert document.doc.text == text
    record = to_record(document, "test")
    assert record["text"] == text
    for path, span in spans(record):
        assert 0 <= span["start"] <= span["end"] <= len(text), path
        if "text" in span:
            assert text[span["start"]:span["end"]] == span["text"], path
