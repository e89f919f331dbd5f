"""Issue 8: whatever arrives in the input is read or rejected with a reason,
and no input document is lost (each is a Document or a ReadError)."""
from __future__ import annotations

import gzip
import os

import orjson
import pytest

from pipeline import reader
from pipeline.doc import Document
from pipeline.reader import ReadError, read

RU = "Президент России Владимир Путин прибыл в Москву 3 марта 2021 года."


def items(*paths):
    return list(read([str(p) for p in paths]))


def docs(got):
    return {i.id: i for i in got if isinstance(i, Document)}


def errors(got):
    return [i for i in got if isinstance(i, ReadError)]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8-r"])
def test_encodings_are_detected(tmp_path, encoding):
    text = (RU + "\n") * 5
    (tmp_path / "a.txt").write_bytes(text.encode(encoding))
    got = items(tmp_path / "a.txt")
    assert [d.text for d in docs(got).values()] == [text]


def test_nul_and_control_characters_keep_offsets(tmp_path):
    raw = "Путин\x00прибыл\r\nв Москву\x07."
    (tmp_path / "a.jsonl").write_bytes(orjson.dumps({"id": "x", "text": raw}) + b"\n")
    doc = docs(items(tmp_path / "a.jsonl"))["x"]
    assert len(doc.text) == len(raw)
    assert "\x00" not in doc.text and "\x07" not in doc.text
    assert doc.text[6:12] == "прибыл"


def test_binary_file_is_rejected(tmp_path):
    (tmp_path / "b.txt").write_bytes(bytes(range(256)) * 40)
    (err,) = errors(items(tmp_path / "b.txt"))
    assert "binary" in err.reason or "undecodable" in err.reason


def test_csv_with_id_and_text_columns(tmp_path):
    (tmp_path / "a.csv").write_text('id,text,title\n1,"Первый, текст\nс переносом",T\n2,Второй,\n', encoding="utf-8")
    got = docs(items(tmp_path / "a.csv"))
    assert got["1"].text == "Первый, текст\nс переносом"
    assert got["1"].meta["title"] == "T"
    assert got["2"].text == "Второй"


def test_csv_without_text_column_is_rejected(tmp_path):
    (tmp_path / "a.csv").write_text("id,body\n1,x\n", encoding="utf-8")
    (err,) = errors(items(tmp_path / "a.csv"))
    assert "'text'" in err.reason


def test_jsonl_gz_and_malformed_lines(tmp_path):
    lines = ['{"id": "a", "text": "Текст"}'.encode(), b'{"id": "b", "text": ', b'[1, 2]', b'{"id": "c"}',
             b'{"id": "d", "text": 5}', b'{"id": "a", "text": "again"}']
    with gzip.open(tmp_path / "a.jsonl.gz", "wb") as f:
        f.write(b"\n".join(lines) + b"\n")
    got = items(tmp_path / "a.jsonl.gz")
    assert list(docs(got)) == ["a"] and docs(got)["a"].text == "Текст"
    reasons = [e.reason for e in errors(got)]
    assert len(reasons) == 5  # every input line is accounted for
    assert any(r.startswith("malformed JSON") for r in reasons)
    assert sum("non-string 'text'" in r for r in reasons) == 2
    assert any(r.startswith("duplicate id 'a'") for r in reasons)


def test_truncated_gzip_is_reported(tmp_path):
    data = gzip.compress(b'{"id": "a", "text": "x"}\n' * 1000)
    (tmp_path / "t.jsonl.gz").write_bytes(data[: len(data) // 2])
    got = items(tmp_path / "t.jsonl.gz")
    assert errors(got) and errors(got)[-1].reason.startswith("unreadable")


def test_symlink_loop_and_unsupported_files(tmp_path):
    (tmp_path / "a.txt").write_text(RU, encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "loop")
    os.symlink(tmp_path / "self", tmp_path / "self")
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    got = items(tmp_path)
    assert list(docs(got)) == ["a"]
    assert any("unsupported" in e.reason for e in errors(got))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file_is_reported(tmp_path):
    path = tmp_path / "u.txt"
    path.write_text(RU, encoding="utf-8")
    path.chmod(0)
    (err,) = errors(items(path))
    assert err.id == "u"


def test_size_policy(tmp_path):
    (tmp_path / "big.txt").write_text("Путин прибыл. " * (reader.MAX_CHARS // 14 + 1), encoding="utf-8")
    (tmp_path / "tok.txt").write_text("а" * 200_000, encoding="utf-8")
    (tmp_path / "ok.txt").write_text("а" * reader.MAX_TOKEN_CHARS + " " + RU, encoding="utf-8")
    got = items(tmp_path / "big.txt", tmp_path / "tok.txt", tmp_path / "ok.txt")
    assert list(docs(got)) == ["ok"]
    reasons = {e.id: e.reason for e in errors(got)}
    assert reasons["big"].startswith("too large")
    assert "without a space" in reasons["tok"]


# ---- crash safety and concurrent runs, with real processes ----------------

import signal  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402


def _inputs(folder, n=60):
    folder.mkdir()
    with open(folder / "news.jsonl", "wb") as f:
        for i in range(n):
            f.write(orjson.dumps({"id": f"d{i:03}", "text": f"{RU} Статья номер {i}."}) + b"\n")
    return {f"d{i:03}" for i in range(n)}


def _command(inp, out):
    return [sys.executable, "-m", "pipeline", "run", "--input", str(inp), "--output", str(out),
            "--batch-size", "2", "--workers", "1", "--quiet"]


def _ids(out):
    lines = (out / "documents.jsonl").read_bytes().splitlines(keepends=True)
    assert all(line.endswith(b"\n") for line in lines)
    return [orjson.loads(line)["id"] for line in lines]  # raises on a truncated line


def test_kill_9_then_rerun_gives_every_document_once(tmp_path):
    ids = _inputs(tmp_path / "in", 300)  # long enough for the kill to land mid-run
    out = tmp_path / "out"
    env = {**os.environ, "PIPELINE_CHECKPOINT_S": "0"}  # merge after every batch: many kill points
    proc = subprocess.Popen(_command(tmp_path / "in", out), env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and not (out / "documents.jsonl").exists():
        time.sleep(0.05)
    time.sleep(0.1)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = _ids(out) if (out / "documents.jsonl").exists() else []
    assert len(partial) == len(set(partial)) and len(partial) < len(ids)
    done = subprocess.run(_command(tmp_path / "in", out), env=env, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr
    final = _ids(out)
    assert sorted(final) == sorted(ids)
    assert not list(out.glob(".staging-*"))
    before = (out / "documents.jsonl").read_bytes()
    again = subprocess.run(_command(tmp_path / "in", out), capture_output=True, timeout=300)
    assert again.returncode == 0
    assert (out / "documents.jsonl").read_bytes() == before  # unchanged input: byte-identical


def test_second_concurrent_run_exits_2_with_a_clear_message(tmp_path):
    _inputs(tmp_path / "in", 40)
    out = tmp_path / "out"
    out.mkdir()
    from filelock import FileLock

    with FileLock(str(out / ".lock")):  # a run in progress holds the lock
        second = subprocess.run(_command(tmp_path / "in", out), capture_output=True, timeout=120)
    assert second.returncode == 2
    assert b"another run is writing" in second.stderr
    assert not (out / "documents.jsonl").exists()
