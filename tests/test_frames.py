"""``pipeline.load``: the tables hold exactly what the records hold, with their
dtypes, from JSONL and from a Parquet export alike."""
from __future__ import annotations

import orjson
import pandas as pd
import pytest
from pandas.api.types import is_datetime64_any_dtype, is_integer_dtype, is_string_dtype
from pipeline import load
from pipeline.cli import main
from pipeline.frames import ALL_TABLES, COLUMNS, TABLES, parse_without_tokens


@pytest.fixture(scope="module")
def data(sample_run):
    return load(sample_run / "out")


def test_every_item_is_a_row_with_its_values(data, sample_records):
    assert data.documents["doc_id"].tolist() == [r["id"] for r in sample_records]
    for name in TABLES:
        frame = getattr(data, name)
        assert list(frame.columns) == COLUMNS[name]
        assert len(frame) == sum(len(r[name]) for r in sample_records), name
        assert frame.groupby("doc_id").size().to_dict() == {r["id"]: len(r[name]) for r in sample_records if r[name]}
    texts = dict(zip(data.documents["doc_id"], data.documents["text"]))
    for table in (data.entities, data.dates, data.locations, data.quotes):
        for doc_id, start, end, text in table[["doc_id", "start", "end", "text"]].itertuples(index=False):
            assert texts[doc_id][start:end] == text
    first = sample_records[0]["quotes"][0]
    row = data.quotes.iloc[0]
    assert (row["speaker_normal"], row["speaker_start"], row["cue_text"]) == \
           (first["speaker"]["normal"], first["speaker"]["start"], first["cue"]["text"])
    docs = data.documents.set_index("doc_id")
    for r in sample_records:
        assert docs.loc[r["id"], "n_tokens"] == len(r["tokens"])
        assert docs.loc[r["id"], "n_sentences"] == len(r["sentences"])
        assert docs.loc[r["id"], "title"] == r["meta"]["title"]


def test_dtypes(data, sample_records):
    published = data.documents["published_at"]
    assert is_datetime64_any_dtype(published)
    full = {r["id"]: r["meta"]["published_at"] for r in sample_records}
    for doc_id, value in zip(data.documents["doc_id"], published):
        if full[doc_id] and full[doc_id][:4].isdigit():  # a partial date ('--02-05') has no timestamp
            assert value == pd.Timestamp(full[doc_id])
        else:
            assert pd.isna(value)
    assert published.notna().any()
    for name, column in (("entities", "label"), ("entity_index", "label"), ("quotes", "type"),
                         ("locations", "kind"), ("locations", "country_code"), ("dates", "granularity")):
        assert isinstance(getattr(data, name)[column].dtype, pd.CategoricalDtype), (name, column)
    assert set(data.entities["label"].cat.categories) <= {"PER", "LOC", "ORG"}
    assert is_integer_dtype(data.entities["start"]) and is_string_dtype(data.entities["normal"])
    assert data.locations["lat"].dtype == "float64" and str(data.locations["geonames_id"].dtype) == "Int64"
    assert str(data.quotes["speaker_start"].dtype) == "Int64"


def test_empty_output_has_every_column(tmp_path):
    (tmp_path / "documents.jsonl").write_bytes(b"")
    empty = load(tmp_path)
    for name in ALL_TABLES:
        frame = getattr(empty, name)
        assert frame.empty and list(frame.columns) == COLUMNS[name]
    with pytest.raises(FileNotFoundError, match="run the pipeline first"):
        load(tmp_path / "missing")


def test_tokens_are_cut_out_only_where_they_are(sample_run):
    lines = [line for line in (sample_run / "out" / "documents.jsonl").read_bytes().splitlines() if line]
    for line in lines:
        full = orjson.loads(line)
        tokens = full.pop("tokens")
        assert parse_without_tokens(line) == (full, len(tokens))
    # free-form input fields that look like the markers are left alone
    record = orjson.loads(lines[0])
    record["meta"]["source_fields"] = {"x": [1], "tokens": [{"lemma": "а"}], "entities": [], "t": '],"entities":['}
    line = orjson.dumps(record)
    tokens = record.pop("tokens")
    assert parse_without_tokens(line) == (record, len(tokens))
    # a line in another key order (where the cut would start inside source_fields) is parsed whole
    other = orjson.dumps({"tokens": tokens, **record})
    assert b',"tokens":[' in other and other.startswith(b'{"tokens":[')
    assert parse_without_tokens(other) == (record, len(tokens))


def test_parquet_export_loads_the_same_tables(data, sample_run, tmp_path, capsys):
    out = tmp_path / "parquet"
    assert main(["export", "--format", "parquet", "--output", str(sample_run / "out"), str(out)]) == 0
    assert "exported 4 documents to 6 parquet files" in capsys.readouterr().out
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{name}.parquet" for name in ALL_TABLES)
    again = load(out)
    for name in ALL_TABLES:
        pd.testing.assert_frame_equal(getattr(again, name), getattr(data, name))
    assert main(["export", "--format", "parquet", "--output", str(tmp_path / "nothing"), str(out)]) == 2
    assert capsys.readouterr().err.startswith("error: ")
