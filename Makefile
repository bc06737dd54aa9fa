# Two commands do everything on a fresh machine:
#   make demo   set up .venv, ingest data/examples, print positions, write out/graph.html
#   make test   set up .venv (with test tools) and run the test suite
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	# camel-tools without its 6 GB ML stack: we use its utils and word tokenizer only
	$(BIN)/python -m pip install -q --no-deps camel-tools==1.6.0
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

.PHONY: install demo test bench
install: $(BIN)/.installed

demo: $(BIN)/.installed
	mkdir -p out
	$(BIN)/kg demo --store out/demo-store -o out/graph.html

test: $(BIN)/.installed
	# Debian's Chromium for the browser tests (needs root; without it those tests skip)
	-sh scripts/ensure-chromium.sh
	$(BIN)/python -m pytest

bench: $(BIN)/.installed
	$(BIN)/python bench/run.py
