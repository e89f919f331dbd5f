"""What a person reads: the HTML markup of an article and the stats summary."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from pipeline.cli import main
from pipeline.show import html, manual


def test_markup_covers_every_span_of_the_seed(seed_record):
    data = manual(seed_record)
    labels = [s["label"] for s in data["spans"]]
    assert "PER Касым-Жомарт Токаев" in labels
    assert any(l.startswith("DATE 2022-01-04/2022-01-05") for l in labels)
    assert any(l == "city KZ" for l in labels)
    for span in data["spans"]:
        words = data["tokens"][span["start_token"]:span["end_token"]]
        assert words, span
    page = html(seed_record)
    assert page.startswith("<!DOCTYPE html>") and "Токаев" in page
    assert "http://" not in page and "https://" not in page  # nothing to fetch


def test_stats_and_show_commands(sample_run, capsys, tmp_path):
    out = sample_run / "out"
    assert main(["stats", str(out)]) == 0
    text = capsys.readouterr().out
    assert "documents  4" in text and "PER" in text and "last run" in text
    page = tmp_path / "a.html"
    assert main(["show", "002_moscow_transport", "--output", str(out), "--html", str(page)]) == 0
    assert "Беляев" in page.read_text(encoding="utf-8")
    assert main(["show", "missing", "--output", str(out), "--html", str(page)]) == 2


def test_screenshot_in_headless_chromium(seed_record, tmp_path):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("chromium is not installed (apt-get install chromium): no screenshot")
    page = tmp_path / "seed.html"
    page.write_text(html(seed_record), encoding="utf-8")
    png = tmp_path / "seed.png"
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={png}",
                    "--window-size=1200,1600", page.as_uri()], check=True, capture_output=True, timeout=120)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 20_000
