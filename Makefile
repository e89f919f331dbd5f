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

.PHONY: help install run test eval bench clean $(STAGES)

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

bench: $(STAMP)  ## throughput and memory against the natasha loop (corpus from ../shared NEREL)
	$(PY) benchmarks/throughput.py

eval: $(STAMP)  ## score against the gold data in ../shared and pipeline/eval/gold; prints tables
	$(PY) -m pipeline.eval

clean:  ## remove derived data (data/processed, data/interim)
	rm -rf $(INTERIM) && find $(OUT) -mindepth 1 ! -name .gitkeep -delete
