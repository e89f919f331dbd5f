"""What an operator sees: a progress bar with docs/s on a terminal and nothing
but the summary line under cron; one line per failed input, tracebacks only
with --verbose; stats with the top speakers."""
from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios

import pytest
from pipeline import stages
from pipeline.cli import main

from conftest import RAW, ROOT

SUMMARY = re.compile(r"^processed (\d+), skipped (\d+), failed (\d+) in [\d.]+s -> (\S+)$")
ONE = RAW / "001_tashkent_water.txt"


def run_cli(args: list[str], tty: bool) -> tuple[str, str]:
    """(stdout, stderr) of ``python -m pipeline ARGS``, stderr a terminal or a pipe."""
    env = {**os.environ, "COLUMNS": "120"}
    if not tty:
        proc = subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
        return proc.stdout, proc.stderr
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))  # a terminal has a size
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=slave, stdin=subprocess.DEVNULL)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    stdout = proc.communicate(timeout=300)[0].decode()
    os.close(master)
    return stdout, b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.parametrize("tty", [True, False], ids=["terminal", "cron"])
def test_progress_bar_only_on_a_terminal(tty, tmp_path):
    out = tmp_path / "out"
    stdout, stderr = run_cli(["run", "-i", str(ONE), "-o", str(out), "-j", "1"], tty)
    (line,) = stdout.splitlines()  # the summary line, and nothing else on stdout
    assert SUMMARY.match(line).groups() == ("1", "0", "0", str(out / "documents.jsonl"))
    if tty:
        assert re.search(r"documents: 1 \[\d\d:\d\d, +\d+\.\d\ddocs/s\]", stderr), stderr
    else:
        assert stderr == ""


def test_failures_are_one_line_each_tracebacks_with_verbose(tmp_path, capsys, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text(ONE.read_text(encoding="utf-8"), encoding="utf-8")
    (raw / "bad.txt").write_text("Москва, 6 января. ВЗРЫВ в модуле meta.\n", encoding="utf-8")
    (raw / "binary.txt").write_bytes(b"\x00\x01" * 50)
    stages.load_all()
    meta = stages.get("meta")

    def failing_meta(documents):
        if any("ВЗРЫВ" in d.text for d in documents):
            raise ValueError("boom in meta")
        return meta(documents)

    monkeypatch.setitem(stages.REGISTRY, "meta", failing_meta)
    out = tmp_path / "out"
    assert main(["run", "-i", str(raw), "-o", str(out), "-j", "1", "-q"]) == 1
    captured = capsys.readouterr()
    assert SUMMARY.match(captured.out.strip()).groups()[:3] == ("1", "0", "2")
    lines = captured.err.splitlines()
    assert sorted(lines[:2]) == [f"error: {raw / 'bad.txt'}: ValueError: boom in meta [meta]",
                                 f"error: {raw / 'binary.txt'}: binary file (NUL bytes), not text"]
    assert lines[2:] == [f"2 input(s) failed: see {out / 'errors.jsonl'}"]
    assert main(["run", "-i", str(raw), "-o", str(out), "-j", "1", "-q", "--verbose"]) == 1
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and "raise ValueError(\"boom in meta\")" in err
    assert f"error: {raw / 'bad.txt'}: ValueError: boom in meta [meta]" in err.splitlines()


def test_many_failures_are_capped(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    for n in range(25):
        (raw / f"t{n:02d}.xlsx").write_bytes(b"PK")
    assert main(["run", "-i", str(raw), "-o", str(tmp_path / "out"), "-j", "1", "-q"]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 21 and all(line.startswith("error: ") for line in lines[:20])
    assert lines[-1].startswith("25 input(s) failed, 5 more not shown: see ")


def test_fatal_error_is_one_line(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    argv = ["run", "-i", str(ONE), "-o", str(blocker / "out"), "-j", "1", "-q"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and err.startswith("error: ") and "--verbose" in err
    assert main([*argv, "--verbose"]) == 2
    assert "Traceback (most recent call last)" in capsys.readouterr().err


def test_stats_counts_and_top_speakers(sample_run, sample_records, capsys):
    assert main(["stats", str(sample_run / "out"), "--top", "3"]) == 0
    text = capsys.readouterr().out
    n_quotes = sum(len(r["quotes"]) for r in sample_records)
    assert f"quotes     {n_quotes}" in text
    speakers = text.split("top speakers:\n")[1].splitlines()[:3]
    assert len(speakers) == 3 and "Алишер Каримов" in text.split("top speakers:\n")[1]
    counts = [int(line.split()[0]) for line in speakers]
    assert counts == sorted(counts, reverse=True)


def test_the_entry_point_runs_single_threaded_blas_and_freezes_what_is_left_before_exit(tmp_path):
    """``python -m pipeline`` and the console script share ``entry``: BLAS threads set
    before numpy loads, and the objects a command leaves frozen for a quick exit."""
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}

    def entry(*argv: str) -> list[str]:
        script = (f"import gc, os, sys; from pipeline.__main__ import entry; sys.argv = {['x', *argv]!r}; "
                  f"code = entry(); print(code, os.environ['OPENBLAS_NUM_THREADS'], len(gc.get_objects()))")
        proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True,
                              text=True, timeout=300, stdin=subprocess.DEVNULL)
        return proc.stdout.split()[-3:]

    code, threads, _ = entry("run", "-i", str(ONE), "-o", str(tmp_path), "--workers", "1", "-q")
    assert (code, threads) == ("0", "1")
    assert (tmp_path / "documents.jsonl").read_text(encoding="utf-8").count("\n") == 1
    code, _, unfrozen = entry("stats", str(tmp_path))      # a command with no batch loop
    assert code == "0" and int(unfrozen) < 100
    from importlib.metadata import entry_points
    scripts = {e.name: e.value for e in entry_points(group="console_scripts")}
    assert scripts["ru-news-pipeline"] == "pipeline.__main__:entry"
