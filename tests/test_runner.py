"""Batch behaviour: skip-unchanged, merge of changed input, bad input to
errors.jsonl, stage re-run, the lock, and the command line."""
from __future__ import annotations

import gzip
import shutil
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from filelock import FileLock
from pipeline.cli import main
from pipeline.runner import RunConfig, UsageError, run

from conftest import ROOT, read_records

ARTICLE = ("Пожар на складе в Казани потушен\n\n"
           "Пожар на складе в Казани потушен вчера вечером. Об этом сообщил "
           "глава МЧС Татарстана Рустам Хабибуллин. «Пострадавших нет», — сказал он.\n")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_rerun_skips_unchanged_and_is_byte_identical(sample_run, tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(sample_run / "raw", raw)
    shutil.copytree(sample_run / "out", out)
    before = (out / "documents.jsonl").read_bytes()
    report = run(RunConfig(inputs=[str(raw)], output=out, progress=False))
    assert (report.processed, report.failed) == (0, 0)
    assert report.skipped == len(list(raw.glob("*.txt")))
    assert (out / "documents.jsonl").read_bytes() == before


def test_changed_and_new_inputs_are_merged(sample_run, tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(sample_run / "raw", raw)
    shutil.copytree(sample_run / "out", out)
    old = read_records(out / "documents.jsonl")
    first = sorted(raw.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nДополнение в Казани.\n", encoding="utf-8")
    write(raw / "999_new.txt", ARTICLE)
    report = run(RunConfig(inputs=[str(raw)], output=out, progress=False))
    assert (report.processed, report.skipped) == (2, len(old) - 1)
    new = read_records(out / "documents.jsonl")
    assert [r["id"] for r in new] == [r["id"] for r in old] + ["999_new"]
    assert new[0]["text"].endswith("Дополнение в Казани.\n") and new[0]["sha256"] != old[0]["sha256"]
    assert new[1:-1] == old[1:]


def test_bad_inputs_go_to_errors_and_good_ones_through(tmp_path):
    raw = tmp_path / "raw"
    write(raw / "good.txt", ARTICLE)
    (raw / "binary.txt").write_bytes(b"\x00\x01\x02\x00" * 100)
    (raw / "table.xlsx").write_bytes(b"PK\x03\x04")
    write(raw / "batch.jsonl", "\n".join([
        orjson.dumps({"id": "j1", "text": ARTICLE, "url": "http://example.org/1"}).decode(),
        "{not json",
        orjson.dumps({"id": "j2", "text": 42}).decode(),
        orjson.dumps({"text": "no id"}).decode(),
        orjson.dumps({"id": "j1", "text": "дубликат"}).decode(),
    ]) + "\n")
    out = tmp_path / "out"
    code = main(["run", "--input", str(raw), "--output", str(out), "--quiet"])
    assert code == 1
    records = read_records(out / "documents.jsonl")
    assert [r["id"] for r in records] == ["j1", "good"]
    assert records[0]["meta"]["source_fields"] == {"url": "http://example.org/1"}
    errors = read_records(out / "errors.jsonl")
    reasons = {Path(e["source"]).name: e["reason"] for e in errors}
    assert "binary" in reasons["binary.txt"]
    assert "unsupported file type" in reasons["table.xlsx"]
    assert "malformed JSON" in reasons["batch.jsonl:2"]
    assert "non-string 'text'" in reasons["batch.jsonl:3"]
    assert "'id'" in reasons["batch.jsonl:4"]
    assert "duplicate id 'j1'" in reasons["batch.jsonl:5"]
    report = orjson.loads((out / "run_report.json").read_bytes())
    assert (report["processed"], report["failed"]) == (2, 6)


def test_jsonl_gz_and_cp1251_inputs(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    with gzip.open(raw / "docs.jsonl.gz", "wb") as f:
        f.write(orjson.dumps({"id": "gz1", "text": ARTICLE, "title": "Заголовок из поля"}) + b"\n")
    (raw / "legacy.txt").write_bytes(ARTICLE.encode("cp1251"))
    out = tmp_path / "out"
    report = run(RunConfig(inputs=[str(raw)], output=out, progress=False))
    assert (report.processed, report.failed) == (2, 0)
    records = {r["id"]: r for r in read_records(out / "documents.jsonl")}
    assert records["legacy"]["text"] == ARTICLE
    assert records["gz1"]["meta"]["title"] == "Заголовок из поля"


def test_stage_rerun_from_interim(sample_run, tmp_path):
    out, interim = tmp_path / "out", tmp_path / "interim"
    shutil.copytree(sample_run / "out", out)
    shutil.copytree(sample_run / "interim", interim)
    before = (out / "documents.jsonl").read_bytes()
    (out / "documents.jsonl").unlink()
    report = run(RunConfig(output=out, interim=interim, from_stage="quotes", progress=False))
    assert report.stages == ["quotes"]
    assert report.processed == len(read_records(interim / "locations.jsonl"))
    assert (out / "documents.jsonl").read_bytes() == before
    report = run(RunConfig(output=out, interim=interim, from_stage="dates", progress=False))
    assert report.stages == ["dates", "locations", "quotes"]
    assert (out / "documents.jsonl").read_bytes() == before


def test_stage_rerun_needs_interim(tmp_path):
    with pytest.raises(UsageError, match="missing"):
        run(RunConfig(output=tmp_path, interim=tmp_path / "none", from_stage="quotes"))


def test_second_run_on_locked_output_exits_with_message(tmp_path):
    write(tmp_path / "raw" / "a.txt", ARTICLE)
    out = tmp_path / "out"
    out.mkdir()
    with FileLock(str(out / ".lock")):
        proc = subprocess.run([sys.executable, "-m", "pipeline", "run", "-i", str(tmp_path / "raw"),
                               "-o", str(out), "-q"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2
    assert "another run is writing" in proc.stderr


def test_cli_help_and_usage_errors(capsys):
    for argv in (["--help"], ["run", "--help"]):
        with pytest.raises(SystemExit) as exit:
            main(argv)
        assert exit.value.code == 0
    assert "--from-stage" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exit:
        main(["run", "--input", "x"])  # no --output
    assert exit.value.code == 2
    assert main(["run", "--output", "/tmp/x"]) == 2


def test_killed_run_leaves_nothing_behind_and_rerun_completes(tmp_path):
    """kill -9 in the middle of a run: the output is untouched (no partial
    line), and the same command again processes every document exactly once."""
    import os
    import signal
    import time

    raw = tmp_path / "raw"
    for n in range(40):
        write(raw / f"doc{n:02d}.txt", ARTICLE.replace("Казани", f"Казани ({n})"))
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "pipeline", "run", "-i", str(raw), "-o", str(out), "-q",
           "--workers", "1", "--batch-size", "2"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and not list(out.glob(".staging-*/documents.jsonl")):
        time.sleep(0.05)
    time.sleep(1.0)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not (out / "documents.jsonl").exists() or read_records(out / "documents.jsonl") is not None
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    ids = [r["id"] for r in read_records(out / "documents.jsonl")]
    assert sorted(ids) == [f"doc{n:02d}" for n in range(40)]
    assert not list(out.glob(".staging-*"))


def test_batches_close_at_a_size_or_a_text_length():
    from pipeline.runner import batches

    docs = [{"id": str(i), "text": "д" * n} for i, n in enumerate([10, 10, 10, 50, 5, 200, 1, 1])]
    stored = {"id": "r", "record": {"id": "r", "text": "д" * 30}}
    sizes = [[d["id"] for d in b] for b in batches([*docs, stored], size=3, max_chars=60)]
    # three by count; 50 + 5 would pass 60 with the long one, which is a batch of its own
    assert sizes == [["0", "1", "2"], ["3", "4"], ["5"], ["6", "7", "r"]]
    assert [[d["id"] for d in b] for b in batches(docs[:4], size=10, max_chars=25)] == [["0", "1"], ["2"], ["3"]]


def test_record_id_from_the_line_head_is_the_parsed_id():
    from pipeline.store import record_id

    for rid in ("plain", 'a "quoted" id', "back\\slash\\", "кириллица/№1", "tab\tand\nnewline", ""):
        for record in ({"id": rid, "text": "Текст", "sha256": None},  # the head as to_record writes it
                       {"text": "id later", "id": rid}, {"id": rid}):  # other shapes: parsed whole
            line = orjson.dumps(record) + b"\n"
            assert record_id(line) == record_id(line, whole=True) == rid
    cut = '{"id":"a","text":"Текст","tokens":[{"start":0,'.encode()
    assert record_id(cut) == "a" and record_id(cut, whole=True) is None  # only a whole parse checks
    assert record_id(b'{"text": "no id", "tokens": [\n') is None
    assert record_id(b'{"id":"a","text":"","id":"b"}\n', whole=True) is None  # head and body disagree
    assert record_id(orjson.dumps({"id": [1, 2]})) is None


def test_the_first_merge_drops_a_damaged_line_and_later_merges_keep_the_rest(sample_run, tmp_path):
    from pipeline import store

    lines = (sample_run / "out" / "documents.jsonl").read_bytes().splitlines(keepends=True)
    assert len(lines) >= 3
    out, staged = tmp_path / "documents.jsonl", tmp_path / "staged.jsonl"
    out.write_bytes(lines[0] + lines[1][:len(lines[1]) // 2] + b"\n")  # a line cut in its middle
    staged.write_bytes(lines[2])
    store.merge(out, staged, check=True)
    ids = [orjson.loads(line)["id"] for line in out.read_bytes().splitlines()]
    assert ids == [orjson.loads(lines[0])["id"], orjson.loads(lines[2])["id"]]
    staged.write_bytes(lines[1] + lines[2])  # the damaged document redone, the other one again
    store.merge(out, staged, check=False)
    assert out.read_bytes() == lines[0] + lines[2] + lines[1]
