# Two commands do everything on a fresh machine: `make run` and `make test`.
# Both create .venv and install the project into it when needed.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
RAW     := data/raw
OUT     := data/processed
INTERIM := data/interim
RUN     := $(PY) -m pipeline run --output $(OUT) --interim $(INTERIM)
STAGES  := syntax entities meta dates locations quotes

.PHONY: help install run test eval bench screenshot notebooks clean $(STAGES)

help:  ## list the targets
	@grep -E '^[a-z][a-z /]*:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)  ## create .venv and install the project with its test tools

run: $(STAMP)  ## process data/raw into data/processed (skips unchanged documents)
	$(RUN) --input $(RAW)

syntax entities meta dates locations quotes: $(STAMP)  ## re-run one stage (and those after it) on data/interim
	$(RUN) --from-stage $@

test: $(STAMP)  ## run the test suite
	$(PY) -m pytest -q

bench: $(STAMP)  ## throughput and memory against the natasha loop (corpus from ../shared NEREL); pipeline.load on 100K records
	$(PY) benchmarks/throughput.py
	$(PY) benchmarks/load.py

eval: $(STAMP)  ## score against the gold data in ../shared and pipeline/eval/gold; prints tables
	$(PY) -m pipeline.eval

SEED := ../shared/seed/000_e7a45dffc2a1d7de.txt
screenshot: $(STAMP)  ## `show` of the seed article (build/seed.html) and its places map (build/seed-map.html) as PNGs via headless Chromium, no network
	command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)
	mkdir -p build && $(PY) -m pipeline run -i $(SEED) -o build/seed-out -q
	$(PY) -m pipeline show 000_e7a45dffc2a1d7de -o build/seed-out --html build/seed.html
	chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
	  --disable-component-update --disable-sync --user-data-dir=$$(mktemp -d) \
	  --window-size=1200,1400 --screenshot=build/seed.png file://$(CURDIR)/build/seed.html
	$(PY) -c "from pipeline import load; from pipeline.plots import places_map; \
	  places_map(load('build/seed-out').locations).write_html('build/seed-map.html', include_plotlyjs=True)"
	chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
	  --disable-component-update --disable-sync --user-data-dir=$$(mktemp -d) --proxy-server=127.0.0.1:9 \
	  --virtual-time-budget=10000 --window-size=960,620 --screenshot=build/seed-map.png file://$(CURDIR)/build/seed-map.html
	@echo "build/seed.png build/seed-map.png"

notebooks: $(STAMP)  ## open notebooks/ in JupyterLab (installed into .venv on first use); `make run` first
	test -x $(VENV)/bin/jupyter-lab || $(PY) -m pip install --quiet -e '.[dev,notebooks]'
	$(VENV)/bin/jupyter-lab notebooks/ $$([ "$$(id -u)" = 0 ] && echo --allow-root)

clean:  ## remove derived data (data/processed, data/interim)
	rm -rf $(INTERIM) && find $(OUT) -mindepth 1 ! -name .gitkeep -delete
