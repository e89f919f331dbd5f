"""The notebooks run, top to bottom, on the sample output."""
from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
# what each notebook must show of the sample output
EXPECT = {"01_explore.ipynb": ["PER", "LOC"],
          "02_quotes.ipynb": ["direct", "indirect", "Алишер Каримов"],
          "03_places_and_time.ipynb": ["UZ", "Ташкент", "2023-03"]}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_executes(path: Path, sample_run, monkeypatch):
    nb = nbformat.read(path, as_version=4)
    assert not any(cell.get("outputs") for cell in nb.cells if cell.cell_type == "code"), \
        "notebooks are committed with outputs stripped"
    monkeypatch.setenv("PIPELINE_OUTPUT", str(sample_run / "out"))
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    for expected in EXPECT[path.name]:
        assert expected in text, (path.name, expected)
    if path.name == "03_places_and_time.ipynb":  # the map and the timeline are drawn
        assert sum("image/png" in o.get("data", {}) for o in outputs) >= 2
