# newsfacet — every entry point a newcomer needs. See README.md.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export NEWSFACET_INDEX ?= $(CURDIR)/data
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run index test test-fast eval bench clean

# Re-installs only when the dependency files change (the stamp is newer otherwise).
$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Index the seeds the first time only; serve with gunicorn.
run: install
	@test -d "$(NEWSFACET_INDEX)/whoosh" || $(BIN)/newsfacet index seeds --index "$(NEWSFACET_INDEX)"
	$(BIN)/newsfacet serve --index "$(NEWSFACET_INDEX)" --host $(HOST) --port $(PORT)

index: install
	$(BIN)/newsfacet index seeds --index "$(NEWSFACET_INDEX)"

test: install
	$(BIN)/python -m pytest

test-fast: install
	$(BIN)/python -m pytest -m 'not slow'

eval: install
	$(BIN)/python -m indexer.evaluate

bench: install
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) data .pytest_cache
