"""The notebooks run, top to bottom, on the sample output; the map of
03_places_and_time draws, background included, in a browser without network."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
# what each notebook must show of the sample output
EXPECT = {"01_explore.ipynb": ["PER", "LOC", "2023-03-14"],
          "02_quotes.ipynb": ["direct", "indirect", "Алишер Каримов"],
          "03_places_and_time.ipynb": ["UZ", "Узбекистан", "Ташкент", "2023-03"]}
PLOTLY = "application/vnd.plotly.v1+json"
_executed: dict[str, list] = {}


def outputs_of(path: Path, sample_run: Path) -> list:
    """The outputs of ``path`` executed on the sample output (once per session)."""
    if path.name not in _executed:
        nb = nbformat.read(path, as_version=4)
        assert not any(cell.get("outputs") for cell in nb.cells if cell.cell_type == "code"), \
            "notebooks are committed with outputs stripped"
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("PIPELINE_OUTPUT", str(sample_run / "out"))
            NotebookClient(nb, timeout=300, kernel_name="python3",
                           resources={"metadata": {"path": str(path.parent)}}).execute()
        _executed[path.name] = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    return _executed[path.name]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_executes(path: Path, sample_run):
    outputs = outputs_of(path, sample_run)
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    for expected in EXPECT[path.name]:
        assert expected in text, (path.name, expected)
    images = sum("image/png" in o.get("data", {}) for o in outputs)
    if path.name == "01_explore.ipynb":  # documents per day, top entities by type
        assert images >= 2
    if path.name == "03_places_and_time.ipynb":  # the map (plotly) and the timeline (matplotlib)
        assert images >= 1
        (figure,) = [o["data"][PLOTLY] for o in outputs if PLOTLY in o.get("data", {})]
        (points,) = figure["data"]
        assert "Ташкент" in points["text"] and len(points["text"]) >= 5  # x, y are binary-encoded
        assert figure["layout"]["images"][0]["source"].startswith("data:image/png;base64,")
        assert figure["layout"]["xaxis"]["title"]["text"] == "долгота"
        html = "".join(str(o.get("data", {}).get("text/html", "")) for o in outputs)
        assert "cdn.plot.ly/plotly" not in html and "require.config" not in html.split("Plotly.newPlot")[0][-200:]


def test_map_draws_without_network(sample_run, tmp_path):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("chromium is not installed (apt-get install chromium): the map is not rendered")
    import plotly.io as pio

    outputs = outputs_of(ROOT / "notebooks" / "03_places_and_time.ipynb", sample_run)
    (figure,) = [o["data"][PLOTLY] for o in outputs if PLOTLY in o.get("data", {})]
    page = tmp_path / "map.html"
    pio.write_html(pio.from_json(json.dumps(figure)), page, include_plotlyjs=True, full_html=True)
    # every request goes to a closed port: a map that needed the network would draw no point
    dom = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                          "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                          f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=10000",
                          "--dump-dom", page.as_uri()], check=True, capture_output=True, timeout=120).stdout
    dom = dom.decode("utf-8")
    n = len(figure["data"][0]["text"])
    assert len(re.findall(r'<path class="point[ "]', dom)) == n
    assert re.search(r'<image [^>]*href="data:image/png;base64,iVBOR', dom)  # the background
    assert re.search(r">Ташкент</text>", dom) and ">долгота</text>" in dom
