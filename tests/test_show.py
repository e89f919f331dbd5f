"""The markup of ``show`` keeps the article's spacing and paragraphs."""
from __future__ import annotations

import json

import pytest
from pipeline.show import find, html, manual
from spacy.displacy.render import escape_html as escape


def test_markup_keeps_spacing_and_paragraphs(sample_records):
    for record in sample_records:
        tokens, text = record["tokens"], record["text"]
        covered = set()
        for span in manual(record)["spans"]:
            covered.update(range(span["start_token"], span["end_token"]))
        fragment = html(record, page=False)
        gaps = [text[a["end"]:b["start"]] for a, b in zip(tokens, tokens[1:])]
        assert fragment.count("<br>") == sum(min(g.count("\n"), 2) for g in gaps if "\n" in g) > 0
        checked = 0
        for i, gap in enumerate(gaps):
            if i in covered or i + 1 in covered or "\n" in gap:
                continue
            # two plain tokens: joined as in the text ('24.kg', 'воды,'), or one space apart
            pair = escape(tokens[i]["text"]) + ("" if gap == "" else " ") + escape(tokens[i + 1]["text"])
            assert pair in fragment, (record["id"], pair)
            checked += gap == ""
        assert checked > 0


def test_find_by_id_in_pipeline_and_foreign_jsonl(sample_run, sample_records, tmp_path):
    last = sample_records[-1]
    assert find(sample_run / "out", last["id"]) == last
    foreign = tmp_path / "documents.jsonl"  # spaces after colons, \u escapes
    foreign.write_text("".join(json.dumps(r) + "\n" for r in sample_records), encoding="utf-8")
    assert find(foreign, last["id"]) == last
    with pytest.raises(KeyError, match="no document 'missing'"):
        find(foreign, "missing")
